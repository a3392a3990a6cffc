using System.Diagnostics;
using System.Text.Json;
using NatoCorpus.Commands;
using NatoCorpus.Corpus;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;
using NatoCorpus.Rules;
using NatoCorpus.Text;
using NJsonSchema;

namespace NatoCorpus.Tests.Reporting;

/// <summary>
/// Hostile file names and texts against every output format and the diffs: no output line can be forged, no
/// escape sequence or bidi control reaches the terminal, no line reads as a GitHub workflow command, SARIF URIs
/// are URI references, and the text format stays linear on a one-line megabyte.
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Esc = "\u001b";
    private const string Rlo = "\u202E";

    private const string Prose = "Les ministres de la Défense des pays membres se sont réunis à Bruxelles pour examiner la situation "
        + "sécuritaire sur le flanc est de l’Alliance, les engagements de dépenses et le soutien apporté aux partenaires.";

    /// <summary>A text that normalizes, with one straight apostrophe (NC201) on each body line, so every line gets an excerpt.</summary>
    private static DocumentResult Process(string body, string id = "hostile") =>
        TestCorpus.ProcessText($"Titre de l’article\n\n{body}", id, sidecar: "date: 2021-02-11\n");

    private static string Render(string format, params FileReport[] files)
    {
        var output = new StringWriter { NewLine = "\n" };
        Reporters.For(format, color: false).Write(output, new LintReport(files));
        return output.ToString();
    }

    private static FileReport Report(DocumentResult result, string? path = null) =>
        new(path ?? result.RelativePath, result.Source, result.Diagnostics, result.Error);

    /// <summary>What the Actions runner would take for a command: "::" at a line start after whitespace, or "##[" anywhere.</summary>
    private static void AssertNoWorkflowCommand(string output, bool githubFormat = false)
    {
        foreach (var line in output.Split('\n'))
        {
            if (!githubFormat)
            {
                Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), $"workflow command: {line}");
            }
            Assert.DoesNotContain("##[", line, StringComparison.Ordinal);
        }
    }

    /// <summary>No hidden code point (an emoji's surrogate pair is one visible code point, a lone surrogate is hidden).</summary>
    internal static void AssertNothingHidden(string output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            var pair = char.IsHighSurrogate(output[i]) && i + 1 < output.Length && char.IsLowSurrogate(output[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(output[i], output[++i]) : output[i];
            Assert.False(codePoint != '\n' && Printable.IsHidden(codePoint), $"U+{codePoint:X4} printed raw");
        }
    }

    [Fact]
    public void A_newline_in_a_file_name_cannot_forge_a_line_in_any_line_format()
    {
        var forged = "raw/a.txt\n::error file=raw/other.txt,line=1::forged\nraw/b.txt";
        var result = Process("L'OTAN se réunit.");
        var diagnostics = result.Diagnostics.Count;
        Assert.True(diagnostics > 0);

        var text = Render("text", Report(result, forged));
        // Two lines a finding (message, excerpt, carets = three), then the summary: nothing more.
        Assert.Equal(3 * diagnostics + 1, text.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("raw/a.txt<U+000A><U+003A>:error file=raw/other.txt,line=1::forged<U+000A>raw/b.txt:", text, StringComparison.Ordinal);
        AssertNoWorkflowCommand(text);

        var github = Render("github", Report(result, forged));
        Assert.Equal(diagnostics + 1, github.TrimEnd('\n').Split('\n').Length);
        // The file property carries the name percent-encoded as the runner decodes it: it ends nowhere early.
        Assert.Contains("file=raw/a.txt%0A%3A%3Aerror file=raw/other.txt%2Cline=1%3A%3Aforged%0Araw/b.txt,line=", github, StringComparison.Ordinal);

        // A refusal names the file in one line too.
        var refused = Render("text", new FileReport(forged, null, [], new InputError(forged, 1, 1, "reason\nsecond line")));
        Assert.Equal(2, refused.TrimEnd('\n').Split('\n').Length);
        AssertNoWorkflowCommand(refused);
    }

    [Fact]
    public void A_workflow_command_in_a_paragraph_is_neutralized_in_excerpts()
    {
        var result = Process("::error file=raw/x.txt,line=1::l'alerte est fausse\n\n  ::add-mask::l'OTAN\n\nLe ##[set-output name=x]l'OTAN");
        Assert.Null(result.Error);
        var text = Render("text", Report(result));
        Assert.Contains("<U+003A>:error file=raw/x.txt", text, StringComparison.Ordinal);
        Assert.Contains("  <U+003A>:add-mask::l'OTAN", text, StringComparison.Ordinal);
        Assert.Contains("##<U+005B>set-output", text, StringComparison.Ordinal);
        AssertNoWorkflowCommand(text);
        AssertNoWorkflowCommand(Render("github", Report(result)), githubFormat: true);
        // The carets still sit under the apostrophes, escapes counted.
        AssertCaretsUnderApostrophes(text, expected: result.Diagnostics.Count(diagnostic => diagnostic.Rule.Id == "NC201"));
    }

    [Fact]
    public void Escape_sequences_and_bidi_controls_are_shown_by_code_never_printed()
    {
        var name = $"raw/{Rlo}txt.exe{Esc}[2J.txt";
        // Enough ordinary text that the few controls do not make it look binary (1 % of the characters).
        var result = Process($"Le texte {Esc}[31mrouge{Esc}[0m de l'OTAN et {Rlo}l'ecnarf\u2066 isolé.\n\n{Prose}");
        foreach (var format in new[] { "text", "github" })
        {
            var output = Render(format, Report(result, name));
            AssertNothingHidden(output);
            Assert.Contains("raw/<U+202E>txt.exe<U+001B>[2J.txt", output, StringComparison.Ordinal);
        }
        var text = Render("text", Report(result));
        Assert.Contains($"Le texte <U+001B>[31mrouge<U+001B>[0m de l'OTAN et <U+202E>l'ecnarf<U+2066> isolé.", text, StringComparison.Ordinal);
        AssertCaretsUnderApostrophes(text, expected: 2);
        Assert.Null(result.Error);
    }

    /// <summary>Each NC201 finding's carets point at a straight apostrophe in its excerpt, however much was escaped before it.</summary>
    private static void AssertCaretsUnderApostrophes(string text, int expected)
    {
        Assert.True(expected > 0);
        var lines = text.Split('\n');
        var found = 0;
        for (var i = 0; i + 2 < lines.Length; i++)
        {
            if (lines[i].Contains(" NC201 ", StringComparison.Ordinal))
            {
                Assert.Equal('\'', lines[i + 1][lines[i + 2].IndexOf('^', StringComparison.Ordinal)]);
                found++;
            }
        }
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Json_and_sarif_keep_the_exact_name_and_text_escaped_by_json()
    {
        var name = $"raw/a\nb{Esc}{Rlo}.txt";
        var result = Process("L'OTAN se réunit.");
        var json = Render("json", Report(result, name));
        Assert.DoesNotContain(Esc, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(name, document.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("raw/a b#c%d.txt", "raw/a%20b%23c%25d.txt")]
    [InlineData("raw/back\\slash?.txt", "raw/back%5Cslash%3F.txt")]
    [InlineData("raw/défense OTAN.txt", "raw/d%C3%A9fense%20OTAN.txt")]
    [InlineData("c:raw/x.txt", "c%3Araw/x.txt")]
    [InlineData("raw/a\nb.txt", "raw/a%0Ab.txt")]
    [InlineData("raw/emoji-🛡.txt", "raw/emoji-%F0%9F%9B%A1.txt")]
    [InlineData("raw/~a-b_c.d", "raw/~a-b_c.d")]
    public void Sarif_uris_are_percent_encoded_relative_references(string path, string expected)
    {
        var uri = SarifReporter.UriReference(path);
        Assert.Equal(expected, uri);
        Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), uri);
        Assert.Equal(path, Uri.UnescapeDataString(uri));
    }

    [Fact]
    public async Task A_sarif_log_with_hostile_names_validates_and_round_trips_the_names()
    {
        var result = Process("L'OTAN se réunit.");
        var names = new[] { "raw/a b#c%d.txt", $"raw/x{Esc}\n{Rlo}.txt" };
        var sarif = Render("sarif", [.. names.Select(name => Report(result, name))]);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Reporting", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif));
        using var document = JsonDocument.Parse(sarif);
        var uris = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(item => item.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
            .Distinct().ToArray();
        Assert.Equal(names, uris.Select(Uri.UnescapeDataString));
        // Only unreserved characters, "/" and percent escapes remain.
        Assert.All(uris, uri => Assert.Matches("^(?:[A-Za-z0-9._~/-]|%[0-9A-F]{2})+$", uri));
    }

    [Fact]
    public void A_diff_never_carries_a_command_or_an_escape_from_the_committed_file()
    {
        // The changed line sits among the hostile ones, so they are the diff's context lines.
        var committed = $"---\nid: x\n---\n\n::error file=a,line=1::forged\n  ::add-mask::secret\nFin ancienne.\nLe {Esc}]0;title{Esc}\\ texte {Rlo}.\n";
        var expected = committed.Replace("Fin ancienne.", "Fin nouvelle.", StringComparison.Ordinal);
        var diff = Diffs.Unified(committed, expected, $"normalized/x\n::error::y.md");
        Assert.Contains("\n-Fin ancienne.\n+Fin nouvelle.\n", diff, StringComparison.Ordinal);
        Assert.Contains("\n <U+003A>:error file=a,line=1::forged\n   <U+003A>:add-mask::secret\n", diff, StringComparison.Ordinal);
        Assert.Contains("\n Le <U+001B>]0;title<U+001B>\\ texte <U+202E>.\n", diff, StringComparison.Ordinal);
        AssertNoWorkflowCommand(diff);
        AssertNothingHidden(diff);
        Assert.StartsWith("--- normalized/x<U+000A><U+003A>:error::y.md (committed)\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_long_wholly_different_files_are_not_diffed()
    {
        var committed = string.Join("\n", Enumerable.Range(0, 15_000).Select(i => $"a{i}"));
        var expected = string.Join("\n", Enumerable.Range(0, 15_000).Select(i => $"b{i}"));
        var clock = Stopwatch.StartNew();
        var diff = Diffs.Unified(committed, expected, "normalized/x.md");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Contains("too long to diff", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_on_one_line_with_forty_thousand_guillemet_pairs_is_reported_in_linear_time()
    {
        var random = new Random(11);
        string[] words = ["le", "la", "les", "OTAN", "alliance", "défense", "sommet", "ministre", "guerre", "paix"];
        var line = new System.Text.StringBuilder("Le ministre a déclaré que l’alliance ");
        while (line.Length < 1_000_000)
        {
            line.Append(words[random.Next(words.Length)]).Append(" «").Append(words[random.Next(words.Length)]).Append("» ");
        }
        line.Append('.');
        var clock = Stopwatch.StartNew();
        var result = Process(line.ToString(), "megabyte");
        var findings = result.Diagnostics.Count(diagnostic => diagnostic.Rule.Id == "NC202");
        Assert.True(findings > 80_000, findings.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(result.Markdown);
        foreach (var format in Reporters.Formats)
        {
            var output = Render(format, Report(result));
            Assert.NotEmpty(output);
            if (format == "text")
            {
                // Every excerpt is cut around its span: bounded whatever the line.
                Assert.All(output.Split('\n'), printed => Assert.True(printed.Length < 400, printed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        // Quadratic work here took minutes (the excerpt of each finding rebuilt from the whole line); linear takes
        // a few seconds on a loaded CI machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), clock.Elapsed.ToString());
    }

    [Fact]
    public void A_long_span_shows_its_start_and_an_ellipsis()
    {
        var source = new SourceText(new string('a', 10_000));
        var span = new TextSpan(100, 5_000);
        var diagnostic = new Diagnostic(RuleCatalog.Descriptors[0], Severity.Warning, "long", span, source.PositionOf(span.Start), source.PositionOf(span.End), null);
        var lines = Render("text", new FileReport("raw/x.txt", source, [diagnostic], null)).Split('\n');
        Assert.Equal("    …" + new string('a', 40 + 160) + "…", lines[1]);
        Assert.Equal("     " + new string(' ', 40) + new string('^', 160), lines[2]);
    }
}
