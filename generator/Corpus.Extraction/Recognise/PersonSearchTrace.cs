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
/// <para>
/// The record costs the search little: each run is a few numbers kept aside, and the runs and their additions are written
/// down once, when the search's runs end; a search whose runs asked no question writes down nothing (its second search, if
/// any, is made because the flags' answers changed, and then takes no run).
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
    // The runs of the search being recorded, written down when its runs end (EndRecord), and the bare names' length it began with.
    private Run[] _pending = new Run[32];
    private int _pendingCount;
    private int _pendingBareFrom;

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

    /// <summary>
    /// Begins the record of a search of <paramref name="tokens"/>, its flags' answers those from <paramref name="flagsFrom"/>
    /// to now, the bare names it is given <paramref name="bareFrom"/> long.
    /// </summary>
    internal void BeginRecord(IReadOnlyList<Token> tokens, int flagsFrom, int bareFrom)
    {
        _sentences.Add(new Searched(tokens, flagsFrom, Log.Count, _runs.Count, _runs.Count, _mentions.Count, _bare.Count, _untitled.Count));
        _pendingCount = 0;
        _pendingBareFrom = bareFrom;
    }

    /// <summary>
    /// Writes down, for the search being recorded, the run from <paramref name="start"/> to <paramref name="end"/> (excluded),
    /// its answers from <paramref name="askedFrom"/> to now, and the lengths of the result, the bare names and the names
    /// without an office after it: a few numbers, kept aside until the search's runs end (<see cref="EndRecord"/>).
    /// </summary>
    internal void AddRun(int start, int end, int askedFrom, int resultTo, int bareTo, int untitledTo)
    {
        if (_pendingCount == _pending.Length) Array.Resize(ref _pending, _pending.Length * 2);
        _pending[_pendingCount++] = new Run(start, end, askedFrom, Log.Count, resultTo, bareTo, untitledTo);
    }

    /// <summary>
    /// Ends the record of the search's runs: the runs written down and what they added to <paramref name="result"/>,
    /// <paramref name="bare"/> and <paramref name="untitled"/>, copied once, as the runs left them. Runs that asked no
    /// question are not kept: they cannot be read otherwise, and a search whose runs asked nothing is searched again only
    /// when its flags' answers changed, when no run is taken.
    /// </summary>
    internal void EndRecord(List<PersonMention> result, List<PersonMention>? bare, List<PersonRecognizer.StatedName>? untitled)
    {
        int n = _pendingCount;
        _pendingCount = 0;
        if (n == 0 || _pending[n - 1].AskedTo == _pending[0].AskedFrom) return;
        int mentionsBase = _mentions.Count, bareBase = _bare.Count - _pendingBareFrom, untitledBase = _untitled.Count;
        var last = _pending[n - 1];
        for (int i = 0; i < last.MentionsTo; i++) _mentions.Add(result[i]);
        if (bare is not null) for (int i = _pendingBareFrom; i < last.BareTo; i++) _bare.Add(bare[i]);
        if (untitled is not null) for (int i = 0; i < last.UntitledTo; i++) _untitled.Add(untitled[i]);
        for (int i = 0; i < n; i++)
        {
            var r = _pending[i];
            _runs.Add(new Run(r.Start, r.End, r.AskedFrom, r.AskedTo, mentionsBase + r.MentionsTo, bareBase + r.BareTo, untitledBase + r.UntitledTo));
        }
        int at = _sentences.Count - 1;
        _sentences[at] = _sentences[at] with { RunsTo = _runs.Count };
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
