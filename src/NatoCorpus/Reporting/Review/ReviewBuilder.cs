using System.Globalization;
using DiffPlex;
using NatoCorpus.Model;
using NatoCorpus.Output;
using NatoCorpus.Pipeline;
using NatoCorpus.Rules;
using NatoCorpus.Text;

namespace NatoCorpus.Reporting.Review;

/// <summary>
/// Turns the engine's result for one text into what the report shows: its status, counts, rows of raw lines beside
/// the normalized paragraphs, a word-level diff, and its findings. Pure and thread-safe: texts are built in parallel.
/// </summary>
public static class ReviewBuilder
{
    /// <summary>The rules whose findings are doubts a person settles (a close recognition, a title picked among several).</summary>
    public static readonly IReadOnlySet<string> DoubtRules = new HashSet<string>(["NC112", "NC113"], StringComparer.Ordinal);

    /// <summary>Characters a reader cannot see, made visible wherever they are, with their names.</summary>
    private static readonly IReadOnlyDictionary<char, string> Invisible = new Dictionary<char, string>
    {
        ['\u00A0'] = "U+00A0 no-break space",
        ['\u202F'] = "U+202F narrow no-break space",
        ['\u2009'] = "U+2009 thin space",
        ['\u200B'] = "U+200B zero-width space",
        ['\u200C'] = "U+200C zero-width non-joiner",
        ['\u200D'] = "U+200D zero-width joiner",
        ['\u2060'] = "U+2060 word joiner",
        ['\uFEFF'] = "U+FEFF zero-width no-break space",
        ['\u00AD'] = "U+00AD soft hyphen",
    };

    /// <summary>A longer excerpt in a mark's title or the findings list is cut: the text itself is on the page.</summary>
    private const int ExcerptLength = 160;

    private sealed record Mark(int Start, int End, string Class, string Title, string Href);

    public static TextPage Build(ReviewInput input, string href)
    {
        var result = input.Result;
        var source = result.Source;
        var document = input.Document is { } parsed && source is not null && parsed.Source.Text == source.Text ? parsed : null;
        var findings = new List<FindingView>();
        var marks = new List<Mark>();
        var rowBadges = new Dictionary<int, List<Badge>>();
        int corrections = 0, typography = 0, suggestions = 0, doubts = 0;
        for (var index = 0; index < result.Diagnostics.Count; index++)
        {
            var diagnostic = result.Diagnostics[index];
            var anchor = "f" + (index + 1).ToString(CultureInfo.InvariantCulture);
            var (outcome, outcomeClass) = Outcome(diagnostic);
            switch (outcomeClass)
            {
                case "corr":
                    corrections++;
                    break;
                case "typo":
                    typography++;
                    break;
                case "sugg":
                    suggestions++;
                    break;
                case "doubt":
                    doubts++;
                    break;
            }
            var from = source is null || diagnostic.Span.Length == 0 ? null : Cut(source[diagnostic.Span]);
            var to = source is null ? null : Replacement(source, diagnostic);
            findings.Add(new FindingView(anchor, diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.Rule.Id, diagnostic.Rule.Name,
                "../rules/" + diagnostic.Rule.Id + ".html", diagnostic.Severity.ToString().ToLowerInvariant(), outcome, outcomeClass, diagnostic.Message, from, to));
            var title = $"{diagnostic.Rule.Id} {outcome}: {diagnostic.Message}" + (from is not null && to is not null ? $" («{from}» → «{to}»)" : "");
            if (source is not null && InlineMark(source, diagnostic, outcomeClass))
            {
                marks.Add(new Mark(diagnostic.Span.Start, diagnostic.Span.End, outcomeClass, title, "#" + anchor));
            }
            else
            {
                // Doubts, moves and findings about whole lines or the file are badges on their line's row; a finding in
                // the sidecar (NC107, NC108) is about the whole text: on its first row.
                var line = diagnostic.Path is null ? diagnostic.Start.Line : 1;
                if (!rowBadges.TryGetValue(line, out var badges))
                {
                    rowBadges[line] = badges = [];
                }
                badges.Add(new Badge(diagnostic.Rule.Id, outcomeClass, title, "#" + anchor));
            }
        }

        var (rows, paragraphs, aligned) = source is null
            ? ([], new Dictionary<int, (ProseBlock Block, string? Rendered)>(), false)
            : Rows(source, document, result, marks, rowBadges);
        var removed = rows.Where(row => row.Removed)
            .GroupBy(row => row.Kind, StringComparer.Ordinal)
            .Select(group => new NamedCount(group.Key, group.Count()))
            .OrderBy(count => count.Name, StringComparer.Ordinal)
            .ToArray();
        var (status, label, why) = Status(input);
        var summary = new TextSummary(
            result.Id,
            href,
            result.RelativePath,
            status,
            label,
            why,
            result.FrontMatter?.Title ?? (document?.Title is { } title2 && source is not null ? Cut(source[title2.Span]) : ""),
            result.FrontMatter?.Date ?? "",
            result.FrontMatter?.DateSource ?? "none",
            removed,
            removed.Sum(count => count.Count),
            corrections,
            typography,
            suggestions,
            doubts,
            result.UnresolvedErrors,
            result.Diagnostics.Count,
            // Suggestions are wording doubts left open (the front matter keeps them for that): a person settles them too.
            doubts > 0 || suggestions > 0 || result.UnresolvedErrors > 0 || status is "refused" or "not-normalized",
            result.Diagnostics.Select(diagnostic => diagnostic.Rule.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            result.Diagnostics.Select(diagnostic => diagnostic.Severity.ToString().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
        {
            RuleCounts = result.Diagnostics.GroupBy(diagnostic => diagnostic.Rule.Id, StringComparer.Ordinal)
                .Select(group => new NamedCount(group.Key, group.Count())).ToArray(),
        };
        var diff = source is null ? [] : Diff(source, document, result, rows, paragraphs);
        return new TextPage(summary, rows, diff, findings, result.FrontMatter is { } frontMatter ? FrontMatterWriter.Write(frontMatter) : null, aligned);
    }

    /// <summary>What became of a finding, in words and as the class that colours it.</summary>
    private static (string Outcome, string Class) Outcome(Diagnostic diagnostic)
    {
        if (DoubtRules.Contains(diagnostic.Rule.Id))
        {
            return ("doubt, a person decides", "doubt");
        }
        if (diagnostic.FixedByNormalize)
        {
            return diagnostic.Fix?.Moves is not null ? ("moved out of the body by normalize", "moved")
                : diagnostic.Rule.RecordsCorrections || diagnostic.Rule.Category == RuleCategory.Wording ? ("corrected by normalize", "corr")
                : ("fixed by normalize", "typo");
        }
        return diagnostic.Fix is { Moves: null } fix
            ? (fix.Applicability == FixApplicability.Unsafe ? "unsafe fix, not applied" : "suggestion, not applied", "sugg")
            : ("unresolved " + diagnostic.Severity.ToString().ToLowerInvariant(), "open sev-" + diagnostic.Severity.ToString().ToLowerInvariant());
    }

    /// <summary>A finding marked in the line: a fix, suggestion or finding on part of a line, not a doubt or a move.</summary>
    private static bool InlineMark(SourceText source, Diagnostic diagnostic, string outcomeClass)
    {
        if (outcomeClass is "doubt" or "moved" || diagnostic.Span.End > source.Text.Length)
        {
            return false;
        }
        if (diagnostic.Span.Length == 0)
        {
            // An insertion point is marked; a finding about the file (at 1:1, no fix) is a badge.
            return diagnostic.Fix is not null;
        }
        var first = source.LineSpan(diagnostic.Start.Line);
        var last = source.LineSpan(source.LineOf(Math.Max(diagnostic.Span.Start, diagnostic.Span.End - 1)));
        // A finding over whole lines reads better as a badge than as a line-long mark that hides the smaller ones.
        return !(diagnostic.Span.Start <= first.Start && diagnostic.Span.End >= last.End);
    }

    /// <summary>What the fix puts in place of the finding's text, its edits applied within the span; null without a fix.</summary>
    private static string? Replacement(SourceText source, Diagnostic diagnostic)
    {
        if (diagnostic.Fix is not { Moves: null, Edits.Count: > 0 } fix)
        {
            return null;
        }
        var start = Math.Min(diagnostic.Span.Start, fix.Edits.Min(edit => edit.Span.Start));
        var end = Math.Max(diagnostic.Span.End, fix.Edits.Max(edit => edit.Span.End));
        if (end > source.Text.Length)
        {
            return null;
        }
        var builder = new System.Text.StringBuilder();
        var at = start;
        foreach (var edit in fix.Edits.OrderBy(edit => edit.Span.Start))
        {
            builder.Append(source.Text, at, Math.Max(0, edit.Span.Start - at)).Append(edit.NewText);
            at = Math.Max(at, edit.Span.End);
        }
        builder.Append(source.Text, at, Math.Max(0, end - at));
        return Cut(builder.ToString());
    }

    private static string Cut(string text) => text.Length <= ExcerptLength ? text : text[..ExcerptLength] + "…";

    private static (string Status, string Label, string? Why) Status(ReviewInput input)
    {
        var result = input.Result;
        if (result.Error is { } error)
        {
            return ("refused", "refused", error.Message);
        }
        if (result.Markdown is null)
        {
            var reasons = result.Diagnostics.Where(diagnostic => diagnostic.Severity == Severity.Error && !diagnostic.FixedByNormalize)
                .Select(diagnostic => $"{diagnostic.Rule.Id}: {diagnostic.Message}").Take(3).ToArray();
            return ("not-normalized", "not normalized", reasons.Length > 0 ? string.Join("; ", reasons) : "no title or no date was found: nothing is invented, the text is not written");
        }
        return input.State switch
        {
            NormalizedState.Stale => ("stale", "stale", "the file in normalized/ differs from what normalize writes now: run `natocorpus normalize`"),
            NormalizedState.Missing => ("stale", "stale", "no file in normalized/ yet: run `natocorpus normalize`"),
            _ => ("normalized", "normalized", null),
        };
    }

    /// <summary>
    /// One row per raw line: its kind (from the recognizers' segments, the header and the embeds), its text with the
    /// marks, and beside the first line of each paragraph the paragraph as normalize writes it.
    /// </summary>
    private static (IReadOnlyList<Row> Rows, IReadOnlyDictionary<int, (ProseBlock Block, string? Rendered)> Paragraphs, bool Aligned) Rows(
        SourceText source, ParsedDocument? document, DocumentResult result, List<Mark> marks, Dictionary<int, List<Badge>> rowBadges)
    {
        var segments = (document?.Segments ?? []).GroupBy(segment => segment.Line).ToDictionary(group => group.Key, group => group.OrderBy(segment => segment.Span.Start).ToArray());
        var headerLines = document?.Header is { } header ? (header.Block.FirstLine, header.Block.LastLine) : (0, -1);
        var embedLines = (document?.Embeds ?? []).Select(embed => (embed.Block.FirstLine, embed.Block.LastLine, Kind: embed.Kind == EmbedKind.Caption ? "caption" : "embed")).ToArray();
        var rendered = RenderedParagraphs(result, document);
        var paragraphs = new Dictionary<int, (ProseBlock, string?)>();
        if (document is not null)
        {
            for (var i = 0; i < document.Paragraphs.Count; i++)
            {
                paragraphs.TryAdd(document.Paragraphs[i].FirstLine, (document.Paragraphs[i], rendered?[i]));
            }
        }
        var ordered = marks.OrderBy(mark => mark.Start).ThenByDescending(mark => mark.End - mark.Start).ToList();
        var rows = new List<Row>(source.LineCount);
        string? lastReason = null;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.LineSpan(line);
            var lineSegments = segments.GetValueOrDefault(line) ?? [];
            string kind;
            string? reason = null;
            if (span.Length == 0 || source[span].Trim().Length == 0)
            {
                // A blank line inside a header or an embed is only a separator: not counted as removed.
                kind = "blank";
            }
            else if (line >= headerLines.Item1 && line <= headerLines.Item2)
            {
                kind = "header";
                reason = $"header of shape {document!.Header!.Shape}";
            }
            else if (embedLines.FirstOrDefault(embed => line >= embed.FirstLine && line <= embed.LastLine) is { Kind: not null } embed)
            {
                kind = embed.Kind;
                reason = lineSegments.FirstOrDefault() is { } segment ? $"{segment.Reason} ({segment.Recognizer})" : kind;
            }
            else if (lineSegments.Length == 0)
            {
                kind = "content";
            }
            else if (lineSegments.FirstOrDefault(segment => !segment.Kind.IsArticle()) is { } removedPart && lineSegments.All(segment => !segment.Kind.IsArticle()))
            {
                kind = removedPart.Kind.Name();
                reason = $"{removedPart.Reason} ({removedPart.Recognizer})";
            }
            else
            {
                kind = lineSegments.First(segment => segment.Kind.IsArticle()).Kind.Name();
            }
            var removed = kind is not ("blank" or "title" or "standfirst" or "heading" or "content");
            var shownReason = removed && reason != lastReason ? reason : null;
            if (kind != "blank")
            {
                lastReason = removed ? reason : null;
            }
            var raw = Pieces(source, span, lineSegments, ordered);
            IReadOnlyList<Piece> normalized = [];
            if (document?.Title is { } title && title.FirstLine == line && result.FrontMatter is { } frontMatter)
            {
                normalized = Visible(frontMatter.Title, "fm-title");
            }
            else if (paragraphs.TryGetValue(line, out var paragraph) && paragraph.Item2 is { } text)
            {
                normalized = Visible(text, "");
            }
            rows.Add(new Row(line, kind, removed, shownReason, raw, normalized, rowBadges.GetValueOrDefault(line) ?? []));
        }
        return (rows, paragraphs, rendered is not null);
    }

    /// <summary>
    /// The body's paragraphs as normalize wrote them, one per parsed paragraph (the renderer joins them with a blank
    /// line); null when the two do not match up, and the page then shows the body whole.
    /// </summary>
    private static string[]? RenderedParagraphs(DocumentResult result, ParsedDocument? document)
    {
        if (result.Markdown is null || document is null || FrontMatterReader.Split(result.Markdown) is not { } split)
        {
            return null;
        }
        var body = split.Body.Trim('\n');
        var parts = body.Length == 0 ? [] : body.Split("\n\n");
        return parts.Length == document.Paragraphs.Count ? parts : null;
    }

    /// <summary>A raw line cut where the look changes: a removed glued part, a mark, an invisible character.</summary>
    private static IReadOnlyList<Piece> Pieces(SourceText source, TextSpan line, Segment[] segments, List<Mark> marks)
    {
        var text = source.Text;
        var length = line.Length;
        var owner = new int[length];
        Array.Fill(owner, -1);
        var points = new List<(int At, Mark Mark)>();
        var chosen = new List<Mark>();
        foreach (var mark in marks)
        {
            if (mark.End < line.Start || mark.Start > line.End)
            {
                continue;
            }
            if (mark.Start == mark.End)
            {
                points.Add((mark.Start - line.Start, mark));
                continue;
            }
            var from = Math.Max(mark.Start, line.Start) - line.Start;
            var to = Math.Min(mark.End, line.End) - line.Start;
            if (from >= to || Enumerable.Range(from, to - from).Any(i => owner[i] >= 0))
            {
                // Overlapping marks: the first keeps the place; the other is still in the list of findings.
                continue;
            }
            for (var i = from; i < to; i++)
            {
                owner[i] = chosen.Count;
            }
            chosen.Add(mark);
        }
        // A glued part taken out of the body on a line that keeps article text is shown as removed.
        var removedPart = new string?[length];
        if (segments.Any(segment => segment.Kind.IsArticle()))
        {
            foreach (var segment in segments.Where(segment => !segment.Kind.IsArticle()))
            {
                for (var i = Math.Max(segment.Span.Start, line.Start); i < Math.Min(segment.Span.End, line.End); i++)
                {
                    removedPart[i - line.Start] = segment.Kind.Name();
                }
            }
        }
        var pieces = new List<Piece>();
        var start = 0;
        void Flush(int end)
        {
            if (end > start)
            {
                pieces.Add(PieceOf(text.Substring(line.Start + start, end - start), owner[start] >= 0 ? chosen[owner[start]] : null, removedPart[start], null));
            }
            start = end;
        }
        for (var i = 0; i <= length; i++)
        {
            foreach (var point in points.Where(point => point.At == i))
            {
                Flush(i);
                pieces.Add(new Piece("", "mark point " + point.Mark.Class, point.Mark.Title, point.Mark.Href));
            }
            if (i == length)
            {
                Flush(i);
                break;
            }
            if (Invisible.TryGetValue(text[line.Start + i], out var name))
            {
                Flush(i);
                pieces.Add(PieceOf(text[line.Start + i].ToString(), owner[i] >= 0 ? chosen[owner[i]] : null, removedPart[i], name));
                start = i + 1;
            }
            else if (i > start && (owner[i] != owner[i - 1] || removedPart[i] != removedPart[i - 1]))
            {
                Flush(i);
            }
        }
        return pieces;
    }

    private static Piece PieceOf(string text, Mark? mark, string? removedKind, string? invisible)
    {
        var classes = new List<string>();
        if (mark is not null)
        {
            classes.Add("mark " + mark.Class);
        }
        if (removedKind is not null)
        {
            classes.Add("part rm-" + removedKind);
        }
        if (invisible is not null)
        {
            classes.Add(invisible.Contains("zero", StringComparison.Ordinal) || invisible.Contains("joiner", StringComparison.Ordinal) || invisible.Contains("soft", StringComparison.Ordinal) ? "inv inv-zw" : "inv");
        }
        var title = invisible is not null && mark is not null ? $"{invisible}; {mark.Title}"
            : invisible ?? mark?.Title ?? (removedKind is not null ? $"taken out of the body: {removedKind}" : null);
        return new Piece(text, string.Join(' ', classes), title, mark?.Href);
    }

    /// <summary>Text with its invisible characters made visible, in a look of its own.</summary>
    private static IReadOnlyList<Piece> Visible(string text, string cssClass)
    {
        var pieces = new List<Piece>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Invisible.TryGetValue(text[i], out var name))
            {
                if (i > start)
                {
                    pieces.Add(new Piece(text[start..i], cssClass));
                }
                pieces.Add(PieceOf(text[i].ToString(), null, null, name) with { Class = (cssClass + " " + PieceOf(text[i].ToString(), null, null, name).Class).Trim() });
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            pieces.Add(new Piece(text[start..], cssClass));
        }
        return pieces;
    }

    /// <summary>
    /// The word-level diff, in raw order: each paragraph's words kept, taken out and put in; the title against the
    /// front matter's; runs of lines taken out of the body, whole, with their kind and reason.
    /// </summary>
    private static IReadOnlyList<DiffBlock> Diff(SourceText source, ParsedDocument? document, DocumentResult result,
        IReadOnlyList<Row> rows, IReadOnlyDictionary<int, (ProseBlock Block, string? Rendered)> paragraphs)
    {
        var blocks = new List<DiffBlock>();
        var covered = -1;
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            if (row.Line <= covered || row.Kind == "blank")
            {
                continue;
            }
            if (row.Removed)
            {
                var last = index;
                var reason = row.Reason;
                while (last + 1 < rows.Count && (rows[last + 1].Kind == row.Kind || rows[last + 1].Kind == "blank") && rows[last + 1].Reason is null)
                {
                    last++;
                }
                while (rows[last].Kind == "blank")
                {
                    last--;
                }
                var lines = string.Join("\n", Enumerable.Range(row.Line, rows[last].Line - row.Line + 1).Select(source.LineText));
                blocks.Add(new DiffBlock(row.Line, row.Kind, reason, Visible(lines, "del")));
                covered = rows[last].Line;
                continue;
            }
            if (document?.Title is { } title && title.FirstLine == row.Line && result.FrontMatter is { } frontMatter)
            {
                blocks.Add(new DiffBlock(row.Line, "title", "the title goes to the front matter", WordDiff(source[title.Span], frontMatter.Title)));
                covered = source.LineOf(Math.Max(title.Span.Start, title.Span.End - 1));
                continue;
            }
            if (paragraphs.TryGetValue(row.Line, out var paragraph))
            {
                blocks.Add(new DiffBlock(row.Line, "paragraph", null, paragraph.Rendered is { } rendered ? WordDiff(source[paragraph.Block.Span], rendered) : Visible(source[paragraph.Block.Span], "")));
                covered = source.LineOf(Math.Max(paragraph.Block.Span.Start, paragraph.Block.Span.End - 1));
            }
        }
        return blocks;
    }

    /// <summary>A word-level diff (DiffPlex, on runs of letters and digits and single other characters).</summary>
    private static IReadOnlyList<Piece> WordDiff(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, false, false, WordRuns.Instance);
        var pieces = new List<Piece>();
        var a = 0;
        void Keep(int to)
        {
            if (to > a)
            {
                pieces.AddRange(Visible(string.Concat(diff.PiecesOld.Skip(a).Take(to - a)), ""));
            }
        }
        foreach (var block in diff.DiffBlocks)
        {
            Keep(block.DeleteStartA);
            if (block.DeleteCountA > 0)
            {
                pieces.AddRange(Visible(string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)), "del"));
            }
            if (block.InsertCountB > 0)
            {
                pieces.AddRange(Visible(string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)), "ins"));
            }
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Keep(diff.PiecesOld.Count);
        return pieces;
    }

    /// <summary>Cuts text into runs of letters and digits and single other characters, so a space or a quote is its own change.</summary>
    private sealed class WordRuns : IChunker
    {
        public static readonly WordRuns Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>();
            var start = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i == text.Length || !(char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 1])) || char.IsSurrogate(text[i]))
                {
                    if (i < text.Length && char.IsLowSurrogate(text[i]))
                    {
                        continue;
                    }
                    chunks.Add(text[start..i]);
                    start = i;
                }
            }
            return chunks;
        }
    }
}
