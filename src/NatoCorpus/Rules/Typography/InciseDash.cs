using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC218: a hyphen between spaces used as an incise or a break (" - ") is a dash: " – " (the dash is data,
/// `incise_dash` in typography.yaml: en dash by default, or em dash). Never in a range or score ("2014 - 2024",
/// "janvier - mars", "3 - 1"), a compound split by spaces ("franco - allemand", "a - t - il") or a list line.
/// </summary>
public sealed class InciseDash : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC218", "incise-dash", "Write a dash – instead of a spaced hyphen - in an incise", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    /// <summary>Words after a hyphen that make it part of a verb or pronoun compound ("a - t - il", "celui - ci").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "t", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ci", "là", "même", "mêmes", "moi", "toi", "lui", "leur", "y", "en", "le", "la", "les",
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var typography = context.Knowledge.Typography;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start + 1; i + 1 < end; i++)
            {
                if (text[i] != '-' || !LineSpaces.Is(text[i - 1]) || !LineSpaces.Is(text[i + 1]))
                {
                    continue;
                }
                var left = LineSpaces.SkipBack(text, i, start);
                var right = LineSpaces.Skip(text, i + 1, end);
                if (left == start || right >= end || text[left - 1] == '\n' || text[right] == '\n' || IsListLine(text, left, start))
                {
                    continue;
                }
                var before = Words.Before(text, i, 1);
                var after = Words.After(text, i + 1, 1);
                var range = char.IsDigit(text[left - 1]) || char.IsDigit(text[right])
                    || (before.Count == 1 && after.Count == 1 && IsCalendarWord(context, before[0]) && IsCalendarWord(context, after[0]));
                var compound = (before.Count == 1 && char.IsLetter(text[left - 1]) && (typography.CompoundPrefixes.Contains(before[0]) || before[0] is "t" or "T"))
                    || (after.Count == 1 && char.IsLetter(text[right]) && IsParticle(text, right, after[0], end));
                if (range || compound)
                {
                    continue;
                }
                context.ReportEdit(Descriptor, new TextSpan(i, 1), "spaced hyphen used as a dash", typography.InciseDash, $"replace with {typography.InciseDash}");
            }
        }
    }

    private static bool IsCalendarWord(RuleContext context, string word) =>
        context.Knowledge.Months.ContainsKey(word) || context.Knowledge.Weekdays.ContainsKey(word);

    /// <summary>
    /// A pronoun or particle that closes a compound split by spaces ("a - t - il ?", "celui - ci,"): "t", "ci", "là", or a particle
    /// followed by punctuation, a hyphen or the end, not by more of a clause ("- elle aussi -" is an incise).
    /// </summary>
    private static bool IsParticle(string text, int at, string word, int end)
    {
        if (!Particles.Contains(word))
        {
            return false;
        }
        if (word.ToLowerInvariant() is "t" or "ci" or "là")
        {
            return true;
        }
        var next = LineSpaces.Skip(text, at + word.Length, end);
        return next >= end || text[next] is ',' or '.' or '?' or '!' or ';' or ':' or '-' or '\n' or '»' or ')';
    }

    /// <summary>True when the hyphen's line starts with a list marker ("- ", "• ", "* "): the hyphens there are the list's.</summary>
    private static bool IsListLine(string text, int index, int start)
    {
        var lineStart = index;
        while (lineStart > start && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }
        var first = LineSpaces.Skip(text, lineStart, index);
        return first < index && text[first] is '-' or '–' or '—' or '•' or '*' && first + 1 < text.Length && LineSpaces.Is(text[first + 1]);
    }
}
