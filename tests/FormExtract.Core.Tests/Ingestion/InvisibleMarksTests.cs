using FormExtract.Core.Ingestion;

namespace FormExtract.Core.Tests.Ingestion;

public class InvisibleMarksTests
{
    [Theory]
    [InlineData("项目名称", "项目名称")]
    [InlineData("项\u200B目\u200C名\u200D称\u2060", "项目名称")]
    [InlineData("\uFEFF财政项目支出绩效自评表", "财政项目支出绩效自评表")]
    [InlineData("年度资金总额\u00A0\u00A0120.00", "年度资金总额  120.00")]
    [InlineData("\u200B", "")]
    [InlineData("", "")]
    public void Marks_a_page_shows_as_nothing_go_and_a_no_break_space_is_a_space(string text, string folded) =>
        Assert.Equal(folded, InvisibleMarks.Fold(text));

    [Fact]
    public void Text_without_marks_is_returned_as_it_is()
    {
        var text = "项目名称\t残疾人权益保障经费";

        Assert.Same(text, InvisibleMarks.Fold(text));
    }

    [Fact]
    public void A_file_with_zero_width_spaces_decodes_to_its_visible_text()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("项\u200B目名称\t某项目\n");

        var (decoded, problem) = TextDecoder.Decode(bytes);

        Assert.Null(problem);
        Assert.Equal("项目名称\t某项目\n", decoded!.Text);
    }
}
