// SPDX-License-Identifier: MIT
#include "idx_file.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace backstep {

namespace {

// The context of this file's messages.
struct IdxFile {
    Q_DECLARE_TR_FUNCTIONS(IdxFile)
};

struct GzCloser {
    void operator()(gzFile_s* file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

constexpr std::uint8_t kUnsignedByte = 0x08;
constexpr std::uint64_t kMaxElements = 1ULL << 31; // 2 GB of pixels: far above any IDX file

// Reads exactly `size` bytes; false on a short read (the file ends early) or a gzip error.
bool readExactly(gzFile_s* file, void* into, std::uint64_t size) {
    auto* at = static_cast<char*>(into);
    while (size > 0) {
        const unsigned part = static_cast<unsigned>(std::min<std::uint64_t>(size, 1u << 30));
        const int got = gzread(file, at, part);
        if (got <= 0) return false;
        at += got;
        size -= static_cast<std::uint64_t>(got);
    }
    return true;
}

QString gzProblem(gzFile_s* file) {
    int code = Z_OK;
    const char* message = gzerror(file, &code);
    return code == Z_OK || code == Z_STREAM_END || !message ? IdxFile::tr("the file ends early")
                                                            : QString::fromLocal8Bit(message);
}

} // namespace

Loaded<IdxArray> readIdxGz(const QString& path, std::int64_t items) {
    const auto fail = [&](const QString& what) {
        return Loaded<IdxArray>::failed(QStringLiteral("%1: %2").arg(path, what));
    };
    if (!QFile::exists(path)) return fail(IdxFile::tr("no such file"));
    GzFile file(gzopen(QFile::encodeName(path).constData(), "rb"));
    if (!file) return fail(IdxFile::tr("cannot be opened"));
    unsigned char magic[4];
    if (!readExactly(file.get(), magic, sizeof magic))
        return fail(IdxFile::tr("not an IDX file (%1)").arg(gzProblem(file.get())));
    if (magic[0] != 0 || magic[1] != 0 || magic[3] == 0 || magic[3] > 4)
        return fail(IdxFile::tr("not an IDX file (it does not start with an IDX header)"));
    if (magic[2] != kUnsignedByte)
        return fail(IdxFile::tr("holds elements of type 0x%1; only unsigned bytes (0x08) "
                                "are read")
                        .arg(magic[2], 2, 16, QLatin1Char('0')));
    IdxArray array;
    std::uint64_t perItem = 1;
    for (int d = 0; d < magic[3]; ++d) {
        unsigned char b[4];
        if (!readExactly(file.get(), b, sizeof b))
            return fail(IdxFile::tr("its header ends early"));
        const std::uint32_t n = (std::uint32_t(b[0]) << 24) | (std::uint32_t(b[1]) << 16) |
                                (std::uint32_t(b[2]) << 8) | std::uint32_t(b[3]);
        array.dimensions.push_back(n);
        if (d > 0) perItem *= n;
        if (perItem > kMaxElements || n > kMaxElements)
            return fail(IdxFile::tr("its dimensions are too large to be an image file"));
    }
    const std::uint64_t available = array.dimensions[0];
    const std::uint64_t kept =
        items < 0 ? available
                  : std::min<std::uint64_t>(available, static_cast<std::uint64_t>(items));
    if (kept * perItem > kMaxElements)
        return fail(IdxFile::tr("its dimensions are too large to be an image file"));
    array.bytes.resize(kept * perItem);
    if (!readExactly(file.get(), array.bytes.data(), array.bytes.size()))
        return fail(
            IdxFile::tr("holds fewer items than its header says (%1)").arg(gzProblem(file.get())));
    array.dimensions[0] = static_cast<std::uint32_t>(kept);
    return Loaded<IdxArray>::of(std::move(array));
}

} // namespace backstep
