using System;
using System.Collections.Generic;
using Corpus.Extraction.Recognise;

namespace Corpus.Extraction.Resolve;

/// <summary>
/// The registry's answers to the questions a person search asked (is this word a known short form, this text a known
/// full name, may this part of a sentence be one, may a known full name begin with this word), in the order they were asked. A search is a function of its sentence
/// and of these answers, so when the same questions get the same answers again its result still holds and the search
/// need not run a second time.
/// </summary>
internal sealed class NameLookupLog : IAnswerLog
{
    private enum Question : byte { ShortForm, FullName, MayBeFullName, MayBeginFullName }

    private readonly record struct Entry(Question Kind, string Text, int Start, int Length, bool Answer);

    private Func<string, bool> _isKnownShortForm = NoName;
    private Func<string, bool> _isKnownFullName = NoName;
    private Func<string, int, int, bool> _mayBeKnownFullName = NoPart;
    private Func<string, int, int, bool> _mayBeginKnownFullName = NoPart;
    private const int MaxKeptEntries = 16_384;
    private readonly List<Entry> _entries = new();

    [ThreadStatic] private static NameLookupLog? t_log;

    private NameLookupLog()
    {
        IsKnownShortForm = AskShortForm;
        IsKnownFullName = AskFullName;
        MayBeKnownFullName = AskMayBeFullName;
        MayBeginKnownFullName = AskMayBeginFullName;
    }

    private static bool NoName(string name) => false;
    private static bool NoPart(string text, int start, int length) => false;
    private static bool Always(string text, int start, int length) => true;

    /// <summary>
    /// An empty log that asks these questions, one per thread, reused (its entries' storage is kept from one article
    /// to the next): the log given before on the same thread is not to be used any more.
    /// </summary>
    public static NameLookupLog For(Func<string, bool> isKnownShortForm, Func<string, bool> isKnownFullName, Func<string, int, int, bool> mayBeKnownFullName,
        Func<string, int, int, bool>? mayBeginKnownFullName = null)
    {
        var log = t_log ??= new NameLookupLog();
        log._entries.Clear();
        log._isKnownShortForm = isKnownShortForm;
        log._isKnownFullName = isKnownFullName;
        log._mayBeKnownFullName = mayBeKnownFullName;
        log._mayBeginKnownFullName = mayBeginKnownFullName ?? Always;
        return log;
    }

    /// <summary>The registry's question, answered and written down.</summary>
    public Func<string, bool> IsKnownShortForm { get; }

    /// <summary>The registry's question, answered and written down.</summary>
    public Func<string, bool> IsKnownFullName { get; }

    /// <summary>The registry's question, answered and written down.</summary>
    public Func<string, int, int, bool> MayBeKnownFullName { get; }

    /// <summary>The registry's question whether a known full name may begin with a word (and a space), answered and written down.</summary>
    public Func<string, int, int, bool> MayBeginKnownFullName { get; }

    /// <summary>Forgets the answers and the questions' registry, so that the thread's log holds on to neither.</summary>
    public void Forget()
    {
        _entries.Clear();
        // A very long article's storage is not kept for the thread's life.
        if (_entries.Capacity > MaxKeptEntries) _entries.Capacity = MaxKeptEntries;
        _isKnownShortForm = NoName;
        _isKnownFullName = NoName;
        _mayBeKnownFullName = NoPart;
        _mayBeginKnownFullName = NoPart;
    }

    /// <summary>How many answers are written down: a search's answers are those from its count before to its count after.</summary>
    public int Count => _entries.Count;

    /// <summary>Whether the questions from <paramref name="from"/> (included) to <paramref name="to"/> (excluded) get the same answers now.</summary>
    public bool StillHolds(int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            var e = _entries[i];
            bool now = e.Kind switch
            {
                Question.ShortForm => _isKnownShortForm(e.Text),
                Question.FullName => _isKnownFullName(e.Text),
                Question.MayBeginFullName => _mayBeginKnownFullName(e.Text, e.Start, e.Length),
                _ => _mayBeKnownFullName(e.Text, e.Start, e.Length),
            };
            if (now == e.Answer) continue;
            // "May be" only spares the full question: a part it now lets through that the full question still refuses
            // leads the search where the refusal led it.
            if (e.Kind == Question.MayBeFullName && !e.Answer && !_isKnownFullName(e.Text.Substring(e.Start, e.Length))) continue;
            return false;
        }
        return true;
    }

    private bool AskShortForm(string word)
    {
        bool answer = _isKnownShortForm(word);
        _entries.Add(new Entry(Question.ShortForm, word, 0, 0, answer));
        return answer;
    }

    private bool AskFullName(string name)
    {
        bool answer = _isKnownFullName(name);
        _entries.Add(new Entry(Question.FullName, name, 0, 0, answer));
        return answer;
    }

    // A "no" spared the search the quick questions of every part that goes on past the word; a "yes" now where it was "no"
    // may let one of them through, which the log cannot tell without them: the search no longer holds.
    private bool AskMayBeginFullName(string text, int start, int length)
    {
        bool answer = _mayBeginKnownFullName(text, start, length);
        _entries.Add(new Entry(Question.MayBeginFullName, text, start, length, answer));
        return answer;
    }

    private bool AskMayBeFullName(string text, int start, int length)
    {
        bool answer = _mayBeKnownFullName(text, start, length);
        _entries.Add(new Entry(Question.MayBeFullName, text, start, length, answer));
        return answer;
    }
}
