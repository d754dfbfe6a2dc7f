#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds with warnings as errors, runs the whole test suite,
# then builds the core and io tests again with AddressSanitizer and
# UndefinedBehaviorSanitizer and runs them, so memory errors fail the run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages

echo "== build ($BACKSTEP_BUILD)"
configure_and_build "$BACKSTEP_BUILD" -DCMAKE_BUILD_TYPE=Release -DBACKSTEP_WERROR=ON
echo "== tests"
(cd "$BACKSTEP_BUILD" && ctest --output-on-failure --parallel "$JOBS")

SANITIZE_BUILD="${BACKSTEP_SANITIZE_BUILD:-$BACKSTEP_ROOT/build-sanitize}"
echo "== core and io tests under AddressSanitizer + UndefinedBehaviorSanitizer ($SANITIZE_BUILD)"
cmake -S "$BACKSTEP_ROOT" -B "$SANITIZE_BUILD" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DBACKSTEP_SANITIZE=ON -DBACKSTEP_WERROR=ON >/dev/null
SANITIZED_TESTS=$(cd "$SANITIZE_BUILD" && ctest -N -L '^(core|io)$' | sed -n 's/^ *Test *#[0-9]*: //p')
# shellcheck disable=SC2086
cmake --build "$SANITIZE_BUILD" --parallel "$JOBS" --target $SANITIZED_TESTS
(cd "$SANITIZE_BUILD" && ctest --output-on-failure --parallel "$JOBS" -L '^(core|io)$')
