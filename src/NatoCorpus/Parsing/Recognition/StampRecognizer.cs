using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Parsing.Dates;
using NatoCorpus.Text;

namespace NatoCorpus.Parsing.Recognition;

/// <summary>
/// Date stamps: header blocks of the known shapes (headers.yaml, whose named groups become fields), and any
/// line that, once its dates and times are taken out, holds only stamp words (stamps.yaml), punctuation and at
/// most a place or an agency ("Publié le 16 mai 2022 à 6h00, mis à jour le 17 mai 2022 à 6h19", "Mise à jour
/// 27.06.2012 13h11", "Updated: 19-Dec-2002", "Bruxelles, 18.07.2019"); reading-time and relative-time lines; a
/// stamp glued before article text on one line is split off. A line of a name and a date is a byline.
/// Every date is recorded with its role (published, updated, end of an event).
/// </summary>
public sealed partial class StampRecognizer : ILineRecognizer
{
    /// <summary>Only this close to the top can a header block of a known shape start.</summary>
    private const int HeaderSearchSegments = 8;
    private const int MaxStampChars = 220;

    /// <summary>A line opening with "Publié", "Mis à jour"… and a date is a stamp up to this many words.</summary>
    private const int MaxCuedStampWords = 16;
    /// <summary>Article text glued after a stamp must be this long to be split off (shorter is part of the stamp).</summary>
    private const int GluedTextMinWords = 6;

    /// <summary>Text glued after a stamp without a final period is prose from this many words on.</summary>
    private const int GluedProseWords = 15;

    /// <summary>How much of a long line is read for a stamp glued at its start.</summary>
    private const int GluedHeadChars = 120;

    public string Name => "stamp";

    public void Recognize(RecognitionContext context)
    {
        MatchHeaderShape(context);
        var segments = context.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!segment.IsUnknown || segment.Span.Length > MaxStampChars * 4)
            {
                continue;
            }
            var text = Nfc.Compose(segment.Text).Trim();
            if (text.Length <= MaxStampChars && FirstStampLine(context.Knowledge, text) is { } line)
            {
                segment.Set(LineKind.Stamp, Name, $"stamp line ({line.Name})");
                if (RelativeAgo(text) is { } ago)
                {
                    context.RelativeStamps.Add(new RelativeStamp(segment.Line, text, ago));
                }
                continue;
            }
            // Dates and times need digits; a long line can only hold a stamp glued at its start, which begins with
            // a digit or a stamp word ("date 2025-09-01 Le secrétaire…").
            var headLength = text.Length <= MaxStampChars ? text.Length : GluedHeadChars;
            if (text.AsSpan(0, headLength).IndexOfAnyInRange('0', '9') < 0
                || (headLength < text.Length && !StartsLikeStamp(context.Knowledge, text) && !DatelinePlace().IsMatch(text)))
            {
                continue;
            }
            var head = headLength == text.Length ? text : text[..headLength];
            var dates = context.DateReader.Dates(head);
            var times = context.DateReader.Times(head, dates);
            if (dates.Count + times.Count == 0)
            {
                continue;
            }
            if (text.Length <= MaxStampChars)
            {
                var (leftover, capitalized) = Leftover(context.Knowledge, text, dates, times);
                if (dates.Count == 0 && leftover.Count == 0 && NextToPlayer(context, i))
                {
                    // "00:00" / "07:48" under an audio player: its position and length, not the time of day.
                    segment.Set(LineKind.Furniture, Name, "a player's time next to its controls", 0.8);
                    continue;
                }
                if (leftover.Count == 0 || (leftover.Count <= 2 && capitalized == leftover.Count))
                {
                    segment.Set(LineKind.Stamp, Name, leftover.Count == 0 ? "date stamp" : $"date stamp with a place or source ({string.Join(" ", leftover)})");
                    Record(context, segment, text, dates, "stamp");
                    continue;
                }
                // "par Veilleur", "Rédigé par Rouge-Gorge", "Soumis par mauriweb": the author of the page with its date.
                var by = leftover.FindIndex(word => word.ToLowerInvariant() is "par" or "by");
                var byName = by >= 0 && by <= 1 && leftover.Count - by is >= 2 and <= 5
                    && (by == 0 || leftover[0].ToLowerInvariant() is "rédigé" or "rédigée" or "écrit" or "écrite" or "posté" or "postée" or "soumis" or "publié" or "publiée" or "posted" or "written");
                // "Boursorama avec AFP": names joined by a connector are still only names.
                var names = leftover.Count(word => !context.Knowledge.NameConnectors.Contains(word));
                var byRole = leftover.Count <= 4 && leftover.Any(context.Knowledge.AuthorWords.Contains);
                if ((leftover.Count <= 5 && names > 0 && capitalized == names && !segment.Features.EndsSentence) || byName || byRole)
                {
                    segment.Set(LineKind.Byline, Name, $"a name with a date ({string.Join(" ", leftover)})");
                    Record(context, segment, text, dates, "byline");
                    continue;
                }
            }
            // "Publié dans Le Quotidien d'Oran le 11 - 07 - 2024": a line that opens with a publication or update cue
            // and holds a full date is a stamp, whatever source it names.
            if (text.Length <= MaxStampChars && segment.Features.WordCount <= MaxCuedStampWords && !segment.Features.EndsSentence
                && dates.Any(date => date.Date is not null) && StartsWithRole(context.Knowledge, text))
            {
                segment.Set(LineKind.Stamp, Name, "a publication or update cue with a date");
                Record(context, segment, text, dates, "stamp");
                continue;
            }
            if (DatelineEnd(text, dates) is { } datelineEnd)
            {
                // "Oslo, le 10 mars 2017 – Une délégation…": the dateline of a dispatch, split off the text it opens.
                context.Split(i, OffsetAfter(segment, text, datelineEnd));
                segment.Set(LineKind.Stamp, Name, "dateline of a dispatch");
                Record(context, segment, text[..datelineEnd], dates.Where(date => date.End <= datelineEnd).ToList(), "stamp");
                continue;
            }
            if (GluedStampEnd(context.Knowledge, text, dates, times) is { } end && end <= head.Length)
            {
                // The stamp keeps the segment; the article text after it becomes a segment of its own.
                context.Split(i, OffsetAfter(segment, text, end));
                segment.Set(LineKind.Stamp, Name, "date stamp glued before the text");
                Record(context, segment, text[..end], dates.Where(date => date.End <= end).ToList(), "stamp");
            }
        }
        RecordUrlDates(context);
        // Bullets and separators between stamp lines belong to the stamp block ("  • |"); so do short bullet lines
        // of a bullet header ("  • Kaboul (Afghanistan)", "  • Communiqué de presse (2018) 074").
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsUnknown && IsBullet(segments[i]) && segments[i].Features.WordCount <= 6 && !segments[i].Features.EndsSentence
                && ((IsStampAt(context, i - 1) && IsBullet(segments[i - 1]) && context.Touching(i - 1, i))
                    || (IsStampAt(context, i + 1) && IsBullet(segments[i + 1]) && context.Touching(i, i + 1))))
            {
                segments[i].Set(LineKind.Stamp, Name, "a line of a bullet header", 0.8);
            }
        }
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].IsUnknown && (IsStampAt(context, i - 1) || IsStampAt(context, i + 1))
                && !segments[i].Text.AsSpan().ContainsAnyExcept(" \t\u00A0\u202F•·|–—-*/"))
            {
                segments[i].Set(LineKind.Stamp, Name, "separator inside a stamp block");
            }
        }
    }

    private static NamedPattern? FirstStampLine(CorpusKnowledge knowledge, string text)
    {
        foreach (var pattern in knowledge.StampLines)
        {
            if (pattern.Pattern.IsMatch(text))
            {
                return pattern;
            }
        }
        return null;
    }

    private static bool StartsLikeStamp(CorpusKnowledge knowledge, string text)
    {
        var start = text.AsSpan().TrimStart(" •|·-–—(\u00A0\u202F");
        if (start.Length == 0 || char.IsDigit(start[0]))
        {
            return start.Length > 0;
        }
        var end = 0;
        while (end < start.Length && char.IsLetter(start[end]))
        {
            end++;
        }
        return end > 0 && knowledge.StampWords.Contains(start[..end].ToString());
    }

    private static bool NextToPlayer(RecognitionContext context, int index) =>
        (index > 0 && context.Touching(index - 1, index) && IsPlayer(context.Segments[index - 1]))
        || (index + 1 < context.Segments.Count && context.Touching(index, index + 1) && IsPlayer(context.Segments[index + 1]));

    private static bool IsPlayer(SegmentState segment) => segment.Kind == LineKind.Furniture && segment.Reason == "video-player";

    private static bool StartsWithRole(CorpusKnowledge knowledge, string text)
    {
        var lower = text.ToLowerInvariant();
        return knowledge.StampRoles.Any(role => lower.StartsWith(role.Phrase, StringComparison.Ordinal)
            && (lower.Length == role.Phrase.Length || !char.IsLetter(lower[role.Phrase.Length])));
    }

    private static bool IsBullet(SegmentState segment) => segment.Text.AsSpan().TrimStart().StartsWith("•", StringComparison.Ordinal);

    private static bool IsStampAt(RecognitionContext context, int index) =>
        index >= 0 && index < context.Segments.Count && context.Segments[index].Kind == LineKind.Stamp;

    /// <summary>The offset in the source where the text after a glued stamp starts.</summary>
    private static int OffsetAfter(SegmentState segment, string trimmedNfc, int end)
    {
        // NFC can shorten the text before the split point only where it composes accents; stamps are short and
        // the offset is found again by the length of the raw prefix that holds the same visible characters.
        var raw = segment.Text;
        var leading = raw.Length - raw.TrimStart().Length;
        var prefix = trimmedNfc[..end];
        var rawIndex = leading;
        var composedLength = 0;
        while (rawIndex < raw.Length && composedLength < prefix.Length)
        {
            rawIndex++;
            composedLength = Nfc.Compose(raw[leading..rawIndex]).Length;
        }
        return segment.Span.Start + rawIndex;
    }

    /// <summary>A header of a known shape near the top: consecutive lines all matching one shape's patterns.</summary>
    private void MatchHeaderShape(RecognitionContext context)
    {
        var segments = context.Segments;
        for (var start = 0; start < Math.Min(HeaderSearchSegments, segments.Count); start++)
        {
            if (!segments[start].IsUnknown)
            {
                continue;
            }
            foreach (var shape in context.Knowledge.HeaderShapes)
            {
                var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
                var lines = new List<string>();
                var end = start;
                // Header lines are short: a paragraph is not looked at (nor copied) for every shape.
                while (end < segments.Count && segments[end].IsUnknown && (end == start || context.Touching(end - 1, end))
                    && segments[end].Span.Length <= MaxStampChars && segments[end].Span == context.Source.LineSpan(segments[end].Line))
                {
                    // Patterns are written in NFC; a decomposed "é" must still match (NC207 reports it).
                    var text = segments[end].Text;
                    var composed = Nfc.Compose(text);
                    Match? match = null;
                    foreach (var pattern in shape.Lines)
                    {
                        if (pattern.Match(composed) is { Success: true } found)
                        {
                            match = found;
                            break;
                        }
                    }
                    if (match is null)
                    {
                        break;
                    }
                    lines.Add(text);
                    foreach (var group in match.Groups.Values.Where(group => group.Success && !char.IsDigit(group.Name[0])))
                    {
                        fields[group.Name] = group.Value;
                    }
                    end++;
                }
                if (lines.Count == 0)
                {
                    continue;
                }
                var first = segments[start];
                var last = segments[end - 1];
                context.Header = new HeaderBlock(shape.Name, shape.TimeZone, new LineBlock(first.Line, last.Line, TextSpan.FromBounds(first.Span.Start, last.Span.End)), lines, fields);
                for (var i = start; i < end; i++)
                {
                    segments[i].Set(LineKind.Stamp, Name, $"header block ({shape.Name})");
                    Record(context, segments[i], Nfc.Compose(segments[i].Text), context.DateReader.Dates(Nfc.Compose(segments[i].Text)), "header");
                }
                return;
            }
        }
    }

    /// <summary>The words left once dates, times, stamp words and agencies are taken out; how many are capitalized.</summary>
    private static (List<string> Words, int Capitalized) Leftover(CorpusKnowledge knowledge, string text, List<DateMention> dates, List<TimeMention> times)
    {
        var chars = text.ToCharArray();
        foreach (var (index, length) in dates.Select(date => (date.Index, date.Length)).Concat(times.Select(time => (time.Index, time.Length))))
        {
            Array.Fill(chars, ' ', index, length);
        }
        var rest = knowledge.AgencyPattern.Replace(new string(chars), " ");
        var words = new List<string>();
        var capitalized = 0;
        foreach (var word in Words.In(rest))
        {
            // An agency written in lower case ("Source: xinhua | 12.07.2024") is still only the agency.
            var value = word.ToString();
            if (knowledge.StampWords.Contains(value) || knowledge.Months.ContainsKey(value) || knowledge.Agencies.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            words.Add(value);
            if (char.IsUpper(word[0]))
            {
                capitalized++;
            }
        }
        return (words, capitalized);
    }

    /// <summary>
    /// Where a stamp glued before article text ends ("date 2025-09-01 Le secrétaire général…"): the line starts
    /// with a date or a stamp cue, holds only stamp tokens up to there, and goes on with a capitalized sentence.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\(\p{Lu}[\p{Lu}.-]{0,10}\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 5000)]
    private static partial System.Text.RegularExpressions.Regex SourceCode();

    private static int? GluedStampEnd(CorpusKnowledge knowledge, string text, List<DateMention> dates, List<TimeMention> times)
    {
        var position = 0;
        var sawDate = false;
        var firstToken = true;
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]) || text[position] is '•' or '|' or '·' or '-' or '–' or '—' or ':' or ',' or '(' or ')' or '\u00A0' or '\u202F')
            {
                position++;
                continue;
            }
            // "(18 septembre 2025) (CH-S) La participation…": a source's code in parentheses after the date.
            if (sawDate && SourceCode().Match(text, position) is { Success: true } code)
            {
                position += code.Length;
                continue;
            }
            if (dates.FirstOrDefault(date => date.Index == position) is { } date)
            {
                position = date.End;
                sawDate = true;
                firstToken = false;
                continue;
            }
            if (times.FirstOrDefault(time => time.Index == position) is { } time)
            {
                position = time.Index + time.Length;
                firstToken = false;
                continue;
            }
            var word = WordAt().Match(text, position);
            if (!word.Success)
            {
                break;
            }
            var value = word.Value;
            var isStampWord = knowledge.StampWords.Contains(value) || value.All(char.IsDigit);
            // After the date, a capitalized word starts the text ("date 2024-11 Ce mercredi…"), unless it names an update.
            if (sawDate && char.IsUpper(value[0]) && !knowledge.StampRoles.Any(role => role.Phrase.StartsWith(value.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                break;
            }
            // "Le 12 mars 2024, les ministres…" is a sentence, not a stamp: a stamp starts with a date or a cue.
            if (!isStampWord || (firstToken && value.ToLowerInvariant() is "le" or "ce" or "à" or "de" or "du" or "il" or "depuis" or "et" or "en" or "on" or "the" or "at"))
            {
                break;
            }
            position = word.Index + word.Length;
            firstToken = false;
        }
        if (!sawDate || position >= text.Length)
        {
            return null;
        }
        var rest = text[position..];
        var restWords = Words.ToList(rest).Count;
        if (restWords < GluedTextMinWords || !(char.IsUpper(rest[0]) || rest[0] is '«' or '"' or '“'))
        {
            return null;
        }
        // "• 12 Jul. 2018 - Les Alliés renforcent…" in a list of other news is a dated headline, not a stamp glued
        // to article text: what follows a glued stamp is prose (a sentence, or a long run of words).
        if (!Sentences.EndsSentence(rest) && restWords < GluedProseWords)
        {
            return null;
        }
        // Step back over the spaces and separators eaten before the text.
        var end = position;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\u00A0' or '\u202F'))
        {
            end--;
        }
        return end;
    }

    /// <summary>
    /// Where the dateline opening a dispatch ends ("Oslo, le 10 mars 2017 – ", "BRUXELLES, 10 mars (Reuters) - "):
    /// a place (maybe with its country in brackets), a date, maybe an agency in brackets, a dash, then the text.
    /// </summary>
    private static int? DatelineEnd(string text, List<DateMention> dates)
    {
        var place = DatelinePlace().Match(text);
        if (!place.Success || dates.FirstOrDefault(date => date.Index == place.Length) is not { } date)
        {
            return null;
        }
        var dash = DatelineDash().Match(text, date.End);
        if (!dash.Success || Words.ToList(text.AsSpan(dash.Index + dash.Length)).Count < GluedTextMinWords)
        {
            return null;
        }
        return dash.Index + dash.Length;
    }

    // The place may name its country in brackets: "NOORDWIJK (Pays-Bas), 25 oct 2007 (AFP) - Les ministres…".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}’'-]+(?:[\s-]\p{Lu}[\p{L}’'-]+){0,2})(?:\s\(\p{Lu}[\p{L} .’'-]{1,30}\))?,?\s+(?:le\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"\G\s*(?:\([\p{L} .-]{1,30}\)\s*)?[–—-]\s+(?=[\p{Lu}«""“])", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDash();

    /// <summary>Records the dates of a stamp or byline with their roles: the last role word before a date decides.</summary>
    internal static void Record(RecognitionContext context, SegmentState segment, string text, List<DateMention> dates, string origin)
    {
        var lower = text.ToLowerInvariant();
        var previousEnd = 0;
        var count = 0;
        foreach (var date in dates)
        {
            var before = lower[previousEnd..date.Index];
            string? role = null;
            var rolePosition = -1;
            foreach (var (phrase, name) in context.Knowledge.StampRoles)
            {
                var at = before.LastIndexOf(phrase, StringComparison.Ordinal);
                if (at > rolePosition)
                {
                    (role, rolePosition) = (name, at);
                }
            }
            var isRangeEnd = count > 0 && role is null && RangeJoin().IsMatch(before);
            var dateRole = role == "updated" ? DateRole.Updated
                : isRangeEnd ? DateRole.EventEnd
                : role == "published" || count == 0 ? DateRole.Published
                : DateRole.Updated;
            context.Dates.Add(new StampDate(dateRole, date.Year, date.Month, date.Day, date.Time, date.Offset, segment.Line, origin, text.Substring(date.Index, date.Length))
            {
                MonthOnly = date.Form == DateForm.IsoMonth,
                Cued = role is not null || origin is "byline" or "header",
            });
            previousEnd = date.End;
            count++;
        }
    }

    /// <summary>
    /// A page's address often holds its date ("…/2024/05/14/…", "…-2024-05-14-…"): recorded with origin "url", used
    /// only when no stamp, byline or header gives a date, and as the year of a body date ("ce mardi 14 mai").
    /// </summary>
    private static void RecordUrlDates(RecognitionContext context)
    {
        foreach (var segment in context.Segments)
        {
            if (!segment.Text.Contains("http", StringComparison.Ordinal) && !segment.Text.Contains("www.", StringComparison.Ordinal))
            {
                continue;
            }
            var match = UrlDate().Match(segment.Text);
            if (match.Success && int.TryParse(match.Groups["y"].ValueSpan, out var year) && int.TryParse(match.Groups["m"].ValueSpan, out var month)
                && int.TryParse(match.Groups["d"].ValueSpan, out var day) && month is >= 1 and <= 12 && day >= 1 && day <= NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                context.Dates.Add(new StampDate(DateRole.Published, year, month, day, null, null, segment.Line, "url", match.Value));
                return;
            }
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S*?[/_-](?<y>(?:19|20)\d{2})[/_-](?<m>\d{2})[/_-](?<d>\d{2})(?=[/_.-])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    /// <summary>How long ago a relative stamp says the page was published ("il y a 3 heures", "2 days ago", "hier").</summary>
    internal static NodaTime.Duration? RelativeAgo(string text)
    {
        var match = RelativeAmount().Match(text);
        if (match.Success && int.TryParse(match.Groups["n"].ValueSpan, out var amount))
        {
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            return unit[0] switch
            {
                'm' when unit.StartsWith("mi", StringComparison.Ordinal) => NodaTime.Duration.FromMinutes(amount),
                'h' => NodaTime.Duration.FromHours(amount),
                'j' or 'd' => NodaTime.Duration.FromDays(amount),
                's' or 'w' => NodaTime.Duration.FromDays(7 * amount),
                _ => null,
            };
        }
        var lower = text.ToLowerInvariant();
        return lower.Contains("hier", StringComparison.Ordinal) || lower.Contains("yesterday", StringComparison.Ordinal) ? NodaTime.Duration.FromDays(1)
            : lower.Contains("aujourd", StringComparison.Ordinal) || lower.Contains("today", StringComparison.Ordinal) ? NodaTime.Duration.Zero
            : null;
    }

    [GeneratedRegex(@"(?<n>\d+)\s*(?<unit>minutes?|mins?|heures?|hours?|h|jours?|days?|semaines?|weeks?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAmount();

    [GeneratedRegex(@"\G[\p{L}\p{N}’']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordAt();

    [GeneratedRegex(@"^\s*(?:-|–|—|au|to|until|jusqu’au|jusqu'au)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();
}
