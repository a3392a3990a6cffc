using NatoCorpus.Output;
using Snapshooter;
using Snapshooter.Xunit;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>
/// The normalized output and the diagnostics of each seed text, as reviewed snapshots (__snapshots__/). A change
/// in output fails here first; read the new snapshot in __mismatch__/ before accepting it.
/// </summary>
public sealed class SeedSnapshotTests
{
    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Normalized_output_matches_the_reviewed_snapshot(string id)
    {
        var result = TestCorpus.ProcessSeed(id);
        Assert.NotNull(result.Markdown);
        // One string per line keeps the snapshot readable and its diffs line-based.
        Snapshot.Match(result.Markdown!.Split('\n'), SnapshotNameExtension.Create(id));
    }

    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Diagnostics_match_the_reviewed_snapshot(string id)
    {
        var result = TestCorpus.ProcessSeed(id);
        var lines = result.Diagnostics.Select(diagnostic =>
            $"{diagnostic.Start.Line}:{diagnostic.Start.Column}-{diagnostic.End.Line}:{diagnostic.End.Column} {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Rule.Id} {diagnostic.Rule.Name}: {diagnostic.Message}"
            + (diagnostic.FixedByNormalize ? " [fixed by normalize]" : diagnostic.Fix is { } fix ? $" [{fix.Applicability.ToString().ToLowerInvariant()}: {fix.Description}]" : ""));
        Snapshot.Match(lines.ToArray(), SnapshotNameExtension.Create(id));
    }

    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Front_matter_validates_against_the_schema(string id)
    {
        var result = TestCorpus.ProcessSeed(id);
        Assert.Empty(FrontMatterSchema.Validate(result.Markdown!));
    }
}
