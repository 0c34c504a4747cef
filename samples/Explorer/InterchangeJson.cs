using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corpus.Explorer;

/// <summary>
/// Writes the interchange JSON of DESIGN.md: one object with <c>documents</c>, <c>officials</c> and
/// <c>engagements</c>, field names and order exactly as the contract shows them, <c>null</c> for unknown
/// values, lists never <c>null</c>, dates as ISO 8601 partial strings and countries as alpha-2 codes.
/// </summary>
public static class InterchangeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the snapshot to <paramref name="output"/> as indented UTF-8 (no byte-order mark), ending with a newline.</summary>
    public static void Write(CorpusSnapshot snapshot, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in snapshot.Documents) WriteDocument(json, document);
            json.WriteEndArray();
            json.WriteStartArray("officials");
            foreach (var official in snapshot.Officials) WriteOfficial(json, official);
            json.WriteEndArray();
            json.WriteStartArray("engagements");
            foreach (var engagement in snapshot.Engagements) WriteEngagement(json, engagement);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>Returns the interchange JSON of the snapshot as a string.</summary>
    public static string Serialize(CorpusSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        Write(snapshot, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("path", document.Path);
        json.WriteString("title", document.Title);
        json.WriteString("outlet", document.Outlet);
        json.WriteString("url", document.Url);
        json.WriteString("published", Formatting.Iso(document.Published));
        json.WriteEndObject();
    }

    private static void WriteOfficial(Utf8JsonWriter json, Official official)
    {
        json.WriteStartObject();
        json.WriteString("id", official.Id);
        json.WriteString("name", official.Name);
        WriteStrings(json, "aliases", official.Aliases);
        json.WriteString("country", official.Country?.Alpha2);
        json.WriteStartArray("positions");
        foreach (var position in official.Positions)
        {
            json.WriteStartObject();
            json.WriteString("title", position.Title);
            json.WriteString("organization", position.Organization);
            json.WriteString("rank", position.Rank);
            json.WriteString("date", Formatting.Iso(position.Date));
            json.WriteString("document", position.DocumentId);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "documents", official.Documents);
        json.WriteEndObject();
    }

    private static void WriteEngagement(Utf8JsonWriter json, Engagement engagement)
    {
        json.WriteStartObject();
        json.WriteString("id", engagement.Id);
        json.WriteString("document", engagement.Document.Id);
        json.WriteString("kind", Formatting.Name(engagement.Kind));
        json.WriteString("status", Formatting.Name(engagement.Status));
        json.WriteString("date", Formatting.Iso(engagement.Date));
        if (engagement.Location is { } location)
        {
            json.WriteStartObject("location");
            json.WriteString("place", location.Place);
            json.WriteString("city", location.City);
            json.WriteString("country", location.Country?.Alpha2);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("location");
        }
        json.WriteStartArray("countries");
        foreach (var country in engagement.Countries) json.WriteStringValue(country.Alpha2);
        json.WriteEndArray();
        json.WriteStartArray("participants");
        foreach (var official in engagement.Participants) json.WriteStringValue(official.Id);
        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in engagement.Topics) json.WriteStringValue(topic.Id);
        json.WriteEndArray();
        WriteStrings(json, "agreements", engagement.Agreements);
        json.WriteString("cameo", engagement.Cameo);
        json.WriteStartArray("evidence");
        foreach (var evidence in engagement.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("document", evidence.DocumentId);
            json.WriteNumber("line", evidence.Line);
            json.WriteString("text", evidence.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
