// SPDX-License-Identifier: MIT
#include "lesson_loader.h"

#include "json_fields.h"
#include "json_text_check.h"
#include "lesson_parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace backstep {

namespace {

// The context of the messages of loading a file (JsonFields and LessonParser word the rest).
struct LessonLoader {
    Q_DECLARE_TR_FUNCTIONS(LessonLoader)
};

QString syntaxHint(QJsonParseError::ParseError error) {
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return LessonLoader::tr(
            "an object is not closed: a '}' or a ',' between members is missing");
    case QJsonParseError::MissingNameSeparator:
        return LessonLoader::tr("a ':' is missing after a key");
    case QJsonParseError::UnterminatedArray:
        return LessonLoader::tr("an array is not closed: a ']' or a ',' between values is missing");
    case QJsonParseError::MissingValueSeparator:
        return LessonLoader::tr("a ',' is missing between values");
    case QJsonParseError::IllegalValue:
        return LessonLoader::tr("not a JSON value (strings need double quotes, true/false/null are "
                                "lower case, and a trailing comma is not allowed)");
    case QJsonParseError::TerminationByNumber:
        return LessonLoader::tr("the file ends inside a number");
    case QJsonParseError::IllegalNumber:
        return LessonLoader::tr("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return LessonLoader::tr("an invalid \\ escape in a string");
    case QJsonParseError::IllegalUTF8String:
        return LessonLoader::tr("the text is not valid UTF-8; save the file as UTF-8");
    case QJsonParseError::UnterminatedString:
        return LessonLoader::tr("a string is not closed: a '\"' is missing");
    case QJsonParseError::MissingObject:
        return LessonLoader::tr(
            "expected a \"key\": value member here (a trailing comma before '}' "
            "is not allowed)");
    case QJsonParseError::DeepNesting:
        return LessonLoader::tr("the file is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return LessonLoader::tr("the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return LessonLoader::tr("unexpected text after the end of the lesson");
    case QJsonParseError::NoError:
        break;
    }
    return LessonLoader::tr("syntax error");
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

Loaded<Lesson> failure(const QString& message) {
    return Loaded<Lesson>::failed(oneLine(message));
}

} // namespace

Loaded<Lesson> parseLesson(const QByteArray& bytes, const QString& baseDir, const QString& name) {
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        text.remove(0, 3);
    if (text.trimmed().isEmpty())
        return failure(LessonLoader::tr("%1: the file is empty; a lesson is a JSON object "
                                        "starting with {\"format\": \"backstep-lesson\", …")
                           .arg(name));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it could not accept.
        const auto [line, column] =
            lineAndColumn(text, std::max<qsizetype>(parseError.offset - 1, 0));
        return failure(LessonLoader::tr("%1: line %2, column %3: %4")
                           .arg(name)
                           .arg(line)
                           .arg(column)
                           .arg(syntaxHint(parseError.error)));
    }
    if (!document.isObject())
        return failure(
            LessonLoader::tr("%1: expected a lesson object {…} at the top level, got an array")
                .arg(name));

    JsonFields fields;
    checkJsonText(text, fields);
    LessonParser parser(fields, baseDir);
    std::optional<Lesson> lesson = parser.parse(document.object());
    Loaded<Lesson> result;
    for (const QString& e : fields.errors)
        result.errors << oneLine(name) + ": " + e;
    if (fields.moreErrors > 0)
        result.errors << LessonLoader::tr("%1: … and %2 more errors")
                             .arg(oneLine(name))
                             .arg(fields.moreErrors);
    for (const QString& w : fields.warnings)
        result.warnings << oneLine(name) + ": " + w;
    if (fields.moreWarnings > 0)
        result.warnings << LessonLoader::tr("%1: … and %2 more warnings")
                               .arg(oneLine(name))
                               .arg(fields.moreWarnings);
    if (result.errors.isEmpty()) result.value = std::move(lesson);
    return result;
}

Loaded<Lesson> loadLessonFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return failure(LessonLoader::tr("%1: no such file; check the path").arg(path));
    if (info.isDir())
        return failure(LessonLoader::tr("%1: is a folder; give a lesson file (.json)").arg(path));
    if (!info.isFile()) // opening a named pipe would wait for a writer forever
        return failure(LessonLoader::tr("%1: is not a regular file (a pipe, device or socket); "
                                        "give a lesson file (.json)")
                           .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(LessonLoader::tr("%1: cannot open: %2").arg(path, file.errorString()));
    // Read at most one byte past the limit, so even an endless device cannot exhaust memory.
    const QByteArray bytes = file.read(LessonLimits::maxFileBytes + 1);
    if (bytes.size() > LessonLimits::maxFileBytes)
        return failure(LessonLoader::tr("%1: larger than %2 MB; put large data in a CSV file "
                                        "next to the lesson")
                           .arg(path)
                           .arg(LessonLimits::maxFileBytes >> 20));
    Loaded<Lesson> result = parseLesson(bytes, info.absolutePath(), path);
    if (result.value) result.value->sourcePath = info.absoluteFilePath();
    return result;
}

} // namespace backstep
