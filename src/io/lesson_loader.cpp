// SPDX-License-Identifier: MIT
#include "lesson_loader.h"

#include "json_fields.h"
#include "json_text_check.h"
#include "lesson_parser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace backstep {

namespace {

QString syntaxHint(QJsonParseError::ParseError error) {
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("an object is not closed: a '}' or a ',' between members is missing");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("a ':' is missing after a key");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("an array is not closed: a ']' or a ',' between values is missing");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("a ',' is missing between values");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("not a JSON value (strings need double quotes, true/false/null are "
                              "lower case, and a trailing comma is not allowed)");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("an invalid \\ escape in a string");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("the text is not valid UTF-8; save the file as UTF-8");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("a string is not closed: a '\"' is missing");
    case QJsonParseError::MissingObject:
        return QStringLiteral("expected a \"key\": value member here (a trailing comma before '}' "
                              "is not allowed)");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("the file is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("unexpected text after the end of the lesson");
    case QJsonParseError::NoError:
        break;
    }
    return QStringLiteral("syntax error");
}

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1, column = 1;
    offset = std::min(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return {line, column};
}

LessonLoadResult failure(const QString& message) {
    LessonLoadResult result;
    result.errors << oneLine(message);
    return result;
}

} // namespace

LessonLoadResult parseLesson(const QByteArray& bytes, const QString& baseDir, const QString& name) {
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return failure(name + QStringLiteral(": the file is empty; a lesson is a JSON object "
                                             "starting with {\"format\": \"backstep-lesson\", …"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it could not accept.
        const auto [line, column] =
            lineAndColumn(text, std::max<qsizetype>(parseError.offset - 1, 0));
        return failure(QStringLiteral("%1: line %2, column %3: %4")
                           .arg(name)
                           .arg(line)
                           .arg(column)
                           .arg(syntaxHint(parseError.error)));
    }
    if (!document.isObject())
        return failure(name + QStringLiteral(": expected a lesson object {…} at the top level, "
                                             "got an array"));

    JsonFields fields;
    checkJsonText(text, fields);
    LessonParser parser(fields, baseDir);
    std::optional<Lesson> lesson = parser.parse(document.object());
    LessonLoadResult result;
    for (const QString& e : fields.errors)
        result.errors << oneLine(name) + ": " + e;
    if (fields.moreErrors > 0)
        result.errors
            << QStringLiteral("%1: … and %2 more errors").arg(oneLine(name)).arg(fields.moreErrors);
    for (const QString& w : fields.warnings)
        result.warnings << oneLine(name) + ": " + w;
    if (fields.moreWarnings > 0)
        result.warnings << QStringLiteral("%1: … and %2 more warnings")
                               .arg(oneLine(name))
                               .arg(fields.moreWarnings);
    if (result.errors.isEmpty()) result.lesson = std::move(lesson);
    return result;
}

LessonLoadResult loadLessonFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) return failure(path + QStringLiteral(": no such file; check the path"));
    if (info.isDir())
        return failure(path + QStringLiteral(": is a folder; give a lesson file (.json)"));
    if (!info.isFile()) // opening a named pipe would wait for a writer forever
        return failure(path + QStringLiteral(": is not a regular file (a pipe, device or socket); "
                                             "give a lesson file (.json)"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path + QStringLiteral(": cannot open: ") + file.errorString());
    // Read at most one byte past the limit, so even an endless device cannot exhaust memory.
    const QByteArray bytes = file.read(LessonLimits::maxFileBytes + 1);
    if (bytes.size() > LessonLimits::maxFileBytes)
        return failure(path + QStringLiteral(": larger than %1 MB; put large data in a CSV file "
                                             "next to the lesson")
                                  .arg(LessonLimits::maxFileBytes >> 20));
    LessonLoadResult result = parseLesson(bytes, info.absolutePath(), path);
    if (result.lesson) result.lesson->sourcePath = info.absoluteFilePath();
    return result;
}

} // namespace backstep
