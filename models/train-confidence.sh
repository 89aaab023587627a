#!/usr/bin/env bash
# Trains the cell confidence model (models/confidence.zip) and prints its reliability on held-out forms, for cells
# read by OCR (beside Tesseract's own confidence) and printed cells apart, and the error findings that rest on cells
# read wrong. Forms of every layout are generated as
# scans (clean and degraded, 200 and 300 dpi) and phone captures, read with the recogniser's own confidence; national
# forms are printed in every text shape, and forms of every layout as text and HTML files. Each cell is written with
# its features and whether its value is right; the model is trained on the training seed's cells and evaluated on
# the held-out seeds'. Generation and OCR take most of the time; the training itself seconds.
#   models/train-confidence.sh [--train-seed N[:FACE][+B][@varied][/split] ...] [--held-seed N[:FACE][+B][@varied][/split] ...] [--forms N] [--text-forms N] [--jobs N] [--resume]
#                              [--reread] [--keep-recognised | --keep-printed | --keep-parts] [--cells FILE ...] [--held-cells FILE ...]
#                              [--coarse-seed N[:FORMS] ...] [--held-coarse-seed N[:FORMS] ...] [--evaluate]
# Scans and phone captures are printed in Noto Serif; N:FACE prints a seed's in another of HtmlStyle.Faces (sans,
# microhei), its cells files named N-FACE; N+B breaks up to B rules on each broken form (its own and sums beside it,
# as real forms whose weights do not add up do; 'confidence cells --breaks'), its files named N-bB; N@varied writes
# the goal texts as forms across the provinces do, one sentence, no figure or many parts ('--goals varied'), its
# files named N-varied; N/split lets the scans' table rows break across a page ('--split-rows'), its files named
# N-split (after the rest: N:sans@varied/split is N-sans-varied-split). Each held-out
# seed (--held-seed may be repeated; 301 if none is given) gives scans and phone captures of every layout, two forms
# each; the first also gives national forms in every text shape and forms of every layout as text and HTML files
# (four a layout). With --evaluate, nothing is trained: the current models/confidence.zip is evaluated on the
# held-out seeds.
# With --cells (--held-cells), the model is trained (evaluated) on those cells files, written by 'formextract-corpus
# confidence cells', instead of cells of newly generated forms (files of the first version, 19 features, still load).
# With --keep-recognised, cells read by OCR keep the model that scores them in the current models/confidence.zip (its
# recognised part), no scans are generated for training, and only a model of the printed cells is trained beside it: a
# two-part model (see confidence.md). With --keep-printed, the printed part of the current file is kept, no text forms
# are generated for training, and only the part that scores cells read by OCR is trained, on the scans of every
# training seed given (--train-seed may be repeated). With --keep-parts, every part of the current file is kept and
# only the ceilings of the disputed measures and the contested indicator figures are measured, on those seeds' scans
# (a two-part file gets them whenever the part of cells read by OCR is trained; see confidence.md). With --coarse-seed
# (which may be repeated), only the part that scores cells read from coarse pages (150 dpi, or black and white; see
# confidence.md) is trained, on those seeds' coarse scans (every layout, four forms each, one in each coarse style;
# N:12 gives twelve, the four styles in each of the three coarse faces), and the file's other parts are kept. Each
# --held-coarse-seed gives coarse scans of every layout, four forms each (or FORMS), evaluated apart from the other
# held-out scans (301 is the default held-out seed only when neither is given).
# A coarse part the current file has is kept when another part is trained.
# Seeds are generated and read --jobs at a time (default: one a processor; each reading is single-threaded, and a
# seed's cells do not depend on what else runs). A cells file is written under a temporary name and renamed when its
# seed is read to the end, so a run stopped part way leaves only finished files; --resume keeps those and reads only
# the seeds still missing (without it every seed is read again, since the files may predate a change to the readers).
# Generating the forms takes most of a seed's time, and they do not change with the readers or the features: with
# --reread, a seed whose forms were generated before (a finished folder under corpus/generated/confidence) is read
# from them, not generated again. The cells are the same either way (the files are read in the same order).
# Needs the packages of scripts/setup.d (the OCR packages, Chromium, poppler-utils, ImageMagick, img2pdf).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
train_seeds=() held_seeds=() coarse_seeds=() held_coarse=() evaluate= forms=3 text_forms=30 keep= cells=() held=() jobs=$(nproc) resume= reread=
while [ $# -gt 0 ]; do
  case "$1" in
    --train-seed) train_seeds+=("$2"); shift 2 ;;
    --held-seed) held_seeds+=("$2"); shift 2 ;;
    --coarse-seed) coarse_seeds+=("$2"); shift 2 ;;
    --held-coarse-seed) held_coarse+=("$2"); shift 2 ;;
    --evaluate) evaluate=1; shift ;;
    --forms) forms=$2; shift 2 ;;
    --text-forms) text_forms=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --resume) resume=1; shift ;;
    --reread) reread=1; shift ;;
    --keep-recognised) keep=recognised; shift ;;
    --keep-printed) keep=printed; shift ;;
    --keep-parts) keep=parts; shift ;;
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
[ ${#held_seeds[@]} -gt 0 ] || [ ${#held_coarse[@]} -gt 0 ] || held_seeds=(301)
[ ${#coarse_seeds[@]} -eq 0 ] || { keep=coarse; train_seeds=(); }
[ -z "$evaluate" ] || { train_seeds=(); coarse_seeds=(); }
# One cells file: skipped when --resume finds it finished, else written under a temporary name and renamed at the end.
# The forms are generated into FOLDER, which is marked finished once its cells are written; with --reread, a
# finished folder is read again instead of generated.
cells_file() { # OUT FOLDER ARGS...
  local out=$1 folder=$2; shift 2
  if [ -n "$resume" ] && [ -f "$out" ]; then echo "kept $out"; return; fi
  if [ -n "$reread" ] && [ -f "$folder.generated" ]; then
    tool cells --from "$folder" "$@" --out "$out.part"
  else
    rm -f "$folder.generated"
    tool cells --work "$folder" "$@" --out "$out.part"
    touch "$folder.generated"
  fi
  mv "$out.part" "$out"
}
# SEED[:FACE][+BREAKS][@varied][/split] of a seed's scans: the seed alone, the name of its scans' files and folders
# (SEED, SEED-FACE, SEED-bBREAKS or SEED-FACE-bBREAKS, with -varied and then -split after it), and the options that
# print them in the face, break up to BREAKS rules a form, write the goal texts varied ('confidence cells --goals
# varied') and let the rows break across a page ('--split-rows').
seed_of() { echo "${1%%[:+@/]*}"; }
scans_of() {
  case "$1" in */split) echo "$(scans_of "${1%/split}")-split"; return ;; esac
  local whole=${1%@varied} spec
  spec=${whole%%+*}
  case "$spec" in *:*) spec="${spec%%:*}-${spec#*:}" ;; esac
  case "$whole" in *+*) spec="$spec-b${whole#*+}" ;; esac
  case "$1" in *@varied) echo "$spec-varied" ;; *) echo "$spec" ;; esac
}
face_of() { local spec=${1%%[+@/]*}; case "$spec" in *:*) echo --face "${spec#*:}" ;; esac; }
breaks_of() { local whole=${1%/split}; whole=${whole%@varied}; case "$whole" in *+*) echo --breaks "${whole#*+}" ;; esac; }
goals_of() { case "${1%/split}" in *@varied) echo --goals varied ;; esac; }
split_of() { case "$1" in */split) echo --split-rows ;; esac; }
# A seed's cells files, in the order the model is trained on them (the order is part of what makes the file the same).
seed_files() { # SEED[:FACE][+BREAKS]
  [ "$keep" = recognised ] || echo "$work/train-$(scans_of "$1").tsv"
  case "$keep" in printed | parts) ;; *) printf '%s\n' "$work/train-shapes-$(seed_of "$1").tsv" "$work/train-files-$(seed_of "$1").tsv" ;; esac
}
read_seed() { # SEED[:FACE][+BREAKS]
  local seed; seed=$(seed_of "$1")
  if [ "$keep" != recognised ]; then
    # shellcheck disable=SC2046 # the face's options are words
    cells_file "$work/train-$(scans_of "$1").tsv" "$work/train-$(scans_of "$1")" --seed "$seed" --forms "$forms" $(face_of "$1") $(breaks_of "$1") $(goals_of "$1") $(split_of "$1")
  fi
  if [ "$keep" != printed ] && [ "$keep" != parts ]; then
    cells_file "$work/train-shapes-$seed.tsv" "$work/train-text-$seed" --seed "$seed" --forms "$text_forms" --shape all
    cells_file "$work/train-files-$seed.tsv" "$work/train-files-$seed" --seed "$seed" --forms 8 --kind text html
  fi
}
# A training seed's coarse scans: SEED, or SEED:FORMS for other than four forms a layout (twelve print the forms
# in each coarse face as well as in each coarse style; see HtmlStyle.Faces).
read_coarse() { # SEED[:FORMS]
  local seed=${1%%:*}
  cells_file "$work/train-coarse-$seed.tsv" "$work/train-coarse-$seed" --seed "$seed" --forms "$(coarse_forms "$1")" --kind coarse
}
# A held-out seed's coarse scans, with the documents read from them.
read_held_coarse() { # SEED[:FORMS]
  local seed=${1%%:*}
  cells_file "$work/held-coarse-$seed.tsv" "$work/held-coarse-$seed" --seed "$seed" --forms "$(coarse_forms "$1")" --kind coarse --documents "$work/held-coarse-$seed.documents"
}
coarse_forms() { # SEED[:FORMS]
  case "$1" in *:*) echo "${1#*:}" ;; *) echo 4 ;; esac
}
# A held-out seed's scans, with the documents read from them (to weigh the error findings); the first seed's text
# shapes, and its forms of every layout as text and HTML files.
read_held() { # SEED[:FACE][+BREAKS]
  local seed scans; seed=$(seed_of "$1") scans=$(scans_of "$1")
  # shellcheck disable=SC2046 # the face's options are words
  cells_file "$work/held-$scans.tsv" "$work/held-$scans" --seed "$seed" --forms 2 --documents "$work/held-$scans.documents" $(face_of "$1") $(breaks_of "$1") $(goals_of "$1") $(split_of "$1")
  if [ "$1" = "${held_seeds[0]}" ]; then
    cells_file "$work/held-shapes-$seed.tsv" "$work/held-text-$seed" --seed "$seed" --forms "$text_forms" --shape all
    cells_file "$work/held-files-$seed.tsv" "$work/held-files-$seed" --seed "$seed" --forms 4 --kind text html
  fi
}
# Runs the seeds' readings --jobs at a time; any that fails stops the run once the others have finished.
pids=()
run() {
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  local last=${*: -1}
  "$@" > "$work/log-${1#read_}-${last//[:\/]/-}.txt" 2>&1 &
  pids+=($!)
}
if [ ${#cells[@]} -eq 0 ] && [ -z "$evaluate" ]; then
  for seed in "${train_seeds[@]}"; do
    run read_seed "$seed"
    mapfile -t -O "${#cells[@]}" cells < <(seed_files "$seed")
  done
fi
for seed in "${coarse_seeds[@]}"; do
  run read_coarse "$seed"
  cells+=("$work/train-coarse-${seed%%:*}.tsv")
done
coarse_held=() coarse_documents=()
for seed in "${held_coarse[@]}"; do
  run read_held_coarse "$seed"
  coarse_held+=("$work/held-coarse-${seed%%:*}.tsv")
  coarse_documents+=("$work/held-coarse-${seed%%:*}.documents")
done
held_documents=()
if [ ${#held[@]} -eq 0 ]; then
  for seed in "${held_seeds[@]}"; do
    run read_held "$seed"
    held+=("$work/held-$(scans_of "$seed").tsv")
    held_documents+=("$work/held-$(scans_of "$seed").documents")
  done
fi
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [ "$failed" -ne 0 ]; then
  echo "reading a seed failed: see $work/log-*.txt" >&2
  exit 1
fi
# The held-out scans with their documents (the findings weighed), then the first held-out seed's printed cells.
# The coarse held-out scans are evaluated apart: their cells are scored by a part of their own.
evaluate_held() {
  if [ ${#coarse_held[@]} -gt 0 ]; then
    tool evaluate --cells "${coarse_held[@]}" --documents "${coarse_documents[@]}" --model "$root/models/confidence.zip"
  fi
  if [ ${#held[@]} -eq 0 ]; then
    return
  elif [ ${#held_documents[@]} -gt 0 ]; then
    tool evaluate --cells "${held[@]}" --documents "${held_documents[@]}" --model "$root/models/confidence.zip"
    tool evaluate --cells "$work/held-shapes-$(seed_of "${held_seeds[0]}").tsv" "$work/held-files-$(seed_of "${held_seeds[0]}").tsv" --model "$root/models/confidence.zip"
  else
    tool evaluate --cells "${held[@]}" --model "$root/models/confidence.zip"
  fi
}
if [ -n "$evaluate" ]; then
  evaluate_held
  exit 0
fi
start=$(date +%s)
# The part kept is taken from a copy of the current file (--out replaces it): the part of a two-part file, with the
# disputed measures' ceiling, or a file that is one model whole for the cells it scores.
[ -z "$keep" ] || cp "$root/models/confidence.zip" "$work/kept.zip"
coarse=()
if unzip -l "$root/models/confidence.zip" coarse.zip >/dev/null 2>&1; then
  unzip -p "$root/models/confidence.zip" coarse.zip > "$work/coarse.zip"
  coarse=(--coarse-model "$work/coarse.zip")
fi
case "$keep" in
  recognised) tool train --cells "${cells[@]}" --recognised-model "$work/kept.zip" "${coarse[@]}" --out "$root/models/confidence.zip" ;;
  printed) tool train --cells "${cells[@]}" --printed-model "$work/kept.zip" "${coarse[@]}" --out "$root/models/confidence.zip" ;;
  parts) tool train --cells "${cells[@]}" --ceilings-beside "$work/kept.zip" --out "$root/models/confidence.zip" ;;
  coarse) tool train --cells "${cells[@]}" --coarse-beside "$root/models/confidence.zip" --out "$root/models/confidence.zip" ;;
  *) tool train --cells "${cells[@]}" --out "$root/models/confidence.zip" ;;
esac
echo "trained in $(( $(date +%s) - start )) s"
evaluate_held
