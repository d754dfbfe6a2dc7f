// SPDX-License-Identifier: MIT
#include "lesson_header.h"

#include "json_fields.h"
#include "lesson_loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace backstep {

Loaded<LessonHeader> readLessonHeader(const QString& path) {
    const auto fail = [&](const QString& why) {
        return Loaded<LessonHeader>::failed(path + QStringLiteral(": ") + why);
    };
    if (!QFileInfo(path).isFile()) return fail(QStringLiteral("not a lesson file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    QByteArray bytes = file.read(LessonLimits::maxFileBytes + 1);
    if (bytes.size() > LessonLimits::maxFileBytes)
        return fail(QStringLiteral("larger than %1 MB").arg(LessonLimits::maxFileBytes >> 20));
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3); // a UTF-8 byte order mark
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not JSON (%1); open it for the details").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value("format").toString() != QStringLiteral("backstep-lesson"))
        return fail(QStringLiteral("not a Backstep lesson (no \"format\": \"backstep-lesson\")"));
    JsonFields fields;
    LessonHeader header;
    header.path = path;
    if (root.contains("title"))
        header.title = fields.text(root["title"], "title").value_or(LocalizedText{});
    if (root.contains("description"))
        header.description =
            fields.text(root["description"], "description").value_or(LocalizedText{});
    if (!fields.errors.isEmpty()) return fail(fields.errors.first());
    return Loaded<LessonHeader>::of(std::move(header));
}

std::vector<LessonHeader> readLessonHeaders(const QString& folder) {
    std::vector<LessonHeader> headers;
    for (const QFileInfo& file :
         QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (auto header = readLessonHeader(file.filePath()); header.ok())
            headers.push_back(std::move(*header.value));
    return headers;
}

} // namespace backstep
