"""Writes the hand-styled fixture pages in Pages/: one real form laid out as published tables, in the
markup styles departments publish (clean HTML, Word and WPS exports) and the awkward page shapes (text
above the table, two forms, a split table, a layout wrapper, overrunning spans, broken markup).
Run from this folder: python3 make_pages.py. The pages are committed; expected.json files are reviewed by hand."""

import html
import os
import re

from forms import LEGAL_AID, PUBLICITY

COLUMNS = 9


def cell(text="", rs=1, cs=1, **extra):
    return dict(text=text, rs=rs, cs=cs, **extra)


def header_rows(form):
    return [
        [cell("项目名称"), cell(form["name"], cs=8)],
        [cell("主管部门"), cell(form["department"], cs=3), cell("实施单位"), cell(form["unit"], cs=4)],
    ]


def funding_rows(form):
    rows = [[cell("项目资金\n（元）", rs=5), cell("", cs=2)] + [cell(h) for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")]]
    for label, *values in form["funding"]:
        rows.append([cell(label, cs=2)] + [cell(v, num=True) for v in values])
    return rows


def goal_rows(form):
    return [
        [cell("年度\n总体\n目标", rs=2), cell("预期目标", cs=4), cell("实际完成情况", cs=4)],
        [cell(form["expected"], cs=4, para=True), cell(form["achieved"], cs=4, para=True)],
    ]


def indicator_rows(form, first=0, last=None, block_label=True, total=True):
    items = form["indicators"][first:last]
    rows = []
    if block_label:
        rows.append([cell("绩效指标", rs=len(items) + 1 + (1 if total else 0))] + [cell(h) for h in (
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")])
    for i, (l1, l2, name, target, actual, weight, score, reason) in enumerate(items):
        row = []
        if i == 0 or items[i - 1][0] != l1:
            row.append(cell(l1, rs=sum(1 for x in items[i:] if x[0] == l1)))
        if i == 0 or items[i - 1][1] != l2 or items[i - 1][0] != l1:
            row.append(cell(l2, rs=sum(1 for x in items[i:] if x[1] == l2 and x[0] == l1)))
        row += [cell(name), cell(target), cell(actual), cell(weight, num=True), cell(score, num=True), cell(reason)]
        rows.append(row)
    if total:
        rows.append([cell("总分", cs=5), cell(form["total"][0], num=True), cell(form["total"][1], num=True), cell("")])
    return rows


def title_rows(form):
    return [[cell(form["title"], cs=COLUMNS, title=True)], [cell(form["year"], cs=COLUMNS)]]


def whole(form):
    return title_rows(form) + header_rows(form) + funding_rows(form) + goal_rows(form) + indicator_rows(form)


def spans(c):
    return (f' rowspan="{c["rs"]}"' if c["rs"] != 1 else "") + (f' colspan="{c["cs"]}"' if c["cs"] != 1 else "")


# ---- clean hand-written HTML ----

def clean_text(c):
    if c.get("para"):
        return "".join(f"<p>{html.escape(p)}</p>" for p in c["text"])
    return "<br>".join(html.escape(part) for part in c["text"].split("\n"))


def clean_table(rows, attrs=' border="1" cellspacing="0"'):
    out = [f"<table{attrs}>"]
    for row in rows:
        out.append("  <tr>" + "".join(f'<td{spans(c)}>{clean_text(c)}</td>' for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def clean_page(body, title="绩效自评表"):
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>td {{ border: 1px solid #000; padding: 2px 4px; }}</style>
<script>window.dataLayer = window.dataLayer || []; document.write("<table><tr><td>脚本</td></tr></table>");</script>
</head>
<body>
{body}
</body>
</html>
"""


# ---- Word "Web page" export ----

def word_wrap(text, width=30):
    # Word wraps its markup at about 80 bytes, inside Chinese text too.
    return "\r\n".join(text[i:i + width] for i in range(0, len(text), width))


def word_runs(text, num=False):
    if text == "":
        return "<span lang=EN-US>&nbsp;<o:p></o:p></span>"
    if num or re.fullmatch(r"[0-9.,%=<>]+", text):
        return f"<span lang=EN-US style='font-size:9.0pt;font-family:\"Times New Roman\";mso-fareast-font-family:宋体'>{html.escape(text)}<o:p></o:p></span>"
    parts = re.split(r"([0-9]+(?:\.[0-9]+)?)", text)
    runs = []
    for part in parts:
        if not part:
            continue
        if re.fullmatch(r"[0-9.]+", part):
            runs.append(f"<span lang=EN-US>{part}</span>")
        else:
            runs.append(word_wrap(html.escape(part)))
    return f"<span style='font-size:9.0pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";color:black;mso-font-kerning:0pt'>{''.join(runs)}<span lang=EN-US><o:p></o:p></span></span>"


def word_cell(c, width):
    style = "border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
    if c.get("para"):
        inner = "\r\n".join(f"<p class=MsoNormal style='text-indent:18.0pt;mso-char-indent-count:2.0'>{word_runs(p)}</p>" for p in c["text"])
    else:
        inner = "\r\n".join(f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>{word_runs(p, c.get('num'))}</p>" for p in c["text"].split("\n"))
    return f"  <td width={width * c['cs']} valign=top{spans(c).replace(chr(34), '')} style='width:{width * c['cs'] * 0.75:.1f}pt;{style}'>\r\n  {inner}\r\n  </td>"


def word_table(rows):
    out = ["<div align=center>", "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=640\r\n style='width:480.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for i, row in enumerate(rows):
        out.append(f" <tr style='mso-yfti-irow:{i};height:20.0pt'>")
        out += [word_cell(c, 70) for c in row]
        out.append(" </tr>")
    out.append(" <![if !supportMisalignedColumns]>\r\n <tr height=0>" + "".join("\r\n  <td width=70 style='border:none'></td>" for _ in range(COLUMNS)) + "\r\n </tr>\r\n <![endif]>")
    out.append("</table>\r\n</div>")
    return "\r\n".join(out)


def word_page(form):
    rows = header_rows(form) + funding_rows(form) + goal_rows(form) + indicator_rows(form)
    body = f"""<div class=WordSection1 style='layout-grid:15.6pt'>

<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;font-family:方正小标宋简体'>{form['title'][:4]}<span style='mso-spacerun:yes'></span>{form['title'][4:]}<span lang=EN-US><o:p></o:p></span></span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;font-family:楷体_GB2312'>（<span lang=EN-US>2022</span>年度）<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

{word_table(rows)}

<p class=MsoNormal><span lang=EN-US style='display:none;mso-hide:all'>隐藏的修订文字<o:p></o:p></span></p>

</div>"""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>绩效自评表</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

{body}

</body>

</html>
""".replace("\n", "\r\n").replace("\r\r\n", "\r\n")


# ---- WPS spreadsheet (ET) export ----

def wps_cell(c, cls):
    text = c["text"]
    if c.get("para"):
        text = "\n".join(text)
    content = "<br/>".join(f"<font class=\"font1\">{html.escape(t)}</font>" if i % 2 else html.escape(t) for i, t in enumerate(text.split("\n")))
    number = re.fullmatch(r"[0-9.]+", text or "x")
    typ = f' x:num="{text}"' if number else ' x:str'
    return f'<td class="{cls}"{spans(c)}{typ}>{content}</td>'


def wps_page(form):
    rows = whole(form)
    out = []
    for i, row in enumerate(rows):
        cls = "et2" if i == 0 else "et5"
        out.append(f'<tr height="{40 if i == 0 else 22}" style=\'height:{30 if i == 0 else 16.5}pt;\'>\n' + "\n".join(wps_cell(c, cls) for c in row) + "\n</tr>")
    cols = "\n".join(f'<col width="{w}" style=\'mso-width-source:userset;mso-width-alt:{w * 32};\'/>' for w in (60, 72, 96, 180, 72, 72, 40, 40, 160))
    return "\ufeff" + f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="ProgId" content="Excel.Sheet"/>
<meta name="Generator" content="WPS Office ET"/>
<style>
.font1 {{ color:#000000; font-size:11.0pt; font-family:宋体; mso-font-charset:134; }}
.et2 {{ mso-number-format:"General"; text-align:center; font-size:16.0pt; font-weight:700; }}
.et5 {{ mso-number-format:"General"; text-align:center; vertical-align:middle; white-space:normal; border:.5pt solid windowtext; }}
</style>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>自评表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
</head>
<body link="blue" vlink="purple">
<table width="792" border="0" cellpadding="0" cellspacing="0" style='width:594.00pt;border-collapse:collapse;table-layout:fixed;'>
{cols}
{chr(10).join(out)}
<![if supportMisalignedColumns]>
<tr width="0" style='display:none;'>
<td width="60" style='width:45pt;'></td>
</tr>
<![endif]>
</table>
</body>
</html>
"""


def write(name, text, encoding="utf-8"):
    with open(os.path.join("Pages", name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def main():
    os.makedirs("Pages", exist_ok=True)
    write("clean-utf8.html", clean_page(clean_table(whole(LEGAL_AID))))
    write("word-export-gb2312.html", word_page(PUBLICITY), encoding="gbk")  # what Word writes when it declares gb2312
    write("wps-export-bom.html", wps_page(LEGAL_AID), encoding="utf-8")

    above = PUBLICITY
    write("paragraphs-above.html", clean_page(f"""<h1 style="text-align:center">{above['title']}</h1>
<p style="text-align:center">{above['year']}</p>
<p>项目名称：{above['name']}</p>
<p>主管部门：{above['department']}&nbsp;&nbsp;&nbsp;&nbsp;实施单位：{above['unit']}</p>
{clean_table(funding_rows(above) + goal_rows(above) + indicator_rows(above))}
<p>填报人：&nbsp;&nbsp;张&nbsp;三 &nbsp;&nbsp;&nbsp; 联系电话：021-12345678</p>"""))

    write("two-forms.html", clean_page("\n".join(
        f"<h2>{f['title']}</h2>\n<p>{f['year']}</p>\n{clean_table(header_rows(f) + funding_rows(f) + goal_rows(f) + indicator_rows(f))}"
        for f in (LEGAL_AID, PUBLICITY))))

    first = title_rows(LEGAL_AID) + header_rows(LEGAL_AID) + funding_rows(LEGAL_AID) + goal_rows(LEGAL_AID) + indicator_rows(LEGAL_AID, 0, 4, total=False)
    second = indicator_rows(LEGAL_AID, 4, None, block_label=False)
    second[0] = [cell("绩效指标", rs=len(second))] + second[0]   # Word repeats a merged cell in each part
    write("split-tables.html", clean_page(f"""{clean_table(first)}
<p style="page-break-before:always">&nbsp;</p>
{clean_table(second)}"""))

    write("layout-wrapper.html", clean_page(f"""<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 绩效评价</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="layout">
  <tr>
    <td width="180" valign="top"><ul><li><a href="/a">预算公开</a></li><li><a href="/b">决算公开</a></li></ul></td>
    <td valign="top">
      <div class="title" style="font-size:20px;text-align:center">{PUBLICITY['title']}</div>
      <div style="text-align:center">{PUBLICITY['year']}</div>
      <table width="100%" border="0"><tr><td>
{clean_table(header_rows(PUBLICITY) + funding_rows(PUBLICITY) + goal_rows(PUBLICITY) + indicator_rows(PUBLICITY))}
      </td></tr></table>
    </td>
  </tr>
</table>
<div class="footer">主办单位：上海市残疾人联合会</div>"""))

    over = whole(LEGAL_AID)
    over[0][0]["cs"] = 12          # the title spans more columns than the table has
    over[3][3]["cs"] = 10          # so does 实施单位's value
    block = next(r for r in over if r and r[0]["text"] == "绩效指标")
    block[0]["rs"] = 0             # rowspan=0: to the end of the row group
    over[-1][-1]["rs"] = 4         # the last cell of the last row spans rows that do not exist
    funding = next(r for r in over if r and r[0]["text"].startswith("项目资金"))
    funding[0]["rs"] = 5
    write("overrun-spans.html", clean_page(clean_table(over)))

    broken = clean_table(whole(PUBLICITY))
    broken = broken.replace("</td>", "").replace("</tr>", "")            # end tags left out
    broken = broken.replace("<td>刊物发行及时性", "<td><b>刊物发行及时性", 1)  # an unclosed <b>
    broken = broken.replace("<td>10<td>10<td>", "<td>10<td>10<td><td>备注：见附件", 1)  # a row longer than the header
    broken = broken.replace("  <tr><td>宣传活动举办及时性", "  <tr>漏在行里的文字<td>宣传活动举办及时性", 1)  # text outside any cell
    broken = broken.replace("<td colspan=\"4\">预期目标", "<td colspan=\"4x\">预期目标", 1)
    write("malformed.html", clean_page(broken.replace("</table>", "") + "\n<p>（本表由单位自行填报）</p>"))


if __name__ == "__main__":
    main()
