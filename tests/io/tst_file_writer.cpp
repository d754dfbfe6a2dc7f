// SPDX-License-Identifier: MIT
// Every file Backstep writes survives a failing disk: the earlier file stays intact and the
// caller hears why. Writes are made to fail without root by limiting the size of files this
// process may write (RLIMIT_FSIZE: the kernel refuses with EFBIG), and, where the tests run as
// root, on a tiny tmpfs that really fills up.
#include "io/file_writer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace backstep;

namespace {

// Limits the size of files this process may write while in scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        previousHandler_ = std::signal(SIGXFSZ, SIG_IGN); // fail with EFBIG instead of dying
        rlimit limited = saved_;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previousHandler_);
    }

private:
    rlimit saved_{};
    void (*previousHandler_)(int) = SIG_DFL;
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
}

} // namespace

class FileWriterTest : public QObject {
    Q_OBJECT
private slots:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const QString path = dir.filePath("lesson.json");
        writeFile(path, "old");
        QCOMPARE(writeFileAtomically(path, "new contents").errorText(), QString());
        QCOMPARE(readAll(path), QByteArray("new contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{"lesson.json"}); // no temporary left
    }

    // A small file (a few KB, like every shipped lesson) fails inside Qt's write buffer: the
    // failure shows only when the buffer is flushed.
    void smallFileOnAFullDiskKeepsTheEarlierOne_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("1 KB, buffered") << 1024;
        QTest::newRow("12 KB, buffered") << 12 * 1024;
        QTest::newRow("1 MB, written at once") << 1024 * 1024;
    }
    void smallFileOnAFullDiskKeepsTheEarlierOne() {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath("lesson.json");
        const QByteArray old(100, 'o');
        writeFile(path, old);
        QString error;
        {
            const FileSizeLimit limit(200); // room for 200 bytes in any one file
            error = writeFileAtomically(path, QByteArray(size, 'n')).errorText();
        }
        QVERIFY2(error.startsWith(path + ": cannot write"), qPrintable(error));
        QVERIFY2(!error.contains('\n'), qPrintable(error));
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"lesson.json"});
    }

    void aNewFileThatCannotBeWrittenIsNotLeftBehind() {
        QTemporaryDir dir;
        const QString path = dir.filePath("loss.csv");
        QString error;
        {
            const FileSizeLimit limit(10);
            error = writeFileAtomically(path, QByteArray(5000, 'x')).errorText();
        }
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void groupIsAllOrNothing() {
        QTemporaryDir dir;
        const QString lesson = dir.filePath("big.json"), data = dir.filePath("big.data.csv");
        writeFile(lesson, "old lesson");
        writeFile(data, "old data");
        QString error;
        {
            const FileSizeLimit limit(1000); // the lesson fits, its data does not
            error = writeFilesAtomically(
                        {{lesson, QByteArray(500, 'l')}, {data, QByteArray(3000, 'd')}})
                        .errorText();
        }
        QVERIFY2(error.startsWith(data + ": cannot write"), qPrintable(error));
        QCOMPARE(readAll(lesson), QByteArray("old lesson"));
        QCOMPARE(readAll(data), QByteArray("old data"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
    }

    void aMissingFolderNamesTheFileAndLeavesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("missing-folder/m.csv");
        const QString error = writeFileAtomically(path, "c\n1\n").errorText();
        QVERIFY2(error.startsWith(path + ": cannot write"), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void aFolderIsNotReplaced() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("out"));
        const QString error = writeFileAtomically(dir.filePath("out"), "x").errorText();
        QVERIFY2(error.contains("is a folder"), qPrintable(error));
        QVERIFY(QFileInfo(dir.filePath("out")).isDir());
    }

    // A real full disk: a 64 KB tmpfs, filled up first. Needs root (mount); skipped otherwise.
    void realFullDiskKeepsTheEarlierFile() {
        if (geteuid() != 0) QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath("disk");
        QVERIFY(QDir(dir.path()).mkdir("disk"));
        if (QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint}) != 0)
            QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container)");
        const auto unmount = qScopeGuard([&] { QProcess::execute("umount", {mountPoint}); });
        const QString path = mountPoint + "/lesson.json";
        const QByteArray old(2000, 'o');
        writeFile(path, old);
        { // fill what is left of the disk
            QFile filler(mountPoint + "/filler");
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QString error = writeFileAtomically(path, QByteArray(3000, 'n')).errorText();
        QVERIFY2(error.startsWith(path + ": cannot write"), qPrintable(error));
        QCOMPARE(readAll(path), old);
    }
};

QTEST_GUILESS_MAIN(FileWriterTest)
#include "tst_file_writer.moc"
