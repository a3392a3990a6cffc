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
        var fields = StrictYaml.Read<SidecarFile>(text.TrimStart('\uFEFF'), relativePath);
        if (fields.Title is not null && string.IsNullOrWhiteSpace(fields.Title))
        {
            throw new DataFileException(relativePath, 1, 1, "title is empty");
        }
        if (fields.Date is not null && !LocalDatePattern.Iso.Parse(fields.Date).Success)
        {
            throw new DataFileException(relativePath, 1, 1, $"date '{fields.Date}' is not a date in the form YYYY-MM-DD");
        }
        if (fields.SourceUrl is not null && !Uri.TryCreate(fields.SourceUrl, UriKind.Absolute, out _))
        {
            throw new DataFileException(relativePath, 1, 1, $"source_url '{fields.SourceUrl}' is not an absolute URL");
        }
        foreach (var suppression in fields.Suppressions)
        {
            if (Rules.RuleCatalog.Find(suppression.Rule) is null)
            {
                throw new DataFileException(relativePath, 1, 1, $"suppressions: unknown rule '{suppression.Rule}' (see `natocorpus rules`)");
            }
            if (suppression.Line is < 1)
            {
                throw new DataFileException(relativePath, 1, 1, $"suppressions: line {suppression.Line} is not a line number");
            }
        }
        return new Sidecar(relativePath, Sha256(bytes), fields);
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
