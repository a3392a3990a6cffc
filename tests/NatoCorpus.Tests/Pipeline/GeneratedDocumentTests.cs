using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Tests.Pipeline;

/// <summary>
/// Properties over generated documents (the generator `bench generate` uses): seed paragraphs recombined, in any
/// header shape, with embeds and injected defects, in several encodings and line endings. Never an unhandled exception;
/// always normalized (they all have a title and a date); idempotent; deterministic; nothing lost; valid front matter.
/// </summary>
public sealed class GeneratedDocumentTests
{
    [Property(MaxTest = 150)]
    public bool Generated_documents_keep_every_promise(int seed)
    {
        var (_, bytes, sidecar) = TestCorpus.Generator.Make(new Random(seed));
        var input = new RawInput("generated", "raw/generated.txt", bytes, sidecar is null ? null : "raw/generated.meta.yaml", sidecar is null ? null : Encoding.UTF8.GetBytes(sidecar));
        var first = TestCorpus.Engine.Process(input);
        Assert.True(first.Error is null, first.Error?.Message);
        Assert.True(first.Markdown is not null, string.Join("; ", first.Diagnostics.Where(diagnostic => diagnostic.Severity == NatoCorpus.Rules.Severity.Error).Select(diagnostic => diagnostic.Message)));
        Assert.Equal(first.Markdown, TestCorpus.Engine.Process(input).Markdown);
        Assert.Empty(WordAccounting.Missing(first.Source!.Text, first.Markdown!));
        Assert.Empty(FrontMatterSchema.Validate(first.Markdown!));

        var (_, body) = FrontMatterReader.Split(first.Markdown!)!.Value;
        var again = TestCorpus.ProcessText($"{first.FrontMatter!.Title}\n\n{body}", "again", "date: 2020-01-01\n");
        Assert.Equal(body, FrontMatterReader.Split(again.Markdown!)!.Value.Body);
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Any_title_and_embed_text_round_trip_through_the_front_matter(NonNull<string> title, NonNull<string> text)
    {
        var cleanTitle = WithoutLoneSurrogates(title.Get);
        var cleanText = WithoutLoneSurrogates(text.Get);
        if (cleanTitle.Length == 0)
        {
            return true;
        }
        var frontMatter = new FrontMatter("x", cleanTitle, "text", null, "2021-02-11", "header", null, null, "fr",
            new SourceInfo("raw/x.txt", new string('0', 64), null, null, null), null,
            [new EmbedInfo("caption", 1, 1, cleanText, new SortedDictionary<string, string>(StringComparer.Ordinal) { ["language"] = "en" })],
            [new RemovedInfo("furniture", 2, 2, "furniture", "share-widget", null, [cleanText])],
            [], [], new SortedDictionary<string, int>(StringComparer.Ordinal));
        var stream = new YamlStream();
        stream.Load(new StringReader(FrontMatterWriter.Write(frontMatter)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var embed = (YamlMappingNode)((YamlSequenceNode)root["embeds"]).Children[0];
        return ((YamlScalarNode)root["title"]).Value == cleanTitle && ((YamlScalarNode)embed["text"]).Value == cleanText;
    }

    /// <summary>Decoded text never holds lone surrogates (strict decoders refuse them), so neither do generated strings.</summary>
    private static string WithoutLoneSurrogates(string value)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(value[i]))
            {
                builder.Append(value[i]);
            }
        }
        return builder.ToString();
    }
}
