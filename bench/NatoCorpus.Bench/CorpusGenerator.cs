using System.Text;

namespace NatoCorpus.Bench;

/// <summary>
/// Writes N raw texts derived from the seed texts, deterministically (fixed seed, no network): paragraphs
/// recombined across texts, every header shape and none, tweet embeds and captions, the defects the rules handle,
/// sizes from about 1 KB to 50 KB. 20,000 texts make about 60 MB.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] MonthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    public static void Generate(string seedsFolder, string outFolder, int count, int seed)
    {
        var seeds = Directory.EnumerateFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        // Paragraphs of the seeds: long lines, not header or embed lines.
        var paragraphs = seeds.SelectMany(text => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 150 && !line.Contains("(@", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var titles = seeds.Select(text => text.Split('\n')[0].Trim()).Where(line => line.Length is > 20 and < 200 && !line.StartsWith("date", StringComparison.Ordinal)).ToArray();
        var random = new Random(seed);
        Directory.CreateDirectory(outFolder);
        for (var i = 0; i < count; i++)
        {
            var (text, sidecar) = Make(random, paragraphs, titles);
            var id = $"{i:D6}_{random.NextInt64():x16}"[..23];
            File.WriteAllText(Path.Combine(outFolder, id + ".txt"), text, new UTF8Encoding(false));
            if (sidecar is not null)
            {
                File.WriteAllText(Path.Combine(outFolder, id + ".meta.yaml"), sidecar, new UTF8Encoding(false));
            }
        }
    }

    private static (string Text, string? Sidecar) Make(Random random, string[] paragraphs, string[] titles)
    {
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3600));
        var title = titles[random.Next(titles.Length)];
        var day = Days[((int)date.DayOfWeek + 6) % 7];
        var dateline = $"Ce {day} ({date.Day} {MonthsFr[date.Month - 1]} {date.Year}), ";
        // Sizes from about 1 KB to 50 KB, most of them small: about 3 KB on average.
        var target = random.Next(100) == 0
            ? random.Next(20_000, 50_000)
            : (int)(620 * Math.Exp(random.NextDouble() * random.NextDouble() * 4.0));
        var body = new List<string>();
        var length = 0;
        while (length < target)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Length)];
            body.Add(paragraph);
            length += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }
        string? sidecar = null;
        var blocks = new List<string>();
        switch (random.Next(3))
        {
            case 0:
                blocks.Add(title);
                blocks.Add($"  • {date.Day} {Months[date.Month - 1]} {date.Year} -\n  • |\n  • Mis à jour le: {date.Day} {Months[date.Month - 1]} {date.Year} {random.Next(8, 20)}:{random.Next(60):D2}");
                break;
            case 1:
                blocks.Add($" date {date.Year}-{date.Month:D2} Temps de lecture estimé : {1 + target / 1500} minutes");
                body[0] = dateline + char.ToLowerInvariant(body[0][0]) + body[0][1..];
                sidecar = $"title: \"{title.Replace("\"", "'", StringComparison.Ordinal)}\"\n";
                break;
            default:
                blocks.Add(title);
                body[0] = dateline + char.ToLowerInvariant(body[0][0]) + body[0][1..];
                break;
        }
        if (random.Next(5) == 0)
        {
            body.Insert(random.Next(body.Count + 1), $"⚠️ LIVE SOON 🕐 13:00 CEST ⚠️\n\n🗣️ | Press conference on #NATO today. https://t.co/{random.Next():x8} — Jens Stoltenberg (@jensstoltenberg) {CultureName(date)}");
        }
        if (random.Next(5) == 0)
        {
            body.Insert(random.Next(1, body.Count + 1), "NATO Secretary General Jens Stoltenberg speaks to the press at the end of the meeting");
        }
        blocks.AddRange(body);
        var separator = random.Next(4) == 0 ? "\n" : "\n\n";
        var text = string.Join(separator, blocks.Take(2)) + "\n\n" + string.Join(separator, blocks.Skip(2)) + "\n";
        // Defects of every kind the rules handle.
        if (random.Next(3) == 0)
        {
            text = text.Replace('’', '\'');
        }
        if (random.Next(3) == 0)
        {
            text = text.Replace("«\u00A0", "«", StringComparison.Ordinal).Replace("\u00A0»", "»", StringComparison.Ordinal);
        }
        if (random.Next(4) == 0)
        {
            text = text.Replace("militaire", "miliaire", StringComparison.Ordinal);
        }
        if (random.Next(5) == 0)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }
        if (random.Next(6) == 0)
        {
            text = text.Replace(" 000 ", " 000 ", StringComparison.Ordinal).Replace("\u00A0:", " :", StringComparison.Ordinal);
        }
        return (text, sidecar);
    }

    private static string CultureName(DateOnly date) =>
        $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Day}, {date.Year}";
}
