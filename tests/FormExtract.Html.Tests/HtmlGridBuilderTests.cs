using FormExtract.Core.Model;

namespace FormExtract.Html.Tests;

public class HtmlGridBuilderTests
{
    /// <summary>Rows of cells written as "text/rowspan/colspan" ("A", "A/2", "A/1/3"), one row group per array.</summary>
    private static HtmlGrid Build(params string[][][] groups) =>
        HtmlGridBuilder.Build(groups.Select((rows, g) => new GridRowGroup(rows.Select((cells, r) => new GridRowSource(
            cells.Select((spec, c) =>
            {
                var parts = spec.Split('/');
                return new GridCellSource(parts[0], parts.Length > 1 ? int.Parse(parts[1]) : 1, parts.Length > 2 ? int.Parse(parts[2]) : 1,
                    CellOrigin.AtLine(r + 1), $"table[1] > tr[{r + 1}] > td[{c + 1}]");
            }).ToArray(), $"table[1] > tr[{r + 1}]")).ToArray())).ToArray());

    /// <summary>The grid as text: each slot shows the cell covering it, "." where the row is short.</summary>
    private static string Slots(HtmlGrid grid) => string.Join("\n", Enumerable.Range(0, grid.Height).Select(r =>
        string.Join(" ", Enumerable.Range(0, grid.Width).Select(c => grid.At(r, c)?.Source.Text ?? "."))));

    [Fact]
    public void Row_and_column_spans_cover_their_slots()
    {
        var grid = Build([["A/2", "B/1/2"], ["C", "D"], ["E", "F", "G"]]);

        Assert.Equal("A B B\nA C D\nE F G", Slots(grid));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void Rowspan_zero_reaches_the_end_of_its_row_group_only()
    {
        var grid = Build([["A/0", "B"], ["C"], ["D"]], [["E", "F"]]);

        Assert.Equal("A B\nA C\nA D\nE F", Slots(grid));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void A_rowspan_past_the_table_is_cut_and_named()
    {
        var grid = Build([["A", "B/5"], ["C"]]);

        Assert.Equal("A B\nC B", Slots(grid));
        var warning = Assert.Single(grid.Warnings);
        Assert.Equal("span-overrun", warning.Code);
        Assert.Equal("table[1] > tr[1] > td[2]", warning.Path);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void A_colspan_past_the_last_column_is_cut_to_the_table()
    {
        var grid = Build([["T/1/12"], ["A", "B", "C"]]);

        Assert.Equal("T T T\nA B C", Slots(grid));
        Assert.Equal(3, grid.Cells[0].ColumnSpan);
        Assert.Equal("span-overrun", Assert.Single(grid.Warnings).Code);
    }

    [Fact]
    public void A_colspan_running_into_a_cell_from_above_stops_before_it()
    {
        var grid = Build([["A", "B/2", "C"], ["D/1/3"], ["E", "F", "G"]]);

        Assert.Equal("A B C\nD B .\nE F G", Slots(grid));
        Assert.Equal("span-overlap", Assert.Single(grid.Warnings).Code);
    }

    [Fact]
    public void Short_rows_leave_empty_slots()
    {
        var grid = Build([["A", "B", "C"], ["D"], ["E", "F", "G"]]);

        Assert.Equal("A B C\nD . .\nE F G", Slots(grid));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void A_row_longer_than_the_others_loses_its_stray_cell_with_a_warning()
    {
        var grid = Build([["A", "B"], ["C", "D", "extra"], ["E", "F"], ["G", "H", ""]]);

        Assert.Equal("A B\nC D\nE F\nG H", Slots(grid));
        var warning = Assert.Single(grid.Warnings);
        Assert.Equal("cell-beyond-width", warning.Code);
        Assert.Equal("table[1] > tr[2] > td[3]", warning.Path);
    }

    [Fact]
    public void A_last_column_that_most_rows_omit_is_kept()
    {
        // Hand-written pages often leave out trailing empty cells: the heading and one row still reach column 3.
        var grid = Build([["H1", "H2", "H3"], ["A", "B"], ["C", "D", "reason"], ["E", "F"]]);

        Assert.Equal("H1 H2 H3\nA B .\nC D reason\nE F .", Slots(grid));
        Assert.Empty(grid.Warnings);
    }

    [Fact]
    public void Layout_rows_repeat_row_spans_as_copies_and_give_column_spans_once()
    {
        var rows = Build([["A/2", "B/1/2"], ["C", "D"]]).ToLayoutRows();

        Assert.Equal("0r2:A | 1c2:B\n^0r2:A | 1:C | 2:D", Support.Fixture.Render(rows));
    }

    [Fact]
    public void Layout_rows_leave_out_rows_that_show_nothing_new()
    {
        // The second row only carries A down; the third is empty (Word's column-width row).
        var rows = Build([["A/2", "B"], [], ["", "", ""], ["C", "D"]]).ToLayoutRows();

        Assert.Equal("0:A | 1:B\n0:C | 1:D", Support.Fixture.Render(rows));
    }
}
