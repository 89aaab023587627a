#!/usr/bin/env bash
# Pages per second and peak memory of FormExtract's full PDF extraction (read, assemble, validate, JSON)
# beside pdfminer's plain text extraction (Debian python3-pdfminer, pdf2txt) of the same PDFs, each run as
# one process over the whole set. The set is made in an ignored folder: each test fixture repeated COPIES
# times (default 10) inside one file with qpdf, the way an archive holds a department's forms (one PDF of
# many pages, fonts embedded once). FormExtract runs on one thread (the figure compared with pdfminer,
# which has one) and with WORKERS documents at a time (default: the number of cores). Each side runs
# ROUNDS times (default 3), alternating, and its fastest round counts: on a shared machine the fastest
# round is the one least slowed by other work.
# Needs python3-pdfminer, qpdf and GNU time (scripts/setup.d/30-pdf.sh).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
copies=${COPIES:-10}
workers=${WORKERS:-$(nproc)}
work=out
rm -rf "$work" && mkdir -p "$work/pdfs"
for pdf in "$root"/tests/FormExtract.Pdf.Tests/Fixtures/*.pdf; do
  repeated=()
  for _ in $(seq 1 "$copies"); do repeated+=("$pdf"); done
  qpdf --empty --pages "${repeated[@]}" -- "$work/pdfs/$(basename "$pdf" .pdf)-x$copies.pdf"
done
pdf2txt=$(command -v pdf2txt || command -v pdf2txt.py)

dotnet build FormExtract.Pdf.Benchmark -c Release --verbosity quiet -o "$work/bin" >/dev/null
bench() { dotnet "$work/bin/FormExtract.Pdf.Benchmark.dll" "$work/pdfs" "$@"; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench 1 >/dev/null # warm-up: the measured runs do not include the first disk reads of the binaries

rounds=${ROUNDS:-3}
timed() { # name, command...: keeps GNU time's report and the output of the fastest round as name.time/.out
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.try" "$@" > "$work/$name.tryout"
  if [ ! -e "$work/$name.time" ] || awk -v a="$(seconds "$work/$name.try")" -v b="$(seconds "$work/$name.time")" 'BEGIN { exit !(a < b) }'; then
    mv "$work/$name.try" "$work/$name.time"; mv "$work/$name.tryout" "$work/$name.out"
  fi
}
seconds() { # wall clock from GNU time's "h:mm:ss" or "m:ss.ss"
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
for _ in $(seq 1 "$rounds"); do
  timed formextract bash -c "$(declare -f bench); work=$work; bench 1"
  timed formextract-parallel bash -c "$(declare -f bench); work=$work; bench $workers"
  timed pdfminer "$pdf2txt" -o "$work/pdfminer.txt" "$work"/pdfs/*.pdf
done

peak_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

pages=$(sed -E 's/.*pages=([0-9]+).*/\1/' "$work/formextract.out")
files=$(find "$work/pdfs" -name '*.pdf' | wc -l)
fx=$(seconds "$work/formextract.time")
fxp=$(seconds "$work/formextract-parallel.time")
pm=$(seconds "$work/pdfminer.time")
echo "load average before the runs: $load on $(nproc) cores (other work on the machine slows both sides)"
printf 'pages: %d in %d files\n' "$pages" "$files"
awk -v p="$pages" -v s="$fx" -v m="$(peak_mb "$work/formextract.time")" \
  'BEGIN { printf "FormExtract full extraction, 1 thread:       %6.1f pages/s  (%.2f s wall incl. start-up, peak %d MB)\n", p / s, s, m }'
awk -v p="$pages" -v s="$fxp" -v m="$(peak_mb "$work/formextract-parallel.time")" -v w="$workers" \
  'BEGIN { printf "FormExtract full extraction, %d documents at a time: %6.1f pages/s  (%.2f s wall, peak %d MB)\n", w, p / s, s, m }'
awk -v p="$pages" -v s="$pm" -v m="$(peak_mb "$work/pdfminer.time")" \
  'BEGIN { printf "pdfminer pdf2txt, text only:                 %6.1f pages/s  (%.2f s wall, peak %d MB)\n", p / s, s, m }'
awk -v a="$fx" -v b="$fxp" -v c="$pm" \
  'BEGIN { printf "ratio per page, FormExtract / pdfminer: %.1fx on 1 thread, %.1fx with parallel documents\n", c / a, c / b }'
echo "in-process timings: $(cat "$work/formextract.out") | $(cat "$work/formextract-parallel.out")"
