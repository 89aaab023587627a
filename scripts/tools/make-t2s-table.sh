#!/usr/bin/env bash
# Writes the table that maps Traditional characters to Simplified ones (src/FormExtract.Core/Normalization/t2s.txt)
# from OpenCC's own data, as Debian packages it (opencc, libopencc-data): every CJK ideograph is put through
# OpenCC's character conversion, and each one it changes is written as "traditional<TAB>simplified".
# Run it again when OpenCC's data moves on; the table is committed so that reading a file needs no OpenCC.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v opencc >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends opencc >/dev/null
fi
out=src/FormExtract.Core/Normalization/t2s.txt
python3 - "$out" <<'PY'
import subprocess, sys
# CJK Unified Ideographs, Extension A, and compatibility ideographs: one per line so each converts alone.
ranges = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
chars = [chr(c) for a, b in ranges for c in range(a, b + 1)]
# Characters alone, not in phrases: OpenCC's phrase table would otherwise decide by context.
converted = subprocess.run(["opencc", "-c", "t2s"], input="\n".join(chars), capture_output=True, text=True, check=True).stdout.split("\n")
with open(sys.argv[1], "w", encoding="utf-8") as table:
    table.write("# Traditional to Simplified characters from OpenCC (Apache License 2.0), made by scripts/tools/make-t2s-table.sh\n")
    for source, target in zip(chars, converted):
        if target != source and len(target) == 1:
            table.write(f"{source}\t{target}\n")
PY
echo "wrote $(grep -vc '^#' "$out") mappings to $out" >&2
