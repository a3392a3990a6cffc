using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Finds the title near the top, looking past leading furniture, stamps and bylines: a Markdown `#` heading, else
/// the first line that reads as a title (a statement, a question, a quotation, up to two short sentences,
/// possibly wrapped over two lines) and is not a breadcrumb, menu, URL or rubric label; else the title of a front
/// matter. Unrecognized lines above the title are page furniture. When another line could also be the title, the
/// confidence drops and lint says so (NC113); with no candidate at all the text has no title (NC101).
/// </summary>
public sealed partial class TitleRecognizer : ILineRecognizer
{
    /// <summary>A rubric or kicker ("Guerre en Ukraine") is shorter than this and sits right above the real title.</summary>
    private const int KickerChars = 32;
    private const int MaxWrappedSecondLineChars = 150;

    /// <summary>A line in capitals with this many words and function words among them is a title set in capitals.</summary>
    private const int ShoutedTitleWords = 5;


    /// <summary>A title-like line longer than this, under a shorter one, is a standfirst.</summary>
    private const int StandfirstChars = 150;

    public string Name => "title";

    public void Recognize(RecognitionContext context)
    {
        var segments = context.Segments;
        var settings = context.Knowledge.Classifier;
        var limit = segments.Count == 0 ? 0 : segments[0].Line + settings.TitleSearchLines;
        var candidates = new List<int>();
        var paragraph = -1;
        for (var i = 0; i < segments.Count && segments[i].Line <= limit; i++)
        {
            var segment = segments[i];
            if (!segment.IsUnknown)
            {
                continue;
            }
            var text = segment.Features.Text;
            if (text.StartsWith("# ", StringComparison.Ordinal) && LooksLikeTitle(new LineFeatures(text[2..], context.Knowledge), settings))
            {
                Choose(context, i, i, 1, "Markdown heading");
                return;
            }
            if (IsParagraph(segment, settings) || IsWrappedParagraph(context, i))
            {
                paragraph = i;
                break;
            }
            // The second line of a wrapped title is part of the candidate above it, not a candidate of its own.
            var continuation = i > 0 && candidates.Count > 0 && candidates[^1] == i - 1 && context.Touching(i - 1, i)
                && WrapsTitle(segments, i - 1, i, settings.TitleMaxChars);
            // "Les plans régionaux de l'OTAN :" wrapped onto "ce qu'ils changent…" is one title, colon and all; so is
            // "…mauvaise élève des dépenses militaires," wrapped onto "redoute les foudres de Trump".
            var openTitle = (segment.Features.Text.EndsWith(':') || segment.Features.Text.EndsWith(','))
                && i + 1 < segments.Count && segments[i + 1].IsUnknown && context.Touching(i, i + 1)
                && segments[i + 1].Features.Text.Length > 0 && char.IsLower(segments[i + 1].Features.Text[0])
                && LooksLikeTitle(new LineFeatures(segment.Features.Text.TrimEnd(':', ',', ' ', '\u00A0'), context.Knowledge), settings);
            if (continuation && segment.Features.Text.EndsWith('.'))
            {
                // "NEUTRALITÉ Berne assure que la démarche" / "reste compatible avec le statut du pays.": a sentence
                // wrapped over two lines is a lede, not a title.
                candidates.RemoveAt(candidates.Count - 1);
                continue;
            }
            if (!continuation && (openTitle || LooksLikeTitle(segment.Features, settings)))
            {
                candidates.Add(i);
            }
        }
        // Only weak candidates (a site name, a rubric) above the first paragraph: that paragraph may be a standfirst
        // printed above the title; look on to the next paragraph.
        if (paragraph >= 0 && candidates.Count > 0 && candidates.All(candidate => segments[candidate].Features.WordCount < 4))
        {
            for (var i = paragraph + 1; i < segments.Count && segments[i].Line <= limit + settings.TitleSearchLines; i++)
            {
                if (!segments[i].IsUnknown)
                {
                    continue;
                }
                if (IsParagraph(segments[i], settings))
                {
                    paragraph = i;
                    break;
                }
                if (LooksLikeTitle(segments[i].Features, settings) && segments[i].Features.WordCount >= 4)
                {
                    candidates.Add(i);
                }
            }
        }
        if (context.FrontMatterTitle is not null || candidates.Count == 0)
        {
            // A repost's front matter names its title: a plain line of its body is not looked for.
            return;
        }
        // The title is the last title-like line above the article's first paragraph: what comes before it is the
        // site's (name, menus, rubric, other headlines); between it and the text only stamps, bylines and captions.
        // The last strong candidate: a place or site name (Title Case, under four words) under the title is not it,
        // nor a line of a list ("Ce qu'il faut retenir" and its points, three or more title-like lines in a row).
        var strong = candidates.FindLastIndex(candidate => segments[candidate].Features.WordCount >= 4 && !TitleCase(segments[candidate].Features)
            && !InList(context, candidates, candidate));
        var chosen = paragraph >= 0 ? strong >= 0 ? strong : candidates.Count - 1 : 0;
        var reason = paragraph >= 0 ? "last title-like line above the first paragraph" : "first title-like line";
        // Chosen only for being the last title-like line above the text, no other cue: the weakest choice.
        var byPosition = paragraph >= 0;
        if (paragraph >= 0 && LongerAbove(context, candidates, chosen) is { } longer)
        {
            chosen = longer;
            reason = "a full title-like line above a short label";
            byPosition = false;
        }
        // A title is usually followed by its date or byline: the last candidate that is wins over later ones, unless
        // it is a short label ("Coupez le son", "9.8K views") or a masthead over the page's date ("Revue de l'OTAN")
        // and a real sentence-like candidate exists.
        var dated = candidates.FindLastIndex(candidate => context.Next(candidate, skip: Transparent) is var next && next >= 0
            && segments[next].Kind is LineKind.Stamp or LineKind.Byline
            && (strong < 0 || (segments[candidate].Features.WordCount >= settings.TitleShortLabelWords && !NameCase(segments[candidate].Features))));
        // A short rubric over the page's date ("Revue de presse européenne" / "19/05/2022") above a title twice as
        // wordy is the rubric: the date is the page's, printed above its title.
        var rubricOverDate = dated >= 0 && dated < chosen && segments[candidates[dated]].Features.WordCount < settings.TitleMinWords
            && segments[candidates[chosen]].Features.WordCount >= 2 * segments[candidates[dated]].Features.WordCount && !InList(context, candidates, candidates[chosen]);
        if (dated >= 0 && dated != chosen && !rubricOverDate)
        {
            chosen = dated;
            reason = "title-like line followed by its date or byline";
            byPosition = false;
        }
        else if (dated < 0 && candidates[0] == 0 && !NameCase(segments[0].Features) && segments[0].Features.WordCount >= 4
            && !(context.Next(0, skip: Transparent) is var afterFirst && afterFirst >= 0 && segments[afterFirst].Kind == LineKind.Furniture)
            && !context.DateReader.Dates(segments[0].Features.Text).Any(date => date.Year is not null))
        {
            // A text that starts with a title-like line starts with its title; what follows is its lede. (A first
            // line with a full date is a browser's title bar: "OTAN - Texte officiel: Déclaration…, 11-Jul.-2018".)
            chosen = 0;
            reason = "first line of the text";
            byPosition = false;
        }
        // A page that prints a line twice near its top, as its header and again above the article, prints its title
        // twice ("Le soutien logistique en Lettonie", and the same line over the article): nothing else on a page is
        // repeated so, menus and site names being single words or names.
        if (Repeated(context, candidates) is { } repeated && repeated != chosen)
        {
            chosen = repeated;
            reason = $"title-like line printed twice (line {segments[candidates[chosen]].Line})";
            byPosition = false;
        }
        // A standfirst without final punctuation can sit between title and text: then the title is the shorter
        // line just above it, with nothing but stamps, bylines or captions between.
        if (chosen > 0 && OnlyHeaderBetween(context, candidates[chosen - 1], candidates[chosen])
            && (context.Touching(candidates[chosen - 1], candidates[chosen]) || segments[candidates[chosen]].Features.Chars > StandfirstChars
                || TwiceAsLong(context, candidates[chosen - 1], candidates[chosen]))
            && segments[candidates[chosen - 1]].Features.Chars >= KickerChars
            && segments[candidates[chosen - 1]].Features.Chars < segments[candidates[chosen]].Features.Chars)
        {
            chosen--;
            reason = "title above a standfirst";
            byPosition = false;
        }
        // The page may print the title twice (a header, then the article): the first copy is the title.
        var key = Key(segments[candidates[chosen]]);
        var first = candidates.FindIndex(candidate => Key(segments[candidate]) == key);
        if (first < chosen)
        {
            chosen = first;
            reason += "; printed again below";
        }
        var index = candidates[chosen];
        var last = index;
        while (last + 1 < segments.Count && last - index < 2 && segments[last + 1].IsUnknown && context.Touching(last, last + 1)
            && WrapsTitle(segments, index, last + 1, settings.TitleMaxChars))
        {
            last++;
        }
        var confidence = paragraph >= 0 ? 0.9 : 0.7;
        var others = candidates.Where(candidate => candidate > index && candidate != last && (paragraph < 0 || candidate < paragraph)).ToList();
        if (others.Count > 0 && candidates[^1] != index)
        {
            confidence = Math.Min(confidence, 0.55);
            reason += $"; line {segments[others[0]].Line} could also be the title";
        }
        if (last + 1 < segments.Count && segments[last + 1].IsUnknown && context.Touching(last, last + 1) && !segments[last].Features.EndsSentence
            && segments[last + 1].Features.Chars > segments[last].Features.Chars / 2 && !IsParagraph(segments[last + 1], settings))
        {
            // A title stands apart; one that runs straight into a line of the same kind may be the top of a hard-wrapped
            // lede ("OBSERVATEURS Six officiers suisses, dont deux" / "Valaisans, suivent en Espagne…").
            confidence = Math.Min(confidence, 0.55);
            reason += $"; line {segments[last + 1].Line} goes on right under it";
        }
        if (chosen > 0 && byPosition
            && OnlyHeaderBetween(context, candidates[chosen - 1], index) && !InList(context, candidates, candidates[chosen - 1])
            && segments[candidates[chosen - 1] + 1].Kind == LineKind.Credit
            && segments[candidates[chosen - 1]].Features.WordCount >= settings.TitleMinWords - 1)
        {
            // Two title-like lines with a credit under the first: the lower one may be a caption without its own
            // credit ("Source: www.bbc.com" under the title, then the photo's caption).
            confidence = Math.Min(confidence, 0.55);
            reason += $"; line {segments[candidates[chosen - 1]].Line} above could also be the title";
        }
        var features = segments[index].Features;
        if (NameCase(features) || TitleCase(features))
        {
            // A site's name, a menu or a label reads like this: an archivist should look.
            confidence = Math.Min(confidence, 0.55);
            reason += "; it reads like a name or a label";
        }
        Choose(context, index, last, confidence, reason);
    }

    /// <summary>
    /// A line at least twice as long as the title-like line above it, on one line ("Discours du secrétaire général de
    /// l’OTAN, Jens Stoltenberg, devant…" under "L’OTAN et l’Europe : une responsabilité partagée"), is the standfirst
    /// that says what the text is. Not when the line above is a name (an advertiser, "CNM, Retraite Mutualiste du
    /// Combattant"), nor when the longer line is itself wrapped onto the next (a long title under an institution's name).
    /// </summary>
    private static bool TwiceAsLong(RecognitionContext context, int above, int candidate)
    {
        var segments = context.Segments;
        return segments[candidate].Features.Chars >= 2 * segments[above].Features.Chars && !NameCase(segments[above].Features)
            && !(candidate + 1 < segments.Count && segments[candidate + 1].IsUnknown && context.Touching(candidate, candidate + 1)
                && WrapsTitle(segments, candidate, candidate + 1, context.Knowledge.Classifier.TitleMaxChars));
    }

    /// <summary>
    /// The first candidate of at least <see cref="ClassifierSettings.TitleMinWords"/> words, not in title case, printed
    /// again close below it (within half the title search range: a name or menu repeated in a page's footer is not);
    /// null if none.
    /// </summary>
    private static int? Repeated(RecognitionContext context, List<int> candidates)
    {
        var segments = context.Segments;
        var settings = context.Knowledge.Classifier;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = segments[candidates[k]];
            if (candidate.Features.WordCount < settings.TitleMinWords - 1 || TitleCase(candidate.Features))
            {
                continue;
            }
            var key = Key(candidate);
            for (var i = candidates[k] + 1; i < segments.Count && segments[i].Line <= candidate.Line + settings.TitleSearchLines / 2; i++)
            {
                if (Key(segments[i]) == key)
                {
                    return k;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A page's own labels ("Ajouter à ma liste", "Coup d'oeil sur cet article", "Entreprises & Marchés") often sit
    /// between the title and the text. When the chosen candidate is such a short line and a candidate half as long
    /// again, not part of a list, stands a few lines above it with no paragraph between, that one is the title.
    /// </summary>
    private static int? LongerAbove(RecognitionContext context, List<int> candidates, int chosen)
    {
        var segments = context.Segments;
        var settings = context.Knowledge.Classifier;
        var label = segments[candidates[chosen]].Features.Chars;
        if (label > settings.TitleLabelMaxChars)
        {
            return null;
        }
        for (var k = chosen - 1; k >= 0 && candidates[chosen] - candidates[k] <= settings.TitleLabelDistance; k--)
        {
            var features = segments[candidates[k]].Features;
            if (features.Chars * 2 >= label * 3 && features.WordCount >= settings.TitleMinWords && !TitleCase(features)
                && !InList(context, candidates, candidates[k]))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>
    /// A name as sites write theirs: every word capitalized but function words ("La Voix du Nord", "Le Journal de
    /// Montréal"). A page that starts with such a line starts with its masthead, not its title.
    /// </summary>
    private static bool NameCase(LineFeatures features) =>
        features.CapitalizedWords >= 2 && features.WordCount <= 6 && features.CapitalizedWords + features.LowerFunctionWords == features.WordCount
        && char.IsUpper(features.Text[0]);

    /// <summary>Every word capitalized ("L'Orient-Le Jour", "ICI Radio-Canada"): a site name or a menu, not a French title.</summary>
    /// <remarks>
    /// A title set in capitals (old releases, reports: "LE CONSEIL DE L'ATLANTIQUE NORD INVITE CINQ PAYS") is not: it
    /// has five words or more and function words among them, which no masthead in capitals ("LA VOIX DU NORD") has.
    /// </remarks>
    private static bool TitleCase(LineFeatures features) => features.WordCount >= 2 && features.CapitalizedWords == features.WordCount
        && !(features.WordCount >= ShoutedTitleWords && AllCapitals(features.Text) && features.FrenchStopwords + features.EnglishStopwords > 0);

    // "… - Le Nouvelliste", "… – L'Union": a browser title line ending with the site's name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s[-–—]\s(?:\p{Lu}[\p{L}’'.]*|[Ll][ea]s?|L’|L')(?:[\s’'-]?\p{Lu}[\p{L}’'.]*){0,2}\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SiteSuffix();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?<kicker>\p{Lu}[\p{L}’'-]*(?:\s[\p{L}’'-]+){0,3}?\p{Ll})(?<rest>\p{Lu}\p{Ll}.*)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GluedKicker();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\s*(?<kicker>\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)\s"
        + @"(?<rest>(?:Les|Le|La|Un|Une|Des|Du|Aux|Au)\s\p{L}.*|L[’']\p{L}.*)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpacedKicker();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\s*(?<kicker>\p{Lu}[\p{L}’'-]*(?:\s\p{L}[\p{L}’'-]*)?)\s+"
        + @"(?:/\s+(?!\p{L}+\s*:)(?<rest>[\p{Lu}«""“].*)|[–—]\s+(?<rest>«[^«»]+»|""[^""]+""|“[^“”]+”))\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SeparatedKicker();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[IVX]{1,4}|[A-LN-Z]|\d{1,2})[.)]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OutlineNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[01]?\d|2[0-3])(?::|\s?h\s?)[0-5]\d(?!\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ClockTime();

    /// <summary>True when <paramref name="candidate"/> is one of three or more title-like lines on consecutive lines.</summary>
    private static bool InList(RecognitionContext context, List<int> candidates, int candidate)
    {
        var position = candidates.IndexOf(candidate);
        var first = position;
        while (first > 0 && candidates[first - 1] == candidates[first] - 1 && context.Touching(candidates[first - 1], candidates[first]))
        {
            first--;
        }
        var last = position;
        while (last + 1 < candidates.Count && candidates[last + 1] == candidates[last] + 1 && context.Touching(candidates[last], candidates[last + 1]))
        {
            last++;
        }
        return last - first >= 2;
    }

    /// <summary>Where the text starts after leading emoji, flags and the joiners and selectors between them.</summary>
    private static int AfterPictographs(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (System.Text.Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) != System.Buffers.OperationStatus.Done)
            {
                break;
            }
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            var pictograph = (category == System.Globalization.UnicodeCategory.OtherSymbol && rune.Value > 0x2000)
                || rune.Value is 0x200D or 0xFE0F || (rune.Value >= 0x1F3FB && rune.Value <= 0x1F3FF);
            if (index > 0 && rune.Value == ' ')
            {
                index++;
                continue;
            }
            if (!pictograph)
            {
                break;
            }
            index += rune.Utf16SequenceLength;
        }
        return index;
    }

    private static bool AllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static bool Transparent(SegmentState segment) => segment.Kind is LineKind.Caption or LineKind.Credit or LineKind.Embed;

    private static string Key(SegmentState segment) => string.Join(' ', Words.ToList(segment.Features.Text)).ToLowerInvariant();

    private static bool OnlyHeaderBetween(RecognitionContext context, int first, int second)
    {
        for (var i = first + 1; i < second; i++)
        {
            if (context.Segments[i].Kind is not (LineKind.Stamp or LineKind.Byline or LineKind.Caption or LineKind.Credit or LineKind.Embed))
            {
                return false;
            }
        }
        return second - first <= 4;
    }

    /// <summary>Where the title starts after a rubric printed on the same line, and why; null if there is none.</summary>
    private static (int RestIndex, string Reason)? RubricEnd(string text, int minTitleWords)
    {
        // A lower-case letter right before a capital inside the first words is where the scraper lost the line break
        // ("Armée suisseDes soldats…").
        if (GluedKicker().Match(text) is { Success: true } glued && Words.ToList(glued.Groups["rest"].Value).Count >= 4)
        {
            return (glued.Groups["rest"].Index, "rubric glued to the title");
        }
        // A capitalized article after one or two capitalized words ("Belfort Les fantassins…", "International
        // L'Allemagne inaugure…"): inside a sentence French writes "les" and "l'" in lower case.
        if (SpacedKicker().Match(text) is { Success: true } spaced && Words.ToList(spaced.Groups["rest"].Value).Count >= minTitleWords)
        {
            return (spaced.Groups["rest"].Index, "rubric glued to the title");
        }
        // A rubric before a slash ("Eclairage / Satellites, avions…"), or before a dash and a whole quotation
        // ("Neutralité – «La Suisse…»"): one or two words, then a title of its own. Not when the rest reads as a pair
        // ("Otan / Russie : le dialogue…"); a dash before anything else may be the title's own ("Sahel – Ousmane…").
        if (SeparatedKicker().Match(text) is { Success: true } separated && Words.ToList(separated.Groups["rest"].Value).Count >= minTitleWords)
        {
            return (separated.Groups["rest"].Index, "rubric before the title");
        }
        return null;
    }

    private void Choose(RecognitionContext context, int first, int last, double confidence, string reason)
    {
        if (RubricEnd(context.Segments[first].Text, context.Knowledge.Classifier.TitleMinWords) is { } rubric)
        {
            var titleIndex = context.Split(first, context.Segments[first].Span.Start + rubric.RestIndex);
            context.Segments[first].Set(LineKind.Furniture, Name, rubric.Reason, 0.7);
            first = titleIndex;
            last++;
        }
        for (var i = first; i <= last; i++)
        {
            context.Segments[i].Set(LineKind.Title, Name, reason, confidence);
        }
        context.TitleConfidence = confidence;
        context.TitleDoubt = confidence < context.Knowledge.Classifier.DoubtBelow ? reason : null;
        // What comes before the title and no recognizer claimed is page furniture (menus, rubrics, skip links).
        for (var i = 0; i < first; i++)
        {
            // A paragraph above the title (a standfirst printed first), or a line of hard-wrapped prose (it goes on in
            // lower case on the next line), is left to the classifier: when in doubt, article text stays.
            var wrapsOn = i + 1 < context.Segments.Count && context.Touching(i, i + 1) && !context.Segments[i].Features.EndsSentence
                && context.Segments[i + 1].Features.Text.Length > 0 && char.IsLower(context.Segments[i + 1].Features.Text[0]);
            var wrapped = wrapsOn || (i > 0 && context.Touching(i - 1, i) && context.Segments[i].Features.Text.Length > 0
                && char.IsLower(context.Segments[i].Features.Text[0]));
            if (context.Segments[i].IsUnknown && !wrapped && !IsParagraph(context.Segments[i], context.Knowledge.Classifier))
            {
                context.Segments[i].Set(LineKind.Furniture, Name, "before the title", 0.75);
            }
        }
    }

    /// <summary>
    /// A paragraph hard-wrapped over several lines (a plain-text release, a PDF extraction), each line too short to be
    /// a paragraph alone: the lines that continue one another, read together.
    /// </summary>
    private static bool IsWrappedParagraph(RecognitionContext context, int index)
    {
        var segments = context.Segments;
        var settings = context.Knowledge.Classifier;
        var last = index;
        while (last + 1 < segments.Count && last - index < settings.WrappedParagraphLines && segments[last + 1].IsUnknown && context.Touching(last, last + 1)
            && LineWraps.Continues(segments[last], segments[last + 1], settings))
        {
            last++;
        }
        if (last - index < 2)
        {
            return false;
        }
        var text = string.Join(' ', Enumerable.Range(index, last - index + 1).Select(i => segments[i].Features.Text));
        var features = new LineFeatures(text, context.Knowledge);
        return features.StopwordShare >= settings.SentenceStopwordShare && features.Chars >= settings.LongChars && features.SentenceCount >= 1
            && !AllCapitals(text);
    }

    /// <summary>A paragraph of article text: long, with function words, several sentences or a final period.</summary>
    internal static bool IsParagraph(SegmentState segment, ClassifierSettings settings)
    {
        var features = segment.Features;
        return features.Chars > settings.TitleMaxChars
            || (features.StopwordShare >= settings.SentenceStopwordShare && features.EndsSentence && features.SentenceCount >= 2 && features.Chars > 120)
            || (features.StopwordShare >= settings.GoodStopwordShare && features.Chars >= settings.LongChars && features.Text.EndsWith('.'));
    }

    internal static bool LooksLikeTitle(LineFeatures features, ClassifierSettings settings)
    {
        var text = features.Text;
        if (text.Length < 6 || text.Length > settings.TitleMaxChars || features.Urls > 0 || features.Handles > 0 || features.WordCount < 2)
        {
            return false;
        }
        // A title starts with a capital, a digit or a quotation mark; a lowercase start continues something else. Posts
        // on social networks open their headline with an emoji ("🧵 Ce que change…", a flag): looked past.
        var start = AfterPictographs(text);
        if (text[^1] is ':' or ',' or ';' or '-' or '|' or '/' or '>' or '•' or '·' || start == text.Length || char.IsLower(text[start])
            || !(char.IsLetterOrDigit(text[start]) || text[start] is '«' or '"' or '“' or '‘' or '\''))
        {
            return false;
        }
        // A numbered section heading ("II. UNE ALLIANCE QUI…", "A. Des plans…", "3) Le financement") is inside the text.
        // ("M. Rutte à Kiev" is a title: M. is Monsieur.) A line opening with a time of day ("19:12France - Carburants…",
        // "15h42 Le Premier ministre…") is an entry of a live ticker or a live page.
        if (OutlineNumber().IsMatch(text) || ClockTime().IsMatch(text))
        {
            return false;
        }
        // Up to two short sentences ("Brest. La frégate appareille"), never a final period: that is a lede.
        if (features.SentenceCount > 2 || text.EndsWith('.'))
        {
            return false;
        }
        // "Title | Site": a page's <title> with its site name, a copy the page prints elsewhere; "Type<TAB>Mission…":
        // a row of a table (an infobox).
        // ("Tunisie-Otan | Lancement d'un projet…" is a rubric and its title: the part after the bar is a sentence.)
        var bar = text.LastIndexOf(" | ", StringComparison.Ordinal);
        if ((bar >= 0 && Words.ToList(text.Substring(bar + 3)).Count < settings.TitleMinWords)
            || text.Contains('\t', StringComparison.Ordinal) || SiteSuffix().IsMatch(text))
        {
            return false;
        }
        // Menus are Title Case Words Without Function Words; French titles are sentence case.
        if (features.WordCount >= 4 && features.FrenchStopwords + features.EnglishStopwords == 0 && features.CapitalizedWords * 4 > features.WordCount * 3)
        {
            return false;
        }
        if (features.UiShare >= 0.5 && features.ContentWords <= 4)
        {
            return false;
        }
        return features.Digits * 3 < text.Length;
    }

    /// <summary>True when line <paramref name="next"/> continues the title that starts at <paramref name="first"/> (a wrapped title).</summary>
    private static bool WrapsTitle(List<SegmentState> segments, int first, int next, int maxChars)
    {
        var previous = segments[next - 1].Features;
        var b = segments[next].Features;
        var total = Enumerable.Range(first, next - first + 1).Sum(i => segments[i].Features.Chars);
        // An all-capitals title wraps onto an all-capitals line ("L'ALLIANCE ATLANTIQUE FACE AU RETOUR / DE LA GUERRE…").
        var capitals = AllCapitals(previous.Text) && AllCapitals(b.Text);
        // A line of metadata under the title ("lopinion.fr · 7 min de lecture") is not its end: it has separators.
        return !previous.EndsSentence && previous.Text.Length > 0 && b.Text.Length > 0 && (char.IsLower(b.Text[0]) || capitals)
            && !b.Text.AsSpan().ContainsAny("·•|")
            && b.Chars <= MaxWrappedSecondLineChars
            && total <= maxChars && b.SentenceCount <= 1;
    }
}
