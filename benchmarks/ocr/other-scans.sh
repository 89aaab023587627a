#!/usr/bin/env bash
# Scores the OCR reader on scans not made by the synthetic corpus's generator: the PDF reader's fixtures
# (Chromium and ReportLab, other fonts, separate borders, wrapped figures) rasterised by pdftoppm as 300 dpi
# gray TIFFs and as 200 dpi JPEGs (quality 85, pages stacked into one image), each with its fixture's truth.
# With --confidence, the cell confidence model (models/confidence.zip) is measured on the same scans instead, beside
# Tesseract's own confidence: each scan is read with the recogniser's own confidence ('formextract-corpus confidence
# cells --from'), every cell the truth speaks of is written with its features and whether it was read right, and
# 'confidence evaluate' prints per resolution and for both the reliability per band, the wrong cells per 1,000 at
# 0.99 and above, the share of wrong cells among the lowest-confidence 3%, and the error findings that rest on cells
# read wrong, naming any whose every wrong cell lies at 0.99 or above. Scans are read one at a time, on one thread.
#   benchmarks/ocr/other-scans.sh [--confidence]
# Scratch output goes to benchmarks/ocr/out/other-scans (ignored by git), the reader's log of each resolution too.
# Needs the packages of scripts/setup.d (poppler-utils, imagemagick, the OCR packages).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
confidence=
case "${1:-}" in
  --confidence) confidence=1 ;;
  "") ;;
  *) echo "usage: $0 [--confidence]" >&2; exit 2 ;;
esac
fixtures="$root/tests/FormExtract.Pdf.Tests/Fixtures"
work=out/other-scans
rm -rf "$work" && mkdir -p "$work/300" "$work/200"
for truth in "$fixtures"/*.expected.json; do
  name=$(basename "$truth" .expected.json)
  [ -f "$fixtures/$name.pdf" ] || continue
  pdftoppm -r 300 -gray -png "$fixtures/$name.pdf" "$work/300/$name"
  convert "$work/300/$name"-*.png -compress lzw "$work/300/$name.tif"
  pdftoppm -r 200 -gray -png "$fixtures/$name.pdf" "$work/200/$name"
  convert "$work/200/$name"-*.png -append -quality 85 "$work/200/$name.jpg"
  rm "$work/300/$name"-*.png "$work/200/$name"-*.png
  for dpi in 300 200; do
    ext=$([ "$dpi" = 300 ] && echo tif || echo jpg)
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["source"]["path"]=sys.argv[2]; json.dump(d,open(sys.argv[3],"w"),ensure_ascii=False)' \
      "$truth" "$name.$ext" "$work/$dpi/$name.expected.json"
  done
done
if [ -n "$confidence" ]; then
  export OMP_THREAD_LIMIT=1
  dotnet build "$root/src/FormExtract.Synthetic.Tool" -c Release --verbosity quiet -o "$work/tool" >/dev/null
  tool() { dotnet "$work/tool/formextract-corpus.dll" confidence "$@"; }
  for dpi in 300 200; do
    tool cells --from "$work/$dpi" --out "$work/cells-$dpi.tsv" --documents "$work/documents/$dpi"
  done
  for dpi in 300 200; do
    echo "== $dpi dpi"
    tool evaluate --cells "$work/cells-$dpi.tsv" --documents "$work/documents/$dpi" --model "$root/models/confidence.zip"
  done
  echo "== 300 and 200 dpi"
  tool evaluate --cells "$work"/cells-{300,200}.tsv --documents "$work"/documents/{300,200} --model "$root/models/confidence.zip"
  exit 0
fi
for dpi in 300 200; do
  echo "== $dpi dpi"
  # Exit code 1 is a file with no form in it (the borderless fixture once scanned): the others are written.
  status=0
  "$root/formextract" extract "$work/$dpi" --out "$work/json-$dpi" >/dev/null 2>"$work/log-$dpi.txt" || status=$?
  [ "$status" -le 1 ] || { cat "$work/log-$dpi.txt" >&2; exit "$status"; }
  dotnet run --project "$root/src/FormExtract.Synthetic.Tool" -- score "$work/$dpi" "$work/json-$dpi"
done
