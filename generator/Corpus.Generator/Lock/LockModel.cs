using System;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Lock;

/// <summary>How a field of a lock entry is written: one value, a flow list <c>[a, b]</c>, or a block list of <c>- item</c> lines.</summary>
internal enum LockFieldShape { Scalar, Flow, Block }

/// <summary>One field of a lock entry. A scalar has <see cref="Value"/> (null is written <c>~</c>); lists have <see cref="Items"/>.</summary>
internal sealed record LockField(string Name, LockFieldShape Shape, string? Value, EquatableArray<string> Items)
{
    public static LockField Scalar(string name, string? value) => new(name, LockFieldShape.Scalar, value, EquatableArray<string>.Empty);

    public static LockField Flow(string name, EquatableArray<string> items) => new(name, LockFieldShape.Flow, null, items);

    public static LockField Block(string name, EquatableArray<string> items) => new(name, LockFieldShape.Block, null, items);
}

/// <summary>An official or an engagement as the lock file lists it: its id and its fields in a fixed order.</summary>
internal sealed record LockEntry(string Id, EquatableArray<LockField> Fields);

/// <summary>Everything the lock file lists: officials and engagements, each sorted by id (ordinal).</summary>
internal sealed record LockContent(EquatableArray<LockEntry> Officials, EquatableArray<LockEntry> Engagements)
{
    public const string OfficialsSection = "officials";
    public const string EngagementsSection = "engagements";
}

/// <summary>What the articles give now: the content and its canonical text.</summary>
internal sealed record LockSnapshot(LockContent Content, string Text)
{
    /// <summary>The snapshot of a build that neither compares nor writes a lock.</summary>
    public static readonly LockSnapshot None = new(new LockContent(EquatableArray<LockEntry>.Empty, EquatableArray<LockEntry>.Empty), "");
}

/// <summary>The lock file as read from its additional file: full path and text.</summary>
internal sealed record LockFileText(string Path, string Text);

/// <summary>The lock settings of the build: the lock file's full path and whether this build writes it (<c>-p:CorpusLock=update</c>).</summary>
internal sealed record LockSettings(string Path, bool Update)
{
    public const string UpdateValue = "update";

    public static LockSettings From(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        options.TryGetValue("build_property.CorpusLockFileFullPath", out var path);
        options.TryGetValue("build_property.CorpusLock", out var mode);
        return new LockSettings(path ?? "", string.Equals(mode?.Trim(), UpdateValue, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="path"/> is the lock file: the same full path, ignoring the kind of slash and, as file systems may, case.</summary>
    public bool IsLockFile(string? path)
        => Path.Length > 0 && path is not null && string.Equals(Normalize(path), Normalize(Path), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}
