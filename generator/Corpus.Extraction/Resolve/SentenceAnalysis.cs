using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Resolve;

/// <summary>One sentence as the Resolve stage gives it: what the recognisers found in it, and the people it names, each resolved to an official of the article.</summary>
public sealed class SentenceAnalysis
{
    public SentenceAnalysis(RecognisedSentence recognised, IReadOnlyList<(PersonMention Mention, ResolvedOfficial Official)> people)
    {
        Recognised = recognised;
        People = people;
    }

    public RecognisedSentence Recognised { get; }
    public Sentence Sentence => Recognised.Sentence;
    public string Text => Recognised.Text;
    public IReadOnlyList<Token> Tokens => Recognised.Tokens;
    public IReadOnlyList<CountryMention> Countries => Recognised.Countries;
    public IReadOnlyList<DateMention> Dates => Recognised.Dates;
    /// <summary>The people the sentence names, in the order resolution found them.</summary>
    public IReadOnlyList<(PersonMention Mention, ResolvedOfficial Official)> People { get; }
    /// <summary>The event trigger patterns of the article's gazetteer (the vocabulary's and those corpus.yaml adds).</summary>
    public IReadOnlyList<TriggerPattern> TriggerPatterns => Recognised.TriggerPatterns;
    /// <summary>A line that is not reporting: "Also read: …" links and the like.</summary>
    public bool IsLink => Recognised.IsLink;
    public EvidenceFact Evidence => Recognised.Evidence;
}

/// <summary>A sentence while resolution fills in its people; it does not leave the Resolve stage.</summary>
internal sealed class SentenceDraft
{
    public SentenceDraft(RecognisedSentence recognised) => Recognised = recognised;

    public RecognisedSentence Recognised { get; }
    public Sentence Sentence => Recognised.Sentence;
    public string Text => Recognised.Text;
    public IReadOnlyList<Token> Tokens => Recognised.Tokens;
    public IReadOnlyList<CountryMention> Countries => Recognised.Countries;
    public IReadOnlyList<DateMention> Dates => Recognised.Dates;
    public List<(PersonMention Mention, OfficialDraft Official)> People { get; } = new();
    public bool IsLink => Recognised.IsLink;
    public EvidenceFact Evidence => Recognised.Evidence;
}
