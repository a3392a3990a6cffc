using System.Text.RegularExpressions;

namespace NatoCorpus.Tests.Architecture;

/// <summary>
/// The house's arrows, kept by a test: each folder of the library may refer only to the folders below it (the
/// table of the developers' guide, and what those may use in turn). References are read from `using` directives
/// and qualified names in the source; nothing refers to the CLI.
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>Direct arrows; a folder may also use what the folders it points to may use.</summary>
    private static readonly Dictionary<string, string[]> Arrows = new(StringComparer.Ordinal)
    {
        ["Commands"] = ["Corpus", "Pipeline", "Reporting", "Output"],
        ["Configuration"] = ["Corpus", "Pipeline", "Reporting", "Output"],
        ["Reporting"] = ["Pipeline"],
        ["Corpus"] = ["Pipeline"],
        ["Pipeline"] = ["Parsing", "Rules", "Output", "Input", "Knowledge", "Model", "Text"],
        ["Parsing"] = ["Knowledge", "Model", "Text"],
        ["Rules"] = ["Model", "Text", "Knowledge"],
        ["Output"] = ["Model", "Text"],
        ["Input"] = ["Text"],
        ["Knowledge"] = ["Text"],
        ["Model"] = ["Text"],
        ["Text"] = [],
    };

    private static IReadOnlySet<string> Allowed(string folder)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(Arrows[folder]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (allowed.Add(next))
            {
                foreach (var below in Arrows[next])
                {
                    pending.Push(below);
                }
            }
        }
        return allowed;
    }

    public static IEnumerable<object[]> Folders => Arrows.Keys.Order(StringComparer.Ordinal).Select(folder => new object[] { folder });

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_folder_refers_only_to_the_folders_below_it(string folder)
    {
        var library = Path.Combine(TestCorpus.Root, "src", "NatoCorpus");
        var allowed = Allowed(folder);
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(library, folder), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }
                // String literals name resources ("NatoCorpus.Data.calendar.yaml"), not code.
                var code = StringLiteral().Replace(line, "\"\"");
                foreach (Match match in Reference().Matches(code))
                {
                    var target = match.Groups["folder"].Value;
                    if (target != folder && (target == "Cli" || (Arrows.ContainsKey(target) && !allowed.Contains(target))))
                    {
                        wrong.Add($"{Path.GetRelativePath(library, file)}:{i + 1}: {folder} → {target} ({match.Value.Trim()})");
                    }
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_arrows_have_no_cycle()
    {
        foreach (var folder in Arrows.Keys)
        {
            Assert.DoesNotContain(folder, Allowed(folder));
        }
    }

    [GeneratedRegex(@"(?:using\s+NatoCorpus\.|\bNatoCorpus\.|(?<![\w.])(?=(?:Commands|Configuration|Reporting|Corpus|Pipeline|Parsing|Rules|Output|Input|Knowledge|Model|Text|Cli)\.[A-Z]))(?<folder>[A-Z][A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();
}
