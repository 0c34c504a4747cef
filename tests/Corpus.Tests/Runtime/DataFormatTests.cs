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
        var store = Store(static () => "#5,0,0,0, "u8, static () => "#5,0,0,0, "u8);
        Assert.Equal(5, CorpusStore.FormatVersion);
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
        Assert.Equal("The compiled corpus data has format version 1, but this Corpus.Runtime reads format version 5: use matching versions of the "
            + "Corpus.Generator and Corpus.Runtime packages (the same package version) and rebuild the project that holds the corpus.", first.Message);
        var again = Assert.Throws<InvalidOperationException>(() => store.Documents);
        Assert.Equal(first.Message, again.Message);
    }

    [Fact]
    public void Data_of_a_newer_version_in_any_shard_throws_naming_both_versions()
    {
        var store = Store(static () => "#5,0,0,0, "u8, static () => "#5,0,0,0, "u8, static () => "#6,0,0,0, "u8);
        var e = Assert.Throws<InvalidOperationException>(() => store.Engagements);
        Assert.Contains("format version 6, but this Corpus.Runtime reads format version 5", e.Message, StringComparison.Ordinal);
        Assert.Contains("Corpus.Generator and Corpus.Runtime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_data_starts_with_the_version_the_runtime_reads()
    {
        var run = Corpus.Tests.Robustness.Robust.Run(("a.txt", "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met the Malaysian ambassador on Tuesday.\n"));
        var data = run.Result.GeneratedSources.Where(s => s.HintName.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) || s.HintName == "Corpus.Officials.g.cs")
            .Select(s => s.SourceText.ToString()).ToList();
        Assert.Equal(2, data.Count);
        Assert.All(data, source => Assert.StartsWith("#" + DataLayout.FormatVersion + ",", Header(CompressedDataTests.Literals(source).Single()), StringComparison.Ordinal));
    }

    [Fact]
    public void Data_of_format_4_a_base64_utf8_literal_throws_naming_both_versions()
    {
        var store = Store(static () => "#4,13,y8vMBQA="u8, static () => "#4,0,"u8);
        var e = Assert.Throws<InvalidOperationException>(() => store.Officials);
        Assert.Contains("format version 4, but this Corpus.Runtime reads format version 5", e.Message, StringComparison.Ordinal);
    }

    /// <summary>The ASCII header at the start of a blob's characters, as a runtime of any version reads it: the characters' bytes, little-endian.</summary>
    private static string Header(string blob)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(blob.AsSpan()).ToArray();
        int end = 0;
        for (int commas = 0; commas < 4 && end < bytes.Length; end++) if (bytes[end] == (byte)',') commas++;
        return System.Text.Encoding.ASCII.GetString(bytes, 0, end);
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

/// <summary>What the data stores: each evidence sentence once, compressed, in one string literal per blob.</summary>
public class CompressedDataTests
{
    private const string Article = "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met Malaysian Ambassador to Cambodia Eldeen Husaini and Thai Ambassador to Cambodia Somchai Wongsa at the Ministry of National Defence on Tuesday.\n\n"
        + "The two sides discussed training and the fight against landmines.\n";

    private const string Sentence = "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met Malaysian Ambassador to Cambodia Eldeen Husaini and Thai Ambassador to Cambodia Somchai Wongsa at the Ministry of National Defence on Tuesday.";

    /// <summary>The characters of every blob literal in a generated source, escapes resolved.</summary>
    internal static IReadOnlyList<string> Literals(string source)
    {
        var literals = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(source, @"MemoryExtensions\.AsSpan\(""((?:[^""\\]|\\u[0-9A-F]{4})*)""\)"))
        {
            literals.Add(System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value, @"\\u([0-9A-F]{4})",
                e => ((char)int.Parse(e.Groups[1].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)).ToString()));
        }
        return literals;
    }

    /// <summary>The body of every blob in a generated source, decoded and inflated.</summary>
    internal static IReadOnlyList<string> Bodies(string source)
    {
        var bodies = new List<string>();
        foreach (string literal in Literals(source))
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(literal.AsSpan()).ToArray();
            var header = System.Text.Encoding.ASCII.GetString(bytes).Split(',');
            Assert.Equal("#" + DataLayout.FormatVersion, header[0]);
            int length = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture), compressed = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(DataLayout.TextForm.ToString(System.Globalization.CultureInfo.InvariantCulture), header[3]);
            int headerChars = (header[0].Length + header[1].Length + header[2].Length + header[3].Length + 5) / 2;
            Assert.Equal(headerChars + DataText.CharCount(compressed), literal.Length);
            if (length == 0) { bodies.Add(""); continue; }
            var deflated = new byte[compressed];
            DataText.Decode(literal.ToCharArray(), headerChars, deflated, 0, compressed);
            using var deflate = new System.IO.Compression.DeflateStream(new System.IO.MemoryStream(deflated), System.IO.Compression.CompressionMode.Decompress);
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
        var body = Assert.Single(Bodies(run.Sources.Single(s => s.HintName == "Corpus.Officials.g.cs").Source));
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
        var engagement = Assert.Single(loaded.All<Engagement>("Test.Corpus", "Engagements"), e => e.Participants.Count == 3);
        Assert.All(engagement.Participants, p => Assert.Contains(p, officials));
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

    private static ReadOnlySpan<byte> Blob(string body) => System.Runtime.InteropServices.MemoryMarshal.AsBytes(BlobText(body).AsSpan());

    /// <summary>The characters of the blob of <paramref name="body"/>, as the generator writes them.</summary>
    private static string BlobText(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        using var compressed = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(bytes);
        var deflated = compressed.ToArray();
        return DataText.Encode(Header(bytes.Length, deflated.Length, DataLayout.TextForm), DataLayout.HeaderPad, deflated, 0, deflated.Length);
    }

    private static string Header(int length, int compressed, int form)
        => "#" + DataLayout.FormatVersion + "," + length + "," + compressed + "," + form + ",";

    private static byte[] Deflate(string body)
    {
        using var compressed = new System.IO.MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(System.Text.Encoding.UTF8.GetBytes(body));
        return compressed.ToArray();
    }

    [Fact]
    public void The_data_is_the_same_string_literal_in_every_language_version_and_reads_the_same()
    {
        var latest = Corpus.Tests.Robustness.Robust.Run(Corpus.Tests.Robustness.Robust.Corpus(("a.txt", Article)));
        var csharp10 = Corpus.Tests.Robustness.Robust.Run(Corpus.Tests.Robustness.Robust.Corpus(("a.txt", Article)),
            parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10, Microsoft.CodeAnalysis.DocumentationMode.Diagnose));
        foreach (var hint in new[] { "Corpus.Officials.g.cs", "Corpus.Data.Shard0000.g.cs" })
        {
            string a = latest.Sources.Single(s => s.HintName == hint).Source, b = csharp10.Sources.Single(s => s.HintName == hint).Source;
            Assert.DoesNotContain("\"u8", a, StringComparison.Ordinal);
            Assert.Equal(a, b);
            var literal = Assert.Single(Literals(a));
            int header = literal.TakeWhile(c => c < DataText.First).Count();
            Assert.InRange(header, 4, 12);
            Assert.All(literal.Skip(header), c => Assert.InRange(c, DataText.First, DataText.Last));
            Assert.NotEmpty(Assert.Single(Bodies(a)));
        }
        Assert.Empty(csharp10.Diagnostics);
        Assert.Empty(csharp10.CompileDiagnostics);

        using var loaded = Corpus.Tests.Robustness.LoadedCorpus.Load(csharp10.Output);
        Assert.Contains(loaded.All<Engagement>("Test.Corpus", "Engagements"), e => e.Participants.Count == 3 && e.Evidence.Any(ev => ev.Text == Sentence));
        Assert.Equal(3, loaded.All<Official>("Test.Corpus", "Officials").Count);
        Assert.Equal(3, loaded.All<Mention>("Test.Corpus", "Mentions").Count(m => m.Evidence.Text == Sentence));
    }

    [Fact]
    public void A_blob_whose_characters_are_cut_short_or_out_of_range_is_corrupt()
    {
        // No officials: their count, then the two sections, empty.
        string blob = BlobText("0,0,0,");
        Assert.Equal("0", Read(blob));
        Assert.Throws<FormatException>(() => Read(blob.Substring(0, blob.Length - 1)));
        Assert.Throws<FormatException>(() => Read(blob.Substring(0, blob.Length - 1) + "A"));
        Assert.Throws<FormatException>(() => Read(blob + DataText.First));

        static string Read(string blob) => Count(System.Runtime.InteropServices.MemoryMarshal.AsBytes(blob.AsSpan()).ToArray());
    }

    private static string Count(byte[] data)
    {
        var store = new CorpusStore(() => data, Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>());
        return store.Officials.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_blob_of_the_bytes_form_is_its_header_and_compressed_bytes_and_reads_the_same()
    {
        string who = "2:id4:Name0,~1,0,", positions = "0,5:Title~~~2:id0,";
        string body = "1," + who.Length + "," + who + positions.Length + "," + positions;
        var deflated = Deflate(body);
        var data = System.Text.Encoding.ASCII.GetBytes(Header(body.Length, deflated.Length, DataLayout.BytesForm)).Concat(deflated).ToArray();
        var store = new CorpusStore(() => data, Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>());
        var official = Assert.Single(store.Officials);
        Assert.Equal(("id", "Name", 1), (official.Id, official.Name, official.Positions.Count));
        Assert.Throws<FormatException>(() => Count(data.Take(data.Length - 1).ToArray()));
        Assert.Throws<FormatException>(() => Count(System.Text.Encoding.ASCII.GetBytes(Header(body.Length, deflated.Length, 2)).Concat(deflated).ToArray()));
    }

    [Fact]
    public void The_generator_writes_a_blob_past_its_limit_as_a_byte_array_of_the_bytes_form()
    {
        const string body = "0,0,0,";
        var text = new Corpus.Generator.Emit.SourceWriter();
        Corpus.Generator.Emit.DataBlob.Method(text, "Data", body, Corpus.Generator.Emit.DataBlob.ShardTextLimit);
        var bytes = new Corpus.Generator.Emit.SourceWriter();
        Corpus.Generator.Emit.DataBlob.Method(bytes, "Data", body, -1);
        Assert.Contains("MemoryExtensions.AsSpan(", text.ToString(), StringComparison.Ordinal);
        var array = System.Text.RegularExpressions.Regex.Match(bytes.ToString(), @"=> new byte\[\] \{ ([0-9,]*) \};");
        Assert.True(array.Success, bytes.ToString());
        var data = array.Groups[1].Value.TrimEnd(',').Split(',').Select(b => byte.Parse(b, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var fields = System.Text.Encoding.ASCII.GetString(data).Split(',');
        Assert.Equal(("#" + DataLayout.FormatVersion, body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), DataLayout.BytesForm.ToString(System.Globalization.CultureInfo.InvariantCulture)), (fields[0], fields[1], fields[3]));
        int header = fields[0].Length + fields[1].Length + fields[2].Length + fields[3].Length + 4;
        Assert.Equal(data.Length - header, int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0", Count(data));
        Assert.Equal("0", Count(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Assert.Single(Literals(text.ToString())).AsSpan()).ToArray()));

        Assert.Equal(Corpus.Generator.Emit.DataBlob.ShardTextLimit, Corpus.Generator.Emit.DataBlob.ShardLimit(Corpus.Generator.Emit.DataBlob.TextShards - 1));
        Assert.True(Corpus.Generator.Emit.DataBlob.ShardLimit(Corpus.Generator.Emit.DataBlob.TextShards) < 0);
    }

    [Fact]
    public void The_string_literals_of_the_largest_corpus_stay_well_inside_the_user_string_heap()
    {
        // Two bytes per character; the officials' blob and every shard that may be a string literal, at their limits.
        long chars = DataText.CharCount(Corpus.Generator.Emit.DataBlob.OfficialsTextLimit) + (long)Corpus.Generator.Emit.DataBlob.TextShards * DataText.CharCount(Corpus.Generator.Emit.DataBlob.ShardTextLimit);
        Assert.InRange(chars * 2, 1, 13L * 1024 * 1024);
    }
}
