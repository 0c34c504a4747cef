using System;
using System.Collections.Generic;
using Corpus.Explorer;

namespace Corpus.Tests.Explorer;

/// <summary>A small hand-built corpus for the Explorer tests, independent of the generated dataset.</summary>
internal static class SampleCorpus
{
    public static readonly Country Cambodia = new("KH", "KHM", "Cambodia", "Kingdom of Cambodia", ["Cambodian"]);
    public static readonly Country Turkiye = new("TR", "TUR", "Türkiye", "Republic of Türkiye", ["Turkish"]);
    public static readonly Country UnitedStates = new("US", "USA", "United States", "United States of America", ["American"]);
    public static readonly Country Tajikistan = new("TJ", "TJK", "Tajikistan", "Republic of Tajikistan", ["Tajik"]);

    /// <summary>Evidence whose sentence holds a comma, a double quote and a line break.</summary>
    public const string AwkwardText = "He said, \"we agree\"\nand left.";

    /// <summary>An agreement name with a comma and quotes.</summary>
    public const string AwkwardAgreement = "MoU on \"demining\", 2024";

    public static CorpusSnapshot Create()
    {
        var docA = new Document("doc-a", "doc-a.txt", "Pisen meets Turkish envoy", "TDI", "https://example.org/a",
            new PartialDate(2023, 4, 27), 12);
        var docB = new Document("doc-b", "sub/doc-b.txt", null, null, null, null, 20);

        var pisen = new Official("vong-pisen", "Vong Pisen", ["Pisen"], Cambodia,
        [
            new Position("Commander-in-Chief", "Royal Cambodian Armed Forces", "General", new PartialDate(2023, 4, 26), "doc-a",
                new Evidence("doc-a", 3, 1, "Gen. Vong Pisen met ...")),
            new Position("Deputy Commander-in-Chief", null, "Lieutenant General", new PartialDate(2019), "doc-b",
                new Evidence("doc-b", 2, 1, "Lt. Gen. Vong Pisen ...")),
        ], ["doc-a", "doc-b"]);
        var kocaefe = new Official("ulku-kocaefe", "Ülkü Kocaefe", [], Turkiye,
        [
            new Position("Turkish Ambassador to Cambodia", null, null, null, "doc-a", new Evidence("doc-a", 3, 40, "Ambassador Ülkü Kocaefe ...")),
        ], ["doc-a"]);
        var royal = new Official("jed-royal", "Jed Royal", ["Royal"], UnitedStates, [], ["doc-b"]);
        var nobody = new Official("someone", "Someone Unplaced", [], null, [], ["doc-b"]);

        Topic peacekeeping = new("peacekeeping", ["peacekeeping"]);
        Topic demining = new("demining", ["demining", "mine clearance"]);

        var meeting = new Engagement("doc-a-1", docA, EngagementKind.Meeting, EngagementStatus.Held, new PartialDate(2023, 4, 26),
            new Location("RCAF headquarters", "Phnom Penh", Cambodia), [Cambodia, Turkiye], [pisen, kocaefe],
            [peacekeeping], [], "043", [new Evidence("doc-a", 3, 1, "Gen. Vong Pisen met the Turkish Ambassador.")]);
        var yearless = new Engagement("doc-b-1", docB, EngagementKind.Meeting, EngagementStatus.Held, new PartialDate(null, 2, 26),
            new Location(null, "Dushanbe", Tajikistan), [Cambodia, UnitedStates], [pisen, royal],
            [demining], [AwkwardAgreement], null, [new Evidence("doc-b", 5, 1, AwkwardText), new Evidence("doc-b", 6, 1, "More.")]);
        var planned = new Engagement("doc-b-2", docB, EngagementKind.Visit, EngagementStatus.Planned, null,
            null, [Cambodia, Turkiye, UnitedStates], [], [], [], null, [new Evidence("doc-b", 8, 1, "He will soon visit.")]);
        var old = new Engagement("doc-b-3", docB, EngagementKind.Conference, EngagementStatus.Held, new PartialDate(2019),
            new Location(null, null, null), [Cambodia, Turkiye], [pisen], [], [], "040", [new Evidence("doc-b", 10, 1, "Last year ...")]);
        var domestic = new Engagement("doc-b-4", docB, EngagementKind.Ceremony, EngagementStatus.Held, new PartialDate(2019, 6),
            null, [Cambodia], [], [], [], null, []);

        return new CorpusSnapshot([docA, docB], [pisen, kocaefe, royal, nobody], [meeting, yearless, planned, old, domestic], "KH");
    }

    /// <summary>Runs the command line against the sample corpus.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var stderr = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        int exit = ExplorerApp.Run(args, Create(), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The lines of a text, without the empty ones at the end.</summary>
    public static IReadOnlyList<string> Lines(string text)
        => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
