#!/usr/bin/env bash
# Sets everything up, then extracts every form of the bundled real corpus into out/: the Shanghai dump and the
# excerpts of real forms from thirteen provinces (corpus/real/pages).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
# Two excerpts are fragments that hold no form (corpus/real/README.md, their expected files): extract names each
# and exits 1 for them, which is what this corpus should give; any other failure stops the script with its code.
status=0
./formextract extract corpus/text corpus/real/pages --out out || status=$?
[ "$status" -le 1 ] || exit "$status"
echo "Documents written to out/:" >&2
ls -1 out >&2
