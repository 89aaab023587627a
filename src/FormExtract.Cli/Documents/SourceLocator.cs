using System.Security.Cryptography;
using FormExtract.Core.Model;

namespace FormExtract.Cli.Documents;

/// <summary>
/// Finds the file a document was read from, for links and crops: its recorded path as given (from the current
/// folder), beside the document, or under a <c>--sources</c> folder, by path or by name; a candidate counts
/// only when its SHA-256 is the one the document records, so a changed file is never cut into crops.
/// </summary>
internal sealed class SourceLocator(IReadOnlyList<string> sourceFolders)
{
    public string? Find(LoadedDocument document)
    {
        var source = document.Document.Source;
        var name = Path.GetFileName(source.Path);
        var candidates = new List<string> { source.Path };
        if (document.File is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } beside)
        {
            candidates.Add(Path.Combine(beside, source.Path));
            candidates.Add(Path.Combine(beside, name));
        }

        foreach (var folder in sourceFolders)
        {
            candidates.Add(Path.Combine(folder, source.Path));
            candidates.Add(Path.Combine(folder, name));
        }

        return candidates.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).FirstOrDefault(c => Matches(c, source));
    }

    private static bool Matches(string path, SourceInfo source)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == source.Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
