using FormExtract.Core.Normalization;
using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Template;

/// <summary>Labels read through OCR noise are told within bounds, never taken for another label or a sentence.</summary>
public class NearLabelsTests
{
    private static readonly NearLabels Labels = new(TemplateCatalog.Default.Vocabulary.Labels.Select(LabelKey.Of));

    [Theory]
    [InlineData("主管部n", "主管部门")]
    [InlineData("实施第位", "实施单位")]
    [InlineData("年度资金总頟", "年度资金总额")]
    [InlineData("全年执|行数", "全年执行数")]
    public void A_label_misread_by_one_character_is_that_label(string read, string label) =>
        Assert.Equal(label, Labels.Match(LabelKey.Of(read)));

    [Theory]
    [InlineData("得份")] // two characters: one edit is half the word
    [InlineData("执行律")] // three characters: no edit allowed
    [InlineData("主管部分")] // 主管部门 within one edit, and so is no other label; see below for why it still stands
    public void Short_labels_are_matched_exactly_only(string read)
    {
        var match = Labels.Match(LabelKey.Of(read));
        if (LabelKey.Of(read).Length <= 3)
        {
            Assert.Null(match);
        }
        else
        {
            Assert.Equal("主管部门", match);
        }
    }

    [Theory]
    [InlineData("根据要求填写了项目支出绩效自评表并报送主管部门")]
    [InlineData("项目资金使用规范")]
    [InlineData("产出指示效益")]
    public void A_sentence_or_a_phrase_far_from_every_label_is_no_label(string text) =>
        Assert.Null(Labels.Match(LabelKey.Of(text)));

    [Fact]
    public void Two_labels_as_near_leave_the_reading_alone()
    {
        var labels = new NearLabels(["年初预算数", "年末预算数"]);

        Assert.Null(labels.Match("年中预算数"));
        Assert.Equal("年初预算数", labels.Match("年初预算数"));
    }

    [Fact]
    public void Noise_marks_between_characters_are_ignored() =>
        Assert.Equal("项目名称", new NearLabels(["项目名称"]).Match("项_目|名称"));
}
