// SPDX-License-Identifier: MIT
// An animated GIF built in memory with giflib: frames of one size, each with a colour table
// of its own (median cut, median_cut.h) and its delay, looping forever (the NETSCAPE2.0
// application extension). The bytes are written by the caller through io/file_writer.h, so a
// failed or cancelled animation leaves no partial file.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

struct GifFileType;

namespace backstep {

class GifEncoder {
public:
    explicit GifEncoder(const QSize& size);
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    // `image` must have the encoder's size; `delayCentiseconds` is how long it is shown.
    // Returns false (see error()) when giflib fails.
    bool addFrame(const QImage& image, int delayCentiseconds);
    // Ends the file; the GIF's bytes, or empty on failure.
    QByteArray finish();
    QString error() const { return error_; }
    int frames() const { return frames_; }
    qint64 bytes() const { return bytes_.size(); }

private:
    bool fail(const char* what, int code);

    QSize size_;
    GifFileType* gif_ = nullptr;
    QByteArray bytes_;
    QString error_;
    int frames_ = 0;
};

} // namespace backstep
