namespace FormExtract.Archive.Tests;

public sealed class ArchiveTargetTests
{
    [Fact]
    public void A_value_without_an_equals_sign_is_a_sqlite_file()
    {
        var target = ArchiveTarget.Parse("archive/forms.db");

        Assert.Equal(ArchiveKind.Sqlite, target.Kind);
        Assert.Equal(Path.GetFullPath("archive/forms.db"), target.Value);
        Assert.Equal("archive/forms.db", target.Display);
    }

    [Fact]
    public void A_connection_string_is_postgresql_and_is_named_without_its_password()
    {
        var target = ArchiveTarget.Parse("Host=db.example;Port=5433;Database=forms;Username=archivist;Password=s3cret");

        Assert.Equal(ArchiveKind.Postgres, target.Kind);
        Assert.Equal("postgresql db.example:5433/forms", target.Display);
        Assert.DoesNotContain("s3cret", target.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Database=forms;Username=archivist", "names no Host")]
    [InlineData("Hots=db;Database=forms", "not a PostgreSQL connection string")]
    public void A_malformed_connection_string_is_an_archive_fault(string value, string message)
    {
        var fault = Assert.Throws<ArchiveException>(() => ArchiveTarget.Parse(value));

        Assert.Equal(ArchiveErrors.ConnectionString, fault.Code);
        Assert.Contains(message, fault.Message, StringComparison.Ordinal);
    }
}
