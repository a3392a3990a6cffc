namespace NatoCorpus.Model;

/// <summary>Where a front matter field came from.</summary>
public enum FieldSource
{
    Text,
    Header,
    Body,
    Sidecar,
    /// <summary>A date line of the page ("Publié le …", "Updated: …").</summary>
    Stamp,
    Byline,
    /// <summary>The YAML front matter a Markdown repost came with.</summary>
    FrontMatter,
    /// <summary>The page's address, as scraped with the text ("…/2024/05/14/…").</summary>
    Url,
}
