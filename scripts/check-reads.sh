#!/usr/bin/env bash
# Runs a command (and every process it starts) under strace, recording each file it opens, then fails if any
# lies outside the repository: beside it (a sibling checkout, a shared folder next to the clone), as
# scripts/reads-outside.py defines. Temporary files go to a folder inside the repository for the run, so that
# they count as the repository's. The command's exit code is kept; a read outside turns a success into 1.
# Usage: scripts/check-reads.sh COMMAND [ARGS...]
set -uo pipefail
repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v strace >/dev/null 2>&1; then
  echo "check-reads: strace is not installed (scripts/setup.sh test installs it)" >&2
  exit 1
fi

artifacts="$repository/artifacts/check-reads"
mkdir -p "$artifacts"
trace="$(mktemp "$artifacts/trace.XXXXXX")"
run_tmp="$(mktemp -d "$artifacts/tmp.XXXXXX")"
trap 'rm -rf "$trace" "$run_tmp"' EXIT
# The repository's git data, wherever a worktree keeps it, is the repository's own.
git_dirs=()
if git -C "$repository" rev-parse --git-dir >/dev/null 2>&1; then
  git_dirs+=("$(cd "$repository" && realpath "$(git rev-parse --git-dir)")" "$(cd "$repository" && realpath "$(git rev-parse --git-common-dir)")")
fi
dotnet_root="$(dirname "$(realpath "$(command -v dotnet)")")"
# The tests' shared scratch folder (tests/FormExtract.Testing/Scratch.cs): outside the run's
# temporary folder because the postgres user and a Unix socket's short path must reach it; what they write there
# is theirs, so a clone whose parent folder is /tmp does not count it as read beside the repository.
archive_scratch=/tmp/formextract-scratch-tests

# -q, not -qq: each process's end is recorded, so that a trace that stops early (strace killed, out of memory)
# is told from a whole one. Processes that outlive their tracer fail every open with ENOSYS ("Function not
# implemented"), as the seccomp filter strace installed stays with them.
TMPDIR="$run_tmp" strace -f -q --seccomp-bpf -y -xx -e trace=open,openat,openat2 -e status=successful -e signal=none \
  -o "$trace" -- "$@"
status=$?

# The first process in the trace is the command itself; a whole trace records its end. (An empty trace is a command
# that could not be started, which strace has said.)
command_pid="$(awk 'NR == 1 { print $1; exit }' "$trace")"
if [ -n "$command_pid" ] && ! grep -qE "^$command_pid +\+\+\+ (exited with|killed by)" "$trace"; then
  echo "check-reads: strace stopped before the command ended (exit status $status); the trace is incomplete," \
    "and processes still running lost their tracer: their opens fail with ENOSYS" >&2
  [ "$status" -eq 0 ] && status=1
fi

outside="$(python3 "$repository/scripts/reads-outside.py" "$repository" "$trace" "$run_tmp" "$archive_scratch" "${HOME:-}" "$dotnet_root" "${NUGET_PACKAGES:-}" "${git_dirs[@]}")"
if [ -n "$outside" ]; then
  echo "check-reads: files outside the repository were read:" >&2
  echo "$outside" | head -50 | sed 's/^/  /' >&2
  [ "$status" -eq 0 ] && status=1
else
  echo "check-reads: no file outside the repository was read" >&2
fi
exit "$status"
