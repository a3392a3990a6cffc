using System.Text.RegularExpressions;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// Disable comments in a Markdown file, as markdownlint's and eslint's: `&lt;!-- natocorpus-disable NC204 -- why --&gt;`
/// until `&lt;!-- natocorpus-enable NC204 --&gt;` (or the end of the file), `&lt;!-- natocorpus-disable-next-line NC204 -- why --&gt;`
/// for the next line that is not blank. Rules by id or name, comma- or space-separated; none means every rule. As
/// a sidecar's suppression, a disable comment says why after `--` (NC107 otherwise), and one that disables nothing
/// is reported (NC108). A comment stands alone on its line: the rules never see it and `lint --fix` keeps it.
/// </summary>
public static partial class InlineDirectives
{
    /// <summary>One comment: its line and column, what it does, the rules it names (empty: all) and its reason.</summary>
    public sealed record Directive(int Line, int Column, string Kind, IReadOnlyList<string> Rules, string? Reason, string Text)
    {
        /// <summary>The rule names that are no rule of the catalogue.</summary>
        public IEnumerable<string> Unknown => Rules.Where(rule => RuleCatalog.FindDescriptor(rule) is null);

        public bool Names(RuleDescriptor rule) => Rules.Count == 0 || Rules.Any(name => RuleCatalog.FindDescriptor(name) == rule);
    }

    /// <summary>The directives on lines <paramref name="firstLine"/> and after, in line order.</summary>
    public static IReadOnlyList<Directive> Read(SourceText source, int firstLine)
    {
        if (!source.Text.Contains("natocorpus-", StringComparison.Ordinal))
        {
            return [];
        }
        var found = new List<Directive>();
        for (var line = Math.Max(1, firstLine); line <= source.LineCount; line++)
        {
            var text = source.LineText(line);
            if (Comment().Match(text) is { Success: true } match)
            {
                var rules = match.Groups["rules"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var reason = match.Groups["reason"].Success && match.Groups["reason"].Value.Trim().Length > 0 ? match.Groups["reason"].Value.Trim() : null;
                var column = text.Length - text.TrimStart().Length + 1;
                found.Add(new Directive(line, column, match.Groups["kind"].Value, rules, reason, text.Trim()));
            }
        }
        return found;
    }

    /// <summary>
    /// The text with each directive's line replaced by spaces (offsets and lines stay as they are), for the
    /// parser and the rules, which must not read a comment as a paragraph.
    /// </summary>
    public static SourceText Blank(SourceText source, IReadOnlyList<Directive> directives)
    {
        if (directives.Count == 0)
        {
            return source;
        }
        var text = source.Text.ToCharArray();
        foreach (var directive in directives)
        {
            var span = source.LineSpan(directive.Line);
            Array.Fill(text, ' ', span.Start, span.Length);
        }
        return new SourceText(new string(text));
    }

    /// <summary>
    /// The lines each directive covers: from a disable to the next enable of its rules (or the end), or the first
    /// line after a disable-next-line that is not blank and not itself a directive.
    /// </summary>
    public static (int From, int To) Covers(SourceText source, IReadOnlyList<Directive> directives, int index)
    {
        var directive = directives[index];
        var isDirective = directives.Select(other => other.Line).ToHashSet();
        if (directive.Kind == "disable-next-line")
        {
            for (var line = directive.Line + 1; line <= source.LineCount; line++)
            {
                if (!isDirective.Contains(line) && source.LineText(line).Trim().Length > 0)
                {
                    return (line, line);
                }
            }
            return (0, -1);
        }
        var end = source.LineCount;
        foreach (var later in directives.Skip(index + 1).Where(later => later.Kind == "enable"))
        {
            // An enable without rules ends every disable; one with rules ends those that name only rules it names.
            if (later.Rules.Count == 0 || (directive.Rules.Count > 0 && directive.Rules.All(rule => later.Names(RuleCatalog.FindDescriptor(rule)!))))
            {
                end = later.Line;
                break;
            }
        }
        return (directive.Line + 1, end);
    }

    [GeneratedRegex(@"^\s*<!--\s*natocorpus-(?<kind>disable-next-line|disable|enable)\b(?<rules>(?:(?!--).)*?)(?:--(?<reason>(?:(?!-->).)*))?\s*-->\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Comment();
}
