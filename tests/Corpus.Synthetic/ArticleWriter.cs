using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Synthetic;

/// <summary>An article with what its sidecar needs to know about it.</summary>
internal sealed record GeneratedArticle(
    string Text, DateTime Published, DateTime EventDate, string Kind, string Status, Partner Partner,
    SyntheticOfficial Host, string HostPhrase, SyntheticOfficial Guest, string GuestPhrase, string EventSentence, string Topic)
{
    /// <summary>The YAML sidecar: document metadata, and for some articles curated officials and the curated engagement.</summary>
    public string Sidecar(ulong seed, int index)
    {
        var rng = XorShift.For(seed, 5, index);
        var sb = new StringBuilder();
        string id = SyntheticCorpus.ArticleId(index);
        sb.Append("# Curation for ").Append(id).Append(".txt.\n");
        sb.Append("published: ").Append(Iso(Published)).Append('\n');
        sb.Append("title: Cambodia and ").Append(Partner.Name).Append(' ').Append(rng.Pick(new[] { "deepen defence ties", "discuss security cooperation", "vow closer military cooperation", "review bilateral cooperation" })).Append('\n');
        sb.Append("outlet: ").Append(rng.Pick(Vocabulary.Outlets)).Append('\n');
        sb.Append("url: https://news.example.org/").Append(Published.Year.ToString(CultureInfo.InvariantCulture)).Append('/').Append(id).Append('\n');
        int roll = rng.Next(100);
        if (roll < 50)
        {
            sb.Append("officials:\n");
            Official(sb, Host, HostPhrase, Host.ShortName);
            Official(sb, Guest, GuestPhrase, null);
        }
        if (roll < 25)
        {
            sb.Append("engagements:\n");
            sb.Append("  - kind: ").Append(Kind).Append('\n');
            sb.Append("    status: ").Append(Status).Append('\n');
            if (Status == "held") sb.Append("    date: ").Append(Iso(EventDate)).Append('\n');
            sb.Append("    countries: [KH, ").Append(Partner.Code).Append("]\n");
            sb.Append("    participants: [").Append(Host.Name).Append(", ").Append(Guest.Name).Append("]\n");
            sb.Append("    topics: [").Append(Topic).Append("]\n");
            sb.Append("    evidence:\n");
            sb.Append("      - \"").Append(EventSentence.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
        }
        return sb.ToString();
    }

    private static void Official(StringBuilder sb, SyntheticOfficial o, string phrase, string? alias)
    {
        sb.Append("  - { name: ").Append(o.Name);
        if (alias is not null) sb.Append(", aliases: [").Append(alias).Append(']');
        sb.Append(", country: ").Append(o.Country).Append(", title: ").Append(o.Title);
        if (o.Rank is not null) sb.Append(", rank: ").Append(o.Rank);
        sb.Append(", evidence: \"").Append(phrase).Append("\" }\n");
    }

    public static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Writes one article: a dateline, the engagement, follow-up sentences, sometimes a second engagement, background.</summary>
internal sealed class ArticleWriter
{
    private static readonly (string Kind, int Weight)[] s_kinds =
    {
        ("meeting", 30), ("visit", 14), ("agreement", 12), ("training", 10), ("aid", 10), ("exercise", 6), ("ceremony", 7), ("conference", 5), ("planned", 6),
    };

    private readonly XorShift _rng;
    private readonly ulong _seed;
    private readonly int _index;
    private DateTime _published;

    public ArticleWriter(XorShift rng, ulong seed, int index)
    {
        _rng = rng;
        _seed = seed;
        _index = index;
    }

    public GeneratedArticle Write()
    {
        _published = new DateTime(2015 + _rng.Next(10), 1 + _rng.Next(12), 1 + _rng.Next(28));
        var eventDate = _published.AddDays(-_rng.Next(4));
        var host = SyntheticCorpus.Cambodian(_rng.Next(20 + _index / 10), _seed);
        var guest = SyntheticCorpus.Foreign(_rng.Next(10 + _index), _seed);
        var partner = SyntheticCorpus.PartnerOf(guest);
        string kind = Kind();
        string topic = _rng.Pick(Vocabulary.Topics);

        var paragraphs = new List<string>();
        string hostPhrase = host.Introduction, guestPhrase = guest.Introduction;
        string sentence = Event(kind, hostPhrase, guestPhrase, partner, Date(eventDate));
        string outlet = _rng.Pick(Vocabulary.Outlets);
        string dateline = "Phnom Penh, " + (_rng.Chance(50)
            ? _published.Day.ToString(CultureInfo.InvariantCulture) + " " + Vocabulary.Months[_published.Month - 1] + " " + _published.Year.ToString(CultureInfo.InvariantCulture)
            : Vocabulary.Months[_published.Month - 1] + " " + _published.Day.ToString(CultureInfo.InvariantCulture) + ", " + _published.Year.ToString(CultureInfo.InvariantCulture))
            + " (" + outlet + "): ";
        paragraphs.Add(dateline + sentence);
        paragraphs.Add(FollowUp(kind, host, guest, partner));
        if (_rng.Chance(60)) paragraphs.Add(Quote(host, partner));
        if (_rng.Chance(35))
        {
            var other = SyntheticCorpus.Foreign(_rng.Next(10 + _index), _seed);
            var second = SyntheticCorpus.Cambodian(_rng.Next(20 + _index / 10), _seed);
            string secondKind = Kind();
            paragraphs.Add(Event(secondKind, second.Introduction, other.Introduction, SyntheticCorpus.PartnerOf(other), Date(_published.AddDays(-7 - _rng.Next(20)))));
            paragraphs.Add(FollowUp(secondKind, second, other, SyntheticCorpus.PartnerOf(other)));
        }
        int background = 1 + _rng.Next(4);
        for (int i = 0; i < background; i++) paragraphs.Add(Background(partner));
        string status = kind == "planned" ? "planned" : "held";
        return new GeneratedArticle(string.Join("\n\n", paragraphs) + "\n", _published, eventDate, kind == "planned" ? "visit" : kind, status, partner,
            host, hostPhrase, guest, guestPhrase, sentence, topic);
    }

    private string Kind()
    {
        int total = 0;
        foreach (var (_, w) in s_kinds) total += w;
        int roll = _rng.Next(total);
        foreach (var (k, w) in s_kinds)
        {
            if (roll < w) return k;
            roll -= w;
        }
        return "meeting";
    }

    private string Date(DateTime d)
    {
        string month = Vocabulary.Months[d.Month - 1];
        string day = d.Day.ToString(CultureInfo.InvariantCulture), year = d.Year.ToString(CultureInfo.InvariantCulture);
        int roll = _rng.Next(100);
        if (roll < 40) return "on " + month + " " + day + ", " + year;
        if (roll < 60) return "on " + day + " " + month + " " + year;
        if (roll < 80) return "on " + month + " " + day;
        if (roll < 95 && d != _published) return "on " + d.DayOfWeek.ToString();
        return "last week";
    }

    private string Topic() => _rng.Pick(Vocabulary.TopicPhrases);

    private string Event(string kind, string host, string guest, Partner p, string date)
    {
        string venue = _rng.Pick(Vocabulary.Venues);
        int v = _rng.Next(3);
        switch (kind)
        {
            case "meeting":
                return v switch
                {
                    0 => $"{host} met {guest} at {venue} in Phnom Penh {date}.",
                    1 => $"{host} received a courtesy call from {guest} at {venue} {date}.",
                    _ => $"{guest} held talks with {host} in Phnom Penh {date} on cooperation in {Topic()}.",
                };
            case "visit":
                return v == 0
                    ? $"{host} paid an official visit to {p.Name} {date}, during which he met {guest} in {p.Capital}."
                    : $"{guest} visited Cambodia {date} and met {host} at {venue}.";
            case "agreement":
                return v == 0
                    ? $"Cambodia and {p.Name} signed an agreement on {Topic()} {date}, in the presence of {host} and {guest}."
                    : $"{host} and {guest} signed a memorandum of understanding on defence cooperation in Phnom Penh {date}.";
            case "training":
                return $"{guest} opened a training course on {Topic()} for {20 + _rng.Next(180)} Cambodian officers at {venue} {date}, together with {host}.";
            case "aid":
                return v == 0
                    ? $"{guest} handed over {_rng.Pick(Vocabulary.Gifts)} worth {1 + _rng.Next(9)} million US dollars to {host} at {venue} {date}."
                    : $"{p.Name} donated {_rng.Pick(Vocabulary.Gifts)} to the Royal Cambodian Armed Forces {date}, in a handover attended by {host} and {guest}.";
            case "exercise":
                return $"Troops from Cambodia and {p.Name} began a joint exercise in Kampong Speu province {date}, attended by {host} and {guest}.";
            case "ceremony":
                return $"{host} and {guest} attended a ceremony in Phnom Penh {date} commemorating the anniversary of diplomatic relations between Cambodia and {p.Name}.";
            case "conference":
                return $"{host} met {guest} on the sidelines of the {_rng.Pick(Vocabulary.Conferences)} in {p.Capital} {date}.";
            default:
                return $"{guest} will visit Cambodia next month to hold talks with {host} on {Topic()}, according to a statement issued {date}.";
        }
    }

    private string FollowUp(string kind, SyntheticOfficial host, SyntheticOfficial guest, Partner p)
    {
        string noun = kind switch { "visit" => "visit", "agreement" => "signing", "training" => "training", "ceremony" => "ceremony", "planned" => "visit", _ => "meeting" };
        var sentences = new List<string>
        {
            kind == "planned"
                ? $"The two sides are expected to discuss {Topic()} and {Topic()}."
                : $"During the {noun}, both sides discussed cooperation in {Topic()} and {Topic()}.",
        };
        if (_rng.Chance(50)) sentences.Add($"{host.Name} thanked {p.Name} for its support to Cambodia in {Topic()}.");
        if (_rng.Chance(40)) sentences.Add($"{guest.Name} said {p.Name} would continue to help the Royal Cambodian Armed Forces build capacity in {Topic()}.");
        return string.Join(" ", sentences);
    }

    private string Quote(SyntheticOfficial host, Partner p)
        => _rng.Next(2) == 0
            ? $"“Cambodia values its friendship with {p.Name} and welcomes every effort to keep peace and stability in the region,” {host.Name} said."
            : $"According to {host.Name}, cooperation between the two armed forces has grown steadily in recent years.";

    private string Background(Partner p)
    {
        return _rng.Next(6) switch
        {
            0 => $"Diplomatic relations between Cambodia and {p.Name} were established in {1950 + _rng.Next(60)}.",
            1 => $"Cambodia has deployed more than {5000 + _rng.Next(5000)} peacekeepers to United Nations missions in Africa and the Middle East since 2006.",
            2 => "The ministry did not give further details about the programme or its costs.",
            3 => $"The {p.Demonym} embassy in Phnom Penh said the cooperation reflects the close ties between the two countries and their peoples.",
            4 => $"Observers note that {p.Name} has become one of the Kingdom's most active partners in {Topic()}.",
            _ => $"Officials of both countries are due to review the cooperation at the next annual defence dialogue.",
        };
    }
}
