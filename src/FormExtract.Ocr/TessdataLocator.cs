namespace FormExtract.Ocr;

/// <summary>
/// Finds Tesseract's model folder: the configured path, else TESSDATA_PREFIX, else where Debian's
/// packages put it. The answer names the package to install when the models are not there.
/// </summary>
public static class TessdataLocator
{
    public const string ChineseModelPackage = "tesseract-ocr-chi-sim";

    private static readonly string[] DebianFolders = ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"];

    /// <summary>The folder holding every language's traineddata, or why there is none.</summary>
    public static (string? Folder, string? Problem) Find(string? configured, string? environmentPrefix, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        IEnumerable<string> candidates = configured is not null ? [configured]
            : !string.IsNullOrWhiteSpace(environmentPrefix) ? [environmentPrefix, Path.Combine(environmentPrefix, "tessdata")]
            : DebianFolders;
        foreach (var folder in candidates)
        {
            if (languages.All(l => File.Exists(Path.Combine(folder, l + ".traineddata"))))
            {
                return (folder, null);
            }
        }

        var where = configured is not null ? $"in {configured} (configured)"
            : !string.IsNullOrWhiteSpace(environmentPrefix) ? $"in {environmentPrefix} (TESSDATA_PREFIX)"
            : $"in {string.Join(" or ", DebianFolders)}";
        var models = string.Join(", ", languages.Select(l => l + ".traineddata"));
        return (null, $"Tesseract's models ({models}) are not installed {where}: install the Debian packages {ChineseModelPackage} and tesseract-ocr-eng (scripts/setup.sh does), or set TESSDATA_PREFIX to the folder that holds them");
    }
}
