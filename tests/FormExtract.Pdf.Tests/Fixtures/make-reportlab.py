#!/usr/bin/python3
"""Draws two PDFs with ReportLab's canvas, so that the reader is not tuned to Chromium's output alone:
stroked ruling lines instead of filled rectangles, a TrueType font subset (WenQuanYi Micro Hei), Letter pages.

- reportlab-split-row.pdf: a lattice table whose last row on page 1 is cut by the page break (its cells
  continue at the top of page 2 without a top border) and whose 产出指标 cell spans the break.
- reportlab-borderless.pdf: the same kind of table printed without any ruling lines (stream layout).
- reportlab-full-form.pdf: a whole form on an A5-wide page whose crop box does not start at (0, 0), the
  title in fake bold (each letter printed twice, a fraction of a point apart), 1 pt rules.
- reportlab-rotated.pdf: the same form drawn turned a quarter left on a page of swapped size, with /Rotate 90
  so that it shows upright, as print drivers produce landscape pages.
"""
import pathlib

from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import importlib.util

HERE = pathlib.Path(__file__).parent
spec = importlib.util.spec_from_file_location("make_html", HERE / "make-html.py")
make_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_html)
FORM = make_html.FORM_A

FONT = "WenQuanYiMicroHei"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
SIZE = 9


def text_width(text):
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def wrap(text, width):
    """Splits text into lines no wider than width, character by character (CJK has no spaces); a line break
    in the text starts a new line."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if text_width(line + ch) > width and line:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


COLUMNS = [60, 70, 110, 60, 60, 36, 36, 110]  # 一级 二级 三级 指标值 完成值 分值 得分 偏差原因
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
LINE_HEIGHT = 12
PAD = 4
BOTTOM = 72


def split_row_pdf(path):
    """Draws rows line by line; a row that does not fit is cut where the page ends, as word processors do:
    no bottom border on page 1, no top border on page 2, the vertical lines running to the page edges."""
    page_w, page_h = letter
    left = (page_w - sum(COLUMNS)) / 2
    xs = [left]
    for w in COLUMNS:
        xs.append(xs[-1] + w)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setLineWidth(0.6)
    c.setFont(FONT, 16)
    c.drawCentredString(page_w / 2, page_h - 60, "财政项目支出绩效自评表")
    c.setFont(FONT, SIZE)
    c.drawCentredString(page_w / 2, page_h - 78, f"({FORM['year']}年度)")
    rows = [HEADER] + [list(r) for r in FORM["indicators"]]
    rows[5][7] = make_html.REASON * 2  # 法律宣传活动参与人次: a reason long enough to be cut by the break
    rows.append(["总分", "", "", "", "", FORM["total"][0], FORM["total"][1], ""])
    cut = 5
    heights = [max(len(wrap(t, COLUMNS[j] - 2 * PAD)) for j, t in enumerate(r)) * LINE_HEIGHT + 2 * PAD for r in rows[:cut]]
    # The table starts low on page 1 so that the page ends three lines into row `cut`.
    y = BOTTOM + sum(heights) + PAD + 3 * LINE_HEIGHT + 2
    c.drawString(left, page_h - 110, f"项目名称：{FORM['name']}")
    c.line(xs[0], y, xs[-1], y)
    for i, row in enumerate(rows):
        merged_above = i > 1 and rows[i - 1][0] == row[0]
        lines = [wrap(text, COLUMNS[j] - 2 * PAD) for j, text in enumerate(row)]
        if merged_above:
            lines[0] = [""]  # 产出指标 is merged over its rows: printed once, on its first row
        count = max(len(cell) for cell in lines)
        row_top = y
        y -= PAD
        for k in range(count):
            if y - LINE_HEIGHT < BOTTOM:
                for x in xs:
                    c.line(x, row_top, x, BOTTOM)
                c.showPage()
                c.setLineWidth(0.6)
                c.setFont(FONT, SIZE)
                y = row_top = page_h - 72
            y -= LINE_HEIGHT
            for j, cell in enumerate(lines):
                if k < len(cell):
                    c.drawString(xs[j] + PAD, y + 3, cell[k])
        y -= PAD
        for x in xs:
            c.line(x, row_top, x, y)
        merged_below = i + 1 < len(rows) and i > 0 and rows[i + 1][0] == row[0]
        c.line(xs[1] if merged_below else xs[0], y, xs[-1], y)
    c.showPage()
    c.save()


def borderless_pdf(path):
    page_w, page_h = landscape(letter)
    widths = [70, 90, 150, 80, 80, 40, 40, 150]
    left = (page_w - sum(widths)) / 2
    xs = [left]
    for w in widths:
        xs.append(xs[-1] + w)
    c = canvas.Canvas(str(path), pagesize=landscape(letter), invariant=1)
    c.setFont(FONT, 16)
    c.drawCentredString(page_w / 2, page_h - 50, "财政项目支出绩效自评表")
    c.setFont(FONT, SIZE)
    c.drawCentredString(page_w / 2, page_h - 68, f"({FORM['year']}年度)")
    y = page_h - 100
    rows = [HEADER] + [list(r) for r in FORM["indicators"]]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if i > 1 and j < 2 and rows[i - 1][j] == text:
                continue  # category names printed on their first row only
            c.drawString(xs[j], y, text)
        y -= 18
    c.drawString(xs[0], y, "总分")
    c.drawString(xs[5], y, FORM["total"][0])
    c.drawString(xs[6], y, FORM["total"][1])
    c.showPage()
    c.save()


def full_form_pdf(path, rotated=False, form=None):
    """A grid given as rows of (first column, column span, text); a text of None continues the cell above.
    The page is 760 pt tall, or as tall as a longer form needs (one page, as a spreadsheet prints)."""
    form = form or make_html.FORM_B
    widths = [52, 62, 90, 52, 52, 30, 30, 96]
    ox, oy = 40, 30  # the crop box starts here: page coordinates are offset from the PDF origin
    size = 7.5
    line_height = size + 3
    xs = [ox + 30]
    for w in widths:
        xs.append(xs[-1] + w)
    heading = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = [[(0, 1, "项目名称"), (1, 7, form["name"])],
            [(0, 1, "主管部门"), (1, 3, form["department"]), (4, 1, "实施单位"), (5, 3, form["unit"])],
            [(0, 1, f"项目资金({form['currency']})"), (1, 1, "")] + [(2 + i, 1, h) for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])]]
    for label, *values in form["funding"]:
        rows.append([(0, 1, None), (1, 1, label)] + [(2 + i, 1, v) for i, v in enumerate(values)])
    rows.append([(0, 1, "年度总体目标"), (1, 3, "预期目标"), (4, 4, "实际完成情况")])
    rows.append([(0, 1, None), (1, 3, form["expected"]), (4, 4, form["achieved"])])
    rows.append([(i, 1, h) for i, h in enumerate(heading)])
    previous = None
    for ind in form["indicators"]:
        first = (None if previous and previous[0] == ind[0] else ind[0])
        second = (None if previous and previous[:2] == ind[:2] else ind[1])
        rows.append([(0, 1, first), (1, 1, second)] + [(2 + i, 1, v) for i, v in enumerate(ind[2:])])
        previous = ind
    rows.append([(0, 5, "总分"), (5, 1, form["total"][0]), (6, 1, form["total"][1]), (7, 1, "")])
    wrapped_rows = [[(col, span, wrap(text or "", sum(widths[col:col + span]) - 6)) for col, span, text in row]
                    for row in rows]
    needed = 66 + sum(max(len(lines) for _, _, lines in row) * line_height + 6 for row in wrapped_rows) + 30
    page_w, page_h = sum(widths) + 60, max(760, needed)

    if rotated:
        c = canvas.Canvas(str(path), pagesize=(oy + page_h, ox + page_w), invariant=1)
        c.setPageRotation(90)
        c.translate(oy + page_h, 0)
        c.rotate(90)
    else:
        c = canvas.Canvas(str(path), pagesize=(ox + page_w, oy + page_h), invariant=1)
        c.setCropBox((ox, oy, ox + page_w, oy + page_h))
    c.setLineWidth(1)
    title = "财政项目支出绩效自评表"
    c.setFont(FONT, 14)
    tx = ox + page_w / 2 - pdfmetrics.stringWidth(title, FONT, 14) / 2
    for dx in (0, 0.35):  # fake bold: the same letters printed twice
        c.drawString(tx + dx, oy + page_h - 40, title)
    c.setFont(FONT, size)
    c.drawCentredString(ox + page_w / 2, oy + page_h - 56, f"({form['year']}年度)")
    y = oy + page_h - 66
    c.line(xs[0], y, xs[-1], y)
    for i, row in enumerate(rows):
        wrapped = wrapped_rows[i]
        for col, span, lines in wrapped:
            for k, text in enumerate(lines):
                c.drawString(xs[col] + 3, y - 3 - (k + 1) * line_height + 2, text)
        height = max(len(lines) for _, _, lines in wrapped) * line_height + 6
        for col, span, _ in row:
            c.line(xs[col], y, xs[col], y - height)
        c.line(xs[-1], y, xs[-1], y - height)
        y -= height
        below = rows[i + 1] if i + 1 < len(rows) else []
        for col, span, _ in row:
            continued = any(bc == col and bt is None for bc, _, bt in below)
            if not continued:
                c.line(xs[col], y, xs[col + span], y)
    c.showPage()
    c.save()


if __name__ == "__main__":
    split_row_pdf(HERE / "reportlab-split-row.pdf")
    borderless_pdf(HERE / "reportlab-borderless.pdf")
    full_form_pdf(HERE / "reportlab-full-form.pdf")
    full_form_pdf(HERE / "reportlab-rotated.pdf", rotated=True)
