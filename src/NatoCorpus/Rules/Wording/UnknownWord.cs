using System.Text.RegularExpressions;
using NatoCorpus.Knowledge.Spelling;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Wording;

/// <summary>
/// NC304: a word of French prose that neither the French dictionary nor the `words:` accept lists know, reported
/// with ranked suggestions and never changed, except three curated classes whose fix cannot be wrong: a missing
/// elision apostrophe before a known word ("dannoncer" → "d’annoncer"), a missing accent on a capital where
/// the dictionary knows only the accented word ("Etats-Unis" → "États-Unis"), and a paragraph's drop capital set
/// apart from its word ("L e Partenariat"). Words glued or split by a space are suggested apart or joined.
/// Names are not checked: a capitalized word inside a sentence, or one the text capitalizes there elsewhere; nor
/// acronyms, numbers, addresses, handles, code, or a quotation that is not French.
/// </summary>
public sealed partial class UnknownWord : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC304", "unknown-word", "A word the French dictionary does not know", RuleCategory.Wording, Severity.Warning, FixAvailability.Sometimes,
            FixApplicability.Safe);

    /// <summary>Suggestions shown in a finding.</summary>
    private const int ShownSuggestions = 3;

    /// <summary>A capitalized word at a sentence start is only reported when a correction is this cheap (names abound there).</summary>
    private const double SentenceStartCostLimit = 0.9;

    private const string AccentedCapitals = "ÉÈÊËÀÂÎÏÔÛÙÇ";

    public void Check(RuleContext context)
    {
        var speller = context.Knowledge.Speller;
        var blocks = context.Document.FrenchProse.ToList();
        // Each block is tokenized once; most texts have no unknown word, so what the text says of its own words is
        // gathered only when the first unknown one needs it.
        var tokensOf = blocks.Select(block => Tokens(context.TextOf(block)).ToList()).ToList();
        TextWords? textWords = null;
        TextWords OwnWords() => textWords ??= TextWords.Of(tokensOf);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var text = context.TextOf(block);
            // Ranges sorted by start, walked along with the tokens (which come in text order): looking each token up
            // in every range would be quadratic on a paragraph of forty thousand quotations.
            var skipped = SkippedRanges(text, context);
            skipped.Sort();
            var firstOpen = 0;
            var reach = new int[skipped.Count];
            for (var r = 0; r < skipped.Count; r++)
            {
                reach[r] = Math.Max(skipped[r].End, r > 0 ? reach[r - 1] : 0);
            }
            DropCapital(context, block.Span.Start, text);
            var tokens = tokensOf[b];
            var joinedWithPrevious = false;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (joinedWithPrevious)
                {
                    joinedWithPrevious = false;
                    continue;
                }
                var tokenEnd = token.Start + token.Word.Length;
                // Ranges whose reach (the farthest end of them and all before) is behind this token cannot touch it
                // or any later token.
                while (firstOpen < skipped.Count && reach[firstOpen] <= token.Start)
                {
                    firstOpen++;
                }
                var inSkipped = false;
                for (var r = firstOpen; r < skipped.Count && skipped[r].Start < tokenEnd; r++)
                {
                    if (token.Start < skipped[r].End)
                    {
                        inSkipped = true;
                        break;
                    }
                }
                if (inSkipped || speller.IsKnown(token.Word) || HalfOfHyphenatedWord(text, token, speller))
                {
                    continue;
                }
                var (word, offset) = WithoutElision(token.Word);
                if (offset > 0 && speller.IsKnown(word))
                {
                    continue;
                }
                // A word split by a space ("gouver nement", "opéra tion"): one half unknown, the two together a word.
                if (SplitWord(text, tokens, t, word, token.Start + offset, speller) is var (joinStart, joinEnd, joined))
                {
                    var split = text[joinStart..joinEnd];
                    context.ReportEdit(Descriptor, new TextSpan(block.Span.Start + joinStart, joinEnd - joinStart),
                        $"\"{split}\": a word split by a space; perhaps \"{joined}\"",
                        joined, $"perhaps \"{joined}\"", FixApplicability.Suggestion, "split-word");
                    joinedWithPrevious = joinEnd > tokenEnd;
                    continue;
                }
                var partStart = 0;
                foreach (var part in word.Split('-'))
                {
                    var at = token.Start + offset + partStart;
                    partStart += part.Length + 1;
                    var first = partStart == part.Length + 1 && offset == 0;
                    if (part.Length >= 2)
                    {
                        var afterArticle = offset > 0 && partStart == part.Length + 1 && token.Word[0] is 'l' or 'L';
                        CheckPart(context, block.Span.Start + at, part, token.SentenceStart && first, OwnWords, afterArticle);
                    }
                }
            }
        }
    }

    private void CheckPart(RuleContext context, int position, string part, bool sentenceStart, Func<TextWords> ownWords, bool afterArticle)
    {
        var speller = context.Knowledge.Speller;
        if (speller.IsKnown(part))
        {
            return;
        }
        var kind = HunspellDictionary.CaseOf(part);
        if (kind is HunspellDictionary.CaseKind.AllCap or HunspellDictionary.CaseKind.HuhCap or HunspellDictionary.CaseKind.HuhInitCap)
        {
            return;
        }
        var span = new TextSpan(position, part.Length);
        var (names, written) = ownWords();
        if (kind == HunspellDictionary.CaseKind.InitCap)
        {
            if (AccentedCapital(speller, part, afterArticle) is { } accented)
            {
                // The edit covers the whole word, so the correction (and the word accounting) records "Etats" → "États".
                context.ReportEdit(Descriptor, span, $"\"{part}\": the dictionary knows only \"{accented}{part[1..]}\" (a capital keeps its accent)",
                    accented + part[1..], $"write \"{accented}{part[1..]}\"", FixApplicability.Safe, "accent-on-capital");
                return;
            }
            if (sentenceStart ? names.Contains(part) : true)
            {
                // Inside a sentence a capital says "name", unless the text itself writes a near word ("Premler" where
                // it also writes "Premier").
                if (!sentenceStart)
                {
                    var near = written.Where(other => other != part && char.IsUpper(other[0]) && OneEditApart(part, other) && speller.IsKnown(other))
                        .Order(StringComparer.Ordinal).FirstOrDefault();
                    if (near is not null)
                    {
                        Suggest(context, span, part, [new Speller.Suggestion(near, 1)]);
                    }
                }
                return;
            }
            var suggestions = speller.Suggest(part);
            if (suggestions.Count > 0 && suggestions[0].Cost <= SentenceStartCostLimit)
            {
                Suggest(context, span, part, Ranked(suggestions, written));
            }
            return;
        }
        if (MissingApostrophe(speller, part) is { } elided)
        {
            context.ReportEdit(Descriptor, span, $"\"{part}\": an elision without its apostrophe (\"{elided}\")", elided, $"write \"{elided}\"",
                FixApplicability.Safe, "missing-apostrophe");
            return;
        }
        Suggest(context, span, part, Ranked(speller.Suggest(part), written));
    }

    /// <summary>
    /// "L e Partenariat pour la paix": a paragraph's drop capital set apart from its word by the page's layout. Joined
    /// when the letter with what follows is a word and what follows alone is not (A, À, O and Y are words by themselves).
    /// </summary>
    private void DropCapital(RuleContext context, int blockStart, string text)
    {
        if (text.Length < 4 || !char.IsUpper(text[0]) || "AÀOY".Contains(text[0], StringComparison.Ordinal) || text[1] != ' ' || !char.IsLower(text[2]))
        {
            return;
        }
        var end = 2;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var rest = text[2..end];
        var joined = text[0] + rest;
        var speller = context.Knowledge.Speller;
        if (speller.IsKnown(joined) && (rest.Length == 1 || !speller.IsKnown(rest)))
        {
            context.ReportEdit(Descriptor, new TextSpan(blockStart, end), $"\"{text[..end]}\": a drop capital split from its word (\"{joined}\")", joined,
                $"write \"{joined}\"", FixApplicability.Safe, "drop-capital");
        }
    }

    /// <summary>
    /// "pro- téger": one half of a word hyphenated at a printed line end whose join is a word; NC221 joins it, so neither
    /// half is an unknown word.
    /// </summary>
    private static bool HalfOfHyphenatedWord(string text, Token token, Speller speller)
    {
        var end = token.Start + token.Word.Length;
        if (end + 1 < text.Length && text[end] == '-' && LineSpaces.Is(text[end + 1]))
        {
            var next = LineSpaces.Skip(text, end + 1, text.Length);
            var rightEnd = next;
            while (rightEnd < text.Length && char.IsLetter(text[rightEnd]))
            {
                rightEnd++;
            }
            if (rightEnd > next && speller.IsKnown(token.Word + text[next..rightEnd]))
            {
                return true;
            }
        }
        var before = LineSpaces.SkipBack(text, token.Start, 0);
        if (before < token.Start && before > 1 && text[before - 1] == '-' && char.IsLetter(text[before - 2]))
        {
            var leftStart = before - 1;
            while (leftStart > 0 && char.IsLetter(text[leftStart - 1]))
            {
                leftStart--;
            }
            return speller.IsKnown(text[leftStart..(before - 1)] + token.Word);
        }
        return false;
    }

    /// <summary>
    /// The unknown <paramref name="word"/> (starting at <paramref name="start"/>) joined with the next word ("gouver nement")
    /// or the previous one ("opéra tion") across one space, when the join is a word: its bounds and spelling.
    /// </summary>
    private static (int Start, int End, string Joined)? SplitWord(string text, List<Token> tokens, int index, string word, int start, Speller speller)
    {
        if (word.Contains('-', StringComparison.Ordinal) || !char.IsLower(word[^1]))
        {
            return null;
        }
        var end = start + word.Length;
        if (index + 1 < tokens.Count && tokens[index + 1] is var next && next.Start == end + 1 && text[end] == ' '
            && char.IsLower(next.Word[0]) && !next.Word.Contains('-', StringComparison.Ordinal) && !next.Word.Contains('’', StringComparison.Ordinal)
            && speller.IsKnown(word + next.Word))
        {
            return (start, next.Start + next.Word.Length, word + next.Word);
        }
        if (index > 0 && tokens[index - 1] is var previous && previous.Start + previous.Word.Length == start - 1 && text[start - 1] == ' '
            && char.IsLower(word[0]))
        {
            var (left, offset) = WithoutElision(previous.Word);
            if (!left.Contains('-', StringComparison.Ordinal) && left.Length > 0 && speller.IsKnown(left + word))
            {
                return (previous.Start + offset, end, left + word);
            }
        }
        return null;
    }

    /// <summary>One letter replaced, added, dropped, or two swapped: "Premler" / "Premier".</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }
        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }
        var (restA, restB) = (endA - start, endB - start);
        return (restA <= 1 && restB <= 1) || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }

    /// <summary>Suggestions the text itself writes come first among equally cheap ones.</summary>
    private static List<Speller.Suggestion> Ranked(IReadOnlyList<Speller.Suggestion> suggestions, HashSet<string> written) =>
        [.. suggestions.Select((suggestion, rank) => (suggestion, rank))
            .OrderBy(pair => pair.suggestion.Cost - (written.Contains(pair.suggestion.Word) ? 0.2 : 0)).ThenBy(pair => pair.rank).Select(pair => pair.suggestion)];

    private void Suggest(RuleContext context, TextSpan span, string word, IReadOnlyList<Speller.Suggestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            context.Report(Descriptor, span, $"\"{word}\": unknown word (no suggestion)");
            return;
        }
        var shown = string.Join(", ", suggestions.Take(ShownSuggestions).Select(suggestion => $"\"{suggestion.Word}\""));
        context.ReportEdit(Descriptor, span, $"\"{word}\": unknown word; perhaps {shown}", suggestions[0].Word, $"perhaps \"{suggestions[0].Word}\"",
            FixApplicability.Suggestion);
    }

    /// <summary>
    /// "Etats" → 'É': the word is unknown, its lower-case form too, and exactly one accented capital makes a word
    /// the dictionary knows in lower case ("état"); a name ("Eric", "Emile") is never rewritten. After the article
    /// "l’" the word is a place or an institution, never a person, so a name the dictionary knows only accented is
    /// enough ("l’Egypte" → "l’Égypte", "l’Elysée" → "l’Élysée").
    /// </summary>
    private static char? AccentedCapital(Speller speller, string part, bool afterArticle)
    {
        if ("EAIOUC".IndexOf(part[0], StringComparison.Ordinal) < 0 || speller.IsKnown(part.ToLowerInvariant()))
        {
            return null;
        }
        var found = AccentedCapitals.Where(capital => char.ToUpperInvariant(RemoveAccent(capital)) == part[0])
            .Where(capital => speller.IsKnown(capital + part[1..]) && (afterArticle || speller.IsKnown(char.ToLowerInvariant(capital) + part[1..])))
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static char RemoveAccent(char c) => c switch
    {
        'É' or 'È' or 'Ê' or 'Ë' => 'E',
        'À' or 'Â' => 'A',
        'Î' or 'Ï' => 'I',
        'Ô' => 'O',
        'Û' or 'Ù' => 'U',
        'Ç' => 'C',
        _ => c,
    };

    /// <summary>
    /// "dannoncer" → "d’annoncer": the word is unknown, what follows the elided letter is a known word starting with
    /// a vowel or h, and the dictionary accepts the elided form ("d'" on a verb, "l'" on a noun).
    /// </summary>
    private static string? MissingApostrophe(Speller speller, string part)
    {
        foreach (var elided in new[] { "qu", "d", "l", "j", "m", "n", "s", "t", "c" })
        {
            if (part.Length < elided.Length + 3 || !part.StartsWith(elided, StringComparison.Ordinal) || "aeiouyàâéèêîôûœh".IndexOf(part[elided.Length],
                StringComparison.Ordinal) < 0)
            {
                continue;
            }
            var rest = part[elided.Length..];
            var candidate = elided + "'" + rest;
            if (speller.IsKnown(rest) && speller.IsKnown(candidate))
            {
                return elided + "’" + rest;
            }
        }
        return null;
    }

    private static (string Word, int Offset) WithoutElision(string word)
    {
        var match = Elision().Match(word);
        return match.Success ? (word[match.Length..], match.Length) : (word, 0);
    }

    private readonly record struct Token(string Word, int Start, bool SentenceStart);

    /// <summary>
    /// What the text itself says: words capitalized inside a sentence are names, and every word written is a better
    /// suggestion than one the text never uses.
    /// </summary>
    private sealed record TextWords(HashSet<string> Names, HashSet<string> Written)
    {
        public static TextWords Of(List<List<Token>> tokensOf)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in tokensOf.SelectMany(tokens => tokens))
            {
                var (core, offset) = WithoutElision(token.Word);
                foreach (var part in core.Split('-'))
                {
                    written.Add(part);
                    if ((!token.SentenceStart || offset > 0) && part.Length > 0 && char.IsUpper(part[0]))
                    {
                        names.Add(part);
                    }
                }
            }
            return new TextWords(names, written);
        }
    }

    /// <summary>Words: letters, with apostrophes and hyphens between letters; a word touching a digit or a symbol of code or addresses is not one.</summary>
    private static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var decomposed = false;
            while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length
                && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))))
            {
                decomposed |= IsMark(text[i]);
                i++;
            }
            // A decomposed accent ("pre\u0301senterait") is composed by NC207 first; read on this text, the word
            // would split into false unknowns ("senterait" → "s’enterait").
            if (decomposed)
            {
                continue;
            }
            var before = start > 0 ? text[start - 1] : ' ';
            var after = i < text.Length ? text[i] : ' ';
            // Editorial brackets inside a word ("faiblira[it]") are part of a quoted word, not a word.
            var bracketed = (before == '[' && start > 1 && char.IsLetter(text[start - 2])) || before == ']' || (after == '[' && i + 1 < text.Length
                && char.IsLetter(text[i + 1])) || (after == ']' && before == '[' && start > 1 && char.IsLetter(text[start - 2]));
            if (bracketed || char.IsDigit(before) || char.IsDigit(after) || before is '@' or '#' or '_' or '/' or '\\' or '.' || after is '_' or '@'
                || (after == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
            {
                continue;
            }
            yield return new Token(text[start..i], start, AtSentenceStart(text, start));
        }
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static bool AtSentenceStart(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && (char.IsWhiteSpace(text[j]) || text[j] is '«' or '“' or '"' or '(' or '[' or '—' or '–' or '-' or '\'' or '‘' or '*'))
        {
            j--;
        }
        return j < 0 || text[j] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>Addresses, e-mails, handles, code, and quotations whose function words are not French.</summary>
    private static List<(int Start, int End)> SkippedRanges(string text, RuleContext context)
    {
        var ranges = new List<(int, int)>();
        if (MayHoldNotProse(text))
        {
            foreach (Match match in NotProse().Matches(text))
            {
                ranges.Add((match.Index, match.Index + match.Length));
            }
        }
        foreach (Match match in Quotation().Matches(text))
        {
            var french = 0;
            var other = 0;
            foreach (var word in Words.In(match.Value))
            {
                foreach (var (language, lookup) in context.Knowledge.FunctionWordLookups)
                {
                    if (lookup.Contains(word))
                    {
                        if (language == "fr")
                        {
                            french++;
                        }
                        else
                        {
                            other++;
                        }
                    }
                }
            }
            // A quotation is checked only when its function words say French (a short one without any is a term
            // quoted from another language: « burden sharing »).
            if (french < 2 || other >= french)
            {
                ranges.Add((match.Index, match.Index + match.Length));
            }
        }
        return ranges;
    }

    /// <summary>
    /// False when <see cref="NotProse"/> cannot match: each of its branches needs "://", "www.", '@', '#', a backtick,
    /// or a dot before a domain's first letter. Most paragraphs have none, and the pattern, which can start at any
    /// non-space character, costs as much as the rest of the rule there.
    /// </summary>
    private static bool MayHoldNotProse(string text)
    {
        if (text.AsSpan().IndexOfAny("@#`") >= 0 || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal))
        {
            return true;
        }
        for (var dot = text.IndexOf('.', StringComparison.Ordinal); dot >= 0 && dot + 1 < text.Length; dot = text.IndexOf('.', dot + 1))
        {
            if (text[dot + 1] is 'c' or 'o' or 'n' or 'i' or 'f' or 'b' or 'e' or 'l' or 'g')
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[@#]\w+|`[^`]*`|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|int|fr|be|ch|eu|ca|lu|info|gov|edu|io)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotProse();

    [GeneratedRegex(@"«[^»]*»|“[^”]*”|""[^""\n]*""", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"^(?:[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu|[CcDdJjLlMmNnSsTt])['’](?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();
}
