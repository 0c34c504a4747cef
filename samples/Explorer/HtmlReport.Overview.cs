using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    private sealed partial class Page
    {
        /// <summary>
        /// The overview: totals, engagements per partner country over time (a heat map), the busiest officials and
        /// pairs of countries, and kinds over time. Its size does not grow with the corpus: at most
        /// <see cref="HeatMapPartners"/> partner rows, one column per time step and <see cref="BusiestCount"/> entries per list.
        /// </summary>
        private void WriteOverview()
        {
            var engagements = _snapshot.Engagements;
            _w.Write("<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n");
            WriteTotals();
            if (engagements.Count == 0)
            {
                _w.Write("<p>The corpus has no engagements.</p>\n</section>\n");
                return;
            }

            var bins = _model.Bins;
            string stepText = bins.Step switch { "month" => "month", "quarter" => "quarter", "year" => "year", _ => "decade" };
            _w.Write("<p class=\"ov-note\">Counts per " + stepText + " (the step follows the span of the dates); an engagement known only "
                + "to the month or year counts in its first " + stepText + ". Darker cells hold more engagements.</p>\n");
            _w.Write("<div class=\"ov-grid\">\n<div class=\"ov-main\">\n");

            // Partners over time.
            var partnerRows = new List<(string Key, string Label, List<Engagement> Items)>();
            var byPartner = new Dictionary<int, List<Engagement>>();
            var alone = new List<Engagement>();
            foreach (var e in engagements)
            {
                var partners = _model.PartnersOf(e);
                if (partners.Count == 0) alone.Add(e);
                foreach (int p in partners)
                {
                    if (!byPartner.TryGetValue(p, out var list)) byPartner[p] = list = [];
                    list.Add(e);
                }
            }
            var ranked = byPartner.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key).ToList();
            foreach (var (p, list) in ranked.Take(HeatMapPartners)) partnerRows.Add((_model.Countries[p].Alpha2, _model.Countries[p].Name, list));
            if (ranked.Count > HeatMapPartners)
            {
                var rest = ranked.Skip(HeatMapPartners).Select(kv => kv.Key).ToHashSet();
                var items = engagements.Where(e => _model.PartnersOf(e).Any(rest.Contains)).ToList();
                partnerRows.Add(("other", "Other partners (" + N(rest.Count) + ")", items));
            }
            if (alone.Count > 0) partnerRows.Add(("none", "No partner country", alone));
            WriteHeatTable("heat-partners", "Engagements per partner country and " + stepText, "Partner", partnerRows, kindSwatches: false);

            var kindRows = KindColours.Select(kc => (Formatting.Name(kc.Kind), Formatting.Name(kc.Kind), engagements.Where(e => e.Kind == kc.Kind).ToList())).ToList();
            WriteHeatTable("heat-kinds", "Engagements per kind and " + stepText, "Kind", kindRows, kindSwatches: true);
            _w.Write("</div>\n<div class=\"ov-side\">\n");

            // Busiest officials.
            var officials = Enumerable.Range(0, _snapshot.Officials.Count)
                .Where(i => _model.OfficialEngagements[i] > 0)
                .OrderByDescending(i => _model.OfficialEngagements[i]).ThenBy(i => i)
                .Take(BusiestCount).ToList();
            _w.Write("<h3 id=\"busiest-officials-h\">Busiest officials</h3>\n<ol class=\"bars\" id=\"busiest-officials\" aria-labelledby=\"busiest-officials-h\">");
            int top = officials.Count == 0 ? 1 : _model.OfficialEngagements[officials[0]];
            foreach (int i in officials)
            {
                var o = _snapshot.Officials[i];
                WriteBar(o.Name, o.Country?.Alpha2, _model.OfficialEngagements[i], top);
            }
            if (officials.Count == 0) _w.Write("<li class=\"muted\">No engagement names an official.</li>");
            _w.Write("</ol>\n");

            // Busiest pairs of countries.
            var pairs = new Dictionary<(int, int), int>();
            foreach (var e in engagements)
            {
                var cs = _model.CountriesOf(e);
                cs.Sort();
                for (int a = 0; a < cs.Count; a++)
                {
                    for (int b = a + 1; b < cs.Count; b++) pairs[(cs[a], cs[b])] = pairs.GetValueOrDefault((cs[a], cs[b])) + 1;
                }
            }
            var topPairs = pairs.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2).Take(BusiestCount).ToList();
            _w.Write("<h3 id=\"busiest-pairs-h\">Busiest pairs of countries</h3>\n<ol class=\"bars\" id=\"busiest-pairs\" aria-labelledby=\"busiest-pairs-h\">");
            int topPair = topPairs.Count == 0 ? 1 : topPairs[0].Value;
            foreach (var ((a, b), n) in topPairs) WriteBar(_model.Countries[a].Name + " – " + _model.Countries[b].Name, null, n, topPair);
            if (topPairs.Count == 0) _w.Write("<li class=\"muted\">No engagement has two countries.</li>");
            _w.Write("</ol>\n</div>\n</div>\n</section>\n");
        }

        private void WriteTotals()
        {
            var engagements = _snapshot.Engagements;
            var dated = engagements.Where(IsDated).Select(e => e.Date!.Value).ToList();
            string span = dated.Count == 0 ? "no known year"
                : Formatting.Display(dated.Min()) + " – " + Formatting.Display(dated.Max());
            int partners = _model.Countries.Count(c => !_snapshot.IsHome(c) && _model.CountryEngagements[_model.CountryIndex[c.Alpha2]] > 0);
            int planned = engagements.Count(e => e.Status == EngagementStatus.Planned);
            int officials = _model.OfficialEngagements.Count(n => n > 0);
            _w.Write("<dl class=\"totals\" id=\"totals\">");
            _w.Write("<div><dt>Engagements</dt><dd data-total=\"engagements\">" + N(engagements.Count) + "</dd></div>");
            _w.Write("<div><dt>Planned</dt><dd data-total=\"planned\">" + N(planned) + "</dd></div>");
            _w.Write("<div><dt>Partner countries</dt><dd data-total=\"partners\">" + N(partners) + "</dd></div>");
            _w.Write("<div><dt>Officials taking part</dt><dd data-total=\"officials\">" + N(officials) + "</dd></div>");
            _w.Write("<div><dt>Articles</dt><dd data-total=\"articles\">" + N(_snapshot.Documents.Count) + "</dd></div>");
            _w.Write("<div><dt>Dates</dt><dd data-total=\"span\">" + E(span) + "</dd></div>");
            _w.Write("</dl>\n");
        }

        private void WriteBar(string label, string? code, int count, int max)
        {
            double width = max <= 0 ? 0 : 100.0 * count / max;
            _w.Write("<li><span class=\"bar-name\">" + E(label) + (code is null ? "" : " <span class=\"muted\">" + E(code) + "</span>") + "</span>"
                + "<span class=\"bar\"><span style=\"width:" + N(width) + "%\"></span></span><span class=\"bar-n\">" + N(count) + "</span></li>");
        }

        private void WriteHeatTable(string id, string caption, string rowHeading, List<(string Key, string Label, List<Engagement> Items)> rows, bool kindSwatches)
        {
            var bins = _model.Bins;
            int columns = bins.Labels.Count;
            var counts = rows.Select(r =>
            {
                var c = new int[columns + 1];
                foreach (var e in r.Items)
                {
                    int b = bins.Of(e);
                    c[b < 0 ? columns : b]++;
                }
                return c;
            }).ToList();
            // The row of the other partners adds up many countries: it takes the darkest class rather than set the scale.
            int max = counts.Where((_, r) => rows[r].Key != "other").Select(c => c.Take(columns).DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
            bool anyUndated = counts.Any(c => c[columns] > 0);

            _w.Write("<div class=\"heat-wrap\"><table class=\"heat\" id=\"" + id + "\" data-step=\"" + bins.Step + "\">\n<caption>" + E(caption) + "</caption>\n<thead><tr><th scope=\"col\">" + rowHeading + "</th>");
            // Label every column when there is room, otherwise every few.
            int every = columns <= 16 ? 1 : columns <= 40 ? 2 : (columns + 19) / 20;
            for (int b = 0; b < columns; b++)
            {
                _w.Write("<th scope=\"col\" class=\"bin\" title=\"" + E(bins.Labels[b]) + "\">" + (b % every == 0 ? "<span>" + E(bins.Labels[b]) + "</span>" : "") + "</th>");
            }
            _w.Write("<th scope=\"col\" class=\"bin\"" + (anyUndated ? "" : " hidden") + "><span>no year</span></th><th scope=\"col\">Total</th></tr></thead>\n<tbody>\n");
            for (int r = 0; r < rows.Count; r++)
            {
                var (key, label, items) = rows[r];
                _w.Write("<tr data-row=\"" + E(key) + "\"><th scope=\"row\">");
                if (kindSwatches)
                {
                    var kind = KindColours.First(k => Formatting.Name(k.Kind) == key).Kind;
                    _w.Write("<svg class=\"swatch\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\">" + Swatch(kind, EngagementStatus.Held, "day", 6, 6, 4.5) + "</svg>");
                }
                _w.Write(E(label) + "</th>");
                for (int b = 0; b < columns; b++) WriteHeatCell(label, bins.Labels[b], counts[r][b], max);
                int undated = counts[r][columns];
                _w.Write("<td class=\"h0 undated\"" + (anyUndated ? "" : " hidden") + ">" + (undated > 0 ? N(undated) : "") + "</td>");
                _w.Write("<td class=\"total\">" + N(items.Count) + "</td></tr>\n");
            }
            _w.Write("</tbody>\n</table></div>\n");
        }

        private void WriteHeatCell(string row, string column, int count, int max)
        {
            if (count == 0)
            {
                _w.Write("<td class=\"h0\"></td>");
                return;
            }
            _w.Write("<td class=\"h" + N(HeatClass(count, max)) + "\" title=\"" + E(row + ", " + column + ": " + Count(count, "engagement")) + "\">" + N(count) + "</td>");
        }
    }
}
