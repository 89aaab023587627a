using FormExtract.Archive.Query;

namespace FormExtract.Archive.Tests;

public sealed class QueryWriterTests
{
    private static readonly QueryResult Result = new(
        ["department", "note", "points"],
        [
            ["上海市民政局", "total, \"overstated\"", "2"],
            ["Audit office", "two\nlines", null],
        ]);

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_writes_null_as_empty()
    {
        var csv = new StringWriter();

        QueryWriter.Write(csv, Result, QueryFormat.Csv);

        Assert.Equal("department,note,points\r\n上海市民政局,\"total, \"\"overstated\"\"\",2\r\nAudit office,\"two\nlines\",\r\n", csv.ToString());
    }

    [Fact]
    public void A_table_aligns_columns_counting_chinese_characters_two_wide()
    {
        var table = new StringWriter { NewLine = "\n" };

        QueryWriter.Write(table, Result, QueryFormat.Table);

        var lines = table.ToString().Split('\n');
        Assert.Equal("department    note                 points", lines[0]);
        Assert.Equal("上海市民政局  total, \"overstated\"  2", lines[2]);
        Assert.Equal("Audit office  two lines            ", lines[3]);
        Assert.Equal("(2 rows)", lines[4]);
    }
}
