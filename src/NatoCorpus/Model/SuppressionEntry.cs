namespace NatoCorpus.Model;

/// <summary>
/// Suppress <see cref="Rule"/> (id or name) everywhere in the text, or only where every target given agrees: raw
/// line <see cref="Line"/>, <see cref="Column"/> on that line, the text <see cref="Match"/> the finding is on, the
/// data entry <see cref="Entry"/>. A raw paragraph is one line, so a line alone may hold many findings of a rule.
/// </summary>
public sealed class SuppressionEntry
{
    [System.ComponentModel.Description("The rule suppressed: an id (NC302) or a name (doubtful-grammar).")]
    public string Rule { get; set; } = "";

    [System.ComponentModel.Description("Only on this raw line (1-based).")]
    public int? Line { get; set; }

    [System.ComponentModel.Description("Only a finding that starts at this column (1-based, in code points) of `line`.")]
    public int? Column { get; set; }

    [System.ComponentModel.Description("Only a finding on exactly this text (the span the finding underlines, e.g. an unknown word).")]
    public string? Match { get; set; }

    /// <summary>Only findings of this data entry (a substitution's or suggestion's name).</summary>
    [System.ComponentModel.Description("Only findings of this data entry (a substitution's or suggestion's name; NC301, NC302).")]
    public string? Entry { get; set; }

    [System.ComponentModel.Description("Why the finding is kept as it is: required (NC107 otherwise).")]
    public string? Reason { get; set; }
}
