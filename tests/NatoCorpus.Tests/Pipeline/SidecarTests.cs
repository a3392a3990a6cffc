using NatoCorpus.Rules;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>Sidecar .meta.yaml: overrides with their source recorded, suppressions, and validation errors.</summary>
public sealed class SidecarTests
{
    private const string Text = "Un titre\n\n  • 11 Feb. 2021 -\n\nIl a également avoir proposé un sommet. L'OTAN est là.\n";

    [Fact]
    public void Sidecar_fields_override_what_was_extracted_and_say_so()
    {
        var result = TestCorpus.ProcessText(Text, sidecar: "title: 'Titre : de l’archiviste'\ndate: 2021-02-12\nsource_url: https://www.nato.int/cps/fr/natohq/news_181359.htm\n");
        var frontMatter = result.FrontMatter!;
        // Typeset as the body is: a no-break space before the colon (issue 12).
        Assert.Equal(("Titre\u00A0: de l’archiviste", "sidecar"), (frontMatter.Title, frontMatter.TitleSource));
        Assert.Equal(("2021-02-12", "sidecar"), (frontMatter.Date, frontMatter.DateSource));
        Assert.Equal("https://www.nato.int/cps/fr/natohq/news_181359.htm", frontMatter.Source.Url);
        Assert.Equal("raw/test.meta.yaml", frontMatter.Source.SidecarPath);
        Assert.Matches("^[0-9a-f]{64}$", frontMatter.Source.SidecarSha256!);
    }

    [Fact]
    public void A_suppression_with_a_reason_hides_the_finding_and_its_fix()
    {
        var result = TestCorpus.ProcessText(Text, sidecar: "suppressions:\n  - rule: NC201\n    reason: keep the source's apostrophe\n  - rule: doubtful-grammar\n    line: 5\n    reason: quoted as spoken\n");
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Rule.Id is "NC201" or "NC302" or "NC107" or "NC108");
        Assert.Contains("L'OTAN", result.Markdown!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_without_reason_or_that_suppresses_nothing_is_a_finding()
    {
        var result = TestCorpus.ProcessText(Text, sidecar: "suppressions:\n  - rule: NC201\n  - rule: NC302\n    line: 1\n    reason: wrong line\n");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC107" && diagnostic.Message.Contains("suppression 1 (NC201)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC108" && diagnostic.Message.Contains("suppression 2 (NC302 on line 1)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Rule.Id == "NC302");
    }

    [Theory]
    [InlineData("title: [a, b]\n", 1)]
    [InlineData("titel: Un titre\n", 1)]
    [InlineData("date: 11/02/2021\n", 1)]
    [InlineData("suppressions:\n  - rule: NC999\n    reason: x\n", 2)]
    [InlineData("title: Un titre\nsuppressions:\n  - rule: NC201\n    lines: 3\n", 4)]
    [InlineData("title: 'unclosed\n", 1)]
    [InlineData("title: !!python/object:os.system echo\n", 1)]
    [InlineData("title: !<tag:yaml.org,2002:js/function> x\n", 1)]
    [InlineData("suppressions: !!set {a, b}\n", 1)]
    public void A_malformed_or_unsafe_sidecar_is_refused_with_its_place(string sidecar, int line)
    {
        var result = TestCorpus.ProcessText(Text, sidecar: sidecar);
        Assert.NotNull(result.Error);
        Assert.Equal("raw/test.meta.yaml", result.Error!.Path);
        Assert.Equal(line, result.Error.Line);
        Assert.Null(result.Markdown);
    }

    [Fact]
    public void Anchors_and_aliases_are_read_as_plain_values_and_cannot_blow_up()
    {
        var result = TestCorpus.ProcessText(Text, sidecar: "title: &t Un titre\nnote: *t\n");
        Assert.Equal("Un titre", result.FrontMatter!.Title);
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        Assert.NotNull(TestCorpus.ProcessText(Text, sidecar: bomb).Error);
    }
}
