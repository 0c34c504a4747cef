using System.Diagnostics;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Real builds in a separate process: a probe project that uses the generator as its package does
/// (its build files and the analyzer assemblies beside the tests), and <c>dotnet</c> run on it.
/// </summary>
internal static class ProbeBuild
{
    /// <summary>The exit code and the standard output and error of one <c>dotnet</c> command.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Writes <c>probe/Probe.csproj</c> below <paramref name="folder"/> and returns its path.</summary>
    public static string WriteProject(string folder, bool documentationFile = false)
    {
        string bin = Path.GetDirectoryName(typeof(ProbeBuild).Assembly.Location)!;
        string build = Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "Corpus.Generator", "build");
        Directory.CreateDirectory(Path.Combine(folder, "probe"));
        string project = Path.Combine(folder, "probe", "Probe.csproj");
        string documentation = documentationFile ? "\n    <GenerateDocumentationFile>true</GenerateDocumentationFile>" : "";
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{build}/Corpus.Generator.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <CorpusNamespace>Probe.Data</CorpusNamespace>{documentation}
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{bin}/Corpus.Generator.dll;{bin}/Corpus.Extraction.dll;{bin}/YamlDotNet.dll" />
                <Reference Include="Corpus.Runtime" HintPath="{bin}/Corpus.Runtime.dll" />
              </ItemGroup>
              <Import Project="{build}/Corpus.Generator.targets" />
            </Project>
            """);
        return project;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="args"/> in <paramref name="workingDirectory"/>; five minutes at most.</summary>
    public static Result Dotnet(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args) + " did not finish");
        }
        return new Result(process.ExitCode, stdout + stderr.Result);
    }
}
