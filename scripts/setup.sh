#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by run.sh and test.sh: installs what is missing (Debian 12) and builds.
# Safe to run again: it installs nothing that is already there and rebuilds only changes.
set -euo pipefail

BACKSTEP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKSTEP_BUILD="${BACKSTEP_BUILD:-$BACKSTEP_ROOT/build}"
JOBS="$(nproc 2>/dev/null || echo 2)"

# Build tools; Qt 6 (Widgets, Charts, Test, translations, and Qt's own dialogs translated);
# Eigen; fonts, so that offscreen rendering shows text instead of empty boxes; clang with its
# libFuzzer runtime for the fuzzers under tests/fuzz, and clang-format for the format check; zlib and Fashion-MNIST (real data, read
# from its gzip files); libxlsxwriter for the live workbook, and LibreOffice Calc with zip and
# unzip for its test (tests/io/tst_workbook.cpp has LibreOffice recalculate the workbooks);
# poppler-utils reads handouts back; Xvfb gives tst_scroll_paint a real X display.
PACKAGES=(
  g++ make cmake pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libeigen3-dev zlib1g-dev dataset-fashion-mnist
  fonts-dejavu-core fonts-noto-cjk libgif-dev
  clang libclang-rt-14-dev clang-format
  libxlsxwriter-dev libreoffice-calc-nogui zip unzip
  poppler-utils xvfb xauth
)

install_missing_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return
  fi
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo="sudo"
    else
      echo "error: missing packages (${missing[*]}) and no sudo; install them as root" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [cmake options…]
configure_and_build() {
  local dir="$1"
  shift
  cmake -S "$BACKSTEP_ROOT" -B "$dir" "$@" >/dev/null
  cmake --build "$dir" --parallel "$JOBS"
}
