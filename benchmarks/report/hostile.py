#!/usr/bin/env python3
"""Writes a hostile batch for the report benchmark: the forms of one real document copied into
DOCUMENTS documents of FORMS forms each, with markup and script in cell texts, a very long deviation
reason, and quotes and ampersands in names. Usage: hostile.py DOCUMENT OUT_DIR DOCUMENTS FORMS"""
import copy
import json
import os
import sys

source, out, documents, forms = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(source, encoding="utf-8") as f:
    real = json.load(f)
template = real["forms"][0]
long_text = "偏差原因<b>很长</b> & \"引号\" " * 4000


def text(value):
    return {"text": value, "value": value, "line": 1}


os.makedirs(out, exist_ok=True)
for d in range(documents):
    doc = copy.deepcopy(real)
    doc["forms"] = []
    for i in range(forms):
        form = copy.deepcopy(template)
        n = d * forms + i
        form["formIndex"] = i
        form["projectName"] = text(f"<script>document.title='pwned'</script> 项目 {n} & <i>斜体</i>")
        form["department"] = text(f"部门 {n % 7} \"'<>")
        if form["indicators"]:
            form["indicators"][0]["name"] = text(f"<img src=x onerror=\"document.title='pwned'\"> 指标 {n}")
            form["indicators"][0]["deviationReason"] = text(long_text)
        doc["forms"].append(form)
    with open(os.path.join(out, f"hostile-{d:04d}.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
