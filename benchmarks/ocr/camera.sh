#!/usr/bin/env bash
# Phone captures against flat scans of generated forms of every layout (or those named after the options):
# the generator's camera kind (keystoned, lit from one side, shaken, JPEG quality 60, at 300 and 240 dpi) and
# its scan kind (300 dpi clean TIFFs and degraded image-only PDFs), each read with the CLI and scored per
# layout and resolution, with the processor seconds per page of the camera and flat pages at 300 dpi. One
# OpenMP thread (OMP_THREAD_LIMIT=1), as FormExtract's engines use.
#   benchmarks/ocr/camera.sh [--seed N] [--forms N] [--layout ID ...]
# Needs the packages of scripts/setup.d (Chromium, poppler-utils, ImageMagick, img2pdf, the OCR packages).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
seed=19 forms=2
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift 2 ;;
    --forms) forms=$2; shift 2 ;;
    *) break ;;
  esac
done
export OMP_THREAD_LIMIT=1
work=out/camera
rm -rf "$work" && mkdir -p "$work"
dotnet build "$root/src/FormExtract.Synthetic.Tool" -c Release --verbosity quiet -o "$work/tool" >/dev/null
dotnet "$work/tool/formextract-corpus.dll" generate --output "$work/corpus" --seed "$seed" --forms "$forms" --kind camera scan "$@" >/dev/null
"$root/formextract" --version >/dev/null   # built before the clock starts
# One folder per kind and resolution, each file beside its truth.
for file in "$work"/corpus/camera/* "$work"/corpus/scan/* "$work"/corpus/*/camera/* "$work"/corpus/*/scan/*; do
  case "$file" in *.expected.json|*'*') continue ;; esac
  [ -f "$file" ] || continue
  name=$(basename "$file"); layout=$(basename "$(dirname "$(dirname "$file")")")
  # The national layout's files lie in the kind's folder itself.
  [ "$layout" = corpus ] && layout=project-self-evaluation
  case "$name" in *camera-300*) set=camera-300 ;; *camera-240*) set=camera-240 ;; *-300-*) set=flat-300 ;; *) continue ;; esac
  mkdir -p "$work/$set/$layout"
  cp "$file" "${file%.*}.expected.json" "$work/$set/$layout/"
done
printf '| set | pages | processor s per page | wall s per page |\n|---|---|---|---|\n'
for set in camera-300 camera-240 flat-300; do
  [ -d "$work/$set" ] || continue
  /usr/bin/time -f '%U %S %e' -o "$work/$set.time" "$root/formextract" extract "$work/$set" --out "$work/json-$set" \
    --parallel 1 --extracted-at 2024-01-01T00:00:00Z --quiet >/dev/null 2>"$work/$set.log" || true
  pages=$(python3 -c 'import json,sys,glob; print(sum(json.load(open(p))["source"].get("pages") or 0 for p in glob.glob(sys.argv[1] + "/**/*.json", recursive=True)))' "$work/json-$set")
  read -r user system wall <"$work/$set.time"
  python3 -c 'import sys; u,s,w,p=map(float,sys.argv[1:5]); print(f"| {sys.argv[5]} | {int(p)} | {(u+s)/p:.2f} | {w/p:.2f} |")' "$user" "$system" "$wall" "$pages" "$set"
done
for set in camera-300 camera-240 flat-300; do
  [ -d "$work/$set" ] || continue
  for folder in "$work/$set"/*/; do
    layout=$(basename "$folder")
    echo "== $set $layout"
    dotnet "$work/tool/formextract-corpus.dll" score "$folder" "$work/json-$set/$layout" | sed -n '1p;/^findings/p'
  done
done
