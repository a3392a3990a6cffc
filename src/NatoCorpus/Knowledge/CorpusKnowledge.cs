using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge.Spelling;

namespace NatoCorpus.Knowledge;

public sealed record HeaderShape(string Name, string TimeZone, IReadOnlyList<Regex> Lines);

public sealed record BannerPattern(string Name, Regex Pattern);

/// <summary>How sure a substitution's context makes its fix.</summary>
public enum SubstitutionCertainty
{
    /// <summary>No context needed, or a `near` word (or the text's own wording) confirms it: safe.</summary>
    Sure,

    /// <summary>Neither `near` nor `unless_near` words: unsafe (applied only with `unsafe_fixes: true`).</summary>
    Unclear,

    /// <summary>Both `near` and `unless_near` words: only suggested, never applied.</summary>
    Contested,
}

/// <summary>One place a substitution fires: the match, its replacement (case kept) and how sure the context is.</summary>
public sealed record SubstitutionHit(Match Match, string Replacement, SubstitutionCertainty Certainty);

public sealed record Substitution(
    Regex Match, string Replace, string Message, FrozenSet<string> UnlessNear, FrozenSet<string> Near, int Window)
{
    public string Name { get; init; } = "";

    /// <summary>Inflected forms and their replacements, keyed by the form with spaces collapsed and lower-case first letter.</summary>
    public FrozenDictionary<string, string> Forms { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Words that, just before the match, mean the text is right (see <see cref="SubstitutionEntry.UnlessBefore"/>).</summary>
    public FrozenSet<string> UnlessBefore { get; init; } = FrozenSet<string>.Empty;
    public int BeforeWindow { get; init; } = 3;

    /// <summary>
    /// Where this substitution fires in <paramref name="text"/>, with what and how sure: the one definition the rule
    /// (NC301) and the load-time check of the entry's examples share. <paramref name="attested"/> tells whether the
    /// text's own wording elsewhere holds a phrase ("coopération militaire" in the body makes the title's fix sure).
    /// </summary>
    public IEnumerable<SubstitutionHit> FindIn(string text, Func<string, bool>? attested = null)
    {
        // The context is read composed (NFC): a decomposed "pre\u0301sence" is two words to the word reader, and
        // the fix would be unsure on the raw text but sure on the normalized one, which normalize then changes again.
        var decomposed = Text.Nfc.MayNeedComposing(text);
        foreach (Match match in Match.Matches(text))
        {
            // A word quoted alone is cited, not used: "on écrit « malgré » et non « malgrés »" is right.
            if (Text.Quotations.IsWholeContentOfPair(text, match.Index, match.Index + match.Length))
            {
                continue;
            }
            List<string> before, after;
            if (decomposed)
            {
                var head = Text.Nfc.Compose(text[..match.Index]);
                before = Text.Words.Before(head, head.Length, Math.Max(Window, BeforeWindow));
                after = Text.Words.After(Text.Nfc.Compose(text[(match.Index + match.Length)..]), 0, Window);
            }
            else
            {
                before = Text.Words.Before(text, match.Index, Math.Max(Window, BeforeWindow));
                after = Text.Words.After(text, match.Index + match.Length, Window);
            }
            if (before.TakeLast(BeforeWindow).Any(UnlessBefore.Contains))
            {
                continue;
            }
            var neighbours = before.TakeLast(Window).Concat(after).ToList();
            var replacement = KeepInitialCase(match.Value, ReplacementFor(match.Value));
            var contested = neighbours.Any(UnlessNear.Contains);
            var confirmed = Near.Count == 0 || neighbours.Any(Near.Contains);
            if (contested)
            {
                // Both kinds of context: a person decides. Without a `near` word the text is right: nothing is said.
                if (confirmed && Near.Count > 0)
                {
                    yield return new SubstitutionHit(match, replacement, SubstitutionCertainty.Contested);
                }
                continue;
            }
            if (!confirmed && attested is not null && IsAttested(before, after, replacement, attested))
            {
                confirmed = true;
            }
            yield return new SubstitutionHit(match, replacement, confirmed ? SubstitutionCertainty.Sure : SubstitutionCertainty.Unclear);
        }
    }

    /// <summary>The replacement of one matched form: the entry's own, or an inflected form's.</summary>
    public string ReplacementFor(string found) =>
        Forms.Count == 0 ? Replace : Forms.GetValueOrDefault(FormKey(found), Replace);

    /// <summary>The key forms are found by: spaces collapsed, the typographic apostrophe, first letter lower-case.</summary>
    public static string FormKey(string form)
    {
        var collapsed = string.Join(' ', form.Split([' ', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries)).Replace('\'', '’');
        return collapsed.Length == 0 ? collapsed : char.ToLowerInvariant(collapsed[0]) + collapsed[1..];
    }

    /// <summary>The replacement with the first letter in the case the text had ("Pas questions" / "pas questions").</summary>
    public static string KeepInitialCase(string found, string replacement) =>
        replacement.Length == 0 ? replacement
            : (char.IsUpper(found[0]) ? char.ToUpperInvariant(replacement[0]) : char.ToLowerInvariant(replacement[0])) + replacement[1..];

    /// <summary>The corrected word with its neighbour on either side, as the rest of the text may spell it.</summary>
    private static bool IsAttested(List<string> before, List<string> after, string replacement, Func<string, bool> attested) =>
        (before.Count > 0 && attested($"{before[^1]} {replacement}")) || (after.Count > 0 && attested($"{replacement} {after[0]}"));
}

public sealed record Suggestion(string Name, Regex? Within, Regex Pattern, string Replace, string Message)
{
    /// <summary>Matches that are right as they are (the stop list), compared ignoring case.</summary>
    public FrozenSet<string> UnlessMatch { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Words that, among the <see cref="BeforeWindow"/> words before the match, mean the text is right.</summary>
    public FrozenSet<string> UnlessBefore { get; init; } = FrozenSet<string>.Empty;
    public int BeforeWindow { get; init; } = 3;

    /// <summary>
    /// True: a match inside a quotation opened within its scope is left alone (a quoted imperative is what was said).
    /// A quotation that holds the whole scope (a quoted question and its alternative) is read as any text.
    /// </summary>
    public bool OutsideQuotes { get; init; }

    /// <summary>When set, a replacement is proposed only if it is one of these words; otherwise the finding has no fix.</summary>
    public FrozenSet<string>? Known { get; init; }

    /// <summary>Where this suggestion fires in <paramref name="text"/> (inside its `within` scopes, if any), with its replacement or null.</summary>
    public IEnumerable<(Match Match, string? Replacement)> FindIn(string text)
    {
        var scopes = Within is null ? [(0, text.Length)] : Within.Matches(text).Select(match => (match.Index, match.Length)).ToList();
        foreach (var (start, length) in scopes)
        {
            foreach (Match match in Pattern.Matches(text[..(start + length)], start))
            {
                if (UnlessMatch.Contains(match.Value)
                    || (UnlessBefore.Count > 0 && Text.Words.Before(text, match.Index, BeforeWindow).Any(UnlessBefore.Contains))
                    || (OutsideQuotes && Text.Quotations.IsInside(text, match.Index, start))
                    || Text.Quotations.IsWholeContentOfPair(text, match.Index, match.Index + match.Length))
                {
                    continue;
                }
                var replacement = match.Result(Replace);
                yield return (match, Known is null || Known.Contains(replacement.Trim()) ? replacement : null);
            }
        }
    }
}

/// <summary>A named recognition pattern from a data file (furniture, byline, credit, stamp line).</summary>
public sealed record NamedPattern(string Name, AdaptiveRegex Pattern)
{
    /// <summary>The article is over after such a line (a comment thread starts): what follows is furniture.</summary>
    public bool EndsArticle { get; init; }

    /// <summary>Lines longer than this are not matched (null: the recognizer's own limit).</summary>
    public int? MaxChars { get; init; }
}

/// <summary>What the typography rules know, from typography.yaml (see <see cref="TypographyEntry"/>).</summary>
public sealed record TypographyKnowledge(
    FrozenSet<string> Abbreviations, IReadOnlyList<string> UnitSymbols, FrozenSet<string> UnitWords, string InciseDash,
    FrozenSet<string> CompoundPrefixes, FrozenSet<string> DoubledWords)
{
    /// <summary>NC220: lower-case words after which a sentence-initial "A" is the preposition "À" ("A partir de").</summary>
    public FrozenSet<string> AGraveBefore { get; init; } = FrozenSet<string>.Empty;

    /// <summary>NC222: verbs of saying that open an incise after a quotation ("» a indiqué", "» précise-t-il").</summary>
    public FrozenSet<string> SpeechVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>NC222: auxiliaries before a participle of <see cref="SpeechVerbs"/> ("a", "ont").</summary>
    public FrozenSet<string> SpeechAuxiliaries { get; init; } = FrozenSet<string>.Empty;

    /// <summary>NC204: words before a glued colon that are a namespace, not a speaker ("Wikipédia:Accueil").</summary>
    public FrozenSet<string> ColonNamespaces { get; init; } = FrozenSet<string>.Empty;
}

/// <summary>The thresholds of the content classifier, from classifier.yaml.</summary>
public sealed record ClassifierSettings(
    int ShortChars, int LongChars, double GoodStopwordShare, int SentenceWords, double SentenceStopwordShare,
    double BadStopwordShare, double UiShare, int UiMaxWords, double DoubtBelow, int TitleSearchLines, int TitleMaxChars,
    int DuplicateMinWords, double DuplicateSimilarity, int TitleLabelMaxChars, int TitleMinWords, int TitleLabelDistance, int TitleShortLabelWords,
    FrozenSet<string> WrapWords, FrozenSet<string> SalutationWords, int SalutationMaxWords, int PullQuoteMinWords, int WrappedParagraphLines);

/// <summary>
/// Everything the rules know that is data, not logic: loaded once from the shipped YAML files plus any corpus
/// data files, compiled, then shared read-only by every document and thread.
/// </summary>
public sealed class CorpusKnowledge
{
    /// <summary>Every regex from data runs with a timeout, so a bad pattern cannot hang a run.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The timeout of compiled patterns, which have no second try (<see cref="AdaptiveRegex"/> retries with five times
    /// <see cref="RegexTimeout"/>): wall-clock time passes one second on an ordinary line on a machine busy with other
    /// work, and a busy machine must not change what a text gives.
    /// </summary>
    public static readonly TimeSpan CompiledRegexTimeout = RegexTimeout * 5;

    private static readonly string[] ShippedFiles =
    [
        "calendar.yaml", "headers.yaml", "embeds.yaml", "languages.yaml", "wording.yaml",
        "furniture.yaml", "bylines.yaml", "credits.yaml", "stamps.yaml", "classifier.yaml", "typography.yaml", "spelling.yaml",
    ];

    private CorpusKnowledge(IReadOnlyList<(string Path, CorpusDataFile File)> files, Lexicon lexicon)
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
        var furnitureWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var furniture = new List<NamedPattern>();
        var furnitureSuffixes = new List<NamedPattern>();
        var furniturePrefixes = new List<NamedPattern>();
        var bylines = new List<NamedPattern>();
        var credits = new List<NamedPattern>();
        var stampLines = new List<NamedPattern>();
        var agencies = new List<string>();
        var stampWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nameConnectors = new HashSet<string>(StringComparer.Ordinal);
        var authorWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var authorRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var genreWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stampRoles = new List<(string Phrase, string Role)>();
        var recurring = new Dictionary<string, int>(StringComparer.Ordinal);
        string? creditSuffix = null;
        string? mediaLabel = null;
        var classifier = new ClassifierEntry();
        var wordLists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pendingSuggestions = new List<(SuggestionEntry Entry, string Path)>();
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        var unitSymbols = new HashSet<string>(StringComparer.Ordinal);
        var unitWords = new HashSet<string>(StringComparer.Ordinal);
        var compoundPrefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var doubledWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var aGraveBefore = new HashSet<string>(StringComparer.Ordinal);
        var speechVerbs = new HashSet<string>(StringComparer.Ordinal);
        var speechAuxiliaries = new HashSet<string>(StringComparer.Ordinal);
        var colonNamespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inciseDash = "–";
        var acceptedWords = new HashSet<string>(StringComparer.Ordinal);
        var acceptLists = new List<WordListEntry>();

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
            substitutions.AddRange(file.Substitutions.Select(entry => Checked(new Substitution(
                CompileLiteralPhrases([entry.Match, .. entry.Forms.Keys]),
                entry.Replace,
                entry.Message ?? $"\"{entry.Match}\" should be \"{entry.Replace}\"",
                entry.UnlessNear.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                entry.Near.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                entry.Window)
            {
                Name = entry.Name ?? entry.Match,
                Forms = entry.Forms.ToFrozenDictionary(pair => Substitution.FormKey(pair.Key), pair => pair.Value, StringComparer.Ordinal),
                UnlessBefore = entry.UnlessBefore.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                BeforeWindow = entry.BeforeWindow,
            }, entry.Examples, path)));
            foreach (var words in file.FurnitureWords.Values)
            {
                furnitureWords.UnionWith(words);
            }
            furniture.AddRange(file.Furniture.Select(entry => CompileChecked(entry, "furniture", path)));
            furnitureSuffixes.AddRange(file.FurnitureSuffixes.Select(entry => CompileChecked(entry, "furniture_suffixes", path)));
            furniturePrefixes.AddRange(file.FurniturePrefixes.Select(entry => CompileChecked(entry, "furniture_prefixes", path)));
            bylines.AddRange(file.Bylines.Select(entry => CompileChecked(entry, "bylines", path)));
            credits.AddRange(file.Credits.Select(entry => CompileChecked(entry, "credits", path)));
            stampLines.AddRange(file.StampLines.Select(entry => CompileChecked(entry, "stamp_lines", path)));
            agencies.AddRange(file.Agencies);
            nameConnectors.UnionWith(file.NameConnectors);
            authorWords.UnionWith(file.AuthorWords);
            authorRoles.UnionWith(file.AuthorRoles);
            genreWords.UnionWith(file.GenreWords);
            foreach (var word in file.StampWords)
            {
                stampWords.UnionWith(word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            foreach (var (role, phrases) in file.StampRoles)
            {
                stampRoles.AddRange(phrases.Select(phrase => (phrase, role)));
            }
            foreach (var entry in file.RecurringLines)
            {
                recurring[RecurringKey(entry.Line)] = entry.Texts;
            }
            if (file.CreditSuffix is { } suffix)
            {
                creditSuffix = suffix;
                var entry = new PatternEntry { Name = "credit_suffix", Pattern = suffix, Examples = file.CreditSuffixExamples ?? new ExamplesEntry() };
                CompileChecked(entry, "credit_suffix", path);
            }
            if (file.MediaLabel is { } label)
            {
                mediaLabel = CompileChecked(new PatternEntry { Name = "media_label", Pattern = label, Examples = file.MediaLabelExamples ?? new ExamplesEntry() }, "media_label", path).Pattern.ToString();
            }
            foreach (var entry in file.Words)
            {
                if (entry.Name.Length == 0 || entry.Words.Count == 0)
                {
                    throw new DataFileException(path, 1, 1, $"words: an entry {(entry.Name.Length == 0 ? "has no name" : $"'{entry.Name}' lists no word")}");
                }
                foreach (var example in entry.Examples.Match.Where(example => !entry.Words.Any(word => example.Contains(word, StringComparison.Ordinal))))
                {
                    throw new DataFileException(path, 1, 1, $"words '{entry.Name}': example '{example}' uses none of its words");
                }
                acceptedWords.UnionWith(entry.Words.Select(word => Text.Nfc.Compose(word).Replace('’', '\'')));
                acceptLists.Add(entry);
            }
            if (file.Classifier is { } settings)
            {
                classifier = Merge(classifier, settings);
            }
            foreach (var (name, words) in file.WordLists)
            {
                if (!wordLists.TryGetValue(name, out var set))
                {
                    wordLists[name] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }
                set.UnionWith(words);
            }
            pendingSuggestions.AddRange(file.Suggestions.Select(entry => (entry, path)));
            if (file.Typography is { } typography)
            {
                abbreviations.UnionWith(typography.Abbreviations);
                unitSymbols.UnionWith(typography.UnitSymbols);
                unitWords.UnionWith(typography.UnitWords);
                compoundPrefixes.UnionWith(typography.CompoundPrefixes);
                doubledWords.UnionWith(typography.DoubledWords);
                aGraveBefore.UnionWith(typography.AGraveBefore);
                speechVerbs.UnionWith(typography.SpeechVerbs);
                speechAuxiliaries.UnionWith(typography.SpeechAuxiliaries);
                colonNamespaces.UnionWith(typography.ColonNamespaces);
                inciseDash = typography.InciseDash ?? inciseDash;
            }
        }

        // Suggestions are built once every file is read: `known_in` may name a word list of a later file.
        foreach (var (entry, path) in pendingSuggestions)
        {
            FrozenSet<string>? known = null;
            if (entry.KnownIn is { } listName)
            {
                known = wordLists.TryGetValue(listName, out var list)
                    ? list.ToFrozenSet(StringComparer.OrdinalIgnoreCase)
                    : throw new DataFileException(path, 1, 1, $"suggestions '{entry.Name}': known_in names no word list '{listName}'");
            }
            suggestions.Add(Checked(
                new Suggestion(entry.Name, entry.Within is null ? null : Compile(entry.Within, path), Compile(entry.Pattern, path), entry.Replace, entry.Message)
                {
                    UnlessMatch = entry.UnlessMatch.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                    UnlessBefore = entry.UnlessBefore.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
                    BeforeWindow = entry.BeforeWindow,
                    OutsideQuotes = entry.OutsideQuotes,
                    Known = known,
                },
                entry.Examples, path));
        }
        if (inciseDash is not ("–" or "—"))
        {
            throw new DataFileException("typography", 1, 1, $"incise_dash must be \"–\" (en dash) or \"—\" (em dash), not \"{inciseDash}\"");
        }
        Typography = new TypographyKnowledge(
            abbreviations.ToFrozenSet(StringComparer.Ordinal), unitSymbols.OrderByDescending(unit => unit.Length).ThenBy(unit => unit, StringComparer.Ordinal).ToArray(),
            unitWords.ToFrozenSet(StringComparer.Ordinal), inciseDash, compoundPrefixes.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            doubledWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase))
        {
            AGraveBefore = aGraveBefore.ToFrozenSet(StringComparer.Ordinal),
            SpeechVerbs = speechVerbs.ToFrozenSet(StringComparer.Ordinal),
            SpeechAuxiliaries = speechAuxiliaries.ToFrozenSet(StringComparer.Ordinal),
            ColonNamespaces = colonNamespaces.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        };

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
        FurnitureWords = furnitureWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FurnitureWordLookup = FurnitureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Furniture = furniture;
        FurnitureSet = new PatternSet(furniture);
        BylineSet = new PatternSet(bylines);
        CreditSet = new PatternSet(credits);
        FurnitureSuffixes = furnitureSuffixes;
        FurniturePrefixes = furniturePrefixes;
        Bylines = bylines;
        Credits = credits;
        StampLines = stampLines;
        Agencies = agencies;
        // One alternation, longest names first, so "Keystone-ATS" is taken before "ATS".
        AgencyPattern = new AdaptiveRegex(
            agencies.Count == 0 ? "(?!)" : $@"(?<![\p{{L}}])(?:{string.Join("|", agencies.Distinct(StringComparer.Ordinal).OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).Select(Regex.Escape))})(?![\p{{L}}])",
            RegexOptions.CultureInvariant, RegexTimeout);
        StampWords = stampWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NameConnectors = nameConnectors.ToFrozenSet(StringComparer.Ordinal);
        AuthorWords = authorWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        AuthorRoles = authorRoles.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        GenreWords = genreWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        // Longest phrases first, so "dernière mise à jour" is found before "mise à jour".
        StampRoles = stampRoles.OrderByDescending(pair => pair.Phrase.Length).ThenBy(pair => pair.Phrase, StringComparer.Ordinal).ToArray();
        RecurringLines = recurring.ToFrozenDictionary(StringComparer.Ordinal);
        MediaLabel = new AdaptiveRegex(mediaLabel ?? "(?!)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);
        CreditSuffix = new AdaptiveRegex(creditSuffix ?? "(?!)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);
        AcceptLists = acceptLists;
        // The dictionary itself is read on the first word checked, never here: loading knowledge stays cheap.
        Lexicon = lexicon;
        Speller = new Speller(acceptedWords.ToFrozenSet(StringComparer.Ordinal), () => lexicon.French,
            FunctionWords.TryGetValue("fr", out var french) ? french.Where(word => word.Length > 1).ToFrozenSet(StringComparer.Ordinal) : null);
        Classifier = new ClassifierSettings(
            classifier.ShortChars ?? 40, classifier.LongChars ?? 140, classifier.GoodStopwordShare ?? 0.22, classifier.SentenceWords ?? 7,
            classifier.SentenceStopwordShare ?? 0.2, classifier.BadStopwordShare ?? 0.12, classifier.UiShare ?? 0.6, classifier.UiMaxWords ?? 10,
            classifier.DoubtBelow ?? 0.6, classifier.TitleSearchLines ?? 30, classifier.TitleMaxChars ?? 250,
            classifier.DuplicateMinWords ?? 5, classifier.DuplicateSimilarity ?? 0.9,
            classifier.TitleLabelMaxChars ?? 32, classifier.TitleMinWords ?? 5, classifier.TitleLabelDistance ?? 12,
            classifier.TitleShortLabelWords ?? 4,
            (classifier.WrapWords ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            (classifier.SalutationWords ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            classifier.SalutationMaxWords ?? 10, classifier.PullQuoteMinWords ?? 8, classifier.WrappedParagraphLines ?? 6);
    }

    /// <summary>Words of menus, widgets and calls to action, in every language of furniture.yaml.</summary>
    public FrozenSet<string> FurnitureWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureWordLookup { get; }
    public IReadOnlyList<NamedPattern> Furniture { get; }

    /// <summary>The furniture, byline and credit patterns behind one union pattern each (see <see cref="PatternSet"/>).</summary>
    public PatternSet FurnitureSet { get; }
    public PatternSet BylineSet { get; }
    public PatternSet CreditSet { get; }

    /// <summary>Furniture glued at the end of a line of another kind, split off (furniture_suffixes).</summary>
    public IReadOnlyList<NamedPattern> FurnitureSuffixes { get; }

    /// <summary>Labels glued at the start of a line of another kind, split off (furniture_prefixes).</summary>
    public IReadOnlyList<NamedPattern> FurniturePrefixes { get; }
    public IReadOnlyList<NamedPattern> Bylines { get; }
    public IReadOnlyList<NamedPattern> Credits { get; }
    public IReadOnlyList<NamedPattern> StampLines { get; }

    /// <summary>Press agencies and photo agencies (credits.yaml): a stamp or byline may name one.</summary>
    public IReadOnlyList<string> Agencies { get; }

    /// <summary>Any agency of <see cref="Agencies"/> as a whole word.</summary>
    public AdaptiveRegex AgencyPattern { get; }
    public FrozenSet<string> StampWords { get; }

    /// <summary>Lower-case words that join names in a byline ("Boursorama avec AFP", "Marie Dupont et Paul Martin").</summary>
    public FrozenSet<string> NameConnectors { get; }

    /// <summary>Words that stand for an author in a byline with a date ("13 mars 2025 | webmaster kapitalis").</summary>
    public FrozenSet<string> AuthorWords { get; }

    /// <summary>First words of an author's description under the name ("Directeur adjoint de…", "Chercheuse au…").</summary>
    public FrozenSet<string> AuthorRoles { get; }

    /// <summary>First words of a line that says what a text is ("Intervention de Marie Dupont"): not a person's name.</summary>
    public FrozenSet<string> GenreWords { get; }
    public IReadOnlyList<(string Phrase, string Role)> StampRoles { get; }
    public AdaptiveRegex CreditSuffix { get; }

    /// <summary>Bracketed labels at the end of a title or caption that are not credits ("[VIDÉO]", "(PHOTOS)").</summary>
    public AdaptiveRegex MediaLabel { get; }
    public ClassifierSettings Classifier { get; }

    /// <summary>The spelling checker: the shipped French dictionary (loaded on first use) and the `words:` accept lists.</summary>
    public Speller Speller { get; }

    /// <summary>The holder of the French dictionary the speller reads on its first word (tests count its loads).</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The `words:` entries of every data file, with their examples.</summary>
    public IReadOnlyList<WordListEntry> AcceptLists { get; }

    /// <summary>Lines known to recur across the corpus (key: <see cref="RecurringKey"/>), with in how many texts.</summary>
    public FrozenDictionary<string, int> RecurringLines { get; }

    /// <summary>The form a line is compared in for recurrence: trimmed, inner spaces collapsed.</summary>
    public static string RecurringKey(string line) =>
        string.Join(' ', line.Split([' ', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));

    private static ClassifierEntry Merge(ClassifierEntry into, ClassifierEntry from) => new()
    {
        ShortChars = from.ShortChars ?? into.ShortChars,
        LongChars = from.LongChars ?? into.LongChars,
        GoodStopwordShare = from.GoodStopwordShare ?? into.GoodStopwordShare,
        SentenceWords = from.SentenceWords ?? into.SentenceWords,
        SentenceStopwordShare = from.SentenceStopwordShare ?? into.SentenceStopwordShare,
        BadStopwordShare = from.BadStopwordShare ?? into.BadStopwordShare,
        UiShare = from.UiShare ?? into.UiShare,
        UiMaxWords = from.UiMaxWords ?? into.UiMaxWords,
        DoubtBelow = from.DoubtBelow ?? into.DoubtBelow,
        TitleSearchLines = from.TitleSearchLines ?? into.TitleSearchLines,
        TitleMaxChars = from.TitleMaxChars ?? into.TitleMaxChars,
        DuplicateMinWords = from.DuplicateMinWords ?? into.DuplicateMinWords,
        DuplicateSimilarity = from.DuplicateSimilarity ?? into.DuplicateSimilarity,
        TitleLabelMaxChars = from.TitleLabelMaxChars ?? into.TitleLabelMaxChars,
        TitleMinWords = from.TitleMinWords ?? into.TitleMinWords,
        TitleLabelDistance = from.TitleLabelDistance ?? into.TitleLabelDistance,
        TitleShortLabelWords = from.TitleShortLabelWords ?? into.TitleShortLabelWords,
        WrapWords = from.WrapWords ?? into.WrapWords,
        SalutationWords = from.SalutationWords ?? into.SalutationWords,
        SalutationMaxWords = from.SalutationMaxWords ?? into.SalutationMaxWords,
        PullQuoteMinWords = from.PullQuoteMinWords ?? into.PullQuoteMinWords,
        WrappedParagraphLines = from.WrappedParagraphLines ?? into.WrappedParagraphLines,
    };

    /// <summary>
    /// A substitution's examples, checked when the file loads (as textlint-rule-prh's specs): each `match` sentence
    /// must get a safe fix, each `no_match` sentence none (its context says the text is right, or it is not there).
    /// </summary>
    private static Substitution Checked(Substitution substitution, ExamplesEntry examples, string path)
    {
        foreach (var example in examples.Match.Where(example => !InTime(() => substitution.FindIn(example).Any(found => found.Certainty == SubstitutionCertainty.Sure), path, $"substitutions '{substitution.Name}'", example)))
        {
            throw new DataFileException(path, 1, 1, $"substitutions '{substitution.Name}': example '{example}' should be fixed but is not");
        }
        foreach (var example in examples.NoMatch.Where(example => InTime(() => substitution.FindIn(example).Any(), path, $"substitutions '{substitution.Name}'", example)))
        {
            throw new DataFileException(path, 1, 1, $"substitutions '{substitution.Name}': example '{example}' should not be reported but is");
        }
        return substitution;
    }

    /// <summary>
    /// An example's check; a pattern that runs out of time on its own example would on text too, so it is
    /// refused when the file loads (naming the entry), not in the middle of a run.
    /// </summary>
    private static bool InTime(Func<bool> check, string path, string entry, string example)
    {
        try
        {
            return check();
        }
        catch (RegexMatchTimeoutException exception)
        {
            var seconds = exception.MatchTimeout.TotalSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            throw new DataFileException(path, 1, 1, $"{entry}: the pattern ran longer than {seconds} s on example '{example}': simplify it");
        }
    }

    private static Suggestion Checked(Suggestion suggestion, ExamplesEntry examples, string path)
    {
        foreach (var example in examples.Match.Where(example => !InTime(() => suggestion.FindIn(example).Any(), path, $"suggestions '{suggestion.Name}'", example)))
        {
            throw new DataFileException(path, 1, 1, $"suggestions '{suggestion.Name}': example '{example}' should be reported but is not");
        }
        foreach (var example in examples.NoMatch.Where(example => InTime(() => suggestion.FindIn(example).Any(), path, $"suggestions '{suggestion.Name}'", example)))
        {
            throw new DataFileException(path, 1, 1, $"suggestions '{suggestion.Name}': example '{example}' should not be reported but is");
        }
        return suggestion;
    }

    /// <summary>
    /// Compiles a named recognition pattern (case-insensitive, matched on a whole trimmed line) and checks its
    /// examples: a pattern that misses one of its `match` lines or fires on a `no_match` line is refused at load.
    /// </summary>
    private static NamedPattern CompileChecked(PatternEntry entry, string section, string path)
    {
        if (entry.Name.Length == 0)
        {
            throw new DataFileException(path, 1, 1, $"{section}: an entry has no name");
        }
        AdaptiveRegex regex;
        try
        {
            regex = new AdaptiveRegex(entry.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new DataFileException(path, 1, 1, $"{section} '{entry.Name}': bad regular expression: {exception.Message}");
        }
        // Examples are matched as lines are: NFC, with the typographic apostrophe for the straight one.
        static string AsLine(string example) => Text.Nfc.Compose(example.Trim()).Replace('\'', '’');
        bool Matches(string example) => InTime(() => regex.IsMatch(AsLine(example)), path, $"{section} '{entry.Name}'", example);
        foreach (var example in entry.Examples.Match.Where(example => !Matches(example)))
        {
            throw new DataFileException(path, 1, 1, $"{section} '{entry.Name}': example '{example}' should match but does not");
        }
        foreach (var example in entry.Examples.NoMatch.Where(Matches))
        {
            throw new DataFileException(path, 1, 1, $"{section} '{entry.Name}': example '{example}' should not match but does");
        }
        return new NamedPattern(entry.Name, regex) { EndsArticle = entry.EndsArticle, MaxChars = entry.MaxChars };
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

    /// <summary>What the typography rules know (typography.yaml).</summary>
    public TypographyKnowledge Typography { get; }

    /// <summary>The shipped data only.</summary>
    public static CorpusKnowledge Default => LazyDefault.Value;

    private static readonly Lazy<CorpusKnowledge> LazyDefault = new(() => Load([]));

    /// <summary>
    /// The shipped data, extended by the corpus data files at <paramref name="extraFiles"/> (in order) and the
    /// configuration's own accept list <paramref name="words"/> (natocorpus.yaml `words:`, as cspell's); the dictionary
    /// comes from <paramref name="lexicon"/> (default: the process's <see cref="Lexicon.Shared"/>), read on first use.
    /// </summary>
    public static CorpusKnowledge Load(IEnumerable<string> extraFiles, IReadOnlyList<string>? words = null, Lexicon? lexicon = null)
    {
        var files = new List<(string, CorpusDataFile)>();
        var assembly = typeof(CorpusKnowledge).Assembly;
        foreach (var name in ShippedFiles)
        {
            files.Add(($"(shipped) {name}", StrictYaml.Read<CorpusDataFile>(ReadResource(assembly, $"NatoCorpus.Data.{name}"), name, shipped: true)));
        }
        foreach (var path in extraFiles)
        {
            string text;
            try
            {
                text = BoundedFile.ReadAllText(path, BoundedFile.YamlLimit, "data files, like every YAML file, are at most 1 MB");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new DataFileException(path, 1, 1, UnreadableFileException.ReasonOf(exception));
            }
            files.Add((path, StrictYaml.Read<CorpusDataFile>(text, path)));
        }
        if (words is { Count: > 0 })
        {
            var entry = new WordListEntry { Name = "natocorpus.yaml words", Reason = "the corpus's accept list", Words = [.. words] };
            files.Add(("natocorpus.yaml", new CorpusDataFile { Words = [entry] }));
        }
        return new CorpusKnowledge(files, lexicon ?? Lexicon.Shared);
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
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, CompiledRegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw new DataFileException(path, 1, 1, $"bad regular expression '{pattern}': {exception.Message}");
        }
    }

    /// <summary>
    /// Literal words or phrases (an entry and its inflected forms) on word boundaries; the first letter matches either
    /// case; spaces match any run of spaces; an apostrophe matches both ' and ’ ("Pas questions d’").
    /// </summary>
    private static Regex CompileLiteralPhrases(IEnumerable<string> phrases)
    {
        static string One(string phrase)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => Regex.Escape(word.Replace('\'', '’')).Replace("’", "['’]", StringComparison.Ordinal)).ToArray();
            var first = words[0];
            if (char.IsLetter(first[0]))
            {
                words[0] = $"[{char.ToUpperInvariant(first[0])}{char.ToLowerInvariant(first[0])}]{first[1..]}";
            }
            // A phrase ending in an elision ("d’") is followed by its word: no boundary after it.
            var tail = char.IsLetterOrDigit(phrase.TrimEnd()[^1]) ? @"(?![\p{L}\p{N}])" : "";
            return string.Join(@"[ \u00A0\u202F]+", words) + tail;
        }
        // Longest first, so a longer form wins over a shorter one it starts with.
        var alternatives = phrases.Distinct(StringComparer.Ordinal).OrderByDescending(phrase => phrase.Length).ThenBy(phrase => phrase, StringComparer.Ordinal).Select(One);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})", RegexOptions.CultureInvariant | RegexOptions.Compiled, CompiledRegexTimeout);
    }
}
