using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC204: French puts a no-break space before ; : ! and ?. A colon glued between a word and a capitalized one, as a
/// transcript's speaker labels are ("Capt Lemieux:Salut, ici…"), gets its spaces on both sides; not in times, URLs,
/// addresses or code (digits, "/", ".", "@" or "_" around it) nor after a namespace of `colon_namespaces`
/// ("Wikipédia:Accueil").
/// </summary>
public sealed class SpaceBeforePunctuation : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC204", "space-before-punctuation", "Put a no-break space before ; : ! ?", RuleCategory.Typography, Severity.Warning, FixAvailability.Always,
            FixApplicability.Safe)
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
            for (var i = start + 1; i < end; i++)
            {
                var c = text[i];
                if (c == ':' && GluedLabel(context, text, i, start, end))
                {
                    context.ReportEdit(Descriptor, new TextSpan(i, 1), "a colon glued between two words", nbsp + ": ",
                        $"one no-break space before : and a space after");
                    continue;
                }
                if (c is not (';' or ':' or '!' or '?') || !EndsClause(text, i, end))
                {
                    continue;
                }
                var before = LineSpaces.SkipBack(text, i, start);
                if (before == start || text[before - 1] == '\n')
                {
                    continue;
                }
                // A letter with a combining accent (decomposed "é") is still a letter.
                var letter = before - 1;
                while (letter > start
                    && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[letter]) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    letter--;
                }
                var previous = text[letter];
                // "?!" and "!!" take one space before the first mark only.
                if (previous is ';' or ':' or '!' or '?')
                {
                    continue;
                }
                var found = text[before..i];
                if (found == nbsp)
                {
                    continue;
                }
                if (found.Length == 0 && !(char.IsLetterOrDigit(previous) || previous is '»' or ')' or ']' or '”' or '"'))
                {
                    continue;
                }
                var message = found.Length == 0
                    ? $"missing no-break space before {c}"
                    : $"{string.Join(" + ", found.Select(Chars.Show))} before {c} instead of a no-break space";
                context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i), message, nbsp, $"one no-break space before {c}");
            }
        }
    }

    /// <summary>"Lemieux:Salut": letters before the colon back to a space, a capital then lower-case letters after it to a space or a comma.</summary>
    private static bool GluedLabel(RuleContext context, string text, int index, int start, int end)
    {
        if (index + 2 >= end || !char.IsLetter(text[index - 1]) || !char.IsUpper(text[index + 1])
            || !(char.IsLower(text[index + 2]) || (text[index + 2] is '’' or '\'' && index + 3 < end && char.IsLetter(text[index + 3]))))
        {
            return false;
        }
        var wordStart = index;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '’'))
        {
            wordStart--;
        }
        if (index - wordStart < 2 || (wordStart > start && !LineSpaces.Is(text[wordStart - 1]) && text[wordStart - 1] != '\n')
            || context.Knowledge.Typography.ColonNamespaces.Contains(text[wordStart..index]))
        {
            return false;
        }
        var after = index + 1;
        while (after < end && char.IsLetter(text[after]))
        {
            after++;
        }
        return after >= end || LineSpaces.Is(text[after]) || text[after] is '\n' or ',' or ';' or '!' or '?' or '…' or ')' or '»' or '’' or '\'' or '-'
            || (text[after] == '.' && (after + 1 >= end || !char.IsLetterOrDigit(text[after + 1])));
    }

    /// <summary>Punctuation that ends a clause is followed by a space, a line end or a closing mark (not "13:00", "https://").</summary>
    private static bool EndsClause(string text, int index, int end) =>
        index + 1 >= end || LineSpaces.Is(text[index + 1]) || text[index + 1] is '\n' or '»' or ')' or '"' or '”';
}
