using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>How normalize chooses the fixes it applies; a structural fix is a move, not an edit.</summary>
public sealed class FixApplierTests
{
    private static Diagnostic Finding(string rule, TextSpan span, Fix fix) =>
        new(RuleCatalog.FindDescriptor(rule)!, Severity.Warning, "m", span, new LinePosition(1, 1), new LinePosition(1, 1), fix);

    [Fact]
    public void A_moved_block_is_claimed_but_never_returned_as_an_edit()
    {
        var move = Finding("NC110", new TextSpan(0, 20), new Fix("move to the front matter", FixApplicability.Safe, []) { Moves = new TextSpan(0, 20) });
        var inside = Finding("NC201", new TextSpan(5, 1), new Fix("apostrophe", FixApplicability.Safe, [new TextEdit(new TextSpan(5, 1), "’")]));
        var outside = Finding("NC201", new TextSpan(30, 1), new Fix("apostrophe", FixApplicability.Safe, [new TextEdit(new TextSpan(30, 1), "’")]));

        var (diagnostics, edits) = FixApplier.Apply([move, inside, outside], RuleCatalog.All);

        // The move applies and claims its block: a fix inside a line that leaves the body is not applied.
        Assert.True(diagnostics[0].FixedByNormalize);
        Assert.False(diagnostics[1].FixedByNormalize);
        Assert.True(diagnostics[2].FixedByNormalize);
        // Only real edits come back: the renderer leaves the moved block out, it does not delete its text.
        Assert.Equal([new TextEdit(new TextSpan(30, 1), "’")], edits);
    }

    [Fact]
    public void Every_structural_fix_of_the_seeds_is_a_move_without_edits()
    {
        var engine = new CorpusEngine(new EngineOptions());
        var moves = 0;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(TestCorpus.Root, "raw"), "*.txt"))
        {
            var result = engine.Process(new RawInput(Path.GetFileNameWithoutExtension(path), path, File.ReadAllBytes(path)));
            foreach (var diagnostic in result.Diagnostics.Where(diagnostic => diagnostic.Rule.Id is "NC103" or "NC104" or "NC105" or "NC110" or "NC111"))
            {
                Assert.NotNull(diagnostic.Fix!.Moves);
                Assert.Empty(diagnostic.Fix.Edits);
                moves++;
            }
        }
        Assert.True(moves > 0);
    }
}
