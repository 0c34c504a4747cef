using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    /// <summary>Group colours of the network: the first group (the home country) and then the partners in turn.</summary>
    private static readonly string[] GroupColours =
        ["#1F4E79", "#B5523B", "#2E7D4F", "#7B4FA0", "#A0741F", "#1F7A8C", "#8C2F5A", "#55606E"];

    private const string UnknownCountryColour = "#8A8A8A";

    private static string GroupColour(NetworkNode node)
        => node.Country is null ? UnknownCountryColour : GroupColours[node.Group % GroupColours.Length];

    private sealed partial class Page
    {
        private void WriteNetwork()
        {
            var layout = NetworkLayout.Build(_snapshot);
            int countries = layout.Nodes.Count(n => n.Kind == NetworkNodeKind.Country);
            int officials = layout.Nodes.Count(n => n.Kind == NetworkNodeKind.Official);
            var met = layout.Edges.Where(e => e.Kind == NetworkEdgeKind.Met).ToList();

            _w.Write("<section id=\"network\" aria-labelledby=\"network-h\">\n<h2 id=\"network-h\">Who met whom</h2>\n");
            _w.Write("<p>Countries (squares) and officials (circles) around a circle, each official beside their country. "
                + "A dark line joins two officials who took part in the same engagement, thicker for more; a dotted line joins an "
                + "official to their country; a wide pale line joins countries that took part in the same engagement. "
                + "The area of a node grows with its number of engagements.</p>\n");
            if (layout.Nodes.Count == 0)
            {
                _w.Write("<p>The corpus has no countries or officials.</p>\n</section>\n");
                return;
            }

            _w.Write("<ul class=\"legend legend-network\" aria-label=\"Legend of the network\">");
            _w.Write("<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"1.5\" y=\"1.5\" width=\"11\" height=\"11\" rx=\"2\" fill=\"#55606E\"/></svg>country</li>");
            _w.Write("<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5.5\" fill=\"#55606E\"/></svg>official</li>");
            _w.Write("<li><svg class=\"swatch wide\" viewBox=\"0 0 30 14\" width=\"30\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"28\" y2=\"7\" class=\"edge-met\" stroke-width=\"2\"/></svg>met in an engagement</li>");
            _w.Write("<li><svg class=\"swatch wide\" viewBox=\"0 0 30 14\" width=\"30\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"28\" y2=\"7\" class=\"edge-serves\"/></svg>serves the country</li>");
            _w.Write("<li><svg class=\"swatch wide\" viewBox=\"0 0 30 14\" width=\"30\" height=\"14\" aria-hidden=\"true\"><line x1=\"2\" y1=\"7\" x2=\"28\" y2=\"7\" class=\"edge-partners\" stroke-width=\"6\"/></svg>countries in an engagement</li>");
            _w.Write("</ul>\n");

            double extent = layout.Extent;
            _w.Write("<p class=\"scroll-hint\" aria-hidden=\"true\">Scroll sideways to see the whole network.</p>\n");
            string titleId = NextId("net-title"), descId = NextId("net-desc");
            _w.Write("<div class=\"scroll\"><svg class=\"network\" viewBox=\"" + N(-extent) + " " + N(-extent) + " " + N(2 * extent) + " " + N(2 * extent)
                + "\" width=\"" + N(2 * extent) + "\" height=\"" + N(2 * extent) + "\" role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
            _w.Write("<title id=\"" + titleId + "\">Network of countries and officials</title>\n");
            _w.Write("<desc id=\"" + descId + "\">" + Count(countries, "country", "countries") + " and " + Count(officials, "official")
                + " on a circle, grouped by country; " + Count(met.Count, "pair") + " of officials took part in the same engagement. "
                + "The list below the figure gives the same pairs as text.</desc>\n");

            _w.Write("<g class=\"edges\">\n");
            foreach (var edge in layout.Edges) WriteEdge(edge);
            _w.Write("</g>\n<g class=\"nodes\">\n");
            foreach (var node in layout.Nodes) WriteNode(node);
            _w.Write("</g>\n</svg></div>\n");

            WriteMeetings(met);
            _w.Write("</section>\n");
        }

        private void WriteEdge(NetworkEdge edge)
        {
            var (a, b) = (edge.From, edge.To);
            // Curve towards the centre: chords between far nodes bend more, neighbours stay close to the circle.
            double pull = edge.Kind switch { NetworkEdgeKind.Serves => 0.85, NetworkEdgeKind.Partners => 0.2, _ => 0.35 };
            double cx = (a.X + b.X) / 2 * pull, cy = (a.Y + b.Y) / 2 * pull;
            string kind = edge.Kind switch { NetworkEdgeKind.Met => "met", NetworkEdgeKind.Serves => "serves", _ => "partners" };
            double width = edge.Kind switch
            {
                NetworkEdgeKind.Met => 1.5 + 1.5 * (edge.Weight - 1),
                NetworkEdgeKind.Partners => 4 + 2 * Math.Sqrt(edge.Weight),
                _ => 1.2,
            };
            string what = edge.Kind switch
            {
                NetworkEdgeKind.Met => a.Label + " and " + b.Label + ": " + Count(edge.Weight, "engagement") + " together",
                NetworkEdgeKind.Serves => a.Label + " serves " + b.Label,
                _ => a.Label + " and " + b.Label + ": " + Count(edge.Weight, "engagement") + " together",
            };
            _w.Write("<path class=\"edge-" + kind + "\" data-edge-kind=\"" + kind + "\" data-from=\"" + E(a.Id) + "\" data-to=\"" + E(b.Id)
                + "\" data-weight=\"" + N(edge.Weight) + "\" stroke-width=\"" + N(width) + "\" d=\"M" + N(a.X) + " " + N(a.Y) + " Q" + N(cx) + " " + N(cy)
                + " " + N(b.X) + " " + N(b.Y) + "\"><title>" + E(what) + "</title></path>\n");
        }

        private void WriteNode(NetworkNode node)
        {
            string kind = node.Kind == NetworkNodeKind.Country ? "country" : "official";
            string colour = GroupColour(node);
            string country = node.Country is null ? "country not known" : node.Country.Name;
            string what = node.Kind == NetworkNodeKind.Country
                ? CountryText(node.Country!) + ": " + Count(node.Engagements, "engagement")
                : node.Label + " (" + country + "): " + Count(node.Engagements, "engagement");
            _w.Write("<g class=\"node node-" + kind + "\" data-node-kind=\"" + kind + "\" data-node-id=\"" + E(node.Id) + "\" data-engagements=\""
                + N(node.Engagements) + "\"><title>" + E(what) + "</title>");
            if (node.Kind == NetworkNodeKind.Country)
            {
                _w.Write("<rect x=\"" + N(node.X - node.Size) + "\" y=\"" + N(node.Y - node.Size) + "\" width=\"" + N(2 * node.Size) + "\" height=\""
                    + N(2 * node.Size) + "\" rx=\"3\" fill=\"" + colour + "\"/>");
            }
            else
            {
                _w.Write("<circle cx=\"" + N(node.X) + "\" cy=\"" + N(node.Y) + "\" r=\"" + N(node.Size) + "\" fill=\"" + colour + "\"/>");
            }

            // The label runs outwards along the radius; on the left half it is turned round so that it reads left to right.
            double degrees = node.Angle * 180 / Math.PI;
            bool left = Math.Cos(node.Angle) < -1e-9;
            double offset = node.Size * (node.Kind == NetworkNodeKind.Country ? 1.42 : 1) + 6;
            double rotation = left ? degrees - 180 : degrees;
            _w.Write("<text class=\"node-label\" transform=\"translate(" + N(node.X) + " " + N(node.Y) + ") rotate(" + N(rotation) + ")\" x=\""
                + N(left ? -offset : offset) + "\" y=\"4.5\"" + (left ? " text-anchor=\"end\"" : "") + ">" + E(NetworkLayout.LabelText(node)) + "</text>");
            _w.Write("</g>\n");
        }

        private void WriteMeetings(List<NetworkEdge> met)
        {
            _w.Write("<h3>Officials who took part in the same engagement</h3>\n");
            if (met.Count == 0)
            {
                _w.Write("<p class=\"muted\">No engagement has two or more officials.</p>\n");
                return;
            }
            var byId = _snapshot.Engagements.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _w.Write("<ul class=\"meetings\">");
            foreach (var edge in met)
            {
                _w.Write("<li data-pair=\"" + E(edge.From.Id) + " " + E(edge.To.Id) + "\">" + E(Person(edge.From)) + " and " + E(Person(edge.To)) + ": ");
                _w.Write(string.Join(", ", edge.EngagementIds.Select(id => byId.TryGetValue(id, out var e)
                    ? "<a href=\"#" + EngagementAnchor(e) + "\">" + E(Formatting.Name(e.Kind) + ", " + (e.Date is { } d ? Formatting.Display(d) : "no date")) + "</a>"
                    : E(id))));
                _w.Write("</li>");
            }
            _w.Write("</ul>\n");
        }

        private static string Person(NetworkNode node) => node.Country is null ? node.Label : node.Label + " (" + node.Country.Name + ")";
    }
}
