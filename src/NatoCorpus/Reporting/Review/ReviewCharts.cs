namespace NatoCorpus.Reporting.Review;

/// <summary>
/// Small horizontal bar charts laid out by the tool (the template draws them as SVG rects): no charting script, no
/// network, the same bytes every run.
/// </summary>
public static class ReviewCharts
{
    private const int BarHeight = 18;
    private const int MaxWidth = 220;

    /// <summary>A longer chart keeps its largest bars: the index stays small for a corpus with many rules.</summary>
    private const int MaxBars = 20;

    public static Chart Bars(string title, IEnumerable<NamedCount> counts, Func<string, string>? href)
    {
        var top = counts.Where(count => count.Count > 0)
            .OrderByDescending(count => count.Count).ThenBy(count => count.Name, StringComparer.Ordinal)
            .Take(MaxBars)
            .ToArray();
        var max = top.Length == 0 ? 1 : top.Max(count => count.Count);
        var bars = top.Select((count, index) => new Bar(count.Name, count.Count, index * BarHeight, Math.Max(1, (int)Math.Round(count.Count * (double)MaxWidth / max)), href?.Invoke(count.Name)))
            .ToArray();
        return new Chart(title, Math.Max(BarHeight, bars.Length * BarHeight), bars);
    }
}
