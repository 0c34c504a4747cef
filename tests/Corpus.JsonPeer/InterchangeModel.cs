using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.JsonPeer;

// The interchange JSON (DESIGN.md) as plain classes: what a user who loads the corpus at run
// time would deserialize into. Ids stand where the generated records hold references.

public sealed class InterchangeFile
{
    [JsonPropertyName("documents")] public List<DocumentDto> Documents { get; set; } = new();
    [JsonPropertyName("officials")] public List<OfficialDto> Officials { get; set; } = new();
    [JsonPropertyName("engagements")] public List<EngagementDto> Engagements { get; set; } = new();
}

public sealed class DocumentDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("outlet")] public string? Outlet { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("published")] public string? Published { get; set; }
}

public sealed class OfficialDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = new();
    [JsonPropertyName("country")] public string? Country { get; set; }
    [JsonPropertyName("positions")] public List<PositionDto> Positions { get; set; } = new();
    [JsonPropertyName("documents")] public List<string> Documents { get; set; } = new();
}

public sealed class PositionDto
{
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("organization")] public string? Organization { get; set; }
    [JsonPropertyName("rank")] public string? Rank { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("document")] public string Document { get; set; } = "";
}

public sealed class EngagementDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("document")] public string Document { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("location")] public LocationDto? Location { get; set; }
    [JsonPropertyName("countries")] public List<string> Countries { get; set; } = new();
    [JsonPropertyName("participants")] public List<string> Participants { get; set; } = new();
    [JsonPropertyName("topics")] public List<string> Topics { get; set; } = new();
    [JsonPropertyName("agreements")] public List<string> Agreements { get; set; } = new();
    [JsonPropertyName("cameo")] public string? Cameo { get; set; }
    [JsonPropertyName("evidence")] public List<EvidenceDto> Evidence { get; set; } = new();
}

public sealed class LocationDto
{
    [JsonPropertyName("place")] public string? Place { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
}

public sealed class EvidenceDto
{
    [JsonPropertyName("document")] public string Document { get; set; } = "";
    [JsonPropertyName("line")] public int Line { get; set; }
    [JsonPropertyName("text")] public string Text { get; set; } = "";
}

/// <summary>System.Text.Json source generation for the interchange file: no reflection at run time.</summary>
[JsonSerializable(typeof(InterchangeFile))]
public sealed partial class InterchangeJsonContext : JsonSerializerContext
{
}

/// <summary>What the benchmarks measure on the JSON side.</summary>
public static class JsonLoader
{
    /// <summary>
    /// Deserializes the interchange JSON, indexes the engagements by id, and returns their count
    /// plus one when <paramref name="id"/> is found: the same work as <c>Engagements.All.Count</c>
    /// and <c>Engagements.All.Find(id)</c> on the generated side.
    /// </summary>
    public static int FirstAccess(byte[] json, string id)
    {
        var file = System.Text.Json.JsonSerializer.Deserialize(json, InterchangeJsonContext.Default.InterchangeFile)!;
        var byId = new Dictionary<string, EngagementDto>(file.Engagements.Count, System.StringComparer.OrdinalIgnoreCase);
        foreach (var e in file.Engagements) byId.TryAdd(e.Id, e);
        return file.Engagements.Count + (byId.ContainsKey(id) ? 1 : 0);
    }
}
