#!/usr/bin/env bash
# Rebuilds the PDF fixtures: the HTML pages printed by headless Chromium, the ReportLab tables drawn
# another way, two real forms printed whole, and the broken files (truncated, encrypted). Needs chromium,
# fonts-noto-cjk, python3-reportlab and qpdf (scripts/setup.d/30-pdf.sh).
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 make-html.py
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in html/*.html; do
  name=$(basename "$page" .html)
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
    --print-to-pdf="$name.pdf" "file://$PWD/$page" 2>/dev/null
done
/usr/bin/python3 make-reportlab.py
# Two of the dump's real forms printed whole: figures wider than their columns that run into the next cell's,
# and a row cut by a page break below the header printed again (benchmarks/ocr/other-scans.sh prints all).
/usr/bin/python3 make-real-forms.py . --no-truth --fixed-columns real-03-sans real-07-serif
# A file cut off in the middle of its page content, as a failed download leaves it.
head -c 3000 single-form.pdf > broken/truncated.pdf
qpdf --encrypt user owner 256 -- single-form.pdf broken/encrypted.pdf
