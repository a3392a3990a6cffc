using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>
/// NC214: a sentence glued to the next one ("Russie.La réunion") gets its space back. Only after a word of two
/// letters or more whose last letter is lower-case, before a capital followed by a lower-case letter, so initials
/// ("M.Dupont", "J.-C."), dotted acronyms ("U.S.A."), numbers ("3.5"), listed abbreviations ("Dr.", "St.") and
/// anything in a URL, domain or e-mail address ("www.nato.int", "Nato.Int/fr", "a.b@otan.int") are left alone.
/// </summary>
public sealed class SentenceSpacing : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC214", "missing-space-after-sentence", "Put a space between a sentence's end and the next sentence", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe)
    {
        ExtraTags = ["french"],
    };

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        var nbsp = context.NoBreakSpace;
        var abbreviations = context.Knowledge.Typography.Abbreviations;
        foreach (var block in context.Document.FrenchProse)
        {
            var (start, end) = (block.Span.Start, block.Span.End);
            for (var i = start + 2; i + 2 < end; i++)
            {
                var mark = text[i];
                if (mark is not ('.' or '!' or '?' or '…') || !char.IsUpper(text[i + 1]) || !char.IsLower(text[i + 2]))
                {
                    continue;
                }
                // The word before: "Russie", or one closed just before the mark ("(OTAN).La", "« fin ».Il").
                var before = LineSpaces.SkipBack(text, i, start);
                if (before < i && mark == '.')
                {
                    continue;
                }
                var last = before - 1;
                var closed = text[last] is ')' or '»' or '”' or '"';
                if (closed)
                {
                    last = LineSpaces.SkipBack(text, last, start) - 1;
                }
                if (last < start || !char.IsLetter(text[last]))
                {
                    continue;
                }
                var wordStart = last;
                while (wordStart > start && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }
                var word = text[wordStart..(last + 1)];
                // An acronym ends a sentence only when a French function word opens the next ("l’OTAN.Le
                // secrétaire"), not a name ("ASP.Net").
                if (!char.IsLower(text[last]) && !closed && !(word.All(char.IsUpper) && StartsWithFunctionWord(context, text, i + 1, end)))
                {
                    continue;
                }
                var dotted = wordStart > start && text[wordStart - 1] is '.' or '@' or '/' or ':' or '_';
                if (word.Length < 2 || abbreviations.Contains(word) || dotted)
                {
                    continue;
                }
                if (InAddress(text, i, start, end))
                {
                    continue;
                }
                if (mark is '!' or '?')
                {
                    // French high punctuation also takes its no-break space before: one edit, so the output is final.
                    context.ReportEdit(Descriptor, TextSpan.FromBounds(before, i + 1), $"no space after {mark}: the next sentence is glued to it", $"{nbsp}{mark} ", $"a space after {mark}");
                }
                else
                {
                    context.ReportEdit(Descriptor, new TextSpan(i + 1, 0), $"no space after {mark}: the next sentence is glued to it", " ", $"a space after {mark}");
                }
            }
        }
    }

    private static bool StartsWithFunctionWord(RuleContext context, string text, int index, int end)
    {
        var wordEnd = index;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return context.Knowledge.FunctionWords.TryGetValue("fr", out var french) && french.Contains(text[index..wordEnd]);
    }

    /// <summary>True when the mark at <paramref name="index"/> is part of a URL, domain, e-mail address or file name.</summary>
    private static bool InAddress(string text, int index, int start, int end)
    {
        var tokenStart = index;
        while (tokenStart > start && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }
        var tokenEnd = index;
        while (tokenEnd < end && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }
        var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
        if (token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.OrdinalIgnoreCase) || token.Contains('@') || token.Contains('/'))
        {
            return true;
        }
        // After the next word, another dot and a letter: "Nato.Int.org", "Example.Com.fr" are names, not sentences.
        var next = index + 1;
        while (next < tokenEnd && char.IsLetter(text[next]))
        {
            next++;
        }
        return next + 1 < tokenEnd && text[next] is '.' or '_' && char.IsLetterOrDigit(text[next + 1]);
    }
}
