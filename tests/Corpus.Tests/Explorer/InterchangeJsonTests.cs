using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Explorer;
using Xunit;

namespace Corpus.Tests.Explorer;

public sealed class InterchangeJsonTests
{
    private static readonly string[] DocumentFields = ["id", "path", "title", "outlet", "url", "published"];
    private static readonly string[] OfficialFields = ["id", "name", "aliases", "country", "positions", "documents"];
    private static readonly string[] PositionFields = ["title", "organization", "rank", "date", "document"];
    private static readonly string[] EngagementFields =
        ["id", "document", "kind", "status", "date", "location", "countries", "participants", "topics", "agreements", "cameo", "evidence"];
    private static readonly string[] LocationFields = ["place", "city", "country"];
    private static readonly string[] EvidenceFields = ["document", "line", "text"];

    private static JsonDocument Export() => JsonDocument.Parse(InterchangeJson.Serialize(SampleCorpus.Create()));

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static JsonElement Engagement(JsonDocument json, string id)
        => json.RootElement.GetProperty("engagements").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public void Every_object_has_exactly_the_contract_fields_in_order()
    {
        using var json = Export();
        Assert.Equal(["documents", "officials", "engagements"], Names(json.RootElement));
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(DocumentFields, Names(d)));

        var officials = json.RootElement.GetProperty("officials").EnumerateArray().ToList();
        Assert.Equal(4, officials.Count);
        Assert.All(officials, o => Assert.Equal(OfficialFields, Names(o)));
        Assert.All(officials.SelectMany(o => o.GetProperty("positions").EnumerateArray()), p => Assert.Equal(PositionFields, Names(p)));

        var engagements = json.RootElement.GetProperty("engagements").EnumerateArray().ToList();
        Assert.Equal(5, engagements.Count);
        Assert.All(engagements, e => Assert.Equal(EngagementFields, Names(e)));
        Assert.All(engagements.Select(e => e.GetProperty("location")).Where(l => l.ValueKind != JsonValueKind.Null),
            l => Assert.Equal(LocationFields, Names(l)));
        Assert.All(engagements.SelectMany(e => e.GetProperty("evidence").EnumerateArray()), v => Assert.Equal(EvidenceFields, Names(v)));
    }

    [Fact]
    public void Lists_are_never_null()
    {
        using var json = Export();
        foreach (var official in json.RootElement.GetProperty("officials").EnumerateArray())
        {
            foreach (var name in new[] { "aliases", "positions", "documents" })
            {
                Assert.Equal(JsonValueKind.Array, official.GetProperty(name).ValueKind);
            }
        }
        foreach (var engagement in json.RootElement.GetProperty("engagements").EnumerateArray())
        {
            foreach (var name in new[] { "countries", "participants", "topics", "agreements", "evidence" })
            {
                Assert.Equal(JsonValueKind.Array, engagement.GetProperty(name).ValueKind);
            }
        }
        var unplaced = json.RootElement.GetProperty("officials")[3];
        Assert.Equal(0, unplaced.GetProperty("positions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, unplaced.GetProperty("country").ValueKind);
    }

    [Fact]
    public void Dates_are_iso_partial_strings_or_null()
    {
        using var json = Export();
        Assert.Equal("2023-04-26", Engagement(json, "doc-a-1").GetProperty("date").GetString());
        Assert.Equal("--02-26", Engagement(json, "doc-b-1").GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, Engagement(json, "doc-b-2").GetProperty("date").ValueKind);
        Assert.Equal("2019", Engagement(json, "doc-b-3").GetProperty("date").GetString());
        Assert.Equal("2019-06", Engagement(json, "doc-b-4").GetProperty("date").GetString());

        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal("2023-04-27", documents[0].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("title").ValueKind);

        var kocaefe = json.RootElement.GetProperty("officials")[1].GetProperty("positions")[0];
        Assert.Equal(JsonValueKind.Null, kocaefe.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, kocaefe.GetProperty("organization").ValueKind);
    }

    [Fact]
    public void Location_is_null_when_unknown_and_parts_are_null_when_unknown()
    {
        using var json = Export();
        Assert.Equal(JsonValueKind.Null, Engagement(json, "doc-b-2").GetProperty("location").ValueKind);

        var dushanbe = Engagement(json, "doc-b-1").GetProperty("location");
        Assert.Equal(JsonValueKind.Null, dushanbe.GetProperty("place").ValueKind);
        Assert.Equal("Dushanbe", dushanbe.GetProperty("city").GetString());
        Assert.Equal("TJ", dushanbe.GetProperty("country").GetString());

        var empty = Engagement(json, "doc-b-3").GetProperty("location");
        Assert.Equal(JsonValueKind.Object, empty.ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("country").ValueKind);
    }

    [Fact]
    public void Values_use_codes_ids_and_lowercase_names()
    {
        using var json = Export();
        var meeting = Engagement(json, "doc-a-1");
        Assert.Equal("doc-a", meeting.GetProperty("document").GetString());
        Assert.Equal("meeting", meeting.GetProperty("kind").GetString());
        Assert.Equal("held", meeting.GetProperty("status").GetString());
        Assert.Equal(["KH", "TR"], meeting.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["vong-pisen", "ulku-kocaefe"], meeting.GetProperty("participants").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["peacekeeping"], meeting.GetProperty("topics").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("043", meeting.GetProperty("cameo").GetString());
        Assert.Equal(3, meeting.GetProperty("evidence")[0].GetProperty("line").GetInt32());

        var visit = Engagement(json, "doc-b-2");
        Assert.Equal("visit", visit.GetProperty("kind").GetString());
        Assert.Equal("planned", visit.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("cameo").ValueKind);

        var ids = json.RootElement.GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToHashSet();
        var participants = json.RootElement.GetProperty("engagements").EnumerateArray()
            .SelectMany(e => e.GetProperty("participants").EnumerateArray()).Select(p => p.GetString());
        Assert.All(participants, p => Assert.Contains(p, ids));

        var pisen = json.RootElement.GetProperty("officials")[0];
        Assert.Equal("KH", pisen.GetProperty("country").GetString());
        Assert.Equal(["Pisen"], pisen.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("General", pisen.GetProperty("positions")[0].GetProperty("rank").GetString());
    }

    [Fact]
    public void Output_is_utf8_without_bom_and_keeps_non_ascii_readable()
    {
        using var buffer = new MemoryStream();
        InterchangeJson.Write(SampleCorpus.Create(), buffer);
        byte[] bytes = buffer.ToArray();
        Assert.Equal((byte)'{', bytes[0]);
        string text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"Ülkü Kocaefe\"", text, System.StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, System.StringComparison.Ordinal);
        using var json = JsonDocument.Parse(bytes);
        Assert.Equal(SampleCorpus.AwkwardText, Engagement(json, "doc-b-1").GetProperty("evidence")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Empty_snapshot_writes_empty_lists()
    {
        var empty = new CorpusSnapshot(new List<Document>(), new List<Official>(), new List<Engagement>(), "KH");
        using var json = JsonDocument.Parse(InterchangeJson.Serialize(empty));
        Assert.All(json.RootElement.EnumerateObject(), p => Assert.Equal(0, p.Value.GetArrayLength()));
    }
}
