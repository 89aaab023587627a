using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>The aligned-column reader on small tables laid out as w3m, lynx and pdftotext -layout print them.</summary>
public class AlignedRowsTests
{
    private static IReadOnlyList<LayoutRow> Read(params string[] lines) =>
        new AlignedRows(TemplateCatalog.Default).Read(TextLine.Split(string.Join('\n', lines)), CancellationToken.None);

    private static string[] Texts(LayoutRow row) => row.Cells.Where(c => !c.IsEmpty).Select(c => c.Text).ToArray();

    private static int ColumnOf(IReadOnlyList<LayoutRow> rows, string text) => rows.SelectMany(r => r.Cells).Single(c => c.Text == text).Column;

    [Fact]
    public void Display_width_counts_a_cjk_character_as_two_columns()
    {
        // The figures line up on screen (w3m) though the labels before them have different numbers of characters.
        var rows = Read(
            "年度资金总额       100.00  90.00",
            "其中：当年财政拨款 80.00   70.00",
            "其他资金           20.00   20.00");

        Assert.Equal(3, rows.Count);
        Assert.Equal(ColumnOf(rows, "100.00"), ColumnOf(rows, "80.00"));
        Assert.Equal(ColumnOf(rows, "90.00"), ColumnOf(rows, "70.00"));
        Assert.Equal(["其中：当年财政拨款", "80.00", "70.00"], Texts(rows[1]));
    }

    [Fact]
    public void Figures_centred_under_their_headings_take_the_headings_columns()
    {
        // Centred in their boxes, the targets start two columns into 年度指标值 and the results three into 实际完成值.
        var rows = Read(
            "               一级指标     二级指标         三级指标       年度指标值   实际完成值   分值   得分",
            "                            数量指标    开展非遗展演次数      =19户        25户      8       8",
            "                                        文艺培训计划完成率    =100%        100%      5       5",
            "               产出指标                 市场检查响应及时率    >=80%       >=80%      9       9",
            "                            时效指标    文化配送响应及时率    >=85%       >=85%      8       8",
            "                                        市场检查完成及时性     及时        及时      4       4");

        Assert.Equal(ColumnOf(rows, "年度指标值"), ColumnOf(rows, "=19户"));
        Assert.Equal(ColumnOf(rows, "实际完成值"), ColumnOf(rows, "25户"));
        Assert.Equal(["市场检查完成及时性", "及时", "及时", "4", "4"], Texts(rows[^1]));
    }

    [Fact]
    public void Texts_of_one_column_in_consecutive_rows_are_cut_at_their_rows()
    {
        // Two deviation reasons set one right under the other, each centred on its row's figures.
        var rows = Read(
            "  垃圾分类达标率   >=80%   73%   6   5.48   因场地调整，部分非",
            "                                            遗展演推迟举办。整",
            "  服务对象满意度   >=90%   78%   6   5.2    改：已将未完成的内",
            "                                            划，确保按期完成。",
            "                                            沟通机制不够完善，",
            "  市民满意度       >=80%   75%   4   3.75   下一步拟制定定期沟",
            "                                            通反馈机制，健全管",
            "                                            理制度。");

        var reasons = rows.Select(r => r.Cells.LastOrDefault(c => c.Text.Length > 6)?.Text).ToArray();
        Assert.Contains("沟通机制不够完善，下一步拟制定定期沟通反馈机制，健全管理制度。", reasons);
    }

    [Fact]
    public void Characters_are_counted_where_texts_line_up_by_characters()
    {
        // lynx pads by characters, not by screen width.
        var lines = new[]
        {
            "年度资金总额 100.00 90.00 10",
            "其他资金   21.00  20.00  5",
            "上年结转资金 0      0      5",
        };

        Assert.False(AlignedRows.PrefersDisplayWidth(TextLine.Split(string.Join('\n', lines))));
        var rows = Read(lines);
        Assert.Equal(ColumnOf(rows, "100.00"), ColumnOf(rows, "21.00"));
    }

    [Fact]
    public void A_wrapped_cell_is_joined_and_a_neighbour_centred_beside_it_stays_in_its_row()
    {
        var rows = Read(
            "数量指标 完成培训人 =100%  100%  9  9",
            "         次计划完成",
            "         率",
            "质量指标 验收合格率 合格   合格  14 12  材料不全，下一步",
            "                                        补齐。");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["数量指标", "完成培训人次计划完成率", "=100%", "100%", "9", "9"], Texts(rows[0]));
        Assert.Equal(["质量指标", "验收合格率", "合格", "合格", "14", "12", "材料不全，下一步补齐。"], Texts(rows[1]));
    }

    [Fact]
    public void A_cell_centred_in_a_tall_row_starts_before_its_neighbours()
    {
        // pdftotext -layout: the reason's first line is printed above the row's figures.
        var rows = Read(
            "培训考核达标率 ≥90%   96%   3  3",
            "                                  缺少佐证材料，",
            "培训验收合格率 =100%  48%   3  1  建议后续按照档",
            "                                  案管理制度做好",
            "                                  存档工作。",
            "场馆维护知晓率 ≥85%   87%   10 10");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["培训考核达标率", "≥90%", "96%", "3", "3"], Texts(rows[0]));
        Assert.Equal("缺少佐证材料，建议后续按照档案管理制度做好存档工作。", Texts(rows[1])[^1]);
    }

    [Fact]
    public void A_label_set_down_a_narrow_column_is_read_as_the_layouts_words()
    {
        var rows = Read(
            "    数量指标 完成率 =100% 100% 9  9",
            "产  质量指标 合格率 合格  合格 14 14",
            "出  时效指标 及时率 及时  及时 16 16",
            "指  成本指标 控制数 ≤20   18   11 11",
            "标",
            "效  社会效益 影响力 提升  提升 10 10",
            "益",
            "指",
            "标");

        var labels = rows.SelectMany(r => r.Cells).Where(c => c.Column == 0 && !c.IsEmpty).Select(c => c.Text).ToArray();
        Assert.Equal(["产出指标", "效益指标"], labels);
    }

    [Fact]
    public void A_text_running_over_several_columns_is_one_merged_cell()
    {
        var rows = Read(
            "项目名称 社区综合为老服务中心运营补贴",
            "主管部门 上海市民政局    实施单位 上海市民政局",
            "         年初预算数      全年预算数 全年执行数",
            "资金总额 100.00          90.00      80.00");

        var name = rows[0].Cells.Single(c => c.Text == "社区综合为老服务中心运营补贴");
        Assert.True(name.ColumnSpan > 1);
        Assert.Equal(["资金总额", "100.00", "90.00", "80.00"], Texts(rows[^1]));
    }

    [Fact]
    public void A_single_long_line_across_the_table_is_one_cell()
    {
        var rows = Read(
            "一级指标 二级指标 三级指标 分值 得分",
            "产出指标 数量指标 完成率   9    9",
            "注：本表由项目单位填写，得分按照年度指标值完成情况计算，满分一百分。",
            "效益指标 社会效益 影响力   10   10");

        Assert.Equal(4, rows.Count);
        Assert.Single(Texts(rows[2]));
    }

    [Fact]
    public void Captions_centred_above_a_table_are_rows_of_their_own_and_a_centred_labels_last_line_joins_it()
    {
        // As a borderless table prints texts centred in their boxes: the label's short last line starts where no column does.
        var rows = Read(
            "                    财政项目支出绩效自评表",
            "                         (2022 年度)",
            "  项目名称     社区综合为老服务补贴",
            "                     预期目标               实际完成情况",
            "              1按照年度工作计划，完   1预算执行：已完成。",
            "年度总体目标  成培训任务。            2效果良好。",
            "  二级指标           三级指标                   分值",
            "服务对象满意      服务对象满意度                 10",
            "   度指标");

        Assert.Equal(["财政项目支出绩效自评表"], Texts(rows[0]));
        Assert.Equal(["(2022 年度)"], Texts(rows[1]));
        Assert.Equal(["项目名称", "社区综合为老服务补贴"], Texts(rows[2]));
        Assert.Equal(["服务对象满意度指标", "服务对象满意度", "10"], Texts(rows[^1]));
    }

    [Fact]
    public void A_heading_centred_over_a_paragraph_is_a_row_above_it_and_the_paragraph_ends_at_its_short_line()
    {
        var rows = Read(
            "项目名称  社区综合为老服务补贴",
            "                预期目标",
            "年度目标  1按照年度工作计划，完成培训",
            "          任务，提高服务水平。",
            "一级指标  三级指标");

        Assert.Equal(["预期目标"], Texts(rows[1]));
        Assert.Equal(["年度目标", "1按照年度工作计划，完成培训任务，提高服务水平。"], Texts(rows[2]));
        Assert.Equal(["一级指标", "三级指标"], Texts(rows[3]));
    }

    [Fact]
    public void Texts_centred_in_a_column_start_it_after_a_gutter_though_no_two_start_alike()
    {
        var rows = Read(
            "              分值  执行率       得分",
            "年度资金总额   10   100.00%       10",
            "当年财政拨款   —",
            "其他资金       —");

        Assert.Equal(["年度资金总额", "10", "100.00%", "10"], Texts(rows[1]));
        Assert.Equal(rows[0].Cells.Single(c => c.Text == "得分").Column, rows[1].Cells[^1].Column);
    }

    [Theory]
    [InlineData("+----------+--------+------+", "|", "+==========+========+======+")]
    [InlineData("├──────────┼────────┼──────┤", "│", "╞══════════╪════════╪══════╡")]
    [InlineData("╠══════════╬════════╬══════╣", "║", "╠══════════╬════════╬══════╣")]
    public void Rules_part_rows_in_every_border_style(string rule, string bar, string heavyRule)
    {
        var rows = Read(
            rule,
            $"{bar}三级指标  {bar}指标值  {bar}分值  {bar}",
            heavyRule,
            $"{bar}完成培训人{bar}=100%   {bar}9     {bar}",
            $"{bar}次计划完成{bar}        {bar}      {bar}",
            $"{bar}率        {bar}        {bar}      {bar}",
            rule,
            $"{bar}验收合格率{bar}合格    {bar}14    {bar}",
            rule);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["完成培训人次计划完成率", "=100%", "9"], Texts(rows[1]));
        Assert.Equal(["验收合格率", "合格", "14"], Texts(rows[2]));
    }

    [Fact]
    public void A_cell_a_rule_runs_past_is_merged_over_the_rows_beside_it()
    {
        // w3m draws a rowspan cell by leaving the rule open where the cell runs on.
        var rows = Read(
            "┌────┬────────────┬──────┐",
            "│    │年度资金总额│100.00│",
            "│项目├────────────┼──────┤",
            "│资金│当年财政拨款│80.00 │",
            "│    ├────────────┼──────┤",
            "│    │其他资金    │20.00 │",
            "└────┴────────────┴──────┘");

        Assert.Equal(3, rows.Count);
        var merged = rows.Select(r => r.Cells[0]).ToArray();
        Assert.All(merged, c => Assert.Equal("项目资金", c.Text));
        Assert.Equal([false, true, true], merged.Select(c => c.IsSpanCopy));
        Assert.Equal(3, merged[0].RowSpan);
    }

    [Fact]
    public void A_drawn_grid_is_aligned_and_pipe_rows_without_rules_stay_pipes()
    {
        var grid = "+----+----+\n|项目|资金|\n+----+----+\n|总额|100 |\n+----+----+\n";
        var pipes = "|项目名称|社区服务|\n|主管部门|民政局|\n|年度资金总额|100|\n";

        Assert.Equal(TextShape.Aligned, TextShapeDetector.Detect(TextLine.Split(grid), grid));
        Assert.Equal(TextShape.Pipes, TextShapeDetector.Detect(TextLine.Split(pipes), pipes));
    }

    [Fact]
    public void A_figure_wider_than_its_column_is_a_cell_of_its_own_beside_the_figure_before_it()
    {
        // The total's score printed with a float's noise starts left of 得分, under the weight's column.
        var rows = Read(
            "           三级指标       年度指标值  实际完成值  分值        得分         偏差原因分析及改进",
            "      残疾儿童家长满意度    >=85%        83%       10         9.76         下一步拟制定定期沟",
            "      有责投诉发生数         =0次        0次       90          90",
            "             总分                                  100   93.55999999999999");

        Assert.Equal(["总分", "100", "93.55999999999999"], Texts(rows[^1]));
        Assert.Equal(ColumnOf(rows, "100") + 1, ColumnOf(rows, "93.55999999999999"));
    }

    [Fact]
    public void The_last_character_of_a_value_wrapped_onto_a_line_of_its_own_joins_the_value()
    {
        // The unit's name runs to the end of its line; its last character is centred under it on the next.
        var rows = Read(
            "  主管部门                       上海市残疾人联合会                        实施单位     上海市残疾人康复职业培训中",
            "                                                                                                    心",
            "                                            年初预算数      全年预算数    全年执行数    分值  执行率      得分",
            "项目资金 (元        年度资金总额           40487472.00      29770200.00  17,665,636.68   10   59.34%      5.93");

        Assert.Equal(["主管部门", "上海市残疾人联合会", "实施单位", "上海市残疾人康复职业培训中心"], Texts(rows[0]));
        Assert.DoesNotContain(rows.SelectMany(r => r.Cells), c => c.Text == "心");
    }

    [Fact]
    public void A_figure_a_wrapped_text_parted_at_its_line_end_is_one_figure_again()
    {
        var rows = Read(
            "                                      预期目标                                    实际完成情况",
            "              1、通过开展康复训练等工作，提升残疾人康复保障水   1、预算执行：项目本年度执行数4004445.2",
            "年度总体目标  平。2、建立健全长效管理机制，推动残疾人体检工作   8元，执行率93.68%；2、产出情况：按计划",
            "              常态化、制度化运行。                              开展残疾人体检，各项工作有序推进。");

        Assert.Contains(rows.SelectMany(r => r.Cells), c => c.Text.StartsWith("1、预算执行：项目本年度执行数4004445.28元，执行率93.68%", StringComparison.Ordinal));
    }
}
