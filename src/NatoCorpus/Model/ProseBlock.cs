using NatoCorpus.Text;

namespace NatoCorpus.Model;

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
