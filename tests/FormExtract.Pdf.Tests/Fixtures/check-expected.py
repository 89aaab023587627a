#!/usr/bin/python3
"""Field-by-field review of the golden documents against the data the fixtures were made from.

For each fixture it compares every field the form carries (header, funding, goals, each indicator's eight
cells, totals) with the generator's data and prints the share that matches; the mismatches are listed.
Usage: check-expected.py [suffix]   (default .expected.json; pass .received.json to review new output)
"""
import decimal
import importlib.util
import json
import pathlib
import sys
import unicodedata

HERE = pathlib.Path(__file__).parent
spec = importlib.util.spec_from_file_location("make_html", HERE / "make-html.py")
make_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_html)

# CJK Radicals Supplement code points the fonts use; NFKC maps only the Kangxi block.
SUPPLEMENT = str.maketrans("⻔⺠⻅⻓⻢⻜⻛⻰⻋⻬⻝⻘⻥⻚⻄⻆", "门民见长马飞风龙车齐食青鱼页西角")


def clean(text):
    text = (text or "").translate(SUPPLEMENT)
    return "".join(unicodedata.normalize("NFKC", c) if "\u2f00" <= c <= "\u2fdf" else c for c in text).replace(" ", "")


def header_truth(form):
    funding = {}
    for key, row in zip(["total", "fiscalAppropriation", "carryover", "other"], form["funding"]):
        funding[key] = row
    return dict(title="财政项目支出绩效自评表", fiscalYear=int(form["year"]), projectName=form["name"],
                department=form["department"], implementingUnit=form["unit"], unit=form["currency"],
                funding=funding, expected=form["expected"], achieved=form["achieved"])


def number(text):
    text = (text or "").replace(",", "").replace("%", "")
    try:
        return decimal.Decimal(text)
    except decimal.InvalidOperation:
        return None


class Score:
    def __init__(self):
        self.right, self.total, self.misses = 0, 0, []

    def check(self, where, got, want):
        self.total += 1
        if got == want:
            self.right += 1
        else:
            self.misses.append(f"{where}: got {got!r}, want {want!r}")


def cell_text(cell):
    return clean(cell["text"]) if cell else ""


def cell_number(cell):
    return decimal.Decimal(str(cell["value"])) if cell and cell.get("value") is not None else None


def check_form(score, got, form, header=True):
    if header:
        h = header_truth(form)
        score.check("title", got["title"], h["title"])
        score.check("fiscalYear", got["fiscalYear"], h["fiscalYear"])
        for key in ["projectName", "department", "implementingUnit"]:
            score.check(key, cell_text(got[key]), h[key])
        score.check("funding.unit", got["funding"]["unit"], h["unit"])
        for key, row in h["funding"].items():
            g = got["funding"][key] or {}
            score.check(f"funding.{key}.label", clean(g.get("label")), row[0])
            for i, col in enumerate(["initialBudget", "adjustedBudget", "executed"]):
                score.check(f"funding.{key}.{col}", cell_number(g.get(col)), number(row[1 + i]))
        total = h["funding"]["total"]
        score.check("funding.weight", cell_number(got["funding"]["weight"]), number(total[4]))
        score.check("funding.executionRate", cell_text(got["funding"]["executionRate"]), total[5])
        score.check("funding.score", cell_number(got["funding"]["score"]), number(total[6]))
        score.check("goals.expected", cell_text(got["goals"]["expected"]), clean(h["expected"]))
        score.check("goals.achieved", cell_text(got["goals"]["achieved"]), clean(h["achieved"]))
    score.check("indicators.count", len(got["indicators"]), len(form["indicators"]))
    for i, (want, g) in enumerate(zip(form["indicators"], got["indicators"])):
        score.check(f"indicators/{i}/level1", g["level1"], want[0])
        score.check(f"indicators/{i}/level2", g["level2"], want[1])
        for key, value in zip(["name", "target", "actual"], want[2:5]):
            score.check(f"indicators/{i}/{key}", cell_text(g[key]), clean(value))
        score.check(f"indicators/{i}/weight", cell_number(g["weight"]), number(want[5]))
        score.check(f"indicators/{i}/score", cell_number(g["score"]), number(want[6]))
        score.check(f"indicators/{i}/deviationReason", cell_text(g["deviationReason"]), clean(want[7]))
    score.check("totalWeight", cell_number(got["totalWeight"]), number(form["total"][0]))
    score.check("totalScore", cell_number(got["totalScore"]), number(form["total"][1]))


def truths():
    long_form = make_html.long_form()
    split = dict(make_html.FORM_A)
    split["indicators"] = [list(r) for r in make_html.FORM_A["indicators"]]
    split["indicators"][4][7] = make_html.REASON * 2
    return {
        "single-form": [(make_html.FORM_A, True)],
        "long-table": [(long_form, True)],
        "two-forms": [(make_html.FORM_B, True), (make_html.FORM_A, True)],
        "repeated-header": [(long_form, True)],
        "page-long-category": [(make_html.page_long_form(), True)],
        "core-indicators": [(make_html.core_form(), True)],
        "reportlab-split-row": [(split, False)],
        "reportlab-borderless": [(make_html.FORM_A, False)],
        "reportlab-full-form": [(make_html.FORM_B, True)],
        "separate-borders": [(make_html.FORM_B, True)],
        "reportlab-rotated": [(make_html.FORM_B, True)],
    }


def main():
    suffix = sys.argv[1] if len(sys.argv) > 1 else ".expected.json"
    overall = Score()
    for name, forms in truths().items():
        path = HERE / f"{name}{suffix}"
        if not path.exists():
            print(f"{name}: no {suffix}")
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        score = Score()
        score.check("forms.count", len(document["forms"]), len(forms))
        for got, (form, header) in zip(document["forms"], forms):
            check_form(score, got, form, header)
        print(f"{name}: {score.right}/{score.total} fields")
        for miss in score.misses:
            print("   ", miss)
        overall.right += score.right
        overall.total += score.total
    print(f"all: {overall.right}/{overall.total} = {100 * overall.right / overall.total:.2f}%")


if __name__ == "__main__":
    main()
