using NatoCorpus.Text;

namespace NatoCorpus.Rules.Structure;

/// <summary>NC106: the archive stores UTF-8 without a byte-order mark and with LF line endings.</summary>
public sealed class LineEndings : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "NC106", "line-endings", "Use LF line endings and no byte-order mark", RuleCategory.Structure, Severity.Info, FixAvailability.Always, FixApplicability.Safe);

    public void Check(RuleContext context)
    {
        var decoded = context.Input;
        var problems = new List<string>();
        if (decoded.HadByteOrderMark)
        {
            problems.Add("a UTF-8 byte-order mark");
        }
        if (decoded.CrlfCount > 0)
        {
            problems.Add($"{decoded.CrlfCount} CRLF line endings");
        }
        if (decoded.LoneCrCount > 0)
        {
            problems.Add($"{decoded.LoneCrCount} CR line endings");
        }
        if (problems.Count > 0)
        {
            // Decoding already repaired it, so the fix has no edit left to make on the decoded text.
            context.Report(Descriptor, new TextSpan(0, 0), $"file has {string.Join(" and ", problems)}",
                new Fix("decode to UTF-8 with LF", FixApplicability.Safe, []));
        }
    }
}
