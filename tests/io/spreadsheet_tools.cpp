// SPDX-License-Identifier: MIT
#include "spreadsheet_tools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>

namespace spreadsheet {

namespace {

// "AB12" → (11, 27)
std::pair<int, int> parseCell(QStringView name) {
    int column = 0, i = 0;
    for (; i < name.size() && name[i].isLetter(); ++i)
        column = column * 26 + (name[i].toUpper().unicode() - 'A' + 1);
    return {name.mid(i).toInt() - 1, column - 1};
}

struct Result {
    bool ok = false;
    QByteArray out, err;
};

Result run(const QString& program, const QStringList& arguments, const QString& workingDir = {},
           int timeoutMs = 120000) {
    QProcess p;
    if (!workingDir.isEmpty()) p.setWorkingDirectory(workingDir);
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {false, {}, "timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

QString missingTools() {
    QStringList missing;
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        missing << QStringLiteral("soffice (Debian package libreoffice-calc-nogui)");
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        missing << QStringLiteral("unzip (package unzip)");
    if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        missing << QStringLiteral("zip (package zip)");
    if (missing.isEmpty()) return {};
    return QStringLiteral("not installed: %1; scripts/test.sh installs them")
        .arg(missing.join(QStringLiteral(", ")));
}

QString recalculateToCsv(const QStringList& workbooks, const QString& outDir,
                         const QString& scratchDir) {
    // A profile of its own: recalculation on load is a user setting, and a running LibreOffice
    // of the user's must not receive the conversion.
    const QString profile = QDir(scratchDir).filePath(QStringLiteral("lo-profile"));
    QDir().mkpath(profile + QStringLiteral("/user"));
    QFile settings(profile + QStringLiteral("/user/registrymodifications.xcu"));
    if (!settings.open(QIODevice::WriteOnly)) return QStringLiteral("cannot write the profile");
    settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    settings.close();
    // CSV options: comma, double quote, UTF-8, from line 1, …, not "as shown" (full
    // precision), no formulas, sheet −1 = every sheet into its own file.
    QStringList arguments{QStringLiteral("-env:UserInstallation=") +
                              QUrl::fromLocalFile(profile).toString(),
                          QStringLiteral("--headless"),
                          QStringLiteral("--norestore"),
                          QStringLiteral("--convert-to"),
                          QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,"
                                         "true,false,false,false,-1"),
                          QStringLiteral("--outdir"),
                          outDir};
    arguments += workbooks;
    const Result r = run(QStringLiteral("soffice"), arguments);
    if (!r.ok) return QStringLiteral("soffice failed: ") + QString::fromLocal8Bit(r.err);
    return {};
}

Grid readGrid(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QString text = QString::fromUtf8(f.readAll());
    Grid grid(1);
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            grid.back().push_back(cell);
            cell.clear();
        } else if (ch == '\n') {
            grid.back().push_back(cell);
            cell.clear();
            grid.emplace_back();
        } else if (ch != '\r') {
            cell += ch;
        }
    }
    if (!cell.isEmpty() || !grid.back().empty()) grid.back().push_back(cell);
    return grid;
}

double number(const Grid& grid, int row, int column) {
    if (row < 0 || row >= int(grid.size()) || column < 0 || column >= int(grid[size_t(row)].size()))
        return std::nan("");
    bool ok = false;
    const double value = grid[size_t(row)][size_t(column)].toDouble(&ok);
    return ok ? value : std::nan("");
}

QByteArray xlsxPart(const QString& xlsx, const QString& part) {
    const Result r = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
    return r.ok ? r.out : QByteArray();
}

std::map<std::pair<int, int>, CellInfo> cells(const QByteArray& sheetXml) {
    std::map<std::pair<int, int>, CellInfo> result;
    QXmlStreamReader xml(sheetXml);
    CellInfo* current = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("c")) {
            current = &result[parseCell(attributes.value(QLatin1String("r")))];
            current->style = attributes.value(QLatin1String("s")).toInt();
        } else if (xml.name() == QLatin1String("f") && current) {
            current->formula = true;
            current->array = attributes.value(QLatin1String("t")) == QLatin1String("array");
        }
    }
    return result;
}

std::map<std::pair<int, QString>, QString> definedNames(const QByteArray& workbookXml) {
    std::map<std::pair<int, QString>, QString> names;
    QXmlStreamReader xml(workbookXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("definedName"))
            continue;
        const auto attributes = xml.attributes();
        const int sheet = attributes.hasAttribute(QLatin1String("localSheetId"))
                              ? attributes.value(QLatin1String("localSheetId")).toInt()
                              : -1;
        const QString name = attributes.value(QLatin1String("name")).toString();
        names[{sheet, name}] = xml.readElementText();
    }
    return names;
}

QByteArray withCellValue(const QByteArray& sheetXml, const QString& cell, double value) {
    const QRegularExpression plain(QStringLiteral(R"(<c r="%1"([^>]*)><v>[^<]*</v></c>)")
                                       .arg(QRegularExpression::escape(cell)));
    QString text = QString::fromUtf8(sheetXml);
    const QRegularExpressionMatch match = plain.match(text);
    if (!match.hasMatch()) return {};
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral(R"(<c r="%1"%2><v>%3</v></c>)")
                     .arg(cell, match.captured(1), QString::number(value, 'g', 17)));
    return text.toUtf8();
}

QString replacePart(const QString& xlsx, const QString& copy, const QString& part,
                    const QByteArray& contents, const QString& scratchDir) {
    QFile::remove(copy);
    if (!QFile::copy(xlsx, copy)) return QStringLiteral("cannot copy ") + xlsx;
    const QString tree = QDir(scratchDir).filePath(QStringLiteral("zip-tree"));
    const QString file = QDir(tree).filePath(part);
    QDir().mkpath(QFileInfo(file).path());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        return QStringLiteral("cannot write ") + file;
    f.close();
    const Result r = run(QStringLiteral("zip"), {QStringLiteral("-q"), copy, part}, tree);
    if (!r.ok) return QStringLiteral("zip failed: ") + QString::fromLocal8Bit(r.err);
    return {};
}

} // namespace spreadsheet
