using FormExtract.Core.Forms;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Tests.Support;
using FormExtract.Core.Validation;

namespace FormExtract.Core.Tests.Forms;

/// <summary>What the layouts other than the national one need of form building: each case a small dump of the layout's own words.</summary>
public class LayoutReadingTests
{
    private static readonly FormValidator Validator = FormValidator.CreateDefault();

    [Fact]
    public void A_budget_block_with_a_scoring_method_column_is_read_as_funding_not_as_an_indicator_table()
    {
        // 分值, 得分 and 得分计算方法 also head indicator tables; a column the contract skips is no sign of one.
        var form = Dumps.Single(
        [
            "项目支出绩效自评表",
            "(2018年度)",
            "项目名称 | 测试项目",
            "项目资金(万元) | | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 执行率(B/A) | 得分 | 得分计算方法",
            " | 年度资金总额: | 310.2 | 154.74 | 10 | 49.88% | 4.99 | 执行率*该指标分值，最高不得超过分值上限。",
            " | 其中:本年一般公共预算拨款 | 310.2 | 154.74 | - | - | -",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值(A) | 全年实际值(B) | 得分计算方法 | 得分 | 未完成原因分析",
            " | 产出指标 | 数量指标 | 清扫道路条数 | 90 | =20条 | 20条 | 完成值达到指标值，记满分。 | 90 |",
            "总分 | | | | 100 | | | | 94.99",
        ]);

        Assert.Equal("project-pre2020-scoring-method", form.Template);
        Assert.Equal((310.2m, 154.74m), (form.Funding.Total!.InitialBudget!.Value!.Value, form.Funding.Total.Executed!.Value!.Value));
        Assert.Equal((10m, 0.4988m, 4.99m), (form.Funding.Weight!.Value!.Value, form.Funding.ExecutionRate!.Value!.Value, form.Funding.Score!.Value!.Value));
        Assert.Null(Assert.Single(form.Indicators).DeviationReason);
    }

    [Theory]
    // 三 may lose a stroke and read as 二: the header then names the level-2 category twice and no indicator.
    [InlineData("二级指标 | 三级指标", "二级指标 | 二级指标")]
    // 二 may lose one as 三 does: three level headings with one repeated are still the two levels and the indicator.
    [InlineData("一级指标 | 二级指标 | 三级指标", "一级指标 | 一级指标 | 二级指标")]
    public void A_header_whose_levels_lost_a_stroke_still_names_the_indicators(string printed, string read)
    {
        // Such a table had no names to read, and lost its indicators.
        string[] header = [.. Dumps.Header.Select(l => l.Replace(printed, read, StringComparison.Ordinal))];
        Assert.NotEqual(Dumps.Header, header);

        var form = Dumps.Single([.. header, "产出指标 | 数量指标 | 清扫道路条数 | =20条 | 20条 | 90 | 89.5 |", "总分 | | | | | 90 | 89.5"]);

        var indicator = Assert.Single(form.Indicators);
        Assert.Equal(("产出指标", "数量指标", "清扫道路条数"), (indicator.Level1, indicator.Level2, indicator.Name!.Text));
        Assert.Equal("=20条", indicator.Target!.Text);
    }

    [Theory]
    [InlineData("会计")]
    [InlineData("全让")]
    // A black-and-white page may break one glyph into two: 总 read as 直人.
    [InlineData("直人分")]
    public void A_total_row_whose_label_was_misread_is_told_by_its_merged_label_and_figures(string misread)
    {
        // A phone capture's 合计 may lose both characters, a black-and-white page's 总 fall apart; the merged cell across
        // the table's text columns, with only the total weight and score after it, is still the total row, not one more
        // indicator.
        var layout = Dumps.Layout([.. Dumps.Header, "产出指标 | 数量指标 | 清扫道路条数 | =20条 | 20条 | 90 | 89.5 |", $"{misread} | | | | | 90 | 89.5"]);
        var printed = layout.Rows[^1];
        var merged = new LayoutRow([printed.NonEmpty[0] with { ColumnSpan = 5 }, .. printed.NonEmpty.Skip(1)]);

        var form = Assert.Single(FormAssembler.Default.Assemble(layout with { Rows = [.. layout.Rows.SkipLast(1), merged] }).Forms);
        var unmerged = Assert.Single(FormAssembler.Default.Assemble(layout).Forms);

        Assert.Equal("清扫道路条数", Assert.Single(form.Indicators).Name!.Text);
        Assert.Equal((90m, 89.5m), (form.TotalWeight!.Value, form.TotalScore!.Value));
        // A cell of one column with those words is no total: the shape is the evidence, not the word.
        Assert.Null(unmerged.TotalScore);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(90)]
    public void A_total_row_whose_label_was_misread_and_lost_its_span_is_told_by_its_weight(int weight)
    {
        // 总分 read as 总 oo in the name column, where no ruling line showed the merged cell: its weight is the sum of
        // the indicators' (90), or that and the funding block's (10), which no indicator's is.
        var form = Dumps.Single([.. Dumps.Header, .. TwoIndicators, $" | | 总 oo | | | {weight} | 88.5"]);

        Assert.Equal(["清扫道路条数", "道路整洁度"], form.Indicators.Select(i => i.Name!.Text));
        Assert.Equal((weight, 88.5m), (form.TotalWeight!.Value, form.TotalScore!.Value));
    }

    [Theory]
    [InlineData("时效", "10")]
    [InlineData("时效", "80")]
    [InlineData("及时性指标", "90")]
    public void A_short_indicator_with_no_target_stays_an_indicator_unless_it_is_short_and_weighs_the_sum(string name, string weight)
    {
        // A weight that is not the sum, or a name longer than a total word misread, is an indicator's.
        var form = Dumps.Single([.. Dumps.Header, .. TwoIndicators, $" | | {name} | | | {weight} | 5"]);

        Assert.Equal(name, form.Indicators[^1].Name!.Text);
        Assert.Null(form.TotalScore);
    }

    private static readonly string[] TwoIndicators =
    [
        "产出指标 | 数量指标 | 清扫道路条数 | =20条 | 20条 | 50 | 50 |",
        "效益指标 | 社会效益指标 | 道路整洁度 | 良好 | 良好 | 40 | 38.5 |",
    ];

    [Fact]
    public void A_scoring_method_printed_last_is_not_taken_for_the_deviation_reason()
    {
        var form = Dumps.Single(
        [
            "项目支出绩效自评表",
            "项目名称 | 测试项目",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 预期指标值(A) | 实际完成指标值(B) | 分值 | 得分 | 未完成原因 | 得分计算方法",
            " | 产出指标 | 数量指标 | 清扫道路条数 | =20条 | 20条 | 90 | 90 | | 完成值达到指标值，记满分。",
            "总分 | | | | | | 90 | 90",
        ]);

        var row = Assert.Single(form.Indicators);
        Assert.Null(row.DeviationReason);
        Assert.Equal(90m, row.Score!.Value);
    }

    [Fact]
    public void Sub_rows_without_points_keep_their_figures_as_target_and_result()
    {
        // 其中 rows of the 绩效目标自评表 detail the row above: a bare 3 is its result, not its score.
        var form = Dumps.Single(
        [
            "绩效目标自评表",
            "项目名称 | 测试项目 | 项目负责人及电话 | 李宁0557-5788003",
            "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施",
            " | 产出指标(90分) | 数量指标 | ★补助鱼塘面积 | 90 | 8亩 | 8 | 90 |",
            " | | | 其中鱼塘养殖面积 | | 5亩 | 3 | |",
            " | | | 其中鱼塘改造面积 | | 3亩 | 5 | |",
            "总分 | | | | 100 | | | 100",
        ]);

        Assert.Equal("goal-self-evaluation", form.Template);
        Assert.Equal([null, null, null], form.Indicators.Skip(1).Select(i => i.Score).Append(form.Indicators[1].Weight));
        Assert.Equal(["8", "3", "5"], form.Indicators.Select(i => i.Actual!.Text));
    }

    [Fact]
    public void Rows_between_labels_follow_the_points_printed_in_the_group_labels()
    {
        // A transfer-payment form splits 100 points 40/40/20 (no budget score): the usual 50/30/10 must not pull
        // the last benefit row into 满意度.
        var form = Dumps.Single(
        [
            .. TransferHeader,
            " | 产出指标(40分) | 数量指标 | 开展培训次数 | 40 | =4次 | 4次 | 40 |",
            " | 效益指标(40分) | 社会效益指标 | 有责投诉发生数 | 30 | =0次 | 0次 | 30 |",
            " | | | 培训长效机制 | 10 | 建立 | 建立 | 10 |",
            " | 满意度指标(20分) | 服务对象满意度指标 | 学员满意度 | 20 | >=90% | 95% | 20 |",
            "总分 | | | | 100 | | | 100",
        ]);

        Assert.Equal("transfer-goal-self-evaluation", form.Template);
        Assert.Equal("效益指标", form.Indicators[2].Level1);
        Assert.Empty(Validator.Validate(form));
    }

    [Fact]
    public void A_transfer_payment_form_without_points_in_its_labels_is_not_held_to_the_usual_split()
    {
        var form = Dumps.Single(
        [
            .. TransferHeader,
            " | 产出指标 | 数量指标 | 开展培训次数 | 40 | =4次 | 4次 | 40 |",
            " | 效益指标 | 社会效益指标 | 有责投诉发生数 | 40 | =0次 | 0次 | 40 |",
            " | 满意度指标 | 服务对象满意度指标 | 学员满意度 | 20 | >=90% | 95% | 20 |",
            "总分 | | | | 100 | | | 100",
        ]);

        Assert.Equal("transfer-goal-self-evaluation", form.Template);
        Assert.DoesNotContain(Validator.Validate(form), f => f.Rule == "weight-split");
    }

    [Fact]
    public void Quality_of_life_is_a_social_benefit_not_a_quality_measure()
    {
        // No points in the labels and no usual split: only the indicator's words tell which label it falls under.
        var form = Dumps.Single(
        [
            .. TransferHeader,
            " | 产出指标 | 质量指标 | 验收合格率 | 40 | =100% | 100% | 40 |",
            " | | | 服务对象生活质量 | 20 | 提高 | 提高 | 20 |",
            " | 效益指标 | 社会效益指标 | 有责投诉发生数 | 20 | =0次 | 0次 | 20 |",
            " | 满意度指标 | 服务对象满意度指标 | 学员满意度 | 20 | >=90% | 95% | 20 |",
            "总分 | | | | 100 | | | 100",
        ]);

        Assert.Equal("社会效益指标", form.Indicators[1].Level2);
    }

    private static readonly string[] TransferHeader =
    [
        "人大代表之家建设项目绩效目标自评表",
        "(2023年度)",
        "政策(项目)名称 | 人大代表之家建设",
        "项目主管部门 | 某人大常委会办公室 | 资金使用单位 | 某人大常委会办公室",
        "资金情况(万元) | | 全年预算数(A) | 全年执行数(B) | 执行率(B/A)",
        " | 年度资金总额: | 40 | 40 | 100%",
        " | 其中:中央补助 | | | ",
        " | 市县资金 | 40 | 40 | 100%",
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施",
    ];
    [Fact]
    public void A_rubric_is_not_read_as_an_indicator_table()
    {
        // Criteria are scored against how they are described; with no target or result they are no indicators.
        var (form, warnings) = Read(
        [
            "2023年度部门整体支出绩效评价自评表",
            "序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分",
            "1 | 规划(15分) | 基础信息(3分) | 基础信息完整性 | 3 | 基础信息是否真实、完整。 | 基础数据信息是否真实(1分) | 3",
            "2 | | 绩效目标(6分) | 年度绩效目标明确性 | 2 | 是否制定明确、细化、量化的绩效目标。 | 绩效目标明确(2分) | 2",
            "合计 | | | | 100 | | | 95",
        ]);

        Assert.Equal("criteria-scoring", form.Template);
        Assert.Equal(FormType.Department, form.FormType);
        Assert.Empty(form.Indicators);
        Assert.Null(form.GroupWeights);
        Assert.Equal(95m, form.TotalScore!.Value);
        Assert.Contains(warnings, w => w.Code == "outside-contract" && w.Path == "/indicators");
        Assert.Contains(warnings, w => w.Code == "partial-layout");
    }

    [Fact]
    public void A_rubric_table_under_another_layouts_title_is_not_read_as_indicators_either()
    {
        // The table's own headings tell: points scored against 评分标准, and neither target nor result.
        var (form, _) = Read(
        [
            "项目支出绩效自评表",
            "项目名称 | 测试项目",
            "一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分",
            "产出指标 | 数量指标 | 清扫道路条数 | 90 | 全部完成得90分 | 90",
        ]);

        Assert.Equal("测试项目", form.ProjectName!.Value);
        Assert.Empty(form.Indicators);
    }

    [Fact]
    public void A_national_form_with_an_explanation_column_is_still_read_as_indicators()
    {
        // 指标解释 beside a target and a result explains an indicator; it does not make a rubric.
        var (form, warnings) = Read(
        [
            "项目支出绩效自评表",
            "项目名称 | 测试项目",
            "一级指标 | 二级指标 | 三级指标 | 指标解释 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
            "产出指标 | 数量指标 | 清扫道路条数 | 反映清扫道路的条数。 | =20条 | 20条 | 90 | 90 |",
            "总分 | | | | | | 90 | 90 |",
        ]);

        Assert.Equal("project-self-evaluation", form.Template);
        var row = Assert.Single(form.Indicators);
        Assert.Equal(("清扫道路条数", 20m, 20m), (row.Name!.Value, row.Target!.Value!.Number!.Value, row.Actual!.Value!.Number!.Value));
        Assert.DoesNotContain(warnings, w => w.Code == "outside-contract");
    }

    [Fact]
    public void Under_a_rubric_a_second_table_with_targets_and_results_is_read_as_indicators()
    {
        // 广水's form scores its management against criteria, then its outputs against targets.
        var (form, warnings) = Read(
        [
            "广水市财政预算支出项目绩效目标自评表",
            "项目名称 | 乡村道路建设养护项目 | 自评总分: | 95",
            "项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据",
            "项目决策(2分) | 决策依据 | 2 | 2 | | 有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。",
            "一级指标 | 二级指标 | 指标名称(三级指标) | 年初指标值 | 年终完成值 | 自评分 | 复核分",
            "产出指标 | 数量指标 | 乡村道路建设养护里程 | 300公里 | 300公里 | 15 |",
        ]);

        Assert.Equal("criteria-scoring", form.Template);
        var row = Assert.Single(form.Indicators);
        Assert.Equal(("乡村道路建设养护里程", 300m, "公里", 15m), (row.Name!.Value, row.Target!.Value!.Number!.Value, row.Target.Value.Unit, row.Score!.Value!.Value));
        Assert.Equal(95m, form.TotalScore!.Value);
        Assert.Contains(warnings, w => w.Code == "outside-contract" && w.Path == "/indicators");
    }

    [Fact]
    public void A_flattened_rubric_gives_its_header_fields_and_total_but_no_blocks_its_criteria_share_words_with()
    {
        // Scrambled text: 合计, 其他 and 项目年度目标 here head a sources table and a goal elsewhere on the page.
        var (form, _) = Read(
        [
            "广水市财政预算支出项目绩效目标自评表 自评总分: 69 项目名称 办公局域网维护费 项目实施单位 广水市城投公司 项目主管单位 广水市纪委监委 项目负责人 彭炜 中央 本级 其他 合计 执行数 (万元) 5.5 5.5 来源 项目年度目标 3、一次性□ 5.5 执行率 100% 项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2",
        ]);

        Assert.Equal("criteria-scoring", form.Template);
        Assert.Equal(("办公局域网维护费", "广水市纪委监委", "广水市城投公司"), (form.ProjectName!.Value, form.Department!.Value, form.ImplementingUnit!.Value));
        Assert.Equal(69m, form.TotalScore!.Value);
        Assert.Null(form.TotalWeight);
        Assert.Null(form.Funding.Other);
        Assert.Null(form.Goals.Expected);
        Assert.Empty(form.Indicators);
    }

    [Fact]
    public void A_header_label_cut_mid_word_is_neither_a_label_nor_a_value()
    {
        var (form, _) = Read(
        [
            "广水市财政预算支出项目绩效目标自评表 项目名称 项目主管单 自评总分: 95 项目实施单位 广水市交通运输局 项目权重 评价内容 分值 自评分 项目决策 2 分",
        ]);

        Assert.Null(form.ProjectName);
        Assert.Null(form.Department);
        Assert.Equal("广水市交通运输局", form.ImplementingUnit!.Value);
    }

    [Fact]
    public void A_header_value_that_runs_into_the_next_label_is_cut_at_that_label()
    {
        var (form, _) = Read(
        [
            "广水市财政预算支出项目绩效目标自评表 项目名称 办公局域网维护费项目实施单位 广水市城投公司 项目权重 评价内容 分值 自评分 项目决策 2 分",
        ]);

        Assert.Equal(("办公局域网维护费", "广水市城投公司"), (form.ProjectName!.Value, form.ImplementingUnit!.Value));
    }

    private static (Form Form, IReadOnlyList<ExtractionWarning> Warnings) Read(string[] lines)
    {
        var document = Pipelines.ExtractText("rubric.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")).Document;
        return (Assert.Single(document.Forms), document.Warnings);
    }
}
