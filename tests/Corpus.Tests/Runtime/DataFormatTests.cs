using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Contract;
using Xunit;

namespace Corpus.Tests.DataFormat;

/// <summary>The data layout shared by the generator and the runtime, and its version check.</summary>
public class DataFormatTests
{
    private static CorpusStore Store(CorpusData officials, params CorpusData[] shards)
        => new(officials, shards, Array.Empty<Country>(), Array.Empty<Topic>());

    [Fact]
    public void Data_of_the_current_version_is_read()
    {
        var store = Store(static () => "#6,0,"u8, static () => "#6,0,"u8);
        Assert.Equal(6, CorpusStore.FormatVersion);
        Assert.Empty(store.Officials);
        Assert.Empty(store.Documents);
        Assert.Empty(store.Engagements);
    }

    [Fact]
    public void Data_without_a_version_is_version_1_and_throws_a_clear_message_on_every_use()
    {
        // The layout before versions existed: the officials' data starts with their count.
        var store = Store(static () => "0,"u8);
        var first = Assert.Throws<InvalidOperationException>(() => store.Officials);
        Assert.Equal("The compiled corpus data has format version 1, but this Corpus.Runtime reads format version 6: use matching versions of the "
            + "Corpus.Generator and Corpus.Runtime packages (the same package version) and rebuild the project that holds the corpus.", first.Message);
        var again = Assert.Throws<InvalidOperationException>(() => store.Documents);
        Assert.Equal(first.Message, again.Message);
    }

    [Fact]
    public void Data_of_a_newer_version_in_any_shard_throws_naming_both_versions()
    {
        var store = Store(static () => "#6,0,"u8, static () => "#6,0,"u8, static () => "#7,0,"u8);
        var e = Assert.Throws<InvalidOperationException>(() => store.Engagements);
        Assert.Contains("format version 7, but this Corpus.Runtime reads format version 6", e.Message, StringComparison.Ordinal);
        Assert.Contains("Corpus.Generator and Corpus.Runtime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_data_starts_with_the_version_the_runtime_reads()
    {
        var run = Corpus.Tests.Robustness.Robust.Run(("a.txt", "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met the Malaysian ambassador on Tuesday.\n"));
        var data = run.Result.GeneratedSources.Where(s => s.HintName.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) || s.HintName.StartsWith("Corpus.Officials.", StringComparison.Ordinal))
            .Select(s => s.SourceText.ToString()).ToList();
        Assert.Equal(3, data.Count);
        Assert.All(data, source => Assert.Contains("=> \"#" + DataLayout.FormatVersion + ",", source, StringComparison.Ordinal));
    }

    [Fact]
    public void The_kinds_and_statuses_have_one_definition_whose_names_the_sidecars_and_the_data_use()
    {
        Assert.Equal(Enum.GetNames<EngagementKind>().Select(n => n.ToLowerInvariant()), EngagementNames.Kinds);
        Assert.Equal(new[] { "meeting", "visit", "agreement", "training", "exercise", "ceremony", "aid", "conference", "other" }, EngagementNames.Kinds);
        Assert.Equal(new[] { "held", "planned" }, EngagementNames.Statuses);
        Assert.Equal((int)EngagementKind.Other, EngagementNames.KindNumber("no such kind"));
        Assert.Equal((int)EngagementStatus.Planned, EngagementNames.StatusNumber("planned"));
    }
}

/// <summary>What format 3 stores: each evidence sentence once, compressed, in a UTF-8 literal or, before C# 11, a string literal.</summary>
public class CompressedDataTests
{
    private const string Article = "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met Malaysian Ambassador to Cambodia Eldeen Husaini and Thai Ambassador to Cambodia Somchai Wongsa at the Ministry of National Defence on Tuesday.\n\n"
        + "The two sides discussed training and the fight against landmines.\n";

    private const string Sentence = "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met Malaysian Ambassador to Cambodia Eldeen Husaini and Thai Ambassador to Cambodia Somchai Wongsa at the Ministry of National Defence on Tuesday.";

    /// <summary>The body of every blob in a generated source, inflated.</summary>
    internal static IReadOnlyList<string> Bodies(string source)
    {
        var bodies = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(source, "\"#" + DataLayout.FormatVersion + ",([0-9]+),([^\"]*)\""))
        {
            int length = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (length == 0) { bodies.Add(""); continue; }
            using var deflate = new System.IO.Compression.DeflateStream(new System.IO.MemoryStream(Base85Tests.Decode(m.Groups[2].Value)), System.IO.Compression.CompressionMode.Decompress);
            using var text = new System.IO.StreamReader(deflate, System.Text.Encoding.UTF8);
            string body = text.ReadToEnd();
            Assert.Equal(length, System.Text.Encoding.UTF8.GetByteCount(body));
            bodies.Add(body);
        }
        return bodies;
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void A_sentence_cited_by_several_facts_is_stored_once_and_every_fact_still_gives_it()
    {
        var run = Corpus.Tests.Robustness.Robust.Run(("a.txt", Article));
        var shard = run.Sources.Single(s => s.HintName == "Corpus.Data.Shard0000.g.cs").Source;
        Assert.DoesNotContain(Sentence, shard, StringComparison.Ordinal);
        var body = Assert.Single(Bodies(shard));
        Assert.Equal(1, Occurrences(body, Sentence));

        using var loaded = Corpus.Tests.Robustness.LoadedCorpus.Load(run.Output);
        var mentions = loaded.All<Mention>("Test.Corpus", "Mentions").Where(m => m.Evidence.Text == Sentence).ToList();
        var engagements = loaded.All<Engagement>("Test.Corpus", "Engagements");
        Assert.Equal(3, mentions.Count);
        Assert.Contains(engagements, e => e.Evidence.Any(ev => ev.Text == Sentence && ev.Line == 1));
        Assert.All(mentions, m => Assert.Equal(("a", 1), (m.Evidence.DocumentId, m.Evidence.Line)));
    }

    [Fact]
    public void The_officials_blob_keeps_their_positions_and_sentences_after_who_they_are_and_reads_them_on_first_use()
    {
        var run = Corpus.Tests.Robustness.Robust.Run(("a.txt", Article));
        var body = Assert.Single(Bodies(run.Sources.Single(s => s.HintName == "Corpus.Officials.Shard00.g.cs").Source));
        // The body: the count of officials, then the section of who they are (its length, then its content), then the positions.
        int comma = body.IndexOf(',', StringComparison.Ordinal);
        int count = int.Parse(body.Substring(0, comma), System.Globalization.CultureInfo.InvariantCulture);
        int lengthEnd = body.IndexOf(',', comma + 1);
        int length = int.Parse(body.Substring(comma + 1, lengthEnd - comma - 1), System.Globalization.CultureInfo.InvariantCulture);
        string who = body.Substring(lengthEnd + 1, length), positions = body.Substring(lengthEnd + 1 + length);
        Assert.Equal(3, count);
        Assert.Contains("Tea Banh", who, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentence, who, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(positions, Sentence));

        using var loaded = Corpus.Tests.Robustness.LoadedCorpus.Load(run.Output);
        var officials = loaded.All<Official>("Test.Corpus", "Officials");
        // The minister and both envoys take part, one occasion or one each with the two envoys' states: every participant is
        // one of the officials read from the blob.
        var participants = loaded.All<Engagement>("Test.Corpus", "Engagements").SelectMany(e => e.Participants).Distinct().ToList();
        Assert.Equal(3, participants.Count);
        Assert.All(participants, p => Assert.Contains(p, officials));
        Assert.All(officials, o =>
        {
            var position = Assert.Single(o.Positions);
            Assert.Same(position, o.Positions[0]);
            Assert.Equal(new Evidence("a", 1, 1, Sentence), position.Evidence);
            Assert.Equal("a", position.DocumentId);
        });
        Assert.Contains(officials, o => o.Name == "Somchai Wongsa" && o.Positions[0].Title == "Thai Ambassador to Cambodia");
        Assert.Contains(officials, o => o.Name == "Eldeen Husaini" && o.Positions[0].Title == "Malaysian Ambassador to Cambodia");
    }

    [Fact]
    public void Corrupt_positions_throw_when_the_positions_are_read_and_leave_the_officials_readable()
    {
        // One official with one position, whose evidence is sentence 0 of a table that has none.
        string who = "2:id4:Name0,~1,0,", positions = "0,5:Title~~~2:id0,";
        string body = "1," + who.Length + "," + who + positions.Length + "," + positions;
        var store = new CorpusStore(() => Blob(body), Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>());
        var official = Assert.Single(store.Officials);
        Assert.Equal(("id", "Name", 1), (official.Id, official.Name, official.Positions.Count));
        Assert.Throws<FormatException>(() => official.Positions[0]);
    }

    private static ReadOnlySpan<byte> Blob(string body) => System.Text.Encoding.ASCII.GetBytes(BlobText(body));

    /// <summary>The blob of <paramref name="body"/> as the generator writes it: header, version, length, and the body deflated in base 85.</summary>
    internal static string BlobText(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        using var compressed = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(bytes);
        return "#" + DataLayout.FormatVersion + "," + bytes.Length + "," + Base85Tests.Encode(compressed.ToArray());
    }

    [Fact]
    public void Before_CSharp_11_the_data_is_a_string_literal_and_reads_the_same()
    {
        var latest = Corpus.Tests.Robustness.Robust.Run(Corpus.Tests.Robustness.Robust.Corpus(("a.txt", Article)));
        var csharp10 = Corpus.Tests.Robustness.Robust.Run(Corpus.Tests.Robustness.Robust.Corpus(("a.txt", Article)),
            parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        foreach (var hint in new[] { "Corpus.Officials.g.cs", "Corpus.Officials.Shard00.g.cs", "Corpus.Data.Shard0000.g.cs" })
        {
            string utf8 = latest.Sources.Single(s => s.HintName == hint).Source, plain = csharp10.Sources.Single(s => s.HintName == hint).Source;
            Assert.Contains("\"u8;", utf8, StringComparison.Ordinal);
            Assert.DoesNotContain("\"u8", plain, StringComparison.Ordinal);
            Assert.Contains("??= global::System.Text.Encoding.ASCII.GetBytes(\"#" + DataLayout.FormatVersion + ",", plain, StringComparison.Ordinal);
            Assert.Equal(Bodies(utf8), Bodies(plain));
        }
        Assert.Empty(csharp10.Diagnostics);
        Assert.Empty(csharp10.CompileDiagnostics);

        using var a = Corpus.Tests.Robustness.LoadedCorpus.Load(latest.Output);
        using var b = Corpus.Tests.Robustness.LoadedCorpus.Load(csharp10.Output);
        Assert.Equal(a.All<Engagement>("Test.Corpus", "Engagements").Select(e => (e.Id, e.Kind, string.Join(";", e.Participants.Select(p => p.Id)), string.Join(";", e.Evidence))),
            b.All<Engagement>("Test.Corpus", "Engagements").Select(e => (e.Id, e.Kind, string.Join(";", e.Participants.Select(p => p.Id)), string.Join(";", e.Evidence))));
        Assert.Equal(a.All<Official>("Test.Corpus", "Officials").Select(o => o.Id), b.All<Official>("Test.Corpus", "Officials").Select(o => o.Id));
        Assert.Equal(a.All<Mention>("Test.Corpus", "Mentions").Select(m => m.Evidence), b.All<Mention>("Test.Corpus", "Mentions").Select(m => m.Evidence));
        Assert.NotEmpty(a.All<Mention>("Test.Corpus", "Mentions"));
    }
}
