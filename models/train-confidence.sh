#!/usr/bin/env bash
# Trains the cell confidence model (models/confidence.zip) and prints its reliability on held-out forms beside
# that of Tesseract's own confidence. Forms of every layout are generated as scans (clean and degraded, 200 and
# 300 dpi) and phone captures, read with the recogniser's own confidence, and each recognised cell is written
# with its features and whether its value is right; the model is trained on the training seed's cells and
# evaluated on the held-out seed's. Generation and OCR take most of the time; the training itself a minute.
#   models/train-confidence.sh [--train-seed N] [--held-seed N] [--forms N] [--cells FILE ...] [--held-cells FILE]
# With --cells (--held-cells), the model is trained (evaluated) on those cells files, written by
# 'formextract-corpus confidence cells', instead of cells of newly generated forms.
# Needs the packages of scripts/setup.d (the OCR packages, Chromium, poppler-utils, ImageMagick, img2pdf).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
train_seed=201 held_seed=301 forms=3 cells=() held=
while [ $# -gt 0 ]; do
  case "$1" in
    --train-seed) train_seed=$2; shift 2 ;;
    --held-seed) held_seed=$2; shift 2 ;;
    --forms) forms=$2; shift 2 ;;
    --held-cells) held=$2; shift 2 ;;
    --cells) shift; while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do cells+=("$1"); shift; done ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export OMP_THREAD_LIMIT=1
work="$root/corpus/generated/confidence"
mkdir -p "$work"
dotnet build "$root/src/FormExtract.Synthetic.Tool" -c Release --verbosity quiet -o "$work/tool" >/dev/null
tool() { dotnet "$work/tool/formextract-corpus.dll" confidence "$@"; }
if [ ${#cells[@]} -eq 0 ]; then
  tool cells --work "$work/train" --seed "$train_seed" --forms "$forms" --out "$work/train.tsv"
  cells=("$work/train.tsv")
fi
if [ -z "$held" ]; then
  tool cells --work "$work/held" --seed "$held_seed" --forms 2 --out "$work/held.tsv"
  held="$work/held.tsv"
fi
start=$(date +%s)
tool train --cells "${cells[@]}" --out "$root/models/confidence.zip"
echo "trained in $(( $(date +%s) - start )) s"
tool evaluate --cells "$held" --model "$root/models/confidence.zip"
