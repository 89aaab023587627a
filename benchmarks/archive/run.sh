#!/usr/bin/env bash
# Archive benchmark: FILES generated files (default 10,000: half text dumps, half HTML pages, from the
# synthetic generator into the git-ignored corpus/generated/) read by
#   extract --out        extraction alone (read, assemble, validate, JSON files written): the yardstick
#   load → SQLite        the same files into a new SQLite archive
#   load → PostgreSQL    the same files into a new PostgreSQL database, one process
#   queue + 1 worker     queued into a new database, then one worker (--parallel 2) drains the queue
#   queue + 2 workers    the same with two worker processes (--parallel 1 each) at once
# each through the ./formextract wrapper, as a user runs it, on a throwaway PostgreSQL (scripts/postgres.sh).
# Prints files per second, processor time, peak memory, and each archive's overhead over extraction alone;
# then the SQLite load's peak memory over a quarter of the files, to show it does not grow with the count.
# A worker with --drain polls the queue once a second and stops after two empty polls: about 2 s of its time.
# RUNS picks what runs (default: "loads workers1 workers2").
set -euo pipefail
runs=" ${RUNS:-loads workers1 workers2} "
cd "$(dirname "$0")/../.."
root=$(pwd)
files=${1:-10000}
half=$((files / 2))
corpus="$root/corpus/generated/archive-bench"
work="$root/benchmarks/archive/out"
rm -rf "$work" && mkdir -p "$work"
pg="$work/postgres"
trap 'scripts/postgres.sh stop "$pg" fast >/dev/null 2>&1 || true' EXIT

# The set: FILES/2 of each kind, hard-linked into one folder so that every command reads the same files.
if [ "$(find "$corpus/text" -name '*.txt' 2>/dev/null | wc -l)" -lt "$half" ] || [ "$(find "$corpus/html" -name '*.html' 2>/dev/null | wc -l)" -lt "$half" ]; then
  # One to three forms per file: about two forms per file, and a tenth more to be sure.
  echo "generating $((half * 22 / 10)) forms per kind into $corpus ..." >&2
  dotnet run --project src/FormExtract.Synthetic.Tool -c Release -- generate --output "$corpus" --seed 16 \
    --forms $((half * 22 / 10)) --kind text --kind html >/dev/null
fi
set_of() { # count folder: the first count/2 files of each kind, linked into folder
  mkdir -p "$2"
  for kind in txt html; do
    find "$corpus/${kind/txt/text}" -name "*.$kind" | sort | awk -v n=$(($1 / 2)) 'NR <= n' | xargs ln -t "$2/"
  done
}
set_of "$files" "$work/files"
set_of $((files / 4)) "$work/quarter"
megabytes=$(du -sm "$work/files" | cut -f1)

./formextract --help >/dev/null # builds the CLI once, outside the measured runs
cs=$(scripts/postgres.sh start "$pg")
database() { # name: a new empty database, its connection string
  psql "host=$pg/socket user=postgres dbname=postgres" -qc "CREATE DATABASE $1" >/dev/null
  echo "${cs/Database=postgres/Database=$1}"
}

calc() { awk "BEGIN { print $1 }"; }
timed() { # name command...: GNU time's wall, user, system seconds and peak KB into out/NAME.time
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.log"
}
cat "$work/files"/* >/dev/null # the first reads from disk are nobody's cost
timed extract ./formextract extract "$work/files" --out "$work/json" --parallel 2 --quiet
if [[ $runs == *" loads "* ]]; then
  timed sqlite ./formextract load "$work/files" --archive "$work/archive.db" --parallel 2 --quiet
  timed sqlite-quarter ./formextract load "$work/quarter" --archive "$work/quarter.db" --parallel 2 --quiet
  timed postgres ./formextract load "$work/files" --archive "$(database load1)" --parallel 2 --quiet
fi
if [[ $runs == *" workers1 "* ]]; then
  one=$(database worker1)
  timed queue1 ./formextract queue "$work/files" --archive "$one" --quiet
  timed worker1 ./formextract worker --archive "$one" --parallel 2 --drain --quiet
fi
if [[ $runs == *" workers2 "* ]]; then
  two=$(database worker2)
  timed queue2 ./formextract queue "$work/files" --archive "$two" --quiet
  start=$(date +%s.%N)
  timed worker2a ./formextract worker --archive "$two" --parallel 1 --drain --quiet &
  timed worker2b ./formextract worker --archive "$two" --parallel 1 --drain --quiet &
  wait
  echo "$(calc "$(date +%s.%N) - $start") 0 0 0" > "$work/workers2.time"
fi

for db in load1 worker1 worker2; do
  psql "host=$pg/socket user=postgres dbname=postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 || continue
  n=$(psql "host=$pg/socket user=postgres dbname=$db" -tAc "SELECT COUNT(*) FROM documents WHERE status = 'done'")
  [ "$n" -eq "$files" ] || { echo "benchmark: $db holds $n documents, not $files" >&2; exit 1; }
done

field() { cut -d' ' -f"$2" "$work/$1.time"; }
cpu() { calc "$(field "$1" 2) + $(field "$1" 3)"; }
base_wall=$(field extract 1)
base_cpu=$(cpu extract)
echo "== $files files ($half text dumps, $half HTML pages, $megabytes MB), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-38s %8s %8s %8s %8s %14s\n' "run" "wall s" "files/s" "CPU s" "peak MB" "overhead wall/CPU"
row() { # label wall cpu peakKB
  local overhead="–"
  if [ "$5" != "base" ]; then
    overhead=$(printf '%+.0f%% / %+.0f%%' "$(calc "100 * ($2 / $base_wall - 1)")" "$(calc "100 * ($3 / $base_cpu - 1)")")
  fi
  printf '%-38s %8.1f %8.0f %8.1f %8.0f %14s\n' "$1" "$2" "$(calc "$files / $2")" "$3" "$(calc "$4 / 1024")" "$overhead"
}
row "extract --out (extraction alone)" "$base_wall" "$base_cpu" "$(field extract 4)" base
if [[ $runs == *" loads "* ]]; then
row "load → SQLite" "$(field sqlite 1)" "$(cpu sqlite)" "$(field sqlite 4)" x
row "load → PostgreSQL" "$(field postgres 1)" "$(cpu postgres)" "$(field postgres 4)" x
fi
if [[ $runs == *" workers1 "* ]]; then
row "queue (PostgreSQL, bytes stored)" "$(field queue1 1)" "$(cpu queue1)" "$(field queue1 4)" x
row "1 worker, --parallel 2" "$(field worker1 1)" "$(cpu worker1)" "$(field worker1 4)" x
row "queue + 1 worker" "$(calc "$(field queue1 1) + $(field worker1 1)")" "$(calc "$(cpu queue1) + $(cpu worker1)")" "$(field worker1 4)" x
fi
if [[ $runs == *" workers2 "* ]]; then
row "2 workers, --parallel 1 each" "$(field workers2 1)" "$(calc "$(cpu worker2a) + $(cpu worker2b)")" \
  "$(( $(field worker2a 4) > $(field worker2b 4) ? $(field worker2a 4) : $(field worker2b 4) ))" x
row "queue + 2 workers" "$(calc "$(field queue2 1) + $(field workers2 1)")" "$(calc "$(cpu queue2) + $(cpu worker2a) + $(cpu worker2b)")" \
  "$(( $(field worker2a 4) > $(field worker2b 4) ? $(field worker2a 4) : $(field worker2b 4) ))" x
fi
[[ $runs != *" loads "* ]] || echo "== memory: load → SQLite peaks at $(( $(field sqlite-quarter 4) / 1024 )) MB over $((files / 4)) files and $(( $(field sqlite 4) / 1024 )) MB over $files"
