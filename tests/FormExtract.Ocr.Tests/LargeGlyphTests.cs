using FormExtract.Core.Model;
using FormExtract.Ocr.Tests.Support;
using FormExtract.Testing;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Cells of the committed clean 300 dpi TIFF whose glyphs are larger than the Chinese model reads best, read
/// by the real engines: the misreads these cells gave are the ones <see cref="GhostGlyphs"/> and the second,
/// scaled-down look mend.
/// </summary>
public sealed class LargeGlyphTests
{
    [Fact]
    public void A_glyph_read_twice_in_the_room_of_one_is_read_once()
    {
        // 部门名称's cell: 上海市 came out as 上上海市, two 上 placed on the two halves of one glyph.
        Assert.Equal("上海市残疾人联合会", ReadCell(new Box(314, 501.5, 1357.5, 645.5)));
    }

    [Fact]
    public void A_line_read_unsurely_is_read_again_scaled_down_and_the_readings_vote()
    {
        // The fourth indicator's name, over two lines: 培 was read as 塔 with 0.93 at the page's size, as 培
        // with 1.00 scaled down.
        Assert.Equal("技能培训社会影响力", ReadCell(new Box(729.5, 2426.5, 1145.5, 2570.5)));
    }

    private static string ReadCell(Box box) =>
        OneCell.Read(Repository.Path("corpus", "synthetic", "scan", "scan-02-clean-300-tiff.tif"), box, CellKind.Text);
}
