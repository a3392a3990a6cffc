using System.Globalization;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Parsing;
using NodaTime;
using NodaTime.Text;

namespace NatoCorpus.Pipeline;

/// <summary>
/// Weighs sidecar, header, stamps, bylines, a front matter and the body to decide title source, publication
/// date, update time, end of an event and reading time. Publication and update dates are kept apart: a text's
/// date is its first publication date; a text that only says when it was updated is dated by that update.
/// </summary>
public static class MetadataResolver
{
    private const string DefaultZone = "Europe/Brussels";

    public static DocumentMetadata Resolve(ParsedDocument document, Sidecar? sidecar, CorpusKnowledge knowledge)
    {
        var fields = document.Header?.Fields ?? new Dictionary<string, string>();
        var zone = document.Header?.TimeZone ?? DefaultZone;

        FieldSource? titleSource = sidecar?.Fields.Title is not null ? FieldSource.Sidecar
            : document.Title is not null ? FieldSource.Text
            : null;

        var (date, dateSource, bodyDate) = ResolveDate(document, sidecar, fields, knowledge);

        string? updated = null;
        if (fields.TryGetValue("updated", out var updatedText) && DateText.ParseDayMonthYearTime(updatedText, knowledge) is { } local)
        {
            updated = DateText.ToOffsetTimestamp(local, zone);
        }
        else if (document.Dates.FirstOrDefault(stamp => stamp.Role == DateRole.Updated && stamp.Date is not null) is { } update && update.Date != date)
        {
            updated = update.Time is { } time
                ? update.Offset is { } offset
                    ? new OffsetDateTime(update.Date!.Value + time, offset).ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture)
                    : DateText.ToOffsetTimestamp(update.Date!.Value + time, zone)
                : update.Date!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }
        int? readingTime = fields.TryGetValue("reading_time", out var minutes) ? int.Parse(minutes, CultureInfo.InvariantCulture) : null;
        var eventEnd = document.Dates.FirstOrDefault(stamp => stamp.Role == DateRole.EventEnd && stamp.Date is not null && stamp.Date != date)?.Date;

        return new DocumentMetadata(titleSource, sidecar?.Fields.Title, date, dateSource, bodyDate, updated, readingTime, sidecar?.Fields.SourceUrl, sidecar)
        {
            EventEnd = eventEnd,
        };
    }

    private static (LocalDate?, FieldSource?, BodyDate?) ResolveDate(
        ParsedDocument document, Sidecar? sidecar, IReadOnlyDictionary<string, string> fields, CorpusKnowledge knowledge)
    {
        if (sidecar?.Fields.Date is { } sidecarDate)
        {
            return (LocalDatePattern.Iso.Parse(sidecarDate).Value, FieldSource.Sidecar, null);
        }
        if (fields.TryGetValue("date", out var headerDate) && DateText.ParseDayMonthYear(headerDate, knowledge) is { } full)
        {
            return (full, FieldSource.Header, null);
        }
        if (fields.TryGetValue("date_iso", out var isoDate) && LocalDatePattern.Iso.Parse(isoDate) is { Success: true } iso)
        {
            return (iso.Value, FieldSource.Header, null);
        }
        // Stamps, bylines and a front matter, in the order of the text: the first publication date wins; failing
        // one, the first update (a page that only says "Updated: 19-Dec-2002" is dated by it).
        var dated = document.Dates.Where(stamp => stamp.Date is not null && !stamp.MonthOnly && stamp.Origin != "url").ToList();
        // A date a word names ("Publié le", a byline's) wins over a bare one, which may be a site header's "today".
        // Among bare dates, one under the title is the article's: above it sit the site's "today" ("mercredi 25
        // novembre 2026" in a top bar) and a printout's date. Under the title means in its header, above the text.
        var titleLine = document.Title?.FirstLine ?? 0;
        var textLine = document.Paragraphs.FirstOrDefault(paragraph => paragraph.FirstLine > titleLine)?.FirstLine ?? int.MaxValue;
        var published = dated.FirstOrDefault(stamp => stamp.Role == DateRole.Published && stamp.Cued)
            ?? dated.FirstOrDefault(stamp => stamp.Role == DateRole.Published && stamp.Line > titleLine && stamp.Line < textLine && titleLine > 0
                && dated.Any(above => above.Line < titleLine))
            ?? dated.FirstOrDefault(stamp => stamp.Role == DateRole.Published)
            ?? dated.FirstOrDefault(stamp => stamp.Role == DateRole.Updated);
        if (published is not null)
        {
            return (published.Date, Source(published.Origin), null);
        }
        // A header month ("2020-11") gives the year and month; the body gives the day.
        YearMonth? month = null;
        if (fields.TryGetValue("month", out var monthText) && YearMonthPattern.Iso.Parse(monthText) is { Success: true } parsed)
        {
            month = parsed.Value;
        }
        else if (document.Dates.FirstOrDefault(stamp => stamp.MonthOnly) is { Year: { } year } monthStamp)
        {
            month = new YearMonth(year, monthStamp.Month);
        }
        else if (document.Dates.FirstOrDefault(stamp => stamp.Origin == "url") is { Date: { } urlDate })
        {
            // The address's date is the page's: the body's dated phrase, if any, must agree with its month.
            month = urlDate.ToYearMonth();
        }
        foreach (var paragraph in document.Paragraphs)
        {
            // Dates are matched on NFC text; NFC keeps the length of these ASCII-and-accent phrases close, and the
            // offset is only used to point at the paragraph.
            var text = Text.Nfc.Compose(document.Source[paragraph.Span]);
            foreach (var found in DateText.FindInBody(text, paragraph.Span.Start, month?.Year, knowledge))
            {
                if (month is null || found.Date.ToYearMonth() == month)
                {
                    return (found.Date, FieldSource.Body, found);
                }
            }
        }
        if (document.Dates.FirstOrDefault(stamp => stamp.Origin == "url") is { Date: { } addressDate })
        {
            return (addressDate, FieldSource.Url, null);
        }
        // "il y a 3 heures" names a day only with the time the page was read, which the archivist gives.
        if (document.RelativeStamps.Count > 0 && sidecar?.Fields.Retrieved is { } retrieved && SidecarReader.Retrieval(retrieved) is { } when)
        {
            var zone = DateTimeZoneProviders.Tzdb[DefaultZone];
            var day = (when.ToInstant() - document.RelativeStamps[0].Ago).InZone(zone).Date;
            return (day, FieldSource.Stamp, null);
        }
        return (null, null, null);
    }

    private static FieldSource Source(string origin) => origin switch
    {
        "header" => FieldSource.Header,
        "byline" => FieldSource.Byline,
        "front_matter" => FieldSource.FrontMatter,
        "url" => FieldSource.Url,
        _ => FieldSource.Stamp,
    };
}
