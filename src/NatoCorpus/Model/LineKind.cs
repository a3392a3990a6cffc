namespace NatoCorpus.Model;

/// <summary>What a line (or a glued part of one) of a raw text is. Decided before any paragraph repair.</summary>
public enum LineKind
{
    /// <summary>Not decided yet (only while recognizers run).</summary>
    Unknown,
    Title,
    /// <summary>The chapô under the title: article text, kept in the body.</summary>
    Standfirst,
    /// <summary>A subheading inside the article, kept in the body as its own paragraph.</summary>
    Heading,
    Content,
    /// <summary>A date, time, update or reading-time line, header bullets.</summary>
    Stamp,
    Byline,
    Caption,
    Credit,
    /// <summary>Site UI, navigation, widgets, paywall, lists of other articles, tags, URLs, leaked prompts.</summary>
    Furniture,
    /// <summary>A tweet or a social/live banner.</summary>
    Embed,
    /// <summary>A repeated copy of a paragraph, caption or the title.</summary>
    Duplicate,
    /// <summary>A YAML front matter block the text came with (a Markdown repost).</summary>
    Metadata,
}
