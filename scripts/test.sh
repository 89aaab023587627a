#!/usr/bin/env bash
# Sets everything up, then builds and runs every test of the solution, and prints one closing line
# "N passed, N failed" summed over the test projects.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet test FormExtract.sln --nologo -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed:[[:space:]]+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:[[:space:]]+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "$passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
