#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer harnesses of tests/fuzz with clang (AddressSanitizer +
# UndefinedBehaviorSanitizer) into build-fuzz/ (or $BACKSTEP_FUZZ_BUILD) and runs each one
# for SECONDS (default 60), one process at a time. Fails on any crash, leak, timeout or
# out-of-memory, and prints where the input that caused it was saved.
#   scripts/fuzz.sh [SECONDS]
# The working corpus is a copy of tests/fuzz/corpus in the build folder; it keeps growing
# from run to run, and the repository's seed corpus is never written to.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BACKSTEP_FUZZ_BUILD:-$ROOT/build-fuzz}"
CXX_FUZZ="${BACKSTEP_FUZZ_CXX:-clang++}"
DURATION="${1:-60}"
JOBS="$(nproc 2>/dev/null || echo 2)"

if ! [[ "$DURATION" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS]  (a whole number of seconds per fuzzer, default 60)" >&2
  exit 2
fi

# clang and its libFuzzer runtime (Debian: clang and libclang-rt-14-dev).
if ! command -v "$CXX_FUZZ" >/dev/null; then
  echo "error: $CXX_FUZZ not found; the fuzzers need clang (apt-get install clang libclang-rt-14-dev)" >&2
  exit 1
fi
mkdir -p "$BUILD"
probe="$BUILD/libfuzzer-probe"
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }' |
  "$CXX_FUZZ" -x c++ -fsanitize=fuzzer,address,undefined - -o "$probe" 2>"$probe.log"; then
  echo "error: $CXX_FUZZ cannot link a libFuzzer program; is the fuzzer runtime installed" \
    "(apt-get install libclang-rt-14-dev)?" >&2
  sed 's/^/  /' "$probe.log" >&2
  exit 1
fi
rm -f "$probe" "$probe.log"

echo "== build the fuzzers ($BUILD)"
cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" >/dev/null
cmake --build "$BUILD" --parallel "$JOBS"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# run_fuzzer NAME SEED_CORPUS [libFuzzer options…]
failed=()
run_fuzzer() {
  local name="$1" seeds="$2"
  shift 2
  local corpus="$BUILD/corpus/$name" artifacts="$BUILD/artifacts/$name/" log="$BUILD/logs/$name.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  local seed
  for seed in "$seeds"/*; do
    [ -e "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
  done
  local before
  before=$(find "$corpus" -type f | wc -l)
  echo "== $name: $DURATION s, corpus $corpus ($before inputs), log $log"
  local status=0
  "$BUILD/$name" "$corpus" -max_total_time="$DURATION" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$artifacts" "$@" >"$log" 2>&1 || status=$?
  grep -E '^(stat::|Done )' "$log" | sed 's/^/  /' || true
  echo "  corpus: $before -> $(find "$corpus" -type f | wc -l) inputs"
  if [ "$status" -ne 0 ]; then
    echo "FAILED: $name exited with status $status; the end of its log:" >&2
    grep -v -E '^#[0-9]+' "$log" | tail -n 60 | sed 's/^/  /' >&2
    local saved
    saved=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
    if [ -n "$saved" ]; then
      echo "  the input is saved as: $saved" >&2
      echo "  reproduce with: $BUILD/$name $saved" >&2
    fi
    failed+=("$name")
  fi
}

run_fuzzer fuzz_lesson "$ROOT/tests/fuzz/corpus/lesson" -max_len=65536 -dict="$ROOT/tests/fuzz/lesson.dict"
run_fuzzer fuzz_csv "$ROOT/tests/fuzz/corpus/csv" -max_len=65536

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "== fuzzing found no problems"
