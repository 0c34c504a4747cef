using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>How a date expression relates to the calendar.</summary>
public enum DateForm
{
    /// <summary>States what it states: "April 26, 2023", "February 26", "in June", "in 2022".</summary>
    Absolute,
    /// <summary>"on Monday": the named weekday nearest the reference date.</summary>
    Weekday,
    /// <summary>"last year", "this year", "next year".</summary>
    RelativeYear,
    /// <summary>"last month", "this month", "next month".</summary>
    RelativeMonth,
    /// <summary>"yesterday", "today", "tomorrow": a day near the reference date.</summary>
    RelativeDay,
    /// <summary>"last week", "this week", "next week": a calendar week (Monday to Sunday) near the reference date.</summary>
    RelativeWeek,
}

/// <summary>A date expression found in a sentence.</summary>
public sealed record DateMention(int Start, int Length, DateForm Form, int? Year, int? Month, int? Day, int Offset, DayOfWeek? Weekday, bool IsRangeStart)
{
    public string Text(string sentence) => sentence.Substring(Start, Length);
}

/// <summary>Finds absolute, month-only, year-only, range and relative dates, and resolves them against a reference date.</summary>
public static class DateRecognizer
{

    // The date pattern, with the months' alternation given and, when other is true, the forms of the other languages'
    // words (French, and Spanish's "ayer"). A day and month may be joined by "of" or the Spanish "de", and so may a month and
    // its year ("4 de mayo", "20 de marzo de 2025", "marzo de 2025"); a range of days by "al" ("del 16 al 19 de mayo"),
    // and two days joined by the French "et" ("les 23 et 24 août"), dated by the first as a range is.
    // Without them it finds, in a sentence holding none of those words, what the whole pattern finds:
    // each form left out needs one of them, and so does a month of [months-other] (DateVocabulary.OtherMonthWords).
    private static string DatePattern(string months, bool other, Func<string, bool>? live = null) =>
        Dead(live, "mdy") + @"(?<mdy>\b(?<m1>" + months + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to)\s*(?<d1b>\d{1,2})(?:st|nd|rd|th)?(?=,?\s+(?:19|20)\d{2}\b))?(?:,?\s+(?<y1>(?:19|20)\d{2}))?\b)" +
        "|" + Dead(live, "dmy") + @"(?<dmy>\b(?:(?<d0>\d{1,2})(?:st|nd|rd|th|er)?\s*(?:[-–]|to|au|al|et)\s*)?(?<d2>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?<m2>" + months + @")(?:,?\s+(?:de\s+)?(?<y2>(?:19|20)\d{2}))?\b)" +
        "|" + Dead(live, "my") + @"(?<my>\b(?<m3>" + months + @")(?:\s+(?:de\s+)?|,\s*)(?<y3>(?:19|20)\d{2})\b)" +
        "|" + Dead(live, "mo") + @"(?<mo>\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]o|[Ff]rom|[Tt]his|[Ll]ast|[Nn]ext|[Ss]ince|[Ee]nd\s+of|[Tt]he\s+end\s+of)[\s-]+(?<m4>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d|,\s*(?:19|20)\d{2}\b))" +
        "|" + Dead(live, "yr") + @"(?<yr>\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]o|[Ii]n\s+early|[Ii]n\s+late|[Ee]arly|[Ll]ate|[Oo]f)\s+(?<y5>(?:19|20)\d{2})\b(?!\s*[-–]\s*\d)(?![,.]?\d))" +
        "|" + Dead(live, "wd") + @"(?<wd>\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+|[Nn]ext\s+|[Ff]rom\s+)?(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*(?:and|to|through|until|till|[-–])\s*(?<w2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\b)" +
        "|" + Dead(live, "rel") + @"(?<rel>\b(?<dir>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Cc]oming)\s+(?<unit>year|month|week)\b)" +
        "|" + Dead(live, "day") + @"(?<day>\b(?<dword>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]his morning|[Tt]his afternoon|[Tt]his evening|[Tt]onight|[Ee]arlier today)\b)" +
        (!other ? "" :
        // French (DateVocabulary's other-language words, French so far): a weekday ("jeudi", "lundi dernier", "ce jeudi"),
        // a week, month or year told relative to the reference ("la semaine dernière", "cette année") and a relative day
        // ("hier", "aujourd'hui"). A month after a lead ("en juin") is not read (tried: it dated an occasion by another's month).
        "|" + Dead(live, "wdf") + @"(?<wdf>\b(?:[Cc]e\s+)?(?<wf>" + DateVocabulary.OtherWeekdayPattern + @")(?:\s+(?<wfdir>dernier|prochain))?\b)" +
        "|" + Dead(live, "relf") + @"(?<relf>\b(?:(?:[Ll]a|[Ll]e|[Dd]u)\s+(?<funit>semaine|mois)\s+(?<fdir>dernière|dernier|passée|passé|prochaine|prochain)|[Ll]['’](?<funit>année|an)\s+(?<fdir>dernière|dernier|passée|passé|prochaine|prochain)|(?:[Cc]ette|[Cc]e)\s+(?<funit>semaine|mois|année)(?:-ci)?)\b)" +
        "|" + Dead(live, "dayf") + @"(?<dayf>\b(?<![dD]['’])(?<dwordf>[Hh]ier|[Aa]ujourd['’]hui|[Dd]emain|[Aa]yer)(?![\p{L}'’]))");

    // A form the pattern's copy leaves out (live says no): written after "(?!)", which never matches, so the expression drops
    // the branch and never tries it, while its groups keep the names and numbers they have in the whole pattern.
    private static string Dead(Func<string, bool>? live, string form) => live is null || live(form) ? "" : "(?!)";

    private static readonly string s_pattern = DatePattern(DateVocabulary.MonthPattern, other: true);

    /// <summary>The pattern that finds date expressions.</summary>
    public static string Pattern => s_pattern;

    // The same pattern anchored where the search stands (\G), whole and with the English forms alone (for a sentence
    // that holds none of the other languages' date words, s_otherWords). The search runs neither: it runs, at the
    // positions where a form can start (StartsDate), the copy of one of them for the position's first character
    // (DateStartForms), which finds there what the whole one finds, with the same group numbers (DateGroups reads them
    // from a copy). The whole forms are only the reference the copies are tested against (FormOf), made when asked for.
    private static readonly Lazy<HotRegex> s_datesAt = new(() => new(@"\G(?:" + s_pattern + ")", RegexOptions.CultureInvariant));
    private static readonly Lazy<HotRegex> s_englishAt = new(() => new(@"\G(?:" + DatePattern(DateVocabulary.EnglishMonthPattern, other: false) + ")", RegexOptions.CultureInvariant));

    // The anchored pattern's copies for one kind of first character (DateStartForms): a digit starts only "dmy" (its first
    // character is a day's \d, and every other form's is a letter); a letter that starts no month name starts none of the
    // forms that begin with a month ("mdy", "my"), nor "dmy". The first form of the whole pattern that matches at a place is
    // the match there; a form that cannot match at that character leaves the first one that does, and its match, as they
    // were, so each copy finds at its characters what the whole pattern finds, and its groups are numbered as the whole
    // pattern's are (DateGroups). None holds a requirement of the rules' one pass: the search asks them only where StartsDate
    // has let a place through.
    internal sealed class DateStartForms
    {
        public readonly HotRegex Digit;
        public readonly HotRegex Month;
        public readonly HotRegex Word;
        private readonly HashSet<char>? _monthFirsts;

        public DateStartForms(string months, bool other)
        {
            Digit = Form(months, other, f => f == "dmy");
            Month = Form(months, other, f => f != "dmy");
            Word = Form(months, other, f => f != "dmy" && f != "mdy" && f != "my");
            // The first characters of the month names (each a literal, with "\." escaped); a name that starts otherwise,
            // or with a digit, leaves every place that is not a digit to Month, and digits to a copy with every form.
            var firsts = new HashSet<char>();
            foreach (var month in months.Split('|'))
            {
                if (month.Length == 0 || !char.IsLetter(month[0])) { firsts = null; break; }
                firsts.Add(month[0]);
            }
            _monthFirsts = firsts;
            if (firsts is null) Digit = Form(months, other, _ => true);
        }

        private static HotRegex Form(string months, bool other, Func<string, bool> live) =>
            new(@"\G(?:" + DatePattern(months, other, live) + ")", RegexOptions.CultureInvariant, RequiredText.Unknown());

        /// <summary>The copy to run at a place whose first character is c.</summary>
        public HotRegex At(char c) => char.IsDigit(c) ? Digit : _monthFirsts is null || _monthFirsts.Contains(c) ? Month : Word;
    }

    private static readonly Lazy<DateStartForms> s_datesForms = new(() => new DateStartForms(DateVocabulary.MonthPattern, other: true));
    private static readonly Lazy<DateStartForms> s_englishForms = new(() => new DateStartForms(DateVocabulary.EnglishMonthPattern, other: false));

    /// <summary>The copies of the pattern's form with (other) or without the other languages' forms, by first character.</summary>
    internal static DateStartForms StartFormsOf(bool other) => other ? s_datesForms.Value : s_englishForms.Value;

    // Where a form of the pattern can start, besides a digit. A word that is a date on its own
    // starts one wherever it stands: a month name or abbreviation (mdy, my), a weekday (wd),
    // "yesterday", "today", "tomorrow", "tonight" (day). A leading word ("in", "to", "the", "of",
    // "on", "last", …: of mo, yr, wd, rel, day and the multi-word leads "in early", "end of", "the
    // end of", "this morning", "earlier today") starts one only as a whole word, followed by spaces
    // or hyphens and then a digit or one of s_dateFollowers (which words follow which lead is not
    // told apart: the check only has to pass wherever the pattern can match). Both lists must follow
    // the pattern, as s_dateWords does (the test that pins the pattern's hash is the reminder).
    private sealed class DateStarts
    {
        public readonly Dictionary<char, string[]> Words = new();
        public readonly Dictionary<char, string[]> Leads = new();
        public readonly Dictionary<char, string[]> Followers = new();

        // For each ASCII character, whether a form can start there at all: a digit, or the first character of a word of
        // Words or Leads. StartsDate answers false at every other ASCII character; the search asks it only where this is
        // true or the character is not ASCII, so most places (spaces, punctuation, words of other letters) cost one read.
        public readonly bool[] MayStart = new bool[128];
    }

    private static readonly string[] s_dateLeads =
    {
        "in", "early", "late", "mid", "since", "by", "until", "to", "from", "this", "last", "next", "end", "the",
        "during", "of", "on", "previous", "coming", "earlier",
    };

    // French leads: "la semaine dernière", "le mois prochain", "du mois dernier", "cette année", "ce jeudi".
    private static readonly string[] s_otherDateLeads = { "la", "le", "du", "ce", "cette" };

    private static readonly string[] s_dateFollowers =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "early", "late", "end", "of", "year", "month", "week", "morning", "afternoon", "evening", "today",
    };

    private static readonly string[] s_otherDateFollowers = { "semaine", "mois", "année" };

    // The starts of the whole pattern, and of its English forms alone (s_englishAt).
    private static readonly Lazy<DateStarts> s_dateStarts = new(() => Starts(other: true));
    private static readonly Lazy<DateStarts> s_englishStarts = new(() => Starts(other: false));

    private static DateStarts Starts(bool other)
    {
        var words = new List<string>();
        foreach (var day in new[] { "yesterday", "today", "tomorrow", "tonight" })
        {
            words.Add(day);
            words.Add(char.ToUpperInvariant(day[0]) + day.Substring(1));
        }
        words.AddRange(CultureInfo.InvariantCulture.DateTimeFormat.DayNames);
        if (other)
        {
            // French words that start a date wherever they stand: a weekday, a relative day, "l'année", "l'an".
            words.AddRange(DateVocabulary.OtherWeekdayWords);
            foreach (var day in new[] { "hier", "aujourd", "demain", "l'an", "l’an", "ayer" })
            {
                words.Add(day);
                words.Add(char.ToUpperInvariant(day[0]) + day.Substring(1));
            }
        }
        foreach (var month in (other ? DateVocabulary.MonthPattern : DateVocabulary.EnglishMonthPattern).Split('|'))
        {
            words.Add(Regex.Unescape(month.EndsWith(@"\.?", StringComparison.Ordinal) ? month.Substring(0, month.Length - 3) : month));
        }
        var leads = new List<string>();
        foreach (var lead in other ? s_dateLeads.Concat(s_otherDateLeads) : s_dateLeads)
        {
            leads.Add(lead);
            leads.Add(char.ToUpperInvariant(lead[0]) + lead.Substring(1));
        }
        var starts = new DateStarts();
        ByFirst(words, starts.Words);
        ByFirst(leads, starts.Leads);
        ByFirst(other ? s_dateFollowers.Concat(s_otherDateFollowers).Concat(DateVocabulary.OtherWeekdayWords) : s_dateFollowers, starts.Followers);
        for (char c = '0'; c <= '9'; c++) starts.MayStart[c] = true;
        foreach (char c in starts.Words.Keys.Concat(starts.Leads.Keys)) if (c < 128) starts.MayStart[c] = true;
        return starts;
    }

    private static void ByFirst(IEnumerable<string> words, Dictionary<char, string[]> result)
    {
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var w in words)
        {
            if (!byFirst.TryGetValue(w[0], out var list)) byFirst[w[0]] = list = new List<string>();
            if (!list.Contains(w)) list.Add(w);
        }
        foreach (var pair in byFirst) result[pair.Key] = pair.Value.ToArray();
    }

    private static bool StartsWithAny(string sentence, int at, Dictionary<char, string[]> byFirst)
    {
        if (!byFirst.TryGetValue(sentence[at], out var words)) return false;
        foreach (var w in words)
        {
            if (string.CompareOrdinal(sentence, at, w, 0, w.Length) == 0) return true;
        }
        return false;
    }

    /// <summary>False where no form of the date pattern can start: not a digit, a date word, nor a leading word before a digit or a date word.</summary>
    private static bool StartsDate(string sentence, char[] chars, int at, DateStarts starts)
    {
        // Every form starts at a word boundary (\b) with a word character: after an ASCII letter
        // or digit (within "2023", "into") none can start. The characters are read from a copy of
        // the sentence's (chars), not through the string's indexer.
        if (at > 0 && chars[at - 1] < 128 && char.IsLetterOrDigit(chars[at - 1])) return false;
        char c = chars[at];
        if (char.IsDigit(c)) return true;
        if (StartsWithAny(sentence, at, starts.Words)) return true;
        if (!starts.Leads.TryGetValue(c, out var leads)) return false;
        foreach (var lead in leads)
        {
            int next = at + lead.Length;
            if (next >= sentence.Length || string.CompareOrdinal(sentence, at, lead, 0, lead.Length) != 0) continue;
            // The lead's spaces (\s, which char.IsWhiteSpace reads alike) or hyphens (mo's [\s-]+).
            if (!(char.IsWhiteSpace(sentence[next]) || sentence[next] == '-')) continue;
            while (next < sentence.Length && (char.IsWhiteSpace(sentence[next]) || sentence[next] == '-')) next++;
            if (next == sentence.Length) return false;
            if (char.IsDigit(sentence[next]) || StartsWithAny(sentence, next, starts.Followers)) return true;
        }
        return false;
    }

    /// <summary>The matches of the date pattern in a sentence, as <see cref="Regex.Matches(string)"/> finds them.</summary>
    internal static IEnumerable<Match> DateMatches(string sentence) => DateMatches(sentence, MayHoldOtherWords(sentence));

    // The same, told whether the sentence holds the other languages' date words (MayHoldOtherWords), which choose the pattern.
    private static IEnumerable<Match> DateMatches(string sentence, bool other)
    {
        // The sentence's characters copied into an array of this thread's, taken out of the thread's slot while this
        // search runs (a search begun during another's, between its answers, gets an array of its own).
        var mine = t_chars;
        t_chars = null;
        var chars = CharCopy.Into(ref mine, sentence);
        var starts = other ? s_dateStarts.Value : s_englishStarts.Value;
        var forms = StartFormsOf(other);
        var mayStart = starts.MayStart;
        int at = 0;
        while (at < sentence.Length)
        {
            // StartsDate's first refusals read here, without a call: after an ASCII letter or digit (no word boundary), and
            // at an ASCII character that starts no form.
            char c = chars[at];
            if ((at > 0 && chars[at - 1] < 128 && char.IsLetterOrDigit(chars[at - 1])) || (c < 128 && !mayStart[c])) { at++; continue; }
            if (!StartsDate(sentence, chars, at, starts)) { at++; continue; }
            var m = forms.At(chars[at]).Regex.Match(sentence, at);
            if (!m.Success) { at++; continue; }
            yield return m;
            at = m.Index + Math.Max(1, m.Length);
        }
        t_chars = chars;
    }

    [ThreadStatic] private static char[]? t_chars;

    // Every form of the pattern above needs a digit (day numbers, years) or one of these words
    // (a full month name of "mo", a weekday of "wd", the unit of "rel", the words of "day"): a
    // sentence with neither holds no date, and the pattern is not run over it. A new form of the
    // pattern must keep this true (PerformanceGuardTests pins the pattern to remind of it).
    private static readonly string[] s_dateWords = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "day", "year", "month", "week", "omorrow", "morning", "afternoon", "evening", "onight",
        // French: "hier", "aujourd'hui", "demain", "semaine", "mois", "année", "an" ("l'an dernier"), and the weekdays as
        // dates.tsv [weekdays-other] writes them (lower case and capitalised), the words "wdf" reads.
        "hier", "Hier", "ujourd", "demain", "Demain", "semaine", "mois",
        "année", "l'an", "l’an", "L'an", "L’an",
        // Spanish: "ayer" (its months and weekdays are those of dates.tsv; a Spanish date with a day holds a digit).
        "ayer", "Ayer",
    }.Concat(DateVocabulary.OtherWeekdayWords).ToArray();

    // The words as one requirement of the rules' one pass over a sentence (LiteralPresence): whether the sentence holds
    // any of them is read from the answer the rules ask for anyway, instead of searching the sentence for each word.
    private static readonly RequiredText s_dateWordsHeld = RequiredText.OfAny(s_dateWords);

    /// <summary>False when the sentence cannot hold a date expression: no digit and none of the words every form without digits needs.</summary>
    public static bool MayHoldDate(string sentence)
    {
        if (s_dateWordsHeld.MayMatch(sentence)) return true;
        foreach (char c in sentence) if (char.IsDigit(c)) return true;
        return false;
    }

    // The other languages' words that the date pattern's forms for them need, each as a whole word (French so far): the
    // months of [months-other], the weekdays of [weekdays-other], the relative days, the units of "la semaine dernière",
    // "cette année", "l'an dernier". A sentence that holds none of them as a word gets what the whole pattern gives from
    // the English forms alone (s_englishAt), which leave the other languages' forms and months out.
    private static readonly string[] s_otherWords = DateVocabulary.OtherMonthWords.Concat(DateVocabulary.OtherWeekdayWords)
        .Concat(new[] { "hier", "Hier", "aujourd", "Aujourd", "demain", "Demain", "semaine", "mois", "année", "'an", "’an", "ayer", "Ayer" })
        .Distinct(StringComparer.Ordinal).ToArray();

    // The same words as one requirement of the one pass (most sentences hold none); a word the pass finds is then looked at
    // where it stands (StandsAsDateWord).
    private static readonly RequiredText s_otherWordsHeld = RequiredText.OfAny(s_otherWords);
    private static readonly Func<string, string, bool> s_standsAsDateWord = StandsAsDateWord;

    /// <summary>
    /// False when no form of the date pattern for other languages can match in the sentence: it holds none of their
    /// words (<see cref="s_otherWords"/>) where such a form could read it, a word not run on into a letter on either side
    /// (nor after a digit): "main" holds "mai", "hierarchy" "hier", neither as a word.
    /// </summary>
    internal static bool MayHoldOtherWords(string sentence) => s_otherWordsHeld.AnyHeld(sentence, s_standsAsDateWord);

    private static bool StandsAsDateWord(string sentence, string w)
    {
        for (int at = sentence.IndexOf(w, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(w, at + 1, StringComparison.Ordinal))
        {
            int end = at + w.Length;
            if (char.IsLetter(w[0]) && at > 0 && char.IsLetterOrDigit(sentence[at - 1])) continue;
            if (char.IsLetter(w[w.Length - 1]) && end < sentence.Length && char.IsLetter(sentence[end])) continue;
            return true;
        }
        return false;
    }

    public static int? MonthNumber(string name) => DateVocabulary.MonthNumber(name);

    // "in May last year", "on August 12 of last year", "in March next year": right after a month (and day) without a
    // year, a year told relative to the reference date gives that month its year.
    private static readonly Regex s_yearAfter = new(@"\G,?\s+(?:of\s+)?(?<dir>last|next|this)\s+year\b", RegexOptions.CultureInvariant);

    private static int? YearAfter(string sentence, Match m)
    {
        int end = m.Index + m.Length;
        if (end >= sentence.Length || sentence.IndexOf("year", end, StringComparison.Ordinal) < 0) return null;
        var y = s_yearAfter.Match(sentence, end);
        if (!y.Success) return null;
        string dir = y.Groups["dir"].Value;
        return dir == "last" ? -1 : dir == "next" ? 1 : 0;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    // The numbers of the date pattern's named groups in each of its two forms, read once: Find reads a match's groups by
    // number, where a name is looked up in the expression's table of names at every read. A name the form does not have
    // (the other languages' groups in the English form) is -1, whose group, as the name's, is the empty group (no success).
    // Read from a copy the search runs (every copy numbers its groups as the whole form does: DateStartFormsTests), so the
    // whole form is not parsed for them.
    private static readonly Lazy<DateGroups> s_datesGroups = new(() => new DateGroups(StartFormsOf(true).Month));
    private static readonly Lazy<DateGroups> s_englishGroups = new(() => new DateGroups(StartFormsOf(false).Month));

    /// <summary>The group numbers of the form that searches a sentence with (other) or without the other languages' date words.</summary>
    internal static DateGroups GroupsOf(bool other) => other ? s_datesGroups.Value : s_englishGroups.Value;

    /// <summary>The pattern's whole form with (other) or without the other languages' forms, anchored; the search runs its copies (<see cref="StartFormsOf"/>).</summary>
    internal static HotRegex FormOf(bool other) => other ? s_datesAt.Value : s_englishAt.Value;

    internal sealed class DateGroups
    {
        public readonly int Mdy;
        public readonly int Dmy;
        public readonly int M1;
        public readonly int M2;
        public readonly int D0;
        public readonly int D1b;
        public readonly int D1;
        public readonly int D2;
        public readonly int Y1;
        public readonly int Y2;
        public readonly int My;
        public readonly int Y3;
        public readonly int M3;
        public readonly int Mo;
        public readonly int M4;
        public readonly int Yr;
        public readonly int Y5;
        public readonly int Wd;
        public readonly int W;
        public readonly int W2;
        public readonly int Rel;
        public readonly int Dir;
        public readonly int Unit;
        public readonly int Day;
        public readonly int Dword;
        public readonly int Wdf;
        public readonly int Wfdir;
        public readonly int Wf;
        public readonly int Relf;
        public readonly int Fdir;
        public readonly int Funit;
        public readonly int Dayf;
        public readonly int Dwordf;

        public DateGroups(HotRegex pattern)
        {
            Mdy = pattern.GroupNumber("mdy");
            Dmy = pattern.GroupNumber("dmy");
            M1 = pattern.GroupNumber("m1");
            M2 = pattern.GroupNumber("m2");
            D0 = pattern.GroupNumber("d0");
            D1b = pattern.GroupNumber("d1b");
            D1 = pattern.GroupNumber("d1");
            D2 = pattern.GroupNumber("d2");
            Y1 = pattern.GroupNumber("y1");
            Y2 = pattern.GroupNumber("y2");
            My = pattern.GroupNumber("my");
            Y3 = pattern.GroupNumber("y3");
            M3 = pattern.GroupNumber("m3");
            Mo = pattern.GroupNumber("mo");
            M4 = pattern.GroupNumber("m4");
            Yr = pattern.GroupNumber("yr");
            Y5 = pattern.GroupNumber("y5");
            Wd = pattern.GroupNumber("wd");
            W = pattern.GroupNumber("w");
            W2 = pattern.GroupNumber("w2");
            Rel = pattern.GroupNumber("rel");
            Dir = pattern.GroupNumber("dir");
            Unit = pattern.GroupNumber("unit");
            Day = pattern.GroupNumber("day");
            Dword = pattern.GroupNumber("dword");
            Wdf = pattern.GroupNumber("wdf");
            Wfdir = pattern.GroupNumber("wfdir");
            Wf = pattern.GroupNumber("wf");
            Relf = pattern.GroupNumber("relf");
            Fdir = pattern.GroupNumber("fdir");
            Funit = pattern.GroupNumber("funit");
            Dayf = pattern.GroupNumber("dayf");
            Dwordf = pattern.GroupNumber("dwordf");
        }
    }

    public static List<DateMention> Find(string sentence)
    {
        var result = new List<DateMention>();
        if (!MayHoldDate(sentence)) return result;
        bool other = MayHoldOtherWords(sentence);
        var g = GroupsOf(other);
        foreach (Match m in DateMatches(sentence, other))
        {
            DateMention? mention = null;
            if (m.Groups[g.Mdy].Success || m.Groups[g.Dmy].Success)
            {
                bool mdy = m.Groups[g.Mdy].Success;
                int? month = MonthNumber(mdy ? m.Groups[g.M1].Value : m.Groups[g.M2].Value);
                // "from 4-6 March", "2 to 9 May": a range of days before the month is its first day; so is
                // "October 17-19, 2022", a range after the month whose year follows it.
                bool range = !mdy && m.Groups[g.D0].Success;
                bool rangeAfter = mdy && m.Groups[g.D1b].Success;
                int day = Int(mdy ? m.Groups[g.D1].Value : range ? m.Groups[g.D0].Value : m.Groups[g.D2].Value);
                var yg = mdy ? m.Groups[g.Y1] : m.Groups[g.Y2];
                int? year = yg.Success ? Int(yg.Value) : null;
                if (month is not null && IsoDate.IsValid(year, month, day)
                    && (!range || Int(m.Groups[g.D2].Value) > day && IsoDate.IsValid(year, month, Int(m.Groups[g.D2].Value)))
                    && (!rangeAfter || Int(m.Groups[g.D1b].Value) > day && IsoDate.IsValid(year, month, Int(m.Groups[g.D1b].Value))))
                    mention = year is null && YearAfter(sentence, m) is { } offset
                        ? new DateMention(m.Index, m.Length, DateForm.RelativeYear, null, month, day, offset, null, range || rangeAfter)
                        : new DateMention(m.Index, m.Length, DateForm.Absolute, year, month, day, 0, null, range || rangeAfter);
            }
            else if (m.Groups[g.My].Success)
            {
                mention = new DateMention(m.Index, m.Length, DateForm.Absolute, Int(m.Groups[g.Y3].Value), MonthNumber(m.Groups[g.M3].Value), null, 0, null, false);
            }
            else if (m.Groups[g.Mo].Success)
            {
                string lead = m.Value.Substring(0, m.Value.Length - m.Groups[g.M4].Length).Trim().ToLowerInvariant();
                int offset = lead == "last" ? -1 : lead == "next" ? 1 : 0;
                var form = lead == "last" || lead == "next" || lead == "this" ? DateForm.RelativeYear : DateForm.Absolute;
                if (form == DateForm.Absolute && YearAfter(sentence, m) is { } after)
                {
                    form = DateForm.RelativeYear;
                    offset = after;
                }
                mention = new DateMention(m.Groups[g.M4].Index, m.Groups[g.M4].Length, form, null, MonthNumber(m.Groups[g.M4].Value), null, offset, null, lead == "from");
            }
            else if (m.Groups[g.Yr].Success)
            {
                mention = new DateMention(m.Groups[g.Y5].Index, m.Groups[g.Y5].Length, DateForm.Absolute, Int(m.Groups[g.Y5].Value), null, null, 0, null, false);
            }
            else if (m.Groups[g.Wd].Success)
            {
                var day = (DayOfWeek)Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, m.Groups[g.W].Value);
                string lead = m.Value.Split(' ')[0].ToLowerInvariant();
                int offset = lead == "last" ? -1 : lead == "next" ? 1 : 0;
                // "on Friday and Saturday", "from Sunday to Tuesday": a span of days is dated by its first day, and
                // only a span whose days run forward within a week (not "Monday and Monday") is one.
                bool span = m.Groups[g.W2].Success;
                if (span && Array.IndexOf(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, m.Groups[g.W2].Value) == (int)day)
                {
                    result.Add(new DateMention(m.Index, m.Groups[g.W].Index + m.Groups[g.W].Length - m.Index, DateForm.Weekday, null, null, null, offset, day, false));
                    continue;
                }
                mention = new DateMention(m.Index, m.Length, DateForm.Weekday, null, null, null, offset, day, span);
            }
            else if (m.Groups[g.Rel].Success)
            {
                string dir = m.Groups[g.Dir].Value.ToLowerInvariant();
                int offset = dir == "last" || dir == "previous" ? -1 : dir == "next" || dir == "coming" ? 1 : 0;
                string unit = m.Groups[g.Unit].Value;
                var form = unit == "year" ? DateForm.RelativeYear : unit == "month" ? DateForm.RelativeMonth : DateForm.RelativeWeek;
                mention = new DateMention(m.Index, m.Length, form, null, null, null, offset, null, false);
            }
            else if (m.Groups[g.Day].Success)
            {
                string w = m.Groups[g.Dword].Value.ToLowerInvariant();
                mention = new DateMention(m.Index, m.Length, DateForm.RelativeDay, null, null, null, w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0, null, false);
            }
            else if (m.Groups[g.Wdf].Success)
            {
                // "jeudi", "lundi dernier", "mardi prochain", "ce jeudi": as "on Thursday", "last Monday", "next Tuesday".
                string dir = m.Groups[g.Wfdir].Value;
                int offset = dir == "dernier" ? -1 : dir == "prochain" ? 1 : 0;
                if (DateVocabulary.OtherWeekday(m.Groups[g.Wf].Value) is { } day)
                    mention = new DateMention(m.Index, m.Length, DateForm.Weekday, null, null, null, offset, day, false);
            }
            else if (m.Groups[g.Relf].Success)
            {
                string dir = m.Groups[g.Fdir].Value;
                int offset = dir.StartsWith("derni", StringComparison.Ordinal) || dir.StartsWith("pass", StringComparison.Ordinal) ? -1 : dir.StartsWith("prochain", StringComparison.Ordinal) ? 1 : 0;
                string unit = m.Groups[g.Funit].Value;
                var form = unit is "année" or "an" ? DateForm.RelativeYear : unit == "mois" ? DateForm.RelativeMonth : DateForm.RelativeWeek;
                mention = new DateMention(m.Index, m.Length, form, null, null, null, offset, null, false);
            }
            else if (m.Groups[g.Dayf].Success)
            {
                string w = m.Groups[g.Dwordf].Value.ToLowerInvariant();
                mention = new DateMention(m.Index, m.Length, DateForm.RelativeDay, null, null, null, w is "hier" or "ayer" ? -1 : w == "demain" ? 1 : 0, null, false);
            }
            if (mention is not null) result.Add(mention);
        }
        if (result.Count > 1)
        {
            Restated(sentence, result);
            RangeYear(sentence, result);
        }
        return result;
    }

    private static readonly Regex s_rangeBetween = new(@"^\s*(?:to|until|till|through|[-–])\s*$", RegexOptions.CultureInvariant);

    // "from 29 November to 3 December 2012", "October 28 to November 9, 2021": the first day of a range whose year is told
    // only after its last day takes that year (the year before when the range runs from December into January).
    private static void RangeYear(string sentence, List<DateMention> result)
    {
        for (int i = 0; i + 1 < result.Count; i++)
        {
            var first = result[i];
            var last = result[i + 1];
            if (first.Form != DateForm.Absolute || first.Year is not null || first.Month is not { } fm || first.Day is not { } fd) continue;
            if (last.Form != DateForm.Absolute || last.Year is not { } ly || last.Month is not { } lm || last.Day is null) continue;
            int gap = first.Start + first.Length;
            if (!s_rangeBetween.IsMatch(sentence.Substring(gap, last.Start - gap))) continue;
            if (fm == lm && fd >= last.Day) continue;
            int year = fm > lm ? ly - 1 : ly;
            if (fm > lm && fm != 12) continue;
            if (!IsoDate.IsValid(year, fm, fd)) continue;
            result[i] = first with { Year = year, IsRangeStart = true };
        }
    }

    // "on Tuesday (May 3)", "yesterday (3rd May)", "today, May 3": a weekday or a relative day that the date right after it
    // restates, in brackets (or, for a relative day, set off by a comma), is one mention with that date's values, spanning both.
    private static void Restated(string sentence, List<DateMention> result)
    {
        for (int i = result.Count - 2; i >= 0; i--)
        {
            var first = result[i];
            var then = result[i + 1];
            if (first.Form is not (DateForm.Weekday or DateForm.RelativeDay) || first.IsRangeStart) continue;
            if (then.Form != DateForm.Absolute || then.Month is null || then.Day is null || then.IsRangeStart) continue;
            int gap = first.Start + first.Length, thenEnd = then.Start + then.Length;
            string between = sentence.Substring(gap, then.Start - gap).Trim();
            bool bracket = between == "(" && thenEnd < sentence.Length && sentence[thenEnd] == ')';
            bool comma = between == "," && first.Form == DateForm.RelativeDay;
            // The day's own weekday (not "last" or "next") right before the date or set off by a comma, and whether its word
            // is French: looked up once for both forms below.
            bool weekday = (between.Length == 0 || between == ",") && first.Form == DateForm.Weekday && first.Offset == 0;
            bool frenchWord = weekday && DateVocabulary.OtherWeekday(LastWord(sentence.Substring(first.Start, first.Length))) is not null;
            // "jeudi 6 juin", "le jeudi 08 août 2024": a French weekday written right before its day and month.
            bool french = frenchWord && between.Length == 0;
            // "on Thursday, 5 September 2024", "on Friday May 3": an English weekday set off by a comma, or by nothing, before
            // its day and month, when the date tells a year on which it falls on that weekday, or tells none: the joined
            // mention keeps the weekday, and Resolve reads the weekday alone where the year the writing gives puts the day on
            // another one.
            bool english = weekday && !frenchWord && first.Weekday is { } named
                && (then.Year is not { } y || IsoDate.IsValid(y, then.Month, then.Day) && new DateTime(y, then.Month.Value, then.Day.Value).DayOfWeek == named);
            if (!bracket && !comma && !french && !english) continue;
            int end = bracket ? thenEnd + 1 : thenEnd;
            result[i] = english && then.Year is null
                ? then with { Start = first.Start, Length = end - first.Start, Weekday = first.Weekday }
                : then with { Start = first.Start, Length = end - first.Start };
            result.RemoveAt(i + 1);
        }
    }

    private static string LastWord(string text) => text.Substring(text.LastIndexOf(' ') + 1);

    // How many days after the reference date a month and day without a year may lie and still be read as of the
    // reference's year for things done.
    private const int SoonAfterDays = 60;

    // A month and day (both known, with the reference's day) that lies one to sixty days after the reference date in its year.
    private static bool SoonAfter(int year, int refMonth, int? refDay, int month, int? day)
    {
        if (refDay is not { } rd || day is not { } d || !IsoDate.IsValid(year, month, d)) return false;
        double after = (new DateTime(year, month, d) - new DateTime(year, refMonth, rd)).TotalDays;
        return after >= 1 && after <= SoonAfterDays;
    }

    /// <summary>
    /// Resolves a date mention against the reference date (the publication date, when known).
    /// Without a reference a relative date resolves to nothing and an absolute one keeps exactly
    /// what it states: a year is never invented. A reference without its year (a dateline's month and
    /// day) gives a relative day its month and day and a weekday at most its month.
    /// </summary>
    public static IsoDate? Resolve(DateMention mention, IsoDate? reference, bool future)
    {
        DateTime? refDay = reference is { Year: { } ry, Month: { } rm, Day: { } rd } ? new DateTime(ry, rm, rd) : null;
        switch (mention.Form)
        {
            case DateForm.Absolute:
                if (mention.Year is not null) return new IsoDate(mention.Year, mention.Month, mention.Day);
                if (reference?.Year is { } year && reference?.Month is { } refMonth && mention.Month is { } month)
                {
                    // A bare month or month-day belongs to the year around the reference date:
                    // the last such date before it for things done, the next one for things planned.
                    int y = year;
                    // A month and day a few weeks after the reference date is this year's, even for things told as
                    // done ("April 15-26 during the exercise" in copy of April 2): news copy names last year's days
                    // with their year.
                    if (!future && (month > refMonth || (month == refMonth && mention.Day > (reference?.Day ?? 31)))
                        && !SoonAfter(year, refMonth, reference?.Day, month, mention.Day)) y--;
                    if (future && (month < refMonth || (month == refMonth && mention.Day < (reference?.Day ?? 1)))) y++;
                    if (!IsoDate.IsValid(y, month, mention.Day)) return null;
                    // A weekday joined to a yearless day it restates (Restated) that the year puts on another weekday: the
                    // pair disagree, and the weekday alone is read, as it was before the join.
                    if (mention.Weekday is { } named && mention.Day is { } md && new DateTime(y, month, md).DayOfWeek != named)
                        return Resolve(mention with { Form = DateForm.Weekday, Month = null, Day = null }, reference, future);
                    return new IsoDate(y, month, mention.Day);
                }
                return mention.Month is null ? null : new IsoDate(null, mention.Month, mention.Day);
            case DateForm.Weekday:
                if (mention.Weekday is null) return null;
                if (refDay is null)
                {
                    // A reference without its year (a dateline's month and day): the weekday is one of the six days
                    // before it (or after it, for a plan), so only the month is known, and only when those days lie in it.
                    if (reference is not { Year: null, Month: { } wm, Day: { } wd }) return null;
                    bool ahead = future || mention.Offset > 0;
                    int span = mention.Offset != 0 ? 13 : 6;
                    if (ahead ? wd + span > 28 : wd - span < 1) return null;
                    return new IsoDate(null, wm, null);
                }
                {
                    int diff = ((int)mention.Weekday.Value - (int)refDay.Value.DayOfWeek + 7) % 7;
                    DateTime d;
                    // "will meet … later on Thursday" in copy written on a Thursday is that day (agency copy names
                    // the day of writing by its weekday); "next Thursday" is a week on.
                    if (future || mention.Offset > 0) d = refDay.Value.AddDays(diff == 0 ? (mention.Offset > 0 ? 7 : 0) : diff);
                    else d = refDay.Value.AddDays(diff == 0 ? 0 : diff - 7);
                    if (mention.Offset < 0 && diff == 0) d = d.AddDays(-7);
                    return new IsoDate(d.Year, d.Month, d.Day);
                }
            case DateForm.RelativeYear:
                // Without a reference, "this November", "in May last year" and "last April" keep the month (and day) they state.
                if (reference?.Year is not { } baseYear) return mention.Month is null ? null : new IsoDate(null, mention.Month, mention.Day);
                return IsoDate.IsValid(baseYear + mention.Offset, mention.Month, mention.Day) ? new IsoDate(baseYear + mention.Offset, mention.Month, mention.Day) : null;
            case DateForm.RelativeMonth:
                if (reference?.Year is not { } y2 || reference?.Month is not { } m2) return null;
                {
                    int index = y2 * 12 + (m2 - 1) + mention.Offset;
                    return new IsoDate(index / 12, index % 12 + 1, null);
                }
            case DateForm.RelativeWeek:
                if (refDay is null) return null;
                {
                    // The calendar week, Monday to Sunday; "this week" is its days up to the reference date for
                    // things done and from it for things planned. The month is known when those days fall in one,
                    // the year when they fall in one; a day is never taken from a week.
                    var monday = refDay.Value.AddDays(-(((int)refDay.Value.DayOfWeek + 6) % 7) + 7 * mention.Offset);
                    var a = mention.Offset == 0 && future ? refDay.Value : monday;
                    var b = mention.Offset == 0 && !future ? refDay.Value : monday.AddDays(6);
                    if (a.Year != b.Year) return null;
                    return a.Month == b.Month ? new IsoDate(a.Year, a.Month, null) : new IsoDate(a.Year, null, null);
                }
            case DateForm.RelativeDay:
                if (refDay is null)
                {
                    // "today", "yesterday", "tomorrow" against a dateline's month and day without a year: the month and
                    // day, when a leap year and a common one agree on them.
                    if (reference is not { Year: null, Month: { } rm2, Day: { } rd2 } || !IsoDate.IsValid(2001, rm2, rd2)) return null;
                    var leap = new DateTime(2000, rm2, rd2).AddDays(mention.Offset);
                    var common = new DateTime(2001, rm2, rd2).AddDays(mention.Offset);
                    if (leap.Month != common.Month || leap.Day != common.Day || leap.Year != 2000 || common.Year != 2001) return null;
                    return new IsoDate(null, leap.Month, leap.Day);
                }
                {
                    var d = refDay.Value.AddDays(mention.Offset);
                    return new IsoDate(d.Year, d.Month, d.Day);
                }
            default:
                return null;
        }
    }
}
