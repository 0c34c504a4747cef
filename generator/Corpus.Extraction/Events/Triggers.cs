using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

/// <summary>A word or phrase that reports an engagement, and what kind.</summary>
public sealed record Trigger(string Kind, int Index, int Length, string Text, bool IsVerb, bool IsPlural)
{
    public int End => Index + Length;

    /// <summary>Meetings, visits and signings of the same people are often one engagement told in several ways.</summary>
    public static string Group(string kind) => EventVocabulary.Kind(kind).Group;
}

/// <summary>Finds the triggers of the event vocabulary (<see cref="EventVocabulary"/>, <c>Vocabulary/events.tsv</c>) in a sentence.</summary>
public static class Triggers
{
    /// <summary>
    /// Every trigger in a sentence, earliest first; where two overlap the first pattern wins. Each call
    /// runs the patterns and gives a new list. The Events stage reads a sentence's triggers from
    /// <see cref="EventSentence.Triggers"/>, found once per sentence.
    /// </summary>
    public static List<Trigger> Find(string sentence, IReadOnlyList<TriggerPattern>? patterns = null)
        => FindAll(sentence, patterns ?? EventVocabulary.Triggers);

    internal static List<Trigger> FindAll(string sentence, IReadOnlyList<TriggerPattern> patterns)
    {
        var result = new List<Trigger>();
        // Most patterns need words the sentence does not have: those are not run. Whether one may match is read from
        // the sentence's answer of the rules' one pass (LiteralPresence, through RequiredText.MayMatchWhole: a pattern's
        // strings are registered where its expression is made), which the other rules ask about the same sentence.
        // The answer is asked for once; the vocabulary's lists (TriggerPatternList) read from it the set of the patterns
        // it lets run through their index by the strings' ids, and another list has each pattern test its strings' masks.
        var made = LiteralPresence.Of(sentence);
        List<Match>? matches = null;
        if (patterns is TriggerPatternList list && list.MayMatch(made, sentence) is { } may)
        {
            var items = list.Items;
            for (int w = 0; w < may.Length; w++)
            {
                for (ulong left = may[w]; left != 0; left &= left - 1)
                {
                    int p = (w << 6) + LiteralPresence.LowestBit(left);
                    var trigger = items[p];
                    if (list.IsAsked(p) && !trigger.Pattern.Required.MayMatchWhole(made, sentence)) continue;
                    AddTriggers(sentence, trigger, ref matches, result);
                }
            }
        }
        else AddEach(sentence, patterns, made, ref matches, result);
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    /// <summary>
    /// Each pattern asked about <paramref name="sentence"/> in turn (its strings' masks in the sentence's answer), the path
    /// the index of <see cref="TriggerPatternList"/> stands for; kept for the tests that compare the two.
    /// </summary>
    internal static List<Trigger> FindAllEach(string sentence, IReadOnlyList<TriggerPattern> patterns)
    {
        var result = new List<Trigger>();
        List<Match>? matches = null;
        AddEach(sentence, patterns, LiteralPresence.Of(sentence), ref matches, result);
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }

    // Each pattern of a list in turn, run where the sentence's answer lets its strings stand.
    private static void AddEach(string sentence, IReadOnlyList<TriggerPattern> patterns, LiteralPresence.Made? made, ref List<Match>? matches, List<Trigger> result)
    {
        for (int p = 0; p < patterns.Count; p++)
        {
            var trigger = patterns[p];
            if (!trigger.Pattern.Required.MayMatchWhole(made, sentence)) continue;
            AddTriggers(sentence, trigger, ref matches, result);
        }
    }

    // The matches of one pattern that overlap no trigger found before (of an earlier pattern), added as triggers.
    private static void AddTriggers(string sentence, TriggerPattern trigger, ref List<Match>? matches, List<Trigger> result)
    {
        // A pattern whose first words are known is searched only where one of them stands (TriggerStart), which finds
        // the matches the whole search finds.
        (matches ??= new List<Match>()).Clear();
        if (trigger.Start is { } start) start.AddMatches(sentence, matches);
        else foreach (Match m in trigger.Pattern.Matches(sentence)) matches.Add(m);
        foreach (var m in matches)
        {
            if (result.Exists(t => m.Index < t.End && t.Index < m.Index + m.Length)) continue;
            string word = m.Value;
            bool plural = !trigger.IsVerb && !EventVocabulary.IsSingular(word) && (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal)) && !word.EndsWith("ss", StringComparison.Ordinal);
            result.Add(new Trigger(trigger.Kind, m.Index, m.Length, word, trigger.IsVerb, plural));
        }
    }
}
