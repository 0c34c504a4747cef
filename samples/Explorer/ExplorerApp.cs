using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Security;
using System.Text;

namespace Corpus.Explorer;

/// <summary>
/// The Explorer's command line, callable with any snapshot and writers:
/// no arguments (or <c>timeline</c>) prints the timeline by partner country, <c>officials</c> the officials and
/// their positions, <c>export --format json|csv [--out FILE]</c> writes the interchange JSON or the CSV, and
/// <c>report [--out FILE]</c> writes the self-contained HTML report (to <c>report.html</c> unless told otherwise;
/// <c>--out -</c> writes it to standard output).
/// </summary>
public static class ExplorerApp
{
    /// <summary>The exit code of a usage error or an output that cannot be written.</summary>
    public const int UsageError = 2;

    /// <summary>The file <c>report</c> writes when <c>--out</c> is not given.</summary>
    public const string DefaultReportFile = "report.html";

    /// <summary>The exit code of a failure that is a defect of the Explorer; it is still reported as one line.</summary>
    public const int InternalError = 1;

    /// <summary>From this many engagements on, <c>report</c> tells its progress on standard error when that is a terminal.</summary>
    public const int ProgressThreshold = 1000;

    /// <summary>Runs the command line <paramref name="args"/> against <paramref name="snapshot"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="snapshot">The corpus.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="terminal">Whether standard error is a terminal: then <c>report</c> tells its progress there for
    /// corpora of <see cref="ProgressThreshold"/> engagements or more. Nothing else depends on it.</param>
    /// <returns>
    /// 0 on success; otherwise, after writing one line <c>explorer: message</c> (never a stack trace) to
    /// <paramref name="stderr"/>, <see cref="UsageError"/> for a bad command line or an output that
    /// cannot be written, or <see cref="InternalError"/> for a defect.
    /// </returns>
    public static int Run(string[] args, CorpusSnapshot snapshot, TextWriter stdout, TextWriter stderr, bool terminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var root = new RootCommand("Explore Cambodia's bilateral defence engagements compiled from news articles.");
        root.SetAction(_ => TimelineReport.Write(snapshot, stdout));

        var timeline = new Command("timeline", "Engagements by partner country, in date order (the default).");
        timeline.SetAction(_ => TimelineReport.Write(snapshot, stdout));
        root.Subcommands.Add(timeline);

        var officials = new Command("officials", "Every official with country and positions over time.");
        officials.SetAction(_ => OfficialsReport.Write(snapshot, stdout));
        root.Subcommands.Add(officials);

        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the interchange contract) or csv (one row per engagement).",
            HelpName = "json|csv",
            DefaultValueFactory = _ => "json",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The file to write; standard output when omitted.",
            HelpName = "FILE",
        };
        var export = new Command("export", "Write the corpus as interchange JSON or as CSV.") { format, output };
        export.SetAction(result => Export(snapshot, result.GetValue(format), result.GetValue(output), stdout, stderr));
        root.Subcommands.Add(export);

        var reportOutput = new Option<string>("--out", "-o")
        {
            Description = "The HTML file to write (default " + DefaultReportFile + "); - writes to standard output.",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultReportFile,
        };
        var report = new Command("report", "Write one self-contained HTML page: timelines, network of officials, tables with evidence.") { reportOutput };
        report.SetAction(result => Report(snapshot, result.GetValue(reportOutput), stdout, stderr, terminal));
        root.Subcommands.Add(report);

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            return Fail(stderr, parsed.Errors.Count > 0 ? parsed.Errors[0].Message : "invalid command line");
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Standard output closed or full (a pipe whose reader stopped, a full disk).
            return Fail(stderr, "cannot write the output: " + e.Message);
        }
        catch (Exception e)
        {
            return Fail(stderr, "internal error (" + e.GetType().Name + "): " + e.Message + " Please report it.", InternalError);
        }
    }

    private static int Export(CorpusSnapshot snapshot, string? format, string? path, TextWriter stdout, TextWriter stderr)
    {
        bool json;
        switch (format?.Trim().ToLowerInvariant())
        {
            case "json": json = true; break;
            case "csv": json = false; break;
            default: return Fail(stderr, "unknown format '" + format + "' (use json or csv)");
        }

        if (string.IsNullOrEmpty(path))
        {
            if (json) stdout.Write(InterchangeJson.Serialize(snapshot));
            else CsvExport.Write(snapshot, stdout);
            stdout.Flush();
            return 0;
        }

        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            if (json)
            {
                InterchangeJson.Write(snapshot, file);
            }
            else
            {
                using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                CsvExport.Write(snapshot, writer);
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException or SecurityException)
        {
            return Fail(stderr, "cannot write '" + path + "': " + OneLine(e.Message));
        }
    }

    private static int Report(CorpusSnapshot snapshot, string? path, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        if (string.IsNullOrWhiteSpace(path)) return Fail(stderr, "--out needs a file name");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Action<string>? progress = null;
        if (terminal && snapshot.Engagements.Count >= ProgressThreshold)
        {
            stderr.WriteLine("explorer: report of " + snapshot.Engagements.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " engagements, "
                + snapshot.Officials.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " officials, "
                + snapshot.Documents.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " articles");
            progress = step =>
            {
                stderr.WriteLine("explorer: writing the " + step + " (" + watch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s)");
                stderr.Flush();
            };
        }
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        HtmlReport.Write(snapshot, writer, progress);
        string html = writer.ToString();
        if (path == "-")
        {
            stdout.Write(html);
            stdout.Flush();
            Done();
            return 0;
        }

        try
        {
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Done();
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                      or NotSupportedException or SecurityException)
        {
            return Fail(stderr, "cannot write '" + path + "': " + OneLine(e.Message));
        }

        void Done()
        {
            if (progress is null) return;
            stderr.WriteLine("explorer: wrote " + (path == "-" ? "the page" : path) + ", " + (Encoding.UTF8.GetByteCount(html) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)
                + " MB, in " + watch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s");
            stderr.Flush();
        }
    }

    private static int Fail(TextWriter stderr, string message, int exitCode = UsageError)
    {
        try
        {
            stderr.WriteLine("explorer: " + OneLine(message));
            stderr.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nowhere left to report to; the exit code still says it failed.
        }
        return exitCode;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
