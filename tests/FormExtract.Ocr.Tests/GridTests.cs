using FormExtract.Core.Ingestion;
using FormExtract.Ocr.Tests.Support;

namespace FormExtract.Ocr.Tests;

/// <summary>Grid building on drawn pictures: empty cells never reach Tesseract, so these run in a moment.</summary>
public sealed class GridTests : IDisposable
{
    private readonly ImageTableReader _reader = new();

    [Fact]
    public void A_drawn_grid_becomes_rows_with_a_cell_spanning_the_missing_border()
    {
        var result = _reader.Read(new InputFile("grid.png", Drawing.GridWithMergedCell()), CancellationToken.None);

        Assert.Null(result.Failure);
        var rows = result.Document!.Rows;
        Assert.Equal(3, rows.Count);
        Assert.Equal([3, 2, 3], rows.Select(r => r.Cells.Count));
        var merged = rows[1].Cells[0];
        Assert.Equal((0, 2), (merged.Column, merged.ColumnSpan));
        Assert.Equal(2, rows[1].Cells[1].Column);
        Assert.True(result.Document.Ocr);
        Assert.All(rows.SelectMany(r => r.Cells), c => Assert.NotNull(c.Origin.Box));
    }

    [Fact]
    public void A_rule_faded_in_one_row_still_separates_its_cells_where_a_missing_one_merges_them()
    {
        var result = _reader.Read(new InputFile("faded.png", Drawing.GridWithMergedCellAndFadedRule()), CancellationToken.None);

        Assert.Null(result.Failure);
        var rows = result.Document!.Rows;
        Assert.Equal([3, 2, 3], rows.Select(r => r.Cells.Count));
        Assert.Equal([(0, 2), (2, 1)], rows[1].Cells.Select(c => (c.Column, c.ColumnSpan)));
    }

    [Fact]
    public void Side_rules_of_a_merged_cell_cut_by_page_breaks_stay_with_their_table()
    {
        var result = _reader.Read(new InputFile("page-long.png", Drawing.GridWithPageLongFirstColumn()), CancellationToken.None);

        Assert.Null(result.Failure);
        var rows = result.Document!.Rows;
        Assert.Equal(3, rows.Count);
        // The two cut columns are one cell each over all three rows, left of the table's own two columns.
        Assert.Equal([(0, 3), (1, 3)], rows[0].Cells.Take(2).Select(c => (c.Column, c.RowSpan)));
        Assert.All(rows, r => Assert.Equal(4, r.Cells.Count));
    }

    [Fact]
    public void A_page_without_rules_is_read_with_a_warning_and_no_rows()
    {
        var result = _reader.Read(new InputFile("blank.png", Drawing.Blank(1600, 1000)), CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Empty(result.Document!.Rows);
        Assert.Contains(result.Document.Warnings, w => w.Code == ImageTableReader.NoTableCode);
    }

    public void Dispose() => _reader.Dispose();
}
