using System.Diagnostics;

namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// What used to hang: a FIFO named like a raw text, a sidecar or the configuration (opening it waits for a writer
/// forever), a symbolic link loop in raw/, a deeply nested HTML page. Each now ends quickly with a message. Runs in a
/// child process killed after a limit, so a regression fails the test instead of hanging the suite.
/// </summary>
public sealed class HangTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly HostileCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_fifo_named_like_a_raw_text_or_a_sidecar_is_refused_never_opened()
    {
        _corpus.AddText("piped-sidecar", sidecar: null);
        if (!HostileCorpus.MakeFifo(Path.Combine(_corpus.Raw, "piped.txt")) || !HostileCorpus.MakeFifo(Path.Combine(_corpus.Raw, "piped-sidecar.meta.yaml")))
        {
            return; // no mkfifo here: nothing to test
        }
        foreach (var args in new[] { new[] { "normalize" }, ["lint", "--format", "json"], ["check", "--no-cache"], ["normalize", "--check"], ["recurring"] })
        {
            var (exit, output, error, _) = _corpus.Process(Limit, args);
            Assert.Equal(2, exit);
            Assert.Contains("raw/piped.txt", output + error, StringComparison.Ordinal);
            Assert.Contains("not a regular file (a FIFO (named pipe)): refused unread", output + error, StringComparison.Ordinal);
            // The sidecar is named where the format has room for a second path (the JSON error has one path, the text's).
            Assert.Contains(args[0] == "lint" ? "(sidecar of raw/piped-sidecar.txt, which is not processed)" : "raw/piped-sidecar.meta.yaml:1:1: error: not a regular file (a FIFO (named pipe))", output + error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fifo_named_like_the_configuration_or_a_normalized_file_is_refused_never_opened()
    {
        _corpus.AddText("fifo-target");
        if (!HostileCorpus.MakeFifo(Path.Combine(_corpus.Normalized, "fifo-target.md")))
        {
            return;
        }
        var check = _corpus.Process(Limit, "check");
        Assert.Equal(2, check.Exit);
        Assert.Contains("normalized/fifo-target.md:1:1: error: cannot read: not a regular file (a FIFO (named pipe))", check.Output, StringComparison.Ordinal);
        var normalize = _corpus.Process(Limit, "normalize");
        Assert.Equal(2, normalize.Exit);
        Assert.Contains("normalized/fifo-target.md:1:1: error: cannot write: a FIFO (named pipe) is in the way", normalize.Error, StringComparison.Ordinal);

        File.Delete(Path.Combine(_corpus.Root, "natocorpus.yaml"));
        Assert.True(HostileCorpus.MakeFifo(Path.Combine(_corpus.Root, "natocorpus.yaml")));
        var config = _corpus.Process(Limit, "lint");
        Assert.Equal(2, config.Exit);
        Assert.Contains("natocorpus.yaml:1:1: error: not a regular file (a FIFO (named pipe)): refused unread", config.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_loop_in_raw_is_refused_and_the_run_goes_on()
    {
        var sub = Path.Combine(_corpus.Raw, "sub");
        Directory.CreateDirectory(sub);
        File.Copy(Path.Combine(_corpus.Raw, "003_d134cf994f05418c.txt"), Path.Combine(sub, "nested.txt"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), _corpus.Raw);
        Directory.CreateSymbolicLink(Path.Combine(_corpus.Raw, "self"), ".");
        var (exit, output, error, _) = _corpus.Process(Limit, "lint", "--format", "text");
        Assert.Equal(2, exit);
        Assert.Contains("raw/sub/loop:1:1: error: symbolic link to " + _corpus.Raw + ", a folder it is in (a loop): refused", output, StringComparison.Ordinal);
        Assert.Contains("raw/self:1:1: error: symbolic link to " + _corpus.Raw + ", a folder it is in (a loop): refused", output, StringComparison.Ordinal);
        Assert.Contains("raw/sub/nested.txt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_folders_and_linked_files_are_treated_alike_refused_outside_followed_inside()
    {
        var outside = Path.Combine(Path.GetTempPath(), "natocorpus-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), HostileCorpus.Text);
            Directory.CreateSymbolicLink(Path.Combine(_corpus.Raw, "out-folder"), outside);
            File.CreateSymbolicLink(Path.Combine(_corpus.Raw, "out-file.txt"), Path.Combine(outside, "secret.txt"));
            var inside = Path.Combine(_corpus.Root, "elsewhere-in-corpus");
            Directory.CreateDirectory(inside);
            File.WriteAllText(Path.Combine(inside, "kept.txt"), HostileCorpus.Text);
            File.WriteAllText(Path.Combine(inside, "kept.meta.yaml"), "date: 2024-01-01\n");
            Directory.CreateSymbolicLink(Path.Combine(_corpus.Raw, "in-folder"), inside);

            var (exit, _, error) = _corpus.Normalize();
            Assert.Equal(2, exit);
            Assert.Contains($"raw/out-folder:1:1: error: symbolic link to {outside}, outside the corpus: refused", error, StringComparison.Ordinal);
            Assert.Contains($"raw/out-file.txt:1:1: error: symbolic link to {Path.Combine(outside, "secret.txt")}, outside the corpus: refused", error, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", Directory.EnumerateFiles(_corpus.Normalized).Select(Path.GetFileName));
            Assert.True(File.Exists(Path.Combine(_corpus.Normalized, "kept.md")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_megabyte_of_nested_divs_is_refused_quickly()
    {
        var depth = 200_000;
        var html = "<html><head><title>Un titre</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>La défense des Alliés est prête.</p></body></html>";
        Assert.True(html.Length > 1_000_000);
        var clock = Stopwatch.StartNew();
        var result = TestCorpus.ProcessText(html, "nested");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains("HTML nested more than 512 elements deep", result.Error!.Message, StringComparison.Ordinal);

        // A real page's depth is read as usual; unclosed paragraphs and list items do not count as nesting.
        var flat = "<html><body><h1>Un titre sur la défense</h1>" + string.Concat(Enumerable.Repeat("<p>La défense des Alliés est prête, a dit le ministre.", 20_000)) + "</body></html>";
        Assert.InRange(NatoCorpus.Input.HtmlExtractor.NestingDepth(flat, 512), 0, 5);
    }
}
