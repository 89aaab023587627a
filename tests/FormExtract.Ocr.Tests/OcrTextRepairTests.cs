namespace FormExtract.Ocr.Tests;

/// <summary>What the Chinese model does to the few non-Chinese marks of a form, mended as the scans showed it.</summary>
public sealed class OcrTextRepairTests
{
    [Theory]
    [InlineData("第]批康复服务人次", "第1批康复服务人次")]
    [InlineData("21 ]场", "21场")]
    [InlineData("1 ]万人次", "1万人次")]
    [InlineData("[完成", "完成")]
    public void A_square_bracket_without_its_partner_is_a_1_between_ideographs_and_noise_elsewhere(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    [Theory]
    [InlineData("综合行政服务平台〈运维）", "综合行政服务平台（运维）")]
    [InlineData("基础设施平台（运维〉", "基础设施平台（运维）")]
    [InlineData("〈2022年度)", "（2022年度）")]
    // Angle brackets that pair, or stand alone, are as printed.
    [InlineData("〈残疾人保障法〉", "〈残疾人保障法〉")]
    [InlineData("〈运维", "〈运维")]
    public void An_angle_bracket_paired_with_a_round_one_is_the_round_one(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    [Fact]
    public void Brackets_that_pair_are_left_as_printed() =>
        Assert.Equal("[2022]第3号", OcrTextRepair.Repair("[2022]第3号"));

    /// <summary>The year line under a title with its 年 misread on a black-and-white page: the form's fiscal year is read from it.</summary>
    [Theory]
    [InlineData("(2022任度）", "（2022年度）")]
    [InlineData("（2021午度）", "（2021年度）")]
    [InlineData("(2022年度）", "（2022年度）")]
    // Anything more than the year line is left as read, but for the bracket, which pairs with its own kind.
    [InlineData("2022任度", "2022任度")]
    [InlineData("(2022任度）预算", "（2022任度）预算")]
    public void A_year_lines_misread_year_character_is_put_back(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    /// <summary>A paragraph's heading closed by a semicolon is its colon misread; a clause closed by one is as printed.</summary>
    [Theory]
    [InlineData("执行率96.67%；2、产出情况；完成市场检查", "执行率96.67%；2、产出情况：完成市场检查")]
    [InlineData("1.预算执行；项目本年度执行数", "1.预算执行：项目本年度执行数")]
    [InlineData("工作有序推进；\n3效果体现; 长效管理制度", "工作有序推进；\n3效果体现：长效管理制度")]
    [InlineData("已申请延期使用。3、产出情况；教学质量评估", "已申请延期使用。3、产出情况：教学质量评估")]
    // A clause closed after a figure, a list of short items, a heading already read right, and a long first clause.
    [InlineData("参与人数达5.2万余人次；通过购买服务", "参与人数达5.2万余人次；通过购买服务")]
    [InlineData("1、加强管理；2、完善制度；", "1、加强管理；2、完善制度；")]
    [InlineData("2、产出情况：完成市场检查", "2、产出情况：完成市场检查")]
    [InlineData("1、项目资金已全部到位；按计划实施", "1、项目资金已全部到位；按计划实施")]
    [InlineData("（1）加强管理；完善制度", "（1）加强管理；完善制度")]
    public void A_numbered_paragraphs_heading_closed_by_a_semicolon_is_closed_by_its_colon(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    [Theory]
    [InlineData("过90%", "≥90%")]
    [InlineData("2=30人次", ">=30人次")]
    [InlineData("2=", "2=")]
    [InlineData("执行率94.67%4；", "执行率94.67%；")]
    [InlineData("执行率91.779%0；", "执行率91.77%；")]
    [InlineData("执行率99%0。", "执行率99%。")]
    [InlineData("执行率96.419%；2、产出情况", "执行率96.41%；2、产出情况")]
    [InlineData("执行率42.279%。", "执行率42.27%。")]
    [InlineData("执行率42.279%以上", "执行率42.279%以上")]
    [InlineData("项目社会效益明显 o", "项目社会效益明显。")]
    [InlineData("水平o\n2.下一步", "水平。\n2.下一步")]
    [InlineData("采用PDCA循环 PDCA", "采用PDCA循环 PDCA")]
    [InlineData("执行率99.5%；", "执行率99.5%；")]
    [InlineData("完成率91.79%；", "完成率91.79%；")]
    [InlineData("项目名称: 残疾人", "项目名称：残疾人")]
    public void Look_alikes_and_latin_marks_beside_chinese_are_mended(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    /// <summary>
    /// A full-width mark's box leaves room around its glyph, which the Chinese model reads as a space beside a
    /// Latin mark; the mark is still the full-width one, and a bracket or quote pairs with its own kind.
    /// </summary>
    [Theory]
    [InlineData("人信访维稳经费（残保金）: 通过购买", "人信访维稳经费（残保金）：通过购买")]
    [InlineData("人信访维稳经费（残保金): 通过购买", "人信访维稳经费（残保金）：通过购买")]
    [InlineData("参加本次培训（线上 )。2022年度", "参加本次培训（线上）。2022年度")]
    [InlineData("评定培训班 ( 智力、精神类别 )，邀请", "评定培训班（智力、精神类别），邀请")]
    [InlineData("评定培训班 (智力、精神类别）", "评定培训班（智力、精神类别）")]
    [InlineData("运用“互联网+助残服务\"手段", "运用“互联网+助残服务”手段")]
    [InlineData("利用\"无障碍技术”、对接", "利用“无障碍技术”、对接")]
    [InlineData("平台的正常运行, 确保市残联", "平台的正常运行，确保市残联")]
    [InlineData("平台的正常运行 , 确保市残联", "平台的正常运行，确保市残联")]
    [InlineData("沟通机制不够完善 ,下一步拟制定", "沟通机制不够完善，下一步拟制定")]
    public void Latin_marks_spaced_off_chinese_and_half_pairs_are_the_full_width_marks(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    /// <summary>Latin marks that belong to Latin text or figures stay as printed.</summary>
    [Theory]
    [InlineData("(1) 加强管理")]
    [InlineData("按时 12:30 开会")]
    [InlineData("采用PDCA (Plan-Do-Check-Act) 循环")]
    [InlineData("\"A\" 级")]
    public void Latin_marks_of_latin_text_stay(string read) =>
        Assert.Equal(read, OcrTextRepair.Repair(read));

    /// <summary>
    /// A comma right after another break in the sentence, or after a paragraph's number, is a speck read as one:
    /// no text prints ；， or 3.，.
    /// </summary>
    [Theory]
    [InlineData("执行率达到100%；，2、及时完成", "执行率达到100%；2、及时完成")]
    [InlineData("稳定工作。\n3.，无障碍环境建设", "稳定工作。\n3.无障碍环境建设")]
    [InlineData("3.，效果体现", "3.效果体现")]
    [InlineData("资质合格。3.，效果体现", "资质合格。3.效果体现")]
    [InlineData("完成率3.5，效果", "完成率3.5，效果")]
    public void A_comma_after_a_break_or_a_paragraphs_number_goes(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    [Theory]
    [InlineData("沟通机制不够完善，下一步拟制定定期沟通反馈机制|，健全管理制度。", "沟通机制不够完善，下一步拟制定定期沟通反馈机制，健全管理制度。")]
    [InlineData("沟通机制|不够完善", "沟通机制不够完善")]
    [InlineData("沟通机制 | 不够完善", "沟通机制不够完善")]
    [InlineData("=(0次", "=0次")]
    [InlineData("≥(90%", "≥90%")]
    public void Pieces_of_the_table_read_as_marks_go(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    [Theory]
    [InlineData("A|B")]
    [InlineData("=(10)")]
    [InlineData("12|30")]
    public void Bars_outside_prose_and_brackets_that_close_are_left_as_printed(string read) =>
        Assert.Equal(read, OcrTextRepair.Repair(read));

    /// <summary>A comma before one or two digits is a point read as a comma (6,22 for 6.22 on a black-and-white page); a thousands comma has three.</summary>
    [Theory]
    [InlineData("6,22", "6.22")]
    [InlineData("86,1%", "86.1%")]
    [InlineData("≥6,25万元", "≥6.25万元")]
    [InlineData("1,027.01", "1,027.01")]
    [InlineData("12,345", "12,345")]
    [InlineData("1,234,56", "1,234,56")]
    [InlineData("6.22", "6.22")]
    public void A_figures_comma_before_one_or_two_digits_is_its_point(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.PointForComma(read));

    /// <summary>
    /// A comma set close against the characters on both sides is the half-width one a form printed in Chinese prose
    /// (a real form's 正常运行,确保, typed with the input method in Latin mode): the recogniser reads it so, and it is
    /// kept.
    /// </summary>
    [Theory]
    [InlineData("平台的正常运行,确保市残联", "平台的正常运行,确保市残联")]
    [InlineData("完成率100%,确保", "完成率100%,确保")]
    [InlineData("资金1,234,567元", "资金1,234,567元")]
    public void A_comma_set_close_is_kept_as_printed(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));

    /// <summary>An opening bracket read twice, or its stroke read as a quote before it, is one bracket where the text opens more than it closes.</summary>
    [Theory]
    [InlineData("协同办公平台（（运维）", "协同办公平台（运维）")]
    [InlineData("协同办公平台 “（运维）", "协同办公平台（运维）")]
    [InlineData("协同办公平台（(运维）", "协同办公平台（运维）")]
    // Openers that their closers pair with are as printed.
    [InlineData("评定（（一）类）残疾", "评定（（一）类）残疾")]
    [InlineData("运用“（互联网+）助残”", "运用“（互联网+）助残”")]
    public void An_opener_read_twice_is_one_opener(string read, string repaired) =>
        Assert.Equal(repaired, OcrTextRepair.Repair(read));
}
