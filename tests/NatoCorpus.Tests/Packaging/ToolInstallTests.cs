using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace NatoCorpus.Tests.Packaging;

/// <summary>
/// Installation as a user does it (README, "Installing the tool"): the tool packed from a copy of the sources into a
/// temporary feed, `dotnet tool install --tool-path` into a clean folder, then `natocorpus --version` and `natocorpus
/// check` on a temporary corpus. The pack makes the pointer package NatoCorpus.Tool, this platform's RID-specific
/// package and the portable NatoCorpus.Tool.any; a second install from a pointer that does not list this platform
/// proves the portable fallback any other platform gets. Slow (a pack and two installs, about a minute): one test.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ToolInstallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("natocorpus-install-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Rid => RuntimeInformation.RuntimeIdentifier;

    [Fact]
    public void The_packed_tool_installs_into_a_clean_folder_and_checks_a_corpus_with_its_platform_package_or_the_portable_one()
    {
        var feed = Path.Combine(_folder, "feed");
        // ReadyToRun off: precompiling took two minutes of this machine's two cores and changes nothing of how the
        // packages install (release.yml packs with it and installs on each kind of runner).
        var (packExit, packOutput) = Run("dotnet", CopySources(), new Dictionary<string, string>(),
            "pack", "src/NatoCorpus.Cli", "-c", "Release", "-o", feed, $"-p:NatoCorpusToolRids=\"{Rid}\"", "-p:PublishReadyToRun=false",
            "-p:UseSharedCompilation=false", "-nologo");
        Assert.True(packExit == 0, packOutput);
        var packages = Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        string[] expected = [$"NatoCorpus.Tool.{ToolInfo.Version}.nupkg", $"NatoCorpus.Tool.{Rid}.{ToolInfo.Version}.nupkg",
            $"NatoCorpus.Tool.any.{ToolInfo.Version}.nupkg"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), packages);

        // This platform's package.
        var tools = Install(feed, "tools");
        var store = Path.Combine(tools, ".store", "natocorpus.tool", ToolInfo.Version);
        Assert.True(Directory.Exists(Path.Combine(store, $"natocorpus.tool.{Rid}")), "not the RID-specific package");
        RunsAndChecks(tools);

        // A platform the pointer does not list falls back to the portable package.
        var fallbackFeed = Path.Combine(_folder, "fallback-feed");
        Directory.CreateDirectory(fallbackFeed);
        var any = $"NatoCorpus.Tool.any.{ToolInfo.Version}.nupkg";
        File.Copy(Path.Combine(feed, any), Path.Combine(fallbackFeed, any));
        var pointer = Path.Combine(fallbackFeed, $"NatoCorpus.Tool.{ToolInfo.Version}.nupkg");
        File.Copy(Path.Combine(feed, $"NatoCorpus.Tool.{ToolInfo.Version}.nupkg"), pointer);
        WithoutThisPlatform(pointer);
        var portable = Install(fallbackFeed, "portable");
        Assert.True(Directory.Exists(Path.Combine(portable, ".store", "natocorpus.tool", ToolInfo.Version, "natocorpus.tool.any")), "not the portable package");
        RunsAndChecks(portable);
    }

    private void RunsAndChecks(string tools)
    {
        var natocorpus = Path.Combine(tools, OperatingSystem.IsWindows() ? "natocorpus.exe" : "natocorpus");
        var (versionExit, version) = Run(natocorpus, _folder, new Dictionary<string, string>(), "--version");
        Assert.True(versionExit == 0, version);
        Assert.StartsWith(ToolInfo.Version, version.Trim(), StringComparison.Ordinal);

        var corpus = TestCorpus.CopyToTemporary();
        try
        {
            var (clean, cleanOutput) = Run(natocorpus, corpus, new Dictionary<string, string>(), "check", "--no-cache");
            Assert.True(clean == 0, cleanOutput);
            File.WriteAllText(Path.Combine(corpus, "raw", "zz_new.txt"), "Un titre d'article\n\nUn texte sans date ni sidecar.\n");
            var (failing, failingOutput) = Run(natocorpus, corpus, new Dictionary<string, string>(), "check", "--no-cache");
            Assert.True(failing == 1, failingOutput);
            Assert.Contains("raw/zz_new.txt", failingOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    /// <summary>Installs from <paramref name="feed"/> with an empty package cache, so no earlier pack of the same version is used.</summary>
    private string Install(string feed, string name)
    {
        var tools = Path.Combine(_folder, name);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_folder, name + "-nuget-packages") };
        var (exit, output) = Run("dotnet", _folder, environment,
            "tool", "install", "--tool-path", tools, "--add-source", feed, "NatoCorpus.Tool", "--version", ToolInfo.Version);
        Assert.True(exit == 0, output);
        return tools;
    }

    /// <summary>Takes this platform out of the pointer package's list of RID-specific packages.</summary>
    private static void WithoutThisPlatform(string pointer)
    {
        using var archive = ZipFile.Open(pointer, ZipArchiveMode.Update);
        var entry = archive.Entries.Single(entry => entry.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        XDocument settings;
        using (var stream = entry.Open())
        {
            settings = XDocument.Load(stream);
        }
        var listed = settings.Descendants("RuntimeIdentifierPackage").Where(package => (string?)package.Attribute("RuntimeIdentifier") == Rid).ToArray();
        Assert.Single(listed);
        listed[0].Remove();
        var name = entry.FullName;
        entry.Delete();
        using var writer = archive.CreateEntry(name).Open();
        settings.Save(writer);
    }

    /// <summary>What a pack needs (the two projects, rule docs, schema, build props), without bin/ and obj/ of the working tree.</summary>
    private string CopySources()
    {
        var target = Path.Combine(_folder, "source");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            Copy(Path.Combine(TestCorpus.Root, file), Path.Combine(target, file));
        }
        foreach (var folder in new[] { "src/NatoCorpus", "src/NatoCorpus.Cli", "docs/rules", "schema" })
        {
            var source = Path.Combine(TestCorpus.Root, folder);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                var first = relative.Split(Path.DirectorySeparatorChar)[0];
                if (first is not ("bin" or "obj"))
                {
                    Copy(file, Path.Combine(target, folder, relative));
                }
            }
        }
        return target;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    private static (int Exit, string Output) Run(string program, string workingDirectory, IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        // A pack must not inherit the test host's MSBuild state (node reuse would keep build servers running after the test).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
