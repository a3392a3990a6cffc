using NatoCorpus.Text;

namespace NatoCorpus.Model;

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
