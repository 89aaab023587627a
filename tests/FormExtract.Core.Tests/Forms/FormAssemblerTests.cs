using FormExtract.Core.Forms;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Tests.Forms;

public class FormAssemblerTests
{
    [Fact]
    public void Reads_header_funding_and_goals()
    {
        var form = Dumps.Single([.. Dumps.Header, "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 90", "总分 | | | | | 100 | 99.5"]);

        Assert.Equal("财政项目支出绩效自评表", form.Title);
        Assert.Equal(2023, form.FiscalYear);
        Assert.Equal("测试项目", form.ProjectName!.Value);
        Assert.Equal(3, form.ProjectName.Line);
        Assert.Equal("某部门", form.Department!.Value);
        Assert.Equal("某单位", form.ImplementingUnit!.Value);
        Assert.Equal("万元", form.Funding.Unit);
        Assert.Equal(95m, form.Funding.Total!.Executed!.Value);
        Assert.Equal(0.95m, form.Funding.ExecutionRate!.Value);
        Assert.Equal("其中：当年财政拨款", form.Funding.FiscalAppropriation!.Label);
        Assert.Null(form.Funding.Carryover);
        Assert.Equal("完成目标", form.Goals.Expected!.Value);
        Assert.Equal("已完成", form.Goals.Achieved!.Value);
        Assert.Equal((100m, 99.5m), (form.TotalWeight!.Value!.Value, form.TotalScore!.Value!.Value));
    }

    [Fact]
    public void A_label_printed_on_a_middle_row_takes_the_rows_its_words_claim()
    {
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 质量指标 | 验收合格率 | =100% | 100% | 25 | 25",
            " | | 报告完成及时性 | 及时 | 及时 | 5 | 5",
            " | 时效指标 | 培训完成及时性 | 及时 | 及时 | 5 | 5",
            " | | 活动开展及时性 | 及时 | 及时 | 5 | 5",
            " | 成本指标 | 成本控制率 | <=100% | 95% | 10 | 10",
            "效益指标 | 社会效益指标 | 有责投诉数 | =0次 | 0 | 30 | 30",
            "满意度指标 | 服务对象满意度指标 | 满意度 | >=90% | 95% | 10 | 10",
            "总分 | | | | | 100 | 100",
        ]);

        Assert.Equal(
            ["产出指标/质量指标", "产出指标/时效指标", "产出指标/时效指标", "产出指标/时效指标", "产出指标/成本指标", "效益指标/社会效益指标", "满意度指标/服务对象满意度指标"],
            Dumps.Categories(form));
        // Only the row its words moved under the label printed below it carries the guess; a carried-down one does not.
        Assert.Equal(
            [false, true, false, false, false, false, false],
            form.Indicators.Select(i => (i.Name!.Evidence!.Placement & CellPlacement.Categorised) != 0));
    }

    [Fact]
    public void The_measure_a_name_ends_with_decides_not_what_it_mentions()
    {
        // 空气质量… mentions 质量 but measures 及时性 or 完成率; only the two labels around a row compete.
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 数量指标 | 水质监测覆盖户数 | =7个 | 10个 | 10 | 10",
            " | | 空气质量监测计划完成率 | =100% | 100% | 10 | 10",
            " | | 空气质量监测完成及时性 | 及时 | 及时 | 10 | 10",
            " | 时效指标 | 执法检查响应及时率 | >=85% | 93% | 20 | 20",
            "效益指标 | 可持续影响指标 | 部门沟通协调机制健全性 | 健全 | 健全 | 15 | 15",
            " | | 垃圾分类达标率 | >=90% | 95% | 5 | 5",
            " | 生态效益指标 | 节能降耗成效 | 明显 | 明显 | 10 | 10",
            "满意度指标 | 服务对象满意度指标 | 满意度 | >=90% | 95% | 10 | 10",
            "总分 | | | | | 100 | 100",
        ]);

        Assert.Equal(
            ["数量指标", "数量指标", "时效指标", "时效指标", "可持续影响指标", "生态效益指标", "生态效益指标", "服务对象满意度指标"],
            form.Indicators.Select(i => i.Level2));        Assert.Equal([2, 5], form.Indicators.Select((x, i) => (x, i)).Where(p => (p.x.Name!.Evidence!.Placement & CellPlacement.Categorised) != 0).Select(p => p.i));
    }

    [Fact]
    public void Without_other_evidence_a_row_belongs_to_the_label_above()
    {
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 数量指标 | 培训人次 | >=100人次 | 120人次 | 20 | 20",
            " | | 课题个数 | =2个 | 2个 | 10 | 10",
            " | 质量指标 | 课题合格率 | =100% | 100% | 20 | 20",
            "总分 | | | | | 60 | 60",
        ]);

        Assert.Equal(["产出指标/数量指标", "产出指标/数量指标", "产出指标/质量指标"], Dumps.Categories(form));
    }

    [Fact]
    public void The_weight_split_moves_a_row_to_the_group_that_then_adds_up()
    {
        // 系统重大故障发生数 has no telling words; under 时效 the 产出 group would weigh 60, under 社会效益 both groups add up.
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 数量指标 | 运维计划完成率 | =100% | 100% | 25 | 25",
            " | 时效指标 | 故障解决及时性 | 及时 | 及时 | 25 | 25",
            " | | 系统重大故障发生数 | =0次 | 0次 | 10 | 10",
            "",
            "效益指标 | 社会效益指标 | 有责投诉发生数 | =0次 | 0次 | 20 | 20",
            "满意度指标 | 服务对象满意度指标 | 使用人员满意度 | >=90% | 95% | 10 | 10",
            "总分 | | | | | 100 | 100",
        ]);

        Assert.Equal("效益指标/社会效益指标", Dumps.Categories(form)[2]);
    }

    [Fact]
    public void A_category_whose_label_was_lost_is_derived_from_its_sub_category()
    {
        var form = Dumps.Single([.. Dumps.Header, " | | 社会效益指标 | 机关正常运行 | 良好 | 良好 | 30 | 30", "总分 | | | | | 40 | 40"]);

        Assert.Equal("效益指标/社会效益指标", Assert.Single(Dumps.Categories(form)));
    }

    [Fact]
    public void Split_reason_fragments_join_the_row_across_the_page_break()
    {
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 数量指标 | 第一项完成率 | =100% | 80% | 10 | 8 | 受疫情影响，",
            "",
            " | | | | | | | 部分未完成",
            " | | 第二项完成率 | =100% | 100% | 10 | 10",
            " | | | | | | | 前半句，",
            "",
            " | | 第三项完成率 | =100% | 50% | 10 | 5 | 后半句。",
            "总分 | | | | | 40 | 33",
        ]);

        Assert.Equal("受疫情影响，部分未完成", form.Indicators[0].DeviationReason!.Value);
        Assert.Null(form.Indicators[1].DeviationReason);
        Assert.Equal("前半句，后半句。", form.Indicators[2].DeviationReason!.Value);
        Assert.Equal(15, form.Indicators[2].DeviationReason!.Line);
    }

    [Fact]
    public void A_total_spread_over_lines_or_without_its_label_is_read()
    {
        var spread = Dumps.Single([.. Dumps.Header, "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 90", "", "总分", "", "100", "", "99.5"]);
        var unlabelled = Dumps.Single([.. Dumps.Header, "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 90", " | | | | | | | 100 | 99.5"]);

        Assert.Equal((100m, 99.5m), (spread.TotalWeight!.Value!.Value, spread.TotalScore!.Value!.Value));
        Assert.Equal((100m, 99.5m), (unlabelled.TotalWeight!.Value!.Value, unlabelled.TotalScore!.Value!.Value));
    }

    [Fact]
    public void Several_forms_split_at_each_title_and_a_lost_title_at_the_next_project_name()
    {
        var body = new[] { "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 90", "总分 | | | | | 100 | 99.5" };
        var assembled = Dumps.Assemble([.. Dumps.Header, .. body, "", .. Dumps.Header, .. body, .. Dumps.Header.Skip(2), .. body]);

        Assert.Equal([0, 1, 2], assembled.Forms.Select(f => f.FormIndex));
        Assert.Null(assembled.Forms[2].Title);
        Assert.Equal("测试项目", assembled.Forms[2].ProjectName!.Value);
    }

    [Fact]
    public void A_form_cut_off_half_way_is_kept_with_warnings()
    {
        var assembled = Dumps.Assemble(Dumps.Header.Take(7).ToArray());

        var form = Assert.Single(assembled.Forms);
        Assert.Empty(form.Indicators);
        Assert.Contains(assembled.Warnings, w => w is { Code: "indicators-missing", Form: 0 });
        Assert.Contains(assembled.Warnings, w => w is { Code: "form-truncated", Form: 0 });
        Assert.True(form.Truncated);
    }

    [Fact]
    public void A_form_cut_off_inside_its_first_label_is_kept_with_its_title_and_year()
    {
        var assembled = Dumps.Assemble("财政项目支出绩效自评表", "(2023 年度)", "项目名", "# ---- END ----");

        var form = Assert.Single(assembled.Forms);
        Assert.Equal("财政项目支出绩效自评表", form.Title);
        Assert.Equal(2023, form.FiscalYear);
        Assert.Null(form.ProjectName);
        Assert.True(form.Truncated);
        Assert.Contains(assembled.Warnings, w => w is { Code: "form-truncated", Line: 4 });
    }

    [Fact]
    public void A_title_over_text_that_is_no_form_is_no_form()
    {
        // A page's heading naming a form above other words, or a whole label (not one cut off), starts no form.
        Assert.Empty(Dumps.Assemble("财政项目支出绩效自评表", "(2023 年度)", "会议纪要").Forms);
        Assert.Empty(Dumps.Assemble("财政项目支出绩效自评表", "项目名称").Forms);
        Assert.Empty(Dumps.Assemble("财政项目支出绩效自评表", "项目名", "会议纪要").Forms);
        // Two characters that start a label (项目 of 项目名称) are as often a word of their own.
        Assert.Empty(Dumps.Assemble("财政项目支出绩效自评表", "(2023 年度)", "项目").Forms);
    }

    [Fact]
    public void A_figure_under_the_names_heading_is_no_indicators_name()
    {
        var assembled = Dumps.Assemble([.. Dumps.Header, "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 90", " | | 1.8 | 14种 | 28种 | 1 | 1", "总分 | | | | | 100 | 99.5"]);

        var form = Assert.Single(assembled.Forms);
        Assert.Equal(["完成率"], form.Indicators.Select(i => i.Name!.Value));
        Assert.Contains(assembled.Warnings, w => w.Code == "unplaced-cell" && w.Message.Contains("'1.8'", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_with_no_form_says_so()
    {
        var assembled = Dumps.Assemble("会议纪要", "时间 | 2023年");

        Assert.Empty(assembled.Forms);
        Assert.Equal("no-forms", Assert.Single(assembled.Warnings).Code);
    }

    [Fact]
    public void A_forms_tail_without_its_headings_is_no_form_and_the_warning_names_its_line()
    {
        // A page's text runs the tail of a form together on one line: its indicator figures cannot be placed.
        var assembled = Dumps.Assemble("会议纪要", "产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 时效指标按时发放率=100% 22.5 效益指标经济效益指标结余率≤5% 22.5 合计100 评价结论及时、足额缴纳。存在问题暂无改进措施暂无");

        Assert.Empty(assembled.Forms);
        var warning = Assert.Single(assembled.Warnings);
        Assert.Equal(("no-forms", 2), (warning.Code, warning.Line));
        Assert.Contains("'合计 | 100'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("评价结论", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_figure_is_a_warning_naming_the_line()
    {
        var assembled = Dumps.Assemble([.. Dumps.Header, "产出指标 | 数量指标 | 完成率 | =100% | 100% | 90 | 9O分", "总分 | | | | | 100 | 99.5"]);

        var form = Assert.Single(assembled.Forms);
        Assert.Single(form.Indicators);
        Assert.Equal(90m, form.Indicators[0].Weight!.Value);
        Assert.Equal("9O分", form.Indicators[0].Score!.Text);
        Assert.Null(form.Indicators[0].Score!.Value);
        Assert.Contains(assembled.Warnings, w => w is { Code: "unreadable-number", Line: 11, Path: "/indicators/0/score" });
    }

    [Theory]
    [InlineData(true, "95", "11", null)]
    // Blank, the cell leaves 得分 empty, and the figures move into the columns a figure fits best.
    [InlineData(false, null, "95", "11")]
    public void A_figure_read_as_nothing_holds_its_column_where_a_blank_cell_does_not(bool unread, string? actual, string? weight, string? score)
    {
        // A recogniser may read a figure's ink as nothing (11 as | on a degraded scan); the cell is then empty of
        // text but not blank, and the row's other figures must not shift into its column.
        var layout = Dumps.Layout([.. Dumps.Header, "产出指标 | 数量指标 | 知晓率 | ≥80% | 95 | 11 | |", "总分 | | | | | 100 | 95"]);
        var at = layout.Rows.ToList().FindIndex(r => r.Cells.Any(c => c.Text == "知晓率"));
        var row = layout.Rows[at];
        var scoreColumn = row.Cells.Single(c => c.Text == "11").Column + 1;
        var cells = row.Cells.Select(c => c.Column != scoreColumn ? c
            : new LayoutCell(string.Empty, c.Column, c.Origin with { Evidence = new CellEvidence { Engine = 0, Unread = unread } })).ToList();
        var rows = layout.Rows.ToArray();
        rows[at] = new LayoutRow(cells) { Page = row.Page, FollowsBreak = row.FollowsBreak };

        var indicator = Assert.Single(Assert.Single(FormAssembler.Default.Assemble(layout with { Rows = rows }).Forms).Indicators);

        Assert.Equal((actual, weight, score), (indicator.Actual?.Text, indicator.Weight?.Text, indicator.Score?.Text));
    }

    [Fact]
    public void A_row_cut_by_a_page_break_with_its_category_label_goes_on_in_the_row_above()
    {
        // The break cut the merged label 服务对象满意度指标 as well: under it the row goes on with the label's tail and
        // the rest of its reason, no name and no figure. Aligned, the tail had been an indicator's name.
        var form = Dumps.Single(
        [
            .. Dumps.Header,
            "产出指标 | 数量指标 | 筛查完成率 | =100% | 100% | 80 | 80 |",
            "满意度指标 | 服务对象满意 | 服务对象满意度 | ≥95% | 78% | 10 | 8.21 | 因场地调整，部分筛查推迟举",
            " | 度指标 | | | | | | 办。整改：已纳入新一轮工作计划。",
            "总分 | | | | | 100 | 97.71",
        ]);

        Assert.Equal(["筛查完成率", "服务对象满意度"], form.Indicators.Select(i => i.Name!.Text));
        Assert.Equal("因场地调整，部分筛查推迟举办。整改：已纳入新一轮工作计划。", form.Indicators[1].DeviationReason!.Text);
    }
}
