#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds, and shows the default lesson.
# Extra arguments go to the program (for example a lesson file).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

install_missing_packages
configure_and_build "$BACKSTEP_BUILD" -DCMAKE_BUILD_TYPE=Release
exec "$BACKSTEP_BUILD/bin/backstep-cli" trace "$@"
