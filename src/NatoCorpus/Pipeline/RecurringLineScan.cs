using NatoCorpus.Input;
using NatoCorpus.Knowledge;

namespace NatoCorpus.Pipeline;

/// <summary>
/// What the corpus knows that one page cannot tell: a line repeated verbatim across many texts is site furniture
/// (menus, footers, newsletter boxes), as web-corpus pipelines (CCNet, datatrove) find it. Counts each line once per
/// text, compared trimmed with inner spaces collapsed. Long lines are article text even when quoted twice, and
/// lines of a single character say nothing: both are left out.
/// </summary>
public sealed class RecurringLineScan
{
    /// <summary>Lines longer than this are prose: an agency dispatch reprinted by two sites is not furniture.</summary>
    public const int MaxLineChars = 200;

    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);

    public int TextCount { get; private set; }

    /// <summary>Adds one raw text; an undecodable one is skipped (normalize reports it).</summary>
    public void Add(byte[] bytes)
    {
        string text;
        try
        {
            text = RawDecoder.Decode(bytes).Text;
        }
        catch (InputRejectedException)
        {
            return;
        }
        TextCount++;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var key = CorpusKnowledge.RecurringKey(line);
            if (key.Length is > 1 and <= MaxLineChars && seen.Add(key))
            {
                _texts[key] = _texts.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>Lines found in at least <paramref name="minTexts"/> texts, most frequent first, then in ordinal order.</summary>
    public IReadOnlyList<RecurringLine> Recurring(int minTexts) => _texts
        .Where(pair => pair.Value >= minTexts)
        .Select(pair => new RecurringLine(pair.Key, pair.Value))
        .OrderByDescending(line => line.Texts)
        .ThenBy(line => line.Line, StringComparer.Ordinal)
        .ToArray();
}
