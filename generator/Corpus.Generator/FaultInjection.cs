using System;
using System.Threading;

namespace Corpus.Generator;

/// <summary>
/// A seam for tests: a test sets <see cref="FailWhen"/> to make the processing of one file throw,
/// and checks that the failure becomes one diagnostic while the rest of the corpus compiles. The
/// setting lives in an <see cref="AsyncLocal{T}"/>, so it reaches only generator runs started from
/// the test's own execution context: tests running in parallel and real builds never see it.
/// </summary>
internal static class FaultInjection
{
    public const string Read = "read";
    public const string Parse = "parse";
    public const string Extract = "extract";
    public const string Summarise = "summarise";
    public const string Emit = "emit";
    public const string Split = "split";

    private static readonly AsyncLocal<Func<string, string, bool>?> s_failWhen = new();

    /// <summary>Given the stage (<see cref="Read"/> any file, <see cref="Parse"/> a YAML file, <see cref="Extract"/>, <see cref="Summarise"/> or <see cref="Emit"/> an article, <see cref="Split"/> the corpus into files) and the file's path (for <see cref="Split"/>, the step: a constant of <see cref="SplitStep"/>), whether to fail there.</summary>
    public static Func<string, string, bool>? FailWhen
    {
        get => s_failWhen.Value;
        set => s_failWhen.Value = value;
    }

    public static void At(string stage, string path)
    {
        var failWhen = s_failWhen.Value;
        if (failWhen is not null && failWhen(stage, path)) throw new InjectedFailureException(stage + " of " + path);
    }
}

/// <summary>The failure <see cref="FaultInjection"/> throws.</summary>
internal sealed class InjectedFailureException : Exception
{
    public InjectedFailureException(string where) : base("injected failure in the " + where) { }
}
