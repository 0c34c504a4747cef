using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// Whether any of a list's names occurs in a text as an ordinal substring, the answer of
/// <c>names.Any(n =&gt; text.IndexOf(n, StringComparison.Ordinal) &gt;= 0)</c>: the names are filed by their first character,
/// and only the positions of the text holding some name's first character are compared, each against the names that begin
/// with it. An empty name occurs in every text. The index of a dictionary's keys is made once per dictionary (kept while the
/// dictionary lives); the dictionary must not change afterwards.
/// </summary>
internal sealed class OrdinalKeySearch
{
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, OrdinalKeySearch> s_ofKeys = new();

    private readonly string[]?[] _ascii = new string[128][];
    private readonly Dictionary<char, string[]> _other = new();
    private readonly bool _hasEmpty;

    public OrdinalKeySearch(IEnumerable<string> names)
    {
        var ascii = new List<string>?[128];
        var other = new Dictionary<char, List<string>>();
        foreach (var name in names)
        {
            if (name.Length == 0) { _hasEmpty = true; continue; }
            char c = name[0];
            List<string> list;
            if (c < 128) list = ascii[c] ??= new List<string>();
            else if (!other.TryGetValue(c, out list!)) other.Add(c, list = new List<string>());
            list.Add(name);
        }
        for (int c = 0; c < 128; c++) _ascii[c] = ascii[c]?.ToArray();
        foreach (var pair in other) _other.Add(pair.Key, pair.Value.ToArray());
    }

    /// <summary>The search over a dictionary's keys, made on the first ask and kept with the dictionary.</summary>
    public static OrdinalKeySearch OfKeys(IReadOnlyDictionary<string, string> dictionary)
        => s_ofKeys.GetValue(dictionary, d => new OrdinalKeySearch(d.Keys));

    /// <summary>Whether some name occurs in the text (ordinal comparison, anywhere, not only as a whole word).</summary>
    public bool AnyIn(string text)
    {
        if (_hasEmpty) return true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string[]? names;
            if (c < 128) names = _ascii[c];
            else if (!_other.TryGetValue(c, out names)) continue;
            if (names is null) continue;
            int left = text.Length - i;
            foreach (var name in names)
                if (name.Length <= left && string.CompareOrdinal(text, i, name, 0, name.Length) == 0) return true;
        }
        return false;
    }
}
