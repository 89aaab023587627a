using FormExtract.Archive.Tests.Support;

namespace FormExtract.Archive.Tests;

/// <summary><c>formextract query</c> through the real command line: views as tables and CSV, read-only SQL.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder _folder = Scratch.NewTempFolder();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Prints_a_view_as_csv_and_as_a_table_and_refuses_to_change_the_archive()
    {
        var archive = _folder.Path("archive.db");
        Assert.Equal(0, await CliRun.RunAsync("load", Inputs.QuickCorpus[0], "--archive", archive));

        var csv = await CliProcess.RunAsync(["query", "wrong_scores", "--archive", archive, "--csv"]);
        var table = await CliProcess.RunAsync(["query", "findings_by_rule", "--archive", archive]);
        var sql = await CliProcess.RunAsync(["query", "--sql", "SELECT project_name FROM forms WHERE form_index = 1", "--archive", archive]);
        var delete = await CliProcess.RunAsync(["query", "--sql", "DELETE FROM documents", "--archive", archive]);
        var unknown = await CliProcess.RunAsync(["query", "no_such_view", "--archive", archive]);

        Assert.Equal(0, csv.Exit);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("department,fiscal_year,project_name,rule,path,stated,expected,overstated_by,source_path,form_index,sha256", lines[0]);
        // The real dump's three 得分 10 claimed at 60.37%, 86.26% and 96.41% execution.
        Assert.Equal(3, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",budget-score,/funding/score,10,6.04,3.96,", StringComparison.Ordinal));
        Assert.Equal(0, table.Exit);
        Assert.Matches(@"^rule\s+severity\s+department\s+fiscal_year\s+findings\s+documents\n", table.Stdout);
        Assert.Matches(@"budget-score\s+warning\s+上海市残疾人联合会\s+2022\s+3\s+1", table.Stdout);
        Assert.Equal(0, sql.Exit);
        Assert.Contains("残疾人事业宣传经费", sql.Stdout, StringComparison.Ordinal);
        Assert.Equal(4, delete.Exit);
        Assert.Contains("archive-query", delete.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Equal(1, await ArchiveProbe.CountAsync(archive, "SELECT COUNT(*) FROM documents"));
    }
}
