using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;
using FormExtract.Core.Template;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// Figures printed without gaps, parted by their shapes and the arithmetic of their row and table: funding rows
/// by rate and score, breakdown rows against the total, indicator weights and scores by the table's sums; a run
/// that two readings fit alike is not guessed.
/// </summary>
public class FusedFiguresTests
{
    private static readonly FormTemplate National = TemplateCatalog.Default.National;
    private static readonly FundingColumn[] Columns =
        [FundingColumn.InitialBudget, FundingColumn.AdjustedBudget, FundingColumn.Executed, FundingColumn.Weight, FundingColumn.ExecutionRate, FundingColumn.Score];

    private static FigureReading? Funding(params string[] texts) => FusedFundingRow.Read(texts, Columns, null, National.NoValueMarks);

    [Fact]
    public void A_funding_total_is_parted_where_its_rate_and_score_agree_with_its_amounts()
    {
        // 959.6 / 1789.63 = 53.62%, and 10 × 53.62% = 5.36: 959.61 and a weight of 0 would leave the score above it.
        Assert.Equal(["2219.14", "1789.63", "959.6", "10", "53.62%", "5.36"], Funding("2219.141789.63959.61053.62%5.36")!.Texts);
        // A blank 年初预算数 leaves no trace; thousands separators part the amounts as well.
        Assert.Equal(["12384900.00", "7,432,178.49", "10", "60.01%", "6"], Funding("12384900.007,432,178.491060.01%6")!.Texts);
    }

    [Fact]
    public void Gaps_that_were_kept_are_boundaries()
    {
        Assert.Equal(["1133.17", "1,025.18", "10", "90.47%", "10"], Funding("1133.171,025.1810", "90.47%", "10")!.Texts);
        Assert.Equal(["34669600.00", "34,669,600", "10", "100.00%", "10"], Funding("34669600.0034,669,600", "10100.00%", "10")!.Texts);
    }

    [Fact]
    public void A_breakdown_row_is_read_against_the_total()
    {
        var total = Funding("27145361.0021374300.0019,448,475.571090.99%9.1")!;
        var row = FusedFundingRow.Read(["271453612137430019448475.57—"], Columns, total, National.NoValueMarks, isTotal: false);
        Assert.Equal(["27145361", "21374300", "19448475.57", "—"], row!.Texts);
        Assert.Equal(["0", "0", "0", "—"], FusedFundingRow.Read(["000—"], Columns, total, National.NoValueMarks, isTotal: false)!.Texts);
    }

    [Fact]
    public void Breakdown_rows_are_chosen_together_so_that_each_column_adds_up_to_the_total()
    {
        // 2370.60 budget, 2,145.87 spent. Alone, 1991.31|766.57 and 1991.3|1766.57 fit the fiscal row alike; only
        // the second adds up with 379.3|379.3 of the carry-over.
        var total = Funding("2370.602,145.871090.52%9.05")!;
        Assert.Null(FusedFundingRow.Read(["1991.31766.57—"], Columns, total, National.NoValueMarks, isTotal: false));

        var chosen = FusedFundingRow.Jointly([["1991.31766.57—"], ["379.3379.3—"], ["0—"]], [false, false, false], Columns, total, National.NoValueMarks)!;

        Assert.Equal(["1991.3", "1766.57", "—"], chosen[0]!.Texts);
        Assert.Equal(["379.3", "379.3", "—"], chosen[1]!.Texts);
    }

    [Fact]
    public void Where_one_column_does_not_add_up_the_breakdown_is_chosen_by_the_others()
    {
        // The budgets misadd (8862010 + 873990 is not 9711000.00): the execution, 8721449.1 + 873990 = 9,595,439.1,
        // still tells 873990|873990 from the other cuts. Printed apart, the total's figures are a budget and its
        // execution, not 年初预算数 (the layout's rate is of 全年预算数).
        var total = Funding("9711000.00", "9,595,439.1", "10", "98.81%", "9.88")!;
        Assert.Equal((null, 9711000.00m), (total.In(0), total.In(1)));

        var chosen = FusedFundingRow.Jointly([["8862010", "8721449.1—"], ["873990873990—"], ["0—"]], [false, false, false], Columns, total, National.NoValueMarks)!;

        Assert.Equal(["873990", "873990", "—"], chosen[1]!.Texts);
        // Sums that no choice meets leave the rows as read alone.
        Assert.Null(FusedFundingRow.Jointly([["12345678"]], [false], Columns, Funding("20000.00", "19000.00", "10", "95.00%", "9.5")!, National.NoValueMarks));
    }

    [Fact]
    public void A_run_that_two_readings_fit_alike_is_not_read()
    {
        // No rate, no score, no total to check against: 1234|5678 and 12345|678 are both amounts.
        Assert.Null(FusedFundingRow.Read(["12345678"], [FundingColumn.AdjustedBudget, FundingColumn.Executed], null, National.NoValueMarks));
    }

    [Fact]
    public void Weights_and_scores_run_together_are_chosen_so_that_the_table_adds_up()
    {
        // 981111 is 98 | 11 | 11 or 9811 | 1 | 1 or 981 | 11 | 1 by shape alone; with 66 and 1010 the weights
        // must make 27 and the scores 27.
        FigureReading[] Options(string run) => FusedFigures.Readings([run], [FigureShape.Money, FigureShape.Weight, FigureShape.Score], National.NoValueMarks)
            .Where(r => r.Columns.Contains(1) && r.Columns.Contains(2)).ToArray();

        var options = new[] { Options("981111"), Options("66"), Options("1010") };
        Assert.True(options[0].Length >= 3);

        var chosen = FigureSums.Choose(options, 27, 27)!;

        Assert.Equal(["98", "11", "11"], chosen[0]!.Texts);
        Assert.Equal(["6", "6"], chosen[1]!.Texts);
        Assert.Equal(["10", "10"], chosen[2]!.Texts);
    }

    [Fact]
    public void Where_the_sums_leave_two_readings_the_row_is_not_read()
    {
        FigureReading[] Options(string run) => FusedFigures.Readings([run], [FigureShape.Money, FigureShape.Weight, FigureShape.Score], National.NoValueMarks)
            .Where(r => r.Columns.Contains(1) && r.Columns.Contains(2)).ToArray();

        // Scores of 12 in all: 11 + 1 or 1 + 11, and either row may be 98 | 11 | 11 or 981 | 11 | 1.
        var chosen = FigureSums.Choose([Options("981111"), Options("981111")], null, 12);
        Assert.NotNull(chosen);
        Assert.All(chosen!, Assert.Null);
    }

    [Fact]
    public void A_score_printed_with_a_floats_noise_runs_to_the_end_of_its_text()
    {
        var reading = FusedFigures.Readings(["10091.24999999999999"], [FigureShape.Weight, FigureShape.Score], National.NoValueMarks)
            .Single(r => r.In(0) == 100);
        Assert.Equal(["100", "91.24999999999999"], reading.Texts);
    }

    [Fact]
    public void Indicator_rows_run_together_are_parted_into_name_target_actual_weight_and_score()
    {
        var rows = new FusedIndicatorRows(National);
        var cell = new LayoutCell("信访接待覆盖户数>=28个36个1111残疾人体检完成及时性及时及时77部门沟通协调机制健全性健全基本健全64.8因场地调整，部分推迟。整改：已完成。长效管理制度健全性健全健全66", 0, CellOrigin.AtLine(1));

        Assert.True(rows.IsFused([cell]));
        var read = rows.Weigh(rows.Read([cell], _ => false).OfType<FusedIndicatorRow>().ToArray(), null, null);

        Assert.Equal(4, read.Count);
        Assert.Equal(("信访接待覆盖户数", ">=28个", "36个"), (read[0].Name.Text, read[0].Target!.Text, read[0].Actual!.Text));
        Assert.Equal(["11", "11"], read[0].Reading!.Texts);
        Assert.Equal(("残疾人体检完成及时性", "及时", "及时"), (read[1].Name.Text, read[1].Target!.Text, read[1].Actual!.Text));
        Assert.Equal(("部门沟通协调机制健全性", "健全", "基本健全"), (read[2].Name.Text, read[2].Target!.Text, read[2].Actual!.Text));
        Assert.Equal(["6", "4.8"], read[2].Reading!.Texts);
        Assert.Equal("因场地调整，部分推迟。整改：已完成。", read[2].Deviation!.Text);
        Assert.Equal("长效管理制度健全性", read[3].Name.Text);
    }

    private static IReadOnlyList<FusedIndicatorRow> ReadRows(params string[] cells)
    {
        var rows = new FusedIndicatorRows(National);
        var read = rows.Read(cells.Select(c => new LayoutCell(c, 0, CellOrigin.AtLine(1))).ToArray(), _ => false).OfType<FusedIndicatorRow>().ToArray();
        return rows.Weigh(read, null, null);
    }

    [Fact]
    public void Two_cells_of_the_same_word_on_one_line_are_the_target_and_the_actual()
    {
        var row = Assert.Single(ReadRows("服务对象生活质量", "提高", "提高", "66"));

        Assert.Equal(("服务对象生活质量", "提高", "提高"), (row.Name.Text, row.Target?.Text, row.Actual?.Text));
        Assert.Equal(["6", "6"], row.Reading!.Texts);
    }

    [Fact]
    public void A_target_run_into_the_name_is_the_end_of_the_name_that_the_actual_printed_apart_ends_with()
    {
        var rows = ReadRows("部门沟通协调机制健全性健全", "基本健全42.8", "节能降耗成效明显", "明显1010");

        Assert.Equal(("部门沟通协调机制健全性", "健全", "基本健全"), (rows[0].Name.Text, rows[0].Target?.Text, rows[0].Actual?.Text));
        Assert.Equal(["4", "2.8"], rows[0].Reading!.Texts);
        Assert.Equal(("节能降耗成效", "明显", "明显"), (rows[1].Name.Text, rows[1].Target?.Text, rows[1].Actual?.Text));
    }

    [Fact]
    public void A_target_run_into_the_name_with_no_actual_is_a_word_the_table_judges_by_else_what_follows_the_names_keyword()
    {
        // 明显 is the first row's target (repeated as its actual): it ends the second row's name too. No keyword
        // of the layout would place it (成效明显 follows 降耗).
        var rows = ReadRows("垃圾分类成效明显明显66节能降耗成效明显44居家养老服务完成质量合格55");

        Assert.Equal(("垃圾分类成效", "明显", "明显"), (rows[0].Name.Text, rows[0].Target?.Text, rows[0].Actual?.Text));
        Assert.Equal(("节能降耗成效", "明显"), (rows[1].Name.Text, rows[1].Target?.Text));
        Assert.Null(rows[1].Actual);
        // 质量 is a keyword of the layout's 质量指标: a name ends with what it measures, and 合格 is the target.
        Assert.Equal(("居家养老服务完成质量", "合格"), (rows[2].Name.Text, rows[2].Target?.Text));
        Assert.Null(rows[2].Actual);
    }

    [Fact]
    public void A_target_and_actual_in_words_run_into_the_name_are_parted_where_the_actual_takes_up_the_targets_words()
    {
        // 增收 is a keyword of the layout's 经济效益指标: what follows it is 有效 and 效果一般, which alone of the cuts
        // (有效效 | 果一般 …) has the actual repeat the target's 效.
        var row = Assert.Single(ReadRows("带动相关产业增收有效效果一般64.2缺少佐证材料。"));

        Assert.Equal(("带动相关产业增收", "有效", "效果一般"), (row.Name.Text, row.Target?.Text, row.Actual?.Text));
        Assert.Equal(["6", "4.2"], row.Reading!.Texts);
    }

    [Fact]
    public void Words_after_the_names_keyword_that_no_single_cut_parts_stay_in_the_name()
    {
        // 明显 | 较好 share no letter: where the name ends is not guessed.
        var row = Assert.Single(ReadRows("带动相关产业增收明显较好64.2缺少佐证材料。"));

        Assert.Equal("带动相关产业增收明显较好", row.Name.Text);
        Assert.Null(row.Target);
        Assert.Null(row.Actual);
    }

    private static IReadOnlyList<FusedIndicatorRow> Weighed(string text, decimal weights, decimal scores)
    {
        var rows = new FusedIndicatorRows(National);
        var read = rows.Read([new LayoutCell(text, 0, CellOrigin.AtLine(1))], _ => false).OfType<FusedIndicatorRow>().ToArray();
        return rows.Weigh(read, weights, scores);
    }

    [Fact]
    public void Where_the_table_states_its_reasons_a_row_that_states_none_is_read_at_its_full_weight_when_nothing_else_decides()
    {
        // =19个201111 is 20 | 11 | 11 or 201 | 11 | 1: the weights (27) fit both, the scores misadd with both (30 is
        // printed; 21.73 or 11.73), and an exact target exceeded says nothing of the score. The second row says why
        // it lost points; the first says nothing, so it lost none.
        var rows = Weighed("完成危废转移核查课题个数=19个201111危废转移核查覆盖户数=41件14件82.73缺少满意度佐证材料。环保宣传活动覆盖户数>=36次41次88", 27, 30);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["20", "11", "11"], rows[0].Reading!.Texts);
        Assert.Equal(["8", "2.73"], rows[1].Reading!.Texts);
    }

    [Fact]
    public void Where_the_table_states_no_reasons_a_row_whose_score_nothing_decides_is_not_read()
    {
        var rows = Weighed("完成危废转移核查课题个数=19个201111危废转移核查覆盖户数=41件14件82.73环保宣传活动覆盖户数>=36次41次88", 27, 30);

        Assert.Equal(3, rows.Count);
        Assert.Null(rows[0].Reading);
        Assert.Equal(["8", "2.73"], rows[1].Reading!.Texts);
    }

    [Fact]
    public void Cells_printed_apart_in_places_are_read_as_rows_run_together_where_two_run_a_row_into_the_next()
    {
        var rows = new FusedIndicatorRows(National);
        LayoutCell[] Cells(params string[] texts) => texts.Select(t => new LayoutCell(t, 0, CellOrigin.AtLine(1))).ToArray();

        // Apart, a name with a figure in it (完成2个课题) is no run: no comparator follows a name, no name a weight;
        // nor are a block's points ((50分)).
        Assert.False(rows.IsFused(Cells("(50分)", "完成2个课题", ">=95%", "98%", "10", "10", "(30分)", "服务覆盖人数", ">=90%", "91%", "8", "8")));
        // 社会组织评估验收合格率=100% runs a name into its target, 9救助对象核查验收合格率 a score into the next name.
        var cells = Cells("救助对象核查计划完成率", "=100%100%10", "10", "社会组织评估验收合格率=100%", "100%", "9", "9救助对象核查验收合格率", "=100%", "=100%7", "7");
        Assert.True(rows.IsFused(cells));

        var read = rows.Weigh(rows.Read(cells, _ => false).OfType<FusedIndicatorRow>().ToArray(), null, null);

        Assert.Equal(
            [("救助对象核查计划完成率", "=100%", "100%", "10|10"), ("社会组织评估验收合格率", "=100%", "100%", "9|9"), ("救助对象核查验收合格率", "=100%", "=100%", "7|7")],
            read.Select(r => (r.Name.Text, r.Target!.Text, r.Actual!.Text, string.Join('|', r.Reading!.Texts))));
    }

    [Fact]
    public void A_name_with_no_target_in_it_takes_the_word_printed_apart_after_it_as_its_target()
    {
        var row = Assert.Single(ReadRows("志愿服务站点建设进度", "完善", "55"));

        Assert.Equal(("志愿服务站点建设进度", "完善"), (row.Name.Text, row.Target?.Text));
        Assert.Null(row.Actual);
    }
}

/// <summary>A whole form flattened with no gaps, read through the text reader.</summary>
public class FusedFormTests
{
    private const string Form =
        "财政项目支出绩效自评表(2022 年度)项目名称社区服务经费主管部门某区民政局实施单位某街道办事处项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分"
        + "年度资金总额100.0090.001090.00%9其中：本年财政拨款100.0090.00—上年结转资金00—其他资金00—"
        + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标服务覆盖人数>=95%981111服务完成及时性及时及时1010总分10050\n";

    private static string[] Rows(string text)
    {
        var document = new Core.Ingestion.TextDumpReader().Read(new Core.Ingestion.InputFile("fused.txt", System.Text.Encoding.UTF8.GetBytes(text)), CancellationToken.None).Document!;
        return document.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text))).ToArray();
    }

    private const string Head = "财政项目支出绩效自评表(2022 年度)项目名称社区服务经费主管部门某区民政局实施单位某街道办事处项目资金 (元) 年初预算数全年预算数全年执行数 分值 执行率得分 ";
    private const string Tail = "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标服务覆盖人数>=95%98%9090总分10099.8\n";

    [Fact]
    public void A_breakdown_figure_longer_than_any_amount_of_the_total_is_two_figures_run_together()
    {
        // 40436204043620 has more whole digits than 20218100.00: not one amount but 4043620 twice.
        var rows = Rows(Head + "年度资金总额20218100.0019807672.5710 97.97%9.8 其中：本年财政拨款 16174480 15764052.57—上年结转资金40436204043620 —其他资金0—" + Tail);

        Assert.Contains("|上年结转资金|4043620|4043620|—", rows);
    }

    [Fact]
    public void A_percentage_above_a_thousand_is_a_weight_run_into_a_rate()
    {
        // 10100.00% printed apart from its neighbours is 10 and 100.00%: no budget is spent a hundred times over.
        var rows = Rows(Head + "年度资金总额1946.43 1946.43 10100.00% 10其中：当年财政拨款1693.391693.39— 上年结转资金 253.04 253.04— 其他资金 00—" + Tail);

        Assert.Contains("|年度资金总额|1946.43|1946.43|10|100.00%|10", rows);
    }

    [Fact]
    public void A_total_scored_above_its_weight_is_parted_at_the_layouts_total_weight()
    {
        // 100103.3 is the total weight 100 and a score of 103.3 that the checks then report, not figures left unread.
        var rows = Rows(Head + "年度资金总额100.0090.001090.00%9其中：本年财政拨款100.0090.00—上年结转资金00—其他资金00—"
            + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标服务覆盖人数>=95%98%9094.3总分100103.3\n");

        Assert.Contains("总分|100|103.3", rows);
    }

    [Fact]
    public void A_total_after_a_reasons_full_stop_and_a_space_on_the_wrapped_end_of_a_line_ends_the_table()
    {
        var rows = Rows(Head + "年度资金总额100.0090.001090.00%9其中：本年财政拨款100.0090.00—上年结转资金00—其他资金00—"
            + "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标服务覆盖人数>=95%88%4039.9 服务对象满意度 >=95%\n"
            + "88% 50 49.9缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。 总分100 98.8\n");

        Assert.Contains("总分|100|98.8", rows);
        Assert.DoesNotContain(rows, r => r.Contains("|总分|", StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_that_two_readings_fit_alike_are_reported_not_guessed()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Form);
        var document = new Core.Ingestion.TextDumpReader().Read(new Core.Ingestion.InputFile("fused.txt", bytes), CancellationToken.None).Document!;

        // 981111 is 98 | 11 | 11 or 9811 | 1 | 1 (the actual meets its target either way, and the printed total, 50, adds up with neither).
        var warning = Assert.Single(document.Warnings, w => w.Code == StreamRows.FusedFiguresCode);
        Assert.Equal(1, warning.Line);
        Assert.Contains("981111", warning.Message, StringComparison.Ordinal);
        var rows = document.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text))).ToArray();
        Assert.Contains("|年度资金总额|100.00|90.00|10|90.00%|9", rows);
        Assert.Contains("||服务完成及时性|及时|及时|10|10|", rows);
        Assert.Contains("产出指标|数量指标|服务覆盖人数|>=95%||||", rows);
    }
}
