using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC222: a quotation followed by the incise that names its speaker loses its final period, and a comma follows the
/// closing guillemet: "« … notre présence. » a indiqué le secrétaire général" → "« … notre présence », a indiqué le
/// secrétaire général". Only before a verb of saying (`speech_verbs`, after an auxiliary of `speech_auxiliaries` or
/// inverted: "précise-t-il"), so a quotation that ends its sentence, or a question or exclamation kept in the
/// quotation ("« Viendra-t-il ? » a demandé"), is never touched.
/// </summary>
public sealed class QuotationIncise : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC222", "quotation-before-incise", "No period inside » before the incise naming the speaker", RuleCategory.Typography, Severity.Warning,
        FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    private static readonly string[] Inversions = ["-t-il", "-t-elle", "-t-on", "-il", "-elle", "-on", "-ils", "-elles"];

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var typography = context.Knowledge.Typography;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start + 1; i + 3 < end; i++)
            {
                if (text[i] != '.' || (!char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not (')' or '”')))
                {
                    continue;
                }
                var guillemet = LineSpaces.Skip(text, i + 1, end);
                if (guillemet >= end || text[guillemet] != '»' || guillemet - (i + 1) > 1)
                {
                    continue;
                }
                var next = LineSpaces.Skip(text, guillemet + 1, end);
                if (next == guillemet + 1 || !IsIncise(text, next, end, typography.SpeechVerbs, typography.SpeechAuxiliaries))
                {
                    continue;
                }
                // Two edits that leave the space before » to NC203: the period goes, a comma follows ».
                context.Report(Descriptor, TextSpan.FromBounds(i, guillemet + 1), "a period inside » before the incise naming the speaker",
                    new Fix("take the period out and put a comma after »", FixApplicability.Safe,
                        [new TextEdit(new TextSpan(i, 1), ""), new TextEdit(new TextSpan(guillemet + 1, 0), ",")]));
            }
        }
    }

    /// <summary>"a indiqué", "a-t-il dit", "précise-t-il", "déclare le ministre": a verb of saying opens what follows.</summary>
    private static bool IsIncise(string text, int at, int end, IReadOnlySet<string> verbs, IReadOnlySet<string> auxiliaries)
    {
        var (first, after) = WordAt(text, at, end);
        if (first.Length == 0)
        {
            return false;
        }
        var (bare, inverted) = WithoutInversion(first);
        if (verbs.Contains(bare))
        {
            return true;
        }
        if (!auxiliaries.Contains(bare))
        {
            return false;
        }
        var next = LineSpaces.Skip(text, after, end);
        var (second, _) = WordAt(text, next, end);
        return next > after && verbs.Contains(WithoutInversion(second).Bare) && (inverted || !second.Contains('-', StringComparison.Ordinal));
    }

    private static (string Word, int End) WordAt(string text, int at, int end)
    {
        var i = at;
        while (i < end && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
        {
            i++;
        }
        return (text[at..i], i);
    }

    private static (string Bare, bool Inverted) WithoutInversion(string word)
    {
        foreach (var inversion in Inversions)
        {
            if (word.EndsWith(inversion, StringComparison.Ordinal) && word.Length > inversion.Length)
            {
                return (word[..^inversion.Length], true);
            }
        }
        return (word, false);
    }
}
