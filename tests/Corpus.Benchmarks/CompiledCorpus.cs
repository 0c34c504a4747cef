using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Explorer;

namespace Corpus.Benchmarks;

/// <summary>
/// An assembly loaded into a new collectible <see cref="AssemblyLoadContext"/>: a fresh copy of its
/// types, whose type initialisers have not run and whose methods the JIT has not compiled, as at
/// the first access in a new process. Shared libraries (<c>Corpus.Runtime</c>,
/// <c>System.Text.Json</c>) come from the host and stay warm for both sides. Dispose to unload.
/// </summary>
public sealed class FreshCopy : IDisposable
{
    private AssemblyLoadContext? _context;

    private FreshCopy(Func<AssemblyLoadContext, Assembly> load)
    {
        _context = new AssemblyLoadContext("fresh-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        Assembly = load(_context);
    }

    public Assembly Assembly { get; }

    /// <summary>Loads an assembly from its bytes.</summary>
    public static FreshCopy FromImage(byte[] image)
        => new(context =>
        {
            using var stream = new MemoryStream(image, writable: false);
            return context.LoadFromStream(stream);
        });

    /// <summary>Loads an assembly from a file.</summary>
    public static FreshCopy FromPath(string path) => new(context => context.LoadFromAssemblyPath(path));

    /// <summary>A delegate to a static method; binding it neither compiles the method nor runs a type initialiser.</summary>
    public TDelegate Method<TDelegate>(string type, string method) where TDelegate : Delegate
        => Assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<TDelegate>();

    /// <summary>The value of a public static property.</summary>
    public object Get(string type, string property)
        => Assembly.GetType(type, throwOnError: true)!.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public void Dispose()
    {
        _context?.Unload();
        _context = null;
    }
}

/// <summary>The two sides of the first-access comparison, ready to be loaded fresh as often as needed.</summary>
public sealed class FirstAccessSides
{
    private readonly byte[] _image;
    private readonly string _peerPath;

    public FirstAccessSides(Workload workload)
    {
        _image = workload.CompileToImage();
        _peerPath = Path.Combine(AppContext.BaseDirectory, "Corpus.JsonPeer.dll");
        if (!File.Exists(_peerPath)) throw new FileNotFoundException("The JSON peer is not next to the benchmarks.", _peerPath);
        using var copy = LoadGenerated();
        var engagements = (IReadOnlyList<Engagement>)copy.Get("Bench.Probe", "Engagements");
        Id = engagements.Count == 0 ? "none" : engagements[engagements.Count / 2].Id;
        Count = engagements.Count;
        Mentions = (int)copy.Get("Bench.Probe", "Mentions");
        Officials = ((IReadOnlyList<Official>)copy.Get("Bench.Probe", "Officials")).Count;
        var snapshot = new CorpusSnapshot(
            (IReadOnlyList<Document>)copy.Get("Bench.Probe", "Documents"),
            (IReadOnlyList<Official>)copy.Get("Bench.Probe", "Officials"),
            engagements, "KH");
        using var json = new MemoryStream();
        InterchangeJson.Write(snapshot, json);
        Json = json.ToArray();
    }

    /// <summary>The id looked up: the engagement in the middle.</summary>
    public string Id { get; }

    public int Count { get; }

    public int Officials { get; }

    public int Mentions { get; }

    /// <summary>The interchange JSON of the same records, as the Explorer exports it.</summary>
    public byte[] Json { get; }

    /// <summary>The compiled consumer: <c>Bench.Probe.FirstAccess(id)</c> touches <c>Engagements.All</c> and looks one up.</summary>
    public FreshCopy LoadGenerated() => FreshCopy.FromImage(_image);

    /// <summary>The JSON peer: <c>Corpus.JsonPeer.JsonLoader.FirstAccess(json, id)</c>.</summary>
    public FreshCopy LoadPeer() => FreshCopy.FromPath(_peerPath);

    public static Func<string, int> Generated(FreshCopy copy) => copy.Method<Func<string, int>>("Bench.Probe", "FirstAccess");

    public static Func<byte[], string, int> Peer(FreshCopy copy) => copy.Method<Func<byte[], string, int>>("Corpus.JsonPeer.JsonLoader", "FirstAccess");
}
