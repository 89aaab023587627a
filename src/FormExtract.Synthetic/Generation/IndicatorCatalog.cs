
namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The 三级指标 the generator draws from, per 二级指标: the names of the real sample and the usual national
/// categories (数量/质量/时效/成本 under 产出; 经济/社会/生态效益 and 可持续影响 under 效益; 满意度).
/// </summary>
internal static class IndicatorCatalog
{
    public static string Quantity { get; } = SubCategoryName(0, 0);
    public static string Quality { get; } = SubCategoryName(0, 1);
    public static string Timeliness { get; } = SubCategoryName(0, 2);
    public static string Cost { get; } = SubCategoryName(0, 3);
    public static string Economic { get; } = SubCategoryName(1, 0);
    public static string Social { get; } = SubCategoryName(1, 1);
    public static string Ecological { get; } = SubCategoryName(1, 2);
    public static string Sustainable { get; } = SubCategoryName(1, 3);
    public static string Satisfaction { get; } = SubCategoryName(2, 0);

    public static IReadOnlyList<IndicatorPattern> Patterns { get; } =
    [
        new(Quantity, "{0}计划完成率", MeasureKind.PlanRate),
        new(Quantity, "开展{0}次数", MeasureKind.Count),
        new(Quantity, "{0}参与人次", MeasureKind.LargeCount),
        new(Quantity, "完成{0}课题个数", MeasureKind.Count),
        new(Quantity, "{0}覆盖户数", MeasureKind.Count),
        new(Quality, "{0}验收合格率", MeasureKind.PlanRate),
        new(Quality, "{0}考核达标率", MeasureKind.MinimumRate),
        new(Quality, "{0}人员出勤率", MeasureKind.MinimumRate),
        new(Quality, "{0}完成质量", MeasureKind.Qualitative, ["合格", "基本合格"]),
        new(Timeliness, "{0}完成及时性", MeasureKind.Qualitative, ["及时", "基本及时", "不够及时"]),
        new(Timeliness, "{0}响应及时率", MeasureKind.MinimumRate),
        new(Cost, "项目预算控制数", MeasureKind.Qualitative, ["预算内", "略超预算"]),
        new(Cost, "{0}成本控制数", MeasureKind.CostCap),
        new(Economic, "带动相关产业增收", MeasureKind.Qualitative, ["有效", "效果一般"]),
        new(Economic, "{0}节约资金", MeasureKind.CostCap),
        new(Social, "有责投诉发生数", MeasureKind.Zero),
        new(Social, "重大安全事故发生数", MeasureKind.Zero),
        new(Social, "{0}知晓率", MeasureKind.MinimumRate),
        new(Social, "{1}生活质量", MeasureKind.Qualitative, ["提高", "略有提高"]),
        new(Social, "{0}社会影响力", MeasureKind.Qualitative, ["提升", "有所提升"]),
        new(Ecological, "节能降耗成效", MeasureKind.Qualitative, ["明显", "不够明显"]),
        new(Ecological, "垃圾分类达标率", MeasureKind.MinimumRate),
        new(Sustainable, "长效管理制度健全性", MeasureKind.Qualitative, ["健全", "不够健全"]),
        new(Sustainable, "部门沟通协调机制健全性", MeasureKind.Qualitative, ["健全", "基本健全"]),
        new(Sustainable, "{0}长效机制", MeasureKind.Qualitative, ["建立", "初步建立"]),
        new(Satisfaction, "{1}满意度", MeasureKind.MinimumRate),
        new(Satisfaction, "服务对象满意度", MeasureKind.MinimumRate),
    ];

    /// <summary>The group (一级指标) a sub-category belongs to, as the template spells it.</summary>
    public static string GroupOf(string subCategory) =>
        SelfEvaluationTemplate.Groups.First(g => g.SubCategories.Any(s => s.Name == subCategory)).Name;

    public static IReadOnlyList<IndicatorPattern> For(string subCategory) =>
        Patterns.Where(p => p.SubCategory == subCategory).ToArray();

    // The category names are the template's, so that a renamed label cannot drift between the two.
    private static string SubCategoryName(int group, int sub) => SelfEvaluationTemplate.Groups[group].SubCategories[sub].Name;
}
