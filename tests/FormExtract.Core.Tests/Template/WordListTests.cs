using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Template;

public class WordListTests
{
    private static readonly WordList Titles = new(["绩效自评表", "项目支出绩效自评表", "部门整体支出绩效自评表", "绩效目标自评表", "绩效评价自评表", "自评结果"]);

    [Theory]
    [InlineData("2022年度项目支出绩效自评表", "项目支出绩效自评表")]
    [InlineData("项目支出绩效自评表(2023年度)", "项目支出绩效自评表")]
    [InlineData("绩效自评表", "绩效自评表")]
    [InlineData("附件:部门整体支出绩效自评表及自评结果", "部门整体支出绩效自评表")]
    [InlineData("自评结果:优", "自评结果")]
    [InlineData("绩效自评表绩效目标自评表", "绩效目标自评表")]
    public void Finds_the_longest_word_anywhere_in_the_key(string key, string word) => Assert.Equal(word, Titles.FoundIn(key));

    [Theory]
    [InlineData("")]
    [InlineData("自评表")]
    [InlineData("产出效果")]
    [InlineData("绩效自评")]
    [InlineData("12.50")]
    public void Finds_nothing_where_no_word_is_whole(string key) => Assert.Null(Titles.FoundIn(key));

    [Fact]
    public void Prefers_the_word_listed_first_between_two_of_one_length()
    {
        // 绩效目标自评表 and 绩效评价自评表 have one length: the list's order decides, not the place in the key.
        var key = "绩效评价自评表与绩效目标自评表";
        Assert.Equal("绩效目标自评表", Titles.FoundIn(key));
        Assert.Equal("绩效评价自评表", new WordList(["绩效评价自评表", "绩效目标自评表"]).FoundIn(key));
    }

    [Fact]
    public void An_empty_list_finds_nothing() => Assert.Null(WordList.Empty.FoundIn("项目支出绩效自评表"));
}
