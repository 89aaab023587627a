using FormExtract.Archive.Tests.Support;

namespace FormExtract.Archive.Tests;

/// <summary>The archive's contract on a real PostgreSQL server (started by scripts/postgres.sh).</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresArchiveTests(PostgresServer server) : ArchiveContractTests
{
    protected override Task<string> NewArchiveAsync() => server.CreateDatabaseAsync();
}
