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
    public string Match { get; set; } = "";
    public string Replace { get; set; } = "";
    public string? Message { get; set; }
    public List<string> UnlessNear { get; set; } = [];
    public List<string> Near { get; set; } = [];
    public int Window { get; set; } = 6;
}

public sealed class SuggestionEntry
{
    public string Name { get; set; } = "";
    public string? Within { get; set; }
    public string Pattern { get; set; } = "";
    public string Replace { get; set; } = "";
    public string Message { get; set; } = "";
}
