using NatoCorpus.Corpus;

namespace NatoCorpus.Tests.Corpus;

/// <summary>The parallel run behind every command: results in file order whatever the jobs, failures surfaced, never lost.</summary>
public sealed class OrderedRunTests
{
    private static readonly string[] Files = Enumerable.Range(0, 1000).Select(i => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(0)]
    public void Results_come_in_file_order_whatever_the_jobs(int jobs)
    {
        var consumed = new List<string>();
        // Uneven work, so later files often finish before earlier ones.
        CorpusRun.Ordered(Files, jobs, file =>
        {
            Thread.SpinWait(file.GetHashCode(StringComparison.Ordinal) & 0xFFF);
            return file + "!";
        }, consumed.Add);
        Assert.Equal(Files.Select(file => file + "!"), consumed);
    }

    [Fact]
    public void A_worker_failure_stops_the_run_and_is_thrown()
    {
        var consumed = new List<string>();
        var exception = Assert.Throws<AggregateException>(() => CorpusRun.Ordered(Files, 4, file =>
            file == "0500" ? throw new InvalidOperationException("boom") : file, consumed.Add));
        Assert.Equal("boom", exception.InnerExceptions.Single().Message);
        Assert.True(consumed.Count <= 500);
        Assert.Equal(Files.Take(consumed.Count), consumed);
    }

    [Fact]
    public void A_consumer_failure_stops_the_workers_and_is_thrown_as_is()
    {
        var worked = 0;
        var exception = Assert.Throws<InvalidOperationException>(() => CorpusRun.Ordered(Files, 4, file =>
        {
            Interlocked.Increment(ref worked);
            return file;
        }, file =>
        {
            if (file == "0010")
            {
                throw new InvalidOperationException("consumer");
            }
        }));
        Assert.Equal("consumer", exception.Message);
        // The workers stop within a window of the consumer.
        Assert.True(Volatile.Read(ref worked) <= 10 + 1 + 256 + 4);
    }

    [Fact]
    public void No_files_no_work()
    {
        var consumed = 0;
        CorpusRun.Ordered([], 4, file => file, _ => consumed++);
        Assert.Equal(0, consumed);
    }
}
