using System.Globalization;

namespace NatoCorpus.Knowledge.Spelling;

/// <summary>
/// What a Hunspell .aff file says, read for spelling checks: the flag syntax, the affix rules, the special flags
/// (NEEDAFFIX, KEEPCASE, FORBIDDENWORD, ONLYINCOMPOUND, NOSUGGEST, CIRCUMFIX), input and output conversions, break
/// points, and what suggestions use (TRY, REP, MAP, KEY). Compounding is not read: the French dictionary has none.
/// </summary>
internal sealed class AffixFile
{
    /// <summary>The flag Hunspell gives the hidden capitalized forms of mixed-case words ("Otan" for "OTAN").</summary>
    public const int OnlyUpperCaseFlag = int.MaxValue;

    private enum FlagMode
    {
        Char,
        Long,
        Number,
    }

    private FlagMode _mode = FlagMode.Char;

    public List<AffixEntry> Prefixes { get; } = [];
    public List<AffixEntry> Suffixes { get; } = [];
    public int NeedAffix { get; private set; }
    public int KeepCase { get; private set; }
    public int ForbiddenWord { get; private set; }
    public int OnlyInCompound { get; private set; }
    public int NoSuggest { get; private set; }
    public int Circumfix { get; private set; }
    public bool FullStrip { get; private set; }
    public List<(string From, string To)> InputConversions { get; } = [];
    public List<(string From, string To)> OutputConversions { get; } = [];
    public List<string> BreakPatterns { get; } = [];
    public string TryCharacters { get; private set; } = "";
    public List<(string From, string To)> Replacements { get; } = [];
    public List<string> MapGroups { get; } = [];
    public string KeyboardRows { get; private set; } = "";

    public static AffixFile Parse(TextReader reader)
    {
        var file = new AffixFile();
        var lines = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && !fields[0].StartsWith('#'))
            {
                lines.Add(fields);
            }
        }
        // FLAG decides how every later flag is read, wherever it stands.
        foreach (var fields in lines.Where(fields => fields[0] == "FLAG" && fields.Length > 1))
        {
            file._mode = fields[1] switch
            {
                "long" => FlagMode.Long,
                "num" => FlagMode.Number,
                _ => FlagMode.Char,
            };
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var fields = lines[i];
            switch (fields[0])
            {
                case "SET" when fields.Length > 1 && !fields[1].Equals("UTF-8", StringComparison.OrdinalIgnoreCase):
                    throw new FormatException($"only UTF-8 dictionaries are read (SET {fields[1]})");
                case "NEEDAFFIX" or "PSEUDOROOT" when fields.Length > 1:
                    file.NeedAffix = file.ParseFlags(fields[1])[0];
                    break;
                case "KEEPCASE" when fields.Length > 1:
                    file.KeepCase = file.ParseFlags(fields[1])[0];
                    break;
                case "FORBIDDENWORD" when fields.Length > 1:
                    file.ForbiddenWord = file.ParseFlags(fields[1])[0];
                    break;
                case "ONLYINCOMPOUND" when fields.Length > 1:
                    file.OnlyInCompound = file.ParseFlags(fields[1])[0];
                    break;
                case "NOSUGGEST" when fields.Length > 1:
                    file.NoSuggest = file.ParseFlags(fields[1])[0];
                    break;
                case "CIRCUMFIX" when fields.Length > 1:
                    file.Circumfix = file.ParseFlags(fields[1])[0];
                    break;
                case "FULLSTRIP":
                    file.FullStrip = true;
                    break;
                case "TRY" when fields.Length > 1:
                    file.TryCharacters = fields[1];
                    break;
                case "KEY" when fields.Length > 1:
                    file.KeyboardRows = fields[1];
                    break;
                case "ICONV":
                    i = ReadPairs(lines, i, "ICONV", file.InputConversions);
                    break;
                case "OCONV":
                    i = ReadPairs(lines, i, "OCONV", file.OutputConversions);
                    break;
                case "REP":
                    i = ReadPairs(lines, i, "REP", file.Replacements);
                    break;
                case "BREAK" when fields.Length > 1:
                    var breaks = Count(fields[1]);
                    for (var j = 0; j < breaks && i + 1 < lines.Count && lines[i + 1][0] == "BREAK"; j++)
                    {
                        i++;
                        file.BreakPatterns.Add(lines[i][1]);
                    }
                    break;
                case "MAP" when fields.Length > 1:
                    var maps = Count(fields[1]);
                    for (var j = 0; j < maps && i + 1 < lines.Count && lines[i + 1][0] == "MAP"; j++)
                    {
                        i++;
                        file.MapGroups.Add(lines[i][1]);
                    }
                    break;
                case "PFX" or "SFX" when fields.Length >= 4:
                    i = file.ReadAffixes(lines, i);
                    break;
            }
        }
        return file;
    }

    private static int Count(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int ReadPairs(List<string[]> lines, int header, string keyword, List<(string, string)> into)
    {
        var count = Count(lines[header][1]);
        var i = header;
        for (var j = 0; j < count && i + 1 < lines.Count && lines[i + 1][0] == keyword && lines[i + 1].Length >= 3; j++)
        {
            i++;
            // "_" stands for a space in REP.
            into.Add((lines[i][1].Replace('_', ' '), lines[i][2].Replace('_', ' ')));
        }
        return i;
    }

    private int ReadAffixes(List<string[]> lines, int header)
    {
        var isPrefix = lines[header][0] == "PFX";
        var flag = ParseFlags(lines[header][1])[0];
        var cross = lines[header][2] == "Y";
        var count = Count(lines[header][3]);
        var i = header;
        for (var j = 0; j < count && i + 1 < lines.Count; j++)
        {
            i++;
            var fields = lines[i];
            if (fields.Length < 4 || fields[0] != lines[header][0])
            {
                throw new FormatException($"affix {lines[header][1]}: expected {count} lines, found a short one: {string.Join(' ', fields)}");
            }
            var strip = fields[2] == "0" ? "" : fields[2];
            var appendField = fields[3];
            var slash = appendField.IndexOf('/', StringComparison.Ordinal);
            var continuation = slash < 0 ? [] : ParseFlags(appendField[(slash + 1)..]);
            var append = slash < 0 ? appendField : appendField[..slash];
            append = append == "0" ? "" : append;
            var condition = fields.Length > 4 ? AffixCondition.Parse(fields[4]) : AffixCondition.Any;
            Array.Sort(continuation);
            (isPrefix ? Prefixes : Suffixes).Add(new AffixEntry(flag, isPrefix, cross, strip, append, condition, continuation));
        }
        return i;
    }

    /// <summary>The flags of a dictionary entry or continuation class, in the syntax FLAG chose.</summary>
    public int[] ParseFlags(string text)
    {
        switch (_mode)
        {
            case FlagMode.Long:
                var pairs = new int[(text.Length + 1) / 2];
                for (var i = 0; i < pairs.Length; i++)
                {
                    pairs[i] = (text[2 * i] << 16) | (2 * i + 1 < text.Length ? text[2 * i + 1] : 0);
                }
                return pairs;
            case FlagMode.Number:
                return text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            default:
                return text.Select(c => (int)c).ToArray();
        }
    }
}
