// SPDX-License-Identifier: MIT
#include "csv.h"

#include "json_fields.h"
#include "lesson_loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <charconv>
#include <cmath>

namespace backstep {

QString formatCsvNumber(double value) {
    if (std::isnan(value)) return QStringLiteral("nan");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

namespace {

// A header field as CSV: quoted when it holds a separator, a quote or a line end, and when it
// is empty (a lone empty name would make a blank header line, which readers skip).
QByteArray quoteField(const QByteArray& field) {
    if (!field.isEmpty() && !field.contains(',') && !field.contains('"') && !field.contains('\n') &&
        !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

} // namespace

QByteArray matrixToCsv(const Matrix& values, const std::vector<std::string>& columnLabels) {
    QByteArray text;
    for (size_t c = 0; c < columnLabels.size(); ++c)
        text += (c ? "," : "") + quoteField(QByteArray::fromStdString(columnLabels[c]));
    text += '\n';
    for (Index r = 0; r < values.rows(); ++r) {
        for (Index c = 0; c < values.cols(); ++c)
            text += (c ? "," : "") + formatCsvNumber(values(r, c)).toLatin1();
        text += '\n';
    }
    return text;
}

QByteArray lossHistoryCsv(const std::vector<double>& loss, const std::vector<double>& accuracy,
                          const std::vector<double>& testLoss,
                          const std::vector<double>& testAccuracy) {
    std::vector<std::pair<const char*, const std::vector<double>*>> columns{{"loss", &loss}};
    if (!accuracy.empty()) columns.push_back({"accuracy", &accuracy});
    if (!testLoss.empty()) columns.push_back({"test_loss", &testLoss});
    if (!testAccuracy.empty()) columns.push_back({"test_accuracy", &testAccuracy});
    QByteArray csv = "epoch";
    for (const auto& column : columns)
        csv += QByteArray(",") + column.first;
    csv += '\n';
    for (size_t e = 0; e < loss.size(); ++e) {
        csv += QByteArray::number(static_cast<qulonglong>(e + 1));
        for (const auto& column : columns) {
            csv += ',';
            if (e < column.second->size()) csv += formatCsvNumber((*column.second)[e]).toLatin1();
        }
        csv += '\n';
    }
    return csv;
}

namespace {

static_assert(maxCsvCells == LessonLimits::maxCellsPerMatrix,
              "a CSV file holds no more numbers than one matrix of a lesson");

// The context of the messages about CSV files.
struct CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Splits one CSV line into fields (RFC 4180 quotes: "a, b", and "" for a quote inside) and
// calls take(index, field) for each. Returns the number of fields, or -1 when a quote is not
// closed. Unquoted fields are views into the line; only quoted ones are copied, to `buffer`.
template <typename Take>
qsizetype forEachField(QByteArrayView line, QByteArray& buffer, Take&& take) {
    const qsizetype n = line.size();
    qsizetype count = 0;
    for (qsizetype i = 0;; ++i) { // i steps over the comma that ended the last field
        const qsizetype start = i;
        while (i < n && line[i] != ',' && line[i] != '"')
            ++i;
        QByteArrayView field = line.sliced(start, i - start);
        if (i < n && line[i] == '"') {
            buffer.resize(0);
            buffer.append(field);
            bool quoted = false;
            for (; i < n; ++i) {
                const char ch = line[i];
                if (quoted && ch == '"' && i + 1 < n && line[i + 1] == '"') {
                    buffer += '"'; // a doubled quote inside quotes
                    ++i;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (!quoted && ch == ',') {
                    break;
                } else {
                    buffer += ch;
                }
            }
            if (quoted) return -1;
            field = buffer;
        }
        take(count++, field);
        if (i >= n) return count;
    }
}

// A text field (a column name or a class label) as text: decoded, with white space and byte
// order marks (U+FEFF) removed from both ends. Decoding drops a mark only at the very start, so
// "\t<BOM>b" and "<BOM>b" would otherwise read as different names, and a name written with a
// leading mark would not read back the same.
QString textOf(QByteArrayView field) {
    QString text = QString::fromUtf8(field);
    const auto ignorable = [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && ignorable(text[begin]))
        ++begin;
    while (end > begin && ignorable(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

// A field as a finite number (spaces around it allowed), or nullopt.
std::optional<double> numberOf(QByteArrayView field) {
    bool ok = false;
    const double value = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

// At most `max` characters of the text, with "…" when it was longer.
QString elided(const QString& text, qsizetype max = 60) {
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

// "2, 5 and 9"; past six columns "1, 2, 3, 4, 5, … 12".
QString columnList(const QList<int>& columns) {
    QStringList first;
    for (qsizetype i = 0; i + 1 < columns.size() && i < 5; ++i)
        first << QString::number(columns[i]);
    return first.join(QStringLiteral(", ")) +
           (columns.size() > 6 ? QStringLiteral(", … ") : CsvReader::tr(" and ")) +
           QString::number(columns.last());
}

// Reads CSV text as it arrives, one line at a time, and checks every limit as it goes: the
// text is never held whole (only an unfinished last line is kept between blocks), and a
// hostile file is refused at the first line that breaks a limit.
class CsvScanner {
public:
    CsvScanner(bool stopAtFirstProblem, bool keepText)
        : stopAtFirstProblem_(stopAtFirstProblem), keepText_(keepText) {}
    bool feed(QByteArrayView bytes);
    CsvScan finish();

private:
    bool takeLine(QByteArrayView line);
    bool takeHeader(QByteArrayView line);
    bool takeRow(QByteArrayView line);
    void decideTextColumns(QByteArrayView line);
    void warnAboutRepeatedNames();
    bool fail(int line, const QString& what);
    bool problem(const QString& what);

    CsvScan scan_;
    QByteArray pending_; // the start of a line whose end has not arrived yet
    QByteArray buffer_;  // the text of a quoted field
    std::vector<double> row_;
    qint64 bytes_ = 0;
    int lineNumber_ = 0; // of the last line taken
    bool stopAtFirstProblem_;
    bool keepText_;
    bool textDecided_ = false;
    std::vector<int> textIndex_; // per column: its index in table.text, or -1 for numbers
    std::vector<QString> texts_; // the text fields of the row being read
    bool haveHeader_ = false;
    bool done_ = false;
};

// Takes the next bytes of the text; returns false once the scan is over.
bool CsvScanner::feed(QByteArrayView bytes) {
    while (!done_ && !bytes.isEmpty()) {
        const qsizetype end = bytes.indexOf('\n');
        const QByteArrayView part = end < 0 ? bytes : bytes.first(end);
        bytes_ += part.size() + (end < 0 ? 0 : 1);
        if (pending_.size() + part.size() > maxCsvLineBytes)
            return fail(lineNumber_ + 1,
                        CsvReader::tr("the line is longer than %1 MB; is this a CSV "
                                      "file with one row per line?")
                            .arg(maxCsvLineBytes >> 20));
        if (bytes_ > maxCsvBytes)
            return fail(lineNumber_ + 1,
                        CsvReader::tr("the text is larger than %1 MB; use a smaller sample")
                            .arg(maxCsvBytes >> 20));
        if (end < 0) {
            pending_.append(part);
            break;
        }
        if (pending_.isEmpty()) {
            takeLine(part);
        } else {
            pending_.append(part);
            takeLine(pending_);
            pending_.resize(0);
        }
        bytes = bytes.sliced(end + 1);
    }
    return !done_;
}

// Ends the text: takes its last line (the one without a line end) and checks the whole.
CsvScan CsvScanner::finish() {
    if (!done_) takeLine(pending_);
    if (scan_.fatal.first == 0 && !haveHeader_)
        scan_.fatal = {1,
                       CsvReader::tr("the file is empty; expected a header line of column names")};
    else if (scan_.fatal.first == 0 && scan_.table.rows.empty() && scan_.problems.empty())
        scan_.fatal = {lineNumber_, CsvReader::tr("no data rows after the header")};
    return std::move(scan_);
}

// One line without its '\n': skipped when blank, else the header or a data row.
bool CsvScanner::takeLine(QByteArrayView line) {
    ++lineNumber_;
    if (lineNumber_ == 1 && line.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        line = line.sliced(3);
    if (line.endsWith('\r')) line.chop(1);
    if (line.trimmed().isEmpty()) return true;
    return haveHeader_ ? takeRow(line) : takeHeader(line);
}

// The column names; too many of them, or an open quote, end the scan.
bool CsvScanner::takeHeader(QByteArrayView line) {
    QStringList& header = scan_.table.header;
    const qsizetype count = forEachField(line, buffer_, [&](qsizetype index, QByteArrayView field) {
        if (index < maxCsvColumns) header << textOf(field);
    });
    if (count < 0 || count > maxCsvColumns) {
        header.clear();
        return fail(lineNumber_, count < 0
                                     ? CsvReader::tr("a quoted field of the header is not closed")
                                     : CsvReader::tr("%1 columns is more than the limit of %2")
                                           .arg(count)
                                           .arg(maxCsvColumns));
    }
    haveHeader_ = true;
    warnAboutRepeatedNames();
    return true;
}

// A warning for each column name that appears more than once (readers use the first).
void CsvScanner::warnAboutRepeatedNames() {
    const QStringList& header = scan_.table.header;
    QHash<QString, QList<int>> columns; // name → its column numbers, counted from 1
    for (int c = 0; c < header.size(); ++c)
        columns[header[c]] << c + 1;
    if (columns.size() == header.size()) return;
    constexpr int maxWarnings = 10;
    int more = 0;
    for (int c = 0; c < header.size(); ++c) {
        const QList<int>& same = columns[header[c]];
        if (same.size() < 2 || same.first() != c + 1) continue;
        if (static_cast<int>(scan_.warnings.size()) == maxWarnings) {
            ++more;
            continue;
        }
        const QString times =
            same.size() == 2 ? CsvReader::tr("twice") : CsvReader::tr("%1 times").arg(same.size());
        scan_.warnings.push_back(
            {lineNumber_,
             oneLine(CsvReader::tr("column \"%1\" appears %2 (columns %3); the first is used")
                         .arg(elided(header[c]), times, columnList(same)))});
    }
    if (more > 0)
        scan_.warnings.push_back(
            {lineNumber_,
             CsvReader::tr("%1 more column names appear more than once; the first of each is used")
                 .arg(more)});
}

// The first row with one field per column and at least one number decides which columns
// are text: those whose field is not a number.
void CsvScanner::decideTextColumns(QByteArrayView line) {
    const qsizetype width = scan_.table.header.size();
    std::vector<int> words;
    bool anyNumber = false;
    const qsizetype count = forEachField(line, buffer_, [&](qsizetype index, QByteArrayView field) {
        if (index >= width) return;
        if (numberOf(field))
            anyNumber = true;
        else
            words.push_back(static_cast<int>(index));
    });
    if (count != width || !anyNumber) return;
    textDecided_ = true;
    textIndex_.assign(static_cast<size_t>(width), -1);
    for (size_t j = 0; j < words.size(); ++j)
        textIndex_[static_cast<size_t>(words[j])] = static_cast<int>(j);
    scan_.table.textColumns = words;
    scan_.table.text.resize(words.size());
}

// A data row: kept when it has one number per column (or text in a text column), else a
// problem of its line.
bool CsvScanner::takeRow(QByteArrayView line) {
    const QStringList& header = scan_.table.header;
    const qsizetype width = header.size();
    if (keepText_ && !textDecided_) decideTextColumns(line);
    row_.clear();
    texts_.clear();
    qsizetype badColumn = -1;
    QByteArray badField;
    const qsizetype count = forEachField(line, buffer_, [&](qsizetype index, QByteArrayView field) {
        if (index >= width || badColumn >= 0) return;
        if (!textIndex_.empty() && textIndex_[static_cast<size_t>(index)] >= 0) {
            texts_.push_back(textOf(field));
            row_.push_back(0.0);
        } else if (const auto value = numberOf(field)) {
            row_.push_back(*value);
        } else {
            badColumn = index;
            const QByteArrayView text = field.trimmed();
            badField = text.first(std::min<qsizetype>(text.size(), 160)).toByteArray();
        }
    });
    if (count < 0) return problem(CsvReader::tr("a quoted field is not closed"));
    if (count != width)
        return problem(
            CsvReader::tr("expected %1 fields like the header, got %2").arg(width).arg(count));
    const auto rows = static_cast<qint64>(scan_.table.rows.size()) + 1;
    if (rows > maxCsvRows)
        return fail(lineNumber_,
                    CsvReader::tr("more than %1 data rows; use a smaller sample").arg(maxCsvRows));
    if (rows * width > maxCsvCells)
        return fail(lineNumber_,
                    CsvReader::tr("%1 data rows × %2 columns is more than the limit of %3 "
                                  "numbers; use fewer rows or columns")
                        .arg(rows)
                        .arg(width)
                        .arg(maxCsvCells));
    if (badColumn >= 0)
        return problem(CsvReader::tr("column '%1': '%2' is not a number")
                           .arg(elided(header[badColumn]), QString::fromUtf8(badField).left(40)));
    scan_.table.rows.push_back(row_);
    for (size_t j = 0; j < texts_.size(); ++j)
        scan_.table.text[j].push_back(std::move(texts_[j]));
    return true;
}

// Ends the scan with a fatal problem of `line`.
bool CsvScanner::fail(int line, const QString& what) {
    scan_.fatal = {line, oneLine(what)};
    done_ = true;
    return false;
}

// Records a bad row; returns false when the scan ends there.
bool CsvScanner::problem(const QString& what) {
    scan_.problems.push_back({lineNumber_, oneLine(what)});
    done_ = stopAtFirstProblem_ || static_cast<int>(scan_.problems.size()) >= maxCsvProblems;
    return !done_;
}

// "name line 7: what", kept on one line.
QString lineMessage(const QString& name, int line, const QString& what) {
    return oneLine(CsvReader::tr("%1 line %2: %3").arg(name, QString::number(line), what));
}

// The strict reading of a scan: the table, or the first thing wrong, named by line.
Loaded<CsvTable> readResult(CsvScan scan, const QString& name) {
    Loaded<CsvTable> result;
    for (const auto& [line, what] : scan.warnings)
        result.warnings << lineMessage(name, line, what);
    if (!scan.fileError.isEmpty())
        result.errors << oneLine(QStringLiteral("%1: %2").arg(name, scan.fileError));
    else if (scan.fatal.first > 0)
        result.errors << lineMessage(name, scan.fatal.first, scan.fatal.second);
    else if (!scan.problems.empty())
        result.errors << lineMessage(name, scan.problems[0].first, scan.problems[0].second);
    else
        result.value = std::move(scan.table);
    return result;
}

} // namespace

// The fields of one CSV line, each copied.
std::optional<QList<QByteArray>> splitCsvLine(const QByteArray& line) {
    QList<QByteArray> fields;
    QByteArray buffer;
    const auto take = [&](qsizetype, QByteArrayView field) { fields << field.toByteArray(); };
    if (forEachField(line, buffer, take) < 0) return std::nullopt;
    return fields;
}

// A field as a finite number, or nullopt.
std::optional<double> csvNumber(const QByteArray& field) {
    return numberOf(field);
}

// Scans text already in memory, line by line, under the same limits as a file.
CsvScan scanCsv(const QByteArray& text, bool stopAtFirstProblem, bool keepText) {
    CsvScanner scanner(stopAtFirstProblem, keepText);
    scanner.feed(text);
    return scanner.finish();
}

// Checks the kind of file without opening it.
QString csvFileProblem(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) return CsvReader::tr("cannot open the file: it does not exist");
    if (info.isDir()) return CsvReader::tr("is a folder, not a CSV file");
    if (!info.isFile()) return CsvReader::tr("is not a regular file (a pipe, device or socket)");
    return {};
}

// Reads the file in 64 KB blocks and scans them as they come.
CsvScan scanCsvFile(const QString& path, bool stopAtFirstProblem, bool keepText) {
    CsvScan scan;
    scan.fileError = csvFileProblem(path);
    QFile file(path);
    if (scan.fileError.isEmpty() && !file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        scan.fileError = CsvReader::tr("cannot open the file: %1").arg(file.errorString());
    if (scan.fileError.isEmpty() && file.size() > maxCsvBytes)
        scan.fileError =
            CsvReader::tr("larger than %1 MB; use a smaller sample").arg(maxCsvBytes >> 20);
    if (!scan.fileError.isEmpty()) return scan;
    CsvScanner scanner(stopAtFirstProblem, keepText);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0) {
            scan.fileError = CsvReader::tr("cannot read the file: %1").arg(file.errorString());
            return scan;
        }
        if (got == 0 || !scanner.feed(QByteArrayView(block.constData(), got))) break;
    }
    return scanner.finish();
}

// Parses text in memory, stopping at the first problem.
Loaded<CsvTable> parseCsv(const QByteArray& text, const QString& name) {
    return readResult(scanCsv(text, true), name);
}

// Reads a file in blocks, stopping at the first problem.
Loaded<CsvTable> readCsvFile(const QString& path, const QString& name, bool keepText) {
    return readResult(scanCsvFile(path, true, keepText), name);
}

} // namespace backstep
