using System.Security.Cryptography;
using System.Text;
using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NodaTime.Text;

namespace NatoCorpus.Pipeline;

/// <summary>Reads and validates a sidecar .meta.yaml; any problem is a <see cref="DataFileException"/> with its place.</summary>
public static class SidecarReader
{
    public const string Extension = ".meta.yaml";

    public static Sidecar Read(string relativePath, byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DataFileException(relativePath, 1, 1, "not valid UTF-8");
        }
        text = text.TrimStart('\uFEFF');
        var fields = StrictYaml.Read<SidecarFields>(text, relativePath);
        var locate = new Lazy<YamlLocator>(() => new YamlLocator(text));
        if (fields.Title is not null && string.IsNullOrWhiteSpace(fields.Title))
        {
            throw locate.Value.Error(relativePath, "title is empty", "title");
        }
        if (fields.Date is not null && LocalDatePattern.Iso.Parse(fields.Date) is var date)
        {
            if (!date.Success)
            {
                throw locate.Value.Error(relativePath, $"date '{fields.Date}' is not a date in the form YYYY-MM-DD", "date");
            }
            // NodaTime reads year 0000 (1 BC) but the front matter's dates, like JSON Schema's, start at 0001:
            // refused here, so normalize and check give the same answer.
            if (date.Value.Year < 1)
            {
                throw locate.Value.Error(relativePath, $"date '{fields.Date}': there is no year 0000 (years start at 0001)", "date");
            }
        }
        if (fields.Retrieved is not null && Retrieval(fields.Retrieved) is var retrieved)
        {
            if (retrieved is null)
            {
                throw locate.Value.Error(relativePath, $"retrieved '{fields.Retrieved}' is not a date (YYYY-MM-DD) or a timestamp (YYYY-MM-DDTHH:MM:SS+01:00)", "retrieved");
            }
            if (retrieved.Value.Year < 1)
            {
                throw locate.Value.Error(relativePath, $"retrieved '{fields.Retrieved}': there is no year 0000 (years start at 0001)", "retrieved");
            }
        }
        if (fields.SourceUrl is not null && !Uri.TryCreate(fields.SourceUrl, UriKind.Absolute, out _))
        {
            throw locate.Value.Error(relativePath, $"source_url '{fields.SourceUrl}' is not an absolute URL", "source_url");
        }
        for (var i = 0; i < fields.Suppressions.Count; i++)
        {
            var suppression = fields.Suppressions[i];
            if (Rules.RuleCatalog.Find(suppression.Rule) is null)
            {
                throw locate.Value.Error(relativePath, $"suppressions: unknown rule '{suppression.Rule}' (see `natocorpus rules`)", "suppressions", i, "rule");
            }
            if (suppression.Line is < 1)
            {
                throw locate.Value.Error(relativePath, $"suppressions: line {suppression.Line} is not a line number", "suppressions", i, "line");
            }
            if (suppression.Column is < 1)
            {
                throw locate.Value.Error(relativePath, $"suppressions: column {suppression.Column} is not a column number", "suppressions", i, "column");
            }
            if (suppression.Column is not null && suppression.Line is null)
            {
                throw locate.Value.Error(relativePath, "suppressions: a column needs its line (`line:`)", "suppressions", i, "column");
            }
            if (suppression.Match is { Length: 0 })
            {
                throw locate.Value.Error(relativePath, "suppressions: match is empty", "suppressions", i, "match");
            }
        }
        var places = fields.Suppressions.Count == 0 ? [] : Enumerable.Range(0, fields.Suppressions.Count)
            .Select(i => locate.Value.Find("suppressions", i) is var (line, column) ? new Text.LinePosition((int)line, (int)column) : default)
            .ToArray();
        return new Sidecar(relativePath, Sha256(bytes), fields) { SuppressionPlaces = places };
    }

    /// <summary>The retrieval time of a sidecar: a timestamp with its offset, or a date (taken at noon UTC).</summary>
    public static NodaTime.OffsetDateTime? Retrieval(string text)
    {
        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } stamp)
        {
            return stamp.Value;
        }
        return LocalDatePattern.Iso.Parse(text) is { Success: true } day
            ? new NodaTime.OffsetDateTime(day.Value.At(new NodaTime.LocalTime(12, 0)), NodaTime.Offset.Zero)
            : null;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
