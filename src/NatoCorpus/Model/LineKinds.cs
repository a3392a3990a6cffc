namespace NatoCorpus.Model;

public static class LineKinds
{
    /// <summary>True for the kinds that stay in the normalized body (or are the title).</summary>
    public static bool IsArticle(this LineKind kind) => kind is LineKind.Title or LineKind.Standfirst or LineKind.Heading or LineKind.Content;

    /// <summary>The kind's name as the front matter and reports write it.</summary>
    public static string Name(this LineKind kind) => kind.ToString().ToLowerInvariant();
}
