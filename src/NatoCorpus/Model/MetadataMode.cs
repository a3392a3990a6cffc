namespace NatoCorpus.Model;

/// <summary>Where a document's title and date are, which says whether the rules about them apply.</summary>
public enum MetadataMode
{
    /// <summary>Resolved from a raw text's header, body and sidecar: the title and date rules check them.</summary>
    Resolved,

    /// <summary>In the front matter of a normalized file, which the schema check covers: the title and date rules stand aside.</summary>
    FrontMatter,
}
