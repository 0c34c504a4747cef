using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The trace of the person searches (<see cref="PersonSearchTrace"/>) lets a second search of a sentence take the first
/// search's runs whose answers did not change: the search that takes them must find the people, bare names and mentions the
/// search that reads every run again finds, when the registry has learnt names between the two searches as the Resolve
/// stage's first pass teaches it.
/// </summary>
public class PersonSearchTraceTests
{
    // Invented sentences: names met a first time and again, a short form after its full name, a list under a plural office,
    // names without an office listed with their states, and "Gen" read as a given name.
    private static readonly string[] s_invented =
    {
        "Defence Minister Kel Arlo Dosk met Gen. Moul Tevan in Vesk, and Dosk thanked Tevan.",
        "The defence ministers Tom Reid of Veskia and Ana Dosk of Ostria, respectively, met Kel Arlo Dosk.",
        "Veskia's Tomas Arden, Ostria's Ilse Morrow and Piet Dosk of Kelmia watched the drill with Gen. Moul Tevan.",
        "Defence Minister Gen Arlo met Gen. Pol Vesk and Tevan at Camp Kel Arlo.",
        "A delegation led by Kel Arlo Dosk will visit Ostria, where Dosk meets Ana Dosk.",
    };

    private static readonly string[] s_names = { "Kel Arlo Dosk", "Moul Tevan", "Tom Reid" };

    [Fact]
    public void A_search_that_takes_the_runs_whose_answers_held_finds_what_a_new_search_finds()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        int changed = 0, taken = 0, withPeople = 0;
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text).AsReadOnly();
            foreach (bool knownBefore in new[] { false, true })
            {
                var registry = new OfficialRegistry(context);
                if (knownBefore) registry.Create(s_names[1], 0);
                var log = NameLookupLog.For(registry.IsKnownShortForm, registry.IsKnownFullName, registry.MayBeKnownFullName, registry.MayBeginKnownFullName);
                var trace = PersonSearchTrace.For(log);
                try
                {
                    var firstBare = new List<PersonMention>();
                    int recorded = trace.Record();
                    var first = context.People.Find(text, tokens, log.IsKnownShortForm, log.IsKnownFullName, firstBare, log.MayBeKnownFullName, null,
                        log.MayBeginKnownFullName, trace);
                    int asked = log.Count;
                    // The registry learns the names the first search found, and others, as the first pass of the Resolve stage does.
                    foreach (var m in first) if (!m.IsShort && registry.Find(m.Name) is null) registry.Create(m.Name, 0);
                    foreach (var name in s_names) if (registry.Find(name) is null) registry.Create(name, 0);
                    if (!log.StillHolds(0, asked)) changed++;

                    var anewBare = new List<PersonMention>();
                    var anew = context.People.Find(text, tokens, registry.IsKnownShortForm, registry.IsKnownFullName, anewBare, registry.MayBeKnownFullName, null,
                        registry.MayBeginKnownFullName);
                    var takenBare = new List<PersonMention>();
                    int takenBefore = trace.RunsTaken;
                    trace.Replay(recorded);
                    var replayed = context.People.Find(text, tokens, registry.IsKnownShortForm, registry.IsKnownFullName, takenBare, registry.MayBeKnownFullName, null,
                        registry.MayBeginKnownFullName, trace);
                    Assert.Equal(anew, replayed);
                    Assert.Equal(anewBare, takenBare);
                    taken += trace.RunsTaken - takenBefore;
                    if (anew.Count > 0) withPeople++;
                }
                finally
                {
                    log.Forget();
                    trace.Forget();
                }
            }
        }
        Assert.True(changed > 50 && taken > 200 && withPeople > 100, $"{changed} searches whose answers changed, {taken} runs taken, {withPeople} with people");
    }

    [Fact]
    public void A_trace_replays_only_the_tokens_it_recorded_and_a_new_trace_starts_empty()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var registry = new OfficialRegistry(context);
        var log = NameLookupLog.For(registry.IsKnownShortForm, registry.IsKnownFullName, registry.MayBeKnownFullName, registry.MayBeginKnownFullName);
        var trace = PersonSearchTrace.For(log);
        try
        {
            string text = s_invented[0];
            var tokens = Tokenizer.Tokenize(text).AsReadOnly();
            int recorded = trace.Record();
            var first = context.People.Find(text, tokens, log.IsKnownShortForm, log.IsKnownFullName, null, log.MayBeKnownFullName, null, log.MayBeginKnownFullName, trace);
            Assert.NotEmpty(first);
            // The same text tokenised again is other tokens: nothing is taken.
            trace.Replay(recorded);
            var other = context.People.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), registry.IsKnownShortForm, registry.IsKnownFullName, null,
                registry.MayBeKnownFullName, null, registry.MayBeginKnownFullName, trace);
            Assert.Equal(0, trace.RunsTaken);
            Assert.Equal(first, other);
            // The same tokens with the same answers: every run is taken, and the people are the same.
            trace.Replay(recorded);
            var same = context.People.Find(text, tokens, registry.IsKnownShortForm, registry.IsKnownFullName, null,
                registry.MayBeKnownFullName, null, registry.MayBeginKnownFullName, trace);
            Assert.True(trace.RunsTaken > 0);
            Assert.Equal(first, same);
            var fresh = PersonSearchTrace.For(log);
            Assert.Equal(0, fresh.RunsTaken);
        }
        finally
        {
            log.Forget();
            trace.Forget();
        }
    }
}
