using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>
/// Reads a vocabulary file embedded in the engine: UTF-8 text, one entry a line, columns separated
/// by a tab, <c>#</c> starting a comment line, and <c>[name]</c> starting a section. Entries before
/// any section belong to the section "".
/// </summary>
internal static class DataFile
{
    /// <summary>The entries of the embedded file <c>Vocabulary/<paramref name="name"/></c>, by section, in file order.</summary>
    public static Dictionary<string, List<string[]>> Read(string name)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream("Corpus.Extraction.Vocabulary." + name)
            ?? throw new InvalidOperationException("The vocabulary file " + name + " is missing from the engine's assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // The engine matches text whose typographic punctuation is folded to ASCII (Text/Typography.cs), so its vocabularies
        // are read folded too: an entry may be written with ’ or “ ” and matches either form in an article.
        return Parse(Typography.Fold(reader.ReadToEnd()));
    }

    /// <summary>The entries of a vocabulary text, by section, in order.</summary>
    public static Dictionary<string, List<string[]>> Parse(string text)
    {
        var sections = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var current = new List<string[]>();
        sections.Add("", current);
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                string section = line.Substring(1, line.Length - 2);
                if (!sections.TryGetValue(section, out current!))
                {
                    current = new List<string[]>();
                    sections.Add(section, current);
                }
                continue;
            }
            current.Add(line.Split('\t'));
        }
        return sections;
    }

    /// <summary>The column of an entry, or "" when the entry is shorter.</summary>
    public static string Column(string[] entry, int index) => index < entry.Length ? entry[index] : "";
}
