#!/usr/bin/env bash
# A bounded load test of 'formextract serve' on 127.0.0.1: uploads of the synthetic text dumps (200 by default),
# 8 at a time, in four rounds. Prints how many came back 200 (none may be lost: the script fails otherwise) and
# the server's resident memory after start-up and after each round, which should stay flat.
# Usage: benchmarks/service/run.sh [requests] [at-a-time]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests="${1:-200}"
parallel="${2:-8}"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

./formextract --version >/dev/null  # builds the CLI first, so that start-up below is only start-up
./formextract serve --urls "http://127.0.0.1:$port" --max-extractions "$parallel" --quiet &
server=$!
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

rss() { awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$server/status"; }
inputs=(corpus/synthetic/text/*.txt)
for i in $(seq 0 $((requests - 1))); do echo "${inputs[$((i % ${#inputs[@]}))]}"; done > "$work/files"
echo "server up: $(rss) resident"
start=$(date +%s%N)
per_round=$((requests / 4))
for round in 1 2 3 4; do
  sed -n "$(( (round - 1) * per_round + 1 )),$(( round * per_round ))p" "$work/files" \
    | xargs -P "$parallel" -I{} curl -s -o /dev/null -w "%{http_code}\n" --max-time 120 -F "file=@{}" "http://127.0.0.1:$port/extract" \
    >> "$work/codes"
  echo "after $(( round * per_round )) requests: $(rss) resident"
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
ok=$(grep -c '^200$' "$work/codes" || true)
echo "answers: $(sort "$work/codes" | uniq -c | awk '{printf "%s x %s  ", $1, $2}')"
echo "$ok of $((per_round * 4)) answered 200 in ${elapsed_ms} ms, $parallel at a time"
[ "$ok" -eq $((per_round * 4)) ]
