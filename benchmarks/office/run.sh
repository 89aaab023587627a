#!/usr/bin/env bash
# Office benchmark: forms per second read from DOCX and XLSX against the same forms read from HTML, in process
# (alternating rounds, processor time) and through the CLI (whole runs, user + system time); then the bounded
# cases: a workbook with a million empty rows, and a legacy DOC converted by LibreOffice.
#   benchmarks/office/run.sh [FORMS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
forms="${1:-400}"
rounds="${2:-5}"
dotnet build benchmarks/office/FormExtract.Office.Benchmark -c Release --nologo -v quiet -clp:ErrorsOnly
bench="dotnet benchmarks/office/FormExtract.Office.Benchmark/bin/Release/net10.0/FormExtract.Office.Benchmark.dll"
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"
export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
work="$(mktemp -d /tmp/formextract-office-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "== in process"
$bench throughput "$forms" "$rounds"

echo "== through the CLI (./formextract extract FOLDER --out), user + system time"
$bench files "$work/in" "$forms"
./formextract --version >/dev/null
for kind in html docx xlsx; do
  count=$(ls "$work/in/$kind" | wc -l)
  /usr/bin/time -f "%U %S %e %M" -o "$work/time" ./formextract extract "$work/in/$kind" --out "$work/out-$kind" --quiet --parallel 1 2>/dev/null || true
  read -r user system wall peak < <(tail -1 "$work/time")
  read_forms=$(cat "$work/out-$kind"/*.json | grep -c '"formIndex"' || true)
  awk -v k="$kind" -v f="$read_forms" -v n="$count" -v u="$user" -v s="$system" -v w="$wall" -v m="$peak" \
    'BEGIN { printf "  %-5s %d files, %d forms: %.0f forms per CPU second, %.0f per wall second, peak %d MB\n", k, n, f, f / (u + s), f / w, m / 1024 }'
done

echo "== a workbook of a million empty rows after one cell"
$bench large "$work/empty-rows.xlsx" 1000000
ls -l "$work/empty-rows.xlsx" | awk '{ printf "  %.1f MB compressed\n", $5 / 1048576 }'
/usr/bin/time -f "%U %S %e %M" -o "$work/time" ./formextract extract "$work/empty-rows.xlsx" --out "$work/out-large" --quiet 2>/dev/null || true
read -r user system wall peak < <(tail -1 "$work/time")
echo "  read in ${wall} s wall (${user} s user, ${system} s system), peak $((peak / 1024)) MB (it holds no form: no-forms, as expected)"

echo "== a legacy DOC (LibreOffice converts it before it is read)"
first=$(ls "$work/in/docx" | head -1)
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to doc --outdir "$work/doc" "$work/in/docx/$first" >/dev/null 2>&1
/usr/bin/time -f "%U %S %e %M" -o "$work/time" ./formextract extract "$work/doc" --out "$work/out-doc" --quiet 2>/dev/null || true
read -r user system wall peak < <(tail -1 "$work/time")
echo "  one DOC of 2 forms: ${wall} s wall, ${user} s user + ${system} s system with LibreOffice's, peak $((peak / 1024)) MB"
uptime
