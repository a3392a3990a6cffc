using System.Text;

namespace NatoCorpus.Tests.Input;

/// <summary>One generated case: the raw bytes, how they are named, an optional sidecar, and the name reporters print.</summary>
public sealed record FuzzCase(int Seed, string Kind, string RelativePath, byte[] Bytes, byte[]? Sidecar, string ReportedPath);

/// <summary>
/// Deterministic inputs for the fuzz run: every case is made from its own seed alone, so a failure names the seed
/// and <see cref="Make"/> gives the same bytes back. Four kinds, a quarter of the seeds each, small on average
/// with a few large ones (one in 200, up to a 250 kB line): random bytes; random Unicode (controls, surrogates, combining marks, bidi, joiners,
/// very long lines); random structures (plausible lines of scraped pages: titles, dates, stamps, bylines, menus,
/// quotes, URLs, tweets, YAML front matter, Markdown, HTML), salted with hostile characters; mutated seed texts.
/// </summary>
public static class FuzzInputs
{
    private static readonly Lazy<byte[][]> Seeds = new(() => TestCorpus.RawFiles.Select(File.ReadAllBytes).ToArray());

    public static FuzzCase Make(int seed)
    {
        var random = new Random(seed);
        var kind = (seed & 0x7FFFFFFF) % 4;
        var large = random.Next(200) == 0;
        return kind switch
        {
            0 => Case(seed, "bytes", random, RandomBytes(random, large)),
            1 => Case(seed, "unicode", random, Encode(random, RandomUnicode(random, large))),
            2 => StructureCase(seed, random, large),
            _ => Case(seed, "mutation", random, Mutation(random)),
        };
    }

    private static FuzzCase Case(int seed, string kind, Random random, byte[] bytes, string extension = ".txt") =>
        new(seed, kind, "raw/fuzz" + extension, bytes, random.Next(8) == 0 ? Encoding.UTF8.GetBytes(Sidecar(random)) : null, HostileName(random, extension));

    private static byte[] RandomBytes(Random random, bool large)
    {
        var bytes = new byte[large ? random.Next(10_000, 150_000) : Small(random)];
        random.NextBytes(bytes);
        // Mostly-text bytes reach the decoder's legacy paths, not only its binary refusal.
        if (random.Next(2) == 0)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] < 0x20 && random.Next(10) != 0)
                {
                    bytes[i] = (byte)(random.Next(3) == 0 ? '\n' : ' ');
                }
            }
        }
        return bytes;
    }

    private static int Small(Random random) => random.Next(4) == 0 ? random.Next(0, 64) : random.Next(0, 1500);

    /// <summary>Code points drawn from classes that break naive text code.</summary>
    private static string RandomUnicode(Random random, bool large)
    {
        var builder = new StringBuilder();
        var length = large ? random.Next(20_000, 200_000) : Small(random);
        var longLine = large || random.Next(10) == 0;
        while (builder.Length < length)
        {
            switch (random.Next(22))
            {
                case 0: builder.Append((char)random.Next(0, 0x20)); break;
                case 1: builder.Append((char)random.Next(0x7F, 0xA0)); break;
                case 2: builder.Append((char)random.Next(0xD800, 0xDC00)); break;
                case 3: builder.Append((char)random.Next(0xDC00, 0xE000)); break;
                case 4: builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                case 5: builder.Append((char)random.Next(0x300, 0x370)); break;
                case 6: builder.Append(Pick(random, ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C"])); break;
                case 7: builder.Append(Pick(random, ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u2028", "\u2029", "\u0085", "\u180E"])); break;
                case 8: builder.Append(Pick(random, ["👨\u200D👩\u200D👧", "🏳\uFE0F\u200D🌈", "🇫🇷", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "1\uFE0F\u20E3"])); break;
                case 9: builder.Append(Pick(random, ["«", "»", "« ", " »", "“", "”", "\"", "'", "’"])); break;
                case 10: builder.Append(Pick(random, [";", ":", "!", "?", "…", ".", ",", " ;", " :", "::", "##[", "%", "#"])); break;
                case 11: builder.Append((char)random.Next(0x20, 0x7F)); break;
                case 12: builder.Append((char)random.Next(0xA0, 0x250)); break;
                case 13: builder.Append((char)random.Next(0x4E00, 0x4E80)); break;
                case 14: builder.Append((char)random.Next(0x600, 0x700)); break;
                case 15: builder.Append(Pick(random, ["\u00A0", "\u202F", "\u2009", "\t", "  ", " "])); break;
                case 16: builder.Append(longLine ? ' ' : '\n'); break;
                case 17: builder.Append(Pick(random, ["\r\n", "\r", "\n\n"])); break;
                case 18: builder.Append((char)random.Next(0xFFF0, 0x10000)); break;
                default: builder.Append(Pick(random, Words)).Append(' '); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Text as bytes: UTF-8 mostly, else with a BOM, UTF-16 with a BOM, Latin-1, or raw lone surrogates (invalid UTF-8).</summary>
    private static byte[] Encode(Random random, string text)
    {
        switch (random.Next(10))
        {
            case 0: return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
            case 1: return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 2: return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 3: return Encoding.Latin1.GetBytes(text);
            case 4:
                // Lone surrogates as three-byte sequences ("WTF-8"): invalid UTF-8 the decoder must refuse or repair.
                var bytes = new List<byte>(text.Length * 2);
                foreach (var c in text)
                {
                    if (char.IsSurrogate(c))
                    {
                        bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                    }
                    else
                    {
                        bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                    }
                }
                return bytes.ToArray();
            default: return Encoding.UTF8.GetBytes(text);
        }
    }

    private static FuzzCase StructureCase(int seed, Random random, bool large)
    {
        var html = random.Next(6) == 0;
        var text = html ? Html(random, large) : Structure(random, large);
        var extension = html && random.Next(2) == 0 ? ".html" : ".txt";
        return Case(seed, html ? "html" : "structure", random, Encode(random, text), extension);
    }

    private static string Structure(Random random, bool large)
    {
        var lines = new List<string>();
        if (random.Next(6) == 0)
        {
            lines.AddRange(["---", $"title: {Pick(random, Titles)}", $"date: {Pick(random, ["2020-11-30", "2021-02-11T10:00:00+01:00", "0000-00-00", "hier", "\"2022-13-45\""])}", Pick(random, ["tags: [a, b]", "author: &a x", "x: *a", "draft: true", ":::"]), "---"]);
        }
        var count = large ? random.Next(200, 3000) : random.Next(1, 40);
        for (var i = 0; i < count; i++)
        {
            var line = random.Next(16) switch
            {
                0 => Pick(random, Titles),
                1 => Pick(random, Dates),
                2 => Pick(random, Furniture),
                3 => Pick(random, Bylines),
                4 => $"« {Sentence(random)} »" + Pick(random, ["", " a-t-il dit.", "«", "»»"]),
                5 => Pick(random, Urls),
                6 => $"— {Pick(random, ["Jens Stoltenberg", "NATO", "Élysée"])} (@{Pick(random, ["jensstoltenberg", "NATO", "x"])}) {Pick(random, ["November 30, 2020", "May 1, 2020", "30 novembre 2020"])}",
                7 => Pick(random, Markdown) + Sentence(random),
                8 => "",
                9 => Pick(random, ["Lire aussi : " + Sentence(random), "Photo : AFP", "© Reuters", "(AFP)", "Par Jean Dupont, à Bruxelles", "Mis à jour le 12/03/2021 à 14h05"]),
                10 => string.Join(" ", Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, Words))),
                11 => Pick(random, ["::error file=raw/x.txt,line=1::forgé", "  ::add-mask::secret", "##[set-output name=x]y", "\u001b[31mrouge\u001b[0m", "\u202Etxt.exe", "Le 11 000 soldats ; 2 500 chars !"]),
                _ => Sentence(random),
            };
            lines.Add(Salt(random, line));
        }
        if (large && random.Next(2) == 0)
        {
            // One paragraph of a whole page on a single line, quotes and all; or one token repeated along a line,
            // so a rule that fires per occurrence fires tens of thousands of times on it.
            var paragraph = new StringBuilder(Sentence(random) + " ");
            var token = random.Next(2) == 0 ? null : Pick(random, ["«", "« »", "»", "l'a ", " ; ", "e\u0301", "::", "\t ", "1 000 ", "# ", "\u200D", "\u001b[0m", "\u202E", "http://x.y/ "]);
            var length = random.Next(20_000, 250_000);
            while (paragraph.Length < length)
            {
                paragraph.Append(token ?? Sentence(random) + (random.Next(4) == 0 ? " «" + Pick(random, Words) + "» " : " "));
            }
            lines.Insert(random.Next(lines.Count + 1), paragraph.Append('.').ToString());
        }
        return string.Join(Pick(random, ["\n", "\n", "\n", "\n\n", "\r\n"]), lines) + (random.Next(3) == 0 ? "" : "\n");
    }

    private static string Html(Random random, bool large)
    {
        var builder = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><title>" + Pick(random, Titles) + "</title>");
        if (random.Next(2) == 0)
        {
            builder.Append("<meta property=\"article:published_time\" content=\"2020-11-30T13:00:00+01:00\">");
        }
        builder.Append("<script>document.write('<p>x</p>')</script></head><body>");
        var depth = 0;
        for (var n = large ? random.Next(200, 2000) : random.Next(1, 30); n > 0; n--)
        {
            switch (random.Next(9))
            {
                case 0 when depth < 40: builder.Append(Pick(random, ["<div>", "<article>", "<section>", "<nav><ul><li>Accueil</li>"])); depth++; break;
                case 1 when depth > 0: builder.Append("</div>"); depth--; break;
                case 2: builder.Append("<h1>").Append(Salt(random, Pick(random, Titles))).Append("</h1>"); break;
                case 3: builder.Append("<blockquote class=\"twitter-tweet\"><p>").Append(Sentence(random)).Append("</p>&mdash; NATO (@NATO) <a href=\"https://twitter.com/x\">May 1, 2020</a></blockquote>"); break;
                case 4: builder.Append(Pick(random, ["&amp;", "&#8217;", "&#x202E;", "&#27;", "&nbsp;", "&bogus;", "<!-- x -->", "<br>", "</p></p>", "<p", "<![CDATA[x]]>"])); break;
                case 5: builder.Append("<time datetime=\"").Append(Pick(random, ["2020-11-30", "x", "2020-02-30T25:00"])).Append("\">").Append(Pick(random, Dates)).Append("</time>"); break;
                default: builder.Append("<p>").Append(Salt(random, Sentence(random))).Append("</p>"); break;
            }
        }
        return builder.Append("</body></html>").ToString();
    }

    /// <summary>Sometimes a hostile character or two somewhere in the line.</summary>
    private static string Salt(Random random, string line)
    {
        if (line.Length == 0 || random.Next(5) != 0)
        {
            return line;
        }
        var at = random.Next(line.Length + 1);
        if (at > 0 && at < line.Length && char.IsLowSurrogate(line[at]))
        {
            at--;
        }
        return line[..at] + Pick(random, ["\u001b[1m", "\u202E", "\u200D", "\u200B", "\u0000", "\u0007", "\u000C", "\u0301", "\uFEFF", "\uD800", "«", "»", "'", "\t", "  ", "::", "%"]) + line[at..];
    }

    private static string Sentence(Random random)
    {
        var words = Enumerable.Range(0, random.Next(3, 25)).Select(_ => Pick(random, Words));
        return char.ToUpperInvariant(Pick(random, Words)[0]) + Pick(random, Words)[1..] + " " + string.Join(" ", words) + Pick(random, [".", ".", " ?", "!", " :", ";", "…", ""]);
    }

    private static byte[] Mutation(Random random)
    {
        var seeds = Seeds.Value;
        var bytes = seeds[random.Next(seeds.Length)].ToList();
        for (var m = random.Next(1, 8); m > 0 && bytes.Count > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 200))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(random, ["«", "»", "\n", "\r\n", "'", " : ", "<p>", "— A (@b) May 1, 2020", "\u200B", "e\u0301", "Ã©", "  • 1 Feb. 2021 -\n", "\u001b[2J", "\u202E", "::error::x\n"]))); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 500)))); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.Insert(at, (byte)random.Next(0x80, 0x100)); break;
            }
        }
        return bytes.ToArray();
    }

    private static string Sidecar(Random random) => random.Next(7) switch
    {
        0 => "date: 2021-02-11\n",
        1 => $"title: \"{Pick(random, Titles)}\\u202E\\e\"\ndate: 2020-11-30\n",
        2 => "suppressions:\n  - rule: NC201\n    reason: test\n  - rule: NC212\n    line: 3\n",
        3 => "retrieved: 2025-01-15T09:30:00+01:00\nsource_url: https://example.org/a b#c\n",
        4 => "date: 0000-01-01\nunknown: x\n",
        5 => "a: &a [*a]\n",
        _ => RandomUnicode(random, large: false),
    };

    /// <summary>A name for the reporters: ordinary mostly, else with a newline, a command, URI delimiters or bidi.</summary>
    private static string HostileName(Random random, string extension) => random.Next(4) == 0
        ? "raw/" + Pick(random, ["a\nb", "::error file=x::y", "a b#c%d?e", "\u202Etxt.exe", "x\u001b[2J", "é/ü", "back\\slash", "\uD800", " ::warning::z"]) + extension
        : "raw/fuzz" + extension;

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];

    private static readonly string[] Words =
    [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "à", "en", "pour", "que", "qui", "dans", "sur", "avec", "par",
        "OTAN", "l'OTAN", "l’Alliance", "Alliance", "défense", "ministre", "sommet", "Bruxelles", "guerre", "paix", "soldats",
        "secrétaire", "général", "Stoltenberg", "Ukraine", "Russie", "accord", "11 000", "2 500", "miliaire", "questions",
        "the", "and", "of", "NATO", "summit", "Défense", "été", "hier", "lundi", "mars", "2021", "14h05", "«", "»", "'",
    ];

    private static readonly string[] Titles =
    [
        "Pas question de signer un chèque en blanc aux talibans", "L'OTAN renforce son flanc est", "# Sommet de Vilnius",
        "Sommet de l’OTAN : ce qu’il faut retenir", "« Nous sommes prêts », dit le secrétaire général", "NATO summit opens in Vilnius",
        "ACCUEIL", "Le Monde", "Défense : 2 % du PIB ?",
    ];

    private static readonly string[] Dates =
    [
        "18 fév. 2008", "11 Feb. 2021", "March 13, 2024", "18.07.2019", "13.juillet.2016", "27/06/2012", "19-Dec-2002",
        "2022-11-25T17:03+0100", "Publié le 30 novembre 2020 à 14h05", "Mis à jour le 31/02/2021", "il y a 3 heures", "hier",
        "ce lundi 30 novembre", "du 3 au 5 mars 2021", "99/99/9999", "date 2020-11", "Temps de lecture : 3 min",
    ];

    private static readonly string[] Furniture =
    [
        "Accueil | Actualités | Monde", "Partager sur Facebook", "Abonnez-vous à notre newsletter", "Se connecter",
        "Nous utilisons des cookies", "Commentaires", "Aller au contenu principal", "Lire la vidéo", "Tags : OTAN, défense",
        "Réservé aux abonnés", "Menu", "Fermer",
    ];

    private static readonly string[] Bylines = ["Par Jean Dupont", "Propos recueillis par Marie Curie", "Avec notre correspondant à Bruxelles", "Le Figaro avec AFP", "AFP"];

    private static readonly string[] Urls = ["https://www.nato.int/cps/fr/natohq/news_1.htm", "https://t.co/abc123", "http://example.org/2024/05/14/article", "www.lemonde.fr", "https://x.com/a?b=c#d"];

    private static readonly string[] Markdown = ["# ", "## ", "- ", "* ", "1. ", "> ", "```\n", "| a | b |\n", "[lien](https://x) ", "**", "<div>", "---\n"];
}
