using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// The last few texts asked about on one thread, each with what was made for it (nothing until it is made), for a cache that
/// answers a text asked about again by rule after rule (<see cref="CharPairs"/>). Texts are
/// compared by reference, and a text kept is held, so no other string can take its place.
/// </summary>
internal sealed class RecentTexts<T> where T : class
{
    // How many texts are kept.
    private const int Slots = 4;

    private readonly string?[] _texts = new string?[Slots];
    private readonly T?[] _made = new T?[Slots];
    private int _next;

    /// <summary>The slot of <paramref name="text"/>, or -1 when it is not among the texts kept.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int IndexOf(string text)
    {
        var texts = _texts;
        for (int i = 0; i < texts.Length; i++)
        {
            if (ReferenceEquals(texts[i], text)) return i;
        }
        return -1;
    }

    /// <summary>What was made for the text of a slot; null until it is made.</summary>
    public T? this[int slot]
    {
        get => _made[slot];
        set => _made[slot] = value;
    }

    /// <summary>Keeps <paramref name="text"/> in the slot of the text kept longest, with nothing made for it yet; its slot.</summary>
    public int Take(string text)
    {
        int slot = _next;
        _next = (slot + 1) % Slots;
        _texts[slot] = text;
        _made[slot] = null;
        return slot;
    }
}
