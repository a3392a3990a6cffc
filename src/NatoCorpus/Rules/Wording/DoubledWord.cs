using System.Text.RegularExpressions;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC303: the same word twice in a row ("que que", "le le") is usually a slip; suggested, never applied. French
/// doubles some words on purpose (reflexive "nous nous", "vous vous"; emphatic "très très": `doubled_words` in
/// typography.yaml), and names may repeat ("Bora Bora", "de De Gaulle"): a capitalized second word is left.
/// </summary>
public sealed partial class DoubledWord : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC303", "doubled-word", "The same word twice in a row", RuleCategory.Wording, Severity.Warning, FixAvailability.Always, FixApplicability.Suggestion);

    public void Check(RuleContext context)
    {
        var allowed = context.Knowledge.Typography.DoubledWords;
        foreach (var block in context.Document.FrenchProse)
        {
            var slice = context.TextOf(block);
            if (!MayHoldDoubledWord(slice))
            {
                continue;
            }
            foreach (Match match in Doubled().Matches(slice))
            {
                var word = match.Groups["word"].Value;
                var second = match.Groups["second"];
                if (allowed.Contains(word) || char.IsUpper(second.Value[0]))
                {
                    continue;
                }
                context.ReportEdit(Descriptor, new TextSpan(block.Span.Start + match.Index, match.Length), $"\"{match.Value}\": the same word twice in a row", word,
                    $"perhaps \"{word}\"", FixApplicability.Suggestion);
            }
        }
    }

    /// <summary>
    /// False when <see cref="Doubled"/> cannot match: it needs two whole runs of letters of the same length separated
    /// only by spaces, whose letters are the same up to case. The pattern tries every letter of a paragraph; this scan
    /// reads each character once. Letters outside ASCII that differ count as possibly equal (the regex's case
    /// equivalences go beyond upper and lower case there), so the scan never misses what the regex finds.
    /// </summary>
    private static bool MayHoldDoubledWord(ReadOnlySpan<char> text)
    {
        int previousStart = -1, previousLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (previousStart >= 0 && i - start == previousLength && OnlySpaces(text[(previousStart + previousLength)..start])
                && SameUpToCase(text.Slice(previousStart, previousLength), text[start..i]))
            {
                return true;
            }
            (previousStart, previousLength) = (start, i - start);
        }
        return false;
    }

    private static bool OnlySpaces(ReadOnlySpan<char> between) => between.Length > 0 && !between.ContainsAnyExcept(" \u00A0\u202F");

    private static bool SameUpToCase(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        for (var i = 0; i < first.Length; i++)
        {
            var (a, b) = (first[i], second[i]);
            if (a != b && char.IsAscii(a) && char.IsAscii(b) && char.ToLowerInvariant(a) != char.ToLowerInvariant(b))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}’'\-])(?<word>\p{L}+)(?<sep>[ \u00A0\u202F]+)(?<second>\k<word>)(?![\p{L}\p{N}’'\-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Doubled();
}
