namespace FormExtract.Synthetic.Generation;

/// <summary>
/// The content the generator fills forms with, in the style of published 2022 self-evaluations: projects,
/// departments, activities, goal sentences and deviation reasons. Template labels are not here: they live
/// in <c>SelfEvaluationTemplate</c>.
/// </summary>
internal static class ContentVocabulary
{
    public static IReadOnlyList<Theme> Themes { get; } =
    [
        new("上海市残疾人联合会",
            ["上海市残疾人联合会", "上海市残疾人康复职业培训中心", "上海市残疾人就业服务中心"],
            ["残疾人权益保障经费", "残疾人事业宣传经费", "残疾人基层组织建设和助残工作经费", "残疾预防与康复经费", "残疾人教育和就业经费", "残疾人基本保障和帮扶经费"],
            ["法律援助", "法律宣传活动", "技能培训", "康复训练", "辅助器具适配", "信访接待", "志愿助残服务", "残疾人体检", "无障碍改造"],
            ["残疾人", "残疾儿童家长", "受训学员", "服务对象"],
            ["维护好、保障好残疾人的基本权益", "提升残疾人康复保障水平", "提高残疾人就业能力和生活质量", "营造理解、尊重、关心残疾人的良好社会氛围"]),
        new("上海市民政局",
            ["上海市民政局", "上海市社会福利中心", "上海市养老服务行业协会"],
            ["养老服务体系建设经费", "社区综合为老服务中心运营补贴", "困难群众基本生活救助经费", "社会组织培育发展专项经费"],
            ["养老护理员培训", "居家养老服务", "助餐点建设", "社会组织评估", "救助对象核查", "社区为老服务"],
            ["老年人", "救助对象", "社会组织", "服务对象"],
            ["完善基本养老服务体系", "保障困难群众基本生活", "提升社区为老服务能力", "促进社会组织规范有序发展"]),
        new("上海市教育委员会",
            ["上海市教育委员会", "上海市教育评估院", "上海市学生资助管理中心"],
            ["学生资助专项经费", "教师专业发展培训经费", "特殊教育质量提升经费", "教育信息化运维经费"],
            ["教师培训", "学生资助发放", "课程资源开发", "教学质量评估", "系统运维", "校园安全检查"],
            ["学生", "教师", "家长", "受资助学生"],
            ["保障家庭经济困难学生顺利完成学业", "提高教师队伍专业化水平", "推进特殊教育优质均衡发展", "保障教育信息系统安全稳定运行"]),
        new("上海市卫生健康委员会",
            ["上海市卫生健康委员会", "上海市疾病预防控制中心", "上海市健康促进中心"],
            ["公共卫生服务项目经费", "健康促进专项经费", "慢性病综合防治经费", "卫生应急能力建设经费"],
            ["健康讲座", "慢性病筛查", "应急演练", "健康档案建档", "疫苗接种宣传", "监测数据分析"],
            ["市民", "筛查对象", "社区居民", "服务对象"],
            ["提升居民健康素养水平", "降低重点慢性病过早死亡率", "增强突发公共卫生事件应急处置能力", "提高公共卫生服务均等化水平"]),
        new("上海市生态环境局",
            ["上海市生态环境局", "上海市环境监测中心", "上海市固体废物管理中心"],
            ["环境监测能力建设经费", "生态环境执法专项经费", "固体废物规范化管理经费", "环境宣传教育经费"],
            ["水质监测", "空气质量监测", "执法检查", "危废转移核查", "环保宣传活动", "监测设备运维"],
            ["企业", "市民", "监测站点", "服务对象"],
            ["持续改善本市生态环境质量", "提升环境监测数据质量", "严格生态环境执法监管", "提高全社会生态环境保护意识"]),
        new("上海市文化和旅游局",
            ["上海市文化和旅游局", "上海图书馆", "上海市群众艺术馆"],
            ["公共文化服务配送经费", "非物质文化遗产保护经费", "文旅市场监管专项经费", "公共图书馆运维经费"],
            ["文化配送", "非遗展演", "市场检查", "阅读推广活动", "文艺培训", "场馆设备维护"],
            ["市民", "读者", "参与群众", "服务对象"],
            ["丰富市民精神文化生活", "推动非物质文化遗产系统性保护", "规范文化和旅游市场秩序", "提升公共文化服务效能"]),
    ];

    /// <summary>Numbered parts of a goal text follow one of these styles; the real sample uses all of them.</summary>
    public static IReadOnlyList<string> ListMarks { get; } = ["{0}、", "{0}.", "{0}"];

    public static IReadOnlyList<string> GoalOpenings { get; } =
        ["通过开展{0}和{1}等工作，{2}。", "以{2}为目标，组织实施{0}，做好{1}工作。", "按照年度工作计划，完成{0}、{1}等任务，{2}。"];

    public static IReadOnlyList<string> GoalDetails { get; } =
    [
        "加强项目全过程管理，严格执行项目管理制度，确保资金使用合法合规，充分发挥财政资金使用效益。",
        "进一步完善工作机制，加强部门之间的沟通协调，提高工作的规范化、专业化和精细化水平。",
        "做好项目绩效目标管理和跟踪监控，及时发现并纠正执行中的偏差，保障项目按计划推进。",
        "持续做好{0}工作，扩大服务覆盖面，使{1}享受服务门槛更低、服务内容更多、服务范围更广。",
        "建立健全长效管理机制，推动{0}工作常态化、制度化运行。",
    ];

    /// <summary>
    /// Goal texts of one sentence, with no figure or number ({0} an activity, {1} the people served, {2} a purpose):
    /// many forms state the year's goal so (<see cref="GoalStyle.Varied"/>).
    /// </summary>
    public static IReadOnlyList<string> GoalSentences { get; } =
    [
        "通过{0}，{2}，使{1}得到更好的服务。",
        "保障{0}工作顺利开展，{2}。",
        "做好{0}相关工作，切实{2}，不断增强{1}的获得感和满意度。",
        "围绕{2}的目标，扎实推进{0}，确保各项任务按期保质完成。",
    ];

    /// <summary>More parts of a goal text, none with a figure ({0} an activity, {1} the people served), so that varied goal texts run long.</summary>
    public static IReadOnlyList<string> MoreGoalDetails { get; } =
    [
        "规范资金使用和管理，严格按照预算批复的用途和标准支出，提高资金使用的安全性和有效性。",
        "加强对{0}的组织实施和监督检查，确保工作质量和进度符合要求。",
        "进一步提升{1}对{0}的知晓率和满意度，扩大项目的社会效益。",
        "完善信息公开和档案管理，做到过程可追溯、结果可评价。",
        "强化绩效导向，将绩效目标分解落实到具体工作环节和责任人。",
        "坚持问题导向，针对往年评价中发现的薄弱环节制定改进措施并抓好落实。",
        "统筹各方资源，推动{0}与相关工作有机衔接、协同推进。",
        "健全内部控制制度，规范政府采购和合同管理流程，防范资金使用风险。",
        "加强队伍建设和业务培训，提升工作人员的服务意识和专业能力。",
        "做好宣传引导，及时回应{1}关切，营造良好的社会氛围。",
    ];

    /// <summary>Parts of an achieved-goals text with no figure and no cause marker ({0} an activity, {1} the people served).</summary>
    public static IReadOnlyList<string> AchievedDetails { get; } =
    [
        "项目资金按照预算批复的用途使用，支出审批程序规范，未发现违规使用资金的情况。",
        "{0}工作全面完成，各项产出指标均达到或超过年度目标。",
        "通过问卷和走访了解{1}的意见建议，总体满意度较高。",
        "项目管理制度执行到位，相关档案资料收集整理齐全。",
        "{0}的组织实施有序，工作质量和进度符合合同约定。",
        "加强与相关部门的沟通协作，形成了工作合力。",
        "项目的实施有效提升了{1}的获得感、幸福感和安全感。",
        "建立健全了项目长效管理机制，为今后工作的开展打下了良好基础。",
    ];

    public static IReadOnlyList<string> AchievedOutputs { get; } =
    [
        "全年完成{0}工作，{1}参与积极性较高",
        "按计划开展{0}，各项工作有序推进",
        "{0}工作已全部完成并通过验收",
        "完成{0}的年度任务，工作质量符合要求",
    ];

    public static IReadOnlyList<string> AchievedEffects { get; } =
    [
        "{0}满意度较高，项目整体效果良好。",
        "有效提升了服务水平，{0}获得感进一步增强。",
        "长效管理制度健全，项目社会效益明显。",
    ];

    /// <summary>Sentences that explain a low execution rate in the achieved-goals text.</summary>
    public static IReadOnlyList<string> ShortfallCauses { get; } =
    [
        "受疫情影响，部分{0}未能按计划开展，相关资金已申请延期使用。",
        "因{0}的采购流程延期，部分资金尚未支付。",
        "由于{0}的实施周期跨年度，部分经费需在下一年度结算。",
    ];

    /// <summary>Deviation reasons with their improvement measures, as long as published ones.</summary>
    public static IReadOnlyList<string> DeviationReasons { get; } =
    [
        "受疫情影响，{0}未能按计划全部开展，下一步将加强进度管理，及时做好评估验收工作。",
        "因场地调整，部分{0}推迟举办。整改：已将未完成的内容纳入新一轮工作计划，确保按期完成。",
        "{0}为跨年度项目，目前初稿已完成，下一步加大推进力度，定期跟进执行进度，制定纠偏措施。",
        "缺少满意度佐证材料，建议后续按照档案管理制度做好存档工作。",
        "沟通机制不够完善，下一步拟制定定期沟通反馈机制，健全管理制度。",
    ];

    /// <summary>Achieved-goals sentences that give no cause for a shortfall (no cause marker appears in them).</summary>
    public static IReadOnlyList<string> PlainAchieved { get; } =
    [
        "本年度各项工作按计划推进，完成了年度主要任务。",
        "项目管理规范，资金使用合法合规。",
        "各项产出指标均已完成，服务对象满意度较高。",
    ];
}
