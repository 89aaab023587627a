#!/usr/bin/env bash
# Pages per second, processor time and peak memory of FormExtract's full PDF extraction (read, assemble,
# validate, JSON files written) beside pdfminer's plain text extraction (Debian python3-pdfminer, pdf2txt) of
# the same PDFs. Both run as a user runs them: FormExtract through the ./formextract wrapper
# (`extract <folder> --out <folder>`, one file at a time, then WORKERS files at a time), pdfminer as one
# pdf2txt process over all the files. The set is made in an ignored folder: each test fixture repeated
# COPIES times (default 20) inside one file with qpdf, the way an archive holds a department's forms (one PDF
# of many pages, fonts embedded once).
# Each side runs ROUNDS times (default 3), alternating; for each side the fastest round by wall clock and the
# least processor time (user + system, over all its threads) are reported. On a machine shared with other
# work, wall clock depends on the load; processor time much less, so the ratio is given for both.
# Needs python3-pdfminer, qpdf and GNU time (scripts/setup.d/30-pdf.sh).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
copies=${COPIES:-20}
workers=${WORKERS:-$(nproc)}
rounds=${ROUNDS:-3}
work=out
rm -rf "$work" && mkdir -p "$work/pdfs"
for pdf in "$root"/tests/FormExtract.Pdf.Tests/Fixtures/*.pdf; do
  repeated=()
  for _ in $(seq 1 "$copies"); do repeated+=("$pdf"); done
  qpdf --empty --pages "${repeated[@]}" -- "$work/pdfs/$(basename "$pdf" .pdf)-x$copies.pdf"
done
pdf2txt=$(command -v pdf2txt || command -v pdf2txt.py)
pages=0
for pdf in "$work"/pdfs/*.pdf; do pages=$((pages + $(qpdf --show-npages "$pdf"))); done
files=$(find "$work/pdfs" -name '*.pdf' | wc -l)

formextract() { # workers: the CLI over the whole set, documents written to a fresh folder
  rm -rf "$work/json" && "$root/formextract" extract "$work/pdfs" --out "$work/json" --parallel "$1" --quiet 2>/dev/null
}
load=$(cut -d' ' -f1-3 /proc/loadavg)
formextract 1 >/dev/null # builds the CLI if needed; the measured runs do not include the first disk reads

timed() { # name, command...: GNU time's wall, user, system seconds and peak KB, one line per round
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -a -o "$work/$name.rounds" "$@" > /dev/null
}
for _ in $(seq 1 "$rounds"); do
  timed formextract bash -c "$(declare -f formextract); root=$root; work=$work; formextract 1"
  timed formextract-parallel bash -c "$(declare -f formextract); root=$root; work=$work; formextract $workers"
  timed pdfminer "$pdf2txt" -o "$work/pdfminer.txt" "$work"/pdfs/*.pdf
done
forms=$(cat "$work"/json/*.json | grep -c '"template"' || true)

best() { # name: "wall cpu peakMB" of the fastest round by wall, the least cpu and the highest peak over rounds
  awk '{ w = $1; c = $2 + $3; if (NR == 1 || w < bw) bw = w; if (NR == 1 || c < bc) bc = c; if ($4 > m) m = $4 }
       END { printf "%.2f %.2f %.0f", bw, bc, m / 1024 }' "$work/$1.rounds"
}
report() { # label, name
  read -r wall cpu mb <<< "$(best "$2")"
  awk -v l="$1" -v p="$pages" -v w="$wall" -v c="$cpu" -v m="$mb" \
    'BEGIN { printf "%-44s %6.1f pages/s wall (%5.2f s), %6.1f pages per CPU second (%5.2f s), peak %d MB\n", l, p / w, w, p / c, c, m }'
}
echo "load average before the runs: $load on $(nproc) cores (other work on the machine slows both sides)"
echo "pages: $pages in $files files ($forms forms); $rounds rounds each, best round"
report "FormExtract CLI, 1 file at a time:" formextract
report "FormExtract CLI, $workers files at a time:" formextract-parallel
report "pdfminer pdf2txt, text only:" pdfminer
read -r fw fc _ <<< "$(best formextract)"
read -r pw pc _ <<< "$(best formextract-parallel)"
read -r mw mc _ <<< "$(best pdfminer)"
awk -v fw="$fw" -v fc="$fc" -v pw="$pw" -v mw="$mw" -v mc="$mc" -v n="$workers" \
  'BEGIN { printf "ratio per page, FormExtract / pdfminer: %.1fx by CPU time, %.1fx by wall clock (1 file at a time), %.1fx by wall clock (%d at a time)\n", mc / fc, mw / fw, mw / pw, n }'
for name in formextract formextract-parallel pdfminer; do
  echo "rounds of $name (wall s, user s, system s, peak KB): $(paste -sd'|' "$work/$name.rounds")"
done
