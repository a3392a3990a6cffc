using System.ComponentModel;

namespace NatoCorpus.Configuration;

/// <summary>
/// natocorpus.yaml as written. Unknown keys and bad values are errors with their line and column. The descriptions
/// are the schema's (schema/natocorpus.schema.json is generated from this type), so an editor shows them on hover.
/// </summary>
public sealed class ConfigFile
{
    [Description("Folder of raw texts, relative to the corpus root (evidence: never written).")]
    [DefaultValue("raw")]
    public string Raw { get; set; } = "raw";

    [Description("Folder of normalized Markdown, relative to the corpus root; never raw/ or inside it.")]
    [DefaultValue("normalized")]
    public string Normalized { get; set; } = "normalized";

    [Description("Raw files to leave out, as .gitignore lines relative to the corpus root (also read: the root's .gitignore).")]
    public List<string> Ignore { get; set; } = [];

    [Description("The no-break space typography writes: nbsp (U+00A0), narrow (U+202F) or source (what the raw text uses most).")]
    [DefaultValue("nbsp")]
    public string NoBreakSpace { get; set; } = "nbsp";

    [Description("Extra data files (typo lists, header shapes, embed patterns, accepted words) that extend the shipped ones.")]
    public List<string> Data { get; set; } = [];

    [Description("Words the spelling rule (NC304) accepts in every text, as cspell's words: (house spellings, names). "
        + "A data file's words: entries, with a reason and examples, do the same.")]
    public List<string> Words { get; set; } = [];

    [Description("Raw files larger than this many bytes are refused unread.")]
    [DefaultValue(5 * 1024 * 1024)]
    public long MaxFileSize { get; set; } = 5 * 1024 * 1024;

    [Description("Also apply unsafe fixes: word substitutions whose context does not settle them (recorded as corrections).")]
    [DefaultValue(false)]
    public bool UnsafeFixes { get; set; }

    [Description("Where the rule docs are published (help links in SARIF output).")]
    [DefaultValue(Reporting.Reporters.DefaultDocsUrl)]
    public string DocsUrl { get; set; } = Reporting.Reporters.DefaultDocsUrl;

    [Description("Per rule id, rule name or tag: off, on, error, warning or info. A rule's own line wins over its tags.")]
    public Dictionary<string, string> Rules { get; set; } = [];

    /// <summary>
    /// Let raw, normalized and data point outside the corpus root (the folder of this file). Off by default: a
    /// configuration copied from elsewhere must not make the tool read or write outside the repository unasked.
    /// </summary>
    [Description("Let raw, normalized and data lie outside the corpus root (links resolved).")]
    [DefaultValue(false)]
    public bool AllowOutsideRoot { get; set; }
}
