using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Resolve;

/// <summary>What the recognisers found in one sentence.</summary>
public sealed class SentenceAnalysis
{
    public SentenceAnalysis(Sentence sentence, List<Token> tokens)
    {
        Sentence = sentence;
        Tokens = tokens;
    }

    public Sentence Sentence { get; }
    public string Text => Sentence.Text;
    public List<Token> Tokens { get; }
    public List<CountryMention> Countries { get; set; } = new();
    public List<DateMention> Dates { get; set; } = new();
    public List<(PersonMention Mention, OfficialDraft Official)> People { get; } = new();
    /// <summary>The event trigger patterns of the article's gazetteer (the vocabulary's and those corpus.yaml adds).</summary>
    public IReadOnlyList<TriggerPattern> TriggerPatterns { get; set; } = EventVocabulary.Triggers;
    /// <summary>A line that is not reporting: "Also read: …" links and the like.</summary>
    public bool IsLink { get; set; }
    public EvidenceFact Evidence => new(Sentence.Line, Sentence.Column, Sentence.Text);
}
