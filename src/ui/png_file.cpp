// SPDX-License-Identifier: MIT
#include "png_file.h"

#include "io/file_writer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace backstep {

Saved writePng(const QString& path, const QPixmap& picture) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, "PNG"))
        return Saved::failed(
            QCoreApplication::translate("backstep::PngFile", "%1: cannot encode the picture as PNG")
                .arg(path));
    return writeFileAtomically(path, bytes);
}

} // namespace backstep
