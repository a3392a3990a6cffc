using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace NatoCorpus.Commands;

/// <summary>
/// A word-level diff for prose (as `git diff --word-diff=plain`): a raw paragraph is one line, so a line diff shows
/// a whole paragraph for one apostrophe. Each changed line is printed once, as `path:line: text`, with
/// `[-removed-]{+added+}` (red and green on a terminal), long unchanged stretches shortened, and the spaces a reader
/// cannot see made visible: `<nbsp>` (U+00A0), `<nnbsp>` (U+202F), `<zwsp>` (U+200B) and other zero-width ones.
/// </summary>
public static class WordDiff
{
    private const int Context = 30;

    private enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public static string Of(string path, string before, string after, bool color)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(Tokens));
        // Lines of the new text, each a list of pieces, and whether it holds a change.
        var lines = new List<(List<(Kind Kind, string Text)> Pieces, bool Changed)> { ([], false) };
        void Add(Kind kind, string piece)
        {
            foreach (var (part, index) in piece.Split('\n').Select((part, index) => (part, index)))
            {
                if (index > 0)
                {
                    if (kind == Kind.Removed)
                    {
                        // A removed line break joins lines of the new text: shown, not followed.
                        Append(kind, "↵");
                    }
                    else
                    {
                        if (kind == Kind.Added)
                        {
                            Append(kind, "↵");
                        }
                        lines.Add(([], false));
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
            var (pieces, changed) = lines[^1];
            pieces.Add((kind, text));
            lines[^1] = (pieces, changed || kind != Kind.Same);
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

        var output = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Changed)
            {
                continue;
            }
            output.Append(path).Append(':').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(": ");
            var pieces = Merge(lines[i].Pieces);
            for (var p = 0; p < pieces.Count; p++)
            {
                var (kind, text) = pieces[p];
                text = Visible(text);
                switch (kind)
                {
                    case Kind.Same:
                        output.Append(Shorten(text, first: p == 0, last: p == pieces.Count - 1));
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
        return output.ToString();
    }

    /// <summary>Words, runs of spaces (each kind of space apart, so a space becoming a no-break space shows) and punctuation.</summary>
    private static string[] Tokens(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        static int Class(char c) => char.IsLetterOrDigit(c) ? 0 : c == '\n' ? 1 : c == ' ' ? 2 : char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? 3 + c : 100000 + c;
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
        return first ? "…" + text[^Context..] : last ? text[..Context] + "…" : text[..Context] + "…" + text[^Context..];
    }

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
