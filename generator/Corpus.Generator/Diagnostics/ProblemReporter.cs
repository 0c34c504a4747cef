using System;
using System.Text;
using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>Turns the engine's problems into compiler diagnostics, and a failure into one problem naming the file.</summary>
internal static class ProblemReporter
{
    public static EquatableArray<Problem> Failure(string path, string name, Exception e)
        => new(new[] { Problem.AtFile(ProblemIds.UnexpectedFailure, path, name, e.GetType().Name + ": " + OneLine(e.Message)) });

    private static string OneLine(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 300));
        foreach (char c in text)
        {
            if (sb.Length == 300) { sb.Append('…'); break; }
            sb.Append(char.IsControl(c) ? ' ' : c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>The most values any message takes; missing ones are passed as "" so that no message can fail to format.</summary>
    private const int MaxMessageArguments = 8;

    public static void Report(SourceProductionContext spc, EquatableArray<Problem> problems)
    {
        foreach (var p in problems)
        {
            var descriptor = DiagnosticDescriptors.For(p.Id);
            var location = Location.None;
            if (p.Path.Length > 0)
            {
                var start = new LinePosition(Math.Max(0, p.Line), Math.Max(0, p.Column));
                var end = new LinePosition(Math.Max(0, p.EndLine), Math.Max(0, p.EndColumn));
                if (end < start) end = start;
                location = Location.Create(p.Path, new TextSpan(Math.Max(0, p.Start), Math.Max(0, p.Length)), new LinePositionSpan(start, end));
            }
            var args = new object[Math.Max(MaxMessageArguments, p.Args.Count)];
            for (int i = 0; i < args.Length; i++) args[i] = i < p.Args.Count ? p.Args[i] : "";
            spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, args));
        }
    }
}
