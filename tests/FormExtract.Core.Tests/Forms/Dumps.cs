using System.Text;
using FormExtract.Core.Forms;
using FormExtract.Core.Ingestion;
using FormExtract.Core.Layout;
using FormExtract.Core.Model;

namespace FormExtract.Core.Tests.Forms;

/// <summary>Small text dumps written readably: cells separated by " | ", an empty string for a blank line.</summary>
internal static class Dumps
{
    public static readonly string[] Header =
    [
        "财政项目支出绩效自评表",
        "(2023 年度)",
        "项目名称 | 测试项目",
        "主管部门 | 某部门 | | | 实施单位 | 某单位",
        "项目资金 (万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分",
        " | 年度资金总额 | 100 | 100 | 95 | 10 | 95.00% | 9.5",
        " | 其中：当年财政拨款 | 100 | 100 | 95 | — | |",
        "年度总体目标 | 预期目标 | | | 实际完成情况",
        " | 完成目标 | | | 已完成",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施",
    ];

    public static AssembledForms Assemble(params string[] lines) => FormAssembler.Default.Assemble(Layout(lines));

    /// <summary>The dump's rows as the text reader lays them out, for a test that changes a row before assembly.</summary>
    public static LayoutDocument Layout(params string[] lines)
    {
        var text = string.Join("\n", lines.Select(l => string.Join("\t", l.Split('|').Select(c => c.Trim()))));
        return new TextDumpReader().Read(new InputFile("test.txt", Encoding.UTF8.GetBytes(text)), CancellationToken.None).Document!;
    }

    public static Form Single(params string[] lines) => Assert.Single(Assemble(lines).Forms);

    public static string[] Categories(Form form) => form.Indicators.Select(i => $"{i.Level1}/{i.Level2}").ToArray();
}
