using System.Text;
using Corpus.Explorer;
using Corpus.Tests.Explorer;

namespace Corpus.Tests.Robustness;

/// <summary>
/// The Explorer reports what goes wrong as one line on standard error with a non-zero exit code,
/// never a stack trace: bad arguments and unwritable files (see ExplorerAppTests), an output
/// stream that fails while it is written, and even a defect. A missing CorpusDirectory is a build
/// error (BuildProcessTests).
/// </summary>
public class ExplorerErrorTests
{
    /// <summary>A writer that fails once something is written to it, as standard output does when its pipe is closed.</summary>
    private sealed class FailingWriter : TextWriter
    {
        private readonly Func<Exception> _failure;

        public FailingWriter(Func<Exception> failure) => _failure = failure;

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw _failure();

        public override void Write(string? value) => throw _failure();

        public override void Write(char[] buffer, int index, int count) => throw _failure();
    }

    public static TheoryData<string[]> Commands() => new()
    {
        Array.Empty<string>(),
        new[] { "timeline" },
        new[] { "officials" },
        new[] { "export", "--format", "json" },
        new[] { "export", "--format", "csv" },
    };

    private static (int Exit, string Err) Run(string[] args, TextWriter stdout)
    {
        var stderr = new StringWriter();
        int exit = ExplorerApp.Run(args, SampleCorpus.Create(), stdout, stderr);
        return (exit, stderr.ToString());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_output_that_fails_while_written_is_one_line_and_exit_code_2(string[] args)
    {
        var (exit, err) = Run(args, new FailingWriter(() => new IOException("Broken pipe")));
        Assert.Equal(ExplorerApp.UsageError, exit);
        string line = Assert.Single(SampleCorpus.Lines(err));
        Assert.Equal("explorer: cannot write the output: Broken pipe", line);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_defect_is_still_one_line_without_a_stack_trace(string[] args)
    {
        var (exit, err) = Run(args, new FailingWriter(() => new InvalidOperationException("something\nunexpected")));
        Assert.Equal(ExplorerApp.InternalError, exit);
        string line = Assert.Single(SampleCorpus.Lines(err));
        Assert.StartsWith("explorer: internal error (InvalidOperationException): something unexpected", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_standard_error_does_not_throw_either()
    {
        var exit = ExplorerApp.Run(new[] { "export", "--format", "xml" }, SampleCorpus.Create(), new StringWriter(), new FailingWriter(() => new IOException("closed")));
        Assert.Equal(ExplorerApp.UsageError, exit);
    }

    [Theory]
    [InlineData("export", "--format", "yaml")]
    [InlineData("export", "--format", "")]
    [InlineData("export", "--out")]
    [InlineData("--version-of-nothing")]
    public void Bad_arguments_are_one_line_and_exit_code_2(params string[] args)
    {
        var (exit, err) = Run(args, new StringWriter());
        Assert.Equal(ExplorerApp.UsageError, exit);
        string line = Assert.Single(SampleCorpus.Lines(err));
        Assert.StartsWith("explorer: ", line, StringComparison.Ordinal);
    }
}
