// SPDX-License-Identifier: MIT
// Importing a CSV file of one's own: bad rows reported by line and left out, and the lesson
// built from the chosen columns.
#include "io/csv.h"
#include "io/csv_import.h"
#include "io/lesson_loader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace backstep;

class CsvImportTest : public QObject {
    Q_OBJECT
private slots:
    void keepsGoodRowsAndReportsBadOnes() {
        const Loaded<CsvImport> t = importCsv("\xEF\xBB\xBF"
                                              "area,rooms,price\r\n50,2,100\r\n60,x,120\r\n\r\n70,"
                                              "3\r\n\"80\",4,160\r\n90,\"5,210\r\n");
        QVERIFY(t.ok());
        QCOMPARE(t->header, (QStringList{"area", "rooms", "price"}));
        QCOMPARE(t->rows.size(), size_t(2));
        QCOMPARE(t->rows[1], (std::vector<double>{80, 4, 160}));
        QCOMPARE(t.warnings,
                 (QStringList{"line 3: column 'rooms': 'x' is not a number; skipped",
                              "line 5: expected 3 fields like the header, got 2; skipped",
                              "line 7: a quoted field is not closed; skipped"}));
    }

    void nothingUsable() {
        QCOMPARE(importCsv("\n \n").errorText(),
                 QStringLiteral("the file is empty; expected a header line of column names"));
        QCOMPARE(importCsv("a,b\nx,y\n").errorText(),
                 QStringLiteral("no readable data rows after the header"));
        QCOMPARE(importCsv("a,b\nx,y\n").warnings.size(), 1);
    }

    void stopsAfterAHundredBadRows() {
        const Loaded<CsvImport> t = importCsv("a\n1\n" + QByteArray("x\n").repeated(150) + "2\n");
        QCOMPARE(t.warnings.size(), maxCsvProblems);
        QCOMPARE(t.warnings.last(),
                 QStringLiteral("line 102: column 'a': 'x' is not a number; skipped"));
        QCOMPARE(t->rows.size(), size_t(1));
    }

    // Repeated column names come first (they are on line 1), then the rows left out, which the
    // table counts; an import with nothing usable still names the rows it could not read.
    void warningsNameColumnsThenRows() {
        const Loaded<CsvImport> t = importCsv("a,price,price\n1,2,3\n4,x,6\n7,8,9\n");
        QVERIFY(t.ok());
        QCOMPARE(t.warnings,
                 (QStringList{
                     "line 1: column \"price\" appears twice (columns 2 and 3); the first is used",
                     "line 3: column 'price': 'x' is not a number; skipped"}));
        QCOMPARE(t->rowsLeftOut, 1);
        QCOMPARE(t->rows, (std::vector<std::vector<double>>{{1, 2, 3}, {7, 8, 9}}));
        const Loaded<CsvImport> none = importCsv("a,b\nx,y\n");
        QVERIFY(!none);
        QCOMPARE(none.errors, QStringList{"no readable data rows after the header"});
        QCOMPARE(none.warnings, QStringList{"line 2: column 'a': 'x' is not a number; skipped"});
    }

    void limitsNameTheLine() {
        const QByteArray text = "a,b\n1,2\n" + QByteArray(maxCsvLineBytes + 1, '7') + "\n";
        QCOMPARE(importCsv(text).errorText(),
                 QStringLiteral("line 3: the line is longer than 1 MB; is this a CSV file "
                                "with one row per line?"));
    }

    void repeatedColumnNames() {
        const Loaded<CsvImport> t = importCsv("a,price,b,price\n1,2,3,4\n5,6,7,8\n");
        QVERIFY(t.ok());
        QCOMPARE(
            t.warnings,
            QStringList{
                "line 1: column \"price\" appears twice (columns 2 and 4); the first is used"});
        const auto lesson = lessonFromCsv(*t, {"price", "price"}, Normalisation::None, "houses");
        QVERIFY2(lesson, qPrintable(lesson.errorText()));
        QCOMPARE(lesson->data.featureNames, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(lesson->data.y(1, 0), 6.0); // the first "price" column
        QCOMPARE(lesson->data.X(1, 1), 7.0);
    }

    void readsFiles() {
        QTemporaryDir dir;
        const QByteArray text = "area,rooms\r\n50,2\r\n60,x\r\n70,3";
        QFile file(dir.filePath("rooms.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        const Loaded<CsvImport> fromFile = importCsvFile(file.fileName(), "rooms.csv");
        const Loaded<CsvImport> fromText = importCsv(text);
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile->rows, fromText->rows);
        QCOMPARE(fromFile.warnings, fromText.warnings);
        QCOMPARE(fromFile.warnings,
                 QStringList{"line 3: column 'rooms': 'x' is not a number; skipped"});
        QCOMPARE(importCsvFile(dir.path(), "d.csv").errorText(),
                 QStringLiteral("d.csv: is a folder, not a CSV file"));
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(importCsvFile(fifo, "pipe.csv").errorText(),
                 QStringLiteral("pipe.csv: is not a regular file (a pipe, device or socket)"));
#endif
    }

    void classificationLesson() {
        const Loaded<CsvImport> t = importCsv("hours,slept,passed\n1,8,0\n9,7,1\n5,5,0\n8,8,1\n");
        const auto lesson = lessonFromCsv(*t, {"passed"}, Normalisation::Standardise, "exam");
        QVERIFY2(lesson, qPrintable(lesson.errorText()));
        QCOMPARE(lesson->network.inputs, 2);
        QCOMPARE(lesson->network.outputActivation.kind, Activation::Sigmoid);
        QCOMPARE(lesson->training.loss, Loss::Bce);
        QCOMPARE(lesson->data.featureNames, (std::vector<std::string>{"hours", "slept"}));
        // hours 1, 9, 5, 8: mean 5.75, population σ = √(((−4.75)² + 3.25² + 0.75² + 2.25²)/4) =
        // √9.6875
        QVERIFY(std::abs(lesson->data.X(0, 0) - (1 - 5.75) / std::sqrt(9.6875)) < 1e-15);
        QCOMPARE(lesson->data.y(3, 0), 1.0);
        QVERIFY(!incompatibility(lesson->network, lesson->training.loss));
    }

    void regressionAndOneHot() {
        const Loaded<CsvImport> t = importCsv("x,a,b,v\n0,1,0,2.5\n1,0,1,3.5\n2,1,0,1\n");
        auto regression = lessonFromCsv(*t, {"v"}, Normalisation::None, "r");
        QVERIFY(regression);
        QCOMPARE(regression->network.outputActivation.kind, Activation::Linear);
        QCOMPARE(regression->training.loss, Loss::Mse);
        QCOMPARE(regression->data.X(2, 0), 2.0); // not rescaled
        auto classes = lessonFromCsv(*t, {"a", "b"}, Normalisation::MinMax, "c");
        QVERIFY(classes);
        QCOMPARE(classes->network.outputActivation.kind, Activation::Softmax);
        QCOMPARE(classes->training.loss, Loss::CrossEntropy);
        QCOMPARE(classes->data.X(1, 0), 0.5); // x 1 of 0…2; v 3.5 of 1…3.5 → 1
        QCOMPARE(classes->data.X(1, 1), 1.0);
    }

    // A target column of words: one class per word in the order of first appearance, one-hot
    // targets, softmax and cross-entropy; quoted names may hold commas.
    void classNamesBecomeOneHot() {
        const Loaded<CsvImport> t = importCsv(
            "w,h,kind\n1,2,cat\n3,4,\"dog, small\"\n5,6,cat\n7,8,bird\n9,10, dog, small\n");
        QVERIFY(t.ok());
        QCOMPARE(t->textColumns, std::vector<int>{2});
        QCOMPARE(t->rows.size(), size_t(4)); // the last line has 4 fields
        QCOMPARE(t.warnings.size(), 1);
        const auto lesson = lessonFromCsv(*t, {"kind"}, Normalisation::None, "pets");
        QVERIFY2(lesson, qPrintable(lesson.errorText()));
        QCOMPARE(lesson->data.targetNames, (std::vector<std::string>{"cat", "dog, small", "bird"}));
        Matrix expected(4, 3);
        expected << 1, 0, 0, //
            0, 1, 0,         //
            1, 0, 0,         //
            0, 0, 1;
        QCOMPARE(lesson->data.y, expected);
        QCOMPARE(lesson->data.featureNames, (std::vector<std::string>{"w", "h"}));
        QCOMPARE(lesson->data.X(3, 1), 8.0);
        QCOMPARE(lesson->network.outputs, 3);
        QCOMPARE(lesson->network.outputActivation.kind, Activation::Softmax);
        QCOMPARE(lesson->training.loss, Loss::CrossEntropy);
        QVERIFY(!incompatibility(lesson->network, lesson->training.loss));
    }

    // Whole numbers 0–9 with three or more values: one class per value that occurs, in
    // numeric order; a 0/1 column stays one sigmoid output; other numbers stay regression.
    void digitLabelsBecomeOneHot() {
        const Loaded<CsvImport> t = importCsv("a,label,price,half\n0.5,7,100,0.5\n1.5,2,120,1\n"
                                              "2.5,7,150,2\n3.5,0,90,3\n");
        QVERIFY(t.ok() && t->textColumns.empty());
        const auto digits = lessonFromCsv(*t, {"label"}, Normalisation::None, "d");
        QVERIFY2(digits, qPrintable(digits.errorText()));
        QCOMPARE(digits->data.targetNames, (std::vector<std::string>{"0", "2", "7"}));
        Matrix expected(4, 3);
        expected << 0, 0, 1, //  7
            0, 1, 0,         //  2
            0, 0, 1,         //  7
            1, 0, 0;         //  0
        QCOMPARE(digits->data.y, expected);
        QCOMPARE(digits->network.outputActivation.kind, Activation::Softmax);
        QCOMPARE(digits->data.featureNames, (std::vector<std::string>{"a", "price", "half"}));

        for (const char* regression : {"price", "half"}) { // 90…150; 0.5 is no class
            const auto r = lessonFromCsv(*t, {regression}, Normalisation::None, "r");
            QVERIFY(r);
            QCOMPARE(r->network.outputs, 1);
            QCOMPARE(r->network.outputActivation.kind, Activation::Linear);
        }
        const Loaded<CsvImport> binary = importCsv("x,passed\n1,0\n2,1\n3,1\n");
        const auto b = lessonFromCsv(*binary, {"passed"}, Normalisation::None, "b");
        QVERIFY(b);
        QCOMPARE(b->network.outputs, 1);
        QCOMPARE(b->network.outputActivation.kind, Activation::Sigmoid);
    }

    // Words stay words in their column (a number there is a class name too); elsewhere they are
    // bad rows; and a column of words cannot be an input.
    void wordsOnlyAsTheTarget() {
        const Loaded<CsvImport> t = importCsv("colour,size,kind\nred,1,a\nblue,x,b\ngreen,3,7\n");
        QCOMPARE(t->textColumns, (std::vector<int>{0, 2}));
        QCOMPARE(t.warnings, QStringList{"line 3: column 'size': 'x' is not a number; skipped"});
        QCOMPARE(t->text[1], (std::vector<QString>{"a", "7"}));
        Loaded<Lesson> made;
        QVERIFY(!(made = lessonFromCsv(*t, {"kind"}, Normalisation::None, "x")));
        QCOMPARE(made.errorText(),
                 QStringLiteral("column \"colour\" holds words, not numbers; only a "
                                "target column can hold class names"));
        QVERIFY(!(made = lessonFromCsv(*t, {"colour", "kind"}, Normalisation::None, "x")));
        QCOMPARE(made.errorText(),
                 QStringLiteral("column \"colour\" holds class names; choose it as the "
                                "only target column"));
        const Loaded<CsvImport> one = importCsv("x,kind\n1,a\n2,a\n");
        QVERIFY(!(made = lessonFromCsv(*one, {"kind"}, Normalisation::None, "x")));
        QCOMPARE(made.errorText(),
                 QStringLiteral("column \"kind\" names only one class; a classification "
                                "needs two or more"));
        // a first row without any number decides nothing: it is a bad row, as before
        const Loaded<CsvImport> header = importCsv("a,b\nx,y\n1,2\n");
        QVERIFY(header->textColumns.empty());
        QCOMPARE(header->rows.size(), size_t(1));
    }

    // A lesson's own CSV: a target column of class names becomes one-hot y over the classes in
    // the order they first appear in data.csv, and test_csv uses the same classes.
    void lessonCsvWithClassNames() {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
        };
        write("train.csv", "a,b,kind\n1,2,Coat\n3,4,Bag\n5,6,Coat\n7,8,\"Ankle, boot\"\n");
        write("test.csv", "a,b,kind\n9,10,Bag\n11,12,\"Ankle, boot\"\n");
        write("new.csv", "a,b,kind\n9,10,Sandal\n");
        write("words.csv", "a,colour,kind\n1,red,Coat\n2,blue,Bag\n");
        const auto lesson = [](const char* test) {
            return QByteArray(R"({"format": "backstep-lesson", "version": 1,
              "data": {"csv": "train.csv", "targets": ["kind"])") +
                   (test ? QByteArray(", \"test_csv\": \"") + test + "\"" : QByteArray()) +
                   R"(}, "network": {"hidden": 2, "output_activation": "softmax"},
              "training": {"loss": "cross_entropy"}})";
        };
        const Loaded<Lesson> r = parseLesson(lesson("test.csv"), dir.path(), "classes");
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.value->data.targetNames,
                 (std::vector<std::string>{"Coat", "Bag", "Ankle, boot"}));
        Matrix train(4, 3), test(2, 3);
        train << 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1;
        test << 0, 1, 0, 0, 0, 1;
        QCOMPARE(r.value->data.y, train);
        QCOMPARE(r.value->test.y, test);
        QCOMPARE(r.value->data.X(3, 1), 8.0);
        QCOMPARE(r.value->network.outputs, 3);

        const Loaded<Lesson> unknown = parseLesson(lesson("new.csv"), dir.path(), "classes");
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errors.join('\n').contains(
                     "class \"Sandal\" of new.csv is not in the training data"),
                 qPrintable(unknown.errors.join('\n')));
        QByteArray words = lesson(nullptr);
        words.replace("train.csv", "words.csv");
        const Loaded<Lesson> input = parseLesson(words, dir.path(), "classes");
        QVERIFY(!input.ok());
        QVERIFY2(input.errors.join('\n').contains(
                     "column \"colour\" of words.csv holds words, not numbers"),
                 qPrintable(input.errors.join('\n')));
    }

    void badChoices() {
        const Loaded<CsvImport> t = importCsv("a,b\n1,2\n");
        Loaded<Lesson> made;
        QVERIFY(!(made = lessonFromCsv(*t, {}, Normalisation::None, "x")));
        QCOMPARE(made.errorText(), QStringLiteral("choose at least one target column"));
        QVERIFY(!(made = lessonFromCsv(*t, {"a", "b"}, Normalisation::None, "x")));
        QCOMPARE(made.errorText(), QStringLiteral("leave at least one column as an input"));
    }
};

QTEST_APPLESS_MAIN(CsvImportTest)
#include "tst_csv_import.moc"
