using System;
using System.Collections.Generic;
using Corpus.Extraction.Segment;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// The answers a person search was given by the questions it asked (is this a known short form, a known full name, and the
/// quick questions before them), written down in the order asked: how many are written so far, and whether those from one
/// count (included) to another (excluded) get the same answers now. The Resolve stage's log of the registry's answers is one.
/// </summary>
public interface IAnswerLog
{
    /// <summary>How many answers are written down.</summary>
    int Count { get; }

    /// <summary>Whether the questions from <paramref name="from"/> (included) to <paramref name="to"/> (excluded) get the same answers now.</summary>
    bool StillHolds(int from, int to);
}

/// <summary>
/// What each search of an article's sentences (<see cref="PersonRecognizer.Find"/>) did, run of capitalised words by run,
/// so that a later search of the same sentence can take a run's result again instead of reading the run anew.
/// <para>
/// A search given a trace to record (<see cref="Record"/>) writes down the answers its flags' questions were given (the
/// words "Gen" read as a given name, before the runs are read), and, for each run read before any list under a plural office
/// began, where the run starts and ends, the answers its questions were given (a range of <see cref="Log"/>), and the
/// mentions, bare names and names without an office it added. Such a run's reading is a function of the sentence, of the
/// flags and of those answers alone: it reads the result only to add to it, and the list's state only once a plural office
/// begins one. A search of the same tokens given the trace to replay (<see cref="Replay"/>), when the flags' answers still
/// hold, takes a recorded run's additions instead of reading it when it reaches the run's start with no list begun and the
/// run's answers still hold: the run would ask the same questions in the same order, get the same answers and add the same.
/// A run whose answers changed is read anew, and so is every run after a list began.
/// </para>
/// </summary>
public sealed class PersonSearchTrace
{
    private const int MaxKeptRuns = 16_384;

    internal readonly record struct Run(int Start, int End, int AskedFrom, int AskedTo, int MentionsTo, int BareTo, int UntitledTo);

    private readonly record struct Searched(IReadOnlyList<Token> Tokens, int FlagsFrom, int FlagsTo, int RunsFrom, int RunsTo,
        int MentionsFrom, int BareFrom, int UntitledFrom);

    private readonly List<Searched> _sentences = new();
    private readonly List<Run> _runs = new();
    private readonly List<PersonMention> _mentions = new();
    private readonly List<PersonMention> _bare = new();
    private readonly List<PersonRecognizer.StatedName> _untitled = new();
    private int _replay = -1;

    [ThreadStatic] private static PersonSearchTrace? t_trace;

    private PersonSearchTrace(IAnswerLog log) => Log = log;

    /// <summary>
    /// An empty trace over <paramref name="log"/>, one per thread, reused (its storage is kept from one article to the
    /// next): the trace given before on the same thread is not to be used any more.
    /// </summary>
    public static PersonSearchTrace For(IAnswerLog log)
    {
        var trace = t_trace ??= new PersonSearchTrace(log);
        trace.Log = log;
        trace.Clear();
        return trace;
    }

    /// <summary>The log of the answers the recorded searches were given.</summary>
    public IAnswerLog Log { get; private set; }

    /// <summary>How many runs were taken again instead of read (for the tests).</summary>
    public int RunsTaken { get; private set; }

    /// <summary>The next search given this trace records; what it records is known by the number returned.</summary>
    public int Record()
    {
        _replay = -1;
        return _sentences.Count;
    }

    /// <summary>The next search given this trace takes what the search numbered <paramref name="recorded"/> recorded, where it still holds.</summary>
    public void Replay(int recorded) => _replay = recorded;

    /// <summary>Forgets the searches and the log, so that the thread's trace holds on to neither.</summary>
    public void Forget()
    {
        Clear();
        if (_runs.Capacity > MaxKeptRuns) _runs.Capacity = MaxKeptRuns;
        if (_mentions.Capacity > MaxKeptRuns) _mentions.Capacity = MaxKeptRuns;
        if (_bare.Capacity > MaxKeptRuns) _bare.Capacity = MaxKeptRuns;
        if (_untitled.Capacity > MaxKeptRuns) _untitled.Capacity = MaxKeptRuns;
        Log = NoLog.Instance;
    }

    private void Clear()
    {
        _sentences.Clear();
        _runs.Clear();
        _mentions.Clear();
        _bare.Clear();
        _untitled.Clear();
        _replay = -1;
        RunsTaken = 0;
    }

    /// <summary>Whether the next search is to record (else it replays the search <see cref="Replay"/> named).</summary>
    internal bool Recording => _replay < 0;

    /// <summary>Begins the record of a search of <paramref name="tokens"/>, its flags' answers those from <paramref name="flagsFrom"/> to now.</summary>
    internal void BeginRecord(IReadOnlyList<Token> tokens, int flagsFrom)
        => _sentences.Add(new Searched(tokens, flagsFrom, Log.Count, _runs.Count, _runs.Count, _mentions.Count, _bare.Count, _untitled.Count));

    /// <summary>
    /// Writes down the run from <paramref name="start"/> to <paramref name="end"/> (excluded) of the search being recorded,
    /// its answers from <paramref name="askedFrom"/> to now, and what it added to the result, the bare names and the names
    /// without an office from the counts given on.
    /// </summary>
    internal void AddRun(int start, int end, int askedFrom, List<PersonMention> result, int resultFrom, List<PersonMention>? bare, int bareFrom,
        List<PersonRecognizer.StatedName>? untitled, int untitledFrom)
    {
        for (int i = resultFrom; i < result.Count; i++) _mentions.Add(result[i]);
        if (bare is not null) for (int i = bareFrom; i < bare.Count; i++) _bare.Add(bare[i]);
        if (untitled is not null) for (int i = untitledFrom; i < untitled.Count; i++) _untitled.Add(untitled[i]);
        _runs.Add(new Run(start, end, askedFrom, Log.Count, _mentions.Count, _bare.Count, _untitled.Count));
        int last = _sentences.Count - 1;
        _sentences[last] = _sentences[last] with { RunsTo = _runs.Count };
    }

    /// <summary>
    /// The recorded runs of the search being replayed (from, to: indices for <see cref="RunAt"/>), when it searched the same
    /// <paramref name="tokens"/> and its flags' answers still hold; else none (from equal to to).
    /// </summary>
    internal (int From, int To) ReplayRuns(IReadOnlyList<Token> tokens)
    {
        if (_replay < 0 || _replay >= _sentences.Count) return (0, 0);
        var s = _sentences[_replay];
        if (!ReferenceEquals(s.Tokens, tokens) || !Log.StillHolds(s.FlagsFrom, s.FlagsTo)) return (0, 0);
        return (s.RunsFrom, s.RunsTo);
    }

    internal Run RunAt(int index) => _runs[index];

    /// <summary>
    /// Adds the additions of recorded run <paramref name="index"/> of the search being replayed to the result, the bare names
    /// (when given) and the names without an office (made when the run added one).
    /// </summary>
    internal void TakeRun(int index, List<PersonMention> result, List<PersonMention>? bare, ref List<PersonRecognizer.StatedName>? untitled)
    {
        var s = _sentences[_replay];
        var run = _runs[index];
        int mentionsFrom = index == s.RunsFrom ? s.MentionsFrom : _runs[index - 1].MentionsTo;
        int bareFrom = index == s.RunsFrom ? s.BareFrom : _runs[index - 1].BareTo;
        int untitledFrom = index == s.RunsFrom ? s.UntitledFrom : _runs[index - 1].UntitledTo;
        for (int i = mentionsFrom; i < run.MentionsTo; i++) result.Add(_mentions[i]);
        if (bare is not null) for (int i = bareFrom; i < run.BareTo; i++) bare.Add(_bare[i]);
        if (run.UntitledTo > untitledFrom)
        {
            untitled ??= new List<PersonRecognizer.StatedName>();
            for (int i = untitledFrom; i < run.UntitledTo; i++) untitled.Add(_untitled[i]);
        }
        RunsTaken++;
    }

    private sealed class NoLog : IAnswerLog
    {
        public static readonly NoLog Instance = new();
        public int Count => 0;
        public bool StillHolds(int from, int to) => from == to;
    }
}
