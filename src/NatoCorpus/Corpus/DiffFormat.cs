namespace NatoCorpus.Corpus;

/// <summary>How `normalize --check` and `check` show what differs in a stale normalized file (`--diff-format`).</summary>
public enum DiffFormat
{
    /// <summary>The changed words of each changed line (<see cref="WordDiff"/>): the default, made for prose.</summary>
    Words,

    /// <summary>A unified diff of whole lines (<see cref="Diffs.Unified"/>), for scripts and patch tools.</summary>
    Unified,
}
