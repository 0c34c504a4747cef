using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Corpus.Benchmarks;

/// <summary>
/// BenchmarkDotNet runs each benchmark from a project it generates, which references this one.
/// NuGet leaves <c>Corpus.Extraction</c> out of that project's dependency list (it reaches it through
/// the generator's private reference as well as directly), although the file is copied next to it;
/// without this fallback the generator fails to load and a run measures nothing.
/// </summary>
internal static class DependencyFallback
{
    [ModuleInitializer]
    internal static void Install()
        => AssemblyLoadContext.Default.Resolving += static (context, name) =>
        {
            string path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
}
