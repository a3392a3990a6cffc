using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace NatoCorpus.Knowledge;

public sealed record HeaderShape(string Name, string TimeZone, IReadOnlyList<Regex> Lines);

public sealed record BannerPattern(string Name, Regex Pattern);

public sealed record Substitution(
    Regex Match, string Replace, string Message, FrozenSet<string> UnlessNear, FrozenSet<string> Near, int Window);

public sealed record Suggestion(string Name, Regex? Within, Regex Pattern, string Replace, string Message);

/// <summary>
/// Everything the rules know that is data, not logic: loaded once from the shipped YAML files plus any corpus
/// data files, compiled, then shared read-only by every document and thread.
/// </summary>
public sealed class CorpusKnowledge
{
    /// <summary>Every regex from data runs with a timeout, so a bad pattern cannot hang a run.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly string[] ShippedFiles = ["calendar.yaml", "headers.yaml", "embeds.yaml", "languages.yaml", "wording.yaml"];

    private CorpusKnowledge(IReadOnlyList<(string Path, CorpusDataFile File)> files)
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weekdays = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var shapes = new List<HeaderShape>();
        var banners = new List<BannerPattern>();
        var languages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var substitutions = new List<Substitution>();
        var suggestions = new List<Suggestion>();
        string? tweetSignature = null;
        string? tweetUrl = null;
        var symbolRatio = 0.5;
        var bannerMaxLength = 200;
        var tweetMaxLineLength = 700;
        var htmlFurniture = new List<string>();
        var htmlTweets = new List<string>();

        foreach (var (path, file) in files)
        {
            foreach (var month in file.Months)
            {
                foreach (var name in month.Names)
                {
                    months[name.TrimEnd('.')] = month.Number;
                }
            }
            foreach (var day in file.Weekdays)
            {
                foreach (var name in day.Names)
                {
                    weekdays[name] = day.Number;
                }
            }
            foreach (var shape in file.Shapes)
            {
                shapes.Add(new HeaderShape(shape.Name, shape.TimeZone, shape.Lines.Select(line => Compile(line, path)).ToArray()));
            }
            if (file.Tweet is { } tweet)
            {
                tweetSignature = tweet.Signature;
                tweetUrl = tweet.Url;
                tweetMaxLineLength = tweet.MaxLineLength;
            }
            if (file.Html is { } html)
            {
                htmlFurniture.AddRange(html.Furniture);
                htmlTweets.AddRange(html.Tweets);
            }
            banners.AddRange(file.Banners.Select(banner => new BannerPattern(banner.Name, Compile(banner.Pattern, path))));
            symbolRatio = file.SymbolRatio ?? symbolRatio;
            bannerMaxLength = file.BannerMaxLength ?? bannerMaxLength;
            foreach (var (language, words) in file.Languages)
            {
                if (!languages.TryGetValue(language, out var set))
                {
                    languages[language] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }
                set.UnionWith(words);
            }
            substitutions.AddRange(file.Substitutions.Select(entry => new Substitution(
                CompileLiteralPhrase(entry.Match),
                entry.Replace,
                entry.Message ?? $"\"{entry.Match}\" should be \"{entry.Replace}\"",
                entry.UnlessNear.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                entry.Near.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                entry.Window)));
            suggestions.AddRange(file.Suggestions.Select(entry =>
                new Suggestion(entry.Name, entry.Within is null ? null : Compile(entry.Within, path), Compile(entry.Pattern, path), entry.Replace, entry.Message)));
        }

        Months = months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Weekdays = weekdays.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        HeaderShapes = shapes;
        Banners = banners;
        TweetSignature = Compile(tweetSignature ?? "(?!)", "embeds");
        TweetUrl = Compile(tweetUrl ?? "(?!)", "embeds");
        SymbolRatio = symbolRatio;
        BannerMaxLength = bannerMaxLength;
        HtmlFurniture = htmlFurniture;
        HtmlTweets = htmlTweets;
        TweetMaxLineLength = tweetMaxLineLength;
        FunctionWords = languages.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        FunctionWordLookups = FunctionWords.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => (pair.Key, pair.Value.GetAlternateLookup<ReadOnlySpan<char>>()))
            .ToArray();
        Substitutions = substitutions;
        Suggestions = suggestions;
    }

    public FrozenDictionary<string, int> Months { get; }
    public FrozenDictionary<string, int> Weekdays { get; }
    public IReadOnlyList<HeaderShape> HeaderShapes { get; }
    public IReadOnlyList<BannerPattern> Banners { get; }
    public Regex TweetSignature { get; }
    public Regex TweetUrl { get; }
    public double SymbolRatio { get; }

    /// <summary>CSS selectors of page furniture an HTML input loses before its text is read.</summary>
    public IReadOnlyList<string> HtmlFurniture { get; }

    /// <summary>CSS selectors of embedded tweets in an HTML input.</summary>
    public IReadOnlyList<string> HtmlTweets { get; }

    /// <summary>Lines longer than this are article text, never a banner.</summary>
    public int BannerMaxLength { get; }

    /// <summary>Lines longer than this are article text, never a tweet's signature line.</summary>
    public int TweetMaxLineLength { get; }
    public FrozenDictionary<string, FrozenSet<string>> FunctionWords { get; }

    /// <summary>The function words of each language, looked up by span so guessing a language allocates nothing.</summary>
    public IReadOnlyList<(string Language, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)> FunctionWordLookups { get; }
    public IReadOnlyList<Substitution> Substitutions { get; }
    public IReadOnlyList<Suggestion> Suggestions { get; }

    /// <summary>The shipped data only.</summary>
    public static CorpusKnowledge Default => LazyDefault.Value;

    private static readonly Lazy<CorpusKnowledge> LazyDefault = new(() => Load([]));

    /// <summary>The shipped data, extended by the corpus data files at <paramref name="extraFiles"/> (in order).</summary>
    public static CorpusKnowledge Load(IEnumerable<string> extraFiles)
    {
        var files = new List<(string, CorpusDataFile)>();
        var assembly = typeof(CorpusKnowledge).Assembly;
        foreach (var name in ShippedFiles)
        {
            files.Add(($"(shipped) {name}", StrictYaml.Read<CorpusDataFile>(ReadResource(assembly, $"NatoCorpus.Data.{name}"), name)));
        }
        foreach (var path in extraFiles)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException exception)
            {
                throw new DataFileException(path, 1, 1, exception.Message);
            }
            files.Add((path, StrictYaml.Read<CorpusDataFile>(text, path)));
        }
        return new CorpusKnowledge(files);
    }

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Regex Compile(string pattern, string path)
    {
        try
        {
            // Compiled: these run on every line of every text; compiling them costs a few milliseconds once.
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new DataFileException(path, 1, 1, $"bad regular expression '{pattern}': {exception.Message}");
        }
    }

    /// <summary>A literal word or phrase on word boundaries; its first letter matches either case; spaces match any run of spaces.</summary>
    private static Regex CompileLiteralPhrase(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape).ToArray();
        var first = words[0];
        var head = char.IsLetter(first[0])
            ? $"[{char.ToUpperInvariant(first[0])}{char.ToLowerInvariant(first[0])}]{first[1..]}"
            : first;
        words[0] = head;
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[ \u00A0\u202F]+", words)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);
    }
}
