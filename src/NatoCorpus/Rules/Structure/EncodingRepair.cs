using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC109: the text was not UTF-8 (a legacy encoding) or held mojibake ("DÃ©fense"); decoding repaired it.</summary>
public sealed class EncodingRepair : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC109", "encoding-repair", "Text in a legacy encoding or with mojibake, repaired when decoding", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var decoded = context.Input;
        var repaired = new Fix("decoded and repaired", FixApplicability.Safe, []);
        var encoding = decoded.Encoding;
        if (encoding is not ("utf-8" or "utf-16le" or "utf-16be"))
        {
            context.Report(Descriptor, new TextSpan(0, 0), $"file is not UTF-8: decoded as {encoding}", repaired);
        }
        if (decoded.ExtractedFromHtml)
        {
            context.Report(Descriptor, new TextSpan(0, 0), "HTML page: article text extracted (lines and columns refer to the extracted text)", repaired);
        }
        foreach (var repair in decoded.Repairs)
        {
            // Positions refer to the repaired text: point at the repaired characters on their line.
            var line = context.Source.LineSpan(Math.Min(repair.Line, context.Source.LineCount));
            var column = context.Source.Text.IndexOf(repair.To, line.Start, line.Length, StringComparison.Ordinal);
            var span = column < 0 ? new TextSpan(line.Start, 0) : new TextSpan(column, repair.To.Length);
            context.Report(Descriptor, span, $"mojibake \"{repair.From}\" repaired to \"{repair.To}\"", repaired);
        }
    }
}
