#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and opens Backstep on its default lesson (or on the
# last lesson it had open). Extra arguments go to the program, for example a lesson file:
#   scripts/run.sh lessons/01-three-samples.json --step 9
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages
configure_and_build "$BACKSTEP_BUILD" -DCMAKE_BUILD_TYPE=Release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # No screen to open a window on (a server or a container): show the default lesson's
  # trace in the terminal instead, and render the window to a picture.
  echo "No display found; printing the default lesson's trace and saving the window as backstep.png"
  "$BACKSTEP_BUILD/bin/backstep-cli" trace
  QT_QPA_PLATFORM=offscreen "$BACKSTEP_BUILD/bin/backstep" --screenshot backstep.png "$@"
  exit 0
fi
exec "$BACKSTEP_BUILD/bin/backstep" "$@"
