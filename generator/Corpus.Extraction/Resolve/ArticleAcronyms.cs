using System;
using System.Collections.Generic;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Resolve;

/// <summary>
/// The acronyms an article defines itself ("the Ostrian Army (OA)"), each with the state its full name names: an office
/// written with the acronym alone ("OA chief Lt. Gen. Kel Dosk") then names that state. An acronym is defined by a
/// bracket right after capitalised words whose initials spell it (connectors such as "of" and "the" between them are
/// skipped); a full name that names no state, or an acronym defined for two different states, gives nothing.
/// </summary>
public sealed class ArticleAcronyms
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal) { "of", "the", "and", "for", "&", "'", "s", "-" };

    private readonly Dictionary<string, string?> _states;

    private ArticleAcronyms(Dictionary<string, string?> states) => _states = states;

    /// <summary>An article that defines no acronym with a state.</summary>
    public static readonly ArticleAcronyms None = new(new Dictionary<string, string?>(StringComparer.Ordinal));

    /// <summary>Reads the definitions of every sentence, given its tokens and the countries found in them.</summary>
    public static ArticleAcronyms Read(IEnumerable<(IReadOnlyList<Token> Tokens, IReadOnlyList<CountryMention> Countries)> sentences)
    {
        Dictionary<string, string?>? states = null;
        foreach (var (tokens, countries) in sentences)
        {
            if (countries.Count == 0) continue;
            for (int i = 1; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || !IsAcronym(tokens[i + 1].Text)) continue;
                string acronym = tokens[i + 1].Text;
                int start = FullNameStart(tokens, i, acronym);
                if (start < 0) continue;
                string? state = null;
                bool several = false;
                foreach (var c in countries)
                {
                    if (c.FirstToken < start || c.FirstToken + c.TokenCount > i) continue;
                    if (state is null) state = c.Code;
                    else if (state != c.Code) several = true;
                }
                if (state is null || several) continue;
                states ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                // Defined for two states in one article: the acronym names neither.
                if (states.TryGetValue(acronym, out var known) && known != state) states[acronym] = null;
                else states[acronym] = state;
            }
        }
        return states is null ? None : new ArticleAcronyms(states);
    }

    /// <summary>
    /// The mention with the state of the article-defined acronym its title is written with, when the title names no state
    /// itself; the mention as it is otherwise.
    /// </summary>
    public PersonMention Apply(PersonMention mention)
    {
        if (_states.Count == 0 || mention.Title is not { Country: null } title) return mention;
        string? state = StateOf(title.Title);
        return state is null ? mention : mention with { Title = title with { Country = state } };
    }

    /// <summary>The state of the one defined acronym written as a word of <paramref name="title"/>, unless "to" stands before it.</summary>
    public string? StateOf(string title)
    {
        string? state = null;
        string? previous = null;
        foreach (string word in TextTools.LetterWords(title))
        {
            if (previous != "to" && _states.TryGetValue(word, out var found) && found is not null)
            {
                if (state is not null && state != found) return null;
                state = found;
            }
            previous = word;
        }
        return state;
    }

    // The first token of the capitalised words before the bracket at <paramref name="open"/> whose initials spell the acronym,
    // or -1 when they do not.
    private static int FullNameStart(IReadOnlyList<Token> tokens, int open, string acronym)
    {
        int letter = acronym.Length - 1;
        int j = open - 1;
        while (j >= 0 && letter >= 0)
        {
            var t = tokens[j];
            if (t.IsWord && t.IsCapitalized && char.ToUpperInvariant(t.Text[0]) == acronym[letter]) { letter--; if (letter < 0) return j; j--; }
            else if (s_skipped.Contains(t.Text) && j < open - 1) j--;
            else return -1;
        }
        return -1;
    }

    // Two to six capital letters.
    private static bool IsAcronym(string w)
    {
        if (w.Length < 2 || w.Length > 6) return false;
        foreach (char c in w) if (c < 'A' || c > 'Z') return false;
        return true;
    }
}
