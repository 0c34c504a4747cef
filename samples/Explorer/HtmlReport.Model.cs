using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Explorer;

public static partial class HtmlReport
{
    /// <summary>The rows of a table shown on one page (and the rows written into the page for reading without script).</summary>
    public const int PageSize = 100;

    /// <summary>Up to this many engagements, the page also draws every engagement on a timeline per partner country.</summary>
    public const int TimelineLimit = 100;

    /// <summary>The partner rows of the overview's heat map; the remaining partners share one row.</summary>
    public const int HeatMapPartners = 15;

    /// <summary>The entries of each "busiest" list of the overview.</summary>
    public const int BusiestCount = 10;

    /// <summary>The number of colour classes of a heat map cell with at least one engagement.</summary>
    public const int HeatClasses = 5;

    /// <summary>The heat-map class of a count: 0 for none, otherwise 1 to <see cref="HeatClasses"/> in proportion to the largest count.</summary>
    public static int HeatClass(int count, int max)
        => count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(HeatClasses * (double)count / max), 1, HeatClasses);

    /// <summary>
    /// The time steps of the overview: one column per month when the dated engagements span at most three years, per
    /// quarter up to ten years, per year up to sixty years, per decade beyond. An engagement counts in the column of
    /// the first day its date may stand for.
    /// </summary>
    public sealed class TimeBins
    {
        private TimeBins(string step, int first, int count, Func<int, string> label)
        {
            Step = step;
            First = first;
            Labels = Enumerable.Range(0, count).Select(i => label(first + i)).ToList();
        }

        /// <summary><c>month</c>, <c>quarter</c>, <c>year</c> or <c>decade</c>.</summary>
        public string Step { get; }

        /// <summary>The first column's number in units of <see cref="Step"/> since year 0.</summary>
        public int First { get; }

        /// <summary>The label of each column.</summary>
        public IReadOnlyList<string> Labels { get; }

        /// <summary>The column of a date, relative to the first.</summary>
        public int Of(DateOnly date) => Unit(Step, date) - First;

        /// <summary>The column of an engagement, or -1 when its year is not known.</summary>
        public int Of(Engagement engagement) => engagement.Date?.Start is { } start ? Of(start) : -1;

        private static int Unit(string step, DateOnly d) => step switch
        {
            "month" => d.Year * 12 + d.Month - 1,
            "quarter" => d.Year * 4 + (d.Month - 1) / 3,
            "year" => d.Year,
            _ => d.Year / 10,
        };

        /// <summary>The bins for the dated engagements of <paramref name="engagements"/>; none when no year is known.</summary>
        public static TimeBins For(IEnumerable<Engagement> engagements)
        {
            var starts = engagements.Select(e => e.Date?.Start).Where(d => d is not null).Select(d => d!.Value).ToList();
            if (starts.Count == 0) return new TimeBins("year", 0, 0, _ => "");
            DateOnly min = starts.Min(), max = starts.Max();
            int months = (max.Year * 12 + max.Month) - (min.Year * 12 + min.Month) + 1;
            int years = max.Year - min.Year + 1;
            string step = months <= 36 ? "month" : months <= 120 ? "quarter" : years <= 60 ? "year" : "decade";
            int first = Unit(step, min), last = Unit(step, max);
            return new TimeBins(step, first, last - first + 1, unit => step switch
            {
                "month" => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(unit % 12 + 1) + " " + N(unit / 12),
                "quarter" => N(unit / 4) + " Q" + N(unit % 4 + 1),
                "year" => N(unit),
                _ => N(unit * 10) + "s",
            });
        }
    }

    /// <summary>
    /// The numbering the page and its data share: countries, officials and documents by index, the engagements in
    /// snapshot order, and the counts the overview and tables show.
    /// </summary>
    private sealed class ReportModel
    {
        public ReportModel(CorpusSnapshot snapshot)
        {
            Snapshot = snapshot;
            Bins = TimeBins.For(snapshot.Engagements);

            // Countries: the home country first, then the others by name; those taking part, then those officials serve.
            var countries = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in snapshot.Engagements.SelectMany(e => e.Countries)
                         .Concat(snapshot.Officials.Where(o => o.Country is not null).Select(o => o.Country!)))
            {
                countries.TryAdd(c.Alpha2, c);
            }
            Countries = countries.Values
                .OrderBy(c => snapshot.IsHome(c) ? 0 : 1)
                .ThenBy(c => c.Name, StringComparer.InvariantCulture)
                .ThenBy(c => c.Alpha2, StringComparer.Ordinal)
                .ToList();
            for (int i = 0; i < Countries.Count; i++) CountryIndex[Countries[i].Alpha2] = i;

            for (int i = 0; i < snapshot.Officials.Count; i++) OfficialIndex.TryAdd(snapshot.Officials[i], i);
            for (int i = 0; i < snapshot.Documents.Count; i++) DocumentIndex.TryAdd(snapshot.Documents[i].Id, i);

            OfficialEngagements = new int[snapshot.Officials.Count];
            DocumentEngagements = new int[snapshot.Documents.Count];
            CountryEngagements = new int[Countries.Count];
            foreach (var e in snapshot.Engagements)
            {
                foreach (var o in e.Participants.Distinct(ReferenceEqualityComparer.Instance).Cast<Official>())
                {
                    if (OfficialIndex.TryGetValue(o, out int oi)) OfficialEngagements[oi]++;
                }
                if (DocumentIndex.TryGetValue(e.Document.Id, out int di)) DocumentEngagements[di]++;
                foreach (int ci in CountriesOf(e)) CountryEngagements[ci]++;
            }
        }

        public CorpusSnapshot Snapshot { get; }

        public TimeBins Bins { get; }

        public List<Country> Countries { get; }

        public Dictionary<string, int> CountryIndex { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<Official, int> OfficialIndex { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<string, int> DocumentIndex { get; } = new(StringComparer.Ordinal);

        public int[] OfficialEngagements { get; }

        public int[] DocumentEngagements { get; }

        public int[] CountryEngagements { get; }

        /// <summary>The distinct country indexes of an engagement, in its order.</summary>
        public List<int> CountriesOf(Engagement e)
        {
            var list = new List<int>(e.Countries.Count);
            foreach (var c in e.Countries)
            {
                if (CountryIndex.TryGetValue(c.Alpha2, out int i) && !list.Contains(i)) list.Add(i);
            }
            return list;
        }

        /// <summary>The distinct partner (non-home) country indexes of an engagement.</summary>
        public List<int> PartnersOf(Engagement e) => CountriesOf(e).Where(i => !Snapshot.IsHome(Countries[i])).ToList();
    }
}
