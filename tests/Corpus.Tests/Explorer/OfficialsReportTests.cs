using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Explorer;
using Xunit;

namespace Corpus.Tests.Explorer;

public sealed class OfficialsReportTests
{
    [Fact]
    public void Lists_every_official_with_country_and_positions_over_time()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        OfficialsReport.Write(SampleCorpus.Create(), writer);
        var lines = SampleCorpus.Lines(writer.ToString()).ToList();

        int pisen = lines.IndexOf("Vong Pisen [vong-pisen], Cambodia");
        Assert.True(pisen >= 0);
        Assert.Equal("    also: Pisen", lines[pisen + 1]);
        Assert.Equal("    2019 | Deputy Commander-in-Chief, Lieutenant General | doc-b", lines[pisen + 2]);
        Assert.Equal("    26 April 2023 | Commander-in-Chief, Royal Cambodian Armed Forces, General | doc-a", lines[pisen + 3]);

        int kocaefe = lines.IndexOf("Ülkü Kocaefe [ulku-kocaefe], Türkiye");
        Assert.Equal("    date unknown | Turkish Ambassador to Cambodia | doc-a", lines[kocaefe + 1]);

        Assert.Contains("Jed Royal [jed-royal], United States", lines);
        int unplaced = lines.IndexOf("Someone Unplaced [someone], country unknown");
        Assert.Equal("    no position recorded", lines[unplaced + 1]);
    }
}
