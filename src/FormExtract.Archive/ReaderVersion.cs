namespace FormExtract.Archive;

/// <summary>
/// The version of what the readers, form assembly and validator make of a file, recorded with each archived
/// document. Raise it with any change that alters the documents written for the same bytes: then
/// <c>formextract load --reprocess</c> re-extracts every document read by an older version.
/// </summary>
public static class ReaderVersion
{
    public const int Current = 7;
}
