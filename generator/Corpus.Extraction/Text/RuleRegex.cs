using System.Text.RegularExpressions;

namespace Corpus.Extraction.Text;

/// <summary>
/// A rule's expression that holds its own <see cref="RequiredText"/>, worked out once where the
/// expression is made. <see cref="RequiredText.Of(Regex)"/> reads it from the expression instead of
/// looking it up in its table by the expression, which costs a lookup at every ask. The requirement
/// is the one the table would give: <see cref="RequiredText.Of(string, RegexOptions)"/> of the same
/// pattern and options.
/// </summary>
public sealed class RuleRegex : Regex
{
    public RuleRegex(string pattern, RegexOptions options)
        : this(pattern, options, RequiredText.Of(pattern, options))
    {
    }

    internal RuleRegex(string pattern, RegexOptions options, RequiredText required)
        : base(pattern, options)
    {
        Required = required;
        required.Register();
    }

    /// <summary>The text every match of the expression needs.</summary>
    public RequiredText Required { get; }
}
