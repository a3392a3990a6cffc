using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC202: French guillemets take a no-break space inside: « texte ».</summary>
public sealed class GuillemetSpacing : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC202", "guillemet-spacing", "Put one no-break space inside « and »", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var nbsp = context.NoBreakSpace.ToString();
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start; i < end; i++)
            {
                if (text[i] == '«')
                {
                    var after = LineSpaces.Skip(text, i + 1, end);
                    // An empty pair « » is NC203's; a guillemet at the end of a line is left to the paragraph rules.
                    if (after < end && text[after] != '»' && text[after] != '\n' && text[(i + 1)..after] != nbsp)
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(i + 1, after), Describe("after «", text[(i + 1)..after]), nbsp, "one no-break space after «");
                    }
                }
                else if (text[i] == '»')
                {
                    var before = LineSpaces.SkipBack(text, i, start);
                    if (before > start && text[before - 1] != '«' && text[before - 1] != '\n' && text[before..i] != nbsp)
                    {
                        context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i), Describe("before »", text[before..i]), nbsp, "one no-break space before »");
                    }
                }
            }
        }
    }

    private static string Describe(string where, string found) =>
        found.Length == 0 ? $"missing no-break space {where}" : $"{string.Join(" + ", found.Select(Chars.Show))} {where} instead of one no-break space";
}
