using System.Globalization;
using System.Text;
using NatoCorpus.Model;
using NatoCorpus.Text;

namespace NatoCorpus.Pipeline.Evaluation;

/// <summary>
/// Measures recognition on labelled texts: precision and recall per line kind, and for the two questions that
/// matter most: does what must leave the body leave it (removal recall), and is what stays article text
/// (content precision, and content recall: an article sentence is almost never taken out). Title and date
/// accuracy per text; duplicates found. Standfirst and heading count as content (they stay in the body).
/// </summary>
public sealed class RecognitionEvaluation
{
    public SortedDictionary<string, KindScore> Kinds { get; } = new(StringComparer.Ordinal);
    public KindScore Removal { get; } = new();
    public KindScore Content { get; } = new();
    public int Texts { get; private set; }
    public int TitlesRight { get; private set; }

    /// <summary>Wrong titles that lint flags as doubtful (or reports missing): the rest are silent mistakes.</summary>
    public int TitlesWrongFlagged { get; private set; }

    /// <summary>Right titles flagged as doubtful anyway: the cost of the flag in an archivist's time.</summary>
    public int TitlesRightFlagged { get; private set; }
    public int DatesRight { get; private set; }
    public List<EvaluationMiss> Misses { get; } = [];

    public double TitleAccuracy => Texts == 0 ? 1 : (double)TitlesRight / Texts;
    public double DateAccuracy => Texts == 0 ? 1 : (double)DatesRight / Texts;

    public static RecognitionEvaluation Run(CorpusEngine engine, IEnumerable<LabelledText> texts)
    {
        var evaluation = new RecognitionEvaluation();
        foreach (var text in texts)
        {
            evaluation.Add(engine, text);
        }
        return evaluation;
    }

    private static string Group(string label) => label is "standfirst" or "heading" ? "content" : label;

    private static string Group(LineKind kind) => kind switch
    {
        LineKind.Standfirst or LineKind.Heading or LineKind.Content or LineKind.Unknown => "content",
        _ => kind.Name(),
    };

    private void Add(CorpusEngine engine, LabelledText text)
    {
        Texts++;
        var input = new RawInput(System.IO.Path.GetFileNameWithoutExtension(text.Path), text.Path, Encoding.UTF8.GetBytes(text.Raw));
        var recognized = engine.Recognize(input);
        var byLine = new Dictionary<int, List<string>>();
        var reasons = new Dictionary<int, List<string>>();
        if (recognized is { } result)
        {
            foreach (var segment in result.Document.Segments)
            {
                if (!byLine.TryGetValue(segment.Line, out var list))
                {
                    byLine[segment.Line] = list = [];
                    reasons[segment.Line] = [];
                }
                list.Add(Group(segment.Kind));
                reasons[segment.Line].Add($"{segment.Recognizer}: {segment.Reason}");
            }
        }
        var rawLines = text.Raw.Split('\n');
        for (var line = 1; line <= text.LineLabels.Count; line++)
        {
            var expected = text.LineLabels[line - 1].Select(Group).ToList();
            var found = byLine.GetValueOrDefault(line) ?? [];
            // A repost's front matter is one metadata block: each of its lines counts as whatever the labeller saw in it.
            if (found.Contains("metadata") && expected.Count == 1 && expected[0] is not ("content" or "title"))
            {
                found = found.Select(label => label == "metadata" ? expected[0] : label).ToList();
            }
            if (expected.Count == 0 && found.Count == 0)
            {
                continue;
            }
            var unmatched = new List<string>(found);
            foreach (var label in expected)
            {
                var score = Score(label);
                if (unmatched.Remove(label))
                {
                    score.TruePositives++;
                }
                else
                {
                    score.FalseNegatives++;
                }
            }
            foreach (var label in unmatched)
            {
                Score(label).FalsePositives++;
            }
            // The body question, per line: a line whose parts all stay is content; any part that must leave counts.
            var mustLeave = expected.Any(label => label is not ("content" or "title"));
            var left = found.Any(label => label is not ("content" or "title"));
            var mustStay = expected.Contains("content");
            var stayed = found.Contains("content");
            Count(Removal, mustLeave, left);
            Count(Content, mustStay, stayed);
            if (!expected.Order(StringComparer.Ordinal).SequenceEqual(found.Order(StringComparer.Ordinal)))
            {
                Misses.Add(new EvaluationMiss(text.Path, line, string.Join("+", expected), found.Count == 0 ? "(nothing)" : string.Join("+", found), rawLines[line - 1])
                {
                    Why = string.Join("; ", reasons.GetValueOrDefault(line) ?? []),
                });
            }
        }

        var expectedTitle = Normalize(text.Expected.Title);
        var foundTitle = recognized?.Document.Title is { } title ? Normalize(recognized.Value.Document.Source[title.Span]) : null;
        // A wrong title that lint flags (NC113, or NC101 for none) costs an archivist a look; an unflagged one is silent.
        var flagged = foundTitle is null || recognized?.Document.TitleDoubt is not null;
        if (expectedTitle == foundTitle)
        {
            TitlesRight++;
            TitlesRightFlagged += flagged ? 1 : 0;
        }
        else
        {
            TitlesWrongFlagged += flagged ? 1 : 0;
            Misses.Add(new EvaluationMiss(text.Path, 0, $"title: {expectedTitle ?? "(none)"}", foundTitle ?? "(none)", ""));
        }
        var foundDate = recognized?.Metadata.Date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (string.Equals(text.Expected.Date, foundDate, StringComparison.Ordinal))
        {
            DatesRight++;
        }
        else
        {
            Misses.Add(new EvaluationMiss(text.Path, 0, $"date: {text.Expected.Date ?? "(none)"}", foundDate ?? "(none)", ""));
        }
    }

    private static void Count(KindScore score, bool expected, bool found)
    {
        if (expected && found)
        {
            score.TruePositives++;
        }
        else if (found)
        {
            score.FalsePositives++;
        }
        else if (expected)
        {
            score.FalseNegatives++;
        }
    }

    private KindScore Score(string label)
    {
        if (!Kinds.TryGetValue(label, out var score))
        {
            Kinds[label] = score = new KindScore();
        }
        return score;
    }

    /// <summary>Titles compare as read: NFC, one space between words, no Markdown "# ", no edge spaces.</summary>
    private static string? Normalize(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var text = Nfc.Compose(title).Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\n', ' ').Trim();
        if (text.StartsWith("# ", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The report `natocorpus eval` prints.</summary>
    public void Write(TextWriter output, bool showMisses)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Texts} texts"));
        output.WriteLine($"{"kind",-12} {"precision",9} {"recall",7} {"lines",6}");
        foreach (var (kind, score) in Kinds)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {score.Precision,9:F3} {score.Recall,7:F3} {score.TruePositives + score.FalseNegatives,6}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"removal: recall {Removal.Recall:F3} (lines that must leave the body), precision {Removal.Precision:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"content: precision {Content.Precision:F3} (what stays is article text), recall {Content.Recall:F3} (article text stays)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"titles: {TitleAccuracy:F3} ({TitlesRight}/{Texts}); dates: {DateAccuracy:F3} ({DatesRight}/{Texts})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"title doubts (NC113/NC101): {TitlesWrongFlagged} of {Texts - TitlesRight} wrong titles flagged, {TitlesRightFlagged} of {TitlesRight} right titles flagged"));
        if (showMisses)
        {
            foreach (var miss in Misses)
            {
                var where = Printable.Escape(miss.Line > 0 ? $"{miss.Path}:{miss.Line}" : miss.Path);
                output.WriteLine($"  {where}: expected {miss.Expected}, found {miss.Found}{(miss.Why.Length > 0 ? " [" + miss.Why + "]" : "")}{(miss.Text.Length > 0 ? " | " + Printable.Escape(Shorten(miss.Text)) : "")}");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..97] + "...";
}
