using System;
using System.Linq;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    private sealed partial class Page
    {
        /// <summary>
        /// The network of countries, drawn here; the script draws a country's officials (its ego network) in the
        /// figure below it when a country or an official is chosen, and thins the edges to the filtered engagements.
        /// </summary>
        private void WriteNetwork()
        {
            var layout = NetworkLayout.Build(_snapshot);
            _w.Write("<section id=\"network\" aria-labelledby=\"network-h\">\n<h2 id=\"network-h\">Who met whom</h2>\n");
            _w.Write("<p>Countries that took part in the same engagements: the home country in the centre, the others around it in name order. "
                + "A line is wider for more shared engagements; a square's area grows with the country's engagements. "
                + "<span class=\"js-only\">Choose a country (click its square, or use the partner filter) or an official to see who met whom "
                + "among its officials.</span></p>\n");
            if (layout.Nodes.Count == 0)
            {
                _w.Write("<p>The corpus has no countries or officials.</p>\n</section>\n");
                return;
            }

            double extent = layout.Extent;
            int most = layout.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max();
            string titleId = NextId("net-title"), descId = NextId("net-desc");
            _w.Write("<div id=\"ego\" class=\"ego\" hidden></div>\n");
            _w.Write("<div class=\"scroll\"><svg class=\"network\" id=\"country-network\" viewBox=\"" + N(-extent) + " " + N(-extent) + " " + N(2 * extent) + " " + N(2 * extent)
                + "\" width=\"" + N(2 * extent) + "\" height=\"" + N(2 * extent) + "\" role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
            _w.Write("<title id=\"" + titleId + "\">Network of countries</title>\n");
            _w.Write("<desc id=\"" + descId + "\">" + Count(layout.Nodes.Count, "country", "countries") + "; " + Count(layout.Edges.Count, "pair")
                + " of countries took part in the same engagements. The overview lists the busiest pairs as text.</desc>\n");
            _w.Write("<g class=\"edges\">\n");
            foreach (var edge in layout.Edges)
            {
                var (a, b) = (edge.From, edge.To);
                // Lines from the centre are straight; lines between two countries of the circle bend towards the centre.
                string d = a.IsHome || b.IsHome
                    ? "M" + N(a.X) + " " + N(a.Y) + " L" + N(b.X) + " " + N(b.Y)
                    : "M" + N(a.X) + " " + N(a.Y) + " Q" + N((a.X + b.X) * 0.15) + " " + N((a.Y + b.Y) * 0.15) + " " + N(b.X) + " " + N(b.Y);
                _w.Write("<path class=\"edge-partners\" data-edge-kind=\"partners\" data-from=\"" + E(a.Id) + "\" data-to=\"" + E(b.Id) + "\" data-weight=\""
                    + N(edge.Weight) + "\" stroke-width=\"" + N(EdgeWidth(edge.Weight, most)) + "\" d=\"" + d + "\"><title>"
                    + E(a.Country.Name + " and " + b.Country.Name + ": " + Count(edge.Weight, "engagement") + " together") + "</title></path>\n");
            }
            _w.Write("</g>\n<g class=\"nodes\">\n");
            foreach (var node in layout.Nodes) WriteNode(node);
            _w.Write("</g>\n</svg></div>\n</section>\n");
        }

        /// <summary>The stroke width of an edge of <paramref name="weight"/> shared engagements when the heaviest has <paramref name="most"/>.</summary>
        private static double EdgeWidth(int weight, int most) => 1 + 9 * Math.Sqrt((double)weight / Math.Max(1, most));

        private void WriteNode(NetworkNode node)
        {
            string colour = node.IsHome ? "#1F4E79" : "#B5523B";
            _w.Write("<g class=\"node node-country\" data-node-kind=\"country\" data-node-id=\"" + E(node.Id) + "\" data-engagements=\""
                + N(node.Engagements) + "\"><title>" + E(CountryText(node.Country) + ": " + Count(node.Engagements, "engagement")) + "</title>");
            _w.Write("<rect x=\"" + N(node.X - node.Size) + "\" y=\"" + N(node.Y - node.Size) + "\" width=\"" + N(2 * node.Size) + "\" height=\""
                + N(2 * node.Size) + "\" rx=\"3\" fill=\"" + colour + "\"/>");
            if (node.IsHome)
            {
                _w.Write("<text class=\"node-label home-label\" x=\"0\" y=\"" + N(node.Size + 16) + "\" text-anchor=\"middle\">" + E(NetworkLayout.LabelText(node)) + "</text>");
            }
            else
            {
                // The label runs outwards along the radius; on the left half it is turned round so that it reads left to right.
                double degrees = node.Angle * 180 / Math.PI;
                bool left = Math.Cos(node.Angle) < -1e-9;
                double offset = NetworkLayout.MaximumSize + NetworkLayout.LabelGap;
                _w.Write("<text class=\"node-label\" transform=\"translate(" + N(node.X) + " " + N(node.Y) + ") rotate(" + N(left ? degrees - 180 : degrees) + ")\" x=\""
                    + N(left ? -offset : offset) + "\" y=\"4.5\"" + (left ? " text-anchor=\"end\"" : "") + ">" + E(NetworkLayout.LabelText(node)) + "</text>");
            }
            _w.Write("</g>\n");
        }
    }
}
