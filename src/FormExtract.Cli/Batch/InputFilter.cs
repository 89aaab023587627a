using Microsoft.Extensions.FileSystemGlobbing;

namespace FormExtract.Cli.Batch;

/// <summary>
/// <c>--include</c>/<c>--exclude</c> globs (<c>**/*.pdf</c>, <c>drafts/**</c>), matched against a file's path
/// relative to the folder it was found in. No include means every file; an exclude wins over an include.
/// Files named on the command line are taken as named.
/// </summary>
internal sealed class InputFilter
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    public InputFilter(IReadOnlyCollection<string> include, IReadOnlyCollection<string> exclude)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(exclude);
        _matcher.AddIncludePatterns(include.Count == 0 ? ["**/*"] : include);
        _matcher.AddExcludePatterns(exclude);
    }

    public static InputFilter All { get; } = new([], []);

    /// <param name="relativePath">The path below the folder searched, with '/' between names.</param>
    public bool Accepts(string relativePath) => _matcher.Match(relativePath).HasMatches;
}
