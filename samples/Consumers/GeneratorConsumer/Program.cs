using Corpus;
using Briefings;

// Records compiled from articles/ by the Corpus generator. Each official and country is a typed
// member: a misspelt or vanished name does not compile.
Console.WriteLine($"Documents: {Documents.All.Count}");
foreach (var document in Documents.All)
{
    Console.WriteLine($"  {document.Id}: {document.Title ?? "untitled"}, published {document.Published?.ToString() ?? "unknown"}");
}

Console.WriteLine($"Officials: {Officials.All.Count}");
foreach (var official in Officials.All)
{
    var position = official.LatestPosition();
    Console.WriteLine($"  {official.Name} ({official.Country?.Alpha2 ?? "??"}): {position?.Title ?? "no title"}");
}

Console.WriteLine($"Engagements: {Engagements.All.Count}");
foreach (var engagement in Engagements.All.Chronological())
{
    var where = engagement.Location is { } location && location.ToString().Length > 0 ? location.ToString() : "place not stated";
    Console.WriteLine($"  {engagement.Date?.ToString() ?? "undated"} {engagement.Kind} ({engagement.Status}), {where}: {string.Join(", ", engagement.Countries.Select(c => c.Alpha2))}; {string.Join(", ", engagement.Participants)}");
}

var vannarith = Officials.SokVannarith;
var counterparts = Engagements.All.WithParticipant(vannarith).SelectMany(e => e.Participants).Where(p => p != vannarith).Distinct();
Console.WriteLine($"{vannarith.Name} met: {string.Join(", ", counterparts)}");
var signing = Engagements.All.Involving(Countries.Thailand).OfKind(EngagementKind.Agreement).First();
Console.WriteLine($"{Countries.Thailand.Name} signed on {signing.Date}: {string.Join(" and ", signing.Participants.Select(p => $"{p.Name} ({p.LatestPosition()?.Title})"))}");
