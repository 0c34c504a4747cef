using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The literal prefilter of the engine's patterns (<see cref="RequiredText"/>) and the anchored date
/// search: both skip work only where the pattern cannot match, so what extraction finds stays the same.
/// </summary>
public class RequiredTextTests
{
    [Theory]
    [InlineData(@"\b(?:visits?|trips?|tours?)\b", "tour|trip|visit")]
    [InlineData(@"\b[Ee]xercises?\b(?= [A-Z“""(])|\b(?:exercise|drill)\b|(?<=\p{Lu}\p{L}+ )Exercise\b", "drill|Exercise|exercise")]
    [InlineData(@"\b(?:sign(?:ed|s)?|ink(?:ed|s)?)\b(?=[^.;]{0,80}?\bdeals?\b)", "ink|sign")]
    [InlineData(@"\b(?:week|month)(?:’s|'s)\s+(?:[\w-]+\s+){0,2}$", "week's|week’s|month's|month’s")]
    [InlineData(@"\w+ing\b", "ing")]
    [InlineData(@"^\s*,", ",")]
    [InlineData(@"\bhere\b", "here")]
    [InlineData(@"(?<name>\p{Lu}[\p{L}-]+)(?:’s|'s)\s+$", "'s|’s")]
    [InlineData(@"(?:ab)+c?", "ab")]
    [InlineData(@"\bH\.E\. \(?Mr", "H.E. Mr|H.E. (Mr")]
    public void The_text_a_pattern_requires(string pattern, string expected)
    {
        var required = RequiredText.Of(pattern, RegexOptions.CultureInvariant).Any;
        Assert.NotNull(required);
        Assert.Equal(expected, string.Join("|", required!));
    }

    [Theory]
    [InlineData(@"(?:[\w-]+\s+)*$")]
    [InlineData(@"visit|\d")]
    [InlineData(@"(?i)visit")]
    [InlineData(@"(\w)\1")]
    [InlineData(@"(?>visit)")]
    [InlineData(@"[a-z-[aeiou]]visit")]
    [InlineData(@"\u0076isit")]
    [InlineData(@"(?:visits?)?")]
    [InlineData(@"(?:visit")]
    public void A_pattern_the_analysis_cannot_read_or_that_requires_nothing_is_always_run(string pattern)
    {
        var required = RequiredText.Of(pattern, RegexOptions.CultureInvariant);
        Assert.Null(required.Any);
        Assert.True(required.MayMatch("nothing of it here"));
    }

    [Fact]
    public void Options_that_change_what_a_literal_matches_give_no_requirement()
    {
        Assert.Null(RequiredText.Of("visit", RegexOptions.IgnoreCase).Any);
        Assert.Null(RequiredText.Of("visit", RegexOptions.IgnorePatternWhitespace).Any);
        Assert.NotNull(RequiredText.Of("visit", RegexOptions.CultureInvariant | RegexOptions.Multiline).Any);
    }

    [Fact]
    public void Text_without_the_required_words_is_not_searched_and_text_with_them_is()
    {
        var regex = new Regex(@"\b(?:met|meets)\b(?= with)", RegexOptions.CultureInvariant);
        Assert.False(RequiredText.Of(regex).MayMatch("The delegation toured the base."));
        Assert.False(RequiredText.IsMatch(regex, "The delegation toured the base."));
        Assert.True(RequiredText.Of(regex).MayMatch("He metered it."));
        Assert.False(RequiredText.IsMatch(regex, "He metered it."));
        Assert.True(RequiredText.IsMatch(regex, "The minister met with his counterpart."));
    }

    /// <summary>Every pattern the engine filters: the triggers, the event vocabulary's rule patterns and the static patterns of the rules.</summary>
    private static IEnumerable<(string Name, Regex Regex)> EnginePatterns()
    {
        foreach (var t in EventVocabulary.Triggers) yield return ("trigger " + t.Pattern, new Regex(t.Pattern.ToString(), RegexOptions.CultureInvariant));
        foreach (var p in typeof(EventVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Regex)))
        {
            yield return ("EventVocabulary." + p.Name, (Regex)p.GetValue(null)!);
        }
        foreach (var type in new[] { typeof(EngagementBuilder), typeof(PersonRecognizer), typeof(ArticleExtractor) })
        {
            foreach (var f in type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Regex)))
            {
                yield return (type.Name + "." + f.Name, (Regex)f.GetValue(null)!);
            }
        }
    }

    /// <summary>Sentences of synthetic, seed and test articles, and every part of them before and after a space (the rules run their patterns over such parts).</summary>
    private static List<string> Texts()
    {
        var sentences = InHouseSentences.All();
        var texts = new List<string>(sentences);
        foreach (var s in sentences)
        {
            for (int i = s.IndexOf(' '); i >= 0; i = s.IndexOf(' ', i + 1))
            {
                texts.Add(s.Substring(0, i));
                texts.Add(s.Substring(i));
            }
        }
        return texts;
    }

    [Fact]
    public void The_opener_guard_passes_every_text_opener_before_matches_and_skips_most()
    {
        var regex = RulePatterns.Get("opener-before");
        int matched = 0, skipped = 0;
        var texts = Texts();
        foreach (var text in texts)
        {
            bool may = EngagementBuilder.MayBeOpener(text);
            if (!may) skipped++;
            if (!regex.IsMatch(text)) continue;
            matched++;
            Assert.True(may, "opener-before matches \"" + text + "\" but the guard skips it");
        }
        foreach (var example in RulePatterns.AllExamples.Where(e => e.Name == "opener-before" && e.Matches)) Assert.True(EngagementBuilder.MayBeOpener(example.Text), example.Text);
        Assert.True(matched > 0, matched.ToString());
        Assert.True(skipped > texts.Count / 2, skipped + " of " + texts.Count);
    }

    [Fact]
    public void The_office_taken_test_answers_as_its_pattern_over_the_whole_text()
    {
        var regex = RulePatterns.Get("office-taken-before");
        var texts = Texts();
        // Invented texts: the end in other cases and white space, a final line feed, stops before and inside, a dotless i.
        var invented = new[]
        {
            "the first time the admiral came to Kelm since assuming command of the fleet IN ", "after taking office On\t",
            "after he was sworn in in\n", "after she was appointed minister, in ", "after taking office. In ", "since taking the helm in  \n",
            "after taking office in", "after taking office inn ", "after taking office \u0131n ", "after taking office\u00a0in\u2003",
            "a visit made after he took up his post: on ", "the general, who took command; in ", "who took command\tin ",
            // The words of each part, whole, in any case, beside digits, other letters and characters outside ASCII.
            "since TAKING OFFICE on ", "since Took The Helm in ", "after 5took office in ", "after took5 office in ", "after took offices in ",
            "after took office5 in ", "after he was appointed in ", "who was commander in ", "while being posted in ", "after he wasn't sworn in on ",
            "since ta\u212Aing office in ", "since taking o\u0192fice in ", "since taking office in Kelm\u00e9 on ", "was\u00a0appointed in ",
            "the reins were taken in ", "on taking_office in ", "in ",
        };
        int matched = 0, skipped = 0;
        foreach (var text in texts.Concat(texts.Select(t => t + " ")).Concat(invented).Concat(RulePatterns.AllExamples.Where(e => e.Name == "office-taken-before").Select(e => e.Text)))
        {
            bool expected = RequiredText.IsMatch(regex, text);
            if (expected) matched++;
            if (!EngagementBuilder.MayEndWithInOrOn(text)) skipped++;
            Assert.True(expected == EngagementBuilder.OfficeTakenBefore(text), "office-taken-before on \"" + text + "\"");
        }
        Assert.True(matched >= 6, matched.ToString());
        Assert.True(skipped > texts.Count, skipped + " of " + texts.Count * 2);
    }

    [Theory]
    [InlineData("since assuming command in ", 0, true)]
    [InlineData("since ASSUMING Command in ", 0, true)]
    [InlineData("since assuming command in ", 7, false)]
    [InlineData("the talks took place in ", 0, false)]
    [InlineData("who was commander of the fleet in ", 0, false)]
    [InlineData("who took office, met the envoy in ", 16, false)]
    [InlineData("since ta\u212Aing office in ", 0, true)]
    public void A_text_without_a_word_of_each_part_of_office_taken_before_holds_no_match(string text, int from, bool may)
    {
        Assert.Equal(may, EngagementBuilder.MayHoldOfficeTakenWords(text, from));
        if (!may) Assert.False(RulePatterns.Get("office-taken-before").IsMatch(text, from));
        // The word lists are written from this pattern: a change to it must be checked against them.
        Assert.Equal(OfficeTakenPatternHash, Digest(RulePatterns.Get("office-taken-before")));
    }

    // The SHA-256 of a pattern's text, in upper-case hex: a pre-check written from a pattern pins it, so a change to the
    // pattern fails the pre-check's test until the pre-check is checked against it again.
    private static string Digest(System.Text.RegularExpressions.Regex pattern)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pattern.ToString())));

    private const string OfficeTakenPatternHash = "698B3132DB1287F91968B42207B8F2D37CEBFD2D7E76A315443364BFA1AD9070";

    [Theory]
    [InlineData("since assuming command in ", true)]
    [InlineData("since assuming command ON\t", true)]
    [InlineData("since assuming command in", false)]
    [InlineData("since assuming command at ", false)]
    [InlineData("since assuming command Berlin ", false)]
    [InlineData("in ", false)]
    public void A_text_that_may_end_as_office_taken_before_ends_with_in_or_on_and_white_space(string text, bool may)
        => Assert.Equal(may, EngagementBuilder.MayEndWithInOrOn(text));

    [Fact]
    public void A_text_after_a_date_that_opens_with_no_report_mark_matches_none_of_the_three_patterns()
    {
        var patterns = new[] { "release-after", "dateline-date-after", "dateline-date-dash" }.Select(RulePatterns.Get).ToArray();
        var texts = Texts();
        // Invented texts: each mark after white space of several kinds, other cases, and texts of white space alone.
        var invented = new[]
        {
            " press release on Monday", "\tstatement", "\u00a0social media post", " Press release", " STATEMENT", ") -- KELM",
            " )- x", "\u2003-- Kelm", " - ", "-", "", "  ", "\n", " \u2013 Kelm", " , the talks", " to 14 May", " (Kelm) -- ",
        };
        int matched = 0, skipped = 0;
        foreach (var text in texts.Concat(texts.Select(t => " " + t)).Concat(invented)
            .Concat(RulePatterns.AllExamples.Where(e => e.Name is "release-after" or "dateline-date-after" or "dateline-date-dash").Select(e => e.Text)))
        {
            bool may = EngagementBuilder.MayOpenWithReportMark(text);
            if (!may) skipped++;
            foreach (var regex in patterns)
            {
                bool match = RequiredText.IsMatch(regex, text);
                if (match) matched++;
                Assert.True(may || !match, regex + " on \"" + text + "\"");
            }
        }
        Assert.True(matched >= 3, matched.ToString());
        Assert.True(skipped > texts.Count, skipped + " of " + texts.Count * 2);
    }

    [Theory]
    [InlineData(" press release", true)]
    [InlineData("\tstatement", true)]
    [InlineData(" ) --", true)]
    [InlineData("\u00a0- Kelm", true)]
    [InlineData(" Statement", false)]
    [InlineData(" , the talks", false)]
    [InlineData("   ", false)]
    [InlineData("", false)]
    public void A_text_after_a_date_may_open_with_a_report_mark(string text, bool may)
        => Assert.Equal(may, EngagementBuilder.MayOpenWithReportMark(text));

    [Fact]
    public void A_right_to_left_rule_pattern_answers_as_the_same_pattern_left_to_right()
    {
        var texts = Texts();
        int checkedPatterns = 0, matched = 0;
        foreach (var name in Corpus.Extraction.Vocabulary.RulePatterns.Names)
        {
            var regex = Corpus.Extraction.Vocabulary.RulePatterns.Get(name);
            if ((regex.Options & RegexOptions.RightToLeft) == 0) continue;
            checkedPatterns++;
            var leftToRight = new Regex(regex.ToString(), regex.Options & ~RegexOptions.RightToLeft);
            // The parts before a space with the space: the rules ask about the text before a word.
            foreach (var text in texts.Concat(texts.Select(t => t + " ")).Concat(RulePatterns.AllExamples.Where(e => e.Name == name).Select(e => e.Text)))
            {
                bool expected = leftToRight.IsMatch(text);
                if (expected) matched++;
                Assert.True(expected == regex.IsMatch(text), name + " on \"" + text + "\"");
                if (text.Length > 4) Assert.True(leftToRight.Match(text, 2, text.Length - 4).Success == regex.Match(text, 2, text.Length - 4).Success, name + " on part of \"" + text + "\"");
            }
        }
        Assert.True(checkedPatterns >= 1, checkedPatterns.ToString());
        Assert.True(matched > 0, matched.ToString());
    }

    [Fact]
    public void The_prefilter_passes_every_text_an_engine_pattern_matches_and_skips_many()
    {
        var texts = Texts();
        var patterns = EnginePatterns().ToList();
        Assert.True(patterns.Count > 60, patterns.Count.ToString());
        int skipped = 0, matched = 0;
        foreach (var (name, regex) in patterns)
        {
            var required = RequiredText.Of(regex);
            foreach (var text in texts)
            {
                bool may = required.MayMatch(text);
                if (!may) skipped++;
                if (!regex.IsMatch(text)) continue;
                matched++;
                Assert.True(may, name + " matches \"" + text + "\" but its prefilter skips it");
            }
        }
        Assert.True(matched > 10_000, matched.ToString());
        Assert.True(skipped > texts.Count * patterns.Count / 2, skipped.ToString());
    }

    [Theory]
    [InlineData("The talks were held on 3 May 2024.", false)]
    [InlineData("The main road to the domain was maintained.", false)]
    [InlineData("The hierarchy of the army was discussed.", false)]
    [InlineData("Marshal Irvale met the mission's commanders.", false)]
    [InlineData("Les deux ministres se sont rencontrés le 3 mai 2024.", true)]
    [InlineData("La réunion a eu lieu hier à Dakar.", true)]
    [InlineData("La visite, l'an dernier, a duré trois jours.", true)]
    [InlineData("Mars 2024", true)]
    [InlineData("hier2", true)]
    [InlineData("Los ministros se reunieron el 3 de mayo de 2024.", true)]
    [InlineData("La reunión fue ayer en Kelm.", true)]
    [InlineData("The mayor of Kelm met the envoys.", false)]
    public void The_date_search_reads_the_other_languages_forms_only_where_one_of_their_words_stands_as_a_word(string sentence, bool other)
        => Assert.Equal(other, DateRecognizer.MayHoldOtherWords(sentence));

    [Fact]
    public void The_trigger_patterns_searched_where_their_first_words_stand_find_what_the_whole_search_finds()
    {
        // Every in-house sentence and its parts, and invented sentences with the first words inside others, at the
        // sentence's start and end, after a previous match and repeated.
        var sentences = Texts().Concat(new[]
        {
            "The Veskian minister met with his Kelm counterpart and met the envoy.", "Meeting in Vesk for the round, the ministers signed a plan.",
            "met", "visits to Vesk", "He will visit, then visits the base", "revisited", "unsigned memoranda were signed by both",
            "A shipment of trucks arrived at the port and the frigate arrived in Vesk.", "courtesy calls and courtesy visits",
            "held talks, held bilateral talks, holds discussions with", "the 11th session of the Joint Commission", "Exercise Kel Storm",
            "Joint Exercise began", "exercises exercise", "Le ministre a rencontré le général, puis s'est entretenu avec lui.",
            "la réunion et les réunions", "se reunió con el ministro y recibió al general", "donated 20 trucks and handed over boats",
            "received the Veskian Defence Attache Colonel Arlo", "welcomed the visiting Kelm delegation", "", "a", "ADMM-Plus summit",
        }).ToList();
        var triggers = EventVocabulary.Triggers;
        int anchored = triggers.Count(t => t.Start is not null), searched = 0;
        Assert.True(anchored > triggers.Count / 2, anchored + " of " + triggers.Count);
        var matches = new List<Match>();
        foreach (var s in sentences)
        {
            foreach (var t in triggers)
            {
                if (t.Start is null) continue;
                var expected = t.Pattern.Regex.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                matches.Clear();
                t.Start.AddMatches(s, matches);
                Assert.True(expected.SequenceEqual(matches.Select(m => (m.Index, m.Length))), t.Pattern + " in \"" + s + "\"");
                searched += expected.Count;
            }
        }
        Assert.True(searched > 1000, searched.ToString());
    }

    [Theory]
    [InlineData(@"\b(?:visits?|trips?)\b", "visit|trip")]
    [InlineData(@"\b[Ee]xercises?\b(?= [A-Z])|\bdrill\b", "Exercise|exercise|drill")]
    [InlineData(@"(?<=\p{L} )(?<!\bThe )Meetings?\b", "Meeting")]
    [InlineData(@"^(?:Meeting|Receiving) in\b|\bmet\b", "Meeting in|Receiving in|met")]
    [InlineData(@"\bpa(?:id|ys) (?:a |an )?\w+ on\b", "paid |pays ")]
    [InlineData(@"\bpa(?:id|ys) (?:a )?calls? on\b", "paid call on|paid calls on|paid a call on|paid a calls on|pays call on|pays calls on|pays a call on|pays a calls on")]
    [InlineData(@"\b(?:\d+th|first) session\b", null)]
    [InlineData(@"\b\w+ talks\b", null)]
    [InlineData(@"(?:ab)?c", "abc|c")]
    [InlineData(@"\b(?:talks|(?:bilateral )?meetings?)\b", "talks|bilateral meeting|meeting")]
    [InlineData(@"(?:ab)*c", null)]
    [InlineData(@"(?:a\d)?c", null)]
    public void A_trigger_pattern_s_first_words_are_read_from_its_start(string pattern, string? starts)
    {
        var found = TriggerStart.StartsOf(pattern);
        if (starts is null) Assert.Null(found);
        else Assert.Equal(starts.Split('|').OrderBy(x => x, StringComparer.Ordinal), found!.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void The_anchored_date_search_finds_what_the_date_pattern_finds()
    {
        var pattern = new Regex(DateRecognizer.Pattern, RegexOptions.CultureInvariant);
        var sentences = Texts().Where(t => t.Length > 0 && t[0] != ' ')
            .Concat(new[]
            {
                "into June 2024", "Mid-June", "mid June", "in\u00a0June", "x2023 and 12 May", "the 3rd of March, 2021", "_in 2020",
                "on Monday and last Friday", "Earlier today, on 5 May", "٣ May 2022", "By 2030", "end of May", "The end of July",
                "Sept. 4, 2023", "from March 20 to April 8", "in 2022-2023", "this morning", "Todays", "inJune", "in June 5",
                // A leading word, its spaces or hyphens, and what may follow it (or not).
                "in early 2022", "In  late 1999", "the end of June", "The end\tof May", "end of\u2003July", "in-June", "Next -- June",
                "in - 2022", "This evening", "this afternoon", "Earlier  today", "on\u00a0Monday", "to 2023", "of 2021", "coming week",
                "previous month", "during 1999", "from  March", "in", "the", "in ", "to -", "the minister in Paris", "of the year",
                "last\u2028week", "since\u00852020", "byJune", "Bymonth", "late-2022", "until  the end of June",
                // Sentences searched with the whole pattern (they hold an other language's date word) and with its English
                // forms alone (they hold one only inside a word, or none): both must find what the whole pattern finds.
                "le 3 août 2018", "du 3 au 9 mai", "le 1er mars", "jeudi 6 juin", "Lundi dernier", "ce jeudi", "hier",
                "Aujourd'hui", "aujourd’hui, le 4 Mars", "demain matin", "la semaine dernière", "l'an dernier", "L’année prochaine",
                "cette année-ci", "le mois passé", "the main 3 mai 2024 talks", "a hierarchy of 5 May", "hier2", "4 mars", "Mars 2024",
                "3 au 5 May", "1er May", "the domain in March 2021", "moist 12 June", "semaines", "12 juin,2024", "(mai 2023)",
                "since jeudi", "2mai", "mai2", "l'annee", "10-12 décembre 2023", "Dimanche 5 octobre", "en juin", "3 Juin 2021",
                "les 23 et 24 août", "23 et 24 May", "3 et 1 mars",
                // Spanish: "de" between the day, the month and the year, "al" in a range, weekdays and "ayer".
                "4 de mayo", "el 20 de marzo de 2025", "marzo de 2025", "del 16 al 19 de abril", "el martes", "Ayer", "ayer2",
                "3 de May", "mayor de 2020", "jueves 6 de junio", "12 de Mayo", "domingo 3 de julio de 2022", "sábado", "Julio de 2020",
            }).ToList();
        int dated = 0;
        foreach (var s in sentences)
        {
            var expected = pattern.Matches(s).Select(m => (m.Index, m.Length, m.Value)).ToList();
            var actual = DateRecognizer.DateMatches(s).Select(m => (m.Index, m.Length, m.Value)).ToList();
            Assert.Equal(expected, actual);
            if (expected.Count > 0) dated++;
        }
        Assert.True(dated > 1_000, dated.ToString());
    }

    [Fact]
    public void The_dateline_shape_passes_every_text_the_dateline_pattern_matches_and_skips_most_sentences()
    {
        var pattern = RulePatterns.Get("dateline");
        // The shape test is written from this pattern: a change to it must be checked against DatelineShape.
        Assert.Equal(DatelinePatternHash, Digest(pattern));
        var texts = Texts().Concat(RulePatterns.AllExamples.Where(e => e.Name == "dateline").Select(e => e.Text)).Concat(new[]
        {
            "Kampot", "Kampot\n", "KAMPOT PROVINCE, Cambodia (AKP) --", "Baku, Azerbaijan, May 15", "Phnom Penh (Reuters) - The",
            "Hanoi\u00a0\u2014 The", "Hanoi \u2028(VNA)", "Jakarta — ", "St. John's — ", "A", "Ab", "Ab,", "An odd-name-here", "X Y Z", "Éire — ",
            "Washington  \t -- The", "Abcdefghijklmnopqrstuvwxyzabcd -- x", "Abcdefghijklmnopqrstuvwxyzabcde -- x", "Abcdefghijklmnopqrstuvwxyzabcdef -- x",
        }).ToList();
        int matched = 0, skipped = 0, sentences = 0;
        foreach (var text in texts)
        {
            bool may = DatelineShape.MayStart(text);
            if (pattern.IsMatch(text))
            {
                matched++;
                Assert.True(may, "the dateline pattern matches \"" + text + "\" but DatelineShape skips it");
            }
            // Whole sentences (a part before a space is often a few words only, which a dateline can be).
            if (text.Length > 40 && text[0] != ' ' && text.EndsWith(".", StringComparison.Ordinal)) { sentences++; if (!may) skipped++; }
        }
        Assert.True(matched > 20, matched.ToString());
        Assert.True(skipped > sentences * 3 / 4, skipped + " of " + sentences);
    }

    [Fact]
    public void The_dateline_end_passes_every_text_the_dateline_pattern_matches_and_skips_dated_lines_that_end_otherwise()
    {
        var pattern = RulePatterns.Get("dateline");
        // The end test is written from this pattern too (see the shape test above).
        Assert.Equal(DatelinePatternHash, Digest(pattern));
        var tricky = new[]
        {
            "Kampot", "Kampot\n", "KAMPOT PROVINCE, Cambodia (AKP) --", "KAMPOT PROVINCE, Cambodia (AKP) -- x", "Baku, Azerbaijan, May 15",
            "Baku, Azerbaijan, May 15\n", "Phnom Penh (Reuters) - The", "Phnom Penh (Reuters) -The", "Phnom Penh (Reuters) --The",
            "Phnom Penh (Reuters) ---", "Hanoi\u00a0\u2014 The", "Hanoi \u2028(VNA)", "Hanoi (VNA)\u2028", "Jakarta — ", "St. John's — ",
            "St. John's -- x", "A", "Ab", "Ab,", "Ab -", "Ab - ", "Ab --\t", "An odd-name-here", "X Y Z", "Éire — ", "ÉIRE: x", "ÉIre: x",
            "Washington  \t -- The", "Abcdefghijklmnopqrstuvwxyzabcd -- x", "Abcdefghijklmnopqrstuvwxyzabcde -- x",
            "Abcdefghijklmnopqrstuvwxyzabcdef -- x", "MUSCAT: The", "MUSCAT:The", "MUSCAT :\tThe", "MUS'CAT. X: y", "M: y",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE: x", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF: x", "Muscat: The", "MUSCAT, Oman: The",
            "Kelm, May 3, 2024 (Agency): The minister", "Kelm, May 3, 2024 (Agency) -- The minister", "Kelm, May 3, 2024 (Agency)",
            "Kelm, Vesk, May 3 (Agency) (Wire) - x", "Kelm () -- x", "Kelm (a) -- x", "Kelm (abcdefghijklmnopqrstuvwxyzabcd) -- x",
            "Kelm (abcdefghijklmnopqrstuvwxyzabcde) -- x", "Kelm (a(b) -- x", "Kelm (a -- x", "Kelm )", "Kelm, May 3. - x",
            "Kelm, ٣ May - x", "Kelm, May ٣ - x", "Kelm, May ٣", "Vice-Minister Anna met", "Deputy Commander-in-Chief met",
            "Kelm, May 3 (Agency) \u2014 x", "Kelm\u2019s port -- x", "Kelm, May 3 \"x\" -- y", "Kelm; May -- x", "Kelm, 3 -- x",
            "AKP Kelm, le 4 mai 2024 -", "AKP Kelm, le 4 mai 2024 --", "Kelm, le 4 mai 2024 -\n", "Kelm, 4 mai 2024 -", "Kelm, 4 mai (Agence) - x", "Kelm, 4 août(Agence)-", "Kelm, le x", "Kelm, le", "Kelm, lex 4",
        };
        var texts = Texts().Concat(RulePatterns.AllExamples.Where(e => e.Name == "dateline").Select(e => e.Text)).Concat(tricky).ToList();
        int matched = 0, started = 0, ended = 0;
        foreach (var text in texts)
        {
            bool may = DatelineShape.MayEnd(text);
            if (pattern.IsMatch(text))
            {
                matched++;
                Assert.True(may, "the dateline pattern matches \"" + text + "\" but DatelineShape.MayEnd skips it");
            }
            if (DatelineShape.MayStart(text)) { started++; if (may) ended++; }
        }
        Assert.True(matched > 20, matched.ToString());
        Assert.False(DatelineShape.MayEnd("Kelm, May 3, 2024 (Agency): The minister"));
        Assert.False(DatelineShape.MayEnd("Deputy Commander-in-Chief met"));
        Assert.False(DatelineShape.MayEnd("Kelm (abcdefghijklmnopqrstuvwxyzabcde) -- x"));
        Assert.True(ended < started, ended + " of " + started);
    }

    private const string DatelinePatternHash = "571AD326B541DC32C44A0F67491E7281A9BECF45F7B8D430EA64267BE2C6B4AA";

    [Fact]
    public void The_index_of_several_patterns_answers_what_each_pattern_s_prefilter_answers()
    {
        var required = EnginePatterns().Select(p => RequiredText.Of(p.Regex))
            .Concat(new[] { RequiredText.Of("(?:Ünal|ünal|çok)", RegexOptions.None), RequiredText.Of("x+", RegexOptions.None),
                RequiredText.Of("(?:\u0000\u0100|\u0002\u0000|\uffff\u0000|é)", RegexOptions.None) }).ToList();
        var index = new RequiredTextIndex(required);
        Assert.Equal(required.Count, index.Count);
        var texts = Texts().Concat(new[] { "", "Ü", "Ünal met", "çok", "ab", "visi", "visit", "a\u0000\u0100", "\u0002\u0000", "\u0002", "\uffff\u0000", "\uffff", "café" });
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            var answers = index.MayMatch(text);
            for (int p = 0; p < required.Count; p++)
            {
                Assert.Equal(required[p].MayMatch(text), answers[p]);
                if (answers[p]) may++; else mayNot++;
            }
        }
        Assert.True(may > 10_000 && mayNot > 10_000, may + " / " + mayNot);
    }

    [Fact]
    public void The_index_compares_the_rest_of_a_literal_after_its_pair_and_finds_single_characters_in_and_outside_ASCII()
    {
        // Literals that share their first two characters and differ later, or run past the text's end; literals of
        // one character, ASCII and not; a pattern that requires nothing.
        var required = new[]
        {
            RequiredText.Of("(?:parley|parlour)", RegexOptions.None),
            RequiredText.Of("(?:par|pa)", RegexOptions.None),
            RequiredText.Of("(?:parleys|Vardo)", RegexOptions.None),
            RequiredText.Of("(?:q|\u00e9)", RegexOptions.None),
            RequiredText.Of("(?:\u00e9t\u00e9|Zorn)", RegexOptions.None),
            RequiredText.Of("x+", RegexOptions.None),
        };
        var index = new RequiredTextIndex(required);
        var texts = new[]
        {
            "", "p", "pa", "par", "parl", "parley", "parleys", "parlou", "the envoys' parlour at Vardo", "a parle",
            "Zor", "Zorn", "é", "café", "été", "ét", "quay", "Q", "x", "Vard", "a parley in Ostmark",
        };
        foreach (var text in texts)
        {
            var answers = index.MayMatch(text);
            for (int p = 0; p < required.Length; p++) Assert.True(required[p].MayMatch(text) == answers[p], p + " in \"" + text + "\"");
        }
        Assert.Equal(new[] { false, true, false, false, false }, index.MayMatch("a parle").Take(5));
        Assert.Equal(new[] { true, true, true, false, false }, index.MayMatch("parleys").Take(5));
        Assert.Equal(new[] { false, false, false, true, true }, index.MayMatch("l'\u00e9t\u00e9").Take(5));
    }

    [Fact]
    public void Over_a_part_of_a_text_the_prefilter_answers_whether_the_part_holds_one_of_the_required_strings()
    {
        // Sets of many and of few strings, strings of one character and strings that start outside ASCII.
        var required = EnginePatterns().Select(p => RequiredText.Of(p.Regex))
            .Concat(new[]
            {
                RequiredText.Of("(?:abc|abd|xy|Ünal|é|\u0000\u0100|q|zz|z\u00ff)", RegexOptions.None),
                RequiredText.Of("(?:ab|cd|ef|gh)", RegexOptions.None),
                RequiredText.Of("(?:ab|cd|ef)", RegexOptions.None),
            })
            .Where(r => r.Any is not null).ToList();
        Assert.Contains(required, r => r.Any!.Count(s => s.Length >= 2 && s[0] < 128 && s[1] < 128) >= 4);
        Assert.Contains(required, r => r.Any!.Count < 4);
        var texts = InHouseSentences.All().Take(300)
            .Concat(new[] { "", "a", "ab", "xabc", "abd", "cab", "Ünal", "café", "a\u0000\u0100", "q", "zz", "z\u00ff", "xy", "ghef", "c d" });
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            for (int start = 0; start <= text.Length; start += Math.Max(1, text.Length / 7))
            {
                for (int length = 0; start + length <= text.Length; length += Math.Max(1, text.Length / 5))
                {
                    var part = text.Substring(start, length);
                    foreach (var r in required)
                    {
                        bool expected = r.Any!.Any(s => part.Contains(s, StringComparison.Ordinal));
                        Assert.Equal(expected, r.MayMatch(text, start, length));
                        if (expected) may++; else mayNot++;
                    }
                }
            }
        }
        Assert.True(may > 10_000 && mayNot > 10_000, may + " / " + mayNot);
    }

    [Fact]
    public void Where_the_required_text_first_ends_and_last_starts_answers_the_prefilter_over_every_start_and_end_part()
    {
        // The engine's patterns and sets of many and few strings, of one character and outside ASCII; a pattern that requires
        // nothing answers 0 and int.MaxValue (always run).
        var required = EnginePatterns().Select(p => RequiredText.Of(p.Regex))
            .Concat(new[]
            {
                RequiredText.Of("(?:abc|abd|xy|Ünal|é|\u0000\u0100|q|zz|z\u00ff)", RegexOptions.None),
                RequiredText.Of("(?:ab|cd|ef|gh)", RegexOptions.None),
                RequiredText.Of("(?:ab|cd|ef)", RegexOptions.None),
                RequiredText.Of("(?:ab|abab|b)", RegexOptions.None),
                RequiredText.Of(@"(?:[\w-]+\s+)*$", RegexOptions.None),
            }).ToList();
        Assert.Contains(required, r => r.Any is null);
        var texts = InHouseSentences.All().Take(150)
            .Concat(new[] { "", "a", "ab", "abab", "xabc", "abd", "cab", "bab", "Ünal", "café", "a\u0000\u0100", "q", "zz", "z\u00ff", "xy", "ghef", "efgh ab cd ef", "c d" });
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            int step = Math.Max(1, text.Length / 40);
            foreach (var r in required)
            {
                // The limit (the last start asked about) and the lower bound (the first end asked about) cut the search.
                for (int limit = 0; limit <= text.Length; limit += Math.Max(1, text.Length / 3))
                {
                    int firstEnd = r.FirstEnd(text, limit);
                    for (int start = 0; start <= limit; start += step)
                    {
                        bool expected = r.MayMatch(text, 0, start);
                        Assert.Equal(expected, start >= firstEnd);
                        if (expected) may++; else mayNot++;
                    }
                    int from = text.Length - limit;
                    int lastStart = r.LastStart(text, from);
                    for (int end = text.Length; end >= from; end -= step)
                    {
                        bool expected = r.MayMatch(text, end, text.Length - end);
                        Assert.Equal(expected, end <= lastStart);
                        if (expected) may++; else mayNot++;
                    }
                }
            }
        }
        Assert.True(may > 10_000 && mayNot > 10_000, may + " / " + mayNot);
    }

    [Fact]
    public void A_pattern_run_over_a_part_of_a_text_answers_what_it_answers_over_the_part_as_a_substring()
    {
        var sentences = Texts().Where(t => t.Length > 0 && t[0] != ' ').Take(400).ToList();
        var patterns = EnginePatterns().Select(p => p.Regex).ToList();
        int matched = 0;
        foreach (var s in sentences)
        {
            for (int cut = s.IndexOf(' '); cut >= 0; cut = s.IndexOf(' ', cut + 1))
            {
                foreach (var regex in patterns)
                {
                    bool before = RequiredText.IsMatch(regex, s.Substring(0, cut)), after = RequiredText.IsMatch(regex, s.Substring(cut));
                    Assert.Equal(before, RequiredText.IsMatch(regex, s, 0, cut));
                    Assert.Equal(after, RequiredText.IsMatch(regex, s, cut, s.Length - cut));
                    if (before) matched++;
                    if (after) matched++;
                }
            }
        }
        Assert.True(matched > 1_000, matched.ToString());
    }

    [Fact]
    public void The_folded_name_filter_never_rules_out_a_part_whose_fold_is_a_name_and_rules_out_most_others()
    {
        var names = new[] { "Tea Banh", "Vong Pisen", "Ülkü Kocaefe", "Ngo Xuan Lich", "TAKEDA Hiroshi", "Abdel-Fattah al-Sisi", "Kılıçarslan", "O’Brien" };
        var filter = new FoldedNameFilter();
        Assert.False(filter.MayContain("Tea Banh", 0, 8));
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names) { folded.Add(TextTools.Fold(n)); filter.Add(TextTools.Fold(n)); }
        var texts = Texts().Take(3000).Concat(new[]
        {
            "Defence Minister Gen. TEA BANH met Takeda Hiroshi.", "General Vong Pisen and ULKU KOCAEFE", "Mr ngo xuan lich, Mr O'Brien and Mr O’Brien",
            "President Abdel-Fattah Al-Sisi", "Ambassador Kilicarslan", "Ambassador Kılıçarslan",
        });
        int kept = 0, ruledOut = 0;
        foreach (var text in texts)
        {
            // Every part between two word boundaries, up to 40 characters: what the person recogniser looks up.
            for (int start = 0; start < text.Length; start++)
            {
                if (start > 0 && char.IsLetter(text[start - 1])) continue;
                for (int end = start + 1; end <= text.Length && end - start <= 40; end++)
                {
                    if (end < text.Length && char.IsLetter(text[end])) continue;
                    bool known = folded.Contains(TextTools.Fold(text.Substring(start, end - start)));
                    bool may = filter.MayContain(text, start, end - start);
                    if (known) Assert.True(may, text.Substring(start, end - start));
                    if (may) kept++; else ruledOut++;
                }
            }
        }
        Assert.True(ruledOut > 100 * Math.Max(1, kept) / 10 && ruledOut > 10_000, kept + " kept, " + ruledOut + " ruled out");
    }
}
