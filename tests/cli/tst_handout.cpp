// SPDX-License-Identifier: MIT
// backstep-cli handout read back with poppler's pdftotext and pdfinfo: the given matrices'
// numbers equal numpy's (tests/data/numpy), the computed ones absent from the worksheet and
// present in the answer key, the page count and size, big lessons on few pages, bad options.
#include "cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);
const QString lesson01 = sourceDir + QStringLiteral("/lessons/01-three-samples.json");
const QString fixture01 = sourceDir + QStringLiteral("/tests/data/numpy/three-samples/");

using Run = backstep::testing::ProcessRun;

Run run(const QString& program, const QStringList& arguments) {
    return backstep::testing::runProgram(program, arguments, 120000);
}

Run cli(const QStringList& arguments) {
    return backstep::testing::runCli(QStringList{"handout"} + arguments);
}

// The text of the PDF (all pages, or page `page` alone), laid out as printed.
QString pdfText(const QString& pdf, int page = 0) {
    QStringList arguments{"-layout"};
    if (page > 0) arguments << "-f" << QString::number(page) << "-l" << QString::number(page);
    return run(QStringLiteral("pdftotext"), arguments << pdf << "-").out;
}

QString pdfInfo(const QString& pdf, const QString& field) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

// A matrix of the numpy fixture, each value as the handout prints it with `decimals`.
QList<QStringList> fixtureRows(const QString& iteration, const QString& matrix, int decimals = 4) {
    QFile file(fixture01 + iteration + "/" + matrix + ".csv");
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<QStringList> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
        if (lines[i].trimmed().isEmpty()) continue;
        QStringList row;
        for (const QByteArray& cell : lines[i].split(','))
            row << QString::number(cell.toDouble(), 'f', decimals);
        rows << row;
    }
    return rows;
}

// Whether `sequence` stands, in order and side by side, on one line of `text`.
bool hasRow(const QString& text, const QStringList& sequence) {
    for (const QString& line : text.split('\n')) {
        const QStringList words = line.split(' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i + sequence.size() <= words.size(); ++i)
            if (words.mid(i, sequence.size()) == sequence) return true;
    }
    return false;
}

QSet<QString> words(const QString& text) {
    const QStringList list =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return QSet<QString>(list.begin(), list.end());
}

} // namespace

class HandoutTest : public QObject {
    Q_OBJECT
private slots:
    // For each step: the matrices it reads (worked out from the formulas of docs/architecture.md)
    // and the ones it computes, at iteration 2 of the tutorial's lesson.
    void everyStepAgainstNumpy_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QStringList>("computed");
        QTest::newRow("3") << 3 << QStringList{"X", "wh", "bh"}
                           << QStringList{"hidden_layer_input"};
        QTest::newRow("4") << 4 << QStringList{"hidden_layer_input"}
                           << QStringList{"hiddenlayer_activations"};
        QTest::newRow("5") << 5 << QStringList{"hiddenlayer_activations", "wout", "bout"}
                           << QStringList{"output_layer_input", "output"};
        QTest::newRow("6") << 6 << QStringList{"y", "output"} << QStringList{"E"};
        QTest::newRow("7") << 7 << QStringList{"output", "hiddenlayer_activations"}
                           << QStringList{"slope_output_layer", "slope_hidden_layer"};
        QTest::newRow("8") << 8 << QStringList{"E", "slope_output_layer"}
                           << QStringList{"d_output"};
        QTest::newRow("9") << 9 << QStringList{"d_output", "wout"}
                           << QStringList{"Error_at_hidden_layer"};
        QTest::newRow("10") << 10 << QStringList{"Error_at_hidden_layer", "slope_hidden_layer"}
                            << QStringList{"d_hiddenlayer"};
        QTest::newRow("11") << 11 << QStringList{"X",    "wh",       "hiddenlayer_activations",
                                                 "wout", "d_output", "d_hiddenlayer"}
                            << QStringList{"wout_updated", "wh_updated"};
        QTest::newRow("12") << 12 << QStringList{"bh", "bout", "d_output", "d_hiddenlayer"}
                            << QStringList{"bout_updated", "bh_updated"};
    }

    void everyStepAgainstNumpy() {
        QFETCH(int, step);
        QFETCH(QStringList, given);
        QFETCH(QStringList, computed);
        QTemporaryDir dir;
        const QString sheet = dir.filePath("sheet.pdf"), key = dir.filePath("key.pdf");
        const QStringList common{lesson01, "--iteration", "2", "--step", QString::number(step)};
        const Run a = cli(common + QStringList{"--out", sheet});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        const Run b = cli(common + QStringList{"--answers", "--out", key});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        const QString sheetText = pdfText(sheet), keyText = pdfText(key);
        QVERIFY2(!sheetText.isEmpty(), "pdftotext (poppler-utils) is needed");
        QVERIFY(sheetText.contains(QStringLiteral("iteration 2 · step %1 of 12").arg(step)));
        QVERIFY(sheetText.contains("Name: ____"));
        QVERIFY(keyText.contains("ANSWER KEY"));

        QSet<QString> givenValues;
        for (const QString& matrix : given) {
            const QList<QStringList> rows = fixtureRows("iteration_2", matrix);
            QVERIFY2(!rows.isEmpty(), qPrintable(matrix));
            QVERIFY2(sheetText.contains(matrix + " ("), qPrintable(matrix));
            for (const QStringList& row : rows) {
                QVERIFY2(hasRow(sheetText, row), qPrintable(matrix + ": " + row.join(' ')));
                QVERIFY2(hasRow(keyText, row), qPrintable(matrix + ": " + row.join(' ')));
                givenValues.unite(QSet<QString>(row.begin(), row.end()));
            }
        }
        const QSet<QString> sheetWords = words(sheetText);
        for (const QString& matrix : computed) {
            const QList<QStringList> rows = fixtureRows("iteration_2", matrix);
            QVERIFY2(!rows.isEmpty(), qPrintable(matrix));
            QVERIFY2(sheetText.contains(matrix + " ("), qPrintable(matrix));
            for (const QStringList& row : rows) {
                QVERIFY2(hasRow(keyText, row), qPrintable(matrix + ": " + row.join(' ')));
                for (const QString& value : row) // a blank box on the worksheet
                    QVERIFY2(givenValues.contains(value) || !sheetWords.contains(value),
                             qPrintable(matrix + " shows " + value));
            }
        }
        // the example cell: the first computed matrix's [1,1], its value only in the key
        const QString first = fixtureRows("iteration_2", computed.first()).value(0).value(0);
        QVERIFY(sheetText.contains(computed.first() + "[1,1] is computed from the orange cells"));
        QVERIFY(sheetText.contains(
            QRegularExpression("^\\s*= _{6,}", QRegularExpression::MultilineOption)));
        QVERIFY2(keyText.contains(
                     QRegularExpression("^\\s*= " + QRegularExpression::escape(first) + "\\s*$",
                                        QRegularExpression::MultilineOption)),
                 qPrintable(first));
    }

    // Lesson 01 by hand: X is the data, and step 3's example at iteration 1 is
    // X[1,·]·wh[·,1] + bh[1,1] with X[1,·] = 1 0 1 0, so its numbers are the lesson's.
    void decimalsAndTheExampleByHand() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("d2.pdf");
        const Run r = cli({lesson01, "--step", "3", "--decimals", "2", "--out", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY(hasRow(text, {"sample", "1", "1.00", "0.00", "1.00", "0.00"}));
        QVERIFY(hasRow(text, {"sample", "3", "0.00", "1.00", "0.00", "1.00"}));
        const QList<QStringList> wh = fixtureRows("iteration_1", "wh", 2);
        const QList<QStringList> bh = fixtureRows("iteration_1", "bh", 2);
        QVERIFY(text.contains("hidden_layer_input[1,1] = Σⱼ X[1,j]·wh[j,1] + bh[1,1]"));
        QVERIFY2(text.contains(QStringLiteral("= 1.00·%1 + 0.00·%2 + 1.00·%3 + 0.00·%4 + %5")
                                   .arg(wh[0][0], wh[1][0], wh[2][0], wh[3][0], bh[0][0])),
                 qPrintable(text));
        QVERIFY(hasRow(text, QStringList{"bias"} + bh[0]));
    }

    // A student's variant: lesson 01 gives its weights as matrices, so the variant of "a" draws
    // them from U[0, 1) with the seed FNV-1a 64("a") >> 11 (the published test vector
    // 0xaf63dc4c8601ec8c): the same pages as a copy of the lesson with that uniform seed.
    void variantIsTheStudentsOwnWeights() {
        QTemporaryDir dir;
        QFile original(lesson01);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        json["init"] = QJsonObject{{"method", "uniform"},
                                   {"seed", double(Q_UINT64_C(0xaf63dc4c8601ec8c) >> 11)}};
        json.remove("exercise");
        const QString copy = dir.filePath("seeded.json");
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        const QString variant = dir.filePath("variant.pdf"), seeded = dir.filePath("seeded.pdf"),
                      plain = dir.filePath("plain.pdf");
        for (const auto& [args, pdf] :
             {std::pair{QStringList{lesson01, "--variant", " A "}, variant},
              std::pair{QStringList{copy}, seeded}, std::pair{QStringList{lesson01}, plain}}) {
            const Run r = cli(args + QStringList{"--step", "3", "--answers", "--out", pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString text = pdfText(variant);
        QVERIFY(text.contains("variant of A"));
        const auto body = [](const QString& t) { // the words after the title line
            return t.section('\n', 1).split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
        };
        QCOMPARE(body(text), body(pdfText(seeded)));
        QVERIFY(body(text) != body(pdfText(plain)));
        QCOMPARE(cli({lesson01, "--variant", " ", "--out", variant}).err.trimmed(),
                 QStringLiteral("backstep-cli: --variant: give the student's name"));
    }

    void allStepsAPageOrMoreEach() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("all.pdf");
        const Run r = cli({lesson01, "--all", "--out", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pdfInfo(pdf, "Pages").toInt();
        QVERIFY2(pages >= 12 && pages <= 24, qPrintable(QString::number(pages)));
        int nextStep = 1;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            const QRegularExpressionMatch heading =
                QRegularExpression(QStringLiteral("Step (\\d+) · [^\\n]*")).match(text);
            QVERIFY2(heading.hasMatch(), qPrintable(QString::number(page)));
            const int step = heading.captured(1).toInt();
            QVERIFY(text.contains(QStringLiteral("step %1 of 12").arg(step)));
            QVERIFY(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pages)));
            if (heading.captured(0).contains("(continued)")) {
                QCOMPARE(step, nextStep - 1);
            } else {
                QCOMPARE(step, nextStep); // every step starts a page of its own, in order
                ++nextStep;
            }
        }
        QCOMPARE(nextStep, 13);
    }

    void paperSizes() {
        QTemporaryDir dir;
        const QString a4 = dir.filePath("a4.pdf"), letter = dir.filePath("letter.pdf");
        QCOMPARE(cli({lesson01, "--out", a4}).exitCode, 0);
        QCOMPARE(cli({lesson01, "--paper", "letter", "--out", letter}).exitCode, 0);
        // ISO 216: 210 × 297 mm; ANSI: 8.5 × 11 in; in points of 1/72 inch
        QVERIFY2(pdfInfo(a4, "Page size").startsWith("595 x 842 pts"),
                 qPrintable(pdfInfo(a4, "Page size")));
        QVERIFY2(pdfInfo(letter, "Page size").startsWith("612 x 792 pts"),
                 qPrintable(pdfInfo(letter, "Page size")));
        QCOMPARE(pdfInfo(a4, "Pages"), QStringLiteral("1"));
        QCOMPARE(pdfInfo(a4, "Title"), QStringLiteral("Three samples, four inputs"));
    }

    // 2000 samples: the first 10 rows and a note, not 2000 rows; a bounded number of pages.
    void bigLessonOnFewPages() {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("big.pdf");
        const Run r =
            cli({sourceDir + "/bench/lessons/moons-2000.json", "--all", "--answers", "--out", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int pages = pdfInfo(pdf, "Pages").toInt();
        QVERIFY2(pages >= 12 && pages <= 48, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains("X (2000×2)"));
        QVERIFY(text.contains("rows 11–2000 not shown"));
        QVERIFY(hasRow(text, {"sample", "10"}));
        QVERIFY(!hasRow(text, {"sample", "11"}));
        // hidden_layer_input is 2000×10: its ten columns in pieces, every one labelled
        for (int unit = 1; unit <= 10; ++unit)
            QVERIFY(words(text).contains(QStringLiteral("h%1").arg(unit)));
    }

    // 40 samples: every row printed, the computed matrix split across pages by whole rows,
    // each piece captioned with its rows, the ranges consecutive and covering 1–40.
    void mediumMatrixSplitsByRows() {
        QTemporaryDir dir;
        const QString lesson = dir.filePath("forty.json"), pdf = dir.filePath("forty.pdf");
        QFile file(lesson);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "backstep-lesson", "version": 1, "title": "Forty",
            "data": {"generator": "moons", "samples": 40, "noise": 0.2, "seed": 4},
            "network": {"hidden": 4}, "training": {"learning_rate": 0.1, "epochs": 10}})");
        file.close();
        const Run r = cli({lesson, "--step", "3", "--answers", "--out", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfInfo(pdf, "Pages").toInt() >= 2);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains("X (40×2)"));
        QVERIFY(!text.contains("not shown"));
        const QRegularExpression piece(
            QStringLiteral("hidden_layer_input \\(40×4\\), rows (\\d+)–(\\d+)"));
        int next = 1;
        for (auto it = piece.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.captured(1).toInt(), next);
            QVERIFY(m.captured(2).toInt() >= next + 2); // no piece of one or two rows
            next = m.captured(2).toInt() + 1;
        }
        QCOMPARE(next, 41);
        for (int sample = 1; sample <= 40; ++sample)
            QVERIFY2(hasRow(text, {"sample", QString::number(sample)}),
                     qPrintable(QString::number(sample)));
    }

    void badArgumentsGiveOneLine_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList{lesson01} << "--out FILE.pdf is required";
        QTest::newRow("step and all")
            << QStringList{lesson01, "--step", "3", "--all", "--out", "x.pdf"}
            << "--step S or --all, not both";
        QTest::newRow("step 13") << QStringList{lesson01, "--step", "13", "--out", "x.pdf"}
                                 << "--step: expected a whole number from 1 to 12";
        QTest::newRow("paper") << QStringList{lesson01, "--paper", "a5", "--out", "x.pdf"}
                               << "--paper: expected a4 or letter, got \"a5\"";
        QTest::newRow("decimals") << QStringList{lesson01, "--decimals", "9", "--out", "x.pdf"}
                                  << "--decimals: expected a whole number from 0 to 8";
        QTest::newRow("iteration") << QStringList{lesson01, "--iteration", "0", "--out", "x.pdf"}
                                   << "--iteration: expected a whole number";
        QTest::newRow("lesson") << QStringList{"/no/such/lesson.json", "--out", "x.pdf"}
                                << "lesson.json";
    }

    void badArgumentsGiveOneLine() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QDir::setCurrent(dir.path());
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(dir.filePath("x.pdf")));
    }

    void unwritableFolderIsAOneLineFailure() {
        const Run r = cli({lesson01, "--out", "/proc/no/such/folder/x.pdf"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("x.pdf"), qPrintable(r.err));
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(HandoutTest)
#include "tst_handout.moc"
