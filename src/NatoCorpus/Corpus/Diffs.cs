using DiffPlex.Renderer;
using NatoCorpus.Text;

namespace NatoCorpus.Corpus;

/// <summary>The unified diff `normalize --check` and `check` print for a stale normalized file.</summary>
public static class Diffs
{
    /// <summary>
    /// Lines of the two files together above which no diff is computed: a line diff costs the line count times
    /// the number of differences, so two long, wholly different files would take minutes for a diff nobody reads.
    /// </summary>
    public const int MaxLines = 20_000;

    /// <summary>
    /// The diff, every line printable (<see cref="Printable.EscapeLines"/>): the committed file is untrusted, so a
    /// context line must not carry a terminal escape or a workflow command ("::error …") into a CI log.
    /// </summary>
    public static string Unified(string committed, string expected, string name)
    {
        // The name first on its own: a line feed in it must not survive as one of the diff's lines.
        name = Printable.Escape(name);
        var lines = Count(committed) + Count(expected);
        if (lines > MaxLines)
        {
            return Printable.EscapeLines($"--- {name} (committed)\n+++ {name} (expected)\n@@ {lines} lines: too long to diff here; run `natocorpus normalize` and see `git diff` @@\n");
        }
        return Printable.EscapeLines(new UnidiffRenderer(contextLines: 3).Generate(committed, expected, name + " (committed)", name + " (expected)"));
    }

    private static int Count(string text) => text.AsSpan().Count('\n') + 1;
}
