using System.Text;
using FormExtract.Core.Ingestion.Text;
using FormExtract.Core.Template;
using FormExtract.Core.Tests.Support;

namespace FormExtract.Core.Tests.Ingestion;

/// <summary>
/// Text whose cells ran together (the OCR text of a document preview) is parted at the layouts' labels, a misread
/// label only beside one read exactly, and prose that names a form's words is never taken for a form.
/// </summary>
public class FusedTextTests
{
    private static readonly FusedCells Fused = new(TemplateCatalog.Default);

    [Fact]
    public void A_fused_row_is_parted_at_its_labels_and_a_misread_label_keeps_its_printed_text()
    {
        var cells = Fused.Part("重庆市某局2023年度部门整体绩效自评表主管部n重庆市某局部门联系人李某联系电话自评总分(分)97.93");

        Assert.Equal(["重庆市某局2023年度部门整体绩效自评表", "主管部n", "重庆市某局", "部门联系人", "李某", "联系电话", "自评总分(分)", "97.93"], cells.Select(c => c.Text));
        Assert.Equal("主管部门", cells.Single(c => c.Text == "主管部n").ReadAs);
        Assert.All(cells.Where(c => c.Text != "主管部n"), c => Assert.Null(c.ReadAs));
    }

    [Fact]
    public void Prose_with_fewer_than_three_labels_stays_whole()
    {
        const string prose = "根据要求我单位认真填写了部门整体绩效自评表并经主管部门审核后按时报送财政部门备案同时对存在的问题进行了整改";

        Assert.Equal([prose], Fused.Part(prose).Select(c => c.Text));
    }

    [Fact]
    public void A_near_miss_that_touches_no_exact_label_is_not_cut()
    {
        // 实施单位 misread as 实施方位 in a sentence, far from any label read exactly.
        var cells = Fused.Part("项目名称某某工程主管部门某某局实施单位某某中心经过认真实施方位明确效果良好");

        Assert.Contains("某某中心经过认真实施方位明确效果良好", cells.Select(c => c.Text));
    }

    [Fact]
    public void Only_long_lines_with_hardly_a_space_are_fused()
    {
        var run = string.Concat(Enumerable.Repeat("项目名称道路养护经费主管部门某某县交通运输局", 10));
        var gaps = string.Concat(Enumerable.Repeat("项目名称 道路养护经费 主管部门 某某县交通运输局 ", 10));

        Assert.True(TextShapeDetector.IsFused(TextLine.Split(run + "\n")));
        Assert.False(TextShapeDetector.IsFused(TextLine.Split(gaps + "\n")));
        Assert.False(TextShapeDetector.IsFused(TextLine.Split("项目名称道路养护经费\n主管部门某某县交通运输局\n")));
    }

    [Fact]
    public void A_preview_padded_with_a_few_runs_of_spaces_and_prose_commas_is_fused_not_csv()
    {
        // A document preview: long lines run the cells together, padded in a few places with runs of spaces, and
        // the prose's commas are ASCII. A run of spaces is one gap: such a line is still cells run together.
        var run = string.Concat(Enumerable.Repeat("项目名称道路养护经费主管部门某某县交通运输局,年度资金总额:310.2154.74", 4));
        var padded = "1、项目支出绩效自评表(2016年度)           " + run + "   其他资金     " + run;
        var text = string.Join("\n", ["项目支出绩效自评表.doc", "", "ID:60761775", "", "大小:43.50 KB", "", "页数:2页", "", "时间:2020-12-15", "", "资源描述:", "", padded, "", "2、" + run + "," + run, ""]);

        Assert.True(TextShapeDetector.IsFused(TextLine.Split(padded + "\n")));
        Assert.Equal(TextShape.Stream, TextShapeDetector.Detect(TextLine.Split(text), text));
    }

    [Fact]
    public void A_department_forms_start_of_year_target_heading_run_together_is_no_indicator()
    {
        // Chongqing's department form (V5) heads its targets 年初指标值 beside 调整指标值; run together by OCR, the heading
        // is one of the header's, not an indicator's name with the next heading as its target.
        var text = string.Join("\n",
        [
            "1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人某某联系电话^部门预算执行情况年初预算数全年(If整)预算数全年执行数执行率(%)执行率权重执行率得分(分)O76%107.6当年绩效目标年初绩效目标全年(调整)绩效目标全年目标实际完成情况无通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,营造良好氛围。保障中心正常运转,有效承担新闻宣传管理等工作。中心较好地完成了履职任务,为建设营造了良好氛围。",
            "2、指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)是否核心指标财政供养人员控制率%定量指标100%92%100%22否预算完成率%70%76%100%22是预算调整率%3%0100%22否结转结余率%2%0100%22是公用经费控制率%100%97%100%22是政府采购执行率%100%72.74%100%22是",
            "",
        ]);
        var document = Pipelines.ExtractText("preview.txt", Encoding.UTF8.GetBytes(text)).Document;

        Assert.DoesNotContain(document.Forms.SelectMany(f => f.Indicators), i => i.Name?.Text == "年初指标值");
        Assert.Contains(document.Warnings, w => w.Code == "unplaced-cell" && w.Line == 2);
    }

    [Fact]
    public void A_prose_line_mentioning_a_form_is_no_form()
    {
        var text = "经过自评，本单位按要求填写了项目支出绩效自评表和部门整体绩效自评表，主管部门审核后报送财政部门，自评结果良好，项目资金使用规范，年度资金总额按计划执行完毕，绩效目标全部完成，群众满意度较高，今后将继续加强预算绩效管理，提高资金使用效益，确保各项工作落到实处，为经济社会发展作出更大贡献。\n";
        var document = Pipelines.ExtractText("prose.txt", Encoding.UTF8.GetBytes(text)).Document;

        Assert.Empty(document.Forms);
        Assert.Contains(document.Warnings, w => w.Code == "no-forms");
    }

    private const string PreviewPage = "2、某某县某某局2022年度项目支出绩效自评表主管部n某某县交通运输局项目名称道路养护经费实施单位某某县公路养护中心"
        + "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
        + "产出指标数量指标养护道路里程120公里120公里2020质量指标道路优良率90%^92%1010时效指标按期完成率100%_100%1010\n";

    [Fact]
    public void The_same_page_without_ocr_marks_is_a_clean_flattening_whose_rows_are_read_by_their_sums()
    {
        // No speck marks and no misread label: a text flattened by a converter, not OCR. Its rows' figures are parted
        // by their shapes and sums.
        var text = PreviewPage[2..].Replace("^", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("主管部n", "主管部门", StringComparison.Ordinal);
        var document = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document;

        var form = Assert.Single(document.Forms);
        Assert.Equal(["养护道路里程", "道路优良率", "按期完成率"], form.Indicators.Select(i => i.Name!.Text));
        Assert.Equal(("90%", "92%", 10m, 10m), (form.Indicators[1].Target!.Text, form.Indicators[1].Actual!.Text, form.Indicators[1].Weight!.Value, form.Indicators[1].Score!.Value));
    }

    [Fact]
    public void A_fused_preview_gives_what_its_labels_place_and_names_the_fused_rows()
    {
        // One page of a preview's OCR text, with the marks OCR leaves for specks (_, ^): the header read through a
        // misread label beside the title (主管部n), the indicator rows fused.
        var document = Pipelines.ExtractText("preview.txt", Encoding.UTF8.GetBytes(PreviewPage)).Document;

        var form = Assert.Single(document.Forms);
        Assert.Equal("某某县某某局2022年度项目支出绩效自评表", form.Title);
        Assert.Equal(2022, form.FiscalYear);
        Assert.Equal("道路养护经费", form.ProjectName!.Text);
        Assert.Equal("某某县交通运输局", form.Department!.Text);
        Assert.Equal("某某县公路养护中心", form.ImplementingUnit!.Text);
        Assert.Empty(form.Indicators);
        Assert.Contains(document.Warnings, w => w.Code == "unplaced-cell" && w.Line == 1 && w.Message.Contains("养护道路里程120公里", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_dumped_one_cell_per_line_with_closing_pipes_is_read_as_cells()
    {
        var lines = new[]
        {
            "2021年度某某项目自评结果", "一、自评结论", "具体完成情况如下表:",
            "一级指标 |", "二级指标 |", "指标名称 |", "目标值 |", "实际完成值 |", "|",
            "产出指标 |", "数量指标 |", "受资助学生人数 |", "14726 |", "15935 |", "|",
            "效益指标 |", "社会效益指标 |", "家庭经济困难学生完成学业率 |", "100% |", "100% |",
            "(三)存在的问题和原因", "1、覆盖率有待进一步提高。",
        };
        var document = Pipelines.ExtractText("result.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")).Document;

        var form = Assert.Single(document.Forms);
        Assert.Equal("self-evaluation-result", form.Template);
        Assert.Equal(["受资助学生人数", "家庭经济困难学生完成学业率"], form.Indicators.Select(i => i.Name!.Text));
        Assert.Equal(["14726", "100%"], form.Indicators.Select(i => i.Target!.Text));
        Assert.Equal(["15935", "100%"], form.Indicators.Select(i => i.Actual!.Text));
        Assert.Equal(["产出指标", "效益指标"], form.Indicators.Select(i => i.Level1));
    }

    /// <summary>A form flattened onto one line by a converter, the figures of its funding total given.</summary>
    private static string FlattenedForm(string totalFigures, string appropriation = "1673540015135495.76 —", string total = "总分 10100") =>
        "财政项目支出绩效自评表(2022 年度)项目名称养老服务体系建设经费 主管部门 上海市民政局 实施单位 上海市养老服务行业协会项目资金 (元) "
        + "年初预算数全年预算数全年执行数 分值执行率得分 年度资金总额" + totalFigures + " 其中：本年财政拨款 " + appropriation + "上年结转资金00 —其他资金 00— "
        + "年度总体目标 预期目标实际完成情况 1、完成养老护理员培训、救助对象核查等任务。1预算执行：项目本年度执行数15135495.76元。"
        + "绩效指标一级指标二级指标 三级指标年度指标值实际完成值 分值得分 偏差原因分析及改进措施产出指标数量指标开展社会组织评估次数=59次 67次5050"
        + "效益指标 社会效益指标服务对象生活质量 提高提高40 40 " + total + "\n";

    [Theory]
    // 15,135,495.7610: the amount's grouping ends its whole part; the rate (15135495.76 of 16735400 is 90.44%) says it has two decimals and 10 is the weight.
    [InlineData("16735400.00 15,135,495.7610 90.44% 9.04", "15135495.76", 10, 9.04, 16735400, 0.9044)]
    // 31816989.5410: an amount run into the weight without grouping; the rate (31816989.54 of 33445800 is 95.13%) parts them.
    [InlineData("33445800.00 31816989.5410 95.13% 9.51", "31816989.54", 10, 9.51, 33445800, 0.9513)]
    // 15,135,495.710: one decimal, since a weight is never 0 (15,135,495.71 and 0).
    [InlineData("16735400.00 15,135,495.710 90.44% 9.04", "15135495.7", 10, 9.04, 16735400, 0.9044)]
    public void An_amount_run_into_the_weight_is_parted_from_it_by_its_grouping_or_the_rate(string totalFigures, string executed, int weight, double score, int adjusted, double rate)
    {
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(FlattenedForm(totalFigures))).Document.Forms.Single();

        var total = form.Funding.Total!;
        Assert.Null(total.InitialBudget?.Value);
        Assert.Equal(((decimal)adjusted, decimal.Parse(executed, System.Globalization.CultureInfo.InvariantCulture)), (total.AdjustedBudget!.Value, total.Executed!.Value));
        Assert.Equal(((decimal)weight, (decimal)rate, (decimal)score), (form.Funding.Weight!.Value, form.Funding.ExecutionRate!.Value, form.Funding.Score!.Value));
    }

    [Fact]
    public void A_no_value_mark_run_onto_a_breakdown_figure_is_parted_from_it_though_the_breakdown_does_not_add_up()
    {
        // 本年财政拨款 prints 16735500 against a total of 16735400: the figures printed apart are read as printed, and the sum is reported.
        var document = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(FlattenedForm("16735400.00 15135495.76 10 90.44% 9.04", "16735500 15135495.76—"))).Document;
        var form = document.Forms.Single();

        var appropriation = form.Funding.FiscalAppropriation!;
        Assert.Equal((16735500m, 15135495.76m), (appropriation.AdjustedBudget!.Value, appropriation.Executed!.Value));
        Assert.Contains(form.Findings, f => f.Rule == "funding-breakdown");
        Assert.DoesNotContain(document.Warnings, w => w.Code == "fused-figures");
    }

    [Fact]
    public void A_total_whose_label_ran_into_its_weight_keeps_the_score_a_space_parts_from_it()
    {
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(FlattenedForm("16735400.00 15135495.76 10 90.44% 9.04", total: "总分100 96.8评价等级优秀"))).Document.Forms.Single();

        Assert.Equal((100m, 96.8m), (form.TotalWeight!.Value, form.TotalScore!.Value));
    }

    [Fact]
    public void A_qualitative_target_run_into_a_name_that_ends_with_what_it_measures_is_parted_from_it()
    {
        // 校园安全检查社会影响力提升6 6: no actual printed; the name ends with 影响力, what it measures, and 提升 is its target.
        var text = "财政项目支出绩效自评表(2022 年度)项目名称 特殊教育质量提升经费主管部门 上海市教育委员会 实施单位上海市学生资助管理中心项目资金 (万元) 年初预算数 全年预算数全年执行数 分值 执行率得分年度资金总额1536.36 1,508.0910 98.16%9.82其中：当年财政拨款1536.36 1508.09 —上年结转资金0 0—其他资金 00 —年度总体目标 预期目标实际完成情况 1按照年度工作计划，完成系统运维、课程资源开发等任务，推进特殊教育优质均衡发展。2持续做好学生资助发放工作，扩大服务覆盖面，使家长享受服务门槛更低、服务内容更多、服务范围更广。 1.预算执行：项目本年度执行数1508.09万元，执行率98.16%；2.产出情况：按计划开展系统运维，各项工作有序推进；3.效果体现：受资助学生满意度较高，项目整体效果良好。 "
        + "绩效指标一级指标 二级指标三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施产出指标 数量指标 完成教师培训课题个数>=16个14 6 5.25 缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。" + "\n"
        + "完成课程资源开发课题个数>=38次 48次6 6 开展系统运维次数>=16件8件52.5 因场地调整，部分课程资源开发推迟举办。整改：已将未完成的内容纳入新一轮工作计划，确保按期完成。 校园安全检查覆盖户数>=5个 6个 9 9教学质量评估覆盖户数>=10个15个 88质量指标课程资源开发考核达标率>=90% 94 10 10时效指标学生资助发放完成及时性及时 及时66效益指标社会效益指标校园安全检查社会影响力提升6 6 系统运维知晓率>=80% 91 7 7 可持续影响指标系统运维长效机制建立 初步建立9 6.3缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。 教学质量评估长效机制建立初步建立 86.4因场地调整，部分系统运维推迟举办。整改：已将未完成的内容纳入新一轮工作计划，确保按期完成。 满意度指标服务对象满意度指标服务对象满意度>=95% 99% 1010总分10092.27" + "\n";
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        var indicator = form.Indicators.Single(i => i.Name!.Value!.StartsWith("校园安全检查社会", StringComparison.Ordinal));
        Assert.Equal(("校园安全检查社会影响力", "提升", 6m, 6m), (indicator.Name!.Value, indicator.Target!.Text, indicator.Weight!.Value, indicator.Score!.Value));
        Assert.Null(indicator.Actual?.Value);
    }

    [Fact]
    public void A_weight_and_score_a_space_parts_are_one_rows_figures_where_the_next_name_runs_into_the_score()
    {
        // 92%11 11教学质量评估社会影响力…, 及时9 9成本指标: the score runs into what follows, the space parts it from the weight.
        var text = "财政项目支出绩效自评表(2022 年度)项目名称 教师专业发展培训经费主管部门上海市教育委员会实施单位上海市教育委员会 项目资金 (元)年初预算数全年预算数全年执行数 分值执行率得分年度资金总额23765900.00 23,704,108.66 1099.74%9.97其中：本年财政拨款2376590023704108.66 —上年结转资金0 0—其他资金00 —年度总体目标预期目标实际完成情况 1以推进特殊教育优质均衡发展为目标，组织实施系统运维，做好校园安全检查工作。2进一步完善工作机制，加强部门之间的沟通协调，提高工作的规范化、专业化和精细化水平。3加强项目全过程管理，严格执行项目管理制度，确保资金使用合法合规，充分发挥财政资金使用效益。4持续做好教学质量评估工作，扩大服务覆盖面，使受资助学生享受服务门槛更低、服务内容更多、服务范围更广。1预算执行：项目本年度执行数23704108.66元，执行率99.74%；2产出情况：按计划开展学生资助发放，各项工作有序推进；3效果体现：有效提升了服务水平，学生获得感进一步增强。 绩效指标 一级指标二级指标 三级指标年度指标值 实际完成值分值 得分偏差原因分析及改进措施 产出指标数量指标教学质量评估覆盖户数>=50场54场1010时效指标 学生资助发放完成及时性" + "\n"
            + "及时9 9成本指标教学质量评估成本控制数<=5万元 5万元3131效益指标社会效益指标有责投诉发生数=0次044 教学质量评估知晓率>=80% 92%11 11教学质量评估社会影响力提升提升88重大安全事故发生数=0次 0次7 7满意度指标服务对象满意度指标受资助学生满意度>=90%>=90%44 学生满意度>=80%65%64.88 缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。 总分10098.85" + "\n";
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        Assert.Equal(9, form.Indicators.Count);
        Assert.All(form.Indicators, i => Assert.False(string.IsNullOrEmpty(i.Name?.Value)));
        Assert.Equal([10m, 9m, 31m, 4m, 11m, 8m, 7m, 4m, 6m], form.Indicators.Select(i => i.Weight!.Value!.Value));
        Assert.Equal([10m, 9m, 31m, 4m, 11m, 8m, 7m, 4m, 4.88m], form.Indicators.Select(i => i.Score!.Value!.Value));
    }

    [Fact]
    public void A_row_with_no_result_takes_the_weight_and_score_the_sums_allow_though_the_total_prints_a_floats_noise()
    {
        // 市场检查覆盖户数>=39件1212: no actual printed; 1212 is weight 12 and score 12 (not an actual of 1, weight 21 and score 2),
        // as the weights add up to the total's 100 less the funding's 10; the total's score (99.99999999999999) meets no sum of printed scores.
        var text = "财政项目支出绩效自评表(2022 年度)项目名称非物质文化遗产保护经费主管部门上海市文化和旅游局实施单位上海市群众艺术馆项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额1761.361761.361761.3610100.00%10其中：当年财政拨款1761.361761.361761.36—上年结转资金00—其他资金00—年度总体目标预期目标实际完成情况1.通过开展市场检查和阅读推广活动等工作，丰富市民精神文化生活。2.做好项目绩效目标管理和跟踪监控，及时发现并纠正执行中的偏差，保障项目按计划推进。" + "\n"
            + "1预算执行：项目本年度执行数1761.36万元，执行率100.00%；2产出情况：全年完成文化配送工作，参与群众参与积极性较高；3效果体现：长效管理制度健全，项目社会效益明显。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标文艺培训参与人次>=5000人次5811人次1313市场检查覆盖户数>=39件1212时效指标文艺培训响应及时率>=85%100%1212成本指标阅读推广活动成本控制数<=10万元9万元1313效益指标社会效益指标非遗展演知晓率>=80%>=80%1010文化配送知晓率>=80%93.4%44市民生活质量提高提高1010可持续影响指标部门沟通协调机制健全性健全健全66满意度指标服务对象满意度指标参与群众满意度>=85%951010总分10099.99999999999999" + "\n";
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        var indicator = form.Indicators.Single(i => i.Name!.Value == "市场检查覆盖户数");
        Assert.Equal((12m, 12m), (indicator.Weight!.Value, indicator.Score!.Value));
        Assert.Null(indicator.Actual?.Value);
        Assert.Equal((100m, 100m), (form.TotalWeight!.Value, Math.Round(form.TotalScore!.Value!.Value, 2)));
    }

    [Fact]
    public void A_total_with_a_blank_initial_budget_and_an_amount_grouped_by_thousands_is_read_by_its_rate()
    {
        // 1153.71 1,059.8 1091.86%9.19: the initial budget left blank; 1059.8 of 1153.71 is 91.86%, 10 the weight, 9.19 the score.
        var text = "财政项目支出绩效自评表 (2022 年度) 项目名称公共卫生服务项目经费主管部门上海市卫生健康委员会实施单位 上海市疾病预防控制中心项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值执行率得分年度资金总额1153.71 1,059.8 1091.86%9.19 其中：当年财政拨款1153.711059.80—上年结转资金 0— 其他资金 0—年度总体目标 预期目标实际完成情况 1、通过开展健康档案建档和疫苗接种宣传等工作，提升居民健康素养水平。2、做好项目绩效目标管理和跟踪监控，及时发现并纠正执行中的偏差，保障项目按计划推进。3、持续做好健康讲座工作，扩大服务覆盖面，使社区居民享受服务门槛更低、服务内容更多、服务范围更广。4、加强项目全过程管理，严格执行项目管理制度，确保资金使用合法合规，充分发挥财政资金使用效益。 1、预算执行：项目本年度执行数1059.8万元，执行率91.86%；2、产出情况：完成监测数据分析的年度任务，工作质量符合要求；3、效果体现：有效提升了服务水平，服务对象获得感进一步增强。 绩效指标 一级指标 二级指标三级指标 年度指标值实际完成值 分值得分偏差原因分析及改进措施产出指标数量指标慢性病筛查覆盖户数 >=54户74户 1010 质量指标健康档案建档完成质量 合格合格" + "\n"
            + "1616时效指标疫苗接种宣传响应及时率>=85%97.9% 24 24 效益指标社会效益指标重大安全事故发生数=0次0 5 5 市民生活质量 提高 提高88筛查对象生活质量提高略有提高 74.2 缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。 监测数据分析社会影响力 提升提升 33 可持续影响指标健康档案建档长效机制建立建立77满意度指标服务对象满意度指标 市民满意度>=90%>=90%10 10总分10096.02" + "\n";
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        var total = form.Funding.Total!;
        Assert.Null(total.InitialBudget?.Value);
        Assert.Equal((1153.71m, 1059.8m), (total.AdjustedBudget!.Value, total.Executed!.Value));
        Assert.Equal((10m, 0.9186m, 9.19m), (form.Funding.Weight!.Value, form.Funding.ExecutionRate!.Value, form.Funding.Score!.Value));
        var appropriation = form.Funding.FiscalAppropriation!;
        Assert.Null(appropriation.InitialBudget?.Value);
        Assert.Equal((1153.71m, 1059.8m), (appropriation.AdjustedBudget!.Value, appropriation.Executed!.Value));
    }

    [Fact]
    public void A_two_letter_target_run_into_a_name_that_goes_on_after_its_keyword_is_parted_from_it()
    {
        // 节能降耗成效明显33: no actual printed; the name goes on after its keyword 降耗 with what it measures (成效), 明显 is its target.
        var text = "财政项目支出绩效自评表(2022 年度)项目名称残疾预防与康复经费主管部门上海市残疾人联合会实施单位上海市残疾人联合会项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额1283.361060.631060.6310100.00%10其中：当年财政拨款1283.361063.131060.63—上年结转资金00—其他资金00—年度总体目标预期目标实际完成情况1通过开展技能培训和法律援助等工作，提升残疾人康复保障水平。2持续做好法律宣传活动工作，扩大服务覆盖面，使残疾儿童家长享受服务门槛更低、服务内容更多、服务范围更广。1、预算执行：项目本年度执行数1060.63万元，执行率100.00%；2、产出情况：全年完成技能培训工作，残疾儿童家长参与积极性较高；3、效果体现：残疾儿童家长满意度较高，项目整体效果良好。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标开展法律宣传活动次数>=47个59个88开展康复训练次数=36次39次1010质量指标辅助器具适配验收合格率=100%100%44时效指标法律宣传活动响应及时率>=95%95.3%66法律援助响应及时率>=95%95.3%88康复训练响应及时率>=80%65%43.25缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。辅助器具适配完成及时性及时及时1010效益指标社会效益指标重大安全事故发生数=0次0次99可持续影响指标信访接待长效机制建立建立1111法律宣传活动长效机制建立建立77生态效益指标节能降耗成效明显33满意度指标服务对象满意度指标服务对象满意度>=90%91%1010总分10099.25" + "\n";
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        var indicator = form.Indicators.Single(i => i.Name!.Value!.StartsWith("节能降耗", StringComparison.Ordinal));
        Assert.Equal(("节能降耗成效", "明显", 3m, 3m), (indicator.Name!.Value, indicator.Target!.Text, indicator.Weight!.Value, indicator.Score!.Value));
        Assert.Null(indicator.Actual?.Value);
    }

    [Fact]
    public void Rows_whose_name_and_repeated_target_run_into_their_figures_are_read_as_run_together_where_other_cells_are_printed_apart()
    {
        // 项目预算控制数预算内预算内2020, 长效管理制度健全性健全健全2222: a name, its target and actual and its figures in one cell.
        var text = FlattenedForm("16735400.00 15135495.76 10 90.44% 9.04").Replace(
            "开展社会组织评估次数=59次 67次5050效益指标 社会效益指标服务对象生活质量 提高提高40 40 ",
            "开展社会组织评估次数 =59次 67次 50 50 成本指标 项目预算控制数预算内预算内2020 效益指标 社会效益指标服务对象生活质量提高提高2020 ", StringComparison.Ordinal);
        var form = Pipelines.ExtractText("flattened.txt", Encoding.UTF8.GetBytes(text)).Document.Forms.Single();

        var indicator = form.Indicators.Single(i => i.Name!.Value == "项目预算控制数");
        Assert.Equal(("预算内", "预算内", 20m, 20m), (indicator.Target!.Text, indicator.Actual!.Text, indicator.Weight!.Value, indicator.Score!.Value));
    }
}
