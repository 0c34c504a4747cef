using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Extraction.Text;

/// <summary>
/// The expression to run when a rule asks only whether an expression matches (never where, nor for its groups), as
/// <see cref="RequiredText.IsMatch(Regex, string, int, int)"/> asks. An expression that ends in <c>$</c> and does not start
/// with <c>^</c> is asked of a copy read from right to left: read that way <c>$</c> is the leading anchor, so the search
/// starts at the end of the text, where every match must end, and reads back only as far as the expression's words reach,
/// where read from left to right it tries every place of the text where a match could start. A match exists read one way
/// exactly when it exists read the other way, for an expression without an atomic group, a back reference, a conditional,
/// a balancing group or <c>\G</c> (each direction tries every way the expression can match at each place, and a
/// lookaround is read in its own direction whichever way the whole is read); an expression with any of them, or already
/// read from right to left, or with options that do not allow it, is run as it is.
/// </summary>
public static class ExistenceSearch
{
    private static readonly ConditionalWeakTable<Regex, Regex> s_byRegex = new();

    /// <summary>The expression that answers whether <paramref name="regex"/> matches: its right-to-left copy or itself.</summary>
    public static Regex For(Regex regex) => regex is RuleRegex rule ? rule.Existence : s_byRegex.GetValue(regex, Make);

    /// <summary>Makes the expression <see cref="For"/> gives (a new one each call).</summary>
    internal static Regex Make(Regex regex)
        => ReadsRightToLeft(regex.ToString(), regex.Options)
            ? new Regex(regex.ToString(), regex.Options | RegexOptions.RightToLeft, regex.MatchTimeout)
            : regex;

    /// <summary>
    /// Whether an expression is asked from right to left: it ends in an unescaped <c>$</c>, does not start with <c>^</c>,
    /// and holds nothing whose answer depends on the direction of reading.
    /// </summary>
    public static bool ReadsRightToLeft(string pattern, RegexOptions options)
    {
        // NonBacktracking (1024, unknown to netstandard2.0) cannot be read from right to left.
        const RegexOptions refused = RegexOptions.RightToLeft | RegexOptions.ECMAScript | (RegexOptions)1024
            | RegexOptions.IgnorePatternWhitespace;
        if ((options & refused) != 0 || pattern.Length < 2 || pattern[0] == '^' || pattern[pattern.Length - 1] != '$') return false;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length) return false;
                char e = pattern[i + 1];
                // A back reference (\1 … \9, \k<name>) or \G: refused, inside a class or not.
                if (!inClass && (e is >= '1' and <= '9' || e == 'k' || e == 'G')) return false;
                // The escaped character is read; a trailing "\$" is no anchor.
                if (i + 1 == pattern.Length - 1) return false;
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                // A "]" right after "[" or "[^" is a member of the class.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++;
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++;
                continue;
            }
            if (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')
            {
                if (i + 2 >= pattern.Length) return false;
                char k = pattern[i + 2];
                // Atomic group, conditional.
                if (k is '>' or '(') return false;
                // A named group: a balancing one ("(?<a-b>", "(?'a-b'") is refused; a lookbehind ("(?<=", "(?<!") is not a name.
                if (k is '<' or '\'' && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!'))
                {
                    char close = k == '<' ? '>' : '\'';
                    int end = pattern.IndexOf(close, i + 3);
                    if (end < 0 || pattern.IndexOf('-', i + 3, end - (i + 3)) >= 0) return false;
                }
                // Inline options: "x" changes how the pattern is read.
                if (k is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                {
                    int j = i + 2;
                    while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                    {
                        if (pattern[j] == 'x') return false;
                        j++;
                    }
                }
            }
        }
        return !inClass;
    }
}
