using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Resolve;

/// <summary>One sentence as the Resolve stage gives it: what the recognisers found in it, and the people it names, each resolved to an official of the article.</summary>
public sealed class SentenceAnalysis : SentenceView
{
    public SentenceAnalysis(RecognisedSentence recognised, IReadOnlyList<(PersonMention Mention, ResolvedOfficial Official)> people)
        : base(recognised) => People = people;

    /// <summary>The people the sentence names, in the order resolution found them.</summary>
    public IReadOnlyList<(PersonMention Mention, ResolvedOfficial Official)> People { get; }
}

/// <summary>A sentence while resolution fills in its people; it does not leave the Resolve stage.</summary>
internal sealed class SentenceDraft : SentenceView
{
    public SentenceDraft(RecognisedSentence recognised) : base(recognised) { }

    public List<(PersonMention Mention, OfficialDraft Official)> People { get; } = new();
}
