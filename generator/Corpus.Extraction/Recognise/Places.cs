using System.Collections.Generic;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>Cities the genre's articles name as venues, with their countries: the built-in places of <c>Vocabulary/places.tsv</c>.</summary>
public static class Places
{
    public static IReadOnlyDictionary<string, string> Cities => PlaceVocabulary.Builtin;
}
