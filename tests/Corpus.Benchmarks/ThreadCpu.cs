using System;
using System.Runtime.InteropServices;

namespace Corpus.Benchmarks;

/// <summary>
/// The processor time of the calling thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux and macOS):
/// unlike the process's, it leaves out the runtime's background threads (tiered compilation, the background
/// collector) and whatever else the process runs meanwhile.
/// </summary>
internal static class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static int ClockId => OperatingSystem.IsMacOS() ? 16 : 3;

    /// <summary>True where the thread's clock can be read; elsewhere the guard times the process.</summary>
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        try { return ClockGetTime(ClockId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    /// <summary>Milliseconds of processor time the calling thread has used.</summary>
    public static double Milliseconds()
    {
        if (ClockGetTime(ClockId, out var t) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return t.Seconds * 1000.0 + t.Nanoseconds / 1e6;
    }
}
