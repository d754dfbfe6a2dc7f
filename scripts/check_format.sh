#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that every C++ source the repository tracks follows .clang-format; lists the files
# that do not and fails. `scripts/check_format.sh --fix` formats them in place instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if ! command -v clang-format >/dev/null; then
  echo "error: clang-format not found (apt-get install --no-install-recommends clang-format)" >&2
  exit 1
fi
mapfile -t sources < <(git ls-files -- '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${sources[@]}"
  exit 0
fi
unformatted=()
for file in "${sources[@]}"; do
  if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
    unformatted+=("$file")
  fi
done
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "These files do not follow .clang-format (run scripts/check_format.sh --fix):" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "${#sources[@]} C++ files follow .clang-format"
