using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Corpus.Extraction.Events;

/// <summary>A word or phrase that reports an engagement, and what kind.</summary>
public sealed record Trigger(string Kind, int Index, int Length, string Text, bool IsVerb, bool IsPlural)
{
    public int End => Index + Length;

    /// <summary>Meetings, visits and signings of the same people are often one engagement told in several ways.</summary>
    public static string Group(string kind) => kind == "meeting" || kind == "visit" || kind == "agreement" ? "encounter" : kind == "ceremony" || kind == "conference" ? "event" : kind;
}

/// <summary>The trigger vocabulary of the genre: verbs that report an engagement and nouns that name one.</summary>
public static class Triggers
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Kind, bool Verb)[] s_patterns =
    {
        (new Regex(@"\b(?:sign(?:ed|s)?|ink(?:ed|s)?|conclud(?:ed|es))\b(?=[^.;]{0,80}?\b(?:agreements?|memorand(?:um|a)|MoUs?|deals?|pacts?|protocols?|accords?|treat(?:y|ies)|letters? of intent)\b)", Options), "agreement", true),
        (new Regex(@"\bsigning(?: of| ceremony)\b", Options), "agreement", false),
        (new Regex(@"\bexchanged (?:diplomatic )?notes\b", Options), "agreement", true),
        (new Regex(@"\b(?:agreements?|memorand(?:um|a)(?: of understanding)?|MoUs?|protocols?)\b(?= (?:was|were) signed\b|[^.;,]{0,60}\bsigned (?:between|by|in|on|at|during)\b)", Options), "agreement", false),
        (new Regex(@"\b(?:joint (?:military |naval |maritime )?(?:exercises?|drills?|patrols?)|(?:military|naval|maritime|field|command-post|tabletop) (?:exercises?|drills?))\b", Options), "exercise", false),
        (new Regex(@"\b[Ee]xercises?\b(?= [A-Z“""(])|\b(?:exercise|drill)\b|(?<=\p{Lu}\p{L}+ )Exercise\b", Options), "exercise", false),
        (new Regex(@"\b(?:port calls?|goodwill visits?|courtesy visits?|official visits?|working visits?|state visits?)\b", Options), "visit", false),
        (new Regex(@"\b(?:visited|visiting)\b|(?<=\b(?:will|to|would|shall|soon|also|and|[Hh]e|[Ss]he|[Tt]hey)\W{1,3}(?:\w+\W{1,3})?)\bvisits?\b(?= (?:to |the |[A-Z]))", Options), "visit", true),
        (new Regex(@"\b(?:visits?|trips?|tours?)\b", Options), "visit", false),
        (new Regex(@"\b(?:docked|arrived|berthed|arrive|dock)\b(?= (?:at|in|next|on|to) )|\bcalled at\b(?= (?:the )?\p{Lu})", Options), "visit", false),
        (new Regex(@"\b(?:met|meets|meet)\b(?= (?:with |[A-Z]|his |her |their |the |a |senior |visiting ))|^(?:Meeting|Receiving)\b(?= [A-Z])", Options), "meeting", true),
        (new Regex(@"\b(?:held|hold|holds|holding) (?:bilateral |high-level |separate )?talks\b", Options), "meeting", true),
        (new Regex(@"\b(?:courtesy calls?|farewell calls?|(?:bilateral )?meetings?|talks|audience)\b", Options), "meeting", false),
        (new Regex(@"\breceived\b(?= (?:a |the )?(?:courtesy call|delegation|visiting)\b| (?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|his |her )| \p{Lu}\p{Ll})", Options), "meeting", true),
        (new Regex(@"\b(?:trained|(?:to|will|would|shall) train|to study at|to be trained|for training at)\b", Options), "training", true),
        (new Regex(@"\b(?:training(?: courses?| programmes?| programs?| sessions?| workshops?)?|trainees|courses?|workshops?)\b", Options), "training", false),
        (new Regex(@"\bplaces\b(?= (?:for|to) [^.;]{0,40}\b(?:officers|cadets|students|personnel|soldiers|officials)\b)", Options), "training", false),
        (new Regex(@"\b(?:donated|handed over|delivered|presented|provided|supplied|gifted|gave)\b(?=[^.;]{0,60}?\b(?:vehicles|trucks|ambulances|equipment|boats|ships|vessels|aircraft|helicopters|uniforms|supplies|weapons|computers|materials|kits|machines|detectors|medicines|rifles|radios|drones|tents|generators)\b)|\b(?:donated|handed over)\b", Options), "aid", true),
        (new Regex(@"\b(?:donations?|handovers?|hand-over|provision of|(?:military|humanitarian) (?:assistance|aid)|grants?)\b", Options), "aid", false),
        (new Regex(@"\b(?:ceremon(?:y|ies)|commemorat(?:ing|ion)|celebrat(?:ion|ing)|reception|inaugurat(?:ion|ed)|event)\b", Options), "ceremony", false),
        (new Regex(@"\b(?:[Ss]ummit|[Cc]onference|[Ff]orum|ADMM(?:-Plus)?|Shangri-La Dialogue)\b", Options), "conference", false),
    };

    private static readonly HashSet<string> s_notPlural = new() { "talks", "ADMM-Plus" };

    /// <summary>Every trigger in a sentence, earliest first; where two overlap the first pattern wins.</summary>
    public static List<Trigger> Find(string sentence)
    {
        var result = new List<Trigger>();
        foreach (var (pattern, kind, verb) in s_patterns)
        {
            foreach (Match m in pattern.Matches(sentence))
            {
                if (result.Exists(t => m.Index < t.End && t.Index < m.Index + m.Length)) continue;
                string word = m.Value;
                bool plural = !verb && !s_notPlural.Contains(word) && (word.EndsWith("s") || word.EndsWith("ies")) && !word.EndsWith("ss");
                result.Add(new Trigger(kind, m.Index, m.Length, word, verb, plural));
            }
        }
        result.Sort((a, b) => a.Index.CompareTo(b.Index));
        return result;
    }
}
