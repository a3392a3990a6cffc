using NatoCorpus.Output;
using YamlDotNet.RepresentationModel;

namespace NatoCorpus.Tests.Output;

public sealed class FrontMatterWriterTests
{
    [Theory]
    [InlineData("Sommet : les Alliés s’accordent")]
    [InlineData("« Pas question » : le secrétaire général")]
    [InlineData("# Un titre qui commence par un dièse")]
    [InlineData("'Guillemets simples' et \"doubles\"")]
    [InlineData("--- trois tirets")]
    [InlineData("true")]
    [InlineData("2021-02-11")]
    [InlineData("  espaces autour  ")]
    [InlineData("émoji 🕐 et ⚠️, tabulation\tici")]
    [InlineData("- tiret: puis deux-points")]
    [InlineData("@handle & *étoile* | barre > chevron % pourcent")]
    public void A_title_round_trips_through_yaml(string title)
    {
        var yaml = FrontMatterWriter.Write(Sample(title));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(title, ((YamlScalarNode)root["title"]).Value);
        Assert.Equal(title, FrontMatterReader.ToJson(yaml)!["title"]!.GetValue<string>());
    }

    [Fact]
    public void Keys_come_in_the_documented_order()
    {
        var yaml = FrontMatterWriter.Write(Sample("Titre"));
        var keys = yaml.Split('\n').Where(line => line.Length > 0 && char.IsLetter(line[0])).Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]);
        Assert.Equal(["id", "title", "title_source", "date", "date_source", "updated", "language", "source", "embeds", "removed", "corrections", "suggestions", "typography"], keys);
    }

    private static FrontMatter Sample(string title) => new(
        "000_x", title, "text", null, "2021-02-11", "header", "2021-02-11T17:40:00+01:00", null, "fr",
        new SourceInfo("raw/000_x.txt", new string('a', 64), null, null, null), null, [], [], [], [], new SortedDictionary<string, int>(StringComparer.Ordinal));
}
