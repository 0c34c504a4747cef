using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Explorer;

/// <summary>JSON text that is safe inside an HTML <c>script</c> element.</summary>
public static class ScriptJson
{
    /// <summary>
    /// A JSON string literal for <paramref name="text"/> that can sit inside a <c>script</c> element: besides the
    /// escapes JSON requires, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become <c>\u003c</c>, <c>\u003e</c> and
    /// <c>\u0026</c> (so no <c>&lt;/script</c> or <c>&lt;!--</c> can appear), U+2028 and U+2029 are escaped, and
    /// lone surrogates become U+FFFD. Other characters are kept as they are.
    /// </summary>
    public static string Quote(string? text)
    {
        if (text is null) return "null";
        var b = new StringBuilder(text.Length + 2).Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '<': b.Append("\\u003c"); break;
                case '>': b.Append("\\u003e"); break;
                case '&': b.Append("\\u0026"); break;
                case '\u2028': b.Append("\\u2028"); break;
                case '\u2029': b.Append("\\u2029"); break;
                default:
                    if (c < ' ' || c == '\u007F')
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        b.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        b.Append("\\ufffd");
                    }
                    else
                    {
                        b.Append(c);
                    }
                    break;
            }
        }
        return b.Append('"').ToString();
    }
}

public static partial class HtmlReport
{
    /// <summary>The id of the <c>script type="application/json"</c> element that holds the page's data.</summary>
    public const string DataElementId = "corpus-data";

    private sealed partial class Page
    {
        private static string Q(string? text) => ScriptJson.Quote(text);

        private static string List(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";

        /// <summary>
        /// Writes the data the script works from: arrays indexed by position, so that engagements refer to countries,
        /// officials and documents by number. The layout is described at the start of the script.
        /// </summary>
        private void WriteData()
        {
            var s = _snapshot;
            _w.Write("<script type=\"application/json\" id=\"" + DataElementId + "\">{\"home\":" + Q(s.HomeCountry));
            _w.Write(",\"step\":" + Q(_model.Bins.Step) + ",\"bins\":" + List(_model.Bins.Labels.Select(Q)));
            _w.Write(",\"kinds\":" + List(KindColours.Select(k => Q(Formatting.Name(k.Kind)))));
            _w.Write(",\"colours\":" + List(KindColours.Select(k => Q(k.Colour))));
            _w.Write(",\"pageSize\":" + N(PageSize) + ",\"heatRows\":" + N(HeatMapPartners) + ",\"busiest\":" + N(BusiestCount));
            _w.Write(",\"countries\":[");
            for (int i = 0; i < _model.Countries.Count; i++)
            {
                var c = _model.Countries[i];
                _w.Write((i == 0 ? "" : ",") + "[" + Q(c.Alpha2) + "," + Q(c.Name) + "," + (s.IsHome(c) ? "1" : "0") + "]");
            }
            _w.Write("],\n\"officials\":[");
            for (int i = 0; i < s.Officials.Count; i++)
            {
                var o = s.Officials[i];
                int country = o.Country is { } c && _model.CountryIndex.TryGetValue(c.Alpha2, out int ci) ? ci : -1;
                var positions = Formatting.Chronological(o.Positions, p => p.Date).Select(p =>
                    "[" + Q(p.Date is { } d ? Formatting.Display(d) : "date not stated") + ","
                    + Q(string.Join(", ", new[] { p.Title, p.Organization, p.Rank }.Where(t => !string.IsNullOrEmpty(t)))) + ","
                    + N(_model.DocumentIndex.GetValueOrDefault(p.Evidence.DocumentId, -1)) + "," + N(p.Evidence.Line) + "]");
                _w.Write((i == 0 ? "" : ",\n") + "[" + Q(o.Id) + "," + Q(o.Name) + "," + N(country) + "," + Q(string.Join("; ", o.Aliases)) + ","
                    + N(_model.OfficialEngagements[i]) + "," + List(positions) + "]");
            }
            _w.Write("],\n\"documents\":[");
            for (int i = 0; i < s.Documents.Count; i++)
            {
                var d = s.Documents[i];
                string? href = WebAddress(d.Url);
                _w.Write((i == 0 ? "" : ",\n") + "[" + Q(d.Id) + "," + Q(d.Path) + "," + N(d.LineCount) + "," + Q(d.Title) + ","
                    + Q(d.Published is { } p ? Formatting.Display(p) : null) + "," + Q(d.Outlet) + "," + Q(string.IsNullOrWhiteSpace(d.Url) ? null : d.Url) + ","
                    + Q(href) + "," + N(_model.DocumentEngagements[i]) + "]");
            }
            _w.Write("],\n\"engagements\":[");
            for (int i = 0; i < s.Engagements.Count; i++)
            {
                var e = s.Engagements[i];
                var participants = e.Participants.Select(p => _model.OfficialIndex.TryGetValue(p, out int oi) ? oi : -1).Where(oi => oi >= 0);
                var titles = e.Participants.Where(p => _model.OfficialIndex.ContainsKey(p))
                    .Select(p => Q(Formatting.PositionIn(p, e.Document.Id)?.Title ?? ""));
                var evidence = e.Evidence.Select(ev => "[" + N(_model.DocumentIndex.GetValueOrDefault(ev.DocumentId, -1)) + "," + N(ev.Line) + "," + Q(ev.Text) + "]");
                _w.Write((i == 0 ? "" : ",\n") + "[" + Q(e.Id) + "," + N(_model.DocumentIndex.GetValueOrDefault(e.Document.Id, -1)) + ","
                    + N(KindColours.ToList().FindIndex(k => k.Kind == e.Kind) is var k and >= 0 ? k : KindColours.Count - 1) + ","
                    + (e.Status == EngagementStatus.Planned ? "1" : "0") + ","
                    + Q(DateText(e.Date)) + "," + Q(e.Date?.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) + ","
                    + Q(e.Date?.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) + "," + N(_model.Bins.Of(e)) + ","
                    + List(_model.CountriesOf(e).Select(N)) + "," + List(participants.Select(N)) + "," + List(titles) + ","
                    + Q(e.Location?.ToString() is { Length: > 0 } where ? where : null) + "," + List(e.Topics.Select(t => Q(t.Id))) + ","
                    + List(e.Agreements.Select(Q)) + "," + List(evidence) + "]");
            }
            _w.Write("]}</script>\n");
        }
    }

    /// <summary>The address of an article as a link target when it is http or https; otherwise none.</summary>
    private static string? WebAddress(string? url)
        => !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
