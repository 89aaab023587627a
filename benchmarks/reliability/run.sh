#!/usr/bin/env bash
# Reliability benchmark: the figures the README quotes for bounds and interruptions.
#  1. The hostile set at full size and default limits (a 1 GiB PDF bomb, a 100-inch page, 1,200 PDF pages,
#     250 TIFF pages, a TIFF page claiming 30000², 200 MB of text, 300 MB past the file bound, HTML nested
#     100,000 deep, damaged and mixed inputs, FIFOs, /dev/zero, link loops) beside good files: each case run
#     alone (time, peak memory), then all in one batch.
#  2. Kill -9 and SIGTERM at random points of a 500-file run, ten times for --out and ten for --jsonl, then
#     --resume: every form must be present exactly once and every file valid JSON.
# The test suite runs a small version of both (tests/FormExtract.Cli.Tests: ReliabilitySuiteTests,
# InterruptionTests). Pass --quick for 100 files and 3 kills per kind.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
files=500 rounds=10
if [ "${1:-}" = "--quick" ]; then files=100 rounds=3; fi
work="$(mktemp -d)"
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
dotnet build benchmarks/FormExtract.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
make="dotnet benchmarks/FormExtract.Benchmarks/bin/Release/net10.0/FormExtract.Benchmarks.dll"
./formextract --help > /dev/null   # builds the CLI once

echo "== 1. hostile inputs at default limits, each alone: exit, seconds, peak resident MB, what was said"
hostile="$work/hostile"
$make hostile "$hostile"
truncate -s 300M "$hostile/past-file-bound.txt"
mkfifo "$hostile/pipe.txt"
ln -s /dev/zero "$hostile/zero.txt"
mkdir -p "$hostile/nested" && cp "$hostile/good.txt" "$hostile/nested/" && ln -s .. "$hostile/nested/loop"
printf '%-22s %4s %8s %8s  %s\n' case exit seconds peak-MB reason
for file in "$hostile"/*; do
  name="$(basename "$file")"
  [ -d "$file" ] && continue
  out="$work/alone-$name"
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" ./formextract extract "$file" --out "$out" --quiet 2> "$work/log"
  code=$?
  set -e
  read -r seconds kb < <(tail -1 "$work/time")
  reason="$({ grep -E 'ERR|WRN' "$work/log" || true; } | { grep -v ' Failed: ' || true; } | head -1 | cut -d' ' -f3- | sed "s|$hostile/||g" | cut -c1-110)"
  printf '%-22s %4s %8s %8s  %s\n' "$name" "$code" "$seconds" "$((kb / 1024))" "$reason"
done

echo
echo "== 1b. the whole hostile set in one batch (--parallel 2)"
set +e
/usr/bin/time -f '%e %M' -o "$work/time" ./formextract extract "$hostile" --out "$work/batch" --parallel 2 --quiet 2> "$work/log"
code=$?
set -e
read -r seconds kb < <(tail -1 "$work/time")
echo "exit $code, $seconds s, peak $((kb / 1024)) MB resident; $(grep -c ' Failed: ' "$work/log") files failed, $(grep -c 'skipped' "$work/log") skipped; stack traces: $(grep -cE '^\s+at ' "$work/log" || true)"

echo
echo "== 2. kill -9 or SIGTERM at a random point of a $files-file run, then --resume; $rounds times each for --out and --jsonl"
many="$work/many"
$make copies "$many" "$files"
start=$(date +%s.%N)
./formextract extract "$many" --out "$work/clean" --quiet 2> /dev/null
full=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
echo "an uninterrupted run takes ${full} s; each signal is sent at a random point of that time"
for kind in out jsonl; do
  killed=0 termed=0 finished=0
  for round in $(seq "$rounds"); do
    target="$work/kill-$kind-$round"
    [ "$kind" = jsonl ] && target="$target.jsonl"
    ./formextract extract "$many" "--$kind" "$target" --quiet 2> /dev/null &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0.3, $full), 2))")"
    if [ $((round % 2)) -eq 1 ]; then signal=KILL; else signal=TERM; fi
    kill -s "$signal" "$pid" 2> /dev/null || true
    set +e; wait "$pid" 2> /dev/null; code=$?; set -e
    case $code in 137) killed=$((killed + 1));; 143) termed=$((termed + 1));; *) finished=$((finished + 1));; esac
    ./formextract extract "$many" "--$kind" "$target" --resume --quiet 2> /dev/null
    python3 - "$kind" "$target" "$files" <<'PY'
import json, os, sys
kind, target, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
forms = []
if kind == "out":
    names = [n for n in os.listdir(target) if n.endswith(".json")]
    assert len(names) == files, f"{len(names)} documents for {files} files"
    for name in names:
        doc = json.load(open(os.path.join(target, name), encoding="utf-8"))
        forms += [(doc["source"]["path"], f["formIndex"]) for f in doc["forms"]]
    leftovers = os.listdir(os.path.join(target, ".formextract-tmp"))
    assert not leftovers, f"temporary files left: {leftovers}"
else:
    with open(target, encoding="utf-8") as lines:
        for line in lines:
            form = json.loads(line)
            forms.append((form["source"]["path"], form["formIndex"]))
assert len(forms) == len(set(forms)), "a form is present twice"
assert len(forms) == files * 12, f"{len(forms)} forms for {files * 12}"
PY
  done
  echo "--$kind: after each of $rounds interruptions ($killed by kill -9, $termed by SIGTERM, $finished finished first) and --resume: every file valid JSON, $((files * 12)) forms, each exactly once"
done
