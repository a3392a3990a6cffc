using System.Text.RegularExpressions;

namespace NatoCorpus.Tests.Architecture;

/// <summary>
/// Names say what a file holds: in the folders listed here, a file declares one public type, named as the file, so
/// a type is found from its name and a file's name never hides a second type. Lines keep to .editorconfig's length.
/// </summary>
public sealed partial class FileLayoutTests
{
    public static IEnumerable<object[]> Folders => new[] { "Model", "Pipeline", "Reporting" }.Select(folder => new object[] { folder });

    [Theory]
    [MemberData(nameof(Folders))]
    public void Each_file_holds_one_public_type_named_as_the_file(string folder)
    {
        var library = Path.Combine(TestCorpus.Root, "src", "NatoCorpus");
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(library, folder), "*.cs", SearchOption.AllDirectories))
        {
            var types = File.ReadLines(file).Select(line => TopLevelPublicType().Match(line)).Where(match => match.Success)
                .Select(match => match.Groups["name"].Value).ToArray();
            // A file of internal helpers only (no public type) names nothing and hides nothing.
            if (types.Length > 1 || (types.Length == 1 && types[0] != Path.GetFileNameWithoutExtension(file)))
            {
                wrong.Add($"{Path.GetRelativePath(library, file)}: {(types.Length == 0 ? "no public type" : string.Join(", ", types))}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The line length .editorconfig sets for C#.</summary>
    private const int MaxLineLength = 160;

    /// <summary>
    /// Lines of src/ longer than <see cref="MaxLineLength"/> written before the limit was set: a ratchet, lowered as
    /// files are touched, never raised. New code keeps to the limit.
    /// </summary>
    private const int LongLinesLeft = 215;

    [Fact]
    public void Source_lines_keep_to_the_editorconfig_length()
    {
        Assert.Contains($"max_line_length = {MaxLineLength}", File.ReadAllText(Path.Combine(TestCorpus.Root, ".editorconfig")), StringComparison.Ordinal);
        var source = Path.Combine(TestCorpus.Root, "src");
        var longLines = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(entry => entry.line.Length > MaxLineLength)
            .Select(entry => $"{Path.GetRelativePath(source, entry.file)}:{entry.index + 1}: {entry.line.Length} characters")
            .ToList();
        Assert.True(longLines.Count <= LongLinesLeft, $"{longLines.Count} lines over {MaxLineLength} characters (at most {LongLinesLeft}):\n{string.Join("\n", longLines)}");
    }

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:record\s+struct|record\s+class|class|record|enum|struct|interface)\s+(?<name>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelPublicType();
}
