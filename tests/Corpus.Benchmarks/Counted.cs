using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;

namespace Corpus.Benchmarks;

/// <summary>
/// One steady round of extraction for an instruction counter. Two rounds of extraction of the synthetic articles run
/// first, unmeasured (the JIT has compiled the engine and its caches are filled); the third runs from inside the C
/// library's <c>bsearch</c>, as the comparator of a search of one element, so that
/// <c>DOTNET_TieredCompilation=0 DOTNET_EnableWriteXorExecute=0 valgrind --tool=callgrind --toggle-collect=bsearch</c>
/// counts that round and nothing else. The runtime calls <c>bsearch</c> nowhere else, where it calls <c>qsort</c> some
/// 2,500 times a process (the JIT's compiling), each of which a toggle at <c>qsort</c> would count. An instruction count does not move with the machine's load, where a time does,
/// so two builds compare on a busy machine (docs/benchmarks.md, "Counting one steady round").
/// </summary>
public static class Counted
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int Comparison(IntPtr left, IntPtr right);

    [DllImport("libc.so.6", CallingConvention = CallingConvention.Cdecl)]
    private static extern void qsort(IntPtr items, UIntPtr count, UIntPtr size, Comparison compare);

    [DllImport("libc.so.6", CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr bsearch(IntPtr key, IntPtr items, UIntPtr count, UIntPtr size, Comparison compare);

    /// <summary>Runs the rounds at the first size given (50 articles unless <c>--sizes</c> says otherwise); prints the facts' count.</summary>
    public static int Run(IReadOnlyList<int> sizes, bool sizesGiven)
    {
        int n = sizesGiven && sizes.Count > 0 ? sizes[0] : 50;
        var (articles, sidecars, gazetteer) = Stages.Prepare(Workload.ForSize(n).Files);
        for (int round = 0; round < 2; round++) Stages.Extract(articles, sidecars, gazetteer);

        // The comparator is called once through qsort before the counted call (it does nothing then), so that the JIT
        // compiles it and the runtime's stub for the call back from native code outside the count; the facts are summed
        // after the count (Enumerable.Sum and its lambda are compiled at their first call). The count is of bsearch, which
        // nothing else in the process calls: the runtime calls qsort while it compiles, before and after the round.
        List<Corpus.Extraction.Model.ArticleFacts>? extracted = null;
        bool warm = true;
        Comparison measured = (_, _) =>
        {
            if (warm) return 0;
            extracted = Stages.Extract(articles, sidecars, gazetteer);
            return 0;
        };
        var items = Marshal.AllocHGlobal(2 * sizeof(int));
        try
        {
            qsort(items, (UIntPtr)2, (UIntPtr)sizeof(int), measured);
            warm = false;
            // A full collection first, so that the counted round starts from the same heap every run.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            bsearch(items, items, (UIntPtr)1, (UIntPtr)sizeof(int), measured);
        }
        finally
        {
            Marshal.FreeHGlobal(items);
        }
        GC.KeepAlive(measured);
        int facts = extracted!.Sum(f => f.Engagements.Count + f.Officials.Count);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "one steady round of extraction counted: {0} synthetic articles, {1} engagements and officials", articles.Count, facts));
        return 0;
    }
}
