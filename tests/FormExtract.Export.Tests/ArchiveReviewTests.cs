using FormExtract.Archive;
using FormExtract.Archive.Storage;
using FormExtract.Cli.Commands;
using FormExtract.Core.Model;
using FormExtract.Core.Normalization;
using FormExtract.Core.Output;
using FormExtract.Core.Review;
using FormExtract.Core.Validation;
using FormExtract.Export.Tests.Support;

namespace FormExtract.Export.Tests;

/// <summary>The review loop on an archive: the same test on a SQLite file and on a real PostgreSQL server.</summary>
public abstract class ArchiveReviewTests : IDisposable
{
    private static readonly DateTime CorrectedAt = new(2024, 6, 1, 9, 30, 0, DateTimeKind.Utc);

    protected TempFolder Temp { get; } = Scratch.NewTempFolder();

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new empty archive: what <c>--archive</c> is given.</summary>
    protected abstract Task<string> NewArchiveAsync();

    [Fact]
    public async Task Corrections_to_archived_documents_replace_their_readings_in_the_archive()
    {
        var archive = await NewArchiveAsync();
        var text = Repository.Path("corpus", "synthetic", "text");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["load", text, "--archive", archive, "--quiet"]));
        var before = await ArchivedJson(archive);
        var review = Temp.Path("review.xlsx");
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "export", "--archive", archive, "--xlsx", review, "--quiet"]));
        var rows = ReviewSheet.Rows(review);

        // An unfilled workbook changes nothing in the archive.
        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", review, "--archive", archive, "--quiet"]));
        Assert.Equal(before, await ArchivedJson(archive));

        // One figure behind a finding, corrected to the figure the finding expects.
        var (sha256, form, finding) = before.SelectMany(d => DocumentJson.Deserialize(d.Value).Forms.SelectMany(f => f.Findings
                .Where(x => FormCellIndex.Find(f, x.Path) is { Kind: CellKind.Number, Cell: not null } && x.Expected is { } e && NumberParser.Parse(e) is not null)
                .Select(x => (Sha256: d.Key, Form: f, Finding: x))))
            .First();
        var row = rows.Single(r => (string)r["document"]! == "archive:" + sha256 && (double)r["form"]! == form.FormIndex && (string)r["path"]! == finding.Path);
        row["corrected"] = finding.Expected;
        var filled = ReviewSheet.Save(rows, Temp.Path("filled.xlsx"));

        // Without the archive the archived documents' corrections cannot be written anywhere.
        Assert.Equal(1, await CommandLine.Create().RunAsync(["review", "apply", filled, "--quiet"]));
        Assert.Equal(before, await ArchivedJson(archive));

        Assert.Equal(0, await CommandLine.Create().RunAsync(["review", "apply", filled, "--archive", archive, "--at", "2024-06-01T09:30:00Z", "--quiet"]));
        var after = await ArchivedJson(archive);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        SchemaAssert.ValidDocument(after[sha256]);
        var corrected = DocumentJson.Deserialize(after[sha256]).Forms.Single(f => f.FormIndex == form.FormIndex);
        var cell = (NumberCell)FormCellIndex.Find(corrected, finding.Path)!.Cell!;
        Assert.Equal(finding.Expected, cell.Text);
        Assert.Equal(((NumberCell)FormCellIndex.Find(form, finding.Path)!.Cell!).Text, cell.Correction!.Text);
        Assert.Equal(CorrectedAt, cell.Correction.CorrectedAt);
        Assert.Equal(FormValidator.CreateDefault().Validate(corrected), corrected.Findings);
        Assert.All(before.Keys.Where(k => k != sha256), k => Assert.Equal(before[k], after[k]));

        // The archive's own tables follow: the finding is gone from them, and the load that replaced the reading says it was a review.
        await using var store = await Archives.OpenReadOnlyAsync(ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        var findings = await store.QueryAsync($"SELECT COUNT(*) FROM findings f JOIN documents d ON d.id = f.document_id WHERE d.sha256 = '{sha256}'", CancellationToken.None);
        Assert.Equal(corrected.Findings.Count + DocumentJson.Deserialize(after[sha256]).Forms.Where(f => f.FormIndex != form.FormIndex).Sum(f => f.Findings.Count), int.Parse(findings.Rows[0][0]!, System.Globalization.CultureInfo.InvariantCulture));
        var loads = await store.QueryAsync("SELECT command FROM loads ORDER BY id", CancellationToken.None);
        Assert.Equal("review apply", loads.Rows[^1][0]);
    }

    private static async Task<Dictionary<string, string>> ArchivedJson(string archive)
    {
        await using var store = await Archives.OpenReadOnlyAsync(ArchiveTarget.Parse(archive), Serilog.Core.Logger.None, CancellationToken.None);
        var rows = await store.QueryAsync("SELECT sha256, document_json FROM documents", CancellationToken.None);
        return rows.Rows.ToDictionary(r => r[0]!, r => r[1]!, StringComparer.Ordinal);
    }
}

public sealed class SqliteArchiveReviewTests : ArchiveReviewTests
{
    protected override Task<string> NewArchiveAsync() => Task.FromResult(Temp.Path("forms.db"));
}

/// <summary>On a real PostgreSQL server started by the project's script for this class.</summary>
public sealed class PostgresArchiveReviewTests(PostgresServer server) : ArchiveReviewTests, IClassFixture<PostgresServer>
{
    protected override Task<string> NewArchiveAsync() => server.CreateDatabaseAsync();
}
