using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// A recognised sentence seen by a later stage, which adds the people it names in its own terms
/// (resolved officials, drafts while resolving, parties while building events). Everything else
/// is the recognised sentence's.
/// </summary>
public abstract class SentenceView
{
    protected SentenceView(RecognisedSentence recognised) => Recognised = recognised;

    public RecognisedSentence Recognised { get; }
    public Sentence Sentence => Recognised.Sentence;
    public string Text => Recognised.Text;
    public IReadOnlyList<Token> Tokens => Recognised.Tokens;
    public IReadOnlyList<CountryMention> Countries => Recognised.Countries;
    public IReadOnlyList<DateMention> Dates => Recognised.Dates;
    /// <summary>The event trigger patterns of the article's gazetteer (the vocabulary's and those corpus.yaml adds).</summary>
    public IReadOnlyList<TriggerPattern> TriggerPatterns => Recognised.TriggerPatterns;
    /// <summary>A line that is not reporting: "Also read: …" links and the like.</summary>
    public bool IsLink => Recognised.IsLink;
    public EvidenceFact Evidence => Recognised.Evidence;
}
