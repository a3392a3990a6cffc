using System.Text.RegularExpressions;
using NatoCorpus.Commands;
using NatoCorpus.Reporting.Review;

namespace NatoCorpus.Tests.Reporting;

/// <summary>`natocorpus report` on a temporary copy of the seeds: the files it writes, what they show, and that they are safe.</summary>
public sealed partial class ReviewReportTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    private string Report(string? outDirectory = null)
    {
        var (exit, _, error) = _corpus.Run(environment => ReportCommand.Run(environment, new ReportRequest([], outDirectory)));
        Assert.True(exit == 0, error);
        return outDirectory is null ? Path.Combine(_corpus.Root, ReportCommand.DefaultFolder) : Path.GetFullPath(outDirectory, _corpus.Root);
    }

    private static string Page(string folder, string id) => File.ReadAllText(Path.Combine(folder, "texts", id + ".html"));

    [Fact]
    public void The_report_on_the_seeds_writes_an_index_and_one_page_per_text()
    {
        var folder = Report();
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        foreach (var id in TestCorpus.SeedIds.Select(seed => (string)seed[0]))
        {
            Assert.True(File.Exists(Path.Combine(folder, "texts", id + ".html")), id);
            Assert.Contains($"<a href=\"texts/{id}.html\">{id}</a>", index, StringComparison.Ordinal);
        }
        Assert.Equal(5, Directory.GetFiles(Path.Combine(folder, "texts")).Length);
        Assert.Contains("<li><b>5</b> texts</li>", index, StringComparison.Ordinal);
        Assert.Contains("<li class=\"st-normalized\"><b>5</b> normalized</li>", index, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Matches(index, "<span class=\"status st-normalized\">normalized</span>").Count);
        // The three charts, drawn as SVG by the tool.
        Assert.Equal(3, Regex.Matches(index, "<svg ").Count);
        Assert.Contains("Findings per rule", index, StringComparison.Ordinal);
        Assert.Contains("Removed lines per kind", index, StringComparison.Ordinal);
        Assert.Contains("Texts per date source", index, StringComparison.Ordinal);
        // 001 has three wording suggestions left open: it needs a person; 000 has none.
        Assert.Matches("data-rules=\"[^\"]*NC302[^\"]*\" data-kinds=\"[^\"]*embed[^\"]*\" data-severities=\"[^\"]*\" data-needs=\"1\">\\s*<td data-v=\"001_acbb140c3dcff470\"", index);
        Assert.Matches("data-needs=\"0\">\\s*<td data-v=\"000_74c7c2f7b85c15bf\"", index);
        Assert.Contains("[[\"texts/000_74c7c2f7b85c15bf.html\",0],[\"texts/001_acbb140c3dcff470.html\",1]", File.ReadAllText(Path.Combine(folder, "texts.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_corpus_keeps_the_index_page_small_and_its_other_rows_in_chunks()
    {
        // 2,100 generated texts: the first 1,000 rows in index.html, the others in rows/rows-2.js and rows-3.js.
        NatoCorpus.Corpus.CorpusGenerator.FromFolder(Path.Combine(TestCorpus.Root, "raw")).Write(Path.Combine(_corpus.Root, "raw"), 2_100, seed: 7);
        var folder = Report();
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Equal(ReviewSite.IndexRowsPerFile, Regex.Matches(index, "<tr class=\"st-").Count);
        Assert.Contains("1105 more texts are listed when the page", index, StringComparison.Ordinal);
        Assert.Contains("<script src=\"rows/rows-2.js\"></script>", index, StringComparison.Ordinal);
        Assert.Contains("<script src=\"rows/rows-3.js\"></script>", index, StringComparison.Ordinal);
        var chunk = File.ReadAllText(Path.Combine(folder, "rows", "rows-3.js"));
        Assert.StartsWith("// Written by natocorpus report", chunk, StringComparison.Ordinal);
        // Rows are JSON strings: no raw "<" can close the script or open a tag.
        Assert.DoesNotContain("<", chunk[chunk.IndexOf('\n', StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(folder, "index.html")).Length < 2_000_000);
        // A smaller corpus next time removes the chunks it no longer needs.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_corpus.Root, "raw")))
        {
            // Generated texts are named by a six-digit number: keep the first thousand (and the seeds).
            var name = Path.GetFileName(file);
            if (name.Length > 7 && name[6] == '_' && int.Parse(name[..6], System.Globalization.CultureInfo.InvariantCulture) >= 1_000)
            {
                File.Delete(file);
            }
        }
        Report();
        Assert.True(File.Exists(Path.Combine(folder, "rows", "rows-2.js")));
        Assert.False(File.Exists(Path.Combine(folder, "rows", "rows-3.js")));
    }

    [Fact]
    public void A_text_page_shows_removed_lines_by_kind_corrections_at_their_place_and_invisible_characters()
    {
        var folder = Report();
        var tweet = Page(folder, "001_acbb140c3dcff470");
        // The tweet of 001 is highlighted as an embed, with the reason, and linked to its rule's page.
        Assert.Matches("<tr id=\"L7\" class=\"k-embed removed rm-embed\">\\s*<td class=\"ln\"><a href=\"#L7\">7</a></td>\\s*<td class=\"raw\"><span class=\"kind rm-embed\">embed</span> <span class=\"reason\">", tweet);
        Assert.Contains("href=\"../rules/NC104.html\"", tweet, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge sugg\">suggestion, not applied</span>", tweet, StringComparison.Ordinal);
        Assert.Contains("<q class=\"from\">restez</q> → <q class=\"to\">rester</q>", tweet, StringComparison.Ordinal);

        var miliaire = Page(folder, "000_74c7c2f7b85c15bf");
        Assert.Matches("<a class=\"mark corr\" href=\"#f\\d+\" title=\"NC301 corrected by normalize: [^\"]*\">miliaire</a>", miliaire);
        Assert.Contains("<q class=\"from\">miliaire</q> → <q class=\"to\">militaire</q>", miliaire, StringComparison.Ordinal);
        Assert.Contains("<a class=\"mark typo\"", miliaire, StringComparison.Ordinal);
        // A no-break space, shown and named (the encoder writes "+" as a reference).
        Assert.Contains("<span class=\"inv\" title=\"U&#x2B;00A0 no-break space\">&#xA0;</span>", miliaire, StringComparison.Ordinal);
        // The word diff and the front matter are on the page too.
        Assert.Contains("<span class=\"ins\">militaire</span>", miliaire, StringComparison.Ordinal);
        Assert.Contains("id: 000_74c7c2f7b85c15bf", miliaire, StringComparison.Ordinal);
    }

    [Fact]
    public void Statuses_say_stale_not_normalized_and_refused_with_why()
    {
        var normalized = Path.Combine(_corpus.Root, "normalized", "002_80dbe67e56024610.md");
        File.AppendAllText(normalized, "edited by hand\n");
        File.WriteAllText(Path.Combine(_corpus.Root, "raw", "900_undated.txt"), "Un titre sans date\n\nUn paragraphe de texte sans aucune date, qui parle de l’OTAN et de ses alliés.\n");
        File.WriteAllBytes(Path.Combine(_corpus.Root, "raw", "901_binary.txt"), [0x00, 0x01, 0x02, 0x00, 0xFF]);
        var folder = Report();
        var index = File.ReadAllText(Path.Combine(folder, "index.html"));
        Assert.Matches("data-status=\"stale\"[^>]*>\\s*<td data-v=\"002_80dbe67e56024610\"", index);
        Assert.Matches("data-status=\"not-normalized\"[^>]*data-needs=\"1\">\\s*<td data-v=\"900_undated\"", index);
        Assert.Matches("data-status=\"refused\"[^>]*data-needs=\"1\">\\s*<td data-v=\"901_binary\"", index);
        Assert.Contains("run `natocorpus normalize`", index, StringComparison.Ordinal);
        Assert.Contains("None: the text is not written to normalized/.", Page(folder, "900_undated"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_raw_text_shows_as_text_and_runs_nothing()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "raw", "666_hostile.txt"),
            "L’OTAN réagit aux menaces <script>alert(1)</script> de la Russie\n\n12 février 2025\n\n"
            + "Les ministres de la Défense des pays de l’OTAN se sont retrouvés ce jeudi à Bruxelles pour préparer le sommet. Un paragraphe "
            + "<img src=x onerror=alert(2)> avec \" et ' et & et </td></tr></table> pour casser la page, et la suite du texte qui parle des alliés.\n");
        var folder = Report();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            // The report's own two scripts, from files of the folder, and nothing else.
            Assert.Equal(2, Regex.Matches(html, "<script").Count);
        }
        var page = Page(folder, "666_hostile");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", File.ReadAllText(Path.Combine(folder, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_file_name_gets_a_page_name_that_stays_in_the_folder()
    {
        Assert.Equal("000_abc.html", ReviewSite.FileNameFor("000_abc"));
        foreach (var id in new[] { "..", "<script>", "a b", "..\\x", ".hidden" })
        {
            var name = ReviewSite.FileNameFor(id);
            Assert.Matches("^text-[0-9a-f]{16}\\.html$", name);
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_and_no_absolute_path()
    {
        var first = Report("out-a");
        var second = Report("out-b");
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(first, path)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(second, path)).Order(StringComparer.Ordinal).ToArray());
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, file));
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
            Assert.DoesNotContain(_corpus.Root, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        // A second run over the same folder changes nothing either.
        var before = File.ReadAllBytes(Path.Combine(first, "index.html"));
        Report("out-a");
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(first, "index.html")));
    }

    [Fact]
    public void Every_link_and_resource_resolves_to_a_file_of_the_folder()
    {
        var folder = Report();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            foreach (Match match in Link().Matches(html))
            {
                var target = System.Net.WebUtility.HtmlDecode(match.Groups["target"].Value);
                if (match.Groups["attribute"].Value == "href" && (target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal)))
                {
                    // A rule doc may cite a page on the web: a link a person can follow, never loaded by the report.
                    continue;
                }
                Assert.False(target.Contains("://", StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal), $"{file}: {target}");
                var path = target.Split('#')[0];
                if (path.Length == 0)
                {
                    var anchor = target[1..];
                    Assert.True(anchor.Length == 0 || html.Contains($"id=\"{anchor}\"", StringComparison.Ordinal), $"{file}: no #{anchor}");
                    continue;
                }
                var resolved = Path.GetFullPath(Uri.UnescapeDataString(path), Path.GetDirectoryName(file)!);
                Assert.True(File.Exists(resolved), $"{Path.GetRelativePath(folder, file)}: {target} does not exist");
                Assert.StartsWith(folder, resolved, StringComparison.Ordinal);
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 100, $"{checkedLinks} links");
    }

    [Fact]
    public void Lint_points_to_the_report_once_there_is_one()
    {
        var lint = () => _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], "text", false)));
        Assert.DoesNotContain("report:", lint().Error, StringComparison.Ordinal);
        Report();
        Assert.Contains("report: report/index.html", lint().Error, StringComparison.Ordinal);
        var json = _corpus.Run(environment => LintCommand.Run(environment, new LintRequest([], "json", false)));
        Assert.DoesNotContain("report:", json.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_a_text_gone_since_the_last_report_is_removed_but_never_a_foreign_file()
    {
        var folder = Report();
        File.Delete(Path.Combine(_corpus.Root, "raw", "004_85a73e5d65096bc9.txt"));
        Report();
        Assert.False(File.Exists(Path.Combine(folder, "texts", "004_85a73e5d65096bc9.html")));
        Assert.True(File.Exists(Path.Combine(folder, "texts", "003_d134cf994f05418c.html")));

        var foreign = Path.Combine(_corpus.Root, "site", "texts");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "mine.html"), "not the report's");
        Report("site");
        Assert.True(File.Exists(Path.Combine(foreign, "mine.html")));
    }

    [Fact]
    public void The_report_is_never_written_into_the_raw_folder()
    {
        var (exit, _, error) = _corpus.Run(environment => ReportCommand.Run(environment, new ReportRequest([], "raw/report")));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("refused", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_corpus.Root, "raw", "report")));
    }

    [Fact]
    public void Rule_pages_render_the_docs()
    {
        var folder = Report();
        var doc = File.ReadAllText(Path.Combine(folder, "rules", "NC112.html"));
        Assert.Contains("<h1", doc, StringComparison.Ordinal);
        Assert.Contains("doubtful-recognition", doc, StringComparison.Ordinal);
        Assert.Contains("<pre><code", doc, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?<attribute>href|src)=\"(?<target>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
