using NatoCorpus.Knowledge;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Rules;

/// <summary>What a rule sees of one document, and where it reports.</summary>
public sealed class RuleContext(
    InputFacts input,
    ParsedDocument document,
    DocumentMetadata metadata,
    CorpusKnowledge knowledge,
    char noBreakSpace,
    Func<RuleDescriptor, Severity> severityOf)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<ProseBlock, string> _texts = [];

    /// <summary>What decoding found and repaired before parsing (encoding, BOM, line endings, mojibake, HTML).</summary>
    public InputFacts Input { get; } = input;

    public ParsedDocument Document { get; } = document;
    public SourceText Source => Document.Source;
    public DocumentMetadata Metadata { get; } = metadata;
    public CorpusKnowledge Knowledge { get; } = knowledge;

    /// <summary>The no-break space this document's typography uses (U+00A0 unless configured otherwise).</summary>
    public char NoBreakSpace { get; } = noBreakSpace;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The text of a title or paragraph, cut once and shared by the rules that need a string.</summary>
    public string TextOf(ProseBlock block)
    {
        if (!_texts.TryGetValue(block, out var text))
        {
            _texts[block] = text = Source[block.Span];
        }
        return text;
    }

    public void Report(RuleDescriptor rule, TextSpan span, string message, Fix? fix = null, string? entry = null)
    {
        var end = span.Length == 0 ? span.Start : span.End;
        _diagnostics.Add(new Diagnostic(rule, severityOf(rule), message, span, Source.PositionOf(span.Start), Source.PositionOf(end), fix) { Entry = entry });
    }

    /// <summary>Shorthand for a diagnostic whose fix is one edit.</summary>
    public void ReportEdit(RuleDescriptor rule, TextSpan span, string message, string newText, string fixDescription, FixApplicability applicability = FixApplicability.Safe, string? entry = null) =>
        Report(rule, span, message, new Fix(fixDescription, applicability, [new TextEdit(span, newText)]), entry);
}
