using System.CommandLine;
using FormExtract.Synthetic.Corpus;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>--split-rows</c>: whether the rows of scans and phone captures may break across a page (<see cref="CorpusOptions.SplitRows"/>).</summary>
internal static class SplitRowsOption
{
    public static Option<bool> Create() => new("--split-rows")
    {
        Description = "Let a table row of scans and phone captures break across a page, its lines on two pages, as long forms printed from word processors and spreadsheets do (by default a row moves whole to the next page).",
    };
}
