using System.Diagnostics;
using System.Globalization;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Output;
using FormExtract.Core.Pipeline;
using FormExtract.Core.Validation;
using FormExtract.Synthetic.Scoring;
using FormExtract.Testing;
using Xunit.Abstractions;

namespace FormExtract.Ocr.Tests;

/// <summary>
/// Scans made another way than the synthetic corpus's: the PDF reader's fixtures (printed by ReportLab with
/// its own fonts, and by Chromium with separate cell borders), rasterised here by poppler (at 300 dpi, or as
/// coarser JPEGs and black-and-white TIFFs by ImageMagick) and read as images, scored against the fixtures'
/// reviewed truth. They caught what the corpus's scans did not show: figures wrapped over two lines of a narrow
/// column, each cell edge drawn twice a few pixels apart, a figure running over its cell's right rule, a rule
/// broken at 150 dpi taken for a keystoned frame's corner, and a fax's broken strokes.
/// Floors are the accuracy measured when the test was written.
/// </summary>
public sealed class OtherScanTests(ITestOutputHelper output) : IDisposable
{
    private readonly ImageTableReader _reader = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("formextract-scan-").FullName;

    /// <summary>ReportLab's form, amounts wrapped in narrow columns (4328240.0 over 0): all 96 fields.</summary>
    [Fact]
    public void A_reportlab_form_with_wrapped_figures_is_read_whole() =>
        AssertScan("reportlab-full-form", fields: 1.0, numbers: 1.0);

    /// <summary>
    /// ReportLab's form as a 200 dpi JPEG: the indicator table's 得分 header stands under the funding block's 得分
    /// column, a figures column, where a cell read as one or two characters is taken for a misread figure; read
    /// as a figure the heading was 1353, the column lost its heading and every indicator its score, and the form's
    /// total-score error went unreported. A heading stays a heading: every score and every figure is read, and the
    /// error is found.
    /// </summary>
    [Fact]
    public void A_tables_header_under_another_tables_figures_column_stays_a_heading()
    {
        var truth = Truth("reportlab-full-form");

        var document = AssertScan("reportlab-full-form", fields: 0.98, numbers: 1.0, dpi: 200);

        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Score?.Value), document.Forms[0].Indicators.Select(i => i.Score?.Value));
        Assert.Contains(truth.Forms[0].Findings, f => f.Rule == "total-score");
        Assert.Equal(truth.Forms[0].Findings.Select(f => (f.Rule, f.Path)), document.Forms[0].Findings.Select(f => (f.Rule, f.Path)));
    }

    /// <summary>
    /// A real form (the dump's, printed whole in Noto Serif) as a 200 dpi JPEG: the funding block's heading 项目资金
    /// (元) wraps in the narrow first column, and its second line, read at the page's size, was 多 at 0.20, which
    /// lost the block its unit. A line read that unsurely is read again scaled up to 300 dpi (金 (元) at 0.92).
    /// The fixture keeps narrow columns, so three amounts run over their rules into the next cell, and two of them,
    /// with the weight beside one, are misread: 110 of 115 fields, and two doubtful false findings on those cells.
    /// </summary>
    [Fact]
    public void A_wrapped_funding_heading_keeps_its_unit_at_200_dpi()
    {
        var document = AssertScan("real-07-serif", fields: 0.95, numbers: 0.92, dpi: 200, doubtfulFalseFindings: 2);

        Assert.Equal("元", document.Forms[0].Funding.Unit);
    }

    /// <summary>
    /// A real form printed whole by Chromium in Noto Serif, as 300 dpi TIFF pages: the page break cuts the category
    /// 社会效益指标, whose label the browser centres on the whole cell, so its second line 指标 falls under the last
    /// rule of the first page's piece. Read as a line of its own, it became the next indicator's deviation reason,
    /// and the indicators after the break lost their category. It is the cut cell's text.
    /// </summary>
    [Fact]
    public void A_cut_categorys_label_printed_under_the_pages_piece_stays_in_the_cell()
    {
        var (pdf, truth) = RealForm("real-11-serif");

        var document = AssertScan(pdf, truth, fields: 0.99, numbers: 1.0, everyPage: true);

        var cut = document.Forms[0].Indicators[7];
        Assert.Equal("社会效益指标", cut.Level2);
        Assert.Null(cut.DeviationReason);
    }

    /// <summary>
    /// A real form printed whole by Chromium in Noto Sans, as 300 dpi TIFF pages: the funding block's label is read
    /// 项三资金（元）, which is no label within one edit once its unit is counted, so the block had lost its unit. A
    /// label is told before its note in brackets, which stays as read.
    /// </summary>
    [Fact]
    public void A_funding_label_misread_before_its_unit_keeps_the_unit()
    {
        var (pdf, truth) = RealForm("real-02-sans");

        var document = AssertScan(pdf, truth, fields: 0.97, numbers: 1.0, everyPage: true);

        Assert.Equal("元", document.Forms[0].Funding.Unit);
    }

    /// <summary>
    /// A real form printed whole by ReportLab, as 300 dpi TIFF pages: its narrow amount columns wrap
    /// 11,448,186.99 after the 6, and the figure engine read the second line .99 as 99. The lines did not join
    /// into a figure, so the cell was read again as one line, which gave its last line's digits: 86, at 0.95.
    /// The Chinese model read the same digits with their marks, and where the two agree on the digits its
    /// figure stands.
    /// </summary>
    [Fact]
    public void A_real_forms_amount_wrapped_before_its_point_is_read_whole()
    {
        var (pdf, truth) = RealForm("real-07-reportlab");

        var document = AssertScan(pdf, truth, fields: 0.99, numbers: 1.0, everyPage: true);

        Assert.Equal(11448186.99m, document.Forms[0].Funding.Total!.Executed!.Value);
    }

    /// <summary>
    /// Real forms printed whole by ReportLab, as 250 dpi TIFF pages turned 0.8° as a page fed askew, and as a 150 dpi
    /// JPEG. The point of 27083670. wrapped before 00 reads as a comma (27083670，00, no figure); a comma before a
    /// last line of two digits is the point, since no thousands group is two digits long. A figure's last character
    /// wrapped alone reads as an ideograph to the Chinese model (91.90 over % as 驳 turned; at 150 dpi 60.37 over % as
    /// 上 and 2612933.3 over 2 as 人), which had made the cell text; the figure engine reads the lines as the figure.
    /// </summary>
    [Theory]
    [InlineData("real-07-reportlab", 250, "/funding/total/adjustedBudget", "27083670", 0.97)]
    [InlineData("real-04-reportlab", 250, "/funding/executionRate", "0.919", 0.98)]
    [InlineData("real-01-reportlab", 150, "/funding/executionRate", "0.6037", 0.98)]
    [InlineData("real-01-reportlab", 150, "/funding/fiscalAppropriation/executed", "2612933.32", 0.98)]
    public void A_real_forms_wrapped_figures_on_a_turned_or_coarse_page_are_read_whole(string name, int dpi, string path, string value, double fields)
    {
        var (pdf, truth) = RealForm(name);

        var document = AssertScan(pdf, truth, fields, numbers: 1.0, dpi: dpi, turned: dpi == 250);

        var cell = Core.Confidence.FormCellMap.Cells(document.Forms[0]).Single(c => c.Path == path).Cell;
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), Assert.IsType<Core.Model.NumberCell>(cell).Value);
    }

    /// <summary>
    /// Real forms printed whole by Chromium, as 200 dpi JPEGs of their pages stacked and as 250 dpi TIFF pages turned
    /// 0.8°. The line model read ideographs where none is printed, nearly as surely as the rest: a 人 in the dot of
    /// 性's 忄 (项目完成及时人性, 0.96) and a 和 in the blank half of a full-width comma (试，和暂时无法证明安全性, 0.97);
    /// and it misread a glyph (采购 as 来购, 0.97) that a crop a pixel taller reads right. A line with an ideograph
    /// read less than surely is read again a little taller and, where that reads otherwise, scaled: it is read as
    /// printed.
    /// </summary>
    [Theory]
    [InlineData("real-06-serif", 200, "/indicators/8/name", 1.0)]
    [InlineData("real-11-serif", 200, "/indicators/3/deviationReason", 0.98)]
    [InlineData("real-04-sans", 250, "/indicators/1/name", 1.0)]
    public void A_real_forms_line_read_unsurely_is_read_again(string name, int dpi, string path, double fields)
    {
        var (pdf, truth) = RealForm(name);

        var document = AssertScan(pdf, truth, fields, numbers: 1.0, dpi: dpi, turned: dpi == 250);

        Assert.Equal(Text(truth, path), Text(document, path));
    }

    /// <summary>
    /// A real form printed whole by Chromium in Noto Sans CJK, as 250 dpi TIFF pages turned 0.8° and as a photocopy
    /// scanned again: the Chinese model read a lone weight or score 7 as 7了, the one glyph twice, and the cell was
    /// left without a figure (five of its weights and scores). The figure engine reads the glyph once.
    /// </summary>
    [Theory]
    [InlineData(250, false)]
    [InlineData(300, true)]
    public void A_real_forms_lone_figure_read_twice_is_read_once(int dpi, bool copied)
    {
        var (pdf, truth) = RealForm("real-09-sans");

        var document = AssertScan(pdf, truth, fields: 0.98, numbers: 1.0, dpi: dpi, quality: 80, copied: copied, turned: !copied);

        foreach (var path in new[] { "/indicators/2/weight", "/indicators/3/weight", "/indicators/5/weight", "/indicators/6/weight", "/indicators/2/score", "/indicators/3/score" })
        {
            Assert.Equal(7m, Assert.IsType<Core.Model.NumberCell>(Core.Confidence.FormCellMap.Cells(document.Forms[0]).Single(c => c.Path == path).Cell).Value);
        }
    }

    /// <summary>
    /// Real forms printed whole by ReportLab in WenQuanYi Micro Hei, as 250 dpi TIFF pages turned 0.8°: an actual
    /// value's % was read as an ideograph that is no unit (>=90的, =100吃). Its row's target counts in %, and a
    /// misread unit takes the unit its row partner reads right.
    /// </summary>
    [Theory]
    [InlineData("real-01-reportlab", "/indicators/8/actual", ">=90%")]
    [InlineData("real-09-reportlab", "/indicators/3/actual", "=100%")]
    public void A_real_forms_percent_read_as_an_ideograph_is_its_rows_percent(string name, string path, string text)
    {
        var (pdf, truth) = RealForm(name);

        var document = AssertScan(pdf, truth, fields: 0.98, numbers: 0.95, dpi: 250, turned: true);

        Assert.Equal(text, Text(document, path));
    }

    /// <summary>
    /// Real forms printed whole by ReportLab, as 250 dpi TIFF pages turned 0.8°: the cut after an actual value's =
    /// kept a sliver of its ink, which the figure engine read as a 7 the Chinese model did not see (=100% as =7100%).
    /// </summary>
    [Theory]
    [InlineData("real-09-reportlab")]
    [InlineData("real-10-reportlab")]
    public void A_real_forms_comparator_sliver_is_no_digit(string name)
    {
        var (pdf, truth) = RealForm(name);

        var document = AssertScan(pdf, truth, fields: 0.98, numbers: 1.0, dpi: 250, turned: true);

        Assert.Equal("=100%", Text(document, "/indicators/2/actual"));
    }

    /// <summary>
    /// A real form printed whole by Chromium in Noto Serif CJK, fed askew or photocopied: its target =1次 was read
    /// as =]次, the lone 1 a thin mark, surely enough that the figure engine was not asked, and the 1 was cleaned
    /// away with the mark (=次). After a comparator told by its strokes, the 1 is read again as a figure.
    /// </summary>
    [Theory]
    [InlineData(250, false)]
    [InlineData(300, true)]
    public void A_real_forms_lone_1_after_a_comparator_is_read(int dpi, bool copied)
    {
        var (pdf, truth) = RealForm("real-04-serif");

        var document = AssertScan(pdf, truth, fields: 0.97, numbers: 0.95, dpi: dpi, quality: 80, copied: copied, turned: !copied);

        Assert.Equal("=1次", Text(document, "/indicators/0/target"));
    }

    /// <summary>
    /// A real form's project name 协同办公平台（运维）, printed whole by ReportLab and by Chromium in a sans face, fed
    /// askew or photocopied: its opening bracket was read twice (（（运维）), or its stroke as a quote before it
    /// (“（运维）). The name opens more than it closes, and the two openers side by side are one.
    /// </summary>
    [Theory]
    [InlineData("real-10-reportlab", 250, false, 0.97)]
    [InlineData("real-10-sans", 300, true, 1.0)]
    public void A_real_forms_opening_bracket_read_twice_is_one(string name, int dpi, bool copied, double fields)
    {
        var (pdf, truth) = RealForm(name);

        var document = AssertScan(pdf, truth, fields, numbers: 0.95, dpi: dpi, quality: 80, copied: copied, turned: !copied);

        Assert.Equal("协同办公平台（运维）", Text(document, "/projectName"));
    }

    /// <summary>
    /// A real form whose 执行率 96.34% is its own slip (9,835,738 of 10,210,000 is 96.33%), printed whole by ReportLab
    /// as 300 dpi TIFF pages: the % wraps alone, and the cell is read a little unsurely (0.88). Among the slips a
    /// scan makes, a digit added anywhere had offered 96.334%, which fits the equation, so the reconciler took it
    /// and the form's finding was lost. A scan's slip gives no figure a third decimal where it was read with two.
    /// </summary>
    [Fact]
    public void A_real_forms_own_rate_slip_is_reported_not_read_away()
    {
        var (pdf, truth) = RealForm("real-05-reportlab");

        var document = AssertScan(pdf, truth, fields: 1.0, numbers: 1.0, everyPage: true);

        Assert.Equal("96.34%", document.Forms[0].Funding.ExecutionRate!.Text);
        Assert.Contains(document.Forms[0].Findings, f => f.Rule == "execution-rate");
    }

    /// <summary>
    /// Chromium's separate cell borders: all 96 fields. The last digit of 2,612,933.32 runs into the cell's right
    /// rule in the PDF itself and stops there; cut by the inset, it was read as nothing (2,612,933.3), and is now
    /// read up to the rule.
    /// </summary>
    [Fact]
    public void A_form_with_separate_cell_borders_keeps_its_columns()
    {
        var document = AssertScan("separate-borders", fields: 1.0, numbers: 1.0);

        Assert.Equal("2,612,933.32", document.Forms[0].Funding.Total!.Executed!.Text);
    }

    /// <summary>
    /// Chromium's form whose 执行率 96.41% runs over the cell's right rule: all 112 fields, and no false finding
    /// (the % cut by the inset had read as a 9, 96.419%, which broke the execution rate).
    /// </summary>
    [Fact]
    public void A_figure_running_over_its_cells_rule_is_read_whole() =>
        AssertScan("single-form", fields: 1.0, numbers: 1.0);

    /// <summary>
    /// Chromium's 22-indicator table over two pages, as a 200 dpi JPEG of both pages stacked: 261 of its 264
    /// fields and all 78 figures. A lone 2 the Chinese model read as nothing is read by the figure engine
    /// (before, its row lost weight and score, and the form's total checks went unreported), and 率 alone on a
    /// name's second line by the single-character mode. Targets wrapped after their unit's first character
    /// (>=1300人 over 次) keep their figures: the first line is read as a one-line target is, where the Chinese
    /// model had lost the 1 that the = touches (>=300人次). Every name is read as printed: the line model had put a 人
    /// on a speck between 时 and 性 (服务完成及时人性), which <see cref="GhostGlyphs"/> leaves out.
    /// </summary>
    [Fact]
    public void A_long_table_as_a_200_dpi_jpeg_keeps_its_lone_figures_and_wrapped_targets()
    {
        var truth = Truth("long-table");

        var document = AssertScan("long-table", fields: 0.98, numbers: 1.0, dpi: 200);

        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Target?.Value), document.Forms[0].Indicators.Select(i => i.Target?.Value));
        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Name?.Value), document.Forms[0].Indicators.Select(i => i.Name?.Value));
    }

    /// <summary>
    /// Chromium's 48-indicator table over pages, as a 200 dpi JPEG of its pages stacked: the names of ten characters wrap
    /// their last, 次, alone onto a second line, where the line model read nothing in the line's whole width
    /// (第26社区康复服务人) or, in four names, another character it was unsure of (光, 砍, 0, 人). Read in a box of
    /// its own cut out of the page, the glyph is kept: no name loses or changes its last character. Its targets
    /// print >= as two characters, which the Chinese model read as digits in two of them (>=230人次 as 2290人次),
    /// giving an indicator-score error each: a chevron with an = after it is a comparator, and both keep it. 408 of
    /// its 411 fields and all figures, and no finding the form does not hold.
    /// </summary>
    [Fact]
    public void A_character_wrapped_alone_onto_its_own_line_is_kept()
    {
        var truth = Truth("page-long-category");

        var document = AssertScan("page-long-category", fields: 0.98, numbers: 1.0, dpi: 200);

        var names = truth.Forms[0].Indicators.Zip(document.Forms[0].Indicators, (printed, read) => (Printed: printed.Name!.Value, Read: read.Name?.Value ?? string.Empty));
        Assert.All(names, name => Assert.True(name.Read.Length >= name.Printed.Length && name.Read[^1] == name.Printed[^1], $"{name.Printed} read as {name.Read}"));
        Assert.Equal(">=230人次", document.Forms[0].Indicators[22].Target?.Text);
        Assert.Equal(">=320人次", document.Forms[0].Indicators[31].Target?.Text);
    }

    /// <summary>
    /// Chromium's 22-indicator table as a photocopy scanned again (300 dpi, blurred and speckled, a JPEG of quality
    /// 80): the 率 of two names wrapped alone onto a second line reads as nothing in the line's width, and only read
    /// again in its own box in place on the page; cut out of the page, it read as nothing again. Every name keeps
    /// its last character.
    /// </summary>
    [Fact]
    public void A_character_wrapped_alone_on_a_photocopy_is_kept()
    {
        var truth = Truth("long-table");

        var document = AssertScan("long-table", fields: 0.97, numbers: 0.97, quality: 80, copied: true);

        var names = truth.Forms[0].Indicators.Zip(document.Forms[0].Indicators, (printed, read) => (Printed: printed.Name!.Value, Read: read.Name?.Value ?? string.Empty));
        Assert.All(names, name => Assert.True(name.Read.Length >= name.Printed.Length && name.Read[^1] == name.Printed[^1], $"{name.Printed} read as {name.Read}"));
    }

    /// <summary>
    /// The same photocopy: on the blurred page the Chinese model took two targets' 1 for a letter (>=1400人次 read
    /// as >=j400人次, >=10人 as >=J0人), which left their figures unparsed. The ink before the unit is read again by
    /// the figure engine, and every target is read as printed: all 267 fields.
    /// </summary>
    [Fact]
    public void A_one_read_as_a_letter_on_a_photocopy_is_read_again_as_a_figure()
    {
        var truth = Truth("long-table");

        var document = AssertScan("long-table", fields: 1.0, numbers: 1.0, quality: 80, copied: true);

        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Target?.Value), document.Forms[0].Indicators.Select(i => i.Target?.Value));
    }

    /// <summary>
    /// Chromium's table with its header repeated on every page, as the same photocopy: the Chinese model read
    /// >=700人次 as >=7了00人次, an ideograph among the digits, and the target was kept as words. The ink before the
    /// unit is read again by the figure engine, and every target is read as printed.
    /// </summary>
    [Fact]
    public void An_ideograph_read_among_a_targets_digits_on_a_photocopy_is_read_again_as_a_figure()
    {
        var truth = Truth("repeated-header");

        var document = AssertScan("repeated-header", fields: 0.99, numbers: 1.0, quality: 80, copied: true);

        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Target?.Value), document.Forms[0].Indicators.Select(i => i.Target?.Value));
    }

    /// <summary>
    /// Chromium's 22- and 48-indicator tables as 150 dpi JPEGs of quality 75. Their targets print >= as two
    /// characters, which at this size stand with no blank column between them: taken for one glyph, no comparator by
    /// its strokes, they were dropped (>=20人 read as 20人). Told apart by their strokes, both are kept. Where the
    /// Chinese model made nothing of a target (>=20人 read as SA at 0.18), its comparator and the figure and unit
    /// after it are still read, and a comma it read after a unit (>=1000人， over 次) is dropped. Every target is
    /// read as printed, and all fields (267 and 411).
    /// </summary>
    [Theory]
    [InlineData("long-table")]
    [InlineData("page-long-category")]
    public void Targets_at_150_dpi_keep_comparators_whose_characters_touch(string name)
    {
        var truth = Truth(name);

        var document = AssertScan(name, fields: 1.0, numbers: 1.0, dpi: 150, quality: 75);

        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Target?.Value), document.Forms[0].Indicators.Select(i => i.Target?.Value));
    }

    /// <summary>
    /// The ★ before a core indicator's name, a character the Chinese model does not have (it read 妈, 女 or 人 for
    /// it in the 绩效目标自评表's scans): told by its shape, on a name of one line and on a wrapped one, while
    /// the names that start with 大 (a point, arms and two legs too) keep their 大. All 112 fields.
    /// </summary>
    [Fact]
    public void A_core_indicators_star_is_read_by_its_shape()
    {
        var document = AssertScan("core-indicators", fields: 1.0, numbers: 1.0);

        var names = document.Forms[0].Indicators.Select(i => i.Name!.Value).ToArray();
        Assert.Equal(["★开展名律师咨询次数", "★残疾人服务热线考核达标率", "★全市性法宣活动完成及时性", "★服务对象满意度"],
            names.Where(n => n.Contains('★', StringComparison.Ordinal)));
        Assert.Equal(["大型法宣活动计划完成率", "大型群体性事件控制情况"], names.Where(n => n.StartsWith('大')));
    }

    /// <summary>
    /// Chromium's 27-indicator table whose header repeats on every page, as a 200 dpi JPEG of its pages stacked: its
    /// targets print >= as two characters, which touch at that resolution and make one glyph, told by its strokes as
    /// &gt; alone (>=400人次 read as >400人次, confidently); the cell read whole saw the =, and every target keeps it.
    /// 266 of its 267 fields and all 78 figures.
    /// </summary>
    [Fact]
    public void Targets_whose_two_comparator_characters_touch_keep_both()
    {
        var truth = Truth("repeated-header");

        var document = AssertScan("repeated-header", fields: 0.99, numbers: 1.0, dpi: 200);

        var printed = truth.Forms[0].Indicators.Select(i => i.Target?.Value?.Comparator).ToArray();
        Assert.Contains(">=", printed);
        Assert.Equal(printed, document.Forms[0].Indicators.Select(i => i.Target?.Value?.Comparator));
    }

    /// <summary>
    /// Chromium's two forms as a 150 dpi JPEG of quality 75, pages stacked: a rule broken at that resolution ends
    /// 36 px off the table's corner, which was taken for the frame's corner of a photographed page; the warp to it
    /// tilted the page's rules, the detector dropped them, and the two forms read as a fragment of one. The warp
    /// is refused now, since it loses the rules' length: both forms, all 214 fields. (A target's `>=`, whose two
    /// characters touch at that size, read as `-90%` until they were told apart: the full score beside it was a
    /// false finding. An actual printed without a unit, 1.6, was read as 16 by the figure engine until the point
    /// its ink shows was put back, as it is in a figures column.)
    /// </summary>
    [Fact]
    public void A_150_dpi_scan_is_not_warped_to_a_corner_off_its_frame()
    {
        var document = AssertScan("two-forms", fields: 1.0, numbers: 1.0, dpi: 150, quality: 75);

        Assert.Equal(2, document.Forms.Count);
        Assert.Equal("1.6", document.Forms[1].Indicators[1].Actual?.Text);
        // Its cells say they were read from a coarse page, which the confidence model scores by a part of its own.
        Assert.All(Recognised(document), e => Assert.Equal((150, false), (Math.Round(e.Dpi ?? 0), e.Bilevel)));
    }

    /// <summary>
    /// Chromium's 48-indicator table over pages as a black-and-white 200 dpi TIFF (Group 4), thresholded as a
    /// fax gives it: strokes broken by a pixel, no gray edge. Unblurred, names broken up read as nothing (each
    /// row's target shifted into its name) and 及 as 太; blurred by a 3×3 mean before it is read, 392 of its 411
    /// fields and 108 of its 114 figures (397 and 113 now). The 执行率 96.41% runs over its cell's right rule, and the threshold
    /// breaks the %'s thin slash by one column just inside the rule, which was taken for the glyph's end: the %
    /// cut by the inset read as a 9 (96.419%, at 0.997). A blank column alone is a broken stroke, and the figure
    /// is read over the rule, whole. The funding's 全年预算数 column, whose heading reads as 全件蔬算数, was lost until
    /// the header row's headings read through broken strokes were put back on them.
    /// </summary>
    [Fact]
    public void A_black_and_white_200_dpi_scan_is_read_through_its_broken_strokes()
    {
        var document = AssertScan("page-long-category", fields: 0.96, numbers: 0.98, dpi: 200, blackAndWhite: true);

        Assert.Equal("96.41%", document.Forms[0].Funding.ExecutionRate?.Text);
        // The year line under the title reads (2022任度）, its 年 broken: the fiscal year is read from it all the same.
        Assert.Equal(Truth("page-long-category").Forms[0].FiscalYear, document.Forms[0].FiscalYear);
        Assert.All(Recognised(document), e => Assert.Equal((200, true), (Math.Round(e.Dpi ?? 0), e.Bilevel)));
        var printed = Truth("page-long-category").Forms[0].Funding.Total!.AdjustedBudget!.Value;
        Assert.Equal(printed, document.Forms[0].Funding.Total?.AdjustedBudget?.Value);
    }

    /// <summary>
    /// ReportLab's form whose indicator rows split over two lines, at 300 dpi: its =100% targets, cut after their
    /// comparator, read as 100上%% (the percent sign as a stray glyph between two), while the cell read whole read
    /// =100%. The whole reading lends its unit, since both read the same figure: all 115 fields.
    /// </summary>
    [Fact]
    public void A_percent_sign_read_as_a_stray_glyph_takes_the_unit_of_the_cell_read_whole()
    {
        var truth = Truth("reportlab-split-row");

        var document = AssertScan("reportlab-split-row", fields: 1.0, numbers: 1.0, everyPage: true);

        Assert.Contains("=100%", truth.Forms[0].Indicators.Select(i => i.Target?.Text));
        Assert.Equal(truth.Forms[0].Indicators.Select(i => i.Target?.Text), document.Forms[0].Indicators.Select(i => i.Target?.Text));
    }

    /// <summary>The evidence of every cell of the document read by OCR (there is at least one).</summary>
    private static Core.Model.CellEvidence[] Recognised(Core.Model.FormDocument document)
    {
        var evidence = document.Forms.SelectMany(Core.Confidence.FormCellMap.Cells).Select(c => c.Cell.Evidence).OfType<Core.Model.CellEvidence>().Where(e => e.Recognised).ToArray();
        Assert.NotEmpty(evidence);
        return evidence;
    }

    private static string? Text(Core.Model.FormDocument document, string path) =>
        Core.Confidence.FormCellMap.Cells(document.Forms[0]).Single(c => c.Path == path).Cell.Text;

    private static Core.Model.FormDocument Truth(string name) =>
        DocumentJson.Deserialize(File.ReadAllText(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", name + ".expected.json")));

    private Core.Model.FormDocument AssertScan(string name, double fields, double numbers, int dpi = 300, int doubtfulFalseFindings = 0, int quality = 85, bool blackAndWhite = false, bool copied = false, bool everyPage = false) =>
        AssertScan(Path.Combine(Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures"), name + ".pdf"), Truth(name), fields, numbers, dpi, doubtfulFalseFindings,
            quality, blackAndWhite, copied, everyPage);

    private Core.Model.FormDocument AssertScan(string pdf, Core.Model.FormDocument truth, double fields, double numbers, int dpi = 300, int doubtfulFalseFindings = 0, int quality = 85, bool blackAndWhite = false, bool copied = false, bool everyPage = false, bool turned = false)
    {
        var name = Path.GetFileNameWithoutExtension(pdf);
        var image = blackAndWhite ? Fax(pdf, dpi) : copied ? StackedJpeg(pdf, dpi, quality, Photocopy) : turned ? Tiff(pdf, dpi, Askew)
            : everyPage ? Tiff(pdf, dpi) : dpi == 300 ? Rasterise(pdf) : StackedJpeg(pdf, dpi, quality);
        var extractor = new DocumentExtractor([_reader], FormAssembler.Default, FormValidator.CreateDefault());
        var result = extractor.Extract(new InputFile(image, File.ReadAllBytes(image)), CancellationToken.None);
        Assert.NotNull(result.Document);
        var report = AccuracyScorer.Score(name, truth, result.Document);

        output.WriteLine(report.ToText(examples: 40));
        SchemaAssert.ValidDocument(DocumentJson.Serialize(result.Document));
        Assert.True(report.Accuracy >= fields, report.ToText());
        Assert.True(report.AccuracyOf(FieldKind.Number) >= numbers, report.ToText());
        var falseFindings = report.Findings.Where(f => f.False).ToArray();
        Assert.True(falseFindings.Length == doubtfulFalseFindings && falseFindings.All(f => f.Doubtful), report.ToText());
        return result.Document;
    }

    /// <summary>
    /// One of the dump's real forms printed whole (make-real-forms.py, as benchmarks/ocr/other-scans.sh --forms real
    /// prints them), with its truth: the form as the dump's reviewed document has it.
    /// </summary>
    private (string Pdf, Core.Model.FormDocument Truth) RealForm(string name)
    {
        var printed = Path.Combine(_folder, "printed");
        Run("/usr/bin/python3", [Repository.Path("tests", "FormExtract.Pdf.Tests", "Fixtures", "make-real-forms.py"), printed, name]);
        return (Path.Combine(printed, name + ".pdf"), DocumentJson.Deserialize(File.ReadAllText(Path.Combine(printed, name + ".expected.json"))));
    }

    /// <summary>The PDF's first page as a 300 dpi grayscale PNG, as a scanner would give it.</summary>
    private string Rasterise(string pdf)
    {
        var prefix = Path.Combine(_folder, Path.GetFileNameWithoutExtension(pdf));
        Run("pdftoppm", ["-r", "300", "-gray", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, prefix]);
        return prefix + ".png";
    }

    /// <summary>ImageMagick's treatment of a photocopy scanned again: blurred and speckled (the noise seeded, so the same every run).</summary>
    private static readonly string[] Photocopy = ["-blur", "0x0.8", "-seed", "7", "-attenuate", "0.5", "+noise", "Gaussian", "-colorspace", "Gray"];

    /// <summary>ImageMagick's treatment of a page fed askew: turned 0.8°, in an LZW TIFF.</summary>
    private static readonly string[] Askew = ["-background", "white", "-rotate", "0.8", "+repage", "-compress", "lzw"];

    /// <summary>
    /// Every page of the PDF at <paramref name="dpi"/>, stacked into one JPEG of <paramref name="quality"/> (a bulk
    /// scan's output), after <paramref name="treatment"/> (ImageMagick's options) when given.
    /// </summary>
    private string StackedJpeg(string pdf, int dpi, int quality, string[]? treatment = null)
    {
        var pages = Pages(pdf, dpi);
        var jpeg = Path.Combine(_folder, Path.GetFileNameWithoutExtension(pdf) + ".jpg");
        Run("convert", [.. pages, .. treatment ?? [], "-append", "-quality", quality.ToString(CultureInfo.InvariantCulture), jpeg]);
        return jpeg;
    }

    /// <summary>Every page of the PDF at <paramref name="dpi"/> in gray, in an LZW TIFF of a page an image (a document scanner's output).</summary>
    private string Tiff(string pdf, int dpi) => Tiff(pdf, dpi, ["-compress", "lzw"]);

    /// <summary>Every page of the PDF at <paramref name="dpi"/>, thresholded to black and white in a Group 4 TIFF of a page an image, as a fax or a bilevel scanner gives them.</summary>
    private string Fax(string pdf, int dpi) => Tiff(pdf, dpi, ["-threshold", "55%", "-monochrome", "-compress", "group4"]);

    /// <summary>Every page of the PDF at <paramref name="dpi"/> in a TIFF of a page an image, after <paramref name="treatment"/> (ImageMagick's options).</summary>
    private string Tiff(string pdf, int dpi, string[] treatment)
    {
        var pages = Pages(pdf, dpi);
        var tiff = Path.Combine(_folder, Path.GetFileNameWithoutExtension(pdf) + ".tif");
        Run("convert", [.. pages, .. treatment, tiff]);
        return tiff;
    }

    private IEnumerable<string> Pages(string pdf, int dpi)
    {
        var prefix = Path.Combine(_folder, Path.GetFileNameWithoutExtension(pdf));
        Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", pdf, prefix]);
        return Directory.GetFiles(_folder, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal);
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        using var process = ChildProcess.Start(new ProcessStartInfo(tool, arguments)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        });
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool}: {error}");
    }

    public void Dispose()
    {
        _reader.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
