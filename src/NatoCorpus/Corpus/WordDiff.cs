using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using NatoCorpus.Text;

namespace NatoCorpus.Corpus;

/// <summary>
/// A word-level diff for prose (as `git diff --word-diff=plain`): a raw paragraph is one line, so a line diff shows
/// a whole paragraph for one apostrophe. Each changed line is printed once, as `path:line: text`, the line counted in
/// the file as it stands (the old text), with `[-removed-]{+added+}` (red and green on a terminal), a removed or
/// added line break shown as ↵, long unchanged stretches shortened, and the spaces a reader cannot see made visible:
/// `<nbsp>` (U+00A0), `<nnbsp>` (U+202F), `<zwsp>` (U+200B) and other zero-width ones. The rest goes through
/// <see cref="Printable"/>: the texts are untrusted, so no control character or workflow command gets through.
/// </summary>
public static class WordDiff
{
    /// <summary>Code points of unchanged text kept on each side of a change.</summary>
    private const int Context = 30;

    /// <summary>
    /// Words, spaces and punctuation of a changed stretch above which it is not diffed word by word: the diff costs
    /// the tokens times the differences, so two long, wholly different paragraphs would take seconds. Lines are
    /// diffed first, so this bounds one changed stretch (usually a paragraph), not the file.
    /// </summary>
    private const int MaxTokens = 10_000;

    private enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public static string Of(string path, string before, string after, bool color)
    {
        var name = Printable.Escape(path);
        var linesBefore = Lines(before);
        var linesAfter = Lines(after);
        if (linesBefore.Length + linesAfter.Length > Diffs.MaxLines)
        {
            return $"{name}: {linesBefore.Length + linesAfter.Length} lines: too long to diff here; run `natocorpus normalize` and see `git diff`\n";
        }
        var output = new StringBuilder();
        // Lines first: the words of each changed stretch are diffed apart, so the cost follows what changed.
        var lines = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, LineEndingsPreservingChunker.Instance);
        var previousEnd = 0;
        foreach (var block in lines.DiffBlocks)
        {
            var (a, deleted, b, inserted) = (block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB);
            if (deleted == inserted)
            {
                // Line for line (the usual case: paragraphs whose typography changed), each pair on its own.
                for (var i = 0; i < deleted; i++)
                {
                    Stretch(output, name, linesBefore[a + i], linesAfter[b + i], a + i + 1, color);
                }
            }
            else
            {
                // Lines added or taken out: the unchanged line above, if any, shows where.
                var context = a > previousEnd;
                Stretch(output, name,
                    (context ? linesBefore[a - 1] : "") + string.Concat(linesBefore.Skip(a).Take(deleted)),
                    (context ? linesAfter[b - 1] : "") + string.Concat(linesAfter.Skip(b).Take(inserted)),
                    context ? a : a + 1,
                    color);
            }
            previousEnd = a + deleted;
        }
        return output.ToString();
    }

    /// <summary>The lines of <paramref name="text"/>, each with its line feed (the last one may have none).</summary>
    private static string[] Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }
        return [.. lines];
    }

    /// <summary>One changed stretch, starting on line <paramref name="firstLine"/> of the old text, word by word.</summary>
    private static void Stretch(StringBuilder output, string name, string before, string after, int firstLine, bool color)
    {
        var culture = CultureInfo.InvariantCulture;
        var tokensBefore = Tokens(before);
        var tokensAfter = Tokens(after);
        if (tokensBefore.Length + tokensAfter.Length > MaxTokens)
        {
            output.Append(name).Append(':').Append(firstLine.ToString(culture))
                .Append(": (a change too long to show word by word: see --diff-format unified)\n");
            return;
        }
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(Tokens));
        // The lines shown: a line ends only where both texts end one; each holds its pieces, whether one is a
        // change, and the old text's line it starts on.
        var lines = new List<(List<(Kind Kind, string Text)> Pieces, bool Changed, int Line)> { ([], false, firstLine) };
        var oldLine = firstLine;
        void Add(Kind kind, string piece)
        {
            foreach (var (part, index) in piece.Split('\n').Select((part, index) => (part, index)))
            {
                if (index > 0)
                {
                    if (kind == Kind.Same)
                    {
                        oldLine++;
                        lines.Add(([], false, oldLine));
                    }
                    else
                    {
                        // A line break removed or added is shown, not followed: both texts are still on one line.
                        oldLine += kind == Kind.Removed ? 1 : 0;
                        Append(kind, "↵");
                    }
                }
                if (part.Length > 0)
                {
                    Append(kind, part);
                }
            }
        }
        void Append(Kind kind, string text)
        {
            var (pieces, changed, line) = lines[^1];
            pieces.Add((kind, text));
            lines[^1] = (pieces, changed || kind != Kind.Same, line);
        }

        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                Add(Kind.Same, diff.PiecesOld[a]);
            }
            Add(Kind.Removed, string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)));
            Add(Kind.Added, string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)));
            a = block.DeleteStartA + block.DeleteCountA;
        }
        for (; a < diff.PiecesOld.Count; a++)
        {
            Add(Kind.Same, diff.PiecesOld[a]);
        }

        foreach (var (linePieces, changed, line) in lines)
        {
            if (!changed)
            {
                continue;
            }
            output.Append(name).Append(':').Append(line.ToString(culture)).Append(": ");
            var pieces = Merge(linePieces);
            for (var p = 0; p < pieces.Count; p++)
            {
                var (kind, text) = pieces[p];
                text = Printable.Escape(Visible(kind == Kind.Same ? Shorten(text, first: p == 0, last: p == pieces.Count - 1) : text));
                switch (kind)
                {
                    case Kind.Same:
                        output.Append(text);
                        break;
                    case Kind.Removed:
                        output.Append(color ? "\u001b[31m[-" : "[-").Append(text).Append(color ? "-]\u001b[0m" : "-]");
                        break;
                    default:
                        output.Append(color ? "\u001b[32m{+" : "{+").Append(text).Append(color ? "+}\u001b[0m" : "+}");
                        break;
                }
            }
            output.Append('\n');
        }
    }

    /// <summary>Words, runs of spaces (each kind of space apart, so a space becoming a no-break space shows) and punctuation.</summary>
    private static string[] Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        static int Class(char c) => char.IsLetterOrDigit(c) ? 0 : c == '\n' ? 1 : c == ' ' ? 2
            : char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? 3 + c : 100000 + c;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Class(text[i]) != Class(text[i - 1]) || Class(text[i]) >= 100000 || text[i] == '\n')
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }
        return [.. tokens];
    }

    private static List<(Kind Kind, string Text)> Merge(List<(Kind Kind, string Text)> pieces)
    {
        var merged = new List<(Kind Kind, string Text)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && merged[^1].Kind == piece.Kind)
            {
                merged[^1] = (piece.Kind, merged[^1].Text + piece.Text);
            }
            else
            {
                merged.Add(piece);
            }
        }
        return merged;
    }

    private static string Shorten(string text, bool first, bool last)
    {
        if (text.Length <= 2 * Context + 1)
        {
            return text;
        }
        // Cut between code points: half a surrogate pair would print as an escape of nothing.
        var head = char.IsHighSurrogate(text[Context - 1]) ? Context + 1 : Context;
        var tail = char.IsLowSurrogate(text[^Context]) ? Context + 1 : Context;
        return first ? "…" + text[^tail..] : last ? text[..head] + "…" : text[..head] + "…" + text[^tail..];
    }

    /// <summary>The invisible spaces and marks of <paramref name="text"/> written as names a reader sees.</summary>
    public static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            visible.Append(c switch
            {
                '\u00A0' => "<nbsp>",
                '\u202F' => "<nnbsp>",
                '\u200B' => "<zwsp>",
                '\u200C' => "<zwnj>",
                '\u200D' => "<zwj>",
                '\u2060' => "<wj>",
                '\uFEFF' => "<bom>",
                '\t' => "<tab>",
                _ => c.ToString(),
            });
        }
        return visible.ToString();
    }
}
