using System.Diagnostics;
using System.Text.Json;

namespace NatoCorpus.Tests.Hostile;

/// <summary>
/// What used to crash (stack trace, exit 1, the run stopped) now ends as one line naming the file and the reason,
/// exit 2, and the run goes on: regex timeouts, disk errors on normalized/ and the cache, long names, huge files.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly HostileCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    /// <summary>A data file whose pattern backtracks exponentially on a long run of "a" not followed by the end.</summary>
    private const string SlowPattern = """
        furniture:
          - name: slow
            pattern: '^(a|aa)+$'
            examples:
              match: ['aaaa']
              no_match: ['b']
        """;

    [Fact]
    public void A_data_file_regex_that_times_out_refuses_that_text_only()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "slow.yaml"), SlowPattern);
        _corpus.Config("data: [slow.yaml]\n");
        _corpus.AddText("slow", text: "Un titre sur la défense\n\n" + new string('a', 60) + "!\n\nLa défense des Alliés est prête, a dit le ministre à Bruxelles.\n");
        _corpus.AddText("fine");
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var (exit, output, error) = _corpus.Lint(format);
            Assert.Equal(2, exit);
            Assert.Contains("raw/slow.txt", output, StringComparison.Ordinal);
            Assert.Contains("a data-file pattern ran longer than 5 s on this text", output, StringComparison.Ordinal);
            if (format == "json")
            {
                // The run went on: the next file is in the report (text lists only files with findings).
                Assert.Contains("raw/fine.txt", output, StringComparison.Ordinal);
            }
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        var normalized = _corpus.Normalize();
        Assert.Equal(2, normalized.Exit);
        Assert.Contains("raw/slow.txt:1:1: error: a data-file pattern ran longer than 5 s", normalized.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_corpus.Normalized, "fine.md")));
    }

    [Fact]
    public void A_data_file_regex_that_times_out_on_its_own_example_is_refused_at_load()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "slow.yaml"), SlowPattern.Replace("['b']", "['" + new string('a', 60) + "!']", StringComparison.Ordinal));
        _corpus.Config("data: [slow.yaml]\n");
        var (exit, _, error) = _corpus.RunCli("lint");
        Assert.Equal(2, exit);
        Assert.Contains("slow.yaml:1:1: error: furniture 'slow': the pattern ran longer than 5 s on example", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_folder_where_a_normalized_file_should_be_is_one_error_and_the_others_are_written()
    {
        _corpus.AddText("blocked");
        _corpus.AddText("fine");
        Directory.CreateDirectory(Path.Combine(_corpus.Normalized, "blocked.md"));
        var (exit, output, error) = _corpus.Normalize();
        Assert.Equal(2, exit);
        Assert.Contains("normalized/blocked.md:1:1: error: cannot write: a folder is in the way", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("1 written", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_corpus.Normalized, "fine.md")));

        // check reads it: one error naming it, in every format.
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var check = _corpus.Check(format);
            Assert.Equal(2, check.Exit);
            Assert.Contains("normalized/blocked.md", check.Output, StringComparison.Ordinal);
            Assert.Contains("not a regular file (a folder)", check.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unwritable_normalized_folder_is_one_error_per_file_not_a_crash()
    {
        _corpus.AddText("new");
        if (HostileCorpus.ReadOnlyFoldersRefuseWrites(_corpus.Root))
        {
            HostileCorpus.SetMode(_corpus.Normalized, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }
        else
        {
            // Root writes into a read-only folder: a file where the folder should be fails every write as surely.
            Directory.Delete(_corpus.Normalized, recursive: true);
            File.WriteAllText(_corpus.Normalized, "not a folder");
        }
        var (exit, output, error) = _corpus.Normalize();
        Assert.Equal(2, exit);
        Assert.Contains("normalized/new.md:1:1: error: cannot write: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Contains("not normalized", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_check_cache_is_one_error_naming_it_in_every_format()
    {
        // A file where the cache folder should be: creating the folder fails, as a read-only one would (even for root).
        var blocker = Path.Combine(_corpus.Root, "cache-blocker");
        File.WriteAllText(blocker, "a file");
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            var (exit, output, error) = _corpus.Check(format, cache: true, cacheLocation: blocker);
            Assert.Equal(2, exit);
            Assert.Contains("cache-blocker/check.json", output, StringComparison.Ordinal);
            Assert.Contains("cannot write the check cache", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
            if (format == "json")
            {
                Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("input_errors").GetInt32());
            }
        }
    }

    [Fact]
    public void A_folder_where_the_check_cache_file_should_be_is_ignored_on_reading_and_an_error_on_writing()
    {
        var cache = Path.Combine(_corpus.Root, "cache");
        Directory.CreateDirectory(Path.Combine(cache, "check.json"));
        var (exit, output, error) = _corpus.Check("text", cache: true, cacheLocation: cache);
        Assert.Equal(2, exit);
        Assert.Contains("cache/check.json: corrupt cache ignored (not a regular file (a folder)", error, StringComparison.Ordinal);
        Assert.Contains("cache/check.json:1:1: error: cannot write the check cache: a folder is in the way", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_name_of_250_bytes_is_normalized_its_temporary_name_kept_within_255_bytes()
    {
        var name = new string('é', 123) + "abc";
        Assert.Equal(249, System.Text.Encoding.UTF8.GetByteCount(name));
        _corpus.AddText(name, sidecar: null, text: "Un titre sur la défense\n\n18 février 2008\n\nLa défense des Alliés est prête, a dit le ministre à Bruxelles.\n");
        var (exit, _, error) = _corpus.Normalize();
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_corpus.Normalized, name + ".md")));
        Assert.Empty(Directory.EnumerateFiles(_corpus.Normalized, "*.tmp"));
        var temporary = NatoCorpus.Corpus.AtomicFile.TemporaryName(name + ".md");
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(temporary), 200, 255);
        Assert.True(NatoCorpus.Corpus.AtomicFile.IsTemporaryName(temporary));
    }

    [Fact]
    public void Sparse_multi_gigabyte_files_are_refused_unread_raw_sidecar_normalized_cache()
    {
        var clock = Stopwatch.StartNew();
        HostileCorpus.Sparse(Path.Combine(_corpus.Raw, "huge.txt"), 3L << 30);
        _corpus.AddText("bigsidecar", sidecar: null);
        HostileCorpus.Sparse(Path.Combine(_corpus.Raw, "bigsidecar.meta.yaml"), 3L << 30);
        _corpus.AddText("bignormalized");
        HostileCorpus.Sparse(Path.Combine(_corpus.Normalized, "bignormalized.md"), 3L << 30);
        var cache = Path.Combine(_corpus.Root, "cache");
        Directory.CreateDirectory(cache);
        HostileCorpus.Sparse(Path.Combine(cache, "check.json"), 3L << 30);

        var (exit, output, error) = _corpus.Check("text", cache: true, cacheLocation: cache);
        Assert.Equal(2, exit);
        Assert.Contains("raw/huge.txt:1:1: error: file is larger than the limit of 5242880 bytes (max_file_size)", output, StringComparison.Ordinal);
        Assert.Contains("raw/bigsidecar.meta.yaml:1:1: error: file is larger than the limit of 1048576 bytes", output, StringComparison.Ordinal);
        Assert.Contains("(sidecar of raw/bigsidecar.txt, which is not processed)", output, StringComparison.Ordinal);
        Assert.Contains("normalized/bignormalized.md:1:1: error: cannot read: file is larger than the limit", output, StringComparison.Ordinal);
        Assert.Contains("cache/check.json: corrupt cache ignored (file is larger than the limit", error, StringComparison.Ordinal);

        // normalize replaces a normalized file of another size without reading it.
        var normalize = _corpus.Normalize();
        Assert.Equal(2, normalize.Exit);
        Assert.Equal(File.ReadAllText(Path.Combine(_corpus.Normalized, "bignormalized.md")), NatoCorpus.Tests.TestCorpus.ProcessText(HostileCorpus.Text, "bignormalized", "date: 2024-01-01\n").Markdown);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Sparse_configuration_and_data_files_are_refused_unread()
    {
        HostileCorpus.Sparse(Path.Combine(_corpus.Root, "big.yaml"), 3L << 30);
        _corpus.Config("data: [big.yaml]\n");
        var data = _corpus.RunCli("lint");
        Assert.Equal(2, data.Exit);
        Assert.Contains("big.yaml:1:1: error: file is larger than the limit of 1048576 bytes", data.Error, StringComparison.Ordinal);

        HostileCorpus.Sparse(Path.Combine(_corpus.Root, "natocorpus.yaml"), 3L << 30);
        var config = _corpus.RunCli("lint");
        Assert.Equal(2, config.Exit);
        Assert.Contains("natocorpus.yaml:1:1: error: file is larger than the limit of 1048576 bytes", config.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_error_is_one_line_with_a_report_and_exit_3()
    {
        var error = new StringWriter();
        var exit = NatoCorpus.Cli.CliApp.Guarded(() => throw new AggregateException(new InvalidOperationException("boom\nsecond line")), error);
        Assert.Equal(3, exit);
        var line = Assert.Single(error.ToString().Trim().Split('\n'));
        Assert.StartsWith("natocorpus: internal error: InvalidOperationException: boom; details in ", line, StringComparison.Ordinal);
        var report = line[(line.IndexOf("details in ", StringComparison.Ordinal) + "details in ".Length)..line.IndexOf(" (please", StringComparison.Ordinal)];
        try
        {
            Assert.Contains("   at ", File.ReadAllText(report), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }
}
