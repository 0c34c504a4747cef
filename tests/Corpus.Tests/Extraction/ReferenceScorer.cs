using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace Corpus.Tests.Extraction;

/// <summary>
/// Scores extracted facts against reference answers in the gold YAML format (keyed by file stem;
/// officials by folded name, engagements by countries, compatible date, participants and kind),
/// the same matching the project's reference scorer uses, so tests can hold extraction to a bar.
/// </summary>
public sealed class ReferenceScorer
{
    public sealed record Tally(int Tp, int Fp, int Fn)
    {
        public double F1 => Tp == 0 ? (Fp == 0 && Fn == 0 ? 1 : 0) : 2.0 * Tp / (2.0 * Tp + Fp + Fn);
    }

    private static readonly HashSet<string> s_stop = new() { "of", "the", "and", "to", "for", "s", "in", "a", "an", "on" };

    public static string Fold(string? text)
    {
        if (text is null) return "";
        var t = TextTools.Fold(text).Replace('.', ' ').Replace('-', ' ');
        return string.Join(" ", t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (int? Y, int? M, int? D)? Date(string? iso)
    {
        if (iso is null) return null;
        var m = Regex.Match(iso, @"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$");
        if (m.Success) return (Int(m.Groups[1]), Int(m.Groups[2]), Int(m.Groups[3]));
        m = Regex.Match(iso, @"^--(\d{2})(?:-(\d{2}))?$");
        return m.Success ? (null, Int(m.Groups[1]), Int(m.Groups[2])) : null;
        static int? Int(Group g) => g.Success ? int.Parse(g.Value, CultureInfo.InvariantCulture) : null;
    }

    private static bool Conflict((int? Y, int? M, int? D)? gold, (int? Y, int? M, int? D)? pred)
        => gold is { } g && pred is { } p && (g.Y is not null && p.Y is not null && g.Y != p.Y || g.M is not null && p.M is not null && g.M != p.M || g.D is not null && p.D is not null && g.D != p.D);

    public Tally Officials { get; private set; } = new(0, 0, 0);
    public Tally Engagements { get; private set; } = new(0, 0, 0);
    public List<string> Findings { get; } = new();

    public static ReferenceScorer Score(IReadOnlyList<ArticleFacts> articles, string goldYaml)
    {
        var scorer = new ReferenceScorer();
        var stream = new YamlStream();
        stream.Load(new StringReader(goldYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        int otp = 0, ofp = 0, ofn = 0, etp = 0, efp = 0, efn = 0;
        foreach (var entry in root.Children)
        {
            string stem = ((YamlScalarNode)entry.Key).Value!;
            var gold = (YamlMappingNode)entry.Value;
            var facts = articles.Single(a => Path.GetFileNameWithoutExtension(a.Document.Path) == stem);
            var names = facts.Officials.ToDictionary(o => o.Id, o => new HashSet<string>(o.Aliases.Select(Fold).Append(Fold(o.Name))));

            var used = new HashSet<string>();
            foreach (var go in Items(gold, "officials"))
            {
                var gnames = new HashSet<string>(Strings(go, "also").Append(Str(go, "name")!).Select(Fold));
                var hit = facts.Officials.FirstOrDefault(o => !used.Contains(o.Id) && names[o.Id].Overlaps(gnames));
                if (hit is not null) used.Add(hit.Id);
                if (Str(go, "optional") == "true") continue;
                if (hit is null) { ofn++; scorer.Findings.Add($"{stem}: missed official {Str(go, "name")}"); }
                else otp++;
            }
            foreach (var o in facts.Officials.Where(o => !used.Contains(o.Id))) { ofp++; scorer.Findings.Add($"{stem}: extra official {o.Name}"); }

            var taken = new HashSet<string>();
            foreach (var ge in Items(gold, "engagements"))
            {
                var gdate = Date(Str(ge, "date"));
                var gcountries = new HashSet<string>(Strings(ge, "countries"));
                var gparts = new HashSet<string>(Strings(ge, "participants").Select(Fold));
                var kinds = Strings(ge, "kind").ToList();
                EngagementFact? best = null;
                double bestScore = -1;
                foreach (var e in facts.Engagements)
                {
                    if (taken.Contains(e.Id) || !gcountries.SetEquals(e.Countries)) continue;
                    var edate = Date(e.Date);
                    if (Conflict(gdate, edate)) continue;
                    int inter = e.Participants.Count(p => names.TryGetValue(p, out var n) && n.Overlaps(gparts));
                    int union = gparts.Count + e.Participants.Count - inter;
                    bool dateOk = gdate is null || edate is { } ed && (gdate.Value.Y is null || gdate.Value.Y == ed.Y) && (gdate.Value.M is null || gdate.Value.M == ed.M) && (gdate.Value.D is null || gdate.Value.D == ed.D);
                    double score = (union == 0 ? 1 : (double)inter / union) + (kinds.Contains(e.Kind) ? 0.5 : 0) + (dateOk ? 0.25 : 0);
                    if (score > bestScore) { best = e; bestScore = score; }
                }
                if (best is not null) taken.Add(best.Id);
                if (Str(ge, "optional") == "true") continue;
                if (best is null) { efn++; scorer.Findings.Add($"{stem}: missed engagement {string.Join("/", kinds)} {Str(ge, "date")} {string.Join(",", gcountries)}"); }
                else etp++;
            }
            foreach (var e in facts.Engagements.Where(e => !taken.Contains(e.Id))) { efp++; scorer.Findings.Add($"{stem}: extra engagement {e.Kind} {e.Date} {string.Join(",", e.Countries)}"); }
        }
        scorer.Officials = new Tally(otp, ofp, ofn);
        scorer.Engagements = new Tally(etp, efp, efn);
        return scorer;
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>() : Enumerable.Empty<YamlMappingNode>();

    private static string? Str(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && s.Value is not ("null" or "~" or "") ? s.Value : null;

    private static IEnumerable<string> Strings(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return Enumerable.Empty<string>();
        if (node is YamlSequenceNode seq) return seq.Children.OfType<YamlScalarNode>().Select(s => s.Value!);
        return node is YamlScalarNode s && s.Value is not null and not "null" ? new[] { s.Value } : Enumerable.Empty<string>();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"officials F1={Officials.F1:F3} ({Officials}) engagements F1={Engagements.F1:F3} ({Engagements})");
        foreach (var f in Findings) sb.Append('\n').Append(f);
        return sb.ToString();
    }
}
