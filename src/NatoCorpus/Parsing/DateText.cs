using System.Globalization;
using System.Text.RegularExpressions;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NodaTime;
using NodaTime.TimeZones;

namespace NatoCorpus.Parsing;


/// <summary>Dates as the texts write them, with month and weekday names from the calendar data file.</summary>
public static partial class DateText
{
    /// <summary>"11 Feb. 2021", "30 novembre 2020", "1er décembre 2020".</summary>
    public static LocalDate? ParseDayMonthYear(string text, CorpusKnowledge knowledge)
    {
        var match = DayMonthYear().Match(text);
        return match.Success ? Make(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, knowledge) : null;
    }

    /// <summary>"November 30, 2020".</summary>
    public static LocalDate? ParseMonthDayYear(string text, CorpusKnowledge knowledge)
    {
        var match = MonthDayYear().Match(text);
        return match.Success ? Make(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, knowledge) : null;
    }

    /// <summary>"11 Feb. 2021 17:40" as a local date and time.</summary>
    public static LocalDateTime? ParseDayMonthYearTime(string text, CorpusKnowledge knowledge)
    {
        var match = DayMonthYearTime().Match(text);
        if (!match.Success || Make(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, knowledge) is not { } date)
        {
            return null;
        }
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 ? date + new LocalTime(hour, minute) : null;
    }

    /// <summary>The local time in <paramref name="zoneId"/> as an ISO 8601 timestamp with that day's offset.</summary>
    public static string? ToOffsetTimestamp(LocalDateTime local, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zone is null)
        {
            return null;
        }
        // A time in the spring-forward gap or the autumn overlap still names one instant: take the lenient one.
        var zoned = local.InZone(zone, Resolvers.LenientResolver);
        return zoned.ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Dates written in the body: "ce lundi 30 novembre", "ce mardi (28 novembre 2023)", "le 24 novembre 2020".
    /// A date without a year takes <paramref name="yearHint"/>; with no hint it is skipped.
    /// </summary>
    public static IEnumerable<BodyDate> FindInBody(string text, int baseOffset, int? yearHint, CorpusKnowledge knowledge)
    {
        foreach (Match match in BodyDatePattern().Matches(text))
        {
            var yearText = match.Groups["year"].Success ? match.Groups["year"].Value : yearHint?.ToString(CultureInfo.InvariantCulture);
            if (yearText is null || Make(yearText, match.Groups["month"].Value, match.Groups["day"].Value, knowledge) is not { } date)
            {
                continue;
            }
            if (match.Groups["weekday"].Success)
            {
                if (!knowledge.Weekdays.TryGetValue(match.Groups["weekday"].Value, out var weekday))
                {
                    continue;
                }
                // A weekday that does not fit the date means the year guess (or the text) is wrong: do not trust it.
                if ((int)date.DayOfWeek != weekday)
                {
                    continue;
                }
            }
            yield return new BodyDate(date, baseOffset + match.Index, match.Value);
        }
    }

    private static LocalDate? Make(string year, string monthName, string day, CorpusKnowledge knowledge)
    {
        if (!knowledge.Months.TryGetValue(monthName.TrimEnd('.'), out var month))
        {
            return null;
        }
        var dayNumber = int.Parse(day.Replace("er", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var yearNumber = int.Parse(year, CultureInfo.InvariantCulture);
        if (yearNumber is < 1 or > 9999 || dayNumber < 1 || dayNumber > CalendarSystem.Iso.GetDaysInMonth(yearNumber, month))
        {
            return null;
        }
        return new LocalDate(yearNumber, month, dayNumber);
    }

    [GeneratedRegex(@"(?<day>\d{1,2})(?:er)?\s+(?<month>\p{L}+\.?)\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<month>\p{L}+\.?)\s+(?<day>\d{1,2}),\s+(?<year>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<day>\d{1,2})\s+(?<month>\p{L}+\.?)\s+(?<year>\d{4})\s+(?<hour>\d{1,2})[:h](?<minute>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearTime();

    // The weekday is what makes a bare "30 novembre" a date of the event rather than a mention of some date.
    [GeneratedRegex(@"\b(?:[Cc]e|[Ll]e)\s+(?<weekday>\p{L}+)\s*\(?\s*(?<day>\d{1,2}|1er)\s+(?<month>\p{L}+)(?:\s+(?<year>\d{4}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex BodyDatePattern();
}
