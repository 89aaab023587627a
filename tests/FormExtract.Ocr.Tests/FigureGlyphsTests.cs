using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Figures the two engines read with different numbers of digits, told by the glyphs of the ink, an = too flat for
/// text, and a unit wrapped alone; read by the real engines from cells of generated scans (`generate --kind coarse
/// --forms 4`, the goal-self-evaluation layout; `generate --kind scan --forms 2 --face sans`, the split-target and
/// pre-2020 scoring layouts).
/// </summary>
public sealed class FigureGlyphsTests
{
    /// <summary>
    /// A weight of 7 on a clean 150 dpi JPEG (seed 403, the first file: a band of its second page, Fixtures/
    /// clean-150-weight-7.png). The Chinese model read the one glyph as 了7, which no figure of two digits fits,
    /// and the cell kept it; the figure engine reads the 7 the ink holds.
    /// </summary>
    [Fact]
    public void A_glyph_the_chinese_model_read_twice_is_the_one_digit_the_figure_engine_reads()
    {
        Assert.Equal("7", Read("clean-150-weight-7.png", new Box(555.5, 169, 638, 240.5), CellKind.Number));
    }

    /// <summary>
    /// A weight of 11 on a black-and-white 200 dpi page (seed 402, the second file, Fixtures/bilevel-200-weight-11.tif,
    /// the page as generated). The blur of a coarse black-and-white page brings the two 1s' serifs close and the
    /// figure engine read one; the Chinese model read both, one for each glyph.
    /// </summary>
    [Fact]
    public void A_digit_the_figure_engine_lost_stands_where_the_chinese_model_read_one_for_each_glyph()
    {
        Assert.Equal("11", Read("bilevel-200-weight-11.tif", new Box(757.06, 1116.99, 879.54, 1215.08), CellKind.Number));
    }

    /// <summary>
    /// A split target's comparator cell holding ═ in Noto Sans on a clean 300 dpi scan (seed 312, the first file, a
    /// band of its second page, Fixtures/clean-300-sans-split-equals.png): two hairlines five rows of ink tall,
    /// which the cell reader had taken for a speck, and the target lost its =.
    /// </summary>
    [Fact]
    public void A_flat_equals_sign_in_a_comparator_cell_is_read()
    {
        Assert.Equal("=", Read("clean-300-sans-split-equals.png", new Box(148, 27, 334, 171), CellKind.Measure));
    }

    /// <summary>The figure and unit beside the = are read as before.</summary>
    [Theory]
    [InlineData(334, 27, 530, 171, CellKind.Number, "23")]
    [InlineData(530, 27, 650, 171, CellKind.Text, "场")]
    public void The_cells_beside_it_are_read_as_before(double x0, double y0, double x1, double y1, CellKind kind, string expected)
    {
        Assert.Equal(expected, Read("clean-300-sans-split-equals.png", new Box(x0, y0, x1, y1), kind));
    }

    /// <summary>
    /// Targets and actuals whose 元 wrapped alone onto a second line, in Noto Sans on a clean 300 dpi scan (seed 312,
    /// the first file of the pre-2020 scoring layout, a band of its second page, Fixtures/clean-300-sans-wrapped-yuan.png).
    /// The 元's top stroke was joined to the line above, and the rest of the glyph read as JU or TC.
    /// </summary>
    [Theory]
    [InlineData(18.5, 12.5, 202.5, 159.5, "<=10万元")]
    [InlineData(18.5, 159.5, 202.5, 303.5, "<=20万元")]
    [InlineData(202.5, 159.5, 396.5, 303.5, "18.7万元")]
    [InlineData(202.5, 303.5, 396.5, 447, "18万元")]
    public void A_unit_wrapped_alone_keeps_its_top_stroke(double x0, double y0, double x1, double y1, string expected)
    {
        Assert.Equal(expected, Read("clean-300-sans-wrapped-yuan.png", new Box(x0, y0, x1, y1), CellKind.Measure));
    }

    /// <summary>Bands of inked rows (top, bottom) as a cell's row profile gives them, at 300 dpi: lines are 15 rows or more.</summary>
    [Fact]
    public void A_thin_band_joins_the_nearer_line()
    {
        // 万 over the top stroke of 元 (28 rows below it) over the rest of 元 (9 rows below the stroke).
        Assert.Equal([(39, 76), (103, 141)], CellReader.MergeSlivers([(39, 76), (103, 106), (115, 141)], 15, 3));
        // The lower dot of a colon or a stroke under a line, nearer the line above, stays with it.
        Assert.Equal([(39, 80), (110, 141)], CellReader.MergeSlivers([(39, 76), (78, 80), (110, 141)], 15, 3));
        // A first band that is thin joins the one after it; bands that touch are one line.
        Assert.Equal([(10, 40)], CellReader.MergeSlivers([(10, 14), (20, 40)], 15, 3));
        Assert.Equal([(10, 60)], CellReader.MergeSlivers([(10, 40), (42, 60)], 15, 3));
    }

    private static string Read(string fixture, Box box, CellKind kind) =>
        OneCell.Read(Repository.Path("tests", "FormExtract.Ocr.Tests", "Fixtures", fixture), box, kind);
}
