namespace NatoCorpus.Knowledge;

// The shape of every YAML data file, shipped in Data/ or added by a corpus: any file may hold any section,
// so an archivist can extend several at once. Keys are snake_case.

public sealed class CorpusDataFile
{
    public List<NamedNumber> Months { get; set; } = [];
    public List<NamedNumber> Weekdays { get; set; } = [];
    public List<HeaderShapeEntry> Shapes { get; set; } = [];
    public TweetEntry? Tweet { get; set; }
    public HtmlEntry? Html { get; set; }
    public List<BannerEntry> Banners { get; set; } = [];
    public double? SymbolRatio { get; set; }
    public int? BannerMaxLength { get; set; }
    public Dictionary<string, List<string>> Languages { get; set; } = [];
    public List<SubstitutionEntry> Substitutions { get; set; } = [];
    public List<SuggestionEntry> Suggestions { get; set; } = [];
    public Dictionary<string, List<string>> FurnitureWords { get; set; } = [];
    public List<PatternEntry> Furniture { get; set; } = [];
    public List<PatternEntry> FurnitureSuffixes { get; set; } = [];
    public List<PatternEntry> FurniturePrefixes { get; set; } = [];
    public List<PatternEntry> Bylines { get; set; } = [];
    public List<string> Agencies { get; set; } = [];
    public List<PatternEntry> Credits { get; set; } = [];
    public string? CreditSuffix { get; set; }
    public ExamplesEntry? CreditSuffixExamples { get; set; }
    public string? MediaLabel { get; set; }
    public ExamplesEntry? MediaLabelExamples { get; set; }
    public List<string> StampWords { get; set; } = [];
    public List<string> NameConnectors { get; set; } = [];
    public List<string> AuthorWords { get; set; } = [];
    public List<string> AuthorRoles { get; set; } = [];
    public List<string> GenreWords { get; set; } = [];
    public Dictionary<string, List<string>> StampRoles { get; set; } = [];
    public List<PatternEntry> StampLines { get; set; } = [];
    public ClassifierEntry? Classifier { get; set; }

    /// <summary>Named word lists the wording entries refer to (`known_in`), e.g. first-group verbs.</summary>
    public Dictionary<string, List<string>> WordLists { get; set; } = [];

    /// <summary>What the typography rules know (typography.yaml).</summary>
    public TypographyEntry? Typography { get; set; }

    /// <summary>House spellings the spelling rule (NC304) accepts though the dictionary does not know them (cspell's `words:`).</summary>
    public List<WordListEntry> Words { get; set; } = [];

    /// <summary>Lines that recur across the texts of a corpus (written by `natocorpus furniture`), furniture wherever they occur.</summary>
    public List<RecurringLineEntry> RecurringLines { get; set; } = [];
}

/// <summary>A named pattern with the lines it must and must not recognize, checked when the file loads.</summary>
public sealed class PatternEntry
{
    public string Name { get; set; } = "";
    public string Pattern { get; set; } = "";
    public ExamplesEntry Examples { get; set; } = new();

    /// <summary>When true, the article is over after a line of this pattern (a comment thread starts).</summary>
    public bool EndsArticle { get; set; }

    /// <summary>Lines longer than this are not looked at by this pattern (a phrase that is UI in a short line is prose in a paragraph).</summary>
    public int? MaxChars { get; set; }
}

public sealed class ExamplesEntry
{
    public List<string> Match { get; set; } = [];
    public List<string> NoMatch { get; set; } = [];
}

public sealed class RecurringLineEntry
{
    public string Line { get; set; } = "";
    public int Texts { get; set; }
}

/// <summary>Thresholds of the content/furniture classifier (classifier.yaml documents each).</summary>
public sealed class ClassifierEntry
{
    public int? ShortChars { get; set; }
    public int? LongChars { get; set; }
    public double? GoodStopwordShare { get; set; }
    public int? SentenceWords { get; set; }
    public double? SentenceStopwordShare { get; set; }
    public double? BadStopwordShare { get; set; }
    public double? UiShare { get; set; }
    public int? UiMaxWords { get; set; }
    public double? DoubtBelow { get; set; }
    public int? TitleSearchLines { get; set; }
    public int? TitleMaxChars { get; set; }
    public int? DuplicateMinWords { get; set; }
    public double? DuplicateSimilarity { get; set; }
    public int? TitleLabelMaxChars { get; set; }
    public int? TitleMinWords { get; set; }
    public int? TitleLabelDistance { get; set; }
    public int? TitleShortLabelWords { get; set; }
    public List<string>? WrapWords { get; set; }
    public List<string>? SalutationWords { get; set; }
    public int? SalutationMaxWords { get; set; }
    public int? PullQuoteMinWords { get; set; }
    public int? WrappedParagraphLines { get; set; }
}

public sealed class NamedNumber
{
    public int Number { get; set; }
    public List<string> Names { get; set; } = [];
}

public sealed class HeaderShapeEntry
{
    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = "Europe/Brussels";
    public List<string> Lines { get; set; } = [];
}

public sealed class TweetEntry
{
    public string Signature { get; set; } = "";
    public string Url { get; set; } = "";
    public int MaxLineLength { get; set; } = 700;
}

public sealed class HtmlEntry
{
    public List<string> Furniture { get; set; } = [];
    public List<string> Tweets { get; set; } = [];
}

public sealed class BannerEntry
{
    public string Name { get; set; } = "";
    public string Pattern { get; set; } = "";
}

public sealed class SubstitutionEntry
{
    /// <summary>The entry's name in findings and suppressions (default: the phrase matched).</summary>
    public string? Name { get; set; }
    public ExamplesEntry Examples { get; set; } = new();
    public string Match { get; set; } = "";
    public string Replace { get; set; } = "";
    public string? Message { get; set; }
    public List<string> UnlessNear { get; set; } = [];
    public List<string> Near { get; set; } = [];
    public int Window { get; set; } = 6;

    /// <summary>Inflected forms of the same error and their replacements ("miliaires": "militaires"), with the same context.</summary>
    public Dictionary<string, string> Forms { get; set; } = [];

    /// <summary>Words that, among the `before_window` words before the match, mean the text is right ("ne … pas questions de").</summary>
    public List<string> UnlessBefore { get; set; } = [];
    public int BeforeWindow { get; set; } = 3;
}

public sealed class SuggestionEntry
{
    public string Name { get; set; } = "";
    public ExamplesEntry Examples { get; set; } = new();
    public string? Within { get; set; }
    public string Pattern { get; set; } = "";
    public string Replace { get; set; } = "";
    public string Message { get; set; } = "";

    /// <summary>Matches that are right as they are (the stop list: "assez", "chez" end in -ez and are no verbs), in either case.</summary>
    public List<string> UnlessMatch { get; set; } = [];

    /// <summary>Words that, among the `before_window` words before the match, mean the text is right ("vous restez").</summary>
    public List<string> UnlessBefore { get; set; } = [];
    public int BeforeWindow { get; set; } = 3;

    /// <summary>True: a match inside a quotation is what was said and is left alone.</summary>
    public bool OutsideQuotes { get; set; }

    /// <summary>The name of a `word_lists` list: the replacement is proposed only when it is a word of that list; otherwise the finding has no fix.</summary>
    public string? KnownIn { get; set; }
}

/// <summary>The data of the typography rules (typography.yaml documents each list).</summary>
public sealed class TypographyEntry
{
    /// <summary>Abbreviations ending in a period that may stand before a capital ("Dr.", "St."): no space is inserted after them.</summary>
    public List<string> Abbreviations { get; set; } = [];

    /// <summary>Unit symbols that take a no-break space after a number, glued or spaced ("%", "€").</summary>
    public List<string> UnitSymbols { get; set; } = [];

    /// <summary>Unit words that take a no-break space after a number when spaced ("km", "kg").</summary>
    public List<string> UnitWords { get; set; } = [];

    /// <summary>The dash a spaced hyphen used as an incise becomes: "–" (en dash, default) or "—".</summary>
    public string? InciseDash { get; set; }

    /// <summary>First parts of compounds that a spaced hyphen must not turn into a dash ("franco - allemand").</summary>
    public List<string> CompoundPrefixes { get; set; } = [];

    /// <summary>Words French doubles on purpose ("nous nous", "vous vous"): not reported as doubled.</summary>
    public List<string> DoubledWords { get; set; } = [];

    /// <summary>Lower-case words after which a sentence-initial "A" is the preposition "À" (NC220).</summary>
    public List<string> AGraveBefore { get; set; } = [];

    /// <summary>Verbs of saying that open an incise after a quotation (NC222).</summary>
    public List<string> SpeechVerbs { get; set; } = [];

    /// <summary>Auxiliaries before a participle of saying (NC222).</summary>
    public List<string> SpeechAuxiliaries { get; set; } = [];

    /// <summary>Namespaces written before a glued colon ("Wikipédia:Accueil"): no space is inserted (NC204).</summary>
    public List<string> ColonNamespaces { get; set; } = [];
}

/// <summary>
/// A named group of accepted spellings ("Iraq", "iraquien"), with why they are right and sentences using them
/// (a test checks the spelling rule accepts every listed word in its examples).
/// </summary>
public sealed class WordListEntry
{
    public string Name { get; set; } = "";
    public string? Reason { get; set; }
    public List<string> Words { get; set; } = [];
    public ExamplesEntry Examples { get; set; } = new();
}
