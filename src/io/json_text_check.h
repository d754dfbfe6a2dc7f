// SPDX-License-Identifier: MIT
// What a JSON reader silently forgives: a key given twice in one object (the last one wins)
// and raw control characters such as NUL inside strings. Found by one pass over the text of
// a document that has already parsed, and reported as warnings naming the place.
#pragma once

#include "json_fields.h"

#include <QByteArray>

namespace backstep {

// Adds a warning to `fields` for every duplicate key and every string holding a raw control
// character ("training.epochs: given twice; the last value is used").
void checkJsonText(const QByteArray& text, JsonFields& fields);

} // namespace backstep
