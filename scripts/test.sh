#!/usr/bin/env bash
# Sets everything up (the test tools included), builds, then runs every test of the solution under
# scripts/check-reads.sh, which fails the run if any test or script it starts reads a file outside the
# repository. A run whose tracer stopped before the tests ended is run once more. Prints one closing line
# "N passed, N failed" summed over the test projects (a read outside, or a tracer that stopped early twice,
# counts as one more failure).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test || exit 1
log="$(mktemp)"
layout="$(mktemp -d)"
trap 'rm -rf "$log" "$layout"' EXIT

dotnet build FormExtract.sln --nologo -c Release -clp:ErrorsOnly -v quiet || exit 1

# The check must be able to fail: a read of a file beside a repository is caught.
mkdir -p "$layout/repository/scripts" "$layout/beside"
cp scripts/check-reads.sh scripts/reads-outside.py "$layout/repository/scripts/"
echo secret > "$layout/beside/file"
if (cd "$layout/repository" && scripts/check-reads.sh cat ../beside/file >/dev/null 2>&1); then
  echo "check-reads did not catch a read beside the repository" >&2
  exit 1
fi

# A run whose tracer stopped early says nothing about the tests (their processes fail every open from then on),
# so it is run once more; a second such stop fails the run.
stopped='^check-reads: strace stopped before the command ended'
for attempt in 1 2; do
  scripts/check-reads.sh dotnet test FormExtract.sln --no-build --nologo -c Release 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  grep -q "$stopped" "$log" || break
  [ "$attempt" -eq 2 ] || echo "test: the tracer stopped before the tests ended; running them again" >&2
done
passed=$(grep -oE 'Passed:[[:space:]]+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:[[:space:]]+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if grep -q '^check-reads: files outside the repository were read' "$log" || grep -q "$stopped" "$log"; then
  failed=$((failed + 1))
fi
echo
echo "$passed passed, $failed failed"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
