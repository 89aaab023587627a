#!/usr/bin/python3
"""Prints the real forms of the Shanghai dump (corpus/text) as PDFs, each beside its truth, for
benchmarks/ocr/other-scans.sh --forms real; print-fixtures.sh takes two of them as golden fixtures.

The PDF reader's fixtures, which other-scans.sh scans by default, were built to test how a table is read
(page breaks, merged cells, two forms a file): several keep a subset of a form's indicators under its
printed totals, so that their weights no longer add up to 100 and each breaks four of the form's equations.
Real forms rarely do (of the real excerpts in corpus/real, 31 of 36 break none). These files print the
dump's twelve forms whole, with their own figures and their own slips (a score of 10 at 60.37% execution,
a total of 90.78999999999999), the fixtures' three ways: Chromium's nine-column table in Noto Serif CJK,
its eight-column tables on landscape pages in Noto Sans CJK, and ReportLab's canvas in WenQuanYi Micro Hei.
Each form is printed all three ways, one form a file (real-NN-WAY.pdf). The truth of a file is the form
as the dump's reviewed document has it (real-NN-WAY.expected.json); --no-truth leaves it out, where the
golden document is the reader's reviewed output instead. Chromium's columns widen to fit a figure, as a word
processor's do; with --fixed-columns they keep make-html.py's widths, and a figure too wide runs over the
border into the next cell (print-fixtures.sh prints its two that way, for the PDF reader).

    make-real-forms.py OUT_DIR [--no-truth] [--fixed-columns] [NAME ...]   (NAME: real-03-sans and the like)
"""
import hashlib
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile

FIXTURES = pathlib.Path(__file__).resolve().parent
DUMP = FIXTURES.parents[2] / "corpus" / "text" / "shanghai-cdpf-2022.txt.expected.json"


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, FIXTURES / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_html = load("make_html", "make-html.py")
make_reportlab = load("make_reportlab", "make-reportlab.py")


def text(field):
    """What the form prints: a figure as printed (2,612,933.32), words as read, without the markup the dump's
    cells carry (<p>)."""
    if not field:
        return ""
    return field["value"] if isinstance(field["value"], str) else field["text"]


def printed(form):
    """The form as the fixtures' printers take it: printed texts only, 分值 of the sub-rows a dash as the dump has it."""
    funding = form["funding"]
    rows = [(funding["total"]["label"], text(funding["total"]["initialBudget"]), text(funding["total"]["adjustedBudget"]),
             text(funding["total"]["executed"]), text(funding["weight"]), text(funding["executionRate"]),
             text(funding["score"]))]
    for key in ("fiscalAppropriation", "carryover", "other"):
        row = funding[key]
        rows.append((row["label"], text(row["initialBudget"]), text(row["adjustedBudget"]), text(row["executed"]),
                     "—", "", ""))
    return dict(
        year=str(form["fiscalYear"]), name=text(form["projectName"]), department=text(form["department"]),
        unit=text(form["implementingUnit"]), currency=funding["unit"],
        funding=rows, expected=text(form["goals"]["expected"]), achieved=text(form["goals"]["achieved"]),
        indicators=[(i["level1"], i["level2"], text(i["name"]), text(i["target"]), text(i["actual"]), text(i["weight"]),
                     text(i["score"]), text(i["deviationReason"])) for i in form["indicators"]],
        total=(text(form["totalWeight"]), text(form["totalScore"])))


def page(body, fixed_columns, **style):
    """make-html.py's page, its text cells keeping the line breaks of the dump's texts as printed."""
    html_text = make_html.page(body, **style).replace("td.text { text-align: left; }",
                                                      "td.text { text-align: left; white-space: pre-line; }")
    return html_text if fixed_columns else html_text.replace("table-layout: fixed;", "table-layout: auto;")


def chromium(html_text, pdf):
    with tempfile.TemporaryDirectory() as scratch:
        source = pathlib.Path(scratch) / "form.html"
        source.write_text(html_text, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={scratch}/profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                        source.as_uri()], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def truth(document, form, pdf):
    source = dict(document["source"], path=pdf.name, sha256=hashlib.sha256(pdf.read_bytes()).hexdigest(),
                  format="pdf", encoding=None, pages=None, ocr=False)
    form = dict(form, formIndex=0, location={"pages": [1]})
    return {"schema": document["schema"], "source": source, "warnings": [], "forms": [form]}


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit("usage: make-real-forms.py OUT_DIR [--no-truth] [--fixed-columns] [NAME ...]")
    out, with_truth, fixed_columns = pathlib.Path(args[0]), "--no-truth" not in args, "--fixed-columns" in args
    names = {a for a in args[1:] if not a.startswith("--")}
    out.mkdir(parents=True, exist_ok=True)
    document = json.loads(DUMP.read_text(encoding="utf-8"))
    for number, form in enumerate(document["forms"]):
        shown = printed(form)
        heading = make_html.form_heading(shown)
        ways = {
            "serif": lambda pdf: chromium(page(heading + make_html.nine_column_table(shown), fixed_columns), pdf),
            "sans": lambda pdf: chromium(page(heading + make_html.eight_column_tables(shown), fixed_columns, size="A4 landscape",
                                                        font="Noto Sans CJK SC", font_size=10, border=0.5), pdf),
            "reportlab": lambda pdf: make_reportlab.full_form_pdf(pdf, form=shown),
        }
        for way, render in ways.items():
            name = f"real-{number:02d}-{way}"
            if names and name not in names:
                continue
            pdf = out / f"{name}.pdf"
            render(pdf)
            if with_truth:
                (out / f"{name}.expected.json").write_text(
                    json.dumps(truth(document, form, pdf), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
