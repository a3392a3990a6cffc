using System.Runtime.InteropServices;

namespace NatoCorpus.Bench;

/// <summary>
/// The CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a machine shared with other jobs, wall
/// time counts the time a thread waited for a core; this counts only the time it ran.
/// </summary>
public static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>A timestamp in nanoseconds of this thread's CPU time.</summary>
    public static long Now() => ClockGetTime(ThreadCpuTime, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : 0;

    /// <summary>Milliseconds of this thread's CPU time since <paramref name="start"/>.</summary>
    public static double Since(long start) => (Now() - start) / 1e6;
}
