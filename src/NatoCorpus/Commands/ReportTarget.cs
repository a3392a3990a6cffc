namespace NatoCorpus.Commands;

/// <summary>
/// One report a run writes: a format and where it goes (a file, or standard output when <see cref="Path"/> is null).
/// A run may write several, so CI checks once and gets annotations, SARIF and JSON from the same findings.
/// </summary>
public sealed record ReportTarget(string Format, string? Path = null)
{
    /// <summary>A `--format` or `--output` value and its place among the command line's words, for pairing.</summary>
    public sealed record Word(string Value, int Position);

    /// <summary>The text report on standard output: what a run writes when no format is given.</summary>
    public static IReadOnlyList<ReportTarget> Default { get; } = [new("text")];

    /// <summary>
    /// Pairs the `--format` and `--output` options as given: each `--output` belongs to the `--format` just before it
    /// (so when every format has its file, the n-th `--output` goes with the n-th `--format`), and a format without
    /// one goes to standard output, which one format at most may take. One `--format` and one `--output` pair in
    /// either order, and an `--output` without any `--format` is the text report. A `.sarif` file for another
    /// format is a mistake in the order, said as such, not a SARIF file of annotations.
    /// </summary>
    public static (IReadOnlyList<ReportTarget>? Targets, string? Problem) Pair(IReadOnlyList<Word> formats, IReadOnlyList<Word> outputs)
    {
        if (formats.Count == 0)
        {
            formats = [new Word("text", -1)];
        }
        var files = new string?[formats.Count];
        if (formats.Count == 1 && outputs.Count <= 1)
        {
            files[0] = outputs.Count == 1 ? outputs[0].Value : null;
        }
        else
        {
            foreach (var output in outputs.OrderBy(output => output.Position))
            {
                var owner = -1;
                for (var i = 0; i < formats.Count; i++)
                {
                    if (formats[i].Position < output.Position && (owner < 0 || formats[i].Position > formats[owner].Position))
                    {
                        owner = i;
                    }
                }
                if (owner < 0)
                {
                    return (null, $"--output {output.Value} comes before any --format: put each --output after the --format it is for");
                }
                if (files[owner] is { } taken)
                {
                    return (null, $"--output {taken} and --output {output.Value} both follow --format {formats[owner].Value}: one file per format");
                }
                files[owner] = output.Value;
            }
        }
        var toStandardOutput = Enumerable.Range(0, formats.Count).Where(i => files[i] is null).Select(i => formats[i].Value).ToArray();
        if (toStandardOutput.Length > 1)
        {
            return (null, $"--format {string.Join(" and --format ", toStandardOutput)} cannot all go to standard output: "
                + "give all but one an --output FILE after it");
        }
        var targets = formats.Select((format, i) => new ReportTarget(format.Value, files[i])).ToArray();
        if (targets.FirstOrDefault(target => target.Format != "sarif" && target.Path is { } path
            && path.EndsWith(".sarif", StringComparison.OrdinalIgnoreCase)) is { } misplaced)
        {
            return (null, $"--output {misplaced.Path} follows --format {misplaced.Format}, not --format sarif: put each --output after the --format it is for");
        }
        var twice = targets.Where(target => target.Path is not null)
            .GroupBy(target => target.Path, StringComparer.Ordinal)
            .FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            return (null, $"--output {twice.Key} is given for two formats: one file per format");
        }
        return (targets, null);
    }
}
