using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The registry's quick question (<see cref="OfficialRegistry.MayBeKnownFullName"/>) spares the person search the copy and
/// the full question for the parts of a sentence it refuses: it must refuse only parts the full question refuses, with
/// names known and with none, in ASCII text and outside it, and the search must find with it the people it finds without it.
/// </summary>
public class QuickNameQuestionTests
{
    private static readonly string[] s_invented =
    {
        "Defence Minister Kel Arlo Dosk met Gen. Moul Tevan in Vesk.",
        "Général Kél Ármo and the \u212Aelm delegation met Sok Dara",
        "Ministers Ngô Văn Tịnh, Kel Arlo and Tom Reid, Jr signed",
        "Vice Minister NGÔ VĂN TỊNH and TOM REID signed the memorandum.",
        " Kel Arlo at the text's start, after a space",
        "Kel  Arlo   Dosk",
        "Aziz Rahman said, and Rahman Yusof agreed",
        "Tom Reid Moul Tevan Kel Arlo Dosk",
        "Kel Arlo Dosk",
    };

    private static readonly string[] s_names = { "Kel Arlo Dosk", "Moul Tevan", "Ngô Văn Tịnh", "Tom Reid, Jr", "Aziz Rahman Yusof" };

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts;
    }

    /// <summary>The invented texts and the names known, for the tests of the registry's other questions (<see cref="StartingWordQuestionTests"/>).</summary>
    internal static IReadOnlyList<string> Invented => s_invented;

    internal static IReadOnlyList<string> Names => s_names;

    [Fact]
    public void The_quick_question_refuses_only_parts_the_full_question_refuses()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var empty = new OfficialRegistry(context);
        var known = new OfficialRegistry(context);
        foreach (var name in s_names) known.Create(name, 0);
        int asked = 0, refused = 0, accepted = 0;
        foreach (var text in Texts().Where((_, i) => i % 3 == 0).Concat(s_invented))
        {
            var tokens = Tokenizer.Tokenize(text);
            for (int a = 0; a < tokens.Count; a++)
            {
                if (!tokens[a].IsWord) continue;
                // The parts from word a to each of the next words, as the person search asks about them, the text's last included.
                for (int b = a; b < tokens.Count && b <= a + 6; b++)
                {
                    int start = tokens[a].Start, length = tokens[b].End - start;
                    foreach (var registry in new[] { empty, known })
                    {
                        asked++;
                        if (registry.MayBeKnownFullName(text, start, length)) continue;
                        refused++;
                        Assert.False(registry.IsKnownFullName(text.Substring(start, length)), text.Substring(start, length));
                    }
                    if (known.IsKnownFullName(text.Substring(start, length))) accepted++;
                }
            }
        }
        Assert.True(refused > asked / 2 && accepted >= 5, $"{refused} of {asked} refused, {accepted} known names");
    }

    [Fact]
    public void The_search_finds_with_the_quick_question_the_people_it_finds_without_it()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var registry = new OfficialRegistry(context);
        foreach (var name in s_names) registry.Create(name, 0);
        int withPeople = 0, known = 0;
        foreach (var text in Texts())
        {
            var without = context.People.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), registry.IsKnownShortForm, registry.IsKnownFullName);
            var with = context.People.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), registry.IsKnownShortForm, registry.IsKnownFullName,
                mayBeKnownFullName: registry.MayBeKnownFullName);
            Assert.Equal(without, with);
            if (with.Count > 0) withPeople++;
            known += with.Count(p => registry.Find(p.Name) is not null);
        }
        Assert.True(withPeople > 100 && known >= 5, $"{withPeople} sentences with people, {known} known names");
    }
}
