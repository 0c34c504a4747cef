namespace Corpus.Extraction.Vocabulary;

/// <summary>Knows which country codes exist (the ISO table and the gazetteer's additions).</summary>
public interface ICountryCodes
{
    /// <summary>The alpha-2 code for an alpha-2 or alpha-3 code, or null when there is none.</summary>
    string? Normalize(string code);
}
