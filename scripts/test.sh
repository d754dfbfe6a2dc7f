#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, checks that the C++ sources follow .clang-format, builds with
# warnings as errors, runs the whole test suite,
# then builds every test again with AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer and runs them, so memory errors, undefined behaviour and leaks fail the run,
# runs the threaded core tests under ThreadSanitizer, and finally fuzzes the lesson loader and
# the CSV reader for a minute each.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages

echo "== format"
"$BACKSTEP_ROOT/scripts/check_format.sh"

echo "== build ($BACKSTEP_BUILD)"
configure_and_build "$BACKSTEP_BUILD" -DCMAKE_BUILD_TYPE=Release -DBACKSTEP_WERROR=ON
echo "== tests"
(cd "$BACKSTEP_BUILD" && ctest --output-on-failure --parallel "$JOBS")
# One window test needs a real X server (the screen's pixels after scrolling): under Xvfb.
echo "== the window on an X display (Xvfb)"
QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE= xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$BACKSTEP_BUILD/tests/tst_scroll_paint"

SANITIZE_BUILD="${BACKSTEP_SANITIZE_BUILD:-$BACKSTEP_ROOT/build-sanitize}"
# Every label; tests/CMakeLists.txt turns leak detection on for every test.
SANITIZED_LABELS='^(core|io|cli|models|gui|render|handout)$'
echo "== all tests under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer ($SANITIZE_BUILD)"
cmake -S "$BACKSTEP_ROOT" -B "$SANITIZE_BUILD" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DBACKSTEP_SANITIZE=ON -DBACKSTEP_WERROR=ON >/dev/null
SANITIZED_TESTS=$(cd "$SANITIZE_BUILD" && ctest -N -L "$SANITIZED_LABELS" | sed -n 's/^ *Test *#[0-9]*: //p')
# shellcheck disable=SC2086
cmake --build "$SANITIZE_BUILD" --parallel "$JOBS" --target $SANITIZED_TESTS
(cd "$SANITIZE_BUILD" && ctest --output-on-failure --parallel "$JOBS" -L "$SANITIZED_LABELS")

# The core's worker threads (parallel_chunks: the caller and a helper sharing a batch's rows)
# under ThreadSanitizer: the trainer's tests and the chunked numpy fixtures on 1 and 4 threads.
TSAN_BUILD="${BACKSTEP_TSAN_BUILD:-$BACKSTEP_ROOT/build-tsan}"
echo "== threaded core tests under ThreadSanitizer ($TSAN_BUILD)"
cmake -S "$BACKSTEP_ROOT" -B "$TSAN_BUILD" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DBACKSTEP_SANITIZE_THREAD=ON -DBACKSTEP_WERROR=ON >/dev/null
cmake --build "$TSAN_BUILD" --parallel "$JOBS" --target tst_trainer tst_numpy_fixtures
(cd "$TSAN_BUILD" && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -R '^(tst_trainer|tst_numpy_fixtures)$')

# The lesson loader and the CSV reader under libFuzzer (clang), each for a minute: any crash,
# leak, time-out or memory blow-up fails the run (see scripts/fuzz.sh; run it longer by hand).
echo "== fuzzers"
"$BACKSTEP_ROOT/scripts/fuzz.sh" "${BACKSTEP_FUZZ_SECONDS:-60}"
