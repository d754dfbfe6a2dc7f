// SPDX-License-Identifier: MIT
#include "file_writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <memory>

namespace backstep {

namespace {

// The context of this file's messages.
struct FileWriter {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)
};

QString failure(const QString& path, const QString& what, const QString& why) {
    return FileWriter::tr("%1: %2: %3; the earlier file (if any) is unchanged")
        .arg(path, what, why);
}

// Opens, writes and flushes `contents` into a temporary file for `path`. QSaveFile alone is
// not enough: with Qt 6.4 its commit() reports success after a buffered write of a small file
// failed (disk full, file-size limit), and the target is replaced by an empty file. So the
// buffer is flushed here and the device's error state checked before anyone commits.
QString prepare(QSaveFile& file, const QByteArray& contents) {
    const QString path = file.fileName();
    if (QFileInfo(path).isDir())
        return FileWriter::tr("%1: is a folder; choose a file name").arg(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, FileWriter::tr("cannot write"), file.errorString());
    errno = 0;
    const qint64 written = file.write(contents);
    const bool flushed = file.flush();
    if (written != contents.size() || !flushed || file.error() != QFileDevice::NoError) {
        // The system's reason ("No space left on device") says more than Qt's after a flush.
        const QString why = errno != 0 ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return failure(path, FileWriter::tr("cannot write"), why);
    }
    return {};
}

} // namespace

Saved writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files) {
    std::vector<std::unique_ptr<QSaveFile>> prepared;
    for (const auto& [path, contents] : files) {
        prepared.push_back(std::make_unique<QSaveFile>(path));
        if (const QString error = prepare(*prepared.back(), contents); !error.isEmpty()) {
            for (auto& file : prepared)
                file->cancelWriting();
            return Saved::failed(error);
        }
    }
    for (auto& file : prepared) {
        if (!file->commit())
            return Saved::failed(
                failure(file->fileName(), FileWriter::tr("cannot save"), file->errorString()));
    }
    return {};
}

Saved writeFileAtomically(const QString& path, const QByteArray& contents) {
    return writeFilesAtomically({{path, contents}});
}

} // namespace backstep
