namespace FormExtract.Archive.Tests.Support;

/// <summary>The PostgreSQL tests share one server and run one after another (workers and timing tests need the cores).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
