using NatoCorpus.Rules.Structure;
using NatoCorpus.Rules.Typography;
using NatoCorpus.Rules.Wording;

namespace NatoCorpus.Rules;

/// <summary>Every rule, in the order their fixes win when two touch the same text.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<IRule> All { get; } =
    [
        new LineEndings(),
        new EncodingRepair(),
        new MissingTitle(),
        new MissingDate(),
        new HeaderBlockRule(),
        new SocialEmbed(),
        new ForeignCaption(),
        new PageFurniture(),
        new DuplicateText(),
        new DoubtfulRecognition(),
        new DoubtfulTitle(),
        new WordSubstitution(),
        new DoubtfulGrammar(),
        new DoubledWord(),
        new UnknownWord(),
        new InvisibleCharacters(),
        new UnicodeNormalization(),
        new EmptyGuillemets(),
        new StraightApostrophe(),
        new FrenchQuotes(),
        new GuillemetSpacing(),
        new SpaceBeforePunctuation(),
        new NumberGrouping(),
        new SentenceSpacing(),
        new UnitSpacing(),
        new BracketSpacing(),
        new Ellipsis(),
        new InciseDash(),
        new OrdinalSuffix(),
        new CapitalAGrave(),
        new LineEndHyphen(),
        new QuotationIncise(),
        new RepeatedSpaces(),
        new ParagraphBreaks(),
        new EdgeWhitespace(),
        new UnbalancedGuillemets(),
        new MarkdownEscape(),
    ];

    /// <summary>Every descriptor a diagnostic can carry: the rules plus the internal checks.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [.. All.Select(rule => rule.Descriptor), .. InternalChecks.All];

    /// <summary>The rule's documentation page (docs/rules/ID.md, shipped inside the library).</summary>
    public static string? Documentation(RuleDescriptor rule)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream($"NatoCorpus.Docs.{rule.Id}.md");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    public static IRule? Find(string idOrName) =>
        All.FirstOrDefault(rule => string.Equals(rule.Descriptor.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(rule.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Any descriptor, rule or internal check, by id or name.</summary>
    public static RuleDescriptor? FindDescriptor(string idOrName) =>
        Descriptors.FirstOrDefault(rule => string.Equals(rule.Id, idOrName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(rule.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
