// One definition of the compiled data layout, compiled into Corpus.Runtime, which reads the data
// (Corpus.CorpusStore), and into Corpus.Extraction, whose copy the generator uses to write it
// (Corpus.Generator.Emit.DataWriter and CorpusEmitter). Change the layout here, and raise
// FormatVersion with it.

namespace Corpus.Contract
{
    /// <summary>
    /// The layout of the data the generator compiles into an assembly and the runtime reads on
    /// first use.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every blob (the officials' order, each officials' shard and each shard of articles) is ASCII: <see cref="Header"/>
    /// (<c>#</c>), the format version as a number, the length in bytes of its body as a number,
    /// then the body compressed with Deflate (RFC 1951, raw, without a zlib or gzip wrapper) and
    /// written in base 85 (<see cref="Base85"/>: 5 characters for 4 bytes, an alphabet without
    /// <c>"</c> and <c>\</c>, a short last group). A body of length 0 has no bytes after the second
    /// number and stands for an empty blob (no officials, no articles). The generator puts a blob
    /// in a UTF-8 literal (<c>"…"u8</c>, stored as raw bytes in the assembly's data) or, for a
    /// language version before C# 11, in a string turned into ASCII bytes once. Data written before
    /// versions existed starts with a digit and is version 1.
    /// </para>
    /// <para>
    /// The body is text. A number is its decimal digits followed by <see cref="NumberEnd"/>
    /// (<c>,</c>); a string is the number of its UTF-8 bytes followed by <see cref="LengthEnd"/>
    /// (<c>:</c>) and the bytes; <see cref="Missing"/> (<c>~</c>) stands for a missing (null)
    /// number, string, date, location or reference. A date is <see cref="Present"/> (<c>@</c>)
    /// and three numbers (year, month, day, each possibly missing), a location <c>@</c> and its
    /// parts; a list is its count followed by its items. A section is its length in bytes (a
    /// number) followed by its content, so a reader can skip it or stop before it.
    /// </para>
    /// <para>
    /// Each evidence sentence is stored once, in a table of sentences (a list of line, column and
    /// sentence text), and evidence is given as the index of its entry in that table.
    /// </para>
    /// <para>
    /// The officials are split over <see cref="OfficialShardCount"/> blobs (officials' shards), each
    /// official in the shard <see cref="OfficialShard"/> gives for its id, so that a new official
    /// changes one shard's blob and member file and leaves the others as they were. Within a shard the
    /// officials keep their generated order. The officials' order blob gives that order across
    /// shards: its body is the count of officials, the count of shards, then per official in
    /// generated order the number of its shard (the k-th official of shard s in generated order is
    /// the k-th of that shard's blob).
    /// </para>
    /// <para>
    /// Officials' body (one per officials' shard): the count of its officials, then two sections. The first holds per official
    /// its id, name, aliases (a list of strings), country (its index in the generated
    /// <c>Countries.All</c>, or missing), the number of its positions and the ids of its
    /// documents (a list of strings). The second holds the sentence table of the officials'
    /// positions, then per official, in the same order, its positions (title, organisation, rank,
    /// date, document id, evidence as a sentence index; as many as the first section gives). The
    /// officials and the engagements' participants are read from the first section alone; the
    /// positions and their sentences are inflated on the first use of any official's positions.
    /// </para>
    /// <para>
    /// Shard body: the articles of a run of documents in document order. The count of articles,
    /// then five sections, each holding one entry per article in the same order: documents (id,
    /// path, title, outlet, url, published date, line count); the sentences the article's
    /// engagements cite (the first part of its sentence table); engagements (a list per article);
    /// the sentences only its mentions cite (the rest of its table, numbered after the first
    /// part); mentions (a list per article). The documents come first so that reading them
    /// inflates only the start of the body, and what only mentions need comes last so that
    /// reading engagements stops before it. An engagement is id, kind (the number of its
    /// <c>EngagementKind</c>), status (the number of its <c>EngagementStatus</c>), date, location
    /// (<c>@</c>, place, city and country code, or <c>~</c>), countries (alpha-2 codes),
    /// participants (officials' ids), topics (names), agreements (lists of strings), CAMEO code
    /// and evidence (a list of sentence indexes into the article's table). A mention is the
    /// official's id, the words used, and the evidence as a sentence index. A reference the corpus
    /// does not hold is left out when read.
    /// </para>
    /// </remarks>
    internal static class DataLayout
    {
        /// <summary>The version of this layout. Data of another version is not read.</summary>
        public const int FormatVersion = 6;

        /// <summary>The version of data that has no header: the layout before versions existed.</summary>
        public const int UnversionedFormat = 1;

        /// <summary>Starts a blob: followed by the format version as a number.</summary>
        public const char Header = '#';

        /// <summary>Ends a number.</summary>
        public const char NumberEnd = ',';

        /// <summary>Ends the byte length that precedes a string.</summary>
        public const char LengthEnd = ':';

        /// <summary>A missing value.</summary>
        public const char Missing = '~';

        /// <summary>A compound value (a date, a location) follows.</summary>
        public const char Present = '@';

        /// <summary>The articles per shard.</summary>
        public const int ArticlesPerShard = 64;

        /// <summary>The officials per officials' shard the shard count aims at (<see cref="OfficialShardCount"/>).</summary>
        public const int OfficialsPerShard = 64;

        /// <summary>The most officials' shards a corpus is split into.</summary>
        public const int MaxOfficialShards = 32;

        /// <summary>
        /// The number of officials' shards for <paramref name="officials"/> officials: the smallest
        /// power of two that keeps about <see cref="OfficialsPerShard"/> officials or fewer in each,
        /// at most <see cref="MaxOfficialShards"/>. It changes only when the count crosses a power of
        /// two times <see cref="OfficialsPerShard"/>, so one new official almost never moves others.
        /// </summary>
        public static int OfficialShardCount(int officials)
        {
            int shards = 1;
            while (shards < MaxOfficialShards && officials > shards * OfficialsPerShard) shards *= 2;
            return shards;
        }

        /// <summary>The officials' shard of the official with this id: FNV-1a (32 bits) over the id's UTF-16 code units, modulo the count of shards.</summary>
        public static int OfficialShard(string id, int shards)
        {
            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash ^= c;
                hash *= 16777619;
            }
            return (int)(hash % (uint)shards);
        }

        /// <summary>The fields of a document, before its line count: id, path, title, outlet, url (strings).</summary>
        public const int DocumentStrings = 5;

        /// <summary>The message of the error a runtime raises on data of another version.</summary>
        public static string VersionMismatch(int found)
            => "The compiled corpus data has format version " + found.ToString(System.Globalization.CultureInfo.InvariantCulture)
               + ", but this Corpus.Runtime reads format version " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
               + ": use matching versions of the Corpus.Generator and Corpus.Runtime packages (the same package version) and rebuild the project that holds the corpus.";
    }
}
