namespace FormExtract.Archive.Tests;

/// <summary>The archive's contract on a real SQLite file.</summary>
public sealed class SqliteArchiveTests : ArchiveContractTests
{
    protected override Task<string> NewArchiveAsync() => Task.FromResult(Folder.Path("archive.db"));
}
