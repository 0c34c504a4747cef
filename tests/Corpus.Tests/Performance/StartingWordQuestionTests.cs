using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The registry's question per starting word (<see cref="OfficialRegistry.MayBeginKnownFullName"/>) spares the person search
/// the quick questions of every part that goes on past the first space after the word: it must refuse only words with which
/// no such part is a name the full question accepts, with names known and with none, in ASCII text and outside it; the log
/// must write it down; and the search must find with it the people it finds without it.
/// </summary>
public class StartingWordQuestionTests
{
    // The texts and names of the quick question's tests, and a name split by a tab and by a hyphen.
    private static readonly string[] s_invented = QuickNameQuestionTests.Invented.Append("Kel\tArlo Dosk and Kel-Arlo Dosk").ToArray();

    private static readonly IReadOnlyList<string> s_names = QuickNameQuestionTests.Names;

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts;
    }

    [Fact]
    public void The_filter_answers_whether_a_name_added_may_begin_with_the_word_and_a_space()
    {
        var filter = new FoldedNameFilter();
        int Hash(string text, out bool ascii) => FoldedNameFilter.HashOf(text, 0, text.Length, out ascii);
        Assert.False(filter.MayBeginName(Hash("Kel", out bool a0), a0));
        Assert.False(filter.MayBeginName(Hash("Kél", out bool a1), a1));
        filter.Add("vesk");
        // A name of one word begins no name of two.
        Assert.False(filter.MayBeginName(Hash("Vesk", out bool a2), a2));
        filter.Add("kel arlo dosk");
        Assert.True(filter.MayBeginName(Hash("Kel", out bool a3), a3));
        Assert.True(filter.MayBeginName(Hash("KEL", out bool a4), a4));
        Assert.False(filter.MayBeginName(Hash("Arlo", out bool a5), a5));
        Assert.False(filter.MayBeginName(Hash("Kel Arlo", out bool a6), a6));
        // Outside ASCII the answer is "may be" (folding may change the word).
        Assert.True(filter.MayBeginName(Hash("Kél", out bool a7), a7));
        // The quick question of the whole names is as it was.
        Assert.True(filter.MayContain(Hash("Kel Arlo Dosk", out bool a8), a8));
        Assert.False(filter.MayContain(Hash("Kel", out bool a9), a9));
    }

    [Fact]
    public void The_question_refuses_only_words_with_which_no_longer_part_is_a_known_name()
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
                int start = tokens[a].Start;
                int space = text.IndexOf(' ', start);
                if (space <= start) continue;
                foreach (var registry in new[] { empty, known })
                {
                    asked++;
                    if (registry.MayBeginKnownFullName(text, start, space - start)) continue;
                    refused++;
                    // Every part from the word that goes on past the space, as the person search would ask about it, is no known name
                    // (the quick question may still answer "may be" for it, outside ASCII or by a shared hash).
                    for (int b = a; b < tokens.Count && b <= a + 8; b++)
                    {
                        int length = tokens[b].End - start;
                        if (start + length <= space) continue;
                        Assert.False(registry.IsKnownFullName(text.Substring(start, length)), text.Substring(start, length));
                    }
                }
                for (int b = a; b < tokens.Count && b <= a + 8; b++)
                    if (tokens[b].End > space && known.IsKnownFullName(text.Substring(start, tokens[b].End - start))) accepted++;
            }
        }
        Assert.True(refused > asked / 2 && accepted >= 5, $"{refused} of {asked} refused, {accepted} known names");
    }

    [Fact]
    public void The_search_finds_with_the_question_the_people_it_finds_without_it()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var registry = new OfficialRegistry(context);
        foreach (var name in s_names) registry.Create(name, 0);
        int withPeople = 0, known = 0;
        foreach (var text in Texts())
        {
            var without = context.People.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), registry.IsKnownShortForm, registry.IsKnownFullName);
            var with = context.People.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), registry.IsKnownShortForm, registry.IsKnownFullName,
                mayBeKnownFullName: registry.MayBeKnownFullName, mayBeginKnownFullName: registry.MayBeginKnownFullName);
            Assert.Equal(without, with);
            if (with.Count > 0) withPeople++;
            known += with.Count(p => registry.Find(p.Name) is not null);
        }
        Assert.True(withPeople > 100 && known >= 5, $"{withPeople} sentences with people, {known} known names");
    }

    [Fact]
    public void The_log_writes_the_question_down_and_no_longer_holds_once_its_answer_changes()
    {
        bool begins = false;
        var log = NameLookupLog.For(_ => false, _ => false, (_, _, _) => false, (text, start, length) => begins);
        try
        {
            int from = log.Count;
            Assert.False(log.MayBeginKnownFullName("Moul Tevan met Sok Dara", 0, 4));
            int to = log.Count;
            Assert.Equal(1, to - from);
            Assert.True(log.StillHolds(from, to));
            begins = true;
            Assert.False(log.StillHolds(from, to));
            begins = false;
            Assert.True(log.StillHolds(from, to));
        }
        finally
        {
            log.Forget();
        }
        // A log given no such question answers "may be" for every word, so that no part is spared.
        var plain = NameLookupLog.For(_ => false, _ => false, (_, _, _) => false);
        try
        {
            Assert.True(plain.MayBeginKnownFullName("Moul Tevan", 0, 4));
        }
        finally
        {
            plain.Forget();
        }
    }
}
