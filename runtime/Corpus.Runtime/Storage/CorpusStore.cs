using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Corpus.Contract;

namespace Corpus;

/// <summary>A method of generated code that returns a part of the compiled corpus (a blob of the data layout, stored in the assembly's data).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> CorpusData();

/// <summary>
/// The records of a compiled corpus, read on first use from the data the generator compiled into
/// the assembly. Generated code creates one and exposes its lists as <c>Documents.All</c>,
/// <c>Officials.All</c>, <c>Engagements.All</c> and <c>Mentions.All</c>; it is not meant to be used
/// directly.
/// </summary>
/// <remarks>
/// <para>
/// The data follows the layout of <see cref="DataLayout"/>, a definition this runtime shares with
/// the generator, and starts with its format version. Data of another version (from a
/// Corpus.Generator of another package version) is not read: the first use of any list throws an
/// <see cref="InvalidOperationException"/> that names both versions, and so does every later use.
/// </para>
/// <para>
/// Each list is built once, on first use, by whichever thread gets there first; the others wait
/// for it. The reading methods are compiled fully optimised at once
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): they run once per list, over the whole
/// corpus, so the first tier of the JIT would be the wrong one.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CorpusStore
{
    private readonly CorpusData? _officialOrder;
    private readonly CorpusData[] _officials;
    private readonly CorpusData[] _shards;
    private readonly object _gate = new();
    private CorpusIndex<Document>? _documents;
    private CorpusIndex<Official>? _officialIndex;
    private Official[]? _officialList;
    private int[][]? _officialOrderIndexes;
    private readonly Official[]?[] _officialShards;
    private readonly Position[][]?[] _shardPositions;
    private Document[][]? _shardDocuments;
    private CorpusIndex<Engagement>? _engagements;
    private Mention[]? _mentions;
    private References? _references;
    private string? _formatError;
    private bool _formatChecked;

    /// <summary>The version of the data layout this runtime reads.</summary>
    public const int FormatVersion = DataLayout.FormatVersion;

    /// <summary>Creates the store over the generated data.</summary>
    /// <param name="officials">The officials' data.</param>
    /// <param name="shards">The shards of articles, in document order.</param>
    /// <param name="countries">The countries that references in the data index into.</param>
    /// <param name="topics">The topics that references in the data index into.</param>
    public CorpusStore(CorpusData officials, CorpusData[] shards, IReadOnlyList<Country> countries, IReadOnlyList<Topic> topics)
        : this(null, new[] { officials ?? throw new ArgumentNullException(nameof(officials)) }, shards, countries, topics)
    {
    }

    /// <summary>Creates the store over the generated data, with the officials in several shards.</summary>
    /// <param name="officialOrder">The officials' order: the shard of each official in generated order; <see langword="null"/> when there is one officials' shard.</param>
    /// <param name="officials">The officials' shards.</param>
    /// <param name="shards">The shards of articles, in document order.</param>
    /// <param name="countries">The countries that references in the data index into.</param>
    /// <param name="topics">The topics that references in the data index into.</param>
    public CorpusStore(CorpusData? officialOrder, CorpusData[] officials, CorpusData[] shards, IReadOnlyList<Country> countries, IReadOnlyList<Topic> topics)
    {
        _officials = officials ?? throw new ArgumentNullException(nameof(officials));
        if (officials.Length == 0 || (officialOrder is null && officials.Length != 1)) throw new ArgumentException("The officials' order is needed with more than one officials' shard, and there is at least one shard.", nameof(officials));
        _officialOrder = officialOrder;
        _officialShards = new Official[officials.Length][];
        _shardPositions = new Position[officials.Length][][];
        _shards = shards ?? throw new ArgumentNullException(nameof(shards));
        Countries = countries ?? throw new ArgumentNullException(nameof(countries));
        Topics = topics ?? throw new ArgumentNullException(nameof(topics));
    }

    /// <summary>The countries references index into.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The topics references index into.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Every document, in document order, by id.</summary>
    public CorpusIndex<Document> Documents => Volatile.Read(ref _documents) ?? Build(ref _documents, ReadDocuments);

    /// <summary>Every official, in generated order, by id.</summary>
    public CorpusIndex<Official> Officials => Volatile.Read(ref _officialIndex) ?? Build(ref _officialIndex, () => new CorpusIndex<Official>(OfficialList, static o => o.Id));

    /// <summary>Every engagement, in document order, by id.</summary>
    public CorpusIndex<Engagement> Engagements => Volatile.Read(ref _engagements) ?? Build(ref _engagements, ReadEngagements);

    /// <summary>Every mention, in document order.</summary>
    public IReadOnlyList<Mention> Mentions => Volatile.Read(ref _mentions) ?? Build(ref _mentions, ReadMentions);

    /// <summary>The official at <paramref name="index"/> in generated order: what a generated member such as <c>Officials.VongPisen</c> returns.</summary>
    public Official Official(int index) => OfficialList[index];

    /// <summary>The official at <paramref name="index"/> in officials' shard <paramref name="shard"/>: what a generated member such as <c>Officials.VongPisen</c> returns.</summary>
    /// <remarks>Only that shard's blob is read, the first time one of its officials is asked for.</remarks>
    public Official Official(int shard, int index) => ShardOfficials(shard)[index];

    private Official[] OfficialList => Volatile.Read(ref _officialList) ?? Build(ref _officialList, ReadOfficials);

    private References Lookups => Volatile.Read(ref _references) ?? Build(ref _references, () => new References(OfficialList, Countries, Topics));

    // The place in generated order of each official of each officials' shard.
    private int[][] OfficialOrderIndexes => Volatile.Read(ref _officialOrderIndexes) ?? Build(ref _officialOrderIndexes, ReadOrder);

    // The officials of one officials' shard, in the shard's order, read on first use.
    private Official[] ShardOfficials(int shard)
        => Volatile.Read(ref _officialShards[shard]) ?? Build(ref _officialShards[shard], () => ReadShardOfficials(shard));

    // The positions of each official of one officials' shard, in the shard's order, read on first use.
    private Position[][] ShardPositions(int shard)
        => Volatile.Read(ref _shardPositions[shard]) ?? Build(ref _shardPositions[shard], () => ReadShardPositions(shard));

    private T Build<T>(ref T? field, Func<T> read) where T : class
    {
        lock (_gate)
        {
            CheckFormat();
            var value = field;
            if (value is null)
            {
                value = read();
                Volatile.Write(ref field, value);
            }
            return value;
        }
    }

    // Checks the version of every blob once; data of another version throws, on this use and every later one.
    private void CheckFormat()
    {
        if (!_formatChecked)
        {
            int found = _officialOrder is null ? DataLayout.FormatVersion : CorpusReader.Version(_officialOrder());
            for (int i = 0; i < _officials.Length && found == DataLayout.FormatVersion; i++) found = CorpusReader.Version(_officials[i]());
            for (int i = 0; i < _shards.Length && found == DataLayout.FormatVersion; i++) found = CorpusReader.Version(_shards[i]());
            _formatError = found == DataLayout.FormatVersion ? null : DataLayout.VersionMismatch(found);
            _formatChecked = true;
        }
        if (_formatError is not null) throw new InvalidOperationException(_formatError);
    }

    // The sections of a shard's body, in order (DataLayout).
    private const int DocumentSection = 0, SentenceSection = 1, EngagementSection = 2, MentionSentenceSection = 3, MentionSection = 4;

    private CorpusIndex<Document> ReadDocuments()
    {
        var documents = new Document[_shards.Length][];
        for (int i = 0; i < _shards.Length; i++)
        {
            using var body = CorpusBlob.Open(_shards[i]);
            documents[i] = body.Length == 0 ? Array.Empty<Document>() : ShardDocuments(body);
        }
        return JoinDocuments(documents);
    }

    // The documents of every shard, joined in order; each shard's are kept for the engagements and mentions to refer to.
    private CorpusIndex<Document> JoinDocuments(Document[][] byShard)
    {
        _shardDocuments = byShard;
        return new CorpusIndex<Document>(Join(byShard), static d => d.Id);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Document[] ShardDocuments(CorpusBlob body)
    {
        var (start, length) = body.Section(DocumentSection);
        var r = new CorpusReader(body.Upto(start + length), start);
        var documents = new Document[body.Count];
        for (int i = 0; i < documents.Length; i++) documents[i] = r.Document();
        return documents;
    }

    private static T[] Join<T>(T[][] parts)
    {
        int count = 0;
        foreach (var part in parts) count += part.Length;
        var all = new T[count];
        int at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Length;
        }
        return all;
    }

    // The sections of the officials' body, in order (DataLayout).
    private const int OfficialSection = 0, PositionSection = 1;

    /// <summary>The positions of official <paramref name="index"/> of officials' shard <paramref name="shard"/>: what its <see cref="Corpus.Official.Positions"/> list reads on first use.</summary>
    internal Position[] PositionsOf(int shard, int index) => ShardPositions(shard)[index];

    // The place in generated order of each official of each officials' shard, from the officials' order alone
    // (the count of officials, the count of shards, then the shard of each official); each shard is checked
    // against it when it is read. With a single shard, its officials are in generated order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[][] ReadOrder()
    {
        var indexes = new int[_officials.Length][];
        if (_officialOrder is null)
        {
            int count = ShardOfficials(0).Length;
            indexes[0] = new int[count];
            for (int i = 0; i < count; i++) indexes[0][i] = i;
            return indexes;
        }
        using var body = CorpusBlob.Open(_officialOrder);
        if (body.Length == 0)
        {
            for (int s = 0; s < indexes.Length; s++) indexes[s] = Array.Empty<int>();
            return indexes;
        }
        var r = new CorpusReader(body.Upto(body.Length), 0);
        int total = r.Int();
        if (r.Int() != _officials.Length) throw CorpusReader.Corrupt();
        var shardOf = new int[total];
        var counts = new int[_officials.Length];
        for (int i = 0; i < total; i++)
        {
            if (r.Position >= body.Length) throw CorpusReader.Corrupt();
            int s = r.Index(_officials.Length);
            shardOf[i] = s;
            counts[s]++;
        }
        if (r.Position != body.Length) throw CorpusReader.Corrupt();
        for (int s = 0; s < indexes.Length; s++) indexes[s] = counts[s] == 0 ? Array.Empty<int>() : new int[counts[s]];
        var filled = new int[_officials.Length];
        for (int i = 0; i < total; i++) indexes[shardOf[i]][filled[shardOf[i]]++] = i;
        return indexes;
    }

    // Every official in generated order: each officials' shard read in turn, its officials placed as the order gives.
    private Official[] ReadOfficials()
    {
        var indexes = OfficialOrderIndexes;
        int total = 0;
        foreach (var shard in indexes) total += shard.Length;
        var officials = new Official[total];
        for (int s = 0; s < indexes.Length; s++)
        {
            var these = ShardOfficials(s);
            for (int k = 0; k < these.Length; k++) officials[indexes[s][k]] = these[k];
        }
        return officials;
    }

    // Who the officials of one shard are, from the first section of its blob; their positions are read on first use (PositionList).
    // With several shards, the shard must hold as many officials as the order gives it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Official[] ReadShardOfficials(int shard)
    {
        int expected = _officialOrder is null ? -1 : OfficialOrderIndexes[shard].Length;
        using var body = CorpusBlob.Open(_officials[shard]);
        int count = body.Length == 0 ? 0 : body.Count;
        if (expected >= 0 && count != expected) throw CorpusReader.Corrupt();
        if (count == 0) return Array.Empty<Official>();
        var officials = new Official[count];
        var (start, length) = body.Section(OfficialSection);
        var r = new CorpusReader(body.Upto(start + length), start);
        for (int k = 0; k < officials.Length; k++)
        {
            string id = r.String(), name = r.String();
            var aliases = r.Strings();
            var country = r.Reference(Countries);
            int positions = r.Int();
            IReadOnlyList<Position> list = positions == 0 ? Array.Empty<Position>() : new PositionList(this, shard, k, positions);
            officials[k] = new Official(id, name, aliases, country, list, r.Strings());
        }
        return officials;
    }

    // The positions of one shard's officials, from the second section of its blob: the shard's sentence table, then the positions in the shard's order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Position[][] ReadShardPositions(int shard)
    {
        var officials = ShardOfficials(shard);
        var positions = new Position[officials.Length][];
        if (officials.Length == 0) return positions;
        using var body = CorpusBlob.Open(_officials[shard]);
        var (start, length) = body.Section(PositionSection);
        var r = new CorpusReader(body.Upto(start + length), start);
        int sentenceCount = r.Int();
        var lines = new int[sentenceCount];
        var columns = new int[sentenceCount];
        var sentences = new string[sentenceCount];
        for (int i = 0; i < sentenceCount; i++)
        {
            lines[i] = r.Int();
            columns[i] = r.Int();
            sentences[i] = r.String();
        }
        for (int k = 0; k < officials.Length; k++)
        {
            var these = officials[k].Positions.Count == 0 ? Array.Empty<Position>() : new Position[officials[k].Positions.Count];
            for (int p = 0; p < these.Length; p++)
            {
                string title = r.String();
                string? organization = r.NullableString(), rank = r.NullableString();
                var date = r.Date();
                string document = r.String();
                int n = r.Index(sentenceCount);
                these[p] = new Position(title, organization, rank, date, document, new Evidence(document, lines[n], columns[n], sentences[n]));
            }
            positions[k] = these;
        }
        if (r.Position != start + length) throw CorpusReader.Corrupt();
        return positions;
    }

    // Reads each shard once, up to the end of its engagements, with its documents when they have not been read yet;
    // the shards are read in order on the calling thread (reading them on several threads gave no gain on two busy cores).
    private CorpusIndex<Engagement> ReadEngagements()
    {
        var known = Volatile.Read(ref _documents) is null ? null : _shardDocuments;
        var documents = known ?? new Document[_shards.Length][];
        var engagements = new Engagement[_shards.Length][];
        var lookups = Lookups;
        for (int i = 0; i < _shards.Length; i++)
        {
            using var body = CorpusBlob.Open(_shards[i]);
            if (body.Length == 0)
            {
                if (known is null) documents[i] = Array.Empty<Document>();
                engagements[i] = Array.Empty<Engagement>();
                continue;
            }
            if (known is null) documents[i] = ShardDocuments(body);
            engagements[i] = ShardEngagements(body, documents[i], lookups);
        }
        if (known is null) Volatile.Write(ref _documents, JoinDocuments(documents));
        return new CorpusIndex<Engagement>(Join(engagements), static e => e.Id);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Engagement[] ShardEngagements(CorpusBlob body, Document[] documents, References lookups)
    {
        var (sentencesStart, _) = body.Section(SentenceSection);
        var (start, length) = body.Section(EngagementSection);
        var data = body.Upto(start + length);
        var sentences = new CorpusReader(data, sentencesStart);
        var r = new CorpusReader(data, start);
        var engagements = new List<Engagement>();
        for (int i = 0; i < body.Count; i++)
        {
            var document = i < documents.Length ? documents[i] : throw CorpusReader.Corrupt();
            var evidence = sentences.Sentences(document.Id);
            int n = r.Int();
            for (int e = 0; e < n; e++) engagements.Add(r.Engagement(document, lookups, evidence));
        }
        return engagements.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Mention[] ReadMentions()
    {
        var documents = Documents;
        var officials = Lookups.Officials;
        var mentions = new List<Mention>();
        int at = 0;
        foreach (var shard in _shards)
        {
            using var body = CorpusBlob.Open(shard);
            if (body.Length == 0) continue;
            var (sentencesStart, _) = body.Section(SentenceSection);
            var (moreStart, _) = body.Section(MentionSentenceSection);
            var (start, _) = body.Section(MentionSection);
            var data = body.Upto(body.Length);
            var sentences = new CorpusReader(data, sentencesStart);
            var more = new CorpusReader(data, moreStart);
            var r = new CorpusReader(data, start);
            for (int i = 0; i < body.Count; i++, at++)
            {
                string documentId = documents[at].Id;
                var evidence = sentences.Sentences(documentId, ref more);
                int n = r.Int();
                for (int m = 0; m < n; m++)
                {
                    officials.TryGetValue(r.String(), out var official);
                    string text = r.String();
                    int s = r.Index(evidence.Length);
                    if (official is not null) mentions.Add(new Mention(official, documentId, text, evidence[s]));
                }
            }
        }
        return mentions.ToArray();
    }
}

/// <summary>
/// The body of one blob (<see cref="DataLayout"/>): its base 85 decoded and its Deflate stream
/// inflated only as far as a reader asks (<see cref="Upto"/>), the one as the other needs it, so reading the documents of a shard
/// inflates the start of it and reading engagements stops before the mentions. Dispose to return
/// the buffers.
/// </summary>
internal sealed class CorpusBlob : IDisposable
{
    private static readonly CorpusBlob s_empty = new(null, 0);
    private byte[]? _body;
    private DeflateStream? _inflate;
    private int _filled;
    private int _count = -1;
    private int _sectionIndex = -1;
    private int _sectionStart;
    private int _sectionLength;

    private CorpusBlob(Stream? compressed, int length)
    {
        Length = length;
        if (compressed is null) return;
        _body = ArrayPool<byte>.Shared.Rent(length);
        _inflate = new DeflateStream(compressed, CompressionMode.Decompress);
    }

    /// <summary>The length of the body in bytes.</summary>
    public int Length { get; }

    /// <summary>Reads the header of a blob whose version <see cref="CorpusStore"/> has checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CorpusBlob Open(CorpusData data)
    {
        var header = new CorpusReader(data(), 1);
        header.Int();
        int length = header.Int();
        // Deflate expands at most about 1,032 times: a longer body than that is a corrupt header,
        // never a buffer to rent.
        if (length < 0 || length > 1032L * data().Length) throw CorpusReader.Corrupt();
        if (length == 0) return s_empty;
        return new CorpusBlob(new Base85Source(data, header.Position), length);
    }

    /// <summary>The first <paramref name="end"/> bytes of the body, inflating what is not yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Upto(int end)
    {
        if (end > Length || _body is null) throw CorpusReader.Corrupt();
        while (_filled < end)
        {
            int read;
            try
            {
                read = _inflate!.Read(_body, _filled, end - _filled);
            }
            catch (InvalidDataException e)
            {
                throw new FormatException(CorpusReader.Corrupt().Message, e);
            }
            if (read == 0) throw CorpusReader.Corrupt();
            _filled += read;
        }
        return new ReadOnlySpan<byte>(_body, 0, end);
    }

    /// <summary>The first number of the body: a shard's count of articles, the officials' count of officials.</summary>
    public int Count
    {
        get
        {
            if (_count < 0)
            {
                var r = new CorpusReader(Upto(Math.Min(Length, 12)), 0);
                _count = r.Int();
                _sectionIndex = -1;
                _sectionStart = r.Position;
            }
            return _count;
        }
    }

    /// <summary>Where the content of a shard's section <paramref name="index"/> starts, and its length; sections are found in order.</summary>
    public (int Start, int Length) Section(int index)
    {
        _ = Count;
        if (index < _sectionIndex) throw new InvalidOperationException("Sections are read in order.");
        while (_sectionIndex < index)
        {
            int at = _sectionIndex < 0 ? _sectionStart : _sectionStart + _sectionLength;
            var r = new CorpusReader(Upto(Math.Min(Length, at + 12)), at);
            _sectionLength = r.Int();
            _sectionStart = r.Position;
            _sectionIndex++;
        }
        return (_sectionStart, _sectionLength);
    }

    /// <summary>
    /// Decodes <paramref name="text"/>, base 85 (<see cref="Base85"/>) whose last group may be
    /// short, into <paramref name="bytes"/> and returns the number of bytes written; throws a
    /// <see cref="FormatException"/> on a character outside the alphabet, a group worth more than
    /// 32 bits or a text whose length no bytes encode.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int DecodeBase85(ReadOnlySpan<byte> text, Span<byte> bytes)
    {
        int length = Base85.DecodedLength(text.Length);
        if (length < 0) throw new FormatException("The compiled corpus data is corrupt: its base 85 text ends with a group of one character; rebuild the project that generated it.");
        if (length > bytes.Length) throw new ArgumentException("The buffer is too small for the decoded bytes.", nameof(bytes));
        byte[] digits = Base85.Digits;
        int at = 0, written = 0;
        while (at < text.Length)
        {
            int n = Math.Min(5, text.Length - at);
            ulong value = 0;
            for (int i = 0; i < 5; i++)
            {
                uint digit = i < n ? digits[text[at + i]] : (uint)(Base85.Radix - 1);
                if (digit == Base85.NotADigit) throw BadCharacter(text[at + i]);
                value = value * Base85.Radix + digit;
            }
            if (value > uint.MaxValue) throw new FormatException("The compiled corpus data is corrupt: a base 85 group is worth more than 32 bits; rebuild the project that generated it.");
            for (int i = 0; i < n - 1; i++) bytes[written + i] = (byte)(value >> (24 - 8 * i));
            written += n - 1;
            at += n;
        }
        return written;
    }

    private static FormatException BadCharacter(byte c)
        => new("The compiled corpus data is corrupt: byte 0x" + c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)
               + " is not a base 85 digit; rebuild the project that generated it.");

    public void Dispose()
    {
        _inflate?.Dispose();
        _inflate = null;
        if (_body is not null) ArrayPool<byte>.Shared.Return(_body);
        _body = null;
    }

    /// <summary>
    /// The compressed bytes of a blob, decoded from its base 85 (<see cref="Base85"/>) as the
    /// inflater asks for them, so a reader that stops early decodes only what it inflates. The data
    /// is read again from the generated method on each read: a span cannot be kept in a stream, and
    /// the method returns the same bytes each time without copying them.
    /// </summary>
    private sealed class Base85Source : Stream
    {
        private readonly CorpusData _data;
        private int _at;

        public Base85Source(CorpusData data, int at)
        {
            _data = data;
            _at = at;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override int Read(byte[] buffer, int offset, int count)
        {
            var text = _data().Slice(_at);
            if (text.IsEmpty) return 0;
            if (count < 4) throw new ArgumentException("Read at least four bytes at a time.", nameof(count));
            int chars = Math.Min(text.Length, count / 4 * 5);
            int written = DecodeBase85(text.Slice(0, chars), buffer.AsSpan(offset, count));
            _at += chars;
            return written;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>
/// The positions of one official, read from the compiled data on first use: the officials and
/// the engagements that name them are read without the positions and the sentences that state
/// them, which are most of the officials' data.
/// </summary>
internal sealed class PositionList : IReadOnlyList<Position>
{
    private readonly CorpusStore _store;
    private readonly int _shard;
    private readonly int _official;
    private Position[]? _items;

    public PositionList(CorpusStore store, int shard, int official, int count)
    {
        _store = store;
        _shard = shard;
        _official = official;
        Count = count;
    }

    public int Count { get; }

    public Position this[int index] => Items[index];

    private Position[] Items => Volatile.Read(ref _items) ?? (_items = _store.PositionsOf(_shard, _official));

    public IEnumerator<Position> GetEnumerator() => ((IEnumerable<Position>)Items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Officials by id, countries by alpha-2 code and topics by name, exactly (ordinal); the first of a duplicate wins.</summary>
internal sealed class References
{
    public References(Official[] officials, IReadOnlyList<Country> countries, IReadOnlyList<Topic> topics)
    {
        Officials = Index(officials, static o => o.Id);
        Countries = Index(countries, static c => c.Alpha2);
        Topics = Index(topics, static t => t.Id);
    }

    public Dictionary<string, Official> Officials { get; }

    public Dictionary<string, Country> Countries { get; }

    public Dictionary<string, Topic> Topics { get; }

    private static Dictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items) map.TryAdd(key(item), item);
        return map;
    }
}

/// <summary>Reads the data format of <see cref="CorpusStore"/>.</summary>
internal ref struct CorpusReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _at;

    public CorpusReader(ReadOnlySpan<byte> data, int at)
    {
        _data = data;
        _at = at;
    }

    /// <summary>Where the next value starts.</summary>
    public int Position => _at;

    /// <summary>The format version of a blob: the number after its header, or <see cref="DataLayout.UnversionedFormat"/> without one.</summary>
    public static int Version(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data[0] != (byte)DataLayout.Header) return DataLayout.UnversionedFormat;
        int value = 0;
        for (int i = 1; i < data.Length && data[i] != (byte)DataLayout.NumberEnd; i++)
        {
            if ((uint)(data[i] - '0') > 9 || value > 100_000_000) return -1;
            value = value * 10 + (data[i] - '0');
        }
        return value;
    }

    private bool TakeMissing()
    {
        if ((uint)_at >= (uint)_data.Length) throw Corrupt();
        if (_data[_at] != (byte)DataLayout.Missing) return false;
        _at++;
        return true;
    }

    // A date or a location: "@" and its parts, or "~".
    private bool TakePresent()
    {
        if (TakeMissing()) return false;
        if (_data[_at++] != (byte)DataLayout.Present) throw Corrupt();
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Int()
    {
        int value = 0;
        byte b;
        while ((b = Next()) != (byte)DataLayout.NumberEnd)
        {
            value = Digit(value, b);
        }
        return value;
    }

    public int? NullableInt() => TakeMissing() ? null : Int();

    // The next byte; data that ends early is corrupt, never an index out of range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Next()
    {
        if ((uint)_at >= (uint)_data.Length) throw Corrupt();
        return _data[_at++];
    }

    // One more decimal digit of a number; a non-digit or a number past int.MaxValue is corrupt.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digit(int value, byte b)
    {
        uint d = (uint)(b - '0');
        if (d > 9 || value > (int.MaxValue - (int)d) / 10) throw Corrupt();
        return value * 10 + (int)d;
    }

    public string String() => NullableString() ?? throw Corrupt();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? NullableString()
    {
        if (TakeMissing()) return null;
        int length = 0;
        byte b;
        while ((b = Next()) != (byte)DataLayout.LengthEnd)
        {
            length = Digit(length, b);
        }
        if (length > _data.Length - _at) throw Corrupt();
        string value = length == 0 ? "" : Encoding.UTF8.GetString(_data.Slice(_at, length));
        _at += length;
        return value;
    }

    /// <summary>An index into a table of <paramref name="count"/> entries.</summary>
    public int Index(int count)
    {
        int i = Int();
        if (i >= count) throw Corrupt();
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<string> Strings()
    {
        int n = Int();
        if (n == 0) return Array.Empty<string>();
        var values = new string[n];
        for (int i = 0; i < n; i++) values[i] = String();
        return values;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PartialDate? Date()
    {
        if (!TakePresent()) return null;
        int? year = NullableInt(), month = NullableInt(), day = NullableInt();
        return new PartialDate(year, month, day);
    }

    public T? Reference<T>(IReadOnlyList<T> items) where T : class => TakeMissing() ? null : items[Int()];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Document Document()
    {
        string id = String(), path = String();
        string? title = NullableString(), outlet = NullableString(), url = NullableString();
        var published = Date();
        return new Document(id, path, title, outlet, url, published, Int());
    }

    /// <summary>An article's sentence table as the evidence of that document, one instance per sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Evidence[] Sentences(string documentId)
    {
        int n = Int();
        if (n == 0) return Array.Empty<Evidence>();
        var evidence = new Evidence[n];
        ReadSentences(documentId, evidence, 0);
        return evidence;
    }

    /// <summary>An article's whole sentence table: its entries in this section followed by those in <paramref name="more"/>'s.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Evidence[] Sentences(string documentId, ref CorpusReader more)
    {
        int n = Int(), m = more.Int();
        if (n + m == 0) return Array.Empty<Evidence>();
        var evidence = new Evidence[n + m];
        ReadSentences(documentId, evidence, 0, n);
        more.ReadSentences(documentId, evidence, n);
        return evidence;
    }

    private void ReadSentences(string documentId, Evidence[] into, int from, int to = -1)
    {
        if (to < 0) to = into.Length;
        for (int i = from; i < to; i++)
        {
            int line = Int(), column = Int();
            into[i] = new Evidence(documentId, line, column, String());
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Engagement Engagement(Document document, References lookups, Evidence[] sentences)
    {
        string id = String();
        var kind = (EngagementKind)Int();
        var status = (EngagementStatus)Int();
        var date = Date();
        Location? location = null;
        if (TakePresent())
        {
            string? place = NullableString(), city = NullableString();
            string? code = NullableString();
            location = new Location(place, city, code is not null && lookups.Countries.TryGetValue(code, out var c) ? c : null);
        }
        var engagementCountries = Keys(lookups.Countries);
        var participants = Keys(lookups.Officials);
        var engagementTopics = Keys(lookups.Topics);
        var agreements = Strings();
        string? cameo = NullableString();
        var evidence = new Evidence[Int()];
        for (int i = 0; i < evidence.Length; i++) evidence[i] = sentences[Index(sentences.Length)];
        return new Engagement(id, document, kind, status, date, location, engagementCountries, participants, engagementTopics, agreements, cameo, evidence);
    }

    // The records a list of keys names, leaving out those the corpus does not have.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IReadOnlyList<T> Keys<T>(Dictionary<string, T> items) where T : class
    {
        int n = Int();
        if (n == 0) return Array.Empty<T>();
        var values = new T[n];
        int found = 0;
        for (int i = 0; i < n; i++)
        {
            if (items.TryGetValue(String(), out var value)) values[found++] = value;
        }
        if (found < n) Array.Resize(ref values, found);
        return values;
    }

    public static FormatException Corrupt() => new("The compiled corpus data is corrupt; rebuild the project that generated it.");
}
