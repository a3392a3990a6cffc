using NatoCorpus.Corpus;
using NatoCorpus.Output;

namespace NatoCorpus.Tests.Corpus;

/// <summary>The repository keeps its promise: normalized/ is exactly what the tool makes of raw/, and valid.</summary>
public sealed class CommittedCorpusTests
{
    [Fact]
    public void Raw_folder_holds_the_seed_texts_and_normalized_has_one_file_each()
    {
        Assert.Equal(5, TestCorpus.RawFiles.Count);
        var normalized = Directory.EnumerateFiles(TestCorpus.Layout.NormalizedDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(TestCorpus.RawFiles.Select(RawFiles.IdOf), normalized);
    }

    [Theory]
    [MemberData(nameof(TestCorpus.SeedIds), MemberType = typeof(TestCorpus))]
    public void Committed_normalized_file_equals_a_fresh_normalization(string id)
    {
        var committed = File.ReadAllText(NormalizedFiles.PathFor(TestCorpus.Layout, id));
        Assert.Equal(TestCorpus.ProcessSeed(id).Markdown, committed);
    }

    [Fact]
    public async Task Every_committed_normalized_file_validates_against_the_schema_file()
    {
        // Validate with the schema as committed in schema/, not only the embedded copy.
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(TestCorpus.Root, "schema", "front-matter.schema.json"));
        foreach (var file in Directory.EnumerateFiles(TestCorpus.Layout.NormalizedDirectory, "*.md"))
        {
            var (yaml, _) = FrontMatterReader.Split(File.ReadAllText(file))!.Value;
            var errors = schema.Validate(FrontMatterReader.ToJson(yaml)!.ToJsonString());
            Assert.True(errors.Count == 0, $"{Path.GetFileName(file)}: {string.Join("; ", errors.Select(error => $"{error.Path} {error.Kind}"))}");
        }
    }
}
