using System.Text;

namespace NatoCorpus.Corpus;

/// <summary>
/// The one generator of synthetic raw texts, shared by the benchmarks (`bench generate`) and the tests (property
/// tests, seed variants), so what is measured is what is tested. Texts are derived from seed texts
/// deterministically (a seeded <see cref="Random"/>, no network, no clock): seed paragraphs recombined, every
/// header shape (a title with a bullet header, a date line with the title in the sidecar, a dateline in the body,
/// a date in the sidecar), tweet embeds and captions, the defects the rules handle, several encodings and line
/// endings, sizes from about 1 KB to 50 KB (20,000 texts make about 60 MB). Every text has a title and a date.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];
    private static readonly string[] MonthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>
    /// The defects the rules repair or report, each injected with its chance (one in <c>Odds</c>). Line endings come
    /// last, so the other defects see LF.
    /// </summary>
    private static readonly (int Odds, Func<string, string> Inject)[] Defects =
    [
        (3, text => text.Replace('’', '\'')),
        (3, text => text.Replace("«\u00A0", "«", StringComparison.Ordinal).Replace("\u00A0»", "»", StringComparison.Ordinal)),
        (6, text => text.Replace("« ", "«  ", StringComparison.Ordinal)),
        (6, text => text.Replace("\u00A0:", " :", StringComparison.Ordinal).Replace("\u00A0?", "?", StringComparison.Ordinal)),
        (6, text => text.Replace("\u00A0000", " 000", StringComparison.Ordinal)),
        (4, text => text.Replace("militaire", "miliaire", StringComparison.Ordinal)),
        (6, text => text.Replace("é", "e\u0301", StringComparison.Ordinal)),
        (6, text => text.Replace(". ", ".  ", StringComparison.Ordinal)),
        (6, text => text.Replace(".\n\n", ".\n", StringComparison.Ordinal)),
        (6, text => text.Replace("\n\n", "\n\n\n\n", StringComparison.Ordinal)),
        (6, text => text.Replace("\n", "  \n", StringComparison.Ordinal)),
        (5, text => text.Replace("\n", "\r\n", StringComparison.Ordinal)),
    ];

    private readonly string[] _paragraphs;
    private readonly string[] _titles;

    /// <param name="seedTexts">Real texts to draw paragraphs and titles from (the repository's raw/).</param>
    public CorpusGenerator(IEnumerable<string> seedTexts)
    {
        var seeds = seedTexts.Select(text => text.Replace("\r\n", "\n", StringComparison.Ordinal)).ToArray();
        // Paragraphs of the seeds: long lines, not header or embed lines.
        _paragraphs = seeds.SelectMany(text => text.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 150 && !line.Contains("(@", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        _titles = seeds.Select(text => text.Split('\n')[0].Trim())
            .Where(line => line.Length is > 20 and < 200 && !line.StartsWith("date", StringComparison.Ordinal))
            .ToArray();
        if (_paragraphs.Length == 0 || _titles.Length == 0)
        {
            throw new ArgumentException("the seed texts hold no title or no paragraph longer than 150 characters", nameof(seedTexts));
        }
    }

    /// <summary>A generator drawing on the .txt files of a folder, read in ordinal order so every machine gets the same texts.</summary>
    public static CorpusGenerator FromFolder(string seedsFolder) =>
        new(Directory.EnumerateFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    /// <summary>Writes <paramref name="count"/> raw texts (and their sidecars) to <paramref name="outFolder"/>.</summary>
    public void Write(string outFolder, int count, int seed)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(outFolder);
        for (var i = 0; i < count; i++)
        {
            var generated = Make(random);
            var id = $"{i:D6}_{random.NextInt64():x16}"[..23];
            File.WriteAllBytes(Path.Combine(outFolder, id + ".txt"), generated.Bytes);
            if (generated.Sidecar is not null)
            {
                File.WriteAllText(Path.Combine(outFolder, id + Pipeline.SidecarReader.Extension), generated.Sidecar, new UTF8Encoding(false));
            }
        }
    }

    /// <summary>One raw text, decided entirely by <paramref name="random"/>.</summary>
    public GeneratedText Make(Random random)
    {
        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(3600));
        var title = _titles[random.Next(_titles.Length)];
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
            var paragraph = _paragraphs[random.Next(_paragraphs.Length)];
            body.Add(paragraph);
            length += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }
        string? sidecar = null;
        var blocks = new List<string>();
        switch (random.Next(4))
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
            case 2:
                blocks.Add(title);
                body[0] = dateline + char.ToLowerInvariant(body[0][0]) + body[0][1..];
                break;
            default:
                blocks.Add(title);
                sidecar = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n");
                break;
        }
        if (random.Next(5) == 0)
        {
            body.Insert(random.Next(body.Count + 1), $"⚠️ LIVE SOON 🕐 13:00 CEST ⚠️\n\n🗣️ | Press conference on #NATO today. https://t.co/{random.Next():x8} — Jens Stoltenberg (@jensstoltenberg) {EnglishDate(date)}");
        }
        if (random.Next(5) == 0)
        {
            body.Insert(random.Next(1, body.Count + 1), "NATO Secretary General Jens Stoltenberg speaks to the press at the end of the meeting");
        }
        blocks.AddRange(body);
        var text = string.Join("\n\n", blocks) + "\n";
        text = InjectDefects(random, text);
        return new GeneratedText(text, Encode(random, text), sidecar);
    }

    /// <summary>Injects, each with its chance, the defects the rules handle into a text (also into a seed text as it is).</summary>
    public static string InjectDefects(Random random, string text)
    {
        foreach (var (odds, inject) in Defects)
        {
            if (random.Next(odds) == 0)
            {
                text = inject(text);
            }
        }
        return text;
    }

    /// <summary>Mostly UTF-8; sometimes with a byte-order mark, in UTF-16, or in Windows-1252 when the text fits it.</summary>
    private static byte[] Encode(Random random, string text) => random.Next(8) switch
    {
        0 => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        1 => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        2 when Fits1252(text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    /// <summary>Whether Windows-1252 holds every character (no emoji, no combining accent, no narrow no-break space).</summary>
    private static bool Fits1252(string text)
    {
        var encoding = (Encoding)CodePagesEncodingProvider.Instance.GetEncoding(1252)!.Clone();
        encoding.EncoderFallback = EncoderFallback.ExceptionFallback;
        try
        {
            encoding.GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static string EnglishDate(DateOnly date) =>
        $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Day}, {date.Year}";
}
