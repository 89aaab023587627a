using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// What a column holds is learnt from its header on the form's first page and carries on to the pages after,
/// whose tables each scan crops and squares on its own, so they come out shifted as a whole.
/// </summary>
public class ColumnKindsTests
{
    private const double Tolerance = 15;

    private static readonly double[] FirstPageRules = [100, 300, 500, 700, 900, 1100];

    [Fact]
    public void A_later_page_shifted_as_a_whole_finds_its_columns_again()
    {
        var columns = Learnt();
        double[] shifted = [.. FirstPageRules.Select(x => x - 24)];

        var offset = columns.Offset(shifted, Tolerance);

        Assert.Equal(24, offset);
        Assert.Equal(CellKind.Measure, columns.KindOf(Moved(new Box(476, 0, 676, 50), offset), Tolerance));
        Assert.Equal(CellKind.Number, columns.KindOf(Moved(new Box(876, 0, 1076, 50), offset), Tolerance));
        // Unmoved, the same cell sits off its column and would be read as text.
        Assert.Equal(CellKind.Text, columns.KindOf(new Box(476, 0, 676, 50), Tolerance));
    }

    [Fact]
    public void The_page_the_columns_were_learnt_on_is_not_moved()
    {
        Assert.Equal(0, Learnt().Offset(FirstPageRules, Tolerance));
    }

    [Fact]
    public void A_table_of_other_columns_is_not_moved_onto_them_by_chance()
    {
        // Two rules that happen to sit one shift away from two learnt edges are not a table shifted as a whole.
        Assert.Equal(0, Learnt().Offset([150, 350, 1000], Tolerance));
    }

    [Fact]
    public void Nothing_learnt_means_nothing_to_move_onto()
    {
        Assert.Equal(0, Empty().Offset(FirstPageRules, Tolerance));
    }

    [Fact]
    public void A_heading_read_with_broken_strokes_beside_one_read_right_announces_its_column()
    {
        var columns = Empty();
        columns.StartTable();
        columns.Learn(new Box(300, 100, 500, 150), "三级指标", Tolerance);
        columns.Learn(new Box(500, 100, 700, 150), "件度指标便", Tolerance);
        columns.Learn(new Box(900, 100, 1100, 150), "分全", Tolerance);
        // The same misreading on a row below, with no heading read right beside it, is content.
        columns.Learn(new Box(1100, 300, 1300, 350), "分全", Tolerance);

        Assert.Equal(CellKind.Measure, columns.KindOf(new Box(500, 200, 700, 250), Tolerance));
        Assert.Equal(CellKind.Number, columns.KindOf(new Box(900, 200, 1100, 250), Tolerance));
        Assert.Equal(CellKind.Text, columns.KindOf(new Box(1100, 400, 1300, 450), Tolerance));
    }

    [Fact]
    public void A_new_table_does_not_take_the_last_tables_header_row_for_its_own()
    {
        var columns = Empty();
        columns.StartTable();
        columns.Learn(new Box(300, 100, 500, 150), "三级指标", Tolerance);
        columns.StartTable();
        columns.Learn(new Box(900, 100, 1100, 150), "分全", Tolerance);

        Assert.Equal(CellKind.Text, columns.KindOf(new Box(900, 200, 1100, 250), Tolerance));
    }

    /// <summary>Columns learnt from a first page's headers: 年度指标值 over 500–700, 分值 over 900–1100, 三级指标 over 300–500.</summary>
    private static ColumnKinds Learnt()
    {
        var columns = Empty();
        columns.Learn(new Box(300, 0, 500, 50), "三级指标");
        columns.Learn(new Box(500, 0, 700, 50), "年度指标值");
        columns.Learn(new Box(900, 0, 1100, 50), "分值");
        return columns;
    }

    /// <summary>Columns with nothing learnt yet, from every layout's headings.</summary>
    private static ColumnKinds Empty()
    {
        var vocabulary = TemplateCatalog.Default.Vocabulary;
        return new ColumnKinds(new LabelSnapper(vocabulary), vocabulary);
    }

    private static Box Moved(Box box, double offset) => box with { X0 = box.X0 + offset, X1 = box.X1 + offset };
}
