#!/usr/bin/python3
"""Writes the HTML pages that print-fixtures.sh turns into PDFs with headless Chromium.

Each page lays out one or more 财政项目支出绩效自评表 the way published tables do: merged label cells
(项目资金, 年度总体目标, the tall 绩效指标 cell), category cells merged over their rows, tables long enough
to break across pages, and two forms in one file with the second starting mid-page.
"""
import html
import pathlib

OUT = pathlib.Path(__file__).parent / "html"

FORM_A = dict(
    year="2022", name="残疾人权益保障经费", department="上海市残疾人联合会", unit="上海市残疾人联合会",
    currency="元",
    funding=[("年度资金总额", "1943200.00", "1561500.00", "1,505,492", "10", "96.41%", "10"),
             ("其中：当年财政拨款", "1943200", "1561500", "1505492", "—", "", ""),
             ("上年结转资金", "0", "0", "", "—", "", ""),
             ("其他资金", "0", "0", "", "—", "", "")],
    expected="1、残疾人法律援助救助工作依法维护残疾人权益，使残疾人享受服务门槛更低、服务内容更多、服务范围更广的法律服务。2、通过购买12345市民服务热线第三方服务，及时回应残疾人诉求。",
    achieved="全年开展名律师咨询6次，完成课题初稿2个，法律宣传活动参与5.2万人次，热线考核全部达标。",
    indicators=[
        ("产出指标", "数量指标", "开展名律师咨询次数", "=5次", "6", "5", "5", ""),
        ("产出指标", "数量指标", "完成研究课题个数", "=2个", "1.6", "10", "6", "课题为跨年度项目，目前2个课题初稿已完成，下一步加大推进课题的进度，及时做好评估验收工作"),
        ("产出指标", "数量指标", "全市性法宣活动计划完成率", "=100%", "100%", "8", "8", ""),
        ("产出指标", "质量指标", "残疾人服务热线考核达标率", "=100%", "100%", "5", "5", ""),
        ("产出指标", "质量指标", "法律宣传活动参与人次", ">=3000人次", "5.2万人次", "5", "5", ""),
        ("产出指标", "时效指标", "全市性法宣活动完成及时性", "及时", "及时", "5", "5", ""),
        ("产出指标", "时效指标", "信访及热线回复工作及时性", "及时", "及时", "7", "7", ""),
        ("效益指标", "社会效益指标", "服务热线有责投诉数", "=0次", "0", "10", "10", ""),
        ("效益指标", "社会效益指标", "重大群体性事件控制情况", "有效", "有效", "10", "10", ""),
        ("效益指标", "可持续影响指标", "长效管理制度健全性", "健全", "健全", "10", "10", ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=85%", "90%", "10", "10", ""),
    ],
    total=("100", "96"))

FORM_B = dict(
    year="2022", name="残疾人事业宣传经费", department="上海市残疾人联合会", unit="上海市残疾人联合会",
    currency="元",
    funding=[("年度资金总额", "5284550.00", "4328240.00", "2,612,933.32", "10", "60.37%", "6.04"),
             ("其中：当年财政拨款", "5284550", "4328240", "2612933.32", "—", "", ""),
             ("上年结转资金", "0", "0", "", "—", "", ""),
             ("其他资金", "0", "0", "", "—", "", "")],
    expected="及时做好残疾人重大节日、活动、工作宣传工作，让全社会更加了解残疾人事业。",
    achieved="完成各项宣传任务，部分采购项目因疫情延期，执行率偏低。",
    indicators=[
        ("产出指标", "数量指标", "刊物发行计划完成率", "=100%", "100%", "9", "9", ""),
        ("产出指标", "数量指标", "宣传活动计划完成率", "=100%", "100%", "9", "9", ""),
        ("产出指标", "数量指标", "新闻报道计划完成率", "=100%", "100%", "8", "8", ""),
        ("产出指标", "质量指标", "刊物出版验收通过率", "=100%", "100%", "8", "8", ""),
        ("产出指标", "时效指标", "刊物发行及时性", "及时", "及时", "8", "8", ""),
        ("产出指标", "时效指标", "宣传活动举办及时性", "及时", "及时", "8", "8", ""),
        ("效益指标", "社会效益指标", "宣传活动知晓率", "提升", "提升", "15", "15", ""),
        ("效益指标", "可持续影响指标", "长效管理制度健全性", "健全", "健全", "15", "10", "机制尚需完善，下一步将健全宣传工作长效管理制度"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=90%", ">=90%", "10", "10", ""),
    ],
    total=("100", "95"))

REASON = ("受疫情影响部分线下活动改为线上开展，参与人次统计口径有所调整，下一步将按季度跟踪进度，"
          "完善线上线下相结合的活动组织方式，确保年度目标如期完成")


def long_form():
    """Form A with its indicators repeated until the table runs over two pages; long reasons make tall rows."""
    form = dict(FORM_A, name="残疾人康复服务项目经费")
    rows = []
    for i in range(1, 15):
        rows.append(("产出指标", "数量指标", f"第{i}批康复服务人次", f">={100 * i}人次", f"{100 * i + 5}人次", "1", "1", ""))
    for i in range(1, 9):
        rows.append(("产出指标", "质量指标", f"第{i}类辅具验收合格率", "=100%", "100%", "2", "2", ""))
    rows.append(("产出指标", "时效指标", "服务完成及时性", "及时", "及时", "4", "3", REASON + "。" + REASON))
    for i in range(1, 7):
        rows.append(("效益指标", "社会效益指标", f"第{i}项服务惠及残疾人数", f">={10 * i}人", f"{10 * i}人", "5", "5", ""))
    rows.append(("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=85%", "90%", "10", "10", ""))
    form["indicators"] = rows
    form["total"] = ("100", "99")
    return form


def page_long_form():
    """Form A with so many 数量指标 rows that its 产出指标 and 数量指标 cells run over the whole of page 2: cut by
    the break above and below, they draw no rule across that page, only their sides."""
    form = dict(FORM_A, name="残疾人社区康复服务项目经费")
    rows = []
    for i in range(1, 41):
        rows.append(("产出指标", "数量指标", f"第{i}社区康复服务人次", f">={10 * i}人次", f"{10 * i + 2}人次", "1", "1", ""))
    rows.append(("产出指标", "时效指标", "服务完成及时性", "及时", "及时", "10", "10", ""))
    for i in range(1, 7):
        rows.append(("效益指标", "社会效益指标", f"第{i}项服务惠及残疾人数", f">={10 * i}人", f"{10 * i}人", "5", "5", ""))
    rows.append(("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=85%", "90%", "10", "10", ""))
    form["indicators"] = rows
    form["total"] = ("100", "100")
    return form


def core_form():
    """Form A as the 绩效目标自评表 prints core indicators: ★ before their names (one of them wrapped), beside
    names that start with 大, whose strokes come closest to a star's."""
    form = dict(FORM_A, name="残疾人法律援助服务经费")
    rows = [list(r) for r in FORM_A["indicators"]]
    rows[0][2] = "★开展名律师咨询次数"
    rows[2][2] = "大型法宣活动计划完成率"
    rows[3][2] = "★残疾人服务热线考核达标率"
    rows[5][2] = "★全市性法宣活动完成及时性"
    rows[8][2] = "大型群体性事件控制情况"
    rows[10][2] = "★服务对象满意度"
    form["indicators"] = [tuple(r) for r in rows]
    return form


STYLE = """
@page {{ size: {size}; margin: 18mm 15mm; }}
body {{ font-family: "{font}"; font-size: {font_size}pt; margin: 0; }}
h1 {{ text-align: center; font-size: 16pt; margin: 0 0 2pt 0; }}
.year {{ text-align: center; margin: 0 0 6pt 0; }}
table {{ border-collapse: {collapse}; border-spacing: 2px; width: 100%; table-layout: fixed; }}
td, th {{ border: {border}pt solid #000; padding: 2pt 3pt; text-align: center; vertical-align: middle; font-weight: normal; }}
td.text {{ text-align: left; }}
.gap {{ height: 30pt; }}
"""


def e(text):
    return html.escape(text)


def cell(text, rowspan=1, colspan=1, cls=None):
    attrs = ""
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if cls:
        attrs += f' class="{cls}"'
    return f"<td{attrs}>{e(text)}</td>"


def runs(values):
    """Lengths of runs of equal values: the rowspans of a merged category column."""
    result, i = [], 0
    while i < len(values):
        j = i
        while j < len(values) and values[j] == values[i]:
            j += 1
        result.append((i, j - i))
        i = j
    return result


def category_cells(indicators, level):
    spans = {}
    for start, length in runs([(r[0], r[level]) if level == 1 else r[0] for r in indicators]):
        spans[start] = length
    return spans


def form_heading(form):
    return f'<h1>财政项目支出绩效自评表</h1>\n<p class="year">({form["year"]}年度)</p>\n'


def nine_column_table(form):
    """The published layout: a left label column with 项目资金, 年度总体目标 and a tall 绩效指标 cell."""
    ind = form["indicators"]
    out = ['<table>', '<colgroup>' + '<col style="width:7%">' + '<col style="width:9%">' * 2
           + '<col style="width:18%">' + '<col style="width:10%">' * 2 + '<col style="width:6%">' * 2
           + '<col style="width:25%">' + '</colgroup>']
    out.append("<tr>" + cell("项目名称") + cell(form["name"], colspan=8) + "</tr>")
    out.append("<tr>" + cell("主管部门") + cell(form["department"], colspan=3) + cell("实施单位", colspan=2)
               + cell(form["unit"], colspan=3) + "</tr>")
    out.append("<tr>" + cell(f'项目资金 ({form["currency"]})', rowspan=5) + cell("", colspan=2)
               + "".join(cell(h) for h in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
               + "</tr>")
    for label, *values in form["funding"]:
        out.append("<tr>" + cell(label, colspan=2) + "".join(cell(v) for v in values) + "</tr>")
    out.append("<tr>" + cell("年度总体目标", rowspan=2) + cell("预期目标", colspan=4)
               + cell("实际完成情况", colspan=4) + "</tr>")
    out.append("<tr>" + cell(form["expected"], colspan=4, cls="text") + cell(form["achieved"], colspan=4, cls="text")
               + "</tr>")
    out.append("<tr>" + cell("绩效指标", rowspan=len(ind) + 1)
               + "".join(cell(h) for h in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                           "偏差原因分析及改进措施"]) + "</tr>")
    level1, level2 = category_cells(ind, 0), category_cells(ind, 1)
    for i, row in enumerate(ind):
        cells = ""
        if i in level1:
            cells += cell(row[0], rowspan=level1[i])
        if i in level2:
            cells += cell(row[1], rowspan=level2[i])
        cells += "".join(cell(v) for v in row[2:7]) + cell(row[7], cls="text")
        out.append("<tr>" + cells + "</tr>")
    out.append("<tr>" + cell("总分", colspan=6) + cell(form["total"][0]) + cell(form["total"][1]) + cell("") + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def eight_column_tables(form):
    """A variant without the tall 绩效指标 cell: funding and goals in one table, indicators in a second table
    whose header row repeats on every page (thead)."""
    ind = form["indicators"]
    head = ['<table>']
    head.append("<tr>" + cell("项目名称") + cell(form["name"], colspan=7) + "</tr>")
    head.append("<tr>" + cell("主管部门") + cell(form["department"], colspan=3) + cell("实施单位")
                + cell(form["unit"], colspan=3) + "</tr>")
    head.append("<tr>" + cell(f'项目资金 ({form["currency"]})', rowspan=5) + cell("")
                + "".join(cell(h) for h in ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]) + "</tr>")
    for label, *values in form["funding"]:
        head.append("<tr>" + cell(label) + "".join(cell(v) for v in values) + "</tr>")
    head.append("<tr>" + cell("年度总体目标", rowspan=2) + cell("预期目标", colspan=3) + cell("实际完成情况", colspan=4) + "</tr>")
    head.append("<tr>" + cell(form["expected"], colspan=3, cls="text") + cell(form["achieved"], colspan=4, cls="text")
                + "</tr>")
    head.append("</table>")
    body = ['<table style="margin-top:-1pt">', "<thead><tr>"
            + "".join(cell(h) for h in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                                        "偏差原因分析及改进措施"]) + "</tr></thead>", "<tbody>"]
    level1, level2 = category_cells(ind, 0), category_cells(ind, 1)
    for i, row in enumerate(ind):
        cells = ""
        if i in level1:
            cells += cell(row[0], rowspan=level1[i])
        if i in level2:
            cells += cell(row[1], rowspan=level2[i])
        cells += "".join(cell(v) for v in row[2:7]) + cell(row[7], cls="text")
        body.append("<tr>" + cells + "</tr>")
    body.append("<tr>" + cell("总分", colspan=5) + cell(form["total"][0]) + cell(form["total"][1]) + cell("") + "</tr>")
    body.append("</tbody></table>")
    return "\n".join(head) + "\n" + "\n".join(body)


def page(body, size="A4", font="Noto Serif CJK SC", font_size=9, border=0.75, collapse="collapse"):
    style = STYLE.format(size=size, font=font, font_size=font_size, border=border, collapse=collapse)
    return f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<style>{style}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def main():
    OUT.mkdir(exist_ok=True)
    pages = {
        "single-form": page(form_heading(FORM_A) + nine_column_table(FORM_A)),
        "long-table": page(form_heading(long_form()) + nine_column_table(long_form())),
        "two-forms": page(form_heading(FORM_B) + nine_column_table(FORM_B) + '\n<div class="gap"></div>\n'
                          + form_heading(FORM_A) + nine_column_table(FORM_A), font="Noto Sans CJK SC"),
        # Separate borders: every cell draws its own frame, so each rule is doubled 2-3 pt apart.
        "separate-borders": page(form_heading(FORM_B) + nine_column_table(FORM_B), size="A4", font="Noto Sans CJK SC",
                                 font_size=8, border=1, collapse="separate"),
        "core-indicators": page(form_heading(core_form()) + nine_column_table(core_form())),
        "page-long-category": page(form_heading(page_long_form()) + nine_column_table(page_long_form())),
        "repeated-header": page(form_heading(long_form()) + eight_column_tables(long_form()),
                                size="A4 landscape", font="Noto Sans CJK SC", font_size=10, border=0.5),
    }
    for name, text in pages.items():
        (OUT / f"{name}.html").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
