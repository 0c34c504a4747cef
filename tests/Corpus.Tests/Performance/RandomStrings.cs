namespace Corpus.Tests.Performance;

/// <summary>Random strings over a small alphabet, for tests that compare a fast search with a plain one on texts whose parts
/// overlap and repeat often.</summary>
internal static class RandomStrings
{
    /// <summary>A string of <paramref name="min"/> to <paramref name="max"/> characters drawn from <paramref name="alphabet"/>.</summary>
    public static string Draw(Random random, string alphabet, int min, int max)
    {
        int length = random.Next(min, max + 1);
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    /// <summary>
    /// An expression of the form <c>(?:a|b|…)</c>: <c>random.Next(<paramref name="minCount"/>, <paramref name="maxCount"/>)</c> strings drawn as
    /// <see cref="Draw"/> draws them, the repeats left out, each escaped (<see cref="System.Text.RegularExpressions.Regex.Escape"/>) when
    /// <paramref name="escape"/> is set: the random literal sets of the prefilter's tests.
    /// </summary>
    public static string Alternation(Random random, string alphabet, int minCount, int maxCount, int min, int max, bool escape = false)
    {
        var strings = Enumerable.Range(0, random.Next(minCount, maxCount)).Select(_ => Draw(random, alphabet, min, max)).Distinct();
        return "(?:" + string.Join("|", escape ? strings.Select(System.Text.RegularExpressions.Regex.Escape) : strings) + ")";
    }

    /// <summary><paramref name="count"/> strings drawn as <see cref="Draw"/> draws them.</summary>
    public static List<string> Texts(Random random, string alphabet, int count, int min, int max)
        => Enumerable.Range(0, count).Select(_ => Draw(random, alphabet, min, max)).ToList();
}
