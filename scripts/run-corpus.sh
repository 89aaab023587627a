#!/usr/bin/env bash
# Sets everything up, then extracts every form of the bundled real corpus into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
./formextract extract corpus/text --out out
echo "Documents written to out/:" >&2
ls -1 out >&2
