#!/usr/bin/env bash
# Text extraction benchmark: headline throughput on one core (forms/s, MB/s, memory over many files),
# then BenchmarkDotNet's time and allocation per file. Pass --quick to skip BenchmarkDotNet.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/FormExtract.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
bench="dotnet benchmarks/FormExtract.Benchmarks/bin/Release/net10.0/FormExtract.Benchmarks.dll"
# One core, as the target is per core.
taskset -c 0 $bench throughput 400 10
if [ "${1:-}" != "--quick" ]; then
  $bench --filter '*TextExtraction*' --job short
fi
