using System.Globalization;
using System.Text;
using NatoCorpus.Text;

namespace NatoCorpus.Rules.Typography;

/// <summary>NC207: text is in Unicode NFC, so "é" is one character whatever the source keyboard produced.</summary>
public sealed class UnicodeNormalization : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC207", "unicode-nfc", "Compose characters to Unicode NFC", RuleCategory.Typography, Severity.Warning, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var text = context.Source.Text;
        foreach (var block in context.Document.Prose)
        {
            var slice = context.TextOf(block);
            if (Nfc.IsComposed(slice))
            {
                continue;
            }
            // Normalize each base character with its combining marks, so edits stay small and placed.
            var i = block.Span.Start;
            while (i < block.Span.End)
            {
                var clusterEnd = i + 1;
                while (clusterEnd < block.Span.End && IsMark(text[clusterEnd]))
                {
                    clusterEnd++;
                }
                var cluster = text[i..clusterEnd];
                var composed = Nfc.Compose(cluster);
                if (composed != cluster)
                {
                    context.ReportEdit(Descriptor, TextSpan.FromBounds(i, clusterEnd), $"decomposed \"{composed}\"", composed, $"compose to \"{composed}\"");
                }
                i = clusterEnd;
            }
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
