// SPDX-License-Identifier: MIT
#include "app_state.h"

namespace backstep {

AppState::AppState() = default;

AppState::~AppState() {
    // First, while everything the worker's reports reach still exists.
    training_.cancel();
    training_.wait();
}

} // namespace backstep
