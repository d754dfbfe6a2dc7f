// SPDX-License-Identifier: MIT
// Lessons built to hurt: too large for memory, endless error lists, devices instead of files,
// numbers at the edge of double, duplicate keys. Each is refused or warned about in one line
// that names the place; none crashes, hangs or runs out of memory.
#include "io/lesson_loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace backstep;

namespace {

// A lesson with one input and one target, and `extra` JSON members appended to the top level.
QByteArray tinyLesson(const QByteArray& network, const QByteArray& extraData = "",
                      const QByteArray& extra = "") {
    return R"({"format": "backstep-lesson", "version": 1, "data": {"X": [[0], [1]], "y": [[0], [1]])" +
           extraData + "}, \"network\": " + network + extra + "}";
}

QByteArray repeated(const QByteArray& item, int count) {
    QByteArray text;
    text.reserve(item.size() * count + count);
    for (int i = 0; i < count; ++i)
        text += (i ? "," : "") + item;
    return text;
}

} // namespace

class HostileLessonsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    Loaded<Lesson> load(const QByteArray& text, const QString& name = "lesson.json") {
        const QString path = dir_.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        return loadLessonFile(path);
    }

    static QString errors(const Loaded<Lesson>& r) { return r.errors.join('\n'); }

private slots:
    // 1 000 000 held-out rows passed `check` and then asked for 80 GB in the first test pass.
    void aMillionTestRowsAreRefused() {
        const QByteArray rows = "[" + repeated("[0]", 1000000) + "]";
        const Loaded<Lesson> r = load(
            tinyLesson("{\"hidden\": 10000}", ", \"test_X\": " + rows + ", \"test_y\": " + rows));
        QVERIFY(!r.ok());
        QCOMPARE(errors(r), dir_.filePath("lesson.json") +
                                ": data: 1000000 test samples is more than the "
                                "limit of 100000; use a smaller sample");
    }

    // 10 000 targets after 10 000 hidden units: a 10⁸-cell wout.
    void theOutputLayerIsHeldToTheMatrixLimit() {
        const QByteArray y = "[" + repeated("0", 10000) + "]";
        const QByteArray text =
            R"({"format": "backstep-lesson", "version": 1, "data": {"X": [[0]], "y": [)" + y +
            R"(]}, "network": {"hidden": 10000, "output_activation": "linear"}, "training": {"loss": "mse"}})";
        const Loaded<Lesson> r = load(text);
        QVERIFY(!r.ok());
        QVERIFY2(
            errors(r).endsWith(
                "network: a 10000×10000 weight matrix (10000 inputs × 10000 outputs) is more than "
                "the limit of 10000000 cells; use fewer units"),
            qPrintable(errors(r)));
    }

    // Ten layers of 3162 units: every matrix is within its limit (10⁷ cells), the whole is not.
    void memoryIsEstimatedBeforeAllocating() {
        const Loaded<Lesson> r = load(tinyLesson("{\"hidden\": [" + repeated("3162", 10) + "]}"));
        QVERIFY(!r.ok());
        const QString e = errors(r);
        // One copy of the weights: 2·3162 + 9·3163·3162 + 3163·1 = 90 022 141 numbers, 0.671 GiB.
        // Kept: current, updated, the trace's two, and (the budget allows no more) 3 replay
        // copies and 1 step-back copy: 8 × 0.671 = 5.37 GiB.
        QVERIFY2(
            e.contains("network: training 1–3162–3162–3162–3162–3162–3162–3162–3162–3162–3162–1"),
            qPrintable(e));
        QVERIFY2(e.contains("more than the 2.0 GB Backstep allows for a lesson"), qPrintable(e));
        QVERIFY2(e.contains("(weights 5.4 GB,"), qPrintable(e));
    }

    // A moderately large network still loads, with fewer kept copies of its weights.
    void aLargeNetworkWithinTheBudgetLoads() {
        const Loaded<Lesson> r = load(tinyLesson("{\"hidden\": [3000, 3000]}"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
    }

    // Two million bad experiments gave two million error lines: now the first 20 and a count.
    void errorsAreCapped() {
        const Loaded<Lesson> r =
            load(tinyLesson("{}", "", ", \"experiments\": [" + repeated("1", 2000000) + "]"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 21);
        const QString name = dir_.filePath("lesson.json");
        QCOMPARE(r.errors[0], name + ": experiments[0]: expected a string or {\"en\": \"…\", "
                                     "\"zh_CN\": \"…\", \"ru\": \"…\"}, got the number 1");
        QCOMPARE(r.errors[19], name + ": experiments[19]: expected a string or {\"en\": \"…\", "
                                      "\"zh_CN\": \"…\", \"ru\": \"…\"}, got the number 1");
        QCOMPARE(r.errors[20], name + ": … and 1999980 more errors");
    }

    void warningsAreCapped() {
        QByteArray unknown;
        for (int i = 0; i < 5000; ++i)
            unknown += QByteArray(", \"typo") + QByteArray::number(i) + "\": 1";
        const Loaded<Lesson> r = load(tinyLesson("{}", "", unknown));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.warnings.size(), 21);
        QVERIFY(r.warnings[0].contains(": typo0: unknown key, ignored"));
        QCOMPARE(r.warnings[20], dir_.filePath("lesson.json") + ": … and 4980 more warnings");
    }

    // A named pipe as the lesson used to block `check` forever, waiting for a writer.
    void aPipeIsNotALesson() {
        const QString fifo = dir_.filePath("lesson.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Loaded<Lesson> r = loadLessonFile(fifo);
        QCOMPARE(
            errors(r),
            fifo +
                ": is not a regular file (a pipe, device or socket); give a lesson file (.json)");
        const Loaded<Lesson> device = loadLessonFile("/dev/zero");
        QCOMPARE(errors(device), "/dev/zero: is not a regular file (a pipe, device or socket); "
                                 "give a lesson file (.json)");
    }

    // Values near the end of double's range became NaN when standardised (their sum overflows).
    void hugeInputsAreNormalisedWithoutOverflow() {
        const QByteArray data = R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[1e308, 5], [-1e308, 6], [0, 7]], "y": [[1], [0], [1]], "normalise": "%1"}})";
        Loaded<Lesson> r = load(QByteArray(data).replace("%1", "standardise"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        // by hand: mean 0, population sd 1e308·√(2/3), so ±1/√(2/3) = ±1.2247…, and 0
        const Matrix& X = r.value->data.X;
        QVERIFY(qAbs(X(0, 0) - 1.0 / std::sqrt(2.0 / 3.0)) < 1e-15);
        QVERIFY(qAbs(X(1, 0) + 1.0 / std::sqrt(2.0 / 3.0)) < 1e-15);
        QCOMPARE(X(2, 0), 0.0);
        QVERIFY(qAbs(X(0, 1) + std::sqrt(1.5)) <
                1e-15); // the ordinary column as before: (5 − 6)/√(2/3)
        r = load(QByteArray(data).replace("%1", "minmax"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.value->data.X(0, 0), 1.0);
        QCOMPARE(r.value->data.X(1, 0), 0.0);
        QCOMPARE(r.value->data.X(2, 0), 0.5);
        // without normalisation the lesson loads, with a warning naming the column
        r = load(QByteArray(data).replace("%1", "none"));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.join('\n'),
                 dir_.filePath("lesson.json") +
                     ": data: column \"x1\" has values up to 1e+308; training will overflow unless "
                     "it is rescaled (\"normalise\": \"standardise\")");
    }

    // Every experiment that changes settings costs one more lesson load when checked: at most 20.
    void experimentsWithSettingsAreBounded() {
        const QByteArray one = R"({"text": "t", "set": {"training.learning_rate": 0.5}})";
        Loaded<Lesson> r =
            load(tinyLesson("{}", "", ", \"experiments\": [" + repeated(one, 20) + "]"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(int(r.value->experiments.size()), 20);
        r = load(tinyLesson("{}", "", ", \"experiments\": [" + repeated(one, 21) + "]"));
        QVERIFY(!r.ok());
        QVERIFY2(errors(r).endsWith("experiments[20].set: more than 20 experiments change "
                                    "settings; keep the others as text"),
                 qPrintable(errors(r)));
    }

    // JSON readers keep the last of two equal keys without a word; raw NUL bytes are accepted.
    void duplicateKeysAndRawControlCharactersWarn() {
        QByteArray text = R"({"format": "backstep-lesson", "version": 1, "title": "a@b",
            "data": {"X": [[0], [1]], "y": [[0], [1]]},
            "training": {"epochs": 5, "learning_rate": 0.5, "epochs": 7},
            "experiments": ["fine", "x@y"], "title": "second"})";
        text.replace('@', '\0');
        const Loaded<Lesson> r = load(text);
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.value->training.epochs, 7);
        const QString name = dir_.filePath("lesson.json") + ": ";
        const QString rawControl = ": a raw control character (such as NUL) inside a string; "
                                   "remove it or write it as an escape like \\u0000";
        QCOMPARE(r.warnings,
                 (QStringList{
                     name + "title" + rawControl,
                     name + "training.epochs: given twice in one object; the last value is used",
                     name + "experiments[1]" + rawControl,
                     name + "title: given twice in one object; the last value is used"}));
    }

    // A pipe or a folder named as the data file: refused with the right words, never opened.
    void csvThatIsNotAFile() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("folder.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath("pipe.csv")).constData(), 0600), 0);
        for (const char* file : {"folder.csv", "pipe.csv"}) {
            QFile f(dir.filePath("l.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(
                QByteArray(
                    R"({"format": "backstep-lesson", "version": 1, "data": {"csv": "@", "targets": ["y"]}})")
                    .replace("@", file));
            f.close();
            const Loaded<Lesson> r = loadLessonFile(dir.filePath("l.json"));
            const QString expected =
                QLatin1String(file) == QLatin1String("pipe.csv")
                    ? "data.csv: \"pipe.csv\" is not a regular file (a pipe, device or socket)"
                    : "data.csv: \"folder.csv\" is a folder, not a CSV file";
            QVERIFY2(errors(r).endsWith(expected), qPrintable(errors(r)));
        }
    }

    void duplicateCsvColumnsWarn() {
        QTemporaryDir dir;
        QFile csv(dir.filePath("d.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("a,price,b,price\n1,2,3,4\n5,6,7,8\n");
        csv.close();
        QFile f(dir.filePath("l.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "backstep-lesson", "version": 1, "data": {"csv": "d.csv", "targets": ["price"], "features": ["a", "b"]},
                    "network": {"output_activation": "linear"}})");
        f.close();
        const Loaded<Lesson> r = loadLessonFile(dir.filePath("l.json"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.value->data.y(1, 0), 6.0); // the first "price"
        QVERIFY2(r.warnings.join('\n').contains("data.csv: d.csv line 1: column \"price\" appears "
                                                "twice (columns 2 and 4); the first is used"),
                 qPrintable(r.warnings.join('\n')));
    }
};

QTEST_GUILESS_MAIN(HostileLessonsTest)
#include "tst_hostile_lessons.moc"
