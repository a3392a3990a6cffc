using System.Text;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Pipeline.Evaluation;

/// <summary>
/// One text of an evaluation set: the raw text, the expected kinds of each of its lines (one, or several for a
/// line gluing two kinds), the expected title and dates. Read from the labelled format of bench/eval/FORMAT.md.
/// </summary>
public sealed record LabelledText(string Path, LabelledHeader Expected, string Raw, IReadOnlyList<IReadOnlyList<string>> LineLabels)
{
    public static readonly IReadOnlySet<string> Labels = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "standfirst", "heading", "content", "stamp", "byline", "caption", "credit", "furniture", "embed", "duplicate",
    };

    public static LabelledText Read(string path, string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length < 3 || lines[0] != "---")
        {
            throw new DataFileException(path, 1, 1, "a labelled text starts with a --- header");
        }
        var end = Array.IndexOf(lines, "---", 1);
        if (end < 0)
        {
            throw new DataFileException(path, 1, 1, "the --- header is not closed");
        }
        var header = StrictYaml.Read<LabelledHeader>(string.Join('\n', lines[1..end]), path);
        var raw = new StringBuilder();
        var labels = new List<IReadOnlyList<string>>();
        var body = lines[(end + 1)..];
        if (body.Length > 0 && body[^1].Length == 0)
        {
            body = body[..^1];
        }
        for (var i = 0; i < body.Length; i++)
        {
            var bar = body[i].IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new DataFileException(path, end + 2 + i, 1, "a labelled line needs a '|' after its label");
            }
            var line = body[i][(bar + 1)..];
            var label = body[i][..bar].Trim();
            var parts = label.Length == 0 ? [] : label.Split('+', StringSplitOptions.TrimEntries);
            if (parts.Any(part => !Labels.Contains(part)))
            {
                throw new DataFileException(path, end + 2 + i, 1, $"unknown label '{label}'");
            }
            if ((parts.Length == 0) != string.IsNullOrWhiteSpace(line.Replace('\u00A0', ' ')))
            {
                throw new DataFileException(path, end + 2 + i, 1, parts.Length == 0 ? "a non-blank line has no label" : "a blank line has a label");
            }
            raw.Append(line).Append('\n');
            labels.Add(parts);
        }
        return new LabelledText(path, header, raw.ToString(), labels);
    }
}
