using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;

namespace Corpus.Tests.Stages;

/// <summary>
/// Build events: the rules met in real text (docs/extraction.md, "Phenomena met in real text"),
/// each with an invented example and the engagements it must give, extraction alone, written from
/// Cambodia, published 27 April 2023 (a Thursday). An engagement reads
/// "kind status date countries city", engagements joined by " | ", in order.
/// </summary>
public class EventsTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string text)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n");
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: false);
    }

    private static string Summary(ArticleFacts facts)
        => string.Join(" | ", facts.Engagements.Select(e =>
            $"{e.Kind} {e.Status} {e.Date ?? "-"} {string.Join(",", e.Countries.OrderBy(c => c, StringComparer.Ordinal))} {e.Location?.City ?? "-"}"));

    [Theory]
    // Generic and background wording is no engagement (events.tsv [generic], [generic-sentence], [not-reporting]).
    [InlineData("EVT-R01", "Defence Minister Sok Dara congratulated Laos on its successful chairmanship of the summit last year.", "")]
    [InlineData("EVT-R02", "It was the sixth instance of such joint training organised by Laos and Cambodia.", "")]
    [InlineData("EVT-R03", "Cambodia has refused to attend another border committee meeting with Laos until the minutes are ratified.", "")]
    [InlineData("EVT-R04", "VIENTIANE, April 25 - An overview of the talks. — Lao News Photo Somsak Vong", "")]
    [InlineData("EVT-R05", "Previously, General Sok Dara travelled to Japan in April 2018 and met then Prime Minister Hideo Tanaka.", "")]
    // A state named as context is no party (events.tsv [context-before], [context-after]).
    [InlineData("EVT-R06", "Defence Minister Sok Dara met Japanese Ambassador Kenji Mori in Phnom Penh on Monday, amid the ongoing Myanmar crisis.", "meeting held 2023-04-24 JP,KH Phnom Penh")]
    [InlineData("EVT-R07", "Japanese Defence Minister Kenji Mori held talks with Sok Dara in Phnom Penh on Monday to counter China’s growing influence.", "meeting held 2023-04-24 JP,KH Phnom Penh")]
    // A dialogue is a conference (events.tsv [triggers]); Việt Nam is Vietnam (countries.tsv).
    [InlineData("EVT-R08", "The 5th Laos-Cambodia Defence Policy Dialogue took place in Vientiane on Tuesday.", "conference held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-R09", "Defence ministers of Việt Nam and Cambodia met in Hanoi on Monday.", "meeting held 2023-04-24 KH,VN Hanoi")]
    // The conference after a trigger's venue words is its venue (events.tsv [venue-before]).
    [InlineData("EVT-R10", "Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa on the sidelines of the ASEAN summit in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    // A meeting of three states is one engagement unless the sentence says the meetings were separate.
    [InlineData("EVT-R11", "Lao Defence Minister Khamla Vongsa convened a meeting with the defence ministers of Việt Nam and Cambodia in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA,VN Vientiane")]
    [InlineData("EVT-R12", "Cambodian Defence Minister Sok Dara held talks with the Philippine and New Zealand delegations in Singapore on Saturday.", "meeting held 2023-04-22 KH,NZ Singapore | meeting held 2023-04-22 KH,PH Singapore")]
    // A participle set off by commas is not the sentence's event; a dateline's date in brackets is not the event's.
    [InlineData("EVT-R13", "Japanese Defence Minister Kenji Mori, visiting Laos to attend the summit, held a meeting with Cambodian Defence Minister Sok Dara on Monday.", "meeting held 2023-04-24 JP,KH,LA -")]
    [InlineData("EVT-R14", "KAMPOT PROVINCE, Cambodia (April 26, 2023) -- Cambodian and Australian soldiers attended the opening ceremony of a joint exercise here on April 20.", "ceremony held 2023-04-20 AU,KH -")]
    // The city of a dateline places the engagement its sentence reports, unless the sentence places it elsewhere.
    [InlineData("EVT-R15", "VIENTIANE, April 24 (Lao News) -- Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-R16", "Hanoi (Lao News) – The third Laos-Cambodia defence policy dialogue was held in the northern province of Oudomxay on Monday.", "conference held 2023-04-24 KH,LA -")]
    // A city after "the … city of"; a verb of occurrence makes its noun the sentence's event.
    [InlineData("EVT-R17", "The army chiefs of Peru and Chile met in the Peruvian border city of Tacna on Monday.", "meeting held 2023-04-24 CL,PE Tacna")]
    // "called on X" is a meeting.
    [InlineData("EVT-R19", "The Cambodian general called on Indian Army Chief Raj Kumar in New Delhi on Monday.", "meeting held 2023-04-24 IN,KH New Delhi")]
    public void Real_text_phenomena(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Fact]
    public void A_noun_governed_by_a_verb_of_occurrence_is_the_sentence_event()
    {
        var facts = Extract("Vietnam and India held their 10th defence policy dialogue in Hanoi on Monday, focusing on the deal reached during the visit to India by the Vietnamese minister last year.");
        Assert.StartsWith("conference held 2023-04-24 IN,VN Hanoi", Summary(facts));
    }

    [Fact]
    public void A_headline_and_the_dated_report_of_the_same_port_call_are_one_engagement()
    {
        // A telling that names nobody joins the occasion of the same kind and countries.
        var facts = Extract("Japanese destroyers call at Cambodian port\n\nTwo Japanese destroyers docked at Sihanoukville on Monday with 300 crew aboard.\n");
        Assert.Equal("visit held 2023-04-24 JP,KH Sihanoukville", Summary(facts));
    }

    [Fact]
    public void A_bare_telling_with_its_own_date_and_place_is_another_occasion()
    {
        var facts = Extract("The border committee meeting, held in Siem Reap on Tuesday, was co-chaired by Defence Minister Sok Dara and Thai Defence Minister Anan Sukprasert.\n\n"
            + "The committee meeting followed the regional border meeting held in Thailand’s Chanthaburi province in March.\n");
        Assert.Equal("meeting held 2023-04-25 KH,TH Siem Reap | meeting held 2023-03 KH,TH -", Summary(facts));
    }

    [Fact]
    public void The_ministers_of_a_sentence_naming_no_state_are_those_of_the_occasion_before()
    {
        var facts = Extract("Defence ministers of Việt Nam, Laos and Cambodia convened their annual meeting in Phnom Penh on Monday.\n\n"
            + "Earlier in the day, the ministers attended a joint rescue exercise in Kampong Chhnang.\n");
        Assert.Equal("meeting held 2023-04-24 KH,LA,VN Phnom Penh | exercise held 2023-04-24 KH,LA,VN Kampong Chhnang", Summary(facts));
    }

    [Fact]
    public void Talks_of_two_other_pairs_the_same_day_are_two_engagements()
    {
        var facts = Extract("Vietnamese Defence Minister Tran Van Long held talks with Lao Prime Minister Khamla Vongsa in Vientiane on Monday.\n\n"
            + "On the same day, Cambodian Defence Minister Sok Dara met with Khamla Vongsa.\n");
        Assert.Equal(2, facts.Engagements.Count());
    }

    [Fact]
    public void A_speaker_set_off_by_an_apposition_is_a_source()
    {
        var facts = Extract("The Indian frigate INS Sagar docked at Sihanoukville on Monday.\n\n"
            + "Meas Rotha, a researcher at the Asian Vision Institute, said the visit showed growing trust between India and Cambodia.\n");
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("meas-rotha"));
    }

    [Fact]
    public void A_reference_after_the_sentence_own_event_is_that_event()
    {
        var facts = Extract("US Deputy Assistant Secretary Laura Green met Defence Minister Sok Dara in Phnom Penh on Tuesday.\n\n"
            + "In December, the US Navy ship USS Lincoln made a port call at Ream, the first visit by a US warship in years.\n");
        Assert.Equal("meeting held 2023-04-25 KH,US Phnom Penh | visit held 2022-12 KH,US Ream", Summary(facts));
    }
}
