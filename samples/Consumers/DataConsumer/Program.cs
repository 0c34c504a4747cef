using Corpus;
using Corpus.Data;

// Compiled against the records of Corpus.Data: a member that the corpus no longer holds is a
// compile error here, not a failure at run time.
var pisen = Officials.VongPisen;
Console.WriteLine($"{pisen.Name} ({pisen.Country?.Name ?? "country unknown"})");
foreach (var position in pisen.Positions)
{
    Console.WriteLine($"  {position.Title}, {position.Rank ?? "no rank"}, seen {position.Date?.ToString() ?? "undated"} in {position.DocumentId}");
}

var turkey = Countries.Turkey;
var withTurkey = Engagements.All.Involving(turkey).Chronological().ToList();
Console.WriteLine($"Engagements with {turkey.Name} ({turkey.Alpha2}): {withTurkey.Count}");
foreach (var engagement in withTurkey)
{
    var who = engagement.Participants.Count == 0 ? "no named participants" : string.Join(", ", engagement.Participants);
    Console.WriteLine($"  {engagement.Date?.ToString() ?? "undated"} {engagement.Kind} ({engagement.Status}): {who}");
    foreach (var evidence in engagement.Evidence.Take(1))
    {
        Console.WriteLine($"    \"{evidence.Text}\" [{evidence.Location}]");
    }
}
