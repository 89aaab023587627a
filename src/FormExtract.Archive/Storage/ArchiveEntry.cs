using FormExtract.Core.Model;

namespace FormExtract.Archive.Storage;

/// <summary>
/// One extracted file ready to archive: the document, its JSON (the bytes <c>extract</c> writes), and when the
/// file could not be read, the failure that makes it a failed document.
/// </summary>
public sealed record ArchiveEntry
{
    public ArchiveEntry(long loadId, string inputPath, FormDocument document, string documentJson, long sizeBytes, int readerVersion, ExtractionWarning? failure, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(documentJson);
        ArgumentOutOfRangeException.ThrowIfNegative(sizeBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(readerVersion, 1);
        LoadId = loadId;
        InputPath = inputPath;
        Document = document;
        DocumentJson = documentJson;
        SizeBytes = sizeBytes;
        ReaderVersion = readerVersion;
        Failure = failure;
        Replace = replace;
    }

    public long LoadId { get; }

    public string InputPath { get; }

    public FormDocument Document { get; }

    public string DocumentJson { get; }

    public long SizeBytes { get; }

    public int ReaderVersion { get; }

    public ExtractionWarning? Failure { get; }

    /// <summary>Replace a document of the same bytes read by an older reader version (<c>--reprocess</c>).</summary>
    public bool Replace { get; }

    /// <summary>
    /// A reading a person corrected (<c>review apply</c>): it takes the place of the archived reading of the same
    /// bytes whatever that one's reader version, and its input is recorded as reprocessed.
    /// </summary>
    public bool Corrected { get; init; }

    public string Sha256 => Document.Source.Sha256;
}
