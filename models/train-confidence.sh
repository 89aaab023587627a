#!/usr/bin/env bash
# Trains the cell confidence model (models/confidence.zip) and prints its reliability on held-out forms, for cells
# read by OCR (beside Tesseract's own confidence) and printed cells apart. Forms of every layout are generated as
# scans (clean and degraded, 200 and 300 dpi) and phone captures, read with the recogniser's own confidence; national
# forms are printed in every text shape, and forms of every layout as text and HTML files. Each cell is written with
# its features and whether its value is right; the model is trained on the training seed's cells and evaluated on
# the held-out seed's. Generation and OCR take most of the time; the training itself seconds.
#   models/train-confidence.sh [--train-seed N ...] [--held-seed N] [--forms N] [--text-forms N]
#                              [--keep-recognised | --keep-printed] [--cells FILE ...] [--held-cells FILE ...]
# With --cells (--held-cells), the model is trained (evaluated) on those cells files, written by
# 'formextract-corpus confidence cells', instead of cells of newly generated forms (files of the first version,
# 19 features, still load). With --keep-recognised, cells read by OCR keep the model that scores them in the
# current models/confidence.zip (its recognised part), no scans are generated for training, and only a model of
# the printed cells is trained beside it: a two-part model (see confidence.md). With --keep-printed, the printed part
# of the current file is kept, no text forms are generated for training, and only the part that scores cells read by
# OCR is trained, on the scans of every training seed given (--train-seed may be repeated).
# Needs the packages of scripts/setup.d (the OCR packages, Chromium, poppler-utils, ImageMagick, img2pdf).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
train_seeds=() held_seed=301 forms=3 text_forms=30 keep= cells=() held=()
while [ $# -gt 0 ]; do
  case "$1" in
    --train-seed) train_seeds+=("$2"); shift 2 ;;
    --held-seed) held_seed=$2; shift 2 ;;
    --forms) forms=$2; shift 2 ;;
    --text-forms) text_forms=$2; shift 2 ;;
    --keep-recognised) keep=recognised; shift ;;
    --keep-printed) keep=printed; shift ;;
    --held-cells) shift; while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do held+=("$1"); shift; done ;;
    --cells) shift; while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do cells+=("$1"); shift; done ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export OMP_THREAD_LIMIT=1
work="$root/corpus/generated/confidence"
mkdir -p "$work"
dotnet build "$root/src/FormExtract.Synthetic.Tool" -c Release --verbosity quiet -o "$work/tool" >/dev/null
tool() { dotnet "$work/tool/formextract-corpus.dll" confidence "$@"; }
[ ${#train_seeds[@]} -gt 0 ] || train_seeds=(201)
if [ ${#cells[@]} -eq 0 ]; then
  for seed in "${train_seeds[@]}"; do
    if [ "$keep" != recognised ]; then
      tool cells --work "$work/train-$seed" --seed "$seed" --forms "$forms" --out "$work/train-$seed.tsv"
      cells+=("$work/train-$seed.tsv")
    fi
    if [ "$keep" != printed ]; then
      tool cells --work "$work/train-text-$seed" --seed "$seed" --forms "$text_forms" --shape all --out "$work/train-shapes-$seed.tsv"
      tool cells --work "$work/train-files-$seed" --seed "$seed" --forms 8 --kind text html --out "$work/train-files-$seed.tsv"
      cells+=("$work/train-shapes-$seed.tsv" "$work/train-files-$seed.tsv")
    fi
  done
fi
if [ ${#held[@]} -eq 0 ]; then
  tool cells --work "$work/held" --seed "$held_seed" --forms 2 --out "$work/held.tsv"
  tool cells --work "$work/held-text" --seed "$held_seed" --forms "$text_forms" --shape all --out "$work/held-shapes.tsv"
  held=("$work/held.tsv" "$work/held-shapes.tsv")
fi
start=$(date +%s)
# The part kept is taken out of the current file; a file that is one model is kept whole for the cells it scores.
part() {
  if unzip -l "$root/models/confidence.zip" "$1.zip" >/dev/null 2>&1; then
    unzip -p "$root/models/confidence.zip" "$1.zip" > "$work/$1.zip"
  else
    cp "$root/models/confidence.zip" "$work/$1.zip"
  fi
}
case "$keep" in
  recognised) part recognised; tool train --cells "${cells[@]}" --recognised-model "$work/recognised.zip" --out "$root/models/confidence.zip" ;;
  printed) part printed; tool train --cells "${cells[@]}" --printed-model "$work/printed.zip" --out "$root/models/confidence.zip" ;;
  *) tool train --cells "${cells[@]}" --out "$root/models/confidence.zip" ;;
esac
echo "trained in $(( $(date +%s) - start )) s"
tool evaluate --cells "${held[@]}" --model "$root/models/confidence.zip"
