namespace NatoCorpus.Corpus;

/// <summary>
/// How a file in normalized/ compares with what normalize would write now: the one comparison (and its diff) that
/// `normalize --check` and `check` share, so they can never disagree on whether a file is stale.
/// </summary>
/// <param name="Existing">The file's text as committed, null when it is missing.</param>
/// <param name="Diff">A unified diff from the committed to the expected text, null unless the file is stale.</param>
public sealed record StaleCheck(string? Existing, string? Diff)
{
    public bool IsMissing => Existing is null;

    /// <summary>Missing, or with other bytes than normalize would write.</summary>
    public bool IsStale => IsMissing || Diff is not null;

    /// <summary>
    /// Compares the bytes of a normalized file (null when it does not exist) with the expected Markdown, byte for
    /// byte as normalize writes it: a byte-order mark or another encoding is stale too.
    /// </summary>
    /// <param name="name">The file's repository-relative path, for the diff's headers.</param>
    /// <param name="format">Whole lines (a unified diff) or the changed words of each line.</param>
    /// <param name="color">Words in colour (a terminal); a unified diff is never coloured.</param>
    public static StaleCheck Of(byte[]? existingBytes, string expected, string name, DiffFormat format = DiffFormat.Unified, bool color = false)
    {
        var existing = NormalizedFiles.Decode(existingBytes);
        if (existing is null || NormalizedFiles.HoldsExactly(existingBytes!, expected))
        {
            return new StaleCheck(existing, null);
        }
        var diff = format == DiffFormat.Words ? WordDiff.Of(name, existing, expected, color) : Diffs.Unified(existing, expected, name);
        // Bytes that decode to the expected text (an invalid sequence read as U+FFFD) give no diff: say so.
        return new StaleCheck(existing, diff.Length > 0 ? diff : $"{Text.Printable.Escape(name)}: the same text in other bytes (not valid UTF-8)\n");
    }
}
