using NatoCorpus.Corpus;
using NatoCorpus.Knowledge;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Reporting;

namespace NatoCorpus.Tests.Input;

/// <summary>
/// Every fixture in Fixtures/hostile (made by make_fixtures.py) gets the outcome expected.yaml gives it: normalized
/// with a diagnostic saying what was repaired, or refused with a one-line reason and nothing written.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string Folder = Path.Combine(TestCorpus.Root, "tests", "NatoCorpus.Tests", "Fixtures", "hostile");

    private sealed class Expectation
    {
        public string Outcome { get; set; } = "";
        public string? Rule { get; set; }
        public string? Contains { get; set; }
        public string? Reason { get; set; }
    }

    private static readonly Lazy<Dictionary<string, Expectation>> Expected = new(() =>
        StrictYaml.Read<Dictionary<string, Expectation>>(File.ReadAllText(Path.Combine(Folder, "expected.yaml")), "expected.yaml"));

    private static readonly Lazy<Dictionary<string, DocumentResult>> Results = new(() =>
    {
        var layout = new CorpusLayout(Folder, Folder, Path.Combine(Folder, "never-written"));
        var files = RawFiles.Discover([Folder]);
        return CorpusRun.Process(TestCorpus.Engine, layout, files).ToDictionary(result => result.RelativePath, StringComparer.Ordinal);
    });

    public static IEnumerable<object[]> Fixtures => Expected.Value.Keys.Order(StringComparer.Ordinal).Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_gets_its_expected_outcome(string name)
    {
        var expected = Expected.Value[name];
        var result = Results.Value[name];
        if (expected.Outcome == "normalized")
        {
            Assert.True(result.Error is null, result.Error?.Message);
            Assert.True(result.Markdown is not null, string.Join("\n", result.Diagnostics.Select(diagnostic => $"{diagnostic.Rule.Id} {diagnostic.Message}")));
            Assert.Contains(expected.Contains!, FrontMatterReader.Split(result.Markdown!)!.Value.Body, StringComparison.Ordinal);
            if (expected.Rule is not null)
            {
                Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == expected.Rule && diagnostic.FixedByNormalize);
            }
            Assert.Empty(FrontMatterSchema.Validate(result.Markdown!));
        }
        else
        {
            Assert.Equal("refused", expected.Outcome);
            Assert.Null(result.Markdown);
            var error = Assert.IsType<InputError>(result.Error);
            Assert.Contains(expected.Reason!, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
    }

    [Fact]
    public void Every_fixture_file_has_an_expectation()
    {
        var files = RawFiles.Discover([Folder]).Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'));
        Assert.Equal(files.Order(StringComparer.Ordinal), Expected.Value.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_html_reader_keeps_the_tweet_drops_scripts_and_takes_the_page_date()
    {
        var result = Results.Value["article.html"];
        var frontMatter = result.FrontMatter!;
        Assert.Equal("Pas question de signer un chèque en blanc aux talibans", frontMatter.Title);
        Assert.Equal(("2020-11-30", "header"), (frontMatter.Date, frontMatter.DateSource));
        var tweet = Assert.Single(frontMatter.Embeds);
        Assert.Equal(("tweet", "jensstoltenberg", "https://t.co/abc123"), (tweet.Kind, tweet.Fields["handle"], tweet.Fields["url"]));
        Assert.DoesNotContain("injecté", result.Markdown!, StringComparison.Ordinal);
        Assert.DoesNotContain("Accueil", result.Markdown!, StringComparison.Ordinal);
        Assert.DoesNotContain("color", result.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_refusal_is_one_line_naming_the_file_in_every_format()
    {
        var refused = Results.Value.Values.Where(result => result.Error is not null).OrderBy(result => result.RelativePath, StringComparer.Ordinal).ToArray();
        var report = new LintReport(refused.Select(result => new FileReport(result.RelativePath, null, [], result.Error)).ToArray());
        foreach (var format in Reporters.Formats)
        {
            var output = new StringWriter();
            Reporters.For(format, color: false).Write(output, report);
            foreach (var result in refused)
            {
                Assert.Contains(result.RelativePath, output.ToString(), StringComparison.Ordinal);
                Assert.Contains(result.Error!.Message, output.ToString(), StringComparison.Ordinal);
            }
        }
    }
}
