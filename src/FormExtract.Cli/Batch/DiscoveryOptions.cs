using FormExtract.Cli.Interop;

namespace FormExtract.Cli.Batch;

/// <summary>
/// How inputs are looked for. <see cref="FollowFolderLinks"/>: a link to a folder is searched once (default;
/// a link back to a folder already searched is skipped, so a loop ends), or never. <see cref="OutputFolder"/>:
/// the output folder, not searched when it lies inside an input folder. <see cref="Filter"/>: the
/// <c>--include</c>/<c>--exclude</c> globs that files found in folders must pass (default: every file).
/// </summary>
internal sealed record DiscoveryOptions(bool FollowFolderLinks = true, NodeId? OutputFolder = null, InputFilter? Filter = null)
{
    public InputFilter Filter { get; init; } = Filter ?? InputFilter.All;
}
