namespace NatoCorpus.Pipeline;

/// <summary>Which no-break space the typography rules write.</summary>
public enum NoBreakSpaceChoice
{
    /// <summary>U+00A0, the default.</summary>
    NoBreak,

    /// <summary>U+202F, the narrow no-break space of the Imprimerie nationale.</summary>
    Narrow,

    /// <summary>Whichever of the two the raw text already uses most (U+00A0 if neither).</summary>
    Source,
}
