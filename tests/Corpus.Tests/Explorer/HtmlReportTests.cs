using System.Globalization;
using System.IO;
using Corpus.Explorer;

namespace Corpus.Tests.Explorer;

public sealed class HtmlReportTests
{
    private static readonly string s_html = HtmlReport.Render(SampleCorpus.Create());

    /// <summary>The elements and attributes the report may produce; anything else in the output is a leak of corpus text into markup.</summary>
    private static readonly HashSet<string> AllowedTags =
    [
        "html", "head", "meta", "link", "title", "style", "body", "header", "nav", "main", "footer", "section", "div", "p", "a",
        "span", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "blockquote",
        "svg", "desc", "g", "rect", "circle", "line", "path", "text", "script", "form", "label", "select", "option", "input",
        "datalist", "button", "details", "summary", "dl", "dt", "dd",
    ];

    private static readonly HashSet<string> AllowedAttributes =
    [
        "lang", "charset", "name", "content", "http-equiv", "rel", "href", "class", "id", "aria-label", "aria-labelledby",
        "aria-hidden", "role", "scope", "data-label", "viewbox", "xmlns", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
        "cx", "cy", "r", "rx", "d", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "transform", "text-anchor",
        "data-engagement-id", "data-kind", "data-status", "data-precision", "data-date", "data-offaxis-engagement-id", "data-partner",
        "data-node-kind", "data-node-id", "data-engagements", "data-edge-kind", "data-from", "data-to", "data-weight", "data-pair",
        "data-row-engagement-id", "data-row-official-id", "data-row-document-id", "type", "hidden", "for", "list", "autocomplete",
        "spellcheck", "placeholder", "value", "title", "style", "aria-live", "data-row", "data-step", "data-pager", "data-total",
    ];

    private const string Hostile = "<script>alert(\"x\")</script>";
    private const string HostileAttribute = "\"><img src=x onerror=alert(1)>";
    private const string HostileEntity = "&amp; </title></desc></svg> 'single'";

    /// <summary>A corpus whose every string tries to become markup.</summary>
    internal static CorpusSnapshot HostileCorpus()
    {
        var home = new Country("KH", "KHM", "Cambodia" + Hostile, "Kingdom", []);
        var partner = new Country("XX", "XXX", "Evil" + HostileAttribute, "Evil", []);
        var doc = new Document("doc" + HostileAttribute, "doc.txt", "Title " + Hostile + HostileEntity, "Outlet" + Hostile,
            "javascript:alert(1)", new PartialDate(2024, 1, 2), 10);
        var webDoc = new Document("web", "web.txt", null, null, "https://example.org/a?b=1&c=\"2\"", null, 3);
        var official = new Official("id" + HostileAttribute, "Name " + Hostile, ["Alias" + HostileEntity], partner,
            [new Position("Title" + Hostile, "Org" + HostileAttribute, "Rank" + HostileEntity, new PartialDate(2024), doc.Id,
                new Evidence(doc.Id, 2, 1, "Position " + Hostile))], [doc.Id]);
        var other = new Official("plain", "Plain Name", [], home, [], [doc.Id]);
        var engagement = new Engagement("e" + HostileAttribute, doc, EngagementKind.Meeting, EngagementStatus.Held, new PartialDate(2024, 1, 2),
            new Location("Place" + Hostile, "City" + HostileEntity, home), [home, partner], [official, other],
            [new Topic("topic" + Hostile, [])], ["Agreement" + HostileAttribute], null,
            [new Evidence(doc.Id, 3, 1, "Evidence " + Hostile + HostileAttribute + HostileEntity)]);
        var undated = new Engagement("u" + Hostile, doc, EngagementKind.Aid, EngagementStatus.Planned, null, null, [home, partner], [official], [], [], null, []);
        return new CorpusSnapshot([doc, webDoc], [official, other], [engagement, undated]);
    }

    /// <summary>The page without the text of its inline script, which is <see cref="HtmlReport.Script"/> (checked here) and not corpus text.</summary>
    internal static string WithoutScript(string html)
    {
        string open = "<script>" + HtmlReport.Script + "</script>";
        Assert.Equal(1, CountOf(html, "<script>"));
        Assert.Contains(open, html, StringComparison.Ordinal);
        return html.Replace(open, "<script></script>", StringComparison.Ordinal);
    }

    /// <summary>The text of the page's JSON data element.</summary>
    internal static string DataText(string html)
    {
        string open = "<script type=\"application/json\" id=\"" + HtmlReport.DataElementId + "\">";
        int from = html.IndexOf(open, StringComparison.Ordinal);
        Assert.True(from >= 0, "no data element");
        from += open.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Fact]
    public void Is_one_self_contained_page_that_fetches_nothing()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", s_html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", s_html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", s_html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", s_html, StringComparison.Ordinal);
        Assert.Contains("@media print", s_html, StringComparison.Ordinal);
        Assert.Contains("@media screen and (max-width: 720px)", s_html, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", s_html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", s_html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fetch(", s_html, StringComparison.Ordinal);
        Assert.DoesNotContain("XMLHttpRequest", s_html, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", s_html, StringComparison.Ordinal);
        var tags = HtmlScan.Tags(s_html);
        Assert.Empty(tags.With("src"));
        Assert.DoesNotContain(tags, t => t.Attributes.Keys.Any(a => a.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(tags.Where(t => t.Name == "link"), t => Assert.Equal("data:,", t["href"]));
        // Links stay within the page, except a document's own http(s) address.
        Assert.All(tags.With("href").Where(t => t.Name == "a"), t => Assert.True(t["href"]!.StartsWith('#') || t["href"]!.StartsWith("https://", StringComparison.Ordinal), t["href"]));

        // Two script elements: the data (JSON, never run) and the one inline script, allowed by its hash and nothing else.
        var scripts = tags.Where(t => t.Name == "script").ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal(("application/json", HtmlReport.DataElementId), (scripts[0]["type"], scripts[0]["id"]));
        Assert.Empty(scripts[1].Attributes);
        string script = s_html[(s_html.IndexOf("<script>", StringComparison.Ordinal) + 8)..s_html.LastIndexOf("</script>", StringComparison.Ordinal)];
        Assert.Equal(HtmlReport.Script, script);
        string hash = "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        string csp = tags.Single(t => t["http-equiv"] == "Content-Security-Policy")["content"]!;
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; script-src '" + hash + "'; img-src data:; base-uri 'none'; form-action 'none'", csp);
        using var json = System.Text.Json.JsonDocument.Parse(DataText(s_html));
        Assert.Equal(SampleCorpus.Create().Engagements.Count, json.RootElement.GetProperty("engagements").GetArrayLength());
    }

    [Fact]
    public void The_same_snapshot_gives_the_same_page()
    {
        Assert.Equal(s_html, HtmlReport.Render(SampleCorpus.Create()));
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        HtmlReport.Write(SampleCorpus.Create(), writer);
        Assert.Equal(s_html, writer.ToString());
    }

    [Fact]
    public void Every_dated_engagement_has_one_mark_per_partner_timeline()
    {
        var marks = HtmlScan.Tags(s_html).With("data-engagement-id");
        Assert.All(marks, m => Assert.Equal("g", m.Name));
        // Dated = the year is known: doc-a-1 (a day) and doc-b-3 (a year) with Türkiye, doc-b-4 (a month) without partner.
        Assert.Equal(["doc-a-1", "doc-b-3", "doc-b-4"], marks.Select(m => m["data-engagement-id"]).Order(StringComparer.Ordinal));
        Assert.Equal(["doc-b-3", "doc-a-1"], HtmlScan.Tags(HtmlScan.PartnerSection(s_html, "TR")).With("data-engagement-id").Select(m => m["data-engagement-id"]));
        Assert.Empty(HtmlScan.Tags(HtmlScan.PartnerSection(s_html, "US")).With("data-engagement-id"));
        Assert.Equal(["doc-b-4"], HtmlScan.Tags(HtmlScan.PartnerSection(s_html, "none")).With("data-engagement-id").Select(m => m["data-engagement-id"]));
        Assert.DoesNotContain("data-partner=\"KH\"", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_are_as_precise_as_the_date_and_coloured_by_kind()
    {
        var marks = HtmlScan.Tags(s_html).With("data-engagement-id").ToDictionary(m => m["data-engagement-id"]!);
        Assert.Equal(("day", "2023-04-26", "meeting"), (marks["doc-a-1"]["data-precision"], marks["doc-a-1"]["data-date"], marks["doc-a-1"]["data-kind"]));
        Assert.Equal(("year", "2019"), (marks["doc-b-3"]["data-precision"], marks["doc-b-3"]["data-date"]));
        Assert.Equal(("month", "2019-06"), (marks["doc-b-4"]["data-precision"], marks["doc-b-4"]["data-date"]));

        // A day is a dot, a month or a year is a bar; the fill is the kind's colour.
        var shapes = HtmlScan.Tags(s_html);
        var dayShape = shapes.First(t => t.Position > marks["doc-a-1"].Position && t.Name is "circle" or "rect");
        Assert.Equal(("circle", HtmlReport.Colour(EngagementKind.Meeting)), (dayShape.Name, dayShape["fill"]));
        var yearShape = shapes.First(t => t.Position > marks["doc-b-3"].Position && t.Name is "circle" or "rect");
        Assert.Equal(("rect", HtmlReport.Colour(EngagementKind.Conference)), (yearShape.Name, yearShape["fill"]));
        var monthShape = shapes.First(t => t.Position > marks["doc-b-4"].Position && t.Name is "circle" or "rect");
        Assert.Equal("rect", monthShape.Name);
        // The year bar is about twelve times as long as the month bar (both 2019 on the same axis).
        double year = double.Parse(yearShape["width"]!, CultureInfo.InvariantCulture), month = double.Parse(monthShape["width"]!, CultureInfo.InvariantCulture);
        Assert.InRange(year / month, 11, 13);

        // The legend names every kind.
        foreach (var (kind, colour) in HtmlReport.KindColours)
        {
            Assert.Contains(colour, s_html, StringComparison.Ordinal);
            Assert.Contains("</svg>" + kind.ToString().ToLowerInvariant() + "</li>", s_html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Planned_marks_are_hollow_and_dashed()
    {
        var sample = SampleCorpus.Create();
        var engagements = sample.Engagements.Select(e => e.Id == "doc-b-2" ? e with { Date = new PartialDate(2024, 3, 5) } : e).ToList();
        string html = HtmlReport.Render(new CorpusSnapshot(sample.Documents, sample.Officials, engagements));
        var tags = HtmlScan.Tags(html);
        var planned = tags.With("data-engagement-id").Where(m => m["data-engagement-id"] == "doc-b-2").ToList();
        Assert.Equal(2, planned.Count); // Türkiye and the United States
        foreach (var mark in planned)
        {
            Assert.Equal("planned", mark["data-status"]);
            var shape = tags.First(t => t.Position > mark.Position && t.Name == "circle");
            Assert.Equal(("#ffffff", "3 2"), (shape["fill"], shape["stroke-dasharray"]));
        }
        var held = tags.With("data-engagement-id").Single(m => m["data-engagement-id"] == "doc-a-1");
        Assert.Null(tags.First(t => t.Position > held.Position && t.Name == "circle")["stroke-dasharray"]);
    }

    [Fact]
    public void Dates_without_a_year_and_unknown_dates_are_listed_apart()
    {
        string turkiye = HtmlScan.PartnerSection(s_html, "TR");
        Assert.Contains("<h4>Date not stated (not on the axis)</h4>", turkiye, StringComparison.Ordinal);
        Assert.Equal(["doc-b-2"], HtmlScan.Tags(turkiye).With("data-offaxis-engagement-id").Select(t => t["data-offaxis-engagement-id"]));

        string us = HtmlScan.PartnerSection(s_html, "US");
        Assert.Contains("<h4>Year not stated (not on the axis)</h4>", us, StringComparison.Ordinal);
        Assert.Contains("<span class=\"when\">26 February</span>", us, StringComparison.Ordinal);
        Assert.Equal(["doc-b-1", "doc-b-2"], HtmlScan.Tags(us).With("data-offaxis-engagement-id").Select(t => t["data-offaxis-engagement-id"]));
        Assert.Contains("None of these engagements has a known year", us, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"timeline\"", us, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_engagement_is_on_an_axis_or_listed_apart_and_has_a_table_row()
    {
        var tags = HtmlScan.Tags(s_html);
        var shown = tags.With("data-engagement-id").Select(t => t["data-engagement-id"])
            .Concat(tags.With("data-offaxis-engagement-id").Select(t => t["data-offaxis-engagement-id"])).ToHashSet();
        var all = SampleCorpus.Create().Engagements.Select(e => e.Id).ToList();
        Assert.Equal(all.Order(), shown.Order());
        Assert.Equal(all, tags.With("data-row-engagement-id").Select(t => t["data-row-engagement-id"]));
    }

    [Fact]
    public void Network_has_one_node_per_country_taking_part()
    {
        var nodes = HtmlScan.Tags(s_html).With("data-node-kind");
        // Tajikistan is only a location, so it is no node; officials are drawn by the script when a country is chosen.
        Assert.Equal(["KH", "TR", "US"], nodes.Select(n => n["data-node-id"]).Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Equal("country", n["data-node-kind"]));
        Assert.Equal("3", nodes.Single(n => n["data-node-id"] == "TR")["data-engagements"]);
        Assert.Contains("role=\"img\" aria-labelledby=\"net-title-", s_html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"ego\" class=\"ego\" hidden></div>", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_edges_join_countries_weighted_by_shared_engagements()
    {
        var layout = NetworkLayout.Build(SampleCorpus.Create());
        var partners = layout.Edges.ToDictionary(e => e.From.Id + "-" + e.To.Id, e => e.Weight);
        Assert.Equal(3, partners["KH-TR"]);
        Assert.Equal(2, partners["KH-US"]);
        Assert.Equal(1, partners["TR-US"]);
        Assert.Equal(layout.Edges.Count, HtmlScan.Tags(s_html).With("data-edge-kind").Count);
        Assert.Contains("data-from=\"KH\" data-to=\"TR\" data-weight=\"3\"", s_html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(48)]
    [InlineData(200)]
    public void Network_layout_is_deterministic_and_no_labels_or_nodes_overlap(int partners)
    {
        var snapshot = ManyPartners(partners);
        var first = NetworkLayout.Build(snapshot);
        var second = NetworkLayout.Build(ManyPartners(partners));
        Assert.Equal(first.Nodes.Select(n => (n.Id, n.X, n.Y, n.Size)), second.Nodes.Select(n => (n.Id, n.X, n.Y, n.Size)));
        if (partners == 0)
        {
            Assert.Empty(first.Nodes);
            return;
        }
        Assert.Equal(partners + 1, first.Nodes.Count);
        var home = first.Nodes[0];
        Assert.True(home.IsHome);
        Assert.Equal((0.0, 0.0), (home.X, home.Y));
        var ring = first.Nodes.Skip(1).ToList();
        foreach (var a in ring)
        {
            Assert.InRange(Math.Sqrt(a.X * a.X + a.Y * a.Y), first.Radius - 0.01, first.Radius + 0.01);
            Assert.InRange(a.Size, 5, NetworkLayout.MaximumSize);
            // The label fits in the figure and starts outside every node.
            Assert.True(first.Extent >= first.Radius + NetworkLayout.MaximumSize + NetworkLayout.LabelGap + NetworkLayout.LabelText(a).Length * NetworkLayout.LabelCharWidth);
        }
        // Labels run outwards along the radius from the same distance: two neighbours' labels are apart by at least the
        // arc between them at that distance, which is more than a label is high; nodes are apart by more than their sizes.
        for (int i = 0; i < ring.Count && ring.Count > 1; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            double gap = Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
            Assert.True(gap > a.Size + b.Size, a.Id + " overlaps " + b.Id);
            double angle = Math.Abs(b.Angle - a.Angle);
            angle = Math.Min(angle, 2 * Math.PI - angle);
            Assert.True(2 * (first.Radius + NetworkLayout.MaximumSize + NetworkLayout.LabelGap) * Math.Sin(angle / 2) >= NetworkLayout.LabelHeight,
                a.Id + " and " + b.Id + " labels overlap");
        }
        // The home label, under the centre, stays inside the ring of nodes.
        if (ring.Count > 0)
        {
            Assert.True(NetworkLayout.LabelText(home).Length * NetworkLayout.LabelCharWidth / 2 < first.Radius - NetworkLayout.MaximumSize);
            Assert.True(home.Size + 16 + NetworkLayout.LabelHeight < first.Radius - NetworkLayout.MaximumSize);
        }
        Assert.True(NetworkLayout.NodeSize(4, 10) > NetworkLayout.NodeSize(1, 10));
    }

    /// <summary>A snapshot of one engagement with each of <paramref name="partners"/> countries of long names, plus one with two partners.</summary>
    private static CorpusSnapshot ManyPartners(int partners)
    {
        var home = new Country("KH", "KHM", "Cambodia", "Kingdom of Cambodia", []);
        var doc = new Document("d", "d.txt", null, null, null, null, 1);
        var countries = Enumerable.Range(0, partners).Select(i => new Country("C" + i.ToString("D3", CultureInfo.InvariantCulture), "X", "Republic of Somewhere Number " + i, "R", [])).ToList();
        var engagements = countries.Select((c, i) => new Engagement("e" + i, doc, EngagementKind.Meeting, EngagementStatus.Held, new PartialDate(2020 + i % 5, 1 + i % 12, 1),
            null, [home, c], [], [], [], null, [])).ToList();
        if (partners >= 2) engagements.Add(new Engagement("multi", doc, EngagementKind.Conference, EngagementStatus.Held, null, null, [home, countries[0], countries[1]], [], [], [], null, []));
        return new CorpusSnapshot([doc], [], engagements);
    }

    [Fact]
    public void Engagement_table_gives_evidence_with_article_and_line()
    {
        int row = s_html.IndexOf("data-row-engagement-id=\"doc-b-1\"", StringComparison.Ordinal);
        string text = s_html[row..s_html.IndexOf("</tr>", row, StringComparison.Ordinal)];
        Assert.Contains("26 February (year not stated)", text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>He said, &quot;we agree&quot;\nand left.<footer><a href=\"#doc-2\">doc-b, line 5</a></footer></blockquote>", text, StringComparison.Ordinal);
        Assert.Contains("<blockquote>More.<footer><a href=\"#doc-2\">doc-b, line 6</a></footer></blockquote>", text, StringComparison.Ordinal);
        Assert.Contains("agreements: MoU on &quot;demining&quot;, 2024", text, StringComparison.Ordinal);
        Assert.Contains("Dushanbe, Tajikistan", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#off-1\">Vong Pisen</a> <span class=\"muted\">(Deputy Commander-in-Chief)</span>", text, StringComparison.Ordinal);
        Assert.Contains("id=\"doc-2\" data-row-document-id=\"doc-b\"", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Official_table_gives_positions_over_time()
    {
        int row = s_html.IndexOf("data-row-official-id=\"vong-pisen\"", StringComparison.Ordinal);
        string text = s_html[row..s_html.IndexOf("</tr>", row, StringComparison.Ordinal)];
        int deputy = text.IndexOf("<span class=\"when\">2019</span> Deputy Commander-in-Chief, Lieutenant General", StringComparison.Ordinal);
        int chief = text.IndexOf("<span class=\"when\">26 April 2023</span> Commander-in-Chief, Royal Cambodian Armed Forces, General", StringComparison.Ordinal);
        Assert.True(deputy >= 0 && chief > deputy, text);
        Assert.Contains("also: Pisen", text, StringComparison.Ordinal);
        Assert.Contains("Cambodia (KH)", text, StringComparison.Ordinal);
        Assert.Equal(4, HtmlScan.Tags(s_html).With("data-row-official-id").Count);
        Assert.Contains("no position recorded", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Graphics_have_text_alternatives()
    {
        var svgs = HtmlScan.Tags(s_html).Where(t => t.Name == "svg" && t["class"] is "timeline" or "network").ToList();
        Assert.Equal(3, svgs.Count); // Türkiye, no partner, network
        foreach (var svg in svgs)
        {
            Assert.Equal("img", svg["role"]);
            Assert.NotNull(svg["viewbox"]);
            if (svg["class"] == "timeline") Assert.StartsWith("0 0 1000 ", svg["viewbox"], StringComparison.Ordinal);
            string[] ids = svg["aria-labelledby"]!.Split(' ');
            Assert.Equal(2, ids.Length);
            Assert.Contains("<title id=\"" + ids[0] + "\">", s_html, StringComparison.Ordinal);
            Assert.Contains("<desc id=\"" + ids[1] + "\">", s_html, StringComparison.Ordinal);
        }
        Assert.Contains("<title id=\"tl-title-1\">Timeline of engagements with Türkiye</title>", s_html, StringComparison.Ordinal);
        Assert.Contains("26 April 2023, meeting, held", s_html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_control_has_a_label_and_every_button_a_name()
    {
        var tags = HtmlScan.Tags(s_html);
        var labelled = tags.Where(t => t.Name == "label").Select(t => t["for"]).ToHashSet();
        var controls = tags.Where(t => t.Name is "input" or "select").ToList();
        Assert.Equal(7, controls.Count);
        Assert.All(controls, c => Assert.Contains(c["id"], labelled));
        foreach (var button in tags.Where(t => t.Name == "button"))
        {
            int end = s_html.IndexOf("</button>", button.Position, StringComparison.Ordinal);
            string text = s_html[(s_html.IndexOf('>', button.Position) + 1)..end];
            Assert.False(string.IsNullOrWhiteSpace(text), "a button without text");
            Assert.NotNull(button["type"]);
        }
        Assert.Equal("search", tags.Single(t => t["id"] == "filters")["role"]);
        Assert.Equal("polite", tags.Single(t => t["id"] == "f-result")["aria-live"]);
    }

    [Fact]
    public void Overview_steps_follow_the_span_of_the_dates()
    {
        static HtmlReport.TimeBins Bins(params PartialDate[] dates)
        {
            var doc = new Document("d", "d.txt", null, null, null, null, 1);
            return HtmlReport.TimeBins.For(dates.Select((d, i) => new Engagement("e" + i, doc, EngagementKind.Meeting, EngagementStatus.Held, d, null, [], [], [], [], null, [])));
        }
        var months = Bins(new PartialDate(2023, 4, 26), new PartialDate(2024, 2));
        Assert.Equal(("month", 11), (months.Step, months.Labels.Count));
        Assert.Equal(["Apr 2023", "May 2023"], months.Labels.Take(2));
        var quarters = Bins(new PartialDate(2019), new PartialDate(2023, 4, 26));
        Assert.Equal(("quarter", 18), (quarters.Step, quarters.Labels.Count));
        Assert.Equal("2019 Q1", quarters.Labels[0]);
        Assert.Equal(("year", 12), (Bins(new PartialDate(2014, 12, 25), new PartialDate(2025, 1)).Step, Bins(new PartialDate(2014, 12, 25), new PartialDate(2025, 1)).Labels.Count));
        Assert.Equal("decade", Bins(new PartialDate(1900), new PartialDate(2020)).Step);
        Assert.Empty(Bins().Labels);
        Assert.Equal(0, HtmlReport.HeatClass(0, 10));
        Assert.Equal(1, HtmlReport.HeatClass(1, 10));
        Assert.Equal(5, HtmlReport.HeatClass(10, 10));
        Assert.Equal(5, HtmlReport.HeatClass(30, 10));
    }

    [Fact]
    public void Large_corpora_keep_the_overview_to_a_fixed_size_and_page_the_tables()
    {
        var large = ExplorerAppTests.Large(2500);
        string html = HtmlReport.Render(large);
        var tags = HtmlScan.Tags(html);
        Assert.Equal(12 + HtmlReport.KindColours.Count, tags.Count(t => t.Name == "tr" && t["data-row"] is not null));
        Assert.Equal(HtmlReport.PageSize, tags.With("data-row-engagement-id").Count);
        Assert.Equal(60, tags.With("data-row-official-id").Count);
        Assert.Equal(HtmlReport.PageSize, tags.With("data-row-document-id").Count);
        Assert.Empty(tags.With("data-engagement-id")); // no per-engagement timelines above the limit
        Assert.Contains("<caption>2500 engagements; the first 100 are shown</caption>", html, StringComparison.Ordinal);
        Assert.Equal(html, HtmlReport.Render(ExplorerAppTests.Large(2500)));
        using var json = System.Text.Json.JsonDocument.Parse(DataText(html));
        Assert.Equal(2500, json.RootElement.GetProperty("engagements").GetArrayLength());
        Assert.Equal("quarter", json.RootElement.GetProperty("step").GetString());
    }

    [Fact]
    public void Empty_snapshot_still_gives_a_page()
    {
        string html = HtmlReport.Render(new CorpusSnapshot([], [], []));
        Assert.Contains("The corpus has no engagements.", html, StringComparison.Ordinal);
        Assert.Contains("The corpus has no countries or officials.", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_corpus_text_never_becomes_markup()
    {
        string page = HtmlReport.Render(HostileCorpus());
        string html = WithoutScript(page);
        var tags = HtmlScan.Tags(html);
        // Every "<" opens a tag the report writes itself; none comes from the corpus.
        Assert.Equal(HtmlScan.TagOpenings(html), tags.Count);
        Assert.All(tags, t => Assert.Contains(t.Name, AllowedTags));
        Assert.All(tags.SelectMany(t => t.Attributes.Keys), a => Assert.Contains(a, AllowedAttributes));
        Assert.Equal(2, tags.Count(t => t.Name == "script"));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);

        Assert.Contains("Name &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;amp; &lt;/title&gt;&lt;/desc&gt;&lt;/svg&gt; &#39;single&#39;", html, StringComparison.Ordinal);
        // Attribute values keep their text and stay inside their quotes.
        Assert.Equal("e" + HostileAttribute, Assert.Single(tags.With("data-engagement-id"))["data-engagement-id"]);
        Assert.Equal("u" + Hostile, Assert.Single(tags.With("data-offaxis-engagement-id"))["data-offaxis-engagement-id"]);
        Assert.Contains(tags.With("data-row-official-id"), t => t["data-row-official-id"] == "id" + HostileAttribute);
        // A javascript: address is shown as text, never linked; an http(s) address is linked with its query escaped.
        Assert.DoesNotContain(tags.With("href"), t => t["href"]!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(tags.With("href"), t => t["href"] == "https://example.org/a?b=1&c=%222%22");
        Assert.Contains("<span class=\"url\">javascript:alert(1)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_corpus_text_in_the_data_cannot_leave_its_script_element()
    {
        string page = HtmlReport.Render(HostileCorpus());
        string data = DataText(page);
        // No "<" at all in the data, so neither "</script" nor "<!--" can end or change the element early.
        Assert.DoesNotContain("<", data, StringComparison.Ordinal);
        Assert.DoesNotContain(">", data, StringComparison.Ordinal);
        Assert.DoesNotContain("&", data, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e", data, StringComparison.Ordinal);
        // The data element ends where the report ends it: the next "</script>" after it is its own.
        int end = page.IndexOf("</script>", page.IndexOf("id=\"" + HtmlReport.DataElementId + "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("</script>\n<script>", page[end..], StringComparison.Ordinal);
        // The text reads back exactly.
        using var json = System.Text.Json.JsonDocument.Parse(data);
        var engagement = json.RootElement.GetProperty("engagements")[0];
        Assert.Equal("e" + HostileAttribute, engagement[0].GetString());
        Assert.Equal("Evidence " + Hostile + HostileAttribute + HostileEntity, engagement[14][0][2].GetString());
        Assert.Equal("Name " + Hostile, json.RootElement.GetProperty("officials")[0][1].GetString());
        Assert.Equal("javascript:alert(1)", json.RootElement.GetProperty("documents")[0][6].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement.GetProperty("documents")[0][7].ValueKind);
        Assert.Equal("https://example.org/a?b=1&c=%222%22", json.RootElement.GetProperty("documents")[1][7].GetString());
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>", "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"")]
    [InlineData("<!-- x", "\"\\u003c!-- x\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\nsep\u2028par\u2029", "\"line\\nsep\\u2028par\\u2029\"")]
    [InlineData("nul\0 & Ülkü", "\"nul\\u0000 \\u0026 Ülkü\"")]
    [InlineData(null, "null")]
    public void Script_json_escapes_what_could_end_the_element(string? text, string expected) => Assert.Equal(expected, ScriptJson.Quote(text));

    [Fact]
    public void Script_json_replaces_lone_surrogates()
    {
        string text = "a" + (char)0xD800 + "b\uD83D\uDE00";
        Assert.Equal("\"a\\ufffdb\uD83D\uDE00\"", ScriptJson.Quote(text));
        Assert.Equal("a\uFFFDb\uD83D\uDE00", System.Text.Json.JsonSerializer.Deserialize<string>(ScriptJson.Quote(text)));
    }

    [Theory]
    [InlineData("plain Ülkü", "plain Ülkü")]
    [InlineData("<a href='x'>&</a>", "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")]
    [InlineData("\"q\"", "&quot;q&quot;")]
    [InlineData("nul\0bell\u0007c1\u0085", "nul\uFFFDbell\uFFFDc1\uFFFD")]
    [InlineData("tab\tline\nret\r", "tab\tline\nret\r")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_leaves_no_markup(string? text, string expected) => Assert.Equal(expected, Html.Escape(text));

    [Fact]
    public void Escape_replaces_lone_surrogates_and_keeps_pairs()
    {
        // Built at run time: attribute arguments cannot hold a lone surrogate.
        string text = "lone " + (char)0xD800 + " high, pair \uD83D\uDE00, lone " + (char)0xDC00 + " low, end " + (char)0xD83D;
        Assert.Equal("lone \uFFFD high, pair \uD83D\uDE00, lone \uFFFD low, end \uFFFD", Html.Escape(text));
    }

    [Theory]
    [InlineData(0.04, "0")]
    [InlineData(-0.04, "0")]
    [InlineData(12.345, "12.3")]
    [InlineData(-7.25, "-7.3")]
    [InlineData(1000, "1000")]
    public void Numbers_are_invariant_and_short(double value, string expected) => Assert.Equal(expected, Html.Number(value));
}
