using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// Names the C# members of the generated classes: the one place that turns the engine's facts
/// into identifiers.
/// </summary>
/// <remarks>
/// Member names follow one rule for every kind of record generated as a member (countries,
/// organisations, topics, officials): the PascalCase of the name's slug (<see cref="PascalCase"/>),
/// cut to <see cref="MaxLength"/> characters, with <c>_</c> after a name the generated class
/// already uses (<c>All</c>, <c>Find</c>, …) and a number (2, 3, …) after a name an earlier record
/// of the same kind took, ignoring case. Records are named in output order, so the numbering is
/// the same on every build. Documents are compiled as data, not members, so they get no name and
/// no diagnostic speaks of one.
/// </remarks>
internal static class MemberNames
{
    /// <summary>The longest generated member name, before a disambiguating number.</summary>
    public const int MaxLength = 128;

    /// <summary>Names the generated classes already use (members of every class and the class names themselves).</summary>
    public static IReadOnlyCollection<string> Reserved => s_reserved;

    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "All", "Find", "Get", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Countries", "Officials", "Organizations", "Topics", "Documents", "Engagements", "Mentions",
    };

    /// <summary>
    /// Names the members of a corpus; the model's problems are the facts' problems and the naming's.
    /// <paramref name="officialBases"/> gives <see cref="Base"/> of officials' names already made (by
    /// name); a name it lacks is worked out here.
    /// </summary>
    public static CorpusModel Name(CorpusFacts facts, string ns, IReadOnlyDictionary<string, (string Member, string? Adjustment)>? officialBases = null)
    {
        var problems = new List<Problem>(facts.Problems);

        var officialNames = new Namer("official", problems, officialBases);
        var published = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in facts.Documents)
        {
            if (!published.ContainsKey(d.Id)) published.Add(d.Id, d.Published);
        }
        var officials = facts.Officials.Select(o => new OfficialModel(o.Id, o.Name, o.Aliases, o.Country, o.Positions, o.Documents,
            officialNames.Take(o.Id, o.Name, o.Origin), OfficialDigest.Of(o, published))).ToEquatableArray();

        var countryNames = new Namer("country", problems);
        var countries = facts.Countries.Select(c => new CountryModel(c.Alpha2, c.Alpha3, c.Name, c.OfficialName, c.Demonyms,
            countryNames.Take(c.Alpha2, c.Name, c.Origin))).ToEquatableArray();

        var organizationNames = new Namer("organisation", problems);
        var organizations = facts.Organizations.Select(o => new OrganizationModel(o.Id, o.Name, o.Acronym, o.Country,
            organizationNames.Take(o.Id, o.Name, o.Origin))).ToEquatableArray();

        var topicNames = new Namer("topic", problems);
        var topics = facts.Topics.Select(t => new TopicModel(t.Name, t.Triggers, topicNames.Take(t.Name, t.Name, t.Origin))).ToEquatableArray();

        var names = new NameMap(ns,
            officials.Select(o => new NamePair(o.Id, o.Member)).ToEquatableArray(),
            countries.Select(c => new NamePair(c.Alpha2, c.Member)).ToEquatableArray(),
            topics.Select(t => new NamePair(t.Name, t.Member)).ToEquatableArray());
        return new CorpusModel(names, facts.Home, facts.Documents, countries, organizations, officials, topics, problems.ToEquatableArray());
    }

    /// <summary>A PascalCase C# identifier from a name's slug: "Vong Pisen" becomes "VongPisen"; one that would start with a digit gets a leading underscore.</summary>
    public static string PascalCase(string name)
    {
        var slug = TextTools.Slug(name);
        var sb = new StringBuilder(slug.Length);
        bool upper = true;
        foreach (char c in slug)
        {
            if (c == '-') { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (sb.Length == 0 || char.IsDigit(sb[0])) sb.Insert(0, '_');
        return sb.ToString();
    }

    /// <summary>The member name a record of this name gets before disambiguation, and why it differs from the plain PascalCase name, if it does.</summary>
    public static (string Member, string? Adjustment) Base(string name)
    {
        string member = PascalCase(name);
        string? why = null;
        if (!TextTools.Fold(name).Any(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
        {
            why = "the name has no Latin letter or digit to make a C# name of";
        }
        else if (member.Length > 0 && member[0] == '_')
        {
            why = "a C# name cannot start with a digit";
        }
        if (member.Length > MaxLength)
        {
            member = member.Substring(0, MaxLength);
            why ??= "the name is longer than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters";
        }
        if (s_reserved.Contains(member))
        {
            member += "_";
            why ??= "'" + member.Substring(0, member.Length - 1) + "' is a name the generated classes already use";
        }
        return (member, why);
    }

    /// <summary>Hands out the member names of one class, disambiguating collisions deterministically (in input order) with a warning.</summary>
    private sealed class Namer
    {
        private readonly string _what;
        private readonly List<Problem> _problems;
        // Names that differ only in case count as taken too, so no two members of a class differ only in case.
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        private readonly IReadOnlyDictionary<string, (string Member, string? Adjustment)>? _bases;

        public Namer(string what, List<Problem> problems, IReadOnlyDictionary<string, (string Member, string? Adjustment)>? bases = null)
        {
            _what = what;
            _problems = problems;
            _bases = bases;
        }

        public string Take(string key, string name, SourceSpan where)
        {
            var (baseName, adjustment) = _bases is not null && _bases.TryGetValue(name, out var made) ? made : Base(name);
            string member = baseName;
            for (int n = 2; !_used.Add(member); n++) member = baseName + n.ToString(CultureInfo.InvariantCulture);
            if (adjustment is not null)
            {
                _problems.Add(Problem.At(ProblemIds.MemberNameAdjusted, where.Path, where.Start, where.End, _what, key, baseName, adjustment));
            }
            if (member != baseName)
            {
                _problems.Add(Problem.At(ProblemIds.MemberNameCollision, where.Path, where.Start, where.End, _what, key, baseName, member));
            }
            return member;
        }
    }
}
