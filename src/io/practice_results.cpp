// SPDX-License-Identifier: MIT
#include "practice_results.h"

#include "csv.h"
#include "file_writer.h"

namespace backstep {

namespace {

QByteArray field(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

} // namespace

QByteArray practiceResultsCsv(const std::vector<PracticeResultRow>& rows) {
    QByteArray text = "student,lesson,iteration,step,cell,answer,expected,right,hints\n";
    for (const PracticeResultRow& r : rows) {
        text += field(r.student) + ',' + field(r.lesson) + ',' + QByteArray::number(r.iteration) +
                ',' + QByteArray::number(r.step) + ',' + field(r.cell) + ',' + field(r.answer) +
                ',' + formatCsvNumber(r.expected).toLatin1() + ',' + (r.right ? "yes" : "no") +
                ',' + QByteArray::number(r.hints) + '\n';
    }
    return text;
}

Saved writePracticeResults(const QString& path, const std::vector<PracticeResultRow>& rows) {
    return writeFileAtomically(path, practiceResultsCsv(rows));
}

} // namespace backstep
