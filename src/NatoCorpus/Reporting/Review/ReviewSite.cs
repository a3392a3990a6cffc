using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Markdig;
using NatoCorpus.Rules;

namespace NatoCorpus.Reporting.Review;

/// <summary>
/// The review report: a static site that opens from disk (no server, network or CDN). Pages are rendered with Fluid
/// templates that HTML-escape every value (a raw text is hostile input); the stylesheet and the script are files of
/// the folder. <see cref="Render"/> is thread-safe, so texts render in parallel; <see cref="Add"/> and
/// <see cref="Finish"/> are called in file order, which makes the output the same bytes for the same input.
/// </summary>
public sealed partial class ReviewSite
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The texts shown per page of the index by its script.</summary>
    public const int IndexPageSize = 200;

    /// <summary>
    /// Rows written in index.html itself (what a reader without scripts sees); the others go to rows/rows-N.js files of
    /// as many rows each, which the script adds: the page stays small at 20,000 texts.
    /// </summary>
    public const int IndexRowsPerFile = 1000;

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new() { CultureInfo = CultureInfo.InvariantCulture };
    private readonly IFluidTemplate _layout;
    private readonly IFluidTemplate _index;
    private readonly IFluidTemplate _row;
    private readonly IFluidTemplate _text;
    private readonly IFluidTemplate _rule;
    private readonly IFluidTemplate _rules;

    // Every character is written as itself except what HTML needs escaped (and controls, as references): French
    // text stays readable in the page source.
    private readonly TextEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly MarkdownPipeline _markdown = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();
    private readonly List<TextSummary> _texts = [];
    private readonly string _version;

    public ReviewSite(string version)
    {
        _version = version;
        foreach (var type in new[]
        {
            typeof(TextSummary), typeof(NamedCount), typeof(Piece), typeof(Badge), typeof(Row), typeof(DiffBlock), typeof(FindingView),
            typeof(Bar), typeof(Chart), typeof(TextPage), typeof(RuleView), typeof(Figures),
        })
        {
            _options.MemberAccessStrategy.Register(type);
        }
        _layout = Parse("layout.liquid");
        _index = Parse("index.liquid");
        _row = Parse("row.liquid");
        _text = Parse("text.liquid");
        _rule = Parse("rule.liquid");
        _rules = Parse("rules.liquid");
    }

    /// <summary>The texts added so far, in file order.</summary>
    public IReadOnlyList<TextSummary> Texts => _texts;

    /// <summary>A rule's page, as the report lists it.</summary>
    public sealed record RuleView(string Id, string Name, string Description, string Category, string Severity, string Href, int Findings);

    /// <summary>The corpus figures at the top of the index.</summary>
    public sealed record Figures(int Texts, int Normalized, int Stale, int NotNormalized, int Refused, int NeedsPerson, int RemovedLines, int Corrections, int Typography, int Suggestions, int Doubts);

    /// <summary>Renders one text's page. Thread-safe.</summary>
    public RenderedText Render(ReviewInput input)
    {
        var file = FileNameFor(input.Result.Id);
        var page = ReviewBuilder.Build(input, "texts/" + Uri.EscapeDataString(file));
        var html = Page(_text, "../", page.Summary.Title.Length > 0 ? page.Summary.Title : page.Summary.Id, "text", page.Summary.NeedsPerson ? "1" : "0", Uri.EscapeDataString(file),
            new Dictionary<string, object?> { ["page"] = page, ["text"] = page.Summary });
        return new RenderedText(page.Summary, new ReportFile("texts/" + file, Utf8.GetBytes(html)));
    }

    /// <summary>Keeps what the index shows of a rendered text; in file order.</summary>
    public void Add(TextSummary summary) => _texts.Add(summary);

    /// <summary>The index, the navigation list, the rule pages, the stylesheet and the script.</summary>
    public IEnumerable<ReportFile> Finish()
    {
        var ruleCounts = _texts.SelectMany(text => text.RuleCounts)
            .GroupBy(count => count.Name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(count => count.Count), StringComparer.Ordinal);
        var rules = RuleCatalog.Descriptors.OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => new RuleView(rule.Id, rule.Name, rule.Description, rule.Category.ToString().ToLowerInvariant(), rule.DefaultSeverity.ToString().ToLowerInvariant(),
                "rules/" + rule.Id + ".html", ruleCounts.GetValueOrDefault(rule.Id)))
            .ToArray();
        var figures = new Figures(
            _texts.Count,
            _texts.Count(text => text.Status == "normalized"),
            _texts.Count(text => text.Status == "stale"),
            _texts.Count(text => text.Status == "not-normalized"),
            _texts.Count(text => text.Status == "refused"),
            _texts.Count(text => text.NeedsPerson),
            _texts.Sum(text => text.RemovedLines),
            _texts.Sum(text => text.Corrections),
            _texts.Sum(text => text.Typography),
            _texts.Sum(text => text.Suggestions),
            _texts.Sum(text => text.Doubts));
        var charts = new[]
        {
            ReviewCharts.Bars("Findings per rule", ruleCounts.Select(pair => new NamedCount(pair.Key, pair.Value)), name => "rules/" + name + ".html"),
            ReviewCharts.Bars("Removed lines per kind", _texts.SelectMany(text => text.Removed).GroupBy(count => count.Name, StringComparer.Ordinal)
                .Select(group => new NamedCount(group.Key, group.Sum(count => count.Count))), null),
            ReviewCharts.Bars("Texts per date source", _texts.GroupBy(text => text.DateSource, StringComparer.Ordinal).Select(group => new NamedCount(group.Key, group.Count())), null),
        };
        var rowChunks = _texts.Select(Row).Chunk(IndexRowsPerFile).ToArray();
        var rowFiles = rowChunks.Skip(1).Select((_, index) => $"rows/rows-{index + 2}.js").ToArray();
        yield return new ReportFile("index.html", Utf8.GetBytes(Page(_index, "", "Review report", "index", "0", "", new Dictionary<string, object?>
        {
            ["rows_html"] = rowChunks.Length == 0 ? "" : string.Concat(rowChunks[0]),
            ["rows_elsewhere"] = _texts.Count - (rowChunks.Length == 0 ? 0 : rowChunks[0].Length),
            ["row_files"] = rowFiles,
            ["figures"] = figures,
            ["charts"] = charts,
            ["statuses"] = new[] { "normalized", "stale", "not-normalized", "refused" },
            ["rules"] = rules.Where(rule => rule.Findings > 0).ToArray(),
            ["kinds"] = _texts.SelectMany(text => text.Removed).Select(count => count.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            ["severities"] = new[] { "error", "warning", "info" },
            ["page_size"] = IndexPageSize,
        })));
        for (var chunk = 1; chunk < rowChunks.Length; chunk++)
        {
            // Rows as JSON strings: the serializer escapes <, > and & (a row's text is hostile input).
            var json = System.Text.Json.JsonSerializer.Serialize(rowChunks[chunk]);
            yield return new ReportFile(rowFiles[chunk - 1], Utf8.GetBytes(
                "// Written by natocorpus report: rows of the index, added by report.js.\nwindow.NC_ROWS = (window.NC_ROWS || []).concat(" + json + ");\n"));
        }
        // The order of texts and which need a person, for the keys that go from one text to the next.
        var navigation = System.Text.Json.JsonSerializer.Serialize(_texts.Select(text => new object[] { text.Href, text.NeedsPerson ? 1 : 0 }));
        yield return new ReportFile("texts.js", Utf8.GetBytes("// Written by natocorpus report: the texts in order, 1 when one needs a person.\nwindow.NC_TEXTS = " + navigation + ";\n"));
        yield return new ReportFile("rules/index.html", Utf8.GetBytes(Page(_rules, "../", "Rules", "rules", "0", "", new Dictionary<string, object?> { ["rules"] = rules })));
        foreach (var rule in rules)
        {
            var descriptor = RuleCatalog.FindDescriptor(rule.Id)!;
            var doc = RuleCatalog.Documentation(descriptor) ?? $"# {rule.Id} {rule.Name}\n\n{rule.Description}\n";
            yield return new ReportFile("rules/" + rule.Id + ".html", Utf8.GetBytes(Page(_rule, "../", rule.Id + " " + rule.Name, "rule", "0", "", new Dictionary<string, object?>
            {
                ["rule"] = rule,
                ["doc"] = DocHtml(doc),
            })));
        }
        yield return new ReportFile("report.css", Asset("report.css"));
        yield return new ReportFile("report.js", Asset("report.js"));
    }

    /// <summary>
    /// A rule's documentation as HTML. Markdig with raw HTML disabled escapes it; links to other rules' docs point
    /// to their pages in the report.
    /// </summary>
    private string DocHtml(string markdown) => RuleLink().Replace(Markdown.ToHtml(markdown, _markdown), "href=\"$1.html\"");

    /// <summary>
    /// A text's page file name: its id when that is a plain file name, otherwise a name made from its hash, so no id
    /// (a hostile file name) can leave the folder or collide with the report's own files.
    /// </summary>
    public static string FileNameFor(string id) =>
        PlainName().IsMatch(id) && id.Length <= 200
            ? id + ".html"
            : "text-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Utf8.GetBytes(id)))[..16] + ".html";

    /// <summary>One row of the index, escaped by its template.</summary>
    private string Row(TextSummary text)
    {
        var context = new TemplateContext(_options);
        context.SetValue("t", text);
        return _row.Render(context, _encoder);
    }

    private string Page(IFluidTemplate template, string root, string title, string kind, string needs, string file, IReadOnlyDictionary<string, object?> values)
    {
        var context = new TemplateContext(_options);
        context.SetValue("root", root);
        context.SetValue("version", _version);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value);
        }
        var content = template.Render(context, _encoder);
        var layout = new TemplateContext(_options);
        layout.SetValue("root", root);
        layout.SetValue("title", title);
        layout.SetValue("kind", kind);
        layout.SetValue("needs", needs);
        layout.SetValue("file", file);
        layout.SetValue("version", _version);
        // Already escaped by the inner template: the layout inserts it as HTML.
        layout.SetValue("content", content);
        return _layout.Render(layout, _encoder);
    }

    private IFluidTemplate Parse(string name)
    {
        var source = Utf8.GetString(Asset(name));
        return _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"report template {name}: {error}");
    }

    private static byte[] Asset(string name)
    {
        using var stream = typeof(ReviewSite).Assembly.GetManifestResourceStream("NatoCorpus.Review." + name)
            ?? throw new InvalidOperationException($"report asset {name} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    [GeneratedRegex(@"href=""(NC\d{3})\.md""", RegexOptions.CultureInvariant)]
    private static partial Regex RuleLink();
}
