namespace Corpus.Generator;

/// <summary>The names of the pipeline's steps, for caching tests and diagnostics of the pipeline.</summary>
public static class TrackingNames
{
    public const string Options = "Options";
    public const string Files = "Files";
    public const string Gazetteer = "Gazetteer";
    public const string Sidecars = "Sidecars";
    public const string Articles = "Articles";
    public const string ArticleInputs = "ArticleInputs";
    public const string Extraction = "Extraction";
    public const string Summaries = "Summaries";
    public const string CorpusFacts = "CorpusFacts";
    public const string Corpus = "Corpus";
    public const string CorpusParts = "CorpusParts";
    public const string OfficialShards = "OfficialShards";
    public const string Orphans = "Orphans";
    public const string Sources = "Sources";
    public const string ArticleData = "ArticleData";
    public const string Shards = "Shards";
}
