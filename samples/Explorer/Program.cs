using System;
using System.Text;
using Corpus.Data;

namespace Corpus.Explorer;

/// <summary>Entry point: runs the command line against the bundled dataset and the console.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var snapshot = new CorpusSnapshot(Documents.All, Officials.All, Engagements.All);
        return ExplorerApp.Run(args, snapshot, Console.Out, Console.Error, terminal: !Console.IsErrorRedirected);
    }
}
