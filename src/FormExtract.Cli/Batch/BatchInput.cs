using FormExtract.Cli.Files;
using FormExtract.Cli.Interop;

namespace FormExtract.Cli.Batch;

/// <summary>
/// One input file: where it is (its bytes' path), the path it is known by in documents and logs, its output
/// name, and its identity on disk when discovery could learn it (to refuse an output that is an input).
/// </summary>
internal sealed record BatchInput(int Index, NativePath Location, string DisplayPath, string OutputName, NodeId? Id = null)
{
    /// <summary>The display path with control characters escaped, so that a log event stays on one line.</summary>
    public string LogName => NativePath.Escape(DisplayPath);
}
