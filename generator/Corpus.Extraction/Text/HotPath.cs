using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// Methods that run for every token or sentence are JIT-compiled fully optimised at their first
/// call instead of passing through the runtime's tiers (unoptimised, instrumented, optimised).
/// The generator runs in a new compiler process at every build, where those tiers are a large
/// part of a first extraction.
/// </summary>
internal static class HotPath
{
    /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; the runtime reads the flag.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
