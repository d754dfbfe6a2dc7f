// SPDX-License-Identifier: MIT
// IDX files (the MNIST family's format), read through gzip: a magic number (two zero
// bytes, the element type 0x08 for unsigned bytes, the number of dimensions), each dimension
// as a big-endian 32-bit count, then the elements in row-major order.
#pragma once

#include "io_report.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace backstep {

struct IdxArray {
    std::vector<std::uint32_t> dimensions; // e.g. {60000, 28, 28}
    std::vector<std::uint8_t> bytes;       // the first `items` items' elements, row-major
};

// Reads a gzip-compressed IDX file of unsigned bytes, keeping the first `items` items (the
// whole file when it has fewer, or when items < 0). Truncated or corrupt files, other element
// types and absurd dimensions are reported (naming the file), never read past.
Loaded<IdxArray> readIdxGz(const QString& path, std::int64_t items = -1);

} // namespace backstep
