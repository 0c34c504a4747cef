using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>A country of the network, placed on the figure.</summary>
/// <param name="Id">The alpha-2 code.</param>
/// <param name="Label">The text shown beside the node: the name and the code.</param>
/// <param name="Country">The country.</param>
/// <param name="IsHome">Whether it is the home country, drawn in the centre.</param>
/// <param name="Engagements">The number of engagements the country takes part in.</param>
/// <param name="X">Horizontal position, in viewBox units; the centre of the figure is 0.</param>
/// <param name="Y">Vertical position, in viewBox units, downwards.</param>
/// <param name="Angle">The node's angle on the circle, in radians (0 points right, growing clockwise); 0 for the home country.</param>
/// <param name="Size">Half the side of the node's square.</param>
public sealed record NetworkNode(string Id, string Label, Country Country, bool IsHome, int Engagements, double X, double Y, double Angle, double Size);

/// <summary>Two countries that took part in the same engagements.</summary>
/// <param name="From">One end (the earlier in <see cref="NetworkLayout.Nodes"/>).</param>
/// <param name="To">The other end.</param>
/// <param name="Weight">How many engagements the two share.</param>
public sealed record NetworkEdge(NetworkNode From, NetworkNode To, int Weight);

/// <summary>
/// A deterministic layout of the network of countries: the home country in the centre, every other country that
/// takes part in an engagement on a circle around it in name order, starting at the top. An edge joins two countries
/// that took part in the same engagement, weighted by the number of such engagements. Labels run outwards along the
/// radius, so that at the default zoom no two labels overlap: neighbouring nodes are at least
/// <see cref="SlotLength"/> apart on the circle, more than a label is high. The same snapshot always gives the same layout.
/// </summary>
public sealed class NetworkLayout
{
    /// <summary>The smallest radius of the circle, in viewBox units.</summary>
    public const double MinimumRadius = 170;

    /// <summary>The arc length given to each country on the circle, in viewBox units.</summary>
    public const double SlotLength = 40;

    /// <summary>The height of a label at the network's label size (13 px text), in viewBox units.</summary>
    public const double LabelHeight = 16;

    /// <summary>Estimated width of one label character at the network's label size, in viewBox units.</summary>
    public const double LabelCharWidth = 7.6;

    /// <summary>The largest half side of a node's square.</summary>
    public const double MaximumSize = 16;

    /// <summary>The gap between a node and its label.</summary>
    public const double LabelGap = 6;

    private NetworkLayout(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges, double radius, double extent)
    {
        Nodes = nodes;
        Edges = edges;
        Radius = radius;
        Extent = extent;
    }

    /// <summary>The nodes: the home country first when it takes part, then the others in circle order.</summary>
    public IReadOnlyList<NetworkNode> Nodes { get; }

    /// <summary>The edges, in order of their first shared engagement.</summary>
    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>The radius of the circle the partner countries sit on.</summary>
    public double Radius { get; }

    /// <summary>Half the side of the square viewBox, centred on the circle, that holds the nodes and their labels.</summary>
    public double Extent { get; }

    /// <summary>The size of a node taking part in <paramref name="engagements"/> of at most <paramref name="most"/>: its area grows with the count.</summary>
    public static double NodeSize(int engagements, int most)
        => most <= 0 ? 5 : 5 + (MaximumSize - 5) * Math.Sqrt(Math.Clamp((double)engagements / most, 0, 1));

    /// <summary>The label drawn beside a node: the country's name and code.</summary>
    public static string LabelText(NetworkNode node) => node.Label;

    /// <summary>Lays out the network of countries of <paramref name="snapshot"/>.</summary>
    public static NetworkLayout Build(CorpusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var countries = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in snapshot.Engagements)
        {
            foreach (var c in e.Countries.DistinctBy(c => c.Alpha2, StringComparer.OrdinalIgnoreCase))
            {
                countries.TryAdd(c.Alpha2, c);
                counts[c.Alpha2] = counts.GetValueOrDefault(c.Alpha2) + 1;
            }
        }
        int most = counts.Values.DefaultIfEmpty(0).Max();
        var home = countries.Values.Where(snapshot.IsHome).ToList();
        var ring = countries.Values.Where(c => !snapshot.IsHome(c))
            .OrderBy(c => c.Name, StringComparer.InvariantCulture).ThenBy(c => c.Alpha2, StringComparer.Ordinal).ToList();

        double radius = Math.Max(MinimumRadius, ring.Count * SlotLength / (2 * Math.PI));
        var nodes = new List<NetworkNode>();
        foreach (var c in home)
        {
            nodes.Add(new NetworkNode(c.Alpha2, c.Name + " (" + c.Alpha2 + ")", c, true, counts[c.Alpha2], 0, 0, 0, NodeSize(counts[c.Alpha2], most)));
        }
        for (int i = 0; i < ring.Count; i++)
        {
            var c = ring[i];
            double angle = Normalise(-Math.PI / 2 + 2 * Math.PI * i / ring.Count);
            nodes.Add(new NetworkNode(c.Alpha2, c.Name + " (" + c.Alpha2 + ")", c, false, counts[c.Alpha2],
                radius * Math.Cos(angle), radius * Math.Sin(angle), angle, NodeSize(counts[c.Alpha2], most)));
        }

        var position = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        var order = new List<(int, int)>();
        var weights = new Dictionary<(int, int), int>();
        foreach (var e in snapshot.Engagements)
        {
            var members = e.Countries.Select(c => position[c.Alpha2]).Distinct().Order().ToList();
            for (int a = 0; a < members.Count; a++)
            {
                for (int b = a + 1; b < members.Count; b++)
                {
                    var key = (members[a], members[b]);
                    if (!weights.ContainsKey(key)) order.Add(key);
                    weights[key] = weights.GetValueOrDefault(key) + 1;
                }
            }
        }
        var edges = order.Select(k => new NetworkEdge(nodes[k.Item1], nodes[k.Item2], weights[k])).ToList();

        double longest = ring.Count == 0 ? 0 : nodes.Where(n => !n.IsHome).Max(n => LabelText(n).Length);
        double homeHalf = home.Count == 0 ? 0 : LabelText(nodes[0]).Length * LabelCharWidth / 2;
        double extent = Math.Max(radius + MaximumSize + LabelGap + longest * LabelCharWidth + 8, homeHalf + 8);
        return new NetworkLayout(nodes, edges, radius, extent);
    }

    private static double Normalise(double angle)
    {
        angle %= 2 * Math.PI;
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }
}
