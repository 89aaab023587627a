#!/usr/bin/env bash
# Scores the OCR reader on scans not made by the synthetic corpus's generator: the PDF reader's fixtures
# (Chromium and ReportLab, other fonts, separate borders, wrapped figures) rasterised by pdftoppm and ImageMagick
# under six conditions, each scan with its fixture's truth:
#   300      300 dpi gray TIFFs (LZW, a page an image)
#   200      200 dpi JPEGs (quality 85, pages stacked into one image)
#   150      150 dpi JPEGs (quality 75, stacked): a low resolution
#   skewed   250 dpi gray TIFFs turned 0.8 degrees, as a page fed askew
#   copied   300 dpi JPEGs blurred and speckled (quality 80, stacked), as a photocopy scanned again
#   fax      200 dpi black-and-white TIFFs (Group 4), thresholded as a fax or a bilevel scanner gives them
# With --confidence, the cell confidence model (models/confidence.zip) is measured on the same scans instead, beside
# Tesseract's own confidence: each scan is read with the recogniser's own confidence ('formextract-corpus confidence
# cells --from'), every cell the truth speaks of is written with its features and whether it was read right, and
# 'confidence evaluate' prints per condition and for all of them the reliability per band, the wrong cells per 1,000
# at 0.99 and above, the share of wrong cells among the lowest-confidence 3%, and the error findings that rest on
# cells read wrong, naming any whose every wrong cell lies at 0.99 or above. Scans are made and, with
# --confidence, read JOBS at a time (default one a processor), each on one thread; without it the CLI reads a
# condition's folder as users run it. CONDITIONS="300 200" limits the run to some of them.
# With --forms real, the scans are of the Shanghai dump's twelve real forms printed whole the fixtures' three
# ways (tests/FormExtract.Pdf.Tests/Fixtures/make-real-forms.py: 36 PDFs) rather than of the fixtures, several
# of which keep a part of a form's indicators under its printed totals and so break four of its sums.
#   benchmarks/ocr/other-scans.sh [--confidence] [--forms fixtures|real]
# Scratch output goes to benchmarks/ocr/out/other-scans or out/real-scans (ignored by git), the reader's log of
# each condition too.
# Needs the packages of scripts/setup.d (poppler-utils, imagemagick, the OCR packages).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
confidence= forms=fixtures
while [ $# -gt 0 ]; do
  case "$1" in
    --confidence) confidence=1 ;;
    --forms) forms=${2:-}; shift ;;
    *) echo "usage: $0 [--confidence] [--forms fixtures|real]" >&2; exit 2 ;;
  esac
  shift
done
fixtures="$root/tests/FormExtract.Pdf.Tests/Fixtures"
work=out/other-scans
case "$forms" in
  fixtures) ;;
  real) work=out/real-scans ;;
  *) echo "usage: $0 [--confidence] [--forms fixtures|real]" >&2; exit 2 ;;
esac
conditions=(${CONDITIONS:-300 200 150 skewed copied fax})
rm -rf "$work"
for condition in "${conditions[@]}"; do mkdir -p "$work/$condition"; done
if [ "$forms" = real ]; then
  /usr/bin/python3 "$fixtures/make-real-forms.py" "$work/forms"
  fixtures="$work/forms"
fi
# One fixture's pages as one condition's scan: pdftoppm's resolution, then ImageMagick's treatment and file.
scan() {
  local condition=$1 name=$2 dir="$work/$1"
  case "$condition" in
    300) pdftoppm -r 300 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -compress lzw "$dir/$name.tif" ;;
    200) pdftoppm -r 200 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -append -quality 85 "$dir/$name.jpg" ;;
    150) pdftoppm -r 150 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -append -quality 75 "$dir/$name.jpg" ;;
    skewed) pdftoppm -r 250 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -background white -rotate 0.8 +repage -compress lzw "$dir/$name.tif" ;;
    copied) pdftoppm -r 300 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -blur 0x0.8 -seed 7 -attenuate 0.5 +noise Gaussian -colorspace Gray -append -quality 80 "$dir/$name.jpg" ;;
    fax) pdftoppm -r 200 -gray -png "$fixtures/$name.pdf" "$dir/$name"
         convert "$dir/$name"-*.png -threshold 55% -monochrome -compress group4 "$dir/$name.tif" ;;
    *) echo "unknown condition: $condition" >&2; exit 2 ;;
  esac
  rm "$dir/$name"-*.png
  local file="$name.jpg"
  [ -f "$dir/$name.tif" ] && file="$name.tif"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["source"]["path"]=sys.argv[2]; json.dump(d,open(sys.argv[3],"w"),ensure_ascii=False)' \
    "$fixtures/$name.expected.json" "$file" "$dir/$name.expected.json"
}
parallel=${JOBS:-$(nproc)}
# Runs a command in the background once fewer than $parallel are running; 'finish' waits for the rest. A command
# that fails stops the script (set -e) when it is waited for.
limited() {
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
  "$@" &
}
finish() {
  local pid
  for pid in $(jobs -p); do wait "$pid"; done
}
for truth in "$fixtures"/*.expected.json; do
  name=$(basename "$truth" .expected.json)
  [ -f "$fixtures/$name.pdf" ] || continue
  # The real forms among the PDF fixtures are two of the 36 that --forms real scans.
  [ "$forms" = real ] || [[ "$name" != real-* ]] || continue
  for condition in "${conditions[@]}"; do limited scan "$condition" "$name"; done
done
finish
if [ -n "$confidence" ]; then
  export OMP_THREAD_LIMIT=1
  dotnet build "$root/src/FormExtract.Synthetic.Tool" -c Release --verbosity quiet -o "$work/tool" >/dev/null
  tool() { dotnet "$work/tool/formextract-corpus.dll" confidence "$@"; }
  for condition in "${conditions[@]}"; do
    limited tool cells --from "$work/$condition" --out "$work/cells-$condition.tsv" --documents "$work/documents/$condition"
  done
  finish
  cells=() documents=()
  for condition in "${conditions[@]}"; do
    echo "== $condition"
    tool evaluate --cells "$work/cells-$condition.tsv" --documents "$work/documents/$condition" --model "$root/models/confidence.zip"
    cells+=("$work/cells-$condition.tsv") documents+=("$work/documents/$condition")
  done
  echo "== all: ${conditions[*]}"
  tool evaluate --cells "${cells[@]}" --documents "${documents[@]}" --model "$root/models/confidence.zip"
  exit 0
fi
for condition in "${conditions[@]}"; do
  echo "== $condition"
  # Exit code 1 is a file with no form in it (the borderless fixture once scanned): the others are written.
  status=0
  "$root/formextract" extract "$work/$condition" --out "$work/json-$condition" >/dev/null 2>"$work/log-$condition.txt" || status=$?
  [ "$status" -le 1 ] || { cat "$work/log-$condition.txt" >&2; exit "$status"; }
  dotnet run --project "$root/src/FormExtract.Synthetic.Tool" -- score "$work/$condition" "$work/json-$condition"
done
