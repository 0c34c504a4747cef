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
}
