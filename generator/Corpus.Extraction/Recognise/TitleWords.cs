using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Segment;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// The words that make titles and ranks for one gazetteer: the lexicon's
/// (<c>Vocabulary/lexicon.tsv</c>) and those its corpus.yaml adds. A title of corpus.yaml
/// ("Defence Adviser") adds its last word to the heads and the others to the modifiers.
/// </summary>
public sealed class TitleWords
{
    private TitleWords(HashSet<string> heads, HashSet<string> modifiers, (string[] Words, string Rank)[] ranks, IEnumerable<string> addedRankWords)
    {
        Heads = heads;
        Modifiers = modifiers;
        HeadsById = new LexiconWords.ById(heads);
        ModifiersById = new LexiconWords.ById(modifiers);
        Ranks = ranks;
        // Only a word that is a rank alone ("Gen", "Gen.", "Captain") is never a name; the first word of a longer
        // form may be a family name ("Gen. Pol Vannak", "Gen. Sen Sokha" beside "Pol Gen", "Sen. Lieut. Gen.").
        RankWords = new HashSet<string>(ranks.Where(r => r.Words.Length == 1 || (r.Words.Length == 2 && r.Words[1] == "."))
            .Select(r => r.Words[0]).Concat(addedRankWords), StringComparer.Ordinal);
    }

    /// <summary>The lexicon's words alone.</summary>
    public static TitleWords Builtin { get; } = new(Lexicon.TitleHeads, Lexicon.TitleModifiers, Lexicon.Ranks, Array.Empty<string>());

    /// <summary>Words that head a title: the office itself.</summary>
    public HashSet<string> Heads { get; }

    /// <summary>Words that modify a title head ("Deputy Prime Minister").</summary>
    public HashSet<string> Modifiers { get; }

    /// <summary><see cref="Heads"/> read by a token's id.</summary>
    internal LexiconWords.ById HeadsById { get; }

    /// <summary><see cref="Modifiers"/> read by a token's id.</summary>
    internal LexiconWords.ById ModifiersById { get; }

    /// <summary>Multi-word and abbreviated ranks as tokens, longest first, with their full forms.</summary>
    public (string[] Words, string Rank)[] Ranks { get; }

    /// <summary>Words that are part of a rank, never of a name: every rank form of one word ("Gen.", "Captain"), and every word of the forms corpus.yaml adds ("Air Cdre").</summary>
    public HashSet<string> RankWords { get; }

    /// <summary>The lexicon's words with these titles and ranks (rank forms already split into tokens).</summary>
    public static TitleWords With(IEnumerable<string> titles, IEnumerable<(string[] Words, string Rank)> ranks)
    {
        var addedRanks = ranks.Where(r => r.Words.Length > 0).ToList();
        var titleList = titles.ToList();
        if (titleList.Count == 0 && addedRanks.Count == 0) return Builtin;
        var heads = new HashSet<string>(Lexicon.TitleHeads, StringComparer.OrdinalIgnoreCase);
        var modifiers = new HashSet<string>(Lexicon.TitleModifiers, StringComparer.OrdinalIgnoreCase);
        foreach (var title in titleList)
        {
            var words = title.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            heads.Add(words[words.Length - 1]);
            for (int i = 0; i < words.Length - 1; i++)
            {
                if (!Lexicon.Connectors.Contains(words[i])) modifiers.Add(words[i]);
            }
        }
        // Longest first, as the lexicon's; a form of corpus.yaml goes before a built-in one of the same length.
        var all = addedRanks.Concat(Lexicon.Ranks).Select((r, i) => (r, i))
            .OrderByDescending(x => x.r.Words.Length).ThenBy(x => x.i).Select(x => x.r).ToArray();
        return new TitleWords(heads, modifiers, all, addedRanks.SelectMany(r => r.Words).Where(w => w.Any(char.IsLetter)));
    }
}
