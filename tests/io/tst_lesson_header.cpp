// SPDX-License-Identifier: MIT
// Listing lessons (the gallery) reads titles and descriptions only: a lesson whose data cannot
// be read — Fashion-MNIST when the package is missing — is still listed, and listing it reads
// no picture. The expected titles are read from the files with QJsonDocument directly.
#include "io/lesson_header.h"
#include "io/lesson_loader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {
const QString lessonsDir = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons");

QJsonObject jsonOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class LessonHeaderTest : public QObject {
    Q_OBJECT
private slots:
    // BACKSTEP_FASHION_MNIST_DIR at an empty folder: the Fashion-MNIST lesson cannot load
    // (so a listing that read its data would lose it), yet the listing shows it, and every
    // shipped lesson, with the texts of its file.
    void listsTheFashionLessonWithoutItsData() {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        qputenv("BACKSTEP_FASHION_MNIST_DIR", QFile::encodeName(empty.path()));
        const QString fashion = lessonsDir + "/16-fashion-mnist.json";
        const Loaded<Lesson> full = loadLessonFile(fashion);
        QVERIFY2(!full.ok(), "with an empty dataset folder the full load must fail");

        const std::vector<LessonHeader> headers = readLessonHeaders(lessonsDir);
        const QStringList files = QDir(lessonsDir).entryList({"*.json"}, QDir::Files, QDir::Name);
        QCOMPARE(int(headers.size()), int(files.size()));
        for (size_t i = 0; i < headers.size(); ++i) {
            const QString path = lessonsDir + "/" + files[int(i)];
            QCOMPARE(headers[i].path, path);
            const QJsonObject root = jsonOf(path);
            for (const QString language : {"en", "zh_CN", "ru"}) {
                QCOMPARE(headers[i].title.in(language),
                         root["title"].toObject()[language].toString());
                QCOMPARE(headers[i].description.in(language),
                         root["description"].toObject()[language].toString());
            }
        }
        const auto it = std::find_if(headers.begin(), headers.end(),
                                     [&](const LessonHeader& h) { return h.path == fashion; });
        QVERIFY(it != headers.end());
        QVERIFY(it->title.in("en").contains("Fashion-MNIST"));
        qunsetenv("BACKSTEP_FASHION_MNIST_DIR");
    }

    // A lesson with a broken data source is listed (opening it says what is wrong); files that
    // are no lessons are not, each with a one-line reason.
    void listsOnlyLessons() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath("a.json"),
                  R"({"format": "backstep-lesson", "version": 1, "title": "A",
                      "data": {"csv": "missing.csv", "targets": ["y"]}})");
        writeFile(dir.filePath("b.json"), "{\"format\": \"something-else\"}");
        writeFile(dir.filePath("c.json"), "{ not json");
        writeFile(dir.filePath("d.json"),
                  R"({"format": "backstep-lesson", "title": 3, "description": "D"})");
        QVERIFY(!loadLessonFile(dir.filePath("a.json")).ok());
        const std::vector<LessonHeader> headers = readLessonHeaders(dir.path());
        QCOMPARE(int(headers.size()), 1);
        QCOMPARE(headers[0].title.text(), QStringLiteral("A"));
        QVERIFY(headers[0].description.isEmpty());
        for (const char* name : {"b.json", "c.json", "d.json", "missing.json"}) {
            const Loaded<LessonHeader> header = readLessonHeader(dir.filePath(name));
            const QString error = header.errorText();
            QVERIFY(!header);
            QVERIFY2(error.startsWith(dir.filePath(name) + ": ") && !error.contains('\n'),
                     qPrintable(error));
        }
        const Loaded<LessonHeader> header = readLessonHeader(dir.filePath("d.json"));
        const QString error = header.errorText();
        QVERIFY(!header);
        QVERIFY2(error.contains("title"), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(LessonHeaderTest)
#include "tst_lesson_header.moc"
