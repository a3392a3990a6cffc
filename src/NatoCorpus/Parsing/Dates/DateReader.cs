using System.Globalization;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NodaTime;

namespace NatoCorpus.Parsing.Dates;

/// <summary>How a date was written, which says how far it can be trusted.</summary>
public enum DateForm
{
    /// <summary>"2022-11-25", "2022-11-25T17:03+0100".</summary>
    Iso,
    /// <summary>"2023-05": a year and a month only.</summary>
    IsoMonth,
    /// <summary>"18 fév. 2008", "13.juillet.2016", "19-Dec-2002", "March 13, 2024".</summary>
    Named,
    /// <summary>"18.07.2019", "27/06/2012", "13.7.16" (day first, as French and European pages write).</summary>
    Numeric,
    /// <summary>"16 mai", "Oct 16": no year; needs one from elsewhere.</summary>
    NamedNoYear,
}

/// <summary>One date (and maybe time) written in a text, with its place in that text.</summary>
public sealed record DateMention(int Index, int Length, DateForm Form, int? Year, int Month, int Day, LocalTime? Time, Offset? Offset)
{
    public int End => Index + Length;

    public LocalDate? Date => Year is { } year && Form != DateForm.IsoMonth ? new LocalDate(year, Month, Day) : null;
}

/// <summary>A clock time written alone ("14h05", "6h00", "12:44").</summary>
public sealed record TimeMention(int Index, int Length, LocalTime Time);

/// <summary>
/// Reads every date and time form that real pages use, French and English: named months with or without a period
/// and in any separator ("18 fév. 2008", "11 Feb. 2021", "13.juillet.2016", "19-Dec-2002", "March 13, 2024",
/// "Oct 16"), numeric day-first dates ("18.07.2019", "27/06/2012"), ISO dates and timestamps with offsets, and
/// times ("14h05", "12:44"). Month names come from the calendar data file, so an archivist can add a language.
/// </summary>
public sealed partial class DateReader
{
    private readonly CorpusKnowledge _knowledge;
    private readonly AdaptiveRegex _dayMonthYear;
    private readonly AdaptiveRegex _monthDayYear;
    private readonly AdaptiveRegex _dayMonth;
    [GeneratedRegex(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::\d{2}(?:\.\d+)?)?(?<off>Z|[+-]\d{2}:?\d{2})?)?(?![\d])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoPatternRegex();

    private static Regex IsoPattern => IsoPatternRegex();
    [GeneratedRegex(@"(?<![\d-])(?<y>(?:19|20)\d{2})-(?<m>\d{2})(?![\d-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoMonthPatternRegex();

    private static Regex IsoMonthPattern => IsoMonthPatternRegex();
    [GeneratedRegex(@"(?<![\d./-])(?<d>\d{1,2})(?:(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|\s(?<sep>[./-])\s(?<m>\d{1,2})\s\k<sep>\s(?<y>\d{4}))(?![\d]|[./-]\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumericPatternRegex();

    private static Regex NumericPattern => NumericPatternRegex();
    [GeneratedRegex(@"(?<![\d:.,])(?<h>[01]?\d|2[0-3])(?:\s?(?:h|H)\s?(?<min>[0-5]\d)?|:(?<min>[0-5]\d)(?::[0-5]\d)?)(?![\d])(?!\s?%)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimePatternRegex();

    private static Regex TimePattern => TimePatternRegex();

    [GeneratedRegex(@"\G\s*(?:,|à|a|at|-|–|—|\||•|·)?\s*(?<h>[01]?\d|2[0-3])\s?(?:[hH:]\s?(?<min>[0-5]\d)?)(?![\d%])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TimeAfterPatternRegex();

    private static Regex TimeAfterPattern => TimeAfterPatternRegex();

    /// <summary>
    /// Numeric dates of this text are written month first ("12.20.2023", "01.03.2024" on an American page): the text
    /// itself shows it, with a date whose middle number cannot be a month. See <see cref="ForText"/>.
    /// </summary>
    private readonly bool _monthFirst;

    private DateReader(DateReader from, bool monthFirst)
    {
        _knowledge = from._knowledge;
        _dayMonthYear = from._dayMonthYear;
        _monthDayYear = from._monthDayYear;
        _dayMonth = from._dayMonth;
        _monthFirst = monthFirst;
    }

    /// <summary>
    /// The reader for one text: numeric dates are day first, as French writes them, unless the text holds a numeric
    /// date that only reads month first ("Date Taken: 12.20.2023") and none that only reads day first; then every
    /// numeric date of the text is read month first, so "01.03.2024" on that page is January 3rd.
    /// </summary>
    public DateReader ForText(string text)
    {
        if (!text.AsSpan().ContainsAny("./-"))
        {
            return this;
        }
        var monthFirst = false;
        foreach (Match match in NumericPattern.Matches(text))
        {
            var (first, second) = (Int(match.Groups["d"].Value), Int(match.Groups["m"].Value));
            if (first > 12 && second <= 12)
            {
                return this;
            }
            monthFirst |= second > 12 && second <= 31 && first is >= 1 and <= 12;
        }
        return monthFirst ? new DateReader(this, monthFirst: true) : this;
    }

    public DateReader(CorpusKnowledge knowledge)
    {
        _knowledge = knowledge;
        // Longest names first, so "sept" is not read as "sep" followed by a stray "t".
        var months = string.Join("|", knowledge.Months.Keys.OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).Select(Regex.Escape));
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        _dayMonthYear = new AdaptiveRegex(
            $@"(?<![\p{{L}}\d])(?<d>\d{{1,2}})(?:er|st|nd|rd|th)?[\s.\-/]*(?<m>{months})(?![\p{{L}}])\.?[\s.\-/,]*(?<y>\d{{4}})(?!\d)",
            options, CorpusKnowledge.RegexTimeout);
        _monthDayYear = new AdaptiveRegex(
            $@"(?<![\p{{L}}\d])(?<m>{months})(?![\p{{L}}])\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{{4}}))?(?!\d)",
            options, CorpusKnowledge.RegexTimeout);
        _dayMonth = new AdaptiveRegex(
            $@"(?<![\p{{L}}\d])(?<d>\d{{1,2}})(?:er)?\s+(?<m>{months})(?![\p{{L}}])\.?",
            options, CorpusKnowledge.RegexTimeout);
    }

    /// <summary>Every date in <paramref name="text"/>, in order, none overlapping; invalid days are skipped.</summary>
    public List<DateMention> Dates(string text)
    {
        var found = new List<DateMention>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return [];
        }
        // Each pattern runs only where its form can be: a match allocates, and most lines with a digit hold no date.
        var dashed = text.Contains('-', StringComparison.Ordinal);
        var monthAfterNumber = HasNumberBeforeMonth(text);
        foreach (Match match in dashed ? IsoPattern.Matches(text).AsEnumerable() : NoMatches)
        {
            var time = match.Groups["h"].Success ? MakeTime(match.Groups["h"].Value, match.Groups["min"].Value) : null;
            Offset? offset = match.Groups["off"].Success ? ParseOffset(match.Groups["off"].Value) : null;
            Add(found, match, DateForm.Iso, Int(match.Groups["y"].Value), Int(match.Groups["m"].Value), Int(match.Groups["d"].Value), time, offset);
        }
        foreach (Match match in monthAfterNumber ? _dayMonthYear.Matches(text).AsEnumerable() : NoMatches)
        {
            AddNamed(found, match, DateForm.Named);
        }
        if (HasMonthBeforeNumber(text))
        {
            foreach (Match match in _monthDayYear.Matches(text))
            {
                AddNamed(found, match, match.Groups["y"].Success ? DateForm.Named : DateForm.NamedNoYear);
            }
        }
        foreach (Match match in text.AsSpan().ContainsAny("./-") ? NumericPattern.Matches(text).AsEnumerable() : NoMatches)
        {
            var year = Int(match.Groups["y"].Value);
            // Two-digit years are this century's: the corpus is about a twenty-first-century alliance's press.
            year = year < 100 ? 2000 + year : year;
            var (day, month) = _monthFirst ? (Int(match.Groups["m"].Value), Int(match.Groups["d"].Value)) : (Int(match.Groups["d"].Value), Int(match.Groups["m"].Value));
            Add(found, match, DateForm.Numeric, year, month, day, null, null);
        }
        foreach (Match match in monthAfterNumber ? _dayMonth.Matches(text).AsEnumerable() : NoMatches)
        {
            AddNamed(found, match, DateForm.NamedNoYear);
        }
        foreach (Match match in dashed ? IsoMonthPattern.Matches(text).AsEnumerable() : NoMatches)
        {
            var month = Int(match.Groups["m"].Value);
            if (month is >= 1 and <= 12 && !Overlaps(found, match.Index, match.Length))
            {
                found.Add(new DateMention(match.Index, match.Length, DateForm.IsoMonth, Int(match.Groups["y"].Value), month, 1, null, null));
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        // A time right after a date belongs to it ("11 Feb. 2021 17:40", "16 mai 2022 à 6h00").
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Time is null && TimeAfter(text, found[i].End) is { } time)
            {
                found[i] = found[i] with { Length = time.Index + time.Length - found[i].Index, Time = time.Time };
            }
        }
        return found;
    }

    /// <summary>
    /// True when a month name is followed by a number ("March 13", "Oct. 16"): the month-first pattern, whose many
    /// leading names make it the costliest, runs only then.
    /// </summary>
    private bool HasMonthBeforeNumber(string text)
    {
        var months = _knowledge.Months.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }
            var end = i;
            while (end > 0 && (text[end - 1] is ' ' or '.' or '\u00A0'))
            {
                end--;
            }
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            if (end > start && months.ContainsKey(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly IEnumerable<Match> NoMatches = [];

    /// <summary>True when a number is followed by a month name ("18 fév.", "13.juillet", "19-Dec", "1er mai").</summary>
    private bool HasNumberBeforeMonth(string text)
    {
        var months = _knowledge.Months.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]) || (i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                continue;
            }
            var start = i + 1;
            if (start + 1 < text.Length && text[start] == 'e' && text[start + 1] == 'r')
            {
                start += 2;
            }
            while (start < text.Length && (text[start] is ' ' or '.' or '-' or '/' or '\u00A0'))
            {
                start++;
            }
            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            if (end > start && months.ContainsKey(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Clock times in <paramref name="text"/> that are not inside a date.</summary>
    public List<TimeMention> Times(string text, IReadOnlyList<DateMention> dates)
    {
        var times = new List<TimeMention>();
        foreach (Match match in TimePattern.Matches(text))
        {
            if (dates.Any(date => match.Index < date.End && date.Index < match.Index + match.Length))
            {
                continue;
            }
            // "6h" alone is a time only with its "h"; "12" alone is a number.
            if (MakeTime(match.Groups["h"].Value, match.Groups["min"].Success ? match.Groups["min"].Value : "0") is { } time)
            {
                times.Add(new TimeMention(match.Index, match.Length, time));
            }
        }
        return times;
    }

    private TimeMention? TimeAfter(string text, int from)
    {
        var match = TimeAfterPattern.Match(text, from);
        if (!match.Success || MakeTime(match.Groups["h"].Value, match.Groups["min"].Success ? match.Groups["min"].Value : "0") is not { } time)
        {
            return null;
        }
        return new TimeMention(match.Groups["h"].Index, match.Index + match.Length - match.Groups["h"].Index, time);
    }

    private void AddNamed(List<DateMention> found, Match match, DateForm form)
    {
        if (!_knowledge.Months.TryGetValue(match.Groups["m"].Value.TrimEnd('.'), out var month))
        {
            return;
        }
        // "mai" and "mars" are also words ("en mai dernier" is a date, "Mars" a planet): a bare name without a day is never read.
        int? year = match.Groups["y"].Success ? Int(match.Groups["y"].Value) : null;
        var day = Int(match.Groups["d"].Value);
        // "du 18 au 24 mai 2011", "18-24 mai 2011": the range's first day is a date of its own, read first.
        if (form == DateForm.Named && RangeStart().Match(match.Result("$`")) is { Success: true } start && Int(start.Groups["d"].Value) is var first && first >= 1 && first < day)
        {
            var at = start.Groups["d"].Index;
            if (!Overlaps(found, at, start.Groups["d"].Length))
            {
                found.Add(new DateMention(at, start.Groups["d"].Length, DateForm.Named, year, month, first, null, null));
            }
        }
        Add(found, match, form, year, month, day, null, null);
    }

    [GeneratedRegex(@"(?<![\d.,/-])(?<d>\d{1,2})(?:er)?\s*(?:au|-|–)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RangeStart();

    private static void Add(List<DateMention> found, Match match, DateForm form, int? year, int month, int day, LocalTime? time, Offset? offset)
    {
        if (month is < 1 or > 12 || day < 1 || Overlaps(found, match.Index, match.Length))
        {
            return;
        }
        var checkYear = year ?? 2000; // a leap year: "29 février" without a year is possible
        if (checkYear is < 1 or > 9999 || day > CalendarSystem.Iso.GetDaysInMonth(checkYear, month))
        {
            return;
        }
        found.Add(new DateMention(match.Index, match.Length, form, year, month, day, time, offset));
    }

    private static bool Overlaps(List<DateMention> found, int index, int length) =>
        found.Any(other => index < other.End && other.Index < index + length);

    private static LocalTime? MakeTime(string hour, string minute)
    {
        var h = Int(hour);
        var m = minute.Length == 0 ? 0 : Int(minute);
        return h < 24 && m < 60 ? new LocalTime(h, m) : null;
    }

    private static Offset? ParseOffset(string text)
    {
        if (text == "Z")
        {
            return Offset.Zero;
        }
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var seconds = (Int(digits[..2]) * 3600) + (Int(digits[2..]) * 60);
        return Offset.FromSeconds(text[0] == '-' ? -seconds : seconds);
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
