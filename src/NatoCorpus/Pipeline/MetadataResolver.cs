using System.Globalization;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Parsing;
using NodaTime;
using NodaTime.Text;

namespace NatoCorpus.Pipeline;

/// <summary>Weighs sidecar, header and body to decide title source, date, update time and reading time.</summary>
public static class MetadataResolver
{
    public static DocumentMetadata Resolve(ParsedDocument document, Sidecar? sidecar, CorpusKnowledge knowledge)
    {
        var fields = document.Header?.Fields ?? new Dictionary<string, string>();
        var zone = document.Header?.TimeZone ?? "Europe/Brussels";

        FieldSource? titleSource = sidecar?.Fields.Title is not null ? FieldSource.Sidecar
            : document.Title is not null ? FieldSource.Text
            : null;

        var (date, dateSource, bodyDate) = ResolveDate(document, sidecar, fields, knowledge);

        string? updated = null;
        if (fields.TryGetValue("updated", out var updatedText) && DateText.ParseDayMonthYearTime(updatedText, knowledge) is { } local)
        {
            updated = DateText.ToOffsetTimestamp(local, zone);
        }
        int? readingTime = fields.TryGetValue("reading_time", out var minutes) ? int.Parse(minutes, CultureInfo.InvariantCulture) : null;

        return new DocumentMetadata(titleSource, sidecar?.Fields.Title, date, dateSource, bodyDate, updated, readingTime, sidecar?.Fields.SourceUrl, sidecar);
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
        // A header month ("2020-11") gives the year and month; the body gives the day.
        YearMonth? month = null;
        if (fields.TryGetValue("month", out var monthText) && YearMonthPattern.Iso.Parse(monthText) is { Success: true } parsed)
        {
            month = parsed.Value;
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
        return (null, null, null);
    }
}
