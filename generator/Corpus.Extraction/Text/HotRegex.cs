using System.Text.RegularExpressions;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// A regular expression run on every sentence: interpreted until it has been used
/// <see cref="Threshold"/> times in the process, compiled (<see cref="RegexOptions.Compiled"/>) from
/// then on. Compiling costs the JIT a few to a hundred milliseconds once per process and makes
/// matching two to three times faster, which pays only over thousands of sentences: a small corpus
/// never pays it, a large one (or a compiler server that extracts again and again) soon does. Both
/// forms find the same matches, so the output does not depend on which one ran.
/// </summary>
public sealed class HotRegex
{
    /// <summary>Uses before the pattern is compiled; about where the JIT's cost is won back (a few thousand sentences, several hundred articles).</summary>
    public const int DefaultThreshold = 4000;

    private readonly RegexOptions _options;
    private Regex _regex;
    private int _uses;

    public HotRegex(string pattern, RegexOptions options, int threshold = DefaultThreshold)
        : this(pattern, options, RequiredText.Of(pattern, options & ~RegexOptions.Compiled), threshold)
    {
    }

    /// <summary>
    /// An expression with the requirement its caller gives (<see cref="RequiredText.Unknown"/>: none worked out, none
    /// registered with the rules' one pass), for a form of a pattern that its caller runs only where it has told the form
    /// can start.
    /// </summary>
    internal HotRegex(string pattern, RegexOptions options, RequiredText required, int threshold = DefaultThreshold)
    {
        _options = options & ~RegexOptions.Compiled;
        Required = required;
        _regex = new RuleRegex(pattern, _options, Required);
        Threshold = threshold;
        if (threshold <= 0) Compile();
    }

    /// <summary>The options the expression was made with, without <see cref="RegexOptions.Compiled"/>.</summary>
    public RegexOptions Options => _options;

    /// <summary>Uses after which the pattern is compiled.</summary>
    public int Threshold { get; }

    /// <summary>The text every match holds some of: an input without it need not be searched.</summary>
    public RequiredText Required { get; }

    /// <summary>False when the input cannot hold a match (it has none of the <see cref="Required"/> text); does not count a use.</summary>
    public bool MayMatch(string input) => Required.MayMatch(input);

    /// <summary>Whether the compiled form is in use.</summary>
    public bool IsCompiled => (_regex.Options & RegexOptions.Compiled) != 0;

    /// <summary>The expression to run now; counts one use.</summary>
    public Regex Regex
    {
        get
        {
            var regex = Volatile.Read(ref _regex);
            // Two threads may both compile; either result is the same expression.
            if (_uses < Threshold && Interlocked.Increment(ref _uses) == Threshold) regex = Compile();
            return regex;
        }
    }

    public MatchCollection Matches(string input) => Regex.Matches(input);

    public Match Match(string input) => Regex.Match(input);

    public bool IsMatch(string input) => Regex.IsMatch(input);

    /// <summary>The number of the named group (<see cref="Regex.GroupNumberFromName"/>; -1 when the pattern has none of that name); does not count a use.</summary>
    public int GroupNumber(string name) => Volatile.Read(ref _regex).GroupNumberFromName(name);

    public override string ToString() => _regex.ToString();

    private Regex Compile()
    {
        var compiled = new RuleRegex(_regex.ToString(), _options | RegexOptions.Compiled, Required);
        Volatile.Write(ref _regex, compiled);
        return compiled;
    }
}
