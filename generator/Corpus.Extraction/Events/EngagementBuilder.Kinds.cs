using System;
using System.Collections.Generic;
using Corpus.Extraction.Vocabulary;
using Corpus.Contract;

namespace Corpus.Extraction.Events;

// The questions the rules ask of an engagement's kind, each in one place. A question asked in several places is a named set of
// events.tsv [kind-sets], read once into a set here (the rules ask it inside their loops); a question asked once is a method
// here, with the rule that asks it.
public static partial class EngagementBuilder
{
    // An exercise or a training exercise ("a multinational peacekeeping training exercise"): forces of several states may take part
    // (events.tsv [kind-sets] drill).
    private static bool Drill(string kind) => s_drillKinds.Contains(kind);

    private static readonly HashSet<string> s_drillKinds = new(EventVocabulary.KindSet("drill"), StringComparer.Ordinal);

    // A visit or a meeting: the two sides' own talks, which a welcoming ceremony, a later telling or a sequel belongs to
    // (events.tsv [kind-sets] talk).
    private static bool Talk(string kind) => s_talkKinds.Contains(kind);

    private static readonly HashSet<string> s_talkKinds = new(EventVocabulary.KindSet("talk"), StringComparer.Ordinal);

    // A kind whose trigger, even a verb, names no occasion of its own without a date, a place or people to anchor it
    // (IsAnchored): "trained", "donated", a ceremony, a conference.
    private static bool NeedsAnchor(string kind) => kind is "training" or "exercise" or "aid" or "ceremony" or "conference";

    // An occasion the officials of its states sit at together, which the article's only officials of those states attended
    // (OnlyOfficialsOfAnOccasionToldWithNobody): a meeting, a signing, a conference, a ceremony of two or more states (the
    // fifty-seventh round).
    private static bool SatTogether(string kind) => kind is "meeting" or "agreement" or "conference" or "ceremony";

    // A kind that may hold a gift told inside the article (AidsToldInside): an aid, or a ceremony, where a handover is told.
    private static bool HoldsAGift(string kind) => kind is "aid" or "ceremony";

    // The kind of a lead's own occasion whose date the occasion told next shares (DateByLead): a dispatch of troops to a mission
    // abroad (the only occasion of kind "other" a rule finds), whose send-off ceremony the article tells after it.
    private static bool SharesItsDateWithTheNext(string kind) => kind == EngagementNames.Other;

    // A kind that may be a whole bloc's own occasion named in the trigger's window (EventVocabulary.BlocMembers).
    private static bool MayBeABlocsOccasion(string kind) => kind is "conference" or "meeting";
}
