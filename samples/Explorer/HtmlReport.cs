using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>
/// Writes the corpus as one self-contained HTML page: overview first (totals, engagements per partner country and
/// per kind over time, the busiest officials and pairs of countries), then filters, a network of countries (and of
/// one country's officials on request), and paged tables of the engagements (evidence on opening a row), the
/// officials and the articles. Small corpora also get a timeline per partner country with every engagement.
/// </summary>
/// <remarks>
/// <para>The page needs nothing beyond itself: the style sheet is inline, the graphics are inline SVG, the data is
/// JSON in a <c>script type="application/json"</c> element, and one inline script (allowed by its SHA-256 hash in
/// the Content-Security-Policy, which forbids everything else) filters and pages. Without script the overview, the
/// network of countries and the first page of every table still show. Every string from the corpus is escaped with
/// <see cref="Html.Escape"/> in markup and with <see cref="ScriptJson.Quote"/> in the data; the script puts data
/// into the page as text only.</para>
/// <para>Elements carry data attributes that name what they stand for: every mark on a time axis has
/// <c>data-engagement-id</c> (and <c>data-kind</c>, <c>data-status</c>, <c>data-precision</c>, <c>data-date</c>);
/// every engagement listed apart because its year is unknown has <c>data-offaxis-engagement-id</c>; every timeline
/// section has <c>data-partner</c>; every network node has <c>data-node-kind</c> (<c>country</c>, or
/// <c>official</c> in the ego network the script draws) and <c>data-node-id</c>; table rows have
/// <c>data-row-engagement-id</c>, <c>data-row-official-id</c> and <c>data-row-document-id</c>.</para>
/// <para>The output depends only on the snapshot: the same snapshot gives the same bytes.</para>
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>The kinds in legend order with their colours (colour-blind-safe, after Okabe and Ito).</summary>
    public static IReadOnlyList<(EngagementKind Kind, string Colour)> KindColours { get; } =
    [
        (EngagementKind.Meeting, "#0072B2"),
        (EngagementKind.Visit, "#E69F00"),
        (EngagementKind.Agreement, "#009E73"),
        (EngagementKind.Training, "#CC79A7"),
        (EngagementKind.Exercise, "#D55E00"),
        (EngagementKind.Ceremony, "#56B4E9"),
        (EngagementKind.Aid, "#A08A00"),
        (EngagementKind.Conference, "#6A3D9A"),
        (EngagementKind.Other, "#6E6E6E"),
    ];

    /// <summary>Writes the page for <paramref name="snapshot"/> to <paramref name="output"/>.</summary>
    public static void Write(CorpusSnapshot snapshot, TextWriter output) => Write(snapshot, output, null);

    /// <summary>
    /// Writes the page for <paramref name="snapshot"/> to <paramref name="output"/>, telling <paramref name="progress"/>
    /// (when given) what it is writing; the page is the same with or without it.
    /// </summary>
    public static void Write(CorpusSnapshot snapshot, TextWriter output, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        new Page(snapshot, output, progress ?? (_ => { })).Write();
    }

    /// <summary>Returns the page for <paramref name="snapshot"/> as a string.</summary>
    public static string Render(CorpusSnapshot snapshot)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(snapshot, writer);
        return writer.ToString();
    }

    /// <summary>The colour of a kind.</summary>
    public static string Colour(EngagementKind kind)
    {
        foreach (var (k, colour) in KindColours)
        {
            if (k == kind) return colour;
        }
        return KindColours[^1].Colour;
    }

    /// <summary>Whether an engagement goes on a time axis: its year is known.</summary>
    public static bool IsDated(Engagement engagement) => engagement.Date?.Year is not null;

    private static string E(string? text) => Html.Escape(text);

    private static string N(double value) => Html.Number(value);

    private static string N(int value) => Html.Number(value);

    private static string Count(int n, string one, string? many = null)
        => N(n) + " " + (n == 1 ? one : many ?? one + "s");

    private static string CountryText(Country country) => country.Name + " (" + country.Alpha2 + ")";

    /// <summary>The writer of one page: holds the snapshot, the output and the numbering shared with the data.</summary>
    private sealed partial class Page
    {
        private readonly CorpusSnapshot _snapshot;
        private readonly TextWriter _w;
        private readonly Action<string> _progress;
        private readonly ReportModel _model;
        private readonly Dictionary<Engagement, int> _engagementIndex = new(ReferenceEqualityComparer.Instance);
        private int _svgCount;

        public Page(CorpusSnapshot snapshot, TextWriter output, Action<string> progress)
        {
            _snapshot = snapshot;
            _w = output;
            _progress = progress;
            _model = new ReportModel(snapshot);
            for (int i = 0; i < snapshot.Engagements.Count; i++) _engagementIndex.TryAdd(snapshot.Engagements[i], i + 1);
        }

        private Country? Home => _model.Countries.FirstOrDefault(_snapshot.IsHome);

        private string NextId(string prefix) => prefix + "-" + N(++_svgCount);

        private bool Sparse => _snapshot.Engagements.Count <= TimelineLimit;

        public void Write()
        {
            string homeName = Home?.Name ?? _snapshot.HomeCountry;
            string heading = "Defence engagements of " + homeName;

            _w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            _w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            _w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityPolicy + "\">\n");
            _w.Write("<meta name=\"generator\" content=\"Corpus Explorer\">\n");
            _w.Write("<link rel=\"icon\" href=\"data:,\">\n");
            _w.Write("<title>" + E(heading) + " · Corpus report</title>\n");
            _w.Write("<style>\n" + StyleSheet + "</style>\n</head>\n<body>\n");
            _w.Write("<a class=\"skip\" href=\"#engagements\">Skip to the table of engagements</a>\n");
            _w.Write("<header>\n<h1>" + E(heading) + "</h1>\n");
            WriteSummary();
            _w.Write("<nav aria-label=\"Sections\"><ul>"
                + "<li><a href=\"#overview\">Overview</a></li>"
                + (Sparse && _snapshot.Engagements.Count > 0 ? "<li><a href=\"#timelines\">Timelines</a></li>" : "")
                + "<li><a href=\"#network\">Who met whom</a></li>"
                + "<li><a href=\"#engagements\">Engagements</a></li>"
                + "<li><a href=\"#officials\">Officials</a></li>"
                + "<li><a href=\"#articles\">Articles</a></li></ul></nav>\n");
            WriteFilters();
            _w.Write("</header>\n<main>\n");
            _progress("overview");
            WriteOverview();
            if (Sparse && _snapshot.Engagements.Count > 0) WriteTimelines(Formatting.PartnerGroups(_snapshot));
            _progress("network");
            WriteNetwork();
            _progress("tables");
            WriteEngagementTable();
            WriteOfficialTable();
            WriteDocumentTable();
            _w.Write("</main>\n<footer><p>Compiled by Corpus from " + Count(_snapshot.Documents.Count, "article")
                + ". Every engagement and position links back to the sentence it was read from.</p></footer>\n");
            _progress("data");
            WriteData();
            _w.Write("<script>" + Script + "</script>\n</body>\n</html>\n");
            _w.Flush();
        }

        private void WriteSummary()
        {
            int partners = _model.Countries.Count(c => !_snapshot.IsHome(c) && _model.CountryEngagements[_model.CountryIndex[c.Alpha2]] > 0);
            int dated = _snapshot.Engagements.Count(IsDated);
            int yearless = _snapshot.Engagements.Count(e => e.Date is not null && !IsDated(e));
            int undated = _snapshot.Engagements.Count(e => e.Date is null);
            _w.Write("<p class=\"summary\">" + Count(_snapshot.Engagements.Count, "engagement") + " with "
                + Count(partners, "partner country", "partner countries") + ", " + Count(_snapshot.Officials.Count, "official")
                + ", read from " + Count(_snapshot.Documents.Count, "article") + ". "
                + N(dated) + (dated == 1 ? " has" : " have") + " a known year; " + N(yearless) + " without a year and " + N(undated)
                + " without a date are counted apart.</p>\n");
        }

        private void WriteFilters()
        {
            _w.Write("<form id=\"filters\" class=\"filters\" role=\"search\" aria-label=\"Filter the engagements\" hidden>\n");
            _w.Write("<div class=\"f\"><label for=\"f-partner\">Country</label><select id=\"f-partner\" name=\"partner\"><option value=\"\">All countries</option>");
            foreach (var c in _model.Countries.Where(c => _model.CountryEngagements[_model.CountryIndex[c.Alpha2]] > 0))
            {
                _w.Write("<option value=\"" + E(c.Alpha2) + "\">" + E(c.Name + (_snapshot.IsHome(c) ? " (home)" : "")) + "</option>");
            }
            _w.Write("</select></div>\n<div class=\"f\"><label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\"><option value=\"\">All kinds</option>");
            foreach (var (kind, _) in KindColours) _w.Write("<option value=\"" + Formatting.Name(kind) + "\">" + Formatting.Name(kind) + "</option>");
            _w.Write("</select></div>\n<div class=\"f\"><label for=\"f-status\">Status</label><select id=\"f-status\" name=\"status\"><option value=\"\">Held or planned</option>"
                + "<option value=\"held\">held</option><option value=\"planned\">planned</option></select></div>\n");
            _w.Write("<div class=\"f\"><label for=\"f-from\">From</label><input type=\"date\" id=\"f-from\" name=\"from\"></div>\n");
            _w.Write("<div class=\"f\"><label for=\"f-to\">To</label><input type=\"date\" id=\"f-to\" name=\"to\"></div>\n");
            _w.Write("<div class=\"f\"><label for=\"f-official\">Official</label><input id=\"f-official\" name=\"official\" list=\"f-official-list\" autocomplete=\"off\" spellcheck=\"false\"><datalist id=\"f-official-list\"></datalist></div>\n");
            _w.Write("<div class=\"f f-wide\"><label for=\"f-text\">Search</label><input type=\"search\" id=\"f-text\" name=\"text\" placeholder=\"evidence, places, names, topics\" spellcheck=\"false\"></div>\n");
            _w.Write("<div class=\"f f-buttons\"><button type=\"reset\" id=\"f-reset\">Clear filters</button></div>\n");
            _w.Write("<p id=\"f-result\" class=\"f-result\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n");
        }

        private string EngagementAnchor(Engagement e) => "eng-" + N(_engagementIndex.GetValueOrDefault(e));

        /// <summary>The anchor of an official's row when it is on the first page of the table.</summary>
        private string? OfficialAnchor(Official o) => _model.OfficialIndex.TryGetValue(o, out int i) && i < PageSize ? "off-" + N(i + 1) : null;

        /// <summary>The anchor of an article's row when it is on the first page of the table.</summary>
        private string? DocumentAnchor(string documentId) => _model.DocumentIndex.TryGetValue(documentId, out int i) && i < PageSize ? "doc-" + N(i + 1) : null;

        private string DocumentLink(string documentId, int? line)
        {
            string text = E(documentId) + (line is { } l ? ", line " + N(l) : "");
            return DocumentAnchor(documentId) is { } anchor ? "<a href=\"#" + anchor + "\">" + text + "</a>" : text;
        }

        private string OfficialLink(Official official, string documentId)
        {
            string name = E(official.Name);
            string title = Formatting.PositionIn(official, documentId) is { Title.Length: > 0 } p ? " <span class=\"muted\">(" + E(p.Title) + ")</span>" : "";
            return (OfficialAnchor(official) is { } anchor ? "<a href=\"#" + anchor + "\">" + name + "</a>" : name) + title;
        }

        private static string KindBadge(Engagement e)
            => "<span class=\"kind\"><svg class=\"swatch\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\">"
               + Swatch(e.Kind, e.Status, "day", 6, 6, 4.5) + "</svg>" + Formatting.Name(e.Kind) + "</span>"
               + (e.Status == EngagementStatus.Planned ? " <span class=\"planned\">planned</span>" : "");

        private static string DateText(PartialDate? date)
        {
            if (date is not { } d) return "date not stated";
            string text = Formatting.Display(d);
            return d.Year is null ? text + " (year not stated)" : text;
        }

        private void WritePager(string table, int rows, string noun)
        {
            int pages = Math.Max(1, (rows + PageSize - 1) / PageSize);
            _w.Write("<div class=\"pager\" data-pager=\"" + table + "\" hidden><button type=\"button\" data-step=\"-1\">Previous page</button>"
                + "<span class=\"page-status\" aria-live=\"polite\">Page 1 of " + N(pages) + " · " + Count(rows, noun) + "</span>"
                + "<button type=\"button\" data-step=\"1\">Next page</button></div>\n");
        }

        private static string Caption(int count, string one, string many)
            => count <= PageSize ? Count(count, one, many) : Count(count, one, many) + "; the first " + N(PageSize) + " are shown";

        private void WriteEngagementTable()
        {
            _w.Write("<section id=\"engagements\" aria-labelledby=\"engagements-h\">\n<h2 id=\"engagements-h\">Engagements</h2>\n");
            _w.Write("<p>The engagements in article order, " + N(PageSize) + " to a page. Open a row's evidence to read the sentences that report it and where they are.</p>\n");
            if (_snapshot.Engagements.Count == 0)
            {
                _w.Write("<p>The corpus has no engagements.</p>\n</section>\n");
                return;
            }
            WritePager("engagements", _snapshot.Engagements.Count, "engagement");
            _w.Write("<div class=\"table-wrap\"><table class=\"stack engagements\" id=\"engagements-table\">\n<caption>" + Caption(_snapshot.Engagements.Count, "engagement", "engagements")
                + "</caption>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">What</th><th scope=\"col\">Who</th>"
                + "<th scope=\"col\">Where</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n");
            foreach (var e in _snapshot.Engagements.Take(PageSize))
            {
                _w.Write("<tr id=\"" + EngagementAnchor(e) + "\" data-row-engagement-id=\"" + E(e.Id) + "\">");
                _w.Write("<td data-label=\"Date\">" + E(DateText(e.Date)) + "<div class=\"muted id\">" + E(e.Id) + "</div></td>");

                _w.Write("<td data-label=\"What\">" + KindBadge(e));
                if (e.Topics.Count > 0) _w.Write("<div>topics: " + E(string.Join(", ", e.Topics.Select(t => t.Id))) + "</div>");
                if (e.Agreements.Count > 0) _w.Write("<div>agreements: " + E(string.Join("; ", e.Agreements)) + "</div>");
                _w.Write("</td>");

                _w.Write("<td data-label=\"Who\"><div>" + E(string.Join(", ", e.Countries.Select(c => c.Name))) + "</div>");
                if (e.Participants.Count > 0)
                {
                    _w.Write("<ul class=\"plain\">");
                    foreach (var p in e.Participants) _w.Write("<li>" + OfficialLink(p, e.Document.Id) + "</li>");
                    _w.Write("</ul>");
                }
                _w.Write("</td>");

                string place = e.Location?.ToString() is { Length: > 0 } where ? where : "place not stated";
                _w.Write("<td data-label=\"Where\">" + E(place) + "</td>");

                _w.Write("<td data-label=\"Evidence\">");
                if (e.Evidence.Count == 0)
                {
                    _w.Write("<span class=\"muted\">no sentence recorded; article " + DocumentLink(e.Document.Id, null) + "</span>");
                }
                else
                {
                    _w.Write("<details><summary>" + E(Count(e.Evidence.Count, "sentence") + " · " + e.Evidence[0].DocumentId + ", line " + N(e.Evidence[0].Line)) + "</summary>");
                    foreach (var evidence in e.Evidence)
                    {
                        _w.Write("<blockquote>" + E(evidence.Text) + "<footer>" + DocumentLink(evidence.DocumentId, evidence.Line) + "</footer></blockquote>");
                    }
                    _w.Write("</details>");
                }
                _w.Write("</td></tr>\n");
            }
            _w.Write("</tbody>\n</table></div>\n</section>\n");
        }

        private void WriteOfficialTable()
        {
            _w.Write("<section id=\"officials\" aria-labelledby=\"officials-h\">\n<h2 id=\"officials-h\">Officials</h2>\n");
            _w.Write("<p>The officials with the positions they were seen to hold, in date order (positions without a known year last).</p>\n");
            if (_snapshot.Officials.Count == 0)
            {
                _w.Write("<p>The corpus has no officials.</p>\n</section>\n");
                return;
            }
            WritePager("officials", _snapshot.Officials.Count, "official");
            _w.Write("<div class=\"table-wrap\"><table class=\"stack\" id=\"officials-table\">\n<caption>" + Caption(_snapshot.Officials.Count, "official", "officials")
                + "</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Country</th><th scope=\"col\">Engagements</th>"
                + "<th scope=\"col\">Positions over time</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < Math.Min(PageSize, _snapshot.Officials.Count); i++)
            {
                var official = _snapshot.Officials[i];
                _w.Write("<tr id=\"off-" + N(i + 1) + "\" data-row-official-id=\"" + E(official.Id) + "\">");
                _w.Write("<th scope=\"row\" data-label=\"Name\">" + E(official.Name) + "<div class=\"muted id\">" + E(official.Id) + "</div>");
                if (official.Aliases.Count > 0) _w.Write("<div class=\"muted\">also: " + E(string.Join("; ", official.Aliases)) + "</div>");
                _w.Write("</th>");
                _w.Write("<td data-label=\"Country\">" + (official.Country is { } c ? E(CountryText(c)) : "<span class=\"muted\">not known</span>") + "</td>");
                _w.Write("<td data-label=\"Engagements\">" + N(_model.OfficialEngagements[i]) + "</td>");
                _w.Write("<td data-label=\"Positions over time\">");
                if (official.Positions.Count == 0) _w.Write("<span class=\"muted\">no position recorded</span>");
                else
                {
                    _w.Write("<details><summary>" + E(Count(official.Positions.Count, "position")) + "</summary><ol class=\"plain\">");
                    foreach (var p in Formatting.Chronological(official.Positions, p => p.Date))
                    {
                        var parts = new[] { p.Title, p.Organization, p.Rank }.Where(s => !string.IsNullOrEmpty(s));
                        _w.Write("<li><span class=\"when\">" + E(p.Date is { } d ? Formatting.Display(d) : "date not stated") + "</span> "
                            + E(string.Join(", ", parts)) + " <span class=\"muted\">(" + DocumentLink(p.Evidence.DocumentId, p.Evidence.Line) + ")</span></li>");
                    }
                    _w.Write("</ol></details>");
                }
                _w.Write("</td></tr>\n");
            }
            _w.Write("</tbody>\n</table></div>\n</section>\n");
        }

        private void WriteDocumentTable()
        {
            _w.Write("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n");
            if (_snapshot.Documents.Count == 0)
            {
                _w.Write("<p>The corpus has no articles.</p>\n</section>\n");
                return;
            }
            WritePager("articles", _snapshot.Documents.Count, "article");
            _w.Write("<div class=\"table-wrap\"><table class=\"stack\" id=\"articles-table\">\n<caption>" + Caption(_snapshot.Documents.Count, "article", "articles")
                + "</caption>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Title</th><th scope=\"col\">Published</th>"
                + "<th scope=\"col\">Engagements</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < Math.Min(PageSize, _snapshot.Documents.Count); i++)
            {
                var d = _snapshot.Documents[i];
                _w.Write("<tr id=\"doc-" + N(i + 1) + "\" data-row-document-id=\"" + E(d.Id) + "\">");
                _w.Write("<th scope=\"row\" data-label=\"Article\">" + E(d.Id) + "<div class=\"muted\">" + E(d.Path) + ", " + Count(d.LineCount, "line") + "</div></th>");
                _w.Write("<td data-label=\"Title\">" + (d.Title is null ? "<span class=\"muted\">no title</span>" : E(d.Title)) + "</td>");
                _w.Write("<td data-label=\"Published\">" + E(d.Published is { } p ? Formatting.Display(p) : "not known")
                    + (d.Outlet is null ? "" : "<div class=\"muted\">" + E(d.Outlet) + "</div>") + "</td>");
                _w.Write("<td data-label=\"Engagements\">" + N(_model.DocumentEngagements[i]) + "</td>");
                _w.Write("<td data-label=\"Source\">" + SourceLink(d.Url) + "</td></tr>\n");
            }
            _w.Write("</tbody>\n</table></div>\n</section>\n");
        }

        /// <summary>A link to the original article when its address is http or https; other addresses are shown as text only.</summary>
        private static string SourceLink(string? url)
        {
            if (string.IsNullOrWhiteSpace(url)) return "<span class=\"muted\">not known</span>";
            return WebAddress(url) is { } href
                ? "<a class=\"url\" href=\"" + E(href) + "\" rel=\"noopener noreferrer\">" + E(url) + "</a>"
                : "<span class=\"url\">" + E(url) + "</span>";
        }
    }
}
