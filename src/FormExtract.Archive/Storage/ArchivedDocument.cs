namespace FormExtract.Archive.Storage;

/// <summary>What the archive holds for a file's bytes: whether it was read and by which reader version.</summary>
public sealed record ArchivedDocument(long Id, string Sha256, bool Done, int ReaderVersion);
