using System.Diagnostics;
using System.Text;

namespace Corpus.Tests.Packaging;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and the interleaved output.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, bool TimedOut, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The command, how it ended and everything it printed, for assertion messages.</summary>
    public string Describe()
        => $"$ {CommandLine}\n{(TimedOut ? "timed out" : "exit code " + ExitCode)}\n{Output}";
}

/// <summary>
/// Runs the .NET CLI as a child process with a time limit, capturing its output. The child gets a
/// clean environment for builds: no MSBuild settings inherited from the test host (which itself
/// runs under <c>dotnet test</c>), no build servers or reused nodes that would outlive the
/// command, English messages.
/// </summary>
internal static class DotNetCommand
{
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(15);

    public static string Executable
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }

    public static async Task<CommandResult> RunAsync(string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        PrepareEnvironment(start.Environment, environment);

        var commandLine = "dotnet " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? "\"" + a + "\"" : a));
        var output = new StringBuilder();
        var stdoutClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderrClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) stdoutClosed.TrySetResult();
            else lock (output) output.Append(e.Data).Append('\n');
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) stderrClosed.TrySetResult();
            else lock (output) output.Append(e.Data).Append('\n');
        };

        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool timedOut = false;
        using (var limit = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit(5_000);
            }
        }

        // Do not hang on a grandchild that keeps the pipes open: wait a little for the rest of the output.
        await Task.WhenAny(Task.WhenAll(stdoutClosed.Task, stderrClosed.Task), Task.Delay(OutputGrace));
        string text;
        lock (output) text = output.ToString();
        return new CommandResult(commandLine, timedOut ? -1 : process.ExitCode, timedOut, text);
    }

    private static void PrepareEnvironment(IDictionary<string, string?> target, IReadOnlyDictionary<string, string>? extra)
    {
        foreach (var key in target.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.Equals("NUGET_PACKAGES", StringComparison.OrdinalIgnoreCase)
                || key.Equals("DOTNET_CLI_UI_LANGUAGE", StringComparison.OrdinalIgnoreCase))
            {
                target.Remove(key);
            }
        }
        // The user's NUGET_PACKAGES stays for packing; consumers get their own cache through `extra`.
        var inherited = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(inherited)) target["NUGET_PACKAGES"] = inherited;

        target["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        target["DOTNET_NOLOGO"] = "1";
        target["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        target["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        target["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        target["MSBUILDDISABLENODEREUSE"] = "1";
        target["MSBUILDTERMINALLOGGER"] = "off";
        if (extra is not null)
        {
            foreach (var (key, value) in extra) target[key] = value;
        }
    }
}
