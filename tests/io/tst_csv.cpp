// SPDX-License-Identifier: MIT
// CSV writing (round-trip precision, quoting, atomic saves) and reading (errors by line).
#include "io/csv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace backstep;

class CsvTest : public QObject {
    Q_OBJECT
private slots:
    void shortestRoundTripNumbers() {
        QCOMPARE(formatCsvNumber(0.1), QStringLiteral("0.1"));
        QCOMPARE(formatCsvNumber(-3.0), QStringLiteral("-3"));
        QCOMPARE(formatCsvNumber(1e-300), QStringLiteral("1e-300"));
        QCOMPARE(formatCsvNumber(0.30000000000000004), QStringLiteral("0.30000000000000004"));
        // every double reads back bit for bit, with strtod as an independent reader
        const double values[] = {1.0 / 3, 2.0 / 3, M_PI, -M_E, 5e-324, 1.7976931348623157e308, 0.8464, 123456789.123456789};
        for (double v : values) {
            const QByteArray text = formatCsvNumber(v).toLatin1();
            const double back = std::strtod(text.constData(), nullptr);
            QVERIFY2(std::memcmp(&back, &v, sizeof v) == 0, text.constData());
        }
    }

    void headerIsQuotedWhenNeeded() {
        Matrix m(2, 2);
        m << 1, 0.5, -2, 1e-20;
        QCOMPARE(matrixToCsv(m, {"a,b", "say \"hi\""}),
                 QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n1,0.5\n-2,1e-20\n"));
    }

    void writeReplacesTheWholeFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.csv");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'x'));
        f.close();
        QCOMPARE(writeMatrixCsv(path, Matrix::Ones(1, 1), {"c"}), QString());
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("c\n1\n"));
    }

    void writeFailureNamesTheFileAndLeavesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("missing-folder/m.csv");
        const QString error = writeMatrixCsv(path, Matrix::Ones(1, 1), {"c"});
        QVERIFY(error.startsWith(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }

    void readsNumbersWithBomCrlfQuotesAndBlankLines() {
        const CsvReadResult r = parseCsv("\xEF\xBB\xBF\"area, m2\",price\r\n50,100.5\r\n\r\n-1e3,2\r\n", "h.csv");
        QVERIFY2(r.table, qPrintable(r.error));
        QCOMPARE(r.table->header, (QStringList{"area, m2", "price"}));
        QCOMPARE(r.table->rows.size(), size_t(2));
        QCOMPARE(r.table->rows[1][0], -1000.0);
        QCOMPARE(r.table->rows[0][1], 100.5);
    }

    void errorsNameTheLine_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("fields") << QByteArray("a,b\n1,2\n\n3\n") << "d.csv line 4: expected 2 fields like the header, got 1";
        QTest::newRow("number") << QByteArray("a,b\n1,2\n3,abc\n") << "d.csv line 3: column 'b': 'abc' is not a number";
        QTest::newRow("quote") << QByteArray("a,b\n\"1,2\n") << "d.csv line 2: a quoted field is not closed";
        QTest::newRow("empty") << QByteArray("\n\n") << "d.csv line 1: the file is empty; expected a header line of column names";
        QTest::newRow("header only") << QByteArray("a,b\n") << "d.csv line 2: no data rows after the header";
        QTest::newRow("nan") << QByteArray("a\nnan\n") << "d.csv line 2: column 'a': 'nan' is not a number";
    }

    void errorsNameTheLine() {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const CsvReadResult r = parseCsv(text, "d.csv");
        QVERIFY(!r.table);
        QCOMPARE(r.error, error);
    }

    void missingFile() {
        const CsvReadResult r = readCsvFile("/nonexistent/x.csv", "x.csv");
        QVERIFY(!r.table);
        QVERIFY(r.error.startsWith("x.csv: cannot open the file"));
    }
};

QTEST_APPLESS_MAIN(CsvTest)
#include "tst_csv.moc"
