#!/usr/bin/env bash
# The archive on PostgreSQL, locally: a throwaway server in out/demo-postgres (on 127.0.0.1:PORT, default
# 55432), the bundled corpus queued and drained by one worker, the findings by rule printed, then the dashboard
# on http://127.0.0.1:5080/ until Ctrl+C, and the server stopped. Run scripts/setup.sh test once first
# (it installs Debian's postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=out/demo-postgres
cs=$(scripts/postgres.sh start "$folder" "${PORT:-55432}")
trap 'scripts/postgres.sh stop "$folder"' EXIT
echo "PostgreSQL: $cs" >&2
./formextract queue corpus/text corpus/synthetic --archive "$cs"
./formextract worker --archive "$cs" --drain
./formextract query findings_by_rule --archive "$cs"
./formextract query load_summary --archive "$cs"
echo "Dashboard: http://127.0.0.1:5080/ (jobs: http://127.0.0.1:5080/hangfire); Ctrl+C stops it and the server." >&2
./formextract dashboard --archive "$cs" --port 5080 || true
