#!/usr/bin/env bash
# Text extraction benchmark: headline throughput on one core (forms/s, MB/s, memory over many files), the
# figure per text shape, then BenchmarkDotNet's time and allocation per file. Pass --quick to skip BenchmarkDotNet.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build benchmarks/FormExtract.Benchmarks -c Release --nologo -v quiet -clp:ErrorsOnly
bench="dotnet benchmarks/FormExtract.Benchmarks/bin/Release/net10.0/FormExtract.Benchmarks.dll"
# The CLI wrapper's GC setting (see ./formextract), then two views: the process free to use both cores
# for the runtime's own threads (GC, JIT), and pinned to one core.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x4000000}"
export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
echo "== one pipeline thread, runtime free to use every core"
$bench throughput 300 10
echo "== pinned to one core (taskset -c 0)"
taskset -c 0 $bench throughput 150 10
echo "== the same, scored by the confidence model as the CLI runs it"
taskset -c 0 $bench throughput 150 10 --confidence
echo "== the confidence model's cost, both pipelines taking turns file by file, pinned to one core"
taskset -c 0 $bench overhead 40 10
echo "== where the confidence model's time goes, each step timed apart, pinned to one core"
taskset -c 0 $bench scoring-parts 100
echo "== each text shape, pinned to one core"
taskset -c 0 $bench shapes
if [ "${1:-}" != "--quick" ]; then
  $bench --filter '*TextExtraction*' --job short
fi
