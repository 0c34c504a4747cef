using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.TestSupport;

/// <summary>
/// Runs Debian's <c>chromium</c> headless on a local file, without npm or a driver: <c>--dump-dom</c> gives the
/// DOM after loading, <c>--screenshot</c> a PNG, and <c>--enable-logging=stderr</c> puts every console message of
/// the page (script errors, Content-Security-Policy violations, console calls) on standard error as a line with
/// "CONSOLE". Each run gets a new, empty profile folder, which is deleted afterwards. The browser tests and the
/// report benchmark (<c>-- report</c>) both run it.
/// </summary>
public static partial class HeadlessChromium
{
    /// <summary>The browser to run: <c>$CORPUS_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c>.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("CORPUS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Whether the browser is installed.</summary>
    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>Whether the tests run in continuous integration (<c>CI=true</c>), where a missing browser is a failure, not a skip.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How long one browser run may take before it counts as hung. It is a guard, not a measure: the build machines are
    /// small and busy, and a run of the 10,000-article page beside the rest of the suite has taken more than two minutes.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(300);

    /// <summary>What one browser run gave.</summary>
    /// <param name="ExitCode">The browser's exit code.</param>
    /// <param name="Stdout">Its standard output: the DOM, for <see cref="DumpDom"/>.</param>
    /// <param name="Stderr">Its standard error, with the page's console messages.</param>
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The console messages of the page, one per line.</summary>
        public IReadOnlyList<string> ConsoleMessages => Stderr.Split('\n').Where(l => ConsoleLine().IsMatch(l)).Select(l => l.TrimEnd('\r')).ToList();
    }

    // Chromium writes console messages as "[pid:tid:time:INFO:CONSOLE:12] "text", source: URL (12)" (older
    // releases: "INFO:CONSOLE(12)"), whatever the level of the console call.
    [GeneratedRegex(@":CONSOLE[:(\]]")]
    private static partial Regex ConsoleLine();

    /// <summary>Loads <paramref name="file"/> and returns the serialised DOM on standard output.</summary>
    public static Result DumpDom(string file, string? fragment = null) => Run(file, fragment, "--dump-dom");

    /// <summary>Loads <paramref name="file"/> in a window of the given size and saves a PNG of it to <paramref name="png"/>.</summary>
    public static Result Screenshot(string file, string png, int width, int height, string? fragment = null)
        => Run(file, fragment, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");

    /// <summary>Loads <paramref name="file"/> (with <paramref name="fragment"/>, such as <c>#filter?partner=AU</c>, when given).</summary>
    private static Result Run(string file, string? fragment, params string[] action)
    {
        string profile = Directory.CreateTempSubdirectory("corpus-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", "--disable-extensions", "--mute-audio",
                         "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                     }.Concat(action))
            {
                start.ArgumentList.Add(argument);
            }
            start.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri + (fragment ?? ""));

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Executable);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException("chromium did not finish within " + Timeout.TotalSeconds + " s: " + stderr.Result);
            }
            process.WaitForExit();
            return new Result(process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
