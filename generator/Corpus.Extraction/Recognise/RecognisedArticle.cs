using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>What the recognisers found in one sentence: its tokens, the countries and dates it names, and whether it reports at all.</summary>
public sealed class RecognisedSentence
{
    private static readonly SentenceTokens s_noTokens = new(new List<Token>());
    private static readonly ReadOnlyCollection<CountryMention> s_noCountries = new(new List<CountryMention>());
    private static readonly ReadOnlyCollection<DateMention> s_noDates = new(new List<DateMention>());

    public RecognisedSentence(Sentence sentence, IReadOnlyList<Token>? tokens, IReadOnlyList<CountryMention>? countries, IReadOnlyList<DateMention>? dates,
        IReadOnlyList<TriggerPattern> triggerPatterns, bool isLink, IReadOnlyList<CountryMention>? tokenCountries = null, CountryRecognizer? tokenCountriesFoundBy = null)
    {
        Sentence = sentence;
        Tokens = tokens ?? s_noTokens;
        Countries = countries ?? s_noCountries;
        TokenCountries = tokens is null ? s_noCountries : tokenCountries;
        _tokenCountriesFoundBy = tokenCountriesFoundBy;
        Dates = dates ?? s_noDates;
        TriggerPatterns = triggerPatterns;
        IsLink = isLink;
    }

    public Sentence Sentence { get; }
    public string Text => Sentence.Text;
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<CountryMention> Countries { get; }
    /// <summary>
    /// Every country word of <see cref="Tokens"/> as <see cref="CountryRecognizer.Find(IReadOnlyList{Token})"/> gives them, those of the
    /// article's dateline included (which <see cref="Countries"/> leaves out), for the recognisers of later stages
    /// that read the tokens again; null when not known.
    /// </summary>
    public IReadOnlyList<CountryMention>? TokenCountries { get; }

    private readonly CountryRecognizer? _tokenCountriesFoundBy;

    /// <summary>
    /// <see cref="TokenCountries"/> when <paramref name="recognizer"/> found them (a later stage runs with the gazetteer
    /// Recognise ran with), else null: the country words of another gazetteer are no answer for this one.
    /// </summary>
    public IReadOnlyList<CountryMention>? TokenCountriesFoundBy(CountryRecognizer recognizer)
        => Tokens.Count == 0 ? TokenCountries : ReferenceEquals(recognizer, _tokenCountriesFoundBy) ? TokenCountries : null;
    public IReadOnlyList<DateMention> Dates { get; }
    /// <summary>The event trigger patterns of the article's gazetteer (the vocabulary's and those corpus.yaml adds).</summary>
    public IReadOnlyList<TriggerPattern> TriggerPatterns { get; }
    /// <summary>A line that is not reporting: "Also read: …" links and the like, and runs of text too long to be a sentence.</summary>
    public bool IsLink { get; }
    public EvidenceFact Evidence => new(Sentence.Line, Sentence.Column, Sentence.Original);
}

/// <summary>An article as the Recognise stage gives it: the segmented article, each sentence's mentions, and the organisations of the gazetteer it names.</summary>
public sealed record RecognisedArticle(SegmentedArticle Segmented, IReadOnlyList<RecognisedSentence> Sentences, EquatableArray<OrganizationFact> Organizations)
{
    public ReadArticle Article => Segmented.Article;
}

/// <summary>The Recognise stage: countries, dates and organisations in each sentence of an article.</summary>
public static class ArticleRecognizer
{
    private static readonly Regex s_link = new(@"^(?:Also read|Read more|Read also|Related|See also|Click here|Photo|Source)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The longest sentence that is recognised, in characters.</summary>
    public const int MaxSentenceLength = 2000;

    [Stage("Recognise")]
    public static RecognisedArticle Recognise(SegmentedArticle segmented, Gazetteer gazetteer)
    {
        var context = ExtractionContext.For(gazetteer);
        var dateline = segmented.Article.Dateline;
        var sentences = new List<RecognisedSentence>(segmented.Sentences.Count);
        foreach (var sentence in segmented.Sentences)
        {
            // A "sentence" longer than any prose sentence (a table, a run-on dump) is kept as text but not recognised,
            // which keeps extraction linear in the size of the article.
            if (sentence.Text.Length > MaxSentenceLength)
            {
                sentences.Add(new RecognisedSentence(sentence, null, null, null, EventVocabulary.Triggers, isLink: true));
                continue;
            }
            // The tokens are read into this thread's list (cleared), not a new one a sentence: the sentence keeps a copy of
            // them (SentenceTokens), and the countries' search reads the list before the next sentence is tokenized.
            var tokenList = t_tokens ??= new List<Token>(64);
            tokenList.Clear();
            Tokenizer.TokenizeInto(sentence.Text, tokenList);
            var tokens = new SentenceTokens(tokenList);
            bool isLink = RequiredText.IsMatch(s_link, sentence.Text);
            var found = context.Countries.Find(tokenList, sentence.Text);
            var tokenCountries = found.AsReadOnly();
            var countries = tokenCountries;
            var dates = DateRecognizer.Find(sentence.Text);
            // The dateline dates the article, not what the first sentence reports.
            if (dateline is not null && sentence.Start == 0)
            {
                dates.RemoveAll(d => d.Start < dateline.Length);
                countries = found.FindAll(c => tokens[c.FirstToken].Start >= dateline.Length).AsReadOnly();
            }
            sentences.Add(new RecognisedSentence(sentence, tokens, countries, dates.AsReadOnly(), context.Triggers, isLink, tokenCountries, context.Countries));
        }
        return new RecognisedArticle(segmented, sentences.AsReadOnly(), Organizations(sentences, context));
    }

    [System.ThreadStatic] private static List<Token>? t_tokens;

    // The organisations of the gazetteer that the article names, in the order it first names them.
    private static EquatableArray<OrganizationFact> Organizations(List<RecognisedSentence> sentences, ExtractionContext context)
    {
        var organizations = new List<OrganizationFact>();
        foreach (var a in sentences)
        {
            for (int i = 0; i < a.Tokens.Count; i++)
            {
                if (context.Organizations.TryMatch(a.Tokens, i, out int len, out var name))
                {
                    var org = context.OrganizationsByName[name];
                    if (!organizations.Any(o => o.Id == org.Id)) organizations.Add(new OrganizationFact(org.Id, org.Name, org.Acronym, org.Country));
                    i += len - 1;
                }
            }
        }
        return organizations.ToEquatableArray();
    }
}
