using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Explorer;
using Xunit;

namespace Corpus.Tests.Explorer;

public sealed class TimelineReportTests
{
    private static IReadOnlyList<string> Timeline()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        TimelineReport.Write(SampleCorpus.Create(), writer);
        return SampleCorpus.Lines(writer.ToString());
    }

    /// <summary>The engagement lines (two-space indent) of one partner group.</summary>
    private static List<string> Group(IReadOnlyList<string> lines, string heading)
    {
        int start = lines.ToList().IndexOf(heading);
        Assert.True(start >= 0, "no group " + heading);
        return lines.Skip(start + 1).TakeWhile(l => l.Length > 0).Where(l => l.StartsWith("  ", System.StringComparison.Ordinal)
            && !l.StartsWith("    ", System.StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public void Groups_by_partner_country_sorted_by_name()
    {
        var lines = Timeline();
        var headings = lines.Where(l => l.Length > 0 && !l.StartsWith(' ')).Skip(1).ToList();
        Assert.Equal(["Türkiye (TR)", "United States (US)", TimelineReport.NoPartnerHeading], headings);
        Assert.DoesNotContain(lines, l => l.StartsWith("Cambodia", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Busiest_partner_counts_engagements_and_breaks_ties_by_code()
    {
        var sample = SampleCorpus.Create();
        // Türkiye takes part in three engagements, the United States in two.
        Assert.Equal("TR", sample.BusiestPartner());

        var usOnly = sample.Engagements.Where(e => e.Countries.Any(c => c.Alpha2 == "US") && e.Countries.Count == 2).ToList();
        Assert.Equal("US", new CorpusSnapshot(sample.Documents, sample.Officials, usOnly, "KH").BusiestPartner());

        // One engagement with both partners: a tie, which goes to the lower code.
        var both = sample.Engagements.Where(e => e.Countries.Count == 3).ToList();
        Assert.Equal("TR", new CorpusSnapshot(sample.Documents, sample.Officials, both, "KH").BusiestPartner());

        var homeOnly = sample.Engagements.Where(e => e.Countries.Count == 1).ToList();
        Assert.Null(new CorpusSnapshot(sample.Documents, sample.Officials, homeOnly, "KH").BusiestPartner());
    }

    [Fact]
    public void Engagement_with_two_partners_appears_under_each()
    {
        var lines = Timeline();
        Assert.Contains("  date unknown | visit | PLANNED | place unknown", Group(lines, "Türkiye (TR)"));
        Assert.Contains("  date unknown | visit | PLANNED | place unknown", Group(lines, "United States (US)"));
    }

    [Fact]
    public void Dated_engagements_come_in_date_order_and_undated_ones_last_in_document_order()
    {
        var lines = Timeline();
        Assert.Equal(
        [
            "  2019 | conference | held | place unknown",
            "  26 April 2023 | meeting | held | RCAF headquarters, Phnom Penh, Cambodia",
            "  date unknown | visit | PLANNED | place unknown",
        ], Group(lines, "Türkiye (TR)"));
        Assert.Equal(
        [
            "  26 February | meeting | held | Dushanbe, Tajikistan",
            "  date unknown | visit | PLANNED | place unknown",
        ], Group(lines, "United States (US)"));
        Assert.Equal(["  June 2019 | ceremony | held | place unknown"], Group(lines, TimelineReport.NoPartnerHeading));
    }

    [Fact]
    public void Shows_participants_with_their_title_in_that_document_topics_and_source()
    {
        var lines = Timeline();
        int meeting = lines.ToList().IndexOf("  26 April 2023 | meeting | held | RCAF headquarters, Phnom Penh, Cambodia");
        Assert.Equal("      participants: Vong Pisen (Commander-in-Chief); Ülkü Kocaefe (Turkish Ambassador to Cambodia)", lines[meeting + 1]);
        Assert.Equal("      topics: peacekeeping", lines[meeting + 2]);
        Assert.Equal("      source: doc-a, line 3", lines[meeting + 3]);

        int yearless = lines.ToList().IndexOf("  26 February | meeting | held | Dushanbe, Tajikistan");
        Assert.Equal("      participants: Vong Pisen (Deputy Commander-in-Chief); Jed Royal", lines[yearless + 1]);
        Assert.Equal("      source: doc-b, line 5", lines[yearless + 3]);
    }
}
