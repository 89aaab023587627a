#!/usr/bin/env bash
# Regenerates the aligned-column fixtures from synthetic forms, through the real tools that print tables that way:
# w3m -dump (plain, and with the table's border attribute set, which w3m draws with box-drawing characters),
# lynx -dump and pdftotext -layout (poppler). Each NAME.txt gets the generator's truth as NAME.truth.json.
# The golden documents (NAME.expected.json) are then written by the golden test as NAME.received.json, to be
# reviewed against the truth (AlignedFixtureAccuracyTests scores them) and copied over.
# Needs w3m, lynx, poppler-utils and Chromium (scripts/setup.sh test).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet run --project "$repo/src/FormExtract.Synthetic.Tool" -c Release -- generate -o "$work" --seed 12 -n 4 -k html pdf >/dev/null

rm -f "$here"/*.txt "$here"/*.truth.json
dump() { # name tool input-html-or-pdf truth
  local name=$1 tool=$2 input=$3 truth=$4
  case "$tool" in
    w3m) w3m -dump -T text/html -cols 120 -O UTF-8 "$input" > "$here/$name.txt" ;;
    lynx) lynx -dump -display_charset=utf-8 -width=120 -nolist "$input" > "$here/$name.txt" ;;
    pdftotext) pdftotext -layout -enc UTF-8 "$input" "$here/$name.txt" ;;
  esac
  # The truth names the file it describes.
  sed "s|\"path\": \"[^\"]*\"|\"path\": \"$name.txt\"|" "$truth" > "$here/$name.truth.json"
}

first_html=$(ls "$work"/html/*.html | head -1)
second_html=$(ls "$work"/html/*.html | sed -n 2p)
first_pdf=$(ls "$work"/pdf/*.pdf | head -1)
truth() { echo "${1%.*}.expected.json"; }

dump w3m-plain w3m "$first_html" "$(truth "$first_html")"
sed 's/<table/<table border="1"/' "$second_html" > "$work/bordered.html"
dump w3m-bordered w3m "$work/bordered.html" "$(truth "$second_html")"
dump lynx-plain lynx "$first_html" "$(truth "$first_html")"
dump pdftotext-layout pdftotext "$first_pdf" "$(truth "$first_pdf")"
ls -l "$here"
