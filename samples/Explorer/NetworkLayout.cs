using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>Whether a network node stands for a country or an official.</summary>
public enum NetworkNodeKind
{
    /// <summary>A country taking part in an engagement, or the country an official serves.</summary>
    Country,
    /// <summary>An official of the corpus.</summary>
    Official,
}

/// <summary>What a network edge says.</summary>
public enum NetworkEdgeKind
{
    /// <summary>Two officials took part in the same engagement; the weight counts the engagements.</summary>
    Met,
    /// <summary>An official serves a country; the weight is 1.</summary>
    Serves,
    /// <summary>Two countries took part in the same engagement; the weight counts the engagements.</summary>
    Partners,
}

/// <summary>A node of the network, placed on the circle.</summary>
/// <param name="Kind">Country or official.</param>
/// <param name="Id">The alpha-2 code of a country, the id of an official.</param>
/// <param name="Label">The text shown beside the node.</param>
/// <param name="Country">The country the node belongs to (itself for a country node), when known.</param>
/// <param name="Group">The index of the node's group: 0 is the first group drawn (the home country when present).</param>
/// <param name="Engagements">The number of engagements the country or official takes part in.</param>
/// <param name="X">Horizontal position, in viewBox units; the circle's centre is 0.</param>
/// <param name="Y">Vertical position, in viewBox units, downwards; the circle's centre is 0.</param>
/// <param name="Angle">The node's angle on the circle, in radians (0 points right, growing clockwise).</param>
/// <param name="Size">The radius of an official's circle, half the side of a country's square.</param>
public sealed record NetworkNode(NetworkNodeKind Kind, string Id, string Label, Country? Country, int Group, int Engagements,
    double X, double Y, double Angle, double Size);

/// <summary>An edge between two nodes.</summary>
/// <param name="Kind">What the edge says.</param>
/// <param name="From">One end.</param>
/// <param name="To">The other end.</param>
/// <param name="Weight">How many engagements the two share (1 for <see cref="NetworkEdgeKind.Serves"/>).</param>
/// <param name="EngagementIds">The ids of those engagements, in snapshot order.</param>
public sealed record NetworkEdge(NetworkEdgeKind Kind, NetworkNode From, NetworkNode To, int Weight, IReadOnlyList<string> EngagementIds);

/// <summary>
/// A deterministic circular layout of the countries and officials of a snapshot. The nodes are the countries that
/// take part in an engagement or that an official serves (the location of an engagement alone does not make a
/// country a node), and every official. They sit on one circle in groups, one group per country: the country's
/// square in the middle of its officials. The home country's group comes first and is centred on the left, the
/// partner groups follow by country name, officials of unknown country come last in a group without a country
/// node; one empty slot separates groups. Within a group officials are ordered by number of engagements, most
/// first, then by name. The same snapshot always gives the same layout.
/// </summary>
public sealed class NetworkLayout
{
    /// <summary>The smallest radius of the circle, in viewBox units.</summary>
    public const double MinimumRadius = 230;

    /// <summary>The arc length given to each slot of the circle, in viewBox units.</summary>
    public const double SlotLength = 46;

    /// <summary>Estimated width of one label character at the network's label size, in viewBox units.</summary>
    public const double LabelCharWidth = 7.2;

    private NetworkLayout(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges, double radius, double extent)
    {
        Nodes = nodes;
        Edges = edges;
        Radius = radius;
        Extent = extent;
    }

    /// <summary>The nodes, in the order they sit on the circle.</summary>
    public IReadOnlyList<NetworkNode> Nodes { get; }

    /// <summary>The edges: first <see cref="NetworkEdgeKind.Partners"/>, then <see cref="NetworkEdgeKind.Serves"/>, then <see cref="NetworkEdgeKind.Met"/>.</summary>
    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>The radius of the circle the nodes sit on.</summary>
    public double Radius { get; }

    /// <summary>Half the side of the square viewBox, centred on the circle, that holds the nodes and their labels.</summary>
    public double Extent { get; }

    /// <summary>The size of a node taking part in <paramref name="engagements"/> engagements: its area grows with the count.</summary>
    public static double NodeSize(NetworkNodeKind kind, int engagements)
        => (kind == NetworkNodeKind.Country ? 5 : 4) + 3 * Math.Sqrt(Math.Max(0, engagements));

    /// <summary>Lays out the network of <paramref name="snapshot"/>.</summary>
    public static NetworkLayout Build(CorpusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);

        var officialCounts = new Dictionary<Official, int>(ReferenceEqualityComparer.Instance);
        foreach (var official in snapshot.Officials) officialCounts[official] = 0;
        foreach (var engagement in snapshot.Engagements)
        {
            foreach (var official in engagement.Participants.Distinct(ReferenceEqualityComparer.Instance).Cast<Official>())
            {
                officialCounts[official] = officialCounts.GetValueOrDefault(official) + 1;
            }
        }

        // Countries: those taking part in engagements, then those officials serve, one per alpha-2 code.
        var countries = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in snapshot.Engagements.SelectMany(e => e.Countries)
                     .Concat(officialCounts.Keys.Where(o => o.Country is not null).Select(o => o.Country!)))
        {
            countries.TryAdd(country.Alpha2, country);
        }

        var countryCounts = countries.Keys.ToDictionary(k => k, k => snapshot.Engagements.Count(
            e => e.Countries.Any(c => string.Equals(c.Alpha2, k, StringComparison.OrdinalIgnoreCase))), StringComparer.OrdinalIgnoreCase);

        // Groups, in circle order.
        var groupCountries = countries.Values
            .OrderBy(c => snapshot.IsHome(c) ? 0 : 1)
            .ThenBy(c => c.Name, StringComparer.InvariantCulture)
            .ThenBy(c => c.Alpha2, StringComparer.Ordinal)
            .Select(c => (Country?)c)
            .ToList();
        var officials = officialCounts.Keys.ToList();
        if (officials.Any(o => o.Country is null)) groupCountries.Add(null);
        var groups = groupCountries.Select(country =>
        {
            var members = officials
                .Where(o => country is null ? o.Country is null : o.Country is not null && string.Equals(o.Country.Alpha2, country.Alpha2, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(o => officialCounts[o])
                .ThenBy(o => o.Name, StringComparer.InvariantCulture)
                .ThenBy(o => o.Id, StringComparer.Ordinal)
                .Select(o => (Official: (Official?)o, Country: (Country?)null))
                .ToList();
            if (country is not null) members.Insert(members.Count / 2, (null, country));
            return (Country: country, Members: members);
        }).ToList();

        int slots = groups.Sum(g => g.Members.Count) + (groups.Count > 1 ? groups.Count : 0);
        double radius = Math.Max(MinimumRadius, slots * SlotLength / (2 * Math.PI));
        double step = slots == 0 ? 0 : 2 * Math.PI / slots;
        // Centre the first group on the left of the circle (angle pi).
        int firstGroupSlots = groups.Count > 0 ? groups[0].Members.Count : 0;
        double start = Math.PI - step * (firstGroupSlots - 1) / 2.0;

        var nodes = new List<NetworkNode>();
        var officialNodes = new Dictionary<Official, NetworkNode>(ReferenceEqualityComparer.Instance);
        var countryNodes = new Dictionary<string, NetworkNode>(StringComparer.OrdinalIgnoreCase);
        int slot = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var (official, country) in groups[g].Members)
            {
                double angle = Normalise(start + slot * step);
                double x = radius * Math.Cos(angle), y = radius * Math.Sin(angle);
                NetworkNode node;
                if (official is not null)
                {
                    int count = officialCounts[official];
                    node = new NetworkNode(NetworkNodeKind.Official, official.Id, official.Name, official.Country, g, count,
                        x, y, angle, NodeSize(NetworkNodeKind.Official, count));
                    officialNodes[official] = node;
                }
                else
                {
                    int count = countryCounts[country!.Alpha2];
                    node = new NetworkNode(NetworkNodeKind.Country, country.Alpha2, country.Name, country, g, count,
                        x, y, angle, NodeSize(NetworkNodeKind.Country, count));
                    countryNodes[country.Alpha2] = node;
                }
                nodes.Add(node);
                slot++;
            }
            if (groups.Count > 1) slot++;
        }

        var edges = new List<NetworkEdge>();
        edges.AddRange(Pairs(snapshot, NetworkEdgeKind.Partners,
            e => e.Countries.Select(c => countryNodes[c.Alpha2])));
        foreach (var node in nodes.Where(n => n.Kind == NetworkNodeKind.Official && n.Country is not null))
        {
            edges.Add(new NetworkEdge(NetworkEdgeKind.Serves, node, countryNodes[node.Country!.Alpha2], 1, []));
        }
        edges.AddRange(Pairs(snapshot, NetworkEdgeKind.Met, e => e.Participants.Select(p => officialNodes[p])));

        double longestLabel = nodes.Count == 0 ? 0 : nodes.Max(n => LabelText(n).Length);
        double extent = radius + nodes.Select(n => n.Size).DefaultIfEmpty(0).Max() + 12 + longestLabel * LabelCharWidth + 12;
        return new NetworkLayout(nodes, edges, radius, extent);
    }

    /// <summary>The label drawn beside a node: an official's name, a country's name and code.</summary>
    public static string LabelText(NetworkNode node)
        => node.Kind == NetworkNodeKind.Country ? node.Label + " (" + node.Id + ")" : node.Label;

    /// <summary>One edge per unordered pair of distinct nodes that share an engagement, in order of first occurrence.</summary>
    private static IEnumerable<NetworkEdge> Pairs(CorpusSnapshot snapshot, NetworkEdgeKind kind, Func<Engagement, IEnumerable<NetworkNode>> ends)
    {
        var order = new List<(NetworkNode A, NetworkNode B)>();
        var shared = new Dictionary<(NetworkNode, NetworkNode), List<string>>();
        foreach (var engagement in snapshot.Engagements)
        {
            var members = ends(engagement).Distinct().ToList();
            for (int i = 0; i < members.Count; i++)
            {
                for (int j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    var key = (a, b);
                    if (!shared.ContainsKey(key) && shared.ContainsKey((b, a))) key = (b, a);
                    if (!shared.TryGetValue(key, out var ids))
                    {
                        shared[key] = ids = new List<string>();
                        order.Add(key);
                    }
                    ids.Add(engagement.Id);
                }
            }
        }
        return order.Select(k => new NetworkEdge(kind, k.A, k.B, shared[k].Count, shared[k]));
    }

    private static double Normalise(double angle)
    {
        angle %= 2 * Math.PI;
        return angle < 0 ? angle + 2 * Math.PI : angle;
    }
}
