using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    /// <summary>The width of a timeline's viewBox.</summary>
    private const double TimelineWidth = 1000;

    private const double AxisLeft = 16;
    private const double AxisRight = TimelineWidth - 16;
    private const double RowHeight = 28;
    private const double TopPad = 8;
    private const double AxisHeight = 34;
    private const double LabelCharWidth = 7.4;
    private const double MarkGap = 10;

    /// <summary>
    /// The time axis shared by every timeline of the page: whole years, from January 1 of the earliest known year
    /// to December 31 of the latest, so that timelines of different countries line up.
    /// </summary>
    private sealed record TimeAxis(int FirstYear, int LastYear, int StartDay, int EndDay)
    {
        public static TimeAxis? For(IEnumerable<Engagement> engagements)
        {
            var years = engagements.Where(IsDated).Select(e => e.Date!.Value.Year!.Value).ToList();
            if (years.Count == 0) return null;
            int first = years.Min(), last = years.Max();
            return new TimeAxis(first, last, new DateOnly(first, 1, 1).DayNumber, new DateOnly(last, 12, 31).DayNumber + 1);
        }

        /// <summary>The horizontal position of the start of a day (by day number).</summary>
        public double X(double dayNumber) => AxisLeft + (dayNumber - StartDay) / (EndDay - StartDay) * (AxisRight - AxisLeft);

        public double YearWidth => (AxisRight - AxisLeft) / (LastYear - FirstYear + 1);
    }

    /// <summary>One engagement placed on a time axis.</summary>
    private sealed class Mark
    {
        public required Engagement Engagement { get; init; }
        public required string Precision { get; init; }
        public required double X0 { get; init; }
        public required double X1 { get; init; }
        public required string Label { get; init; }
        public double LabelX { get; set; }
        public string LabelAnchor { get; set; } = "start";
        public double From { get; set; }
        public double To { get; set; }
        public int Row { get; set; }
    }

    /// <summary>The SVG shape of a mark, or of a legend swatch, centred at (cx, cy).</summary>
    private static string Swatch(EngagementKind kind, EngagementStatus status, string precision, double cx, double cy, double size, double? x0 = null, double? x1 = null)
    {
        string colour = Colour(kind);
        bool planned = status == EngagementStatus.Planned;
        string paint = planned
            ? "fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\" stroke-dasharray=\"3 2\""
            : precision == "day"
                ? "fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\""
                : "fill=\"" + colour + "\" fill-opacity=\"0.3\" stroke=\"" + colour + "\" stroke-width=\"1.5\"";
        if (precision == "day") return "<circle cx=\"" + N(cx) + "\" cy=\"" + N(cy) + "\" r=\"" + N(size) + "\" " + paint + "/>";
        double left = x0 ?? cx - size * 1.6, right = x1 ?? cx + size * 1.6;
        return "<rect x=\"" + N(left) + "\" y=\"" + N(cy - size) + "\" width=\"" + N(right - left) + "\" height=\"" + N(2 * size)
            + "\" rx=\"2\" " + paint + "/>";
    }

    private sealed partial class Page
    {
        private void WriteTimelines(List<(Country? Partner, List<Engagement> Engagements)> groups)
        {
            var axis = TimeAxis.For(_snapshot.Engagements);
            _w.Write("<section id=\"timelines\" aria-labelledby=\"timelines-h\">\n<h2 id=\"timelines-h\">Timelines by partner country</h2>\n");
            _w.Write("<p>One timeline per partner country; an engagement with two partners appears on both. Each mark is as precise as "
                + "the article's date: a dot for a day, a bar a month long for a month, a bar a year long for a year. "
                + (axis is null ? "No engagement has a known year, so every timeline is a list."
                    : "All timelines share one axis, " + N(axis.FirstYear) + (axis.LastYear == axis.FirstYear ? "" : " to " + N(axis.LastYear)) + ".")
                + " Dates without a year and unknown dates are listed under the timeline, not on it.</p>\n");
            WriteTimelineLegend();
            if (groups.Count == 0) _w.Write("<p>The corpus has no engagements.</p>\n");
            foreach (var (partner, engagements) in groups) WriteTimeline(partner, engagements, axis);
            _w.Write("</section>\n");
        }

        private void WriteTimelineLegend()
        {
            _w.Write("<div class=\"legend\" aria-label=\"Legend of the timelines\">\n<ul class=\"legend-kinds\">");
            foreach (var (kind, _) in KindColours)
            {
                _w.Write("<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
                    + Swatch(kind, EngagementStatus.Held, "day", 7, 7, 5.5) + "</svg>" + Formatting.Name(kind) + "</li>");
            }
            _w.Write("</ul>\n<ul class=\"legend-forms\">");
            _w.Write("<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
                + Swatch(EngagementKind.Other, EngagementStatus.Held, "day", 7, 7, 5.5) + "</svg>held, exact day</li>");
            _w.Write("<li><svg class=\"swatch wide\" viewBox=\"0 0 30 14\" width=\"30\" height=\"14\" aria-hidden=\"true\">"
                + Swatch(EngagementKind.Other, EngagementStatus.Held, "month", 15, 7, 5, 2, 28) + "</svg>held, month or year only (bar spans it)</li>");
            _w.Write("<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\">"
                + Swatch(EngagementKind.Other, EngagementStatus.Planned, "day", 7, 7, 5) + "</svg>planned (hollow, dashed)</li>");
            _w.Write("<li><svg class=\"swatch wide\" viewBox=\"0 0 30 14\" width=\"30\" height=\"14\" aria-hidden=\"true\">"
                + Swatch(EngagementKind.Other, EngagementStatus.Planned, "month", 15, 7, 5, 2, 28) + "</svg>planned, month or year only</li>");
            _w.Write("</ul>\n</div>\n");
        }

        private void WriteTimeline(Country? partner, List<Engagement> engagements, TimeAxis? axis)
        {
            string code = partner?.Alpha2 ?? "none";
            string name = partner is null ? TimelineReport.NoPartnerHeading : CountryText(partner);
            var dated = engagements.Where(IsDated).ToList();
            var yearless = engagements.Where(e => e.Date is not null && !IsDated(e)).ToList();
            var unknown = engagements.Where(e => e.Date is null).ToList();

            _w.Write("<section class=\"partner\" data-partner=\"" + E(code) + "\">\n<h3>" + E(name) + "</h3>\n");
            _w.Write("<p class=\"counts\">" + Count(engagements.Count, "engagement") + ": " + N(dated.Count) + " on the axis, "
                + N(yearless.Count) + " without a year, " + N(unknown.Count) + " without a date.</p>\n");
            if (axis is not null && dated.Count > 0) WriteAxisSvg(partner, name, dated, axis);
            else if (engagements.Count > 0) _w.Write("<p class=\"muted\">None of these engagements has a known year, so none is on the time axis.</p>\n");

            if (yearless.Count > 0 || unknown.Count > 0)
            {
                _w.Write("<div class=\"offaxis\">\n");
                WriteOffAxisList("Year not stated (not on the axis)", yearless);
                WriteOffAxisList("Date not stated (not on the axis)", unknown);
                _w.Write("</div>\n");
            }
            _w.Write("</section>\n");
        }

        private void WriteOffAxisList(string heading, List<Engagement> engagements)
        {
            if (engagements.Count == 0) return;
            _w.Write("<h4>" + E(heading) + "</h4>\n<ul class=\"offaxis-list\">");
            foreach (var e in engagements)
            {
                string date = e.Date is { } d ? Formatting.Display(d) : "date not stated";
                _w.Write("<li data-offaxis-engagement-id=\"" + E(e.Id) + "\" data-kind=\"" + Formatting.Name(e.Kind) + "\" data-status=\""
                    + Formatting.Name(e.Status) + "\"><span class=\"when\">" + E(date) + "</span> " + KindBadge(e));
                if (e.Participants.Count > 0) _w.Write(" · " + E(string.Join(", ", e.Participants.Select(p => p.Name))));
                _w.Write(" · <a href=\"#" + EngagementAnchor(e) + "\">evidence</a></li>");
            }
            _w.Write("</ul>\n");
        }

        private void WriteAxisSvg(Country? partner, string name, List<Engagement> dated, TimeAxis axis)
        {
            var marks = Place(Formatting.Chronological(dated, e => e.Date), axis);
            int rows = marks.Count == 0 ? 1 : marks.Max(m => m.Row) + 1;
            double plotBottom = TopPad + rows * RowHeight;
            double height = plotBottom + AxisHeight;
            string titleId = NextId("tl-title"), descId = NextId("tl-desc");
            string subject = partner is null ? "engagements without a partner country" : "engagements with " + partner.Name;

            _w.Write("<p class=\"scroll-hint\" aria-hidden=\"true\">Scroll sideways to see the whole axis.</p>\n");
            _w.Write("<div class=\"scroll\"><svg class=\"timeline\" viewBox=\"0 0 " + N(TimelineWidth) + " " + N(height) + "\" role=\"img\" aria-labelledby=\""
                + titleId + " " + descId + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
            _w.Write("<title id=\"" + titleId + "\">Timeline of " + E(subject) + "</title>\n");
            _w.Write("<desc id=\"" + descId + "\">" + E(Describe(dated, axis)) + "</desc>\n");

            // Year bands, grid and axis.
            _w.Write("<g class=\"axis\" aria-hidden=\"true\">");
            double yearWidth = axis.YearWidth;
            int step = new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 }.First(s => s * yearWidth >= 44 || s == 1000);
            for (int year = axis.FirstYear; year <= axis.LastYear; year++)
            {
                double x0 = axis.X(new DateOnly(year, 1, 1).DayNumber);
                double x1 = axis.X(new DateOnly(year, 12, 31).DayNumber + 1);
                if ((year - axis.FirstYear) % 2 == 0)
                {
                    _w.Write("<rect class=\"band\" x=\"" + N(x0) + "\" y=\"0\" width=\"" + N(x1 - x0) + "\" height=\"" + N(plotBottom) + "\"/>");
                }
                _w.Write("<line class=\"grid\" x1=\"" + N(x0) + "\" y1=\"0\" x2=\"" + N(x0) + "\" y2=\"" + N(plotBottom + 5) + "\"/>");
                if (yearWidth / 12 >= 6)
                {
                    for (int month = 2; month <= 12; month++)
                    {
                        double xm = axis.X(new DateOnly(year, month, 1).DayNumber);
                        _w.Write("<line class=\"tick\" x1=\"" + N(xm) + "\" y1=\"" + N(plotBottom) + "\" x2=\"" + N(xm) + "\" y2=\"" + N(plotBottom + 3) + "\"/>");
                    }
                }
                if (yearWidth / 12 >= 34)
                {
                    for (int month = 1; month <= 12; month++)
                    {
                        double xm = axis.X(new DateOnly(year, month, 1).DayNumber + DateTime.DaysInMonth(year, month) / 2.0);
                        _w.Write("<text class=\"month\" x=\"" + N(xm) + "\" y=\"" + N(plotBottom + 14) + "\">"
                            + CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month) + "</text>");
                    }
                }
                if ((year - axis.FirstYear) % step == 0)
                {
                    double labelX = step == 1 ? (x0 + x1) / 2 : x0;
                    double labelY = plotBottom + (yearWidth / 12 >= 34 ? 29 : 18);
                    _w.Write("<text class=\"year\" x=\"" + N(labelX) + "\" y=\"" + N(labelY) + "\">" + N(year) + "</text>");
                }
            }
            double end = axis.X(axis.EndDay);
            _w.Write("<line class=\"grid\" x1=\"" + N(end) + "\" y1=\"0\" x2=\"" + N(end) + "\" y2=\"" + N(plotBottom + 5) + "\"/>");
            _w.Write("<line class=\"baseline\" x1=\"" + N(AxisLeft) + "\" y1=\"" + N(plotBottom) + "\" x2=\"" + N(AxisRight) + "\" y2=\"" + N(plotBottom) + "\"/>");
            _w.Write("</g>\n");

            foreach (var mark in marks)
            {
                var e = mark.Engagement;
                double cy = TopPad + mark.Row * RowHeight + RowHeight / 2;
                _w.Write("<g class=\"mark\" data-engagement-id=\"" + E(e.Id) + "\" data-kind=\"" + Formatting.Name(e.Kind) + "\" data-status=\""
                    + Formatting.Name(e.Status) + "\" data-precision=\"" + mark.Precision + "\" data-date=\"" + E(Formatting.Iso(e.Date)) + "\">");
                _w.Write("<title>" + E(Tooltip(e)) + "</title>");
                _w.Write(mark.Precision == "day"
                    ? Swatch(e.Kind, e.Status, "day", (mark.X0 + mark.X1) / 2, cy, 6.5)
                    : Swatch(e.Kind, e.Status, mark.Precision, 0, cy, 7, mark.X0, mark.X1));
                _w.Write("<text class=\"label\" x=\"" + N(mark.LabelX) + "\" y=\"" + N(cy + 4) + "\""
                    + (mark.LabelAnchor == "start" ? "" : " text-anchor=\"" + mark.LabelAnchor + "\"") + ">" + E(mark.Label) + "</text>");
                _w.Write("</g>\n");
            }
            _w.Write("</svg></div>\n");
        }

        private static string Tooltip(Engagement e)
        {
            var parts = new List<string> { DateText(e.Date), Formatting.Name(e.Kind) + " (" + Formatting.Name(e.Status) + ")" };
            if (e.Participants.Count > 0) parts.Add(string.Join(", ", e.Participants.Select(p => p.Name)));
            if (e.Location?.ToString() is { Length: > 0 } place) parts.Add(place);
            parts.Add(e.Evidence.Count > 0 ? e.Evidence[0].DocumentId + ", line " + N(e.Evidence[0].Line) : e.Document.Id);
            return string.Join(" · ", parts);
        }

        private static string Describe(List<Engagement> dated, TimeAxis axis)
            => "Time axis from " + N(axis.FirstYear) + " to " + N(axis.LastYear) + " with " + Count(dated.Count, "mark") + ": "
               + string.Join("; ", Formatting.Chronological(dated, e => e.Date).Select(e =>
                   Formatting.Display(e.Date) + ", " + Formatting.Name(e.Kind) + ", " + Formatting.Name(e.Status))) + ".";

        /// <summary>Places the marks and their labels, then packs them into rows so that no two overlap.</summary>
        private static List<Mark> Place(List<Engagement> dated, TimeAxis axis)
        {
            var marks = new List<Mark>();
            foreach (var e in dated)
            {
                var date = e.Date!.Value;
                string precision = date.Day is not null ? "day" : date.Month is not null ? "month" : "year";
                double x0 = axis.X(date.Start!.Value.DayNumber), x1 = axis.X(date.End!.Value.DayNumber + 1);
                if (precision == "day")
                {
                    double centre = (x0 + x1) / 2;
                    (x0, x1) = (centre - 6.5, centre + 6.5);
                }
                else if (x1 - x0 < 8)
                {
                    double centre = (x0 + x1) / 2;
                    (x0, x1) = (centre - 4, centre + 4);
                }
                string label = Formatting.Name(e.Kind) + " · " + Formatting.Display(date) + (e.Status == EngagementStatus.Planned ? " (planned)" : "");
                var mark = new Mark { Engagement = e, Precision = precision, X0 = x0, X1 = x1, Label = label };
                double width = label.Length * LabelCharWidth;
                if (precision != "day" && x1 - x0 >= width + 14)
                {
                    (mark.LabelX, mark.From, mark.To) = (x0 + 6, x0, x1);
                }
                else if (x1 + 6 + width <= TimelineWidth - 4 || x0 - 6 - width < 4)
                {
                    (mark.LabelX, mark.From, mark.To) = (x1 + 6, x0, x1 + 6 + width);
                }
                else
                {
                    (mark.LabelX, mark.LabelAnchor, mark.From, mark.To) = (x0 - 6, "end", x0 - 6 - width, x1);
                }
                marks.Add(mark);
            }

            var rowEnds = new List<double>();
            foreach (var mark in marks.OrderBy(m => m.From))
            {
                int row = rowEnds.FindIndex(end => mark.From >= end + MarkGap);
                if (row < 0)
                {
                    row = rowEnds.Count;
                    rowEnds.Add(0);
                }
                rowEnds[row] = mark.To;
                mark.Row = row;
            }
            return marks;
        }
    }
}
