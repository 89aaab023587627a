#!/usr/bin/env bash
# Side by side on the committed synthetic scans: FormExtract's cell-by-cell OCR, scored field by field
# against the ground truth, and the plain tesseract CLI (chi_sim, --psm 3) on whole pages, its figures
# matched to the truth's number fields as generously as possible; seconds per page for both. Both run
# with one OpenMP thread (OMP_THREAD_LIMIT=1), as FormExtract's engines do.
# Needs the packages of scripts/setup.d/40-ocr.sh.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
export OMP_THREAD_LIMIT=1
dotnet build FormExtract.Ocr.Benchmark -c Release --verbosity quiet -o out/bin >/dev/null
dotnet out/bin/FormExtract.Ocr.Benchmark.dll "$root/corpus/synthetic/scan" --cli --out out/json "$@"
