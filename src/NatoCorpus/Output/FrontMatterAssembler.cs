using System.Globalization;
using NatoCorpus.Model;

namespace NatoCorpus.Output;

/// <summary>
/// Assembles the front matter of a normalized file from what the pipeline decided: the parsed document, its resolved
/// metadata, its title as rendered, and what its fixes did. Only assembly: nothing is decided here.
/// </summary>
public static class FrontMatterAssembler
{
    /// <param name="textTitle">The text's own title line with its fixes applied, null when the text has none.</param>
    /// <exception cref="ArgumentException">The metadata has no date or no title: such a text is reported, never written.</exception>
    public static FrontMatter Assemble(
        string id, SourceInfo source, ParsedDocument document, DocumentMetadata metadata, string? textTitle, string language, FixRecord fixes)
    {
        if (metadata.Date is not { } date || metadata.TitleSource is not { } titleSource || metadata.DateSource is not { } dateSource
            || (metadata.SidecarTitle ?? textTitle) is not { } title)
        {
            throw new ArgumentException($"{id}: a front matter needs a title and a date", nameof(metadata));
        }
        return new FrontMatter(
            id,
            title,
            Lower(titleSource),
            // The text's own title is kept when the sidecar overrides it: nothing of the raw text is lost.
            metadata.SidecarTitle is not null ? textTitle : null,
            date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            Snake(dateSource),
            metadata.Updated,
            metadata.ReadingTimeMinutes,
            language,
            source,
            document.Header is { } header ? new HeaderInfo(header.Shape, header.Block.FirstLine, header.Lines) : null,
            document.Embeds.Select(embed => new EmbedInfo(Lower(embed.Kind), embed.Block.FirstLine, embed.Block.LastLine, embed.Text, embed.Fields)).ToArray(),
            document.Removed.Select(block => new RemovedInfo(block.Kind.Name(), block.Block.FirstLine, block.Block.LastLine, block.Recognizer, block.Reason, block.KeptLine, block.Lines)).ToArray(),
            fixes.Corrections,
            fixes.Suggestions,
            fixes.Typography)
        {
            EventEnd = metadata.EventEnd?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A normalized file: the front matter between `---` lines, a blank line, then the body.</summary>
    public static string Compose(FrontMatter frontMatter, string body) => "---\n" + FrontMatterWriter.Write(frontMatter) + "---\n\n" + body;

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>"FrontMatter" → "front_matter", as the front matter writes enum values.</summary>
    private static string Snake<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
