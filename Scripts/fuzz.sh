#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer, of one of three targets:
#
#   Scripts/fuzz.sh [--target reader|store|cli] [RUNS] [JOBS] [--asan] [-- LIBFUZZER-OPTIONS...]
#
#   reader  documents through the reader, the engine and the JSON export (Fuzz/Reader); seeds:
#           the example minutes and every input that once failed (Tests/Regressions/inputs).
#   store   store files made from a seed store of the example minutes: bit flips, truncation,
#           and crafted schema and rows (triggers, views, values of any type), then every query,
#           report and write (Fuzz/Store); seeds: Fuzz/Seeds/store.
#   cli     command lines run in-process in a sandbox folder with a store (Fuzz/CLI, the CLI's
#           own sources); seeds: Fuzz/Seeds/cli.
#
# RUNS inputs in all (default 1000000), split over JOBS processes (default: the cores). The
# corpus a target grows stays in .build-fuzz/corpus[-TARGET], so a second run goes on where the
# first stopped. An input that crashes, trips a sanitizer or takes longer than 10 s is written to
# .build-fuzz/artifacts/ and the script exits 1: copy it to Tests/Regressions/inputs/ (reader) or
# turn it into a test once it is fixed, so that `swift test` keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

target=reader
runs=1000000
jobs=$(nproc 2>/dev/null || echo 2)
sanitizers=fuzzer
extra=()
positional=0
while [ $# -gt 0 ]; do
  case "$1" in
    --asan) sanitizers=fuzzer,address ;;
    --target) shift; target=$1 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n 2,22p "$0"; exit 0 ;;
    *)
      if [ $positional -eq 0 ]; then runs=$1; else jobs=$1; fi
      positional=$((positional + 1)) ;;
  esac
  shift
done

case "$target" in
  reader) product=followup-fuzz; corpus=.build-fuzz/corpus; seeds=(Examples/minutes Tests/Regressions/inputs); max_len=4096 ;;
  store) product=followup-fuzz-store; corpus=.build-fuzz/corpus-store; seeds=(Fuzz/Seeds/store); max_len=4096 ;;
  cli) product=followup-fuzz-cli; corpus=.build-fuzz/corpus-cli; seeds=(Fuzz/Seeds/cli); max_len=512 ;;
  *) echo "unknown target '$target': reader, store or cli" >&2; exit 64 ;;
esac

scratch=.build-fuzz
[ "$sanitizers" = fuzzer ] || scratch=.build-fuzz-asan
FOLLOWUP_FUZZ=1 swift build -c release --scratch-path "$scratch" \
  -Xswiftc -sanitize=$sanitizers --product "$product" >&2

# Absolute: the command-line target runs each input with the sandbox as its working directory,
# and a relative prefix put a timeout's input in the sandbox, removed when the run ends.
artifacts=$PWD/.build-fuzz/artifacts/
logs=.build-fuzz/logs-$target
mkdir -p "$corpus" "$artifacts" "$logs"
rm -f "$logs"/*.log

per_job=$(( (runs + jobs - 1) / jobs ))
start=$(date +%s)
pids=()
for j in $(seq 1 "$jobs"); do
  # Each job is its own process over the shared corpus folder, with its own random seed.
  "$scratch/release/$product" -runs=$per_job -seed=$j -max_len=$max_len -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=$artifacts -print_final_stats=1 "${extra[@]}" \
    "$corpus" "${seeds[@]}" >"$logs/job-$j.log" 2>&1 &
  pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
elapsed=$(( $(date +%s) - start ))

total=0
for f in "$logs"/job-*.log; do
  n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$f" | grep -o '[0-9]*$' || echo 0)
  total=$((total + ${n:-0}))
done
echo "libFuzzer $target ($sanitizers): $total inputs in $elapsed s over $jobs jobs; corpus $(ls "$corpus" | wc -l) files"
# A run stopped with Ctrl-C (SIGINT) ends with a status of its own and no finding.
if [ $failed -ne 0 ] && grep -q "run interrupted" "$logs"/job-*.log \
  && ! grep -q -E "ERROR: libFuzzer|deadly signal|Program crashed|ALARM: working on the last Unit" "$logs"/job-*.log; then
  echo "interrupted; nothing found"
  exit 0
fi
if [ $failed -ne 0 ]; then
  echo "FAILED: see $logs and $artifacts" >&2
  grep -h -A5 -E 'ERROR|Fatal|deadly signal|timeout|crashed' "$logs"/job-*.log | head -40 >&2 || true
  exit 1
fi
