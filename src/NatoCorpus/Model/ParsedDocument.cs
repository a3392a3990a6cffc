using NatoCorpus.Text;

namespace NatoCorpus.Model;

/// <summary>A run of non-blank lines, the unit the parser classifies.</summary>
public sealed record LineBlock(int FirstLine, int LastLine, TextSpan Span);

/// <summary>Article text the rules work on: the title or a paragraph (which may still hold glued paragraphs).</summary>
public sealed record ProseBlock(TextSpan Span, int FirstLine)
{
    /// <summary>"en" for a paragraph in English (its function words say so); null for French or undecided.</summary>
    public string? Language { get; init; }

    /// <summary>A "## Heading" of a Markdown repost: kept as Markdown, not escaped as text.</summary>
    public bool IsMarkdownHeading { get; init; }

    /// <summary>French typography and wording apply to French prose only: an English paragraph keeps its own.</summary>
    public bool IsFrench => Language is null or "fr";
}

/// <summary>A header block of one of the known shapes, with the fields its patterns captured.</summary>
public sealed record HeaderBlock(
    string Shape, string TimeZone, LineBlock Block, IReadOnlyList<string> Lines, IReadOnlyDictionary<string, string> Fields);

public enum EmbedKind
{
    Tweet,
    Banner,
    Caption,
}

/// <summary>Scraping debris taken out of the body and kept, with what could be parsed from it.</summary>
public sealed record Embed(EmbedKind Kind, LineBlock Block, string Text, IReadOnlyDictionary<string, string> Fields);

/// <summary>The document model of one raw text. Every part keeps its span in <see cref="Source"/>.</summary>
public sealed record ParsedDocument(
    SourceText Source,
    HeaderBlock? Header,
    ProseBlock? Title,
    IReadOnlyList<ProseBlock> Paragraphs,
    IReadOnlyList<Embed> Embeds)
{
    /// <summary>Every line (or glued part) of the text with its kind, in order.</summary>
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>What left the body besides the header and the embeds, kept for the front matter.</summary>
    public IReadOnlyList<RemovedBlock> Removed { get; init; } = [];

    /// <summary>Dates read from the header, stamps, bylines and a front matter, with their roles.</summary>
    public IReadOnlyList<StampDate> Dates { get; init; } = [];

    /// <summary>Relative stamps ("il y a 3 heures", "hier"): how long before the page was retrieved, and where.</summary>
    public IReadOnlyList<RelativeStamp> RelativeStamps { get; init; } = [];

    /// <summary>How sure the title finder was (0–1).</summary>
    public double TitleConfidence { get; init; } = 1;

    /// <summary>Why the title is doubtful, when it is.</summary>
    public string? TitleDoubt { get; init; }

    /// <summary>The title then the paragraphs: all the text the typography and wording rules look at.</summary>
    public IEnumerable<ProseBlock> Prose => Title is null ? Paragraphs
        // In text order: a standfirst printed above the title is a paragraph that comes first.
        : Paragraphs.Where(paragraph => paragraph.Span.Start < Title.Span.Start).Append(Title).Concat(Paragraphs.Where(paragraph => paragraph.Span.Start >= Title.Span.Start));

    /// <summary>The prose in French: what French typography (spaces before ; : ! ?, guillemets, digit groups) and wording rules apply to.</summary>
    public IEnumerable<ProseBlock> FrenchProse => Prose.Where(block => block.IsFrench);
}

/// <summary>A stamp that dates the page relative to when it was read ("il y a 3 heures"): resolved only with the sidecar's `retrieved`.</summary>
public sealed record RelativeStamp(int Line, string Text, NodaTime.Duration Ago);
