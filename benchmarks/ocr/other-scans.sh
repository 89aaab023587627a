#!/usr/bin/env bash
# Scores the OCR reader on scans not made by the synthetic corpus's generator: the PDF reader's fixtures
# (Chromium and ReportLab, other fonts, separate borders, wrapped figures) rasterised by pdftoppm as 300 dpi
# gray TIFFs and as 200 dpi JPEGs (quality 85, pages stacked into one image), each with its fixture's truth.
# Needs the packages of scripts/setup.d (poppler-utils, imagemagick, the OCR packages).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
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
for dpi in 300 200; do
  echo "== $dpi dpi"
  "$root/formextract" extract "$work/$dpi" --out "$work/json-$dpi" >/dev/null
  dotnet run --project "$root/src/FormExtract.Synthetic.Tool" -- score "$work/$dpi" "$work/json-$dpi"
done
