// SPDX-License-Identifier: MIT
// backstep-cli as a user runs it: exit codes, messages, file names and contents.
#include "common/tolerances.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <thread>
#include <tuple>

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

struct Run {
    int exitCode = -1;
    QString out, err;
};

// `fileSizeLimit` > 0 runs the command as on a full disk: no file it writes may grow beyond
// that many bytes (RLIMIT_FSIZE; the write fails with EFBIG instead of raising SIGXFSZ).
// `memoryLimit` > 0 limits its address space, so that a large allocation fails.
Run cli(const QStringList& arguments, rlim_t fileSizeLimit = 0, rlim_t memoryLimit = 0) {
    QProcess p;
    p.setChildProcessModifier([fileSizeLimit, memoryLimit] {
        for (const auto& [resource, value] :
             {std::pair{RLIMIT_FSIZE, fileSizeLimit}, std::pair{RLIMIT_AS, memoryLimit}}) {
            if (value == 0) continue;
            rlimit limit{};
            getrlimit(resource, &limit);
            limit.rlim_cur = value;
            setrlimit(resource, &limit);
        }
        std::signal(SIGXFSZ, SIG_IGN);
    });
    p.start(QStringLiteral(BACKSTEP_CLI), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Terminal columns of `text` as a terminal draws the reports' characters, counted here apart
// from the program's own rule: CJK ideographs and punctuation (U+2E80–U+9FFF) and fullwidth
// forms (U+FF00–U+FF60) take two columns, the rest (ASCII, ∂, θ, ·, −, Cyrillic) one.
int columns(QStringView text) {
    int n = 0;
    for (const QChar c : text)
        n += (c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF) ||
                     (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)
                 ? 2
                 : 1;
    return n;
}

// The fields of a table line (runs of non-spaces), each as its first and last terminal column.
QList<std::pair<int, int>> fieldColumns(const QString& line) {
    QList<std::pair<int, int>> fields;
    static const QRegularExpression field(QStringLiteral("\\S+"));
    for (auto it = field.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const int start = columns(QStringView(line).left(m.capturedStart()));
        fields.append({start, start + columns(m.capturedView()) - 1});
    }
    return fields;
}

// The command as a user whose language is `language` ("zh_CN.UTF-8") runs it.
Run cliIn(const QString& language, const QStringList& arguments) {
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), language);
    environment.insert(QStringLiteral("LC_ALL"), language);
    environment.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(BACKSTEP_CLI), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QList<QList<double>> readNumbers(const QString& path, QString* header = nullptr) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QList<QList<double>> rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (header) *header = QString::fromUtf8(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) continue;
        QList<double> row;
        for (const QByteArray& cell : lines[i].split(','))
            row << cell.toDouble();
        rows << row;
    }
    return rows;
}

// Every number of `actual` as numpy's in `expected` (common/tolerances.h).
bool sameNumbers(const QString& actual, const QString& expected, QString* why) {
    const auto a = readNumbers(actual), e = readNumbers(expected);
    if (a.size() != e.size() || a.isEmpty()) {
        *why = QStringLiteral("%1: %2 rows, expected %3").arg(actual).arg(a.size()).arg(e.size());
        return false;
    }
    for (qsizetype r = 0; r < a.size(); ++r) {
        if (a[r].size() != e[r].size()) {
            *why = actual + ": row width";
            return false;
        }
        for (qsizetype c = 0; c < a[r].size(); ++c)
            if (!backstep::test::agreesWithNumpy(a[r][c], e[r][c])) {
                *why = QStringLiteral("%1 row %2: %3 vs numpy %4")
                           .arg(actual)
                           .arg(r + 1)
                           .arg(a[r][c], 0, 'g', 17)
                           .arg(e[r][c], 0, 'g', 17);
                return false;
            }
    }
    return true;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT
private slots:
    void helpAndUsage() {
        const Run help = cli({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"check", "trace", "train", "gradcheck"})
            QVERIFY(help.out.contains(command));
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({"fly"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command \"fly\""));
        const Run traceHelp = cli({"trace", "--help"});
        QCOMPARE(traceHelp.exitCode, 0);
        QVERIFY(traceHelp.out.contains("--iteration"));
        QCOMPARE(cli({"train", "--bogus"}).exitCode, 2);
        // --version: the project's version, as the top CMakeLists.txt states it
        QFile project(QStringLiteral(BACKSTEP_SOURCE_DIR "/CMakeLists.txt"));
        QVERIFY(project.open(QIODevice::ReadOnly));
        const QString declared =
            QRegularExpression(QStringLiteral(R"(project\(Backstep VERSION ([0-9.]+))"))
                .match(QString::fromUtf8(project.readAll()))
                .captured(1);
        QVERIFY(!declared.isEmpty());
        const Run version = cli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QStringLiteral("backstep-cli %1\n").arg(declared));
        QCOMPARE(cli({"trace", "--iteration", "0"}).exitCode, 2);
    }

    void checkTheDefaultLesson() {
        const Run r = cli({"check"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("4–3–1, sigmoid/sigmoid"));
        QVERIFY(r.out.contains("3 samples, 4 inputs, 1 targets"));
    }

    void everyShippedLessonPassesCheck() {
        const QStringList files = QDir(sourceDir + "/lessons").entryList({"*.json"}, QDir::Files);
        QVERIFY(files.size() >= 12);
        for (const QString& f : files) {
            const Run r = cli({"check", sourceDir + "/lessons/" + f});
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(f + ": " + r.err));
        }
    }

    void checkABrokenLesson() {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.json"));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"format": "backstep-lesson", "version": 1, "data": {"X": [[1,2]], "y": [[1]]},
                   "training": {"learning_rate": -1, "batch": "all"}})");
        f.close();
        const Run r = cli({"check", f.fileName()});
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // one line per error
        QVERIFY(lines[0].startsWith("backstep-cli: " + f.fileName() + ": training.learning_rate:"));
        QVERIFY(lines[1].contains("training.batch:"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({"check", dir.filePath("missing.json")}).exitCode, 2);
    }

    // In Chinese and Russian: the lesson's errors, the summary's words and the tool's own
    // messages; names from the lesson file and numbers stay as they are.
    void speaksTheUsersLanguage() {
        QTemporaryDir dir;
        QFile f(dir.filePath("bad.json"));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"format": "backstep-lesson", "version": 1, "data": {"X": [[1,2]], "y": [[1]]},
                   "training": {"epochs": 2.5}})");
        f.close();
        const Run zh = cliIn("zh_CN.UTF-8", {"check", f.fileName()});
        QCOMPARE(zh.exitCode, 2);
        QCOMPARE(zh.err, "backstep-cli: " + f.fileName() +
                             ": training.epochs: 应为 1 到 10000000 之间的整数，实际为数字 2.5\n");
        const Run summary = cliIn("zh_CN.UTF-8", {"check"});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(summary.out.contains("数据：    3 个样本，4 个输入，1 个目标（inline），分类\n"),
                 qPrintable(summary.out));
        QVERIFY2(summary.out.contains("网络：    4–3–1, sigmoid/sigmoid\n"),
                 qPrintable(summary.out));
        const Run unknown = cliIn("ru_RU.UTF-8", {"fly"});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err,
                 QStringLiteral(
                     "backstep-cli: неизвестная команда «fly»; используйте check, trace, "
                     "train, gradcheck, workbook, sweep, handout или animate (см. --help)\n"));
        const Run english = cliIn("C.UTF-8", {"fly"});
        QVERIFY(english.err.contains("unknown command \"fly\""));
    }

    // In Chinese a heading or row label of n characters takes 2n terminal columns: the
    // tables still line up. The gradient check's columns are 12, 12, 12, 22 and 26 wide with a
    // space between (the numbers right-aligned); a matrix's are a 12-column row label, then 11
    // columns and a space per cell.
    void tablesLineUpInChinese() {
        const Run check = cliIn("zh_CN.UTF-8", {"gradcheck"});
        QCOMPARE(check.exitCode, 0);
        const QStringList lines = check.out.split('\n');
        QVERIFY2(lines.size() > 6 && lines[1].startsWith(QStringLiteral("参数")),
                 qPrintable(check.out)); // the Chinese heading: the test means something
        // heading and wh, bh, wout, bout
        for (int i = 1; i <= 5; ++i) {
            const auto fields = fieldColumns(lines[i]);
            QVERIFY2(fields.size() == 5, qPrintable(lines[i]));
            QCOMPARE(fields[0].first, 0);   // parameter, from column 0
            QCOMPARE(fields[1].second, 24); // max error, ending at 12 + 1 + 12 − 1
            QCOMPARE(fields[2].first, 26);  // worst cell, from 12 + 1 + 12 + 1
            QCOMPARE(fields[3].second, 60); // update, ending at 26 + 12 + 1 + 22 − 1
            QCOMPARE(fields[4].second, 87); // −lr·∂L/∂θ, ending at 61 + 1 + 26 − 1
        }

        // In Russian a heading wider than its column widens it: "худшая ячейка" takes 13
        // columns, so "update" ends at 12 + 1 + 12 + 1 + 13 + 1 + 22 − 1 = 61 on every line.
        const Run russian = cliIn("ru_RU.UTF-8", {"gradcheck"});
        QCOMPARE(russian.exitCode, 0);
        const QStringList ru = russian.out.split('\n');
        const QString update = QStringLiteral("обновление");
        QVERIFY2(ru.size() > 6 && ru[1].contains(QStringLiteral("худшая ячейка")) &&
                     ru[1].contains(update),
                 qPrintable(russian.out));
        QCOMPARE(columns(QStringView(ru[1]).left(ru[1].indexOf(update) + update.size())) - 1, 61);
        for (int i = 2; i <= 5; ++i) {
            const auto fields = fieldColumns(ru[i]);
            QVERIFY2(fields.size() == 5, qPrintable(ru[i]));
            QCOMPARE(fields[2].first, 26);
            QCOMPARE(fields[3].second, 61);
            QCOMPARE(fields[4].second, 88);
        }

        // The summaries' values start in one column, two after the widest label: 初始化：
        // (8 columns) in the lesson's, 最终损失： (10) in the training report's.
        for (const auto& [arguments, valueColumn, count] :
             {std::tuple{QStringList{"check"}, 10, 5},
              std::tuple{QStringList{"train", "--epochs", "3"}, 12, 4}}) {
            const Run summary = cliIn("zh_CN.UTF-8", arguments);
            QCOMPARE(summary.exitCode, 0);
            const QStringList summaryLines = summary.out.split('\n', Qt::SkipEmptyParts);
            QCOMPARE(summaryLines.size(), count);
            for (const QString& text : summaryLines) {
                const auto fields = fieldColumns(text);
                QVERIFY2(fields.size() >= 2 && text.contains(QStringLiteral("：")),
                         qPrintable(text));
                QCOMPARE(fields[1].first, valueColumn);
            }
        }

        const Run trace = cliIn("zh_CN.UTF-8", {"trace"});
        QCOMPARE(trace.exitCode, 0);
        const QStringList traced = trace.out.split('\n');
        // X (3×4): the heading x1 … x4, then 样本 1 … 样本 3; bh (1×3): h1 … h3, then 偏置.
        for (const auto& [title, rows, cells] : {std::tuple{QStringLiteral("X  (3×4)"), 3, 4},
                                                 std::tuple{QStringLiteral("bh  (1×3)"), 1, 3}}) {
            const qsizetype at = traced.indexOf(title);
            QVERIFY2(at > 0, qPrintable(title));
            for (int line = 1; line <= rows + 1; ++line) {
                const QString text = traced[at + line];
                const auto fields = fieldColumns(text);
                const bool heading = line == 1;
                // a row label "样本 1" is two fields; the heading has none
                const int label = heading ? 0 : int(fields.size()) - cells;
                QVERIFY2(fields.size() == cells + label, qPrintable(text));
                if (!heading) {
                    QCOMPARE(fields[0].first, 0);
                    QVERIFY2(text.startsWith(QStringLiteral("样本 ")) ||
                                 text.startsWith(QStringLiteral("偏置")),
                             qPrintable(text));
                }
                for (int c = 0; c < cells; ++c) // cell c ends at 12 + 12c + 10
                    QCOMPARE(fields[label + c].second, 22 + 12 * c);
            }
        }
    }

    void traceMatchesNumpy() {
        QTemporaryDir dir;
        const Run r = cli({"trace", sourceDir + "/lessons/01-three-samples.json", "--iteration",
                           "2", "--out", dir.path(), "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QStringList expected = {"X",
                                "y",
                                "wh",
                                "bh",
                                "wout",
                                "bout",
                                "hidden_layer_input",
                                "hiddenlayer_activations",
                                "output_layer_input",
                                "output",
                                "E",
                                "slope_output_layer",
                                "slope_hidden_layer",
                                "d_output",
                                "Error_at_hidden_layer",
                                "d_hiddenlayer",
                                "wout_updated",
                                "wh_updated",
                                "bout_updated",
                                "bh_updated"};
        for (QString& name : expected)
            name += ".csv";
        expected.sort();
        QStringList written = QDir(dir.path()).entryList(QDir::Files);
        written.sort();
        QCOMPARE(written, expected);
        QString header;
        readNumbers(dir.filePath("wh.csv"), &header);
        QCOMPARE(header, QStringLiteral("h1,h2,h3"));
        readNumbers(dir.filePath("X.csv"), &header);
        QCOMPARE(header, QStringLiteral("x1,x2,x3,x4"));
        for (const QString& file : expected) {
            QString why;
            QVERIFY2(sameNumbers(dir.filePath(file),
                                 sourceDir + "/tests/data/numpy/three-samples/iteration_2/" + file,
                                 &why),
                     qPrintable(why));
        }
    }

    void tracePrintsTheSteps() {
        const Run r = cli({"trace"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("== step 1: Read inputs and targets"));
        QVERIFY(r.out.contains("== step 12: Update the biases"));
        QVERIFY(r.out.contains("d_hiddenlayer  (3×3)"));
    }

    void trainWritesLossAndWeights() {
        QTemporaryDir dir;
        // 999 epochs of full batch = the state before iteration 1000 of the numpy fixture
        const Run r = cli({"train", "--epochs", "999", "--loss-csv", dir.filePath("loss.csv"),
                           "--out", dir.filePath("w")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("epochs:      999"));
        QVERIFY(r.err.contains("epoch 999/999")); // plain progress lines when not a terminal
        QString header;
        const auto loss = readNumbers(dir.filePath("loss.csv"), &header);
        QCOMPARE(header, QStringLiteral("epoch,loss,accuracy"));
        QCOMPARE(loss.size(), 999);
        QCOMPARE(loss[0][0], 1.0);
        QVERIFY(std::abs(loss[0][1] - 0.3522820169331865) < 1e-13); // numpy: loss of iteration 1
        for (const char* name : {"wh", "bh", "wout", "bout"}) {
            QString why;
            QVERIFY2(sameNumbers(
                         dir.filePath(QStringLiteral("w/%1.csv").arg(name)),
                         sourceDir +
                             QStringLiteral("/tests/data/numpy/three-samples/iteration_1000/%1.csv")
                                 .arg(name),
                         &why),
                     qPrintable(why));
        }
    }

    // With its own samples as the test set and full batches, the test loss after epoch e is
    // the loss the next epoch measures before its update: test_loss[e] = loss[e + 1].
    void lossCsvHasTheTestColumns() {
        QTemporaryDir dir;
        QFile original(sourceDir + "/lessons/01-three-samples.json");
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject lesson = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject data = lesson["data"].toObject();
        data.insert("test_X", data.value("X"));
        data.insert("test_y", data.value("y"));
        lesson["data"] = data;
        QFile copy(dir.filePath("lesson.json"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(lesson).toJson());
        copy.close();
        const Run r = cli(
            {"train", copy.fileName(), "--epochs", "50", "--loss-csv", dir.filePath("loss.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString header;
        const auto rows = readNumbers(dir.filePath("loss.csv"), &header);
        QCOMPARE(header, QStringLiteral("epoch,loss,accuracy,test_loss,test_accuracy"));
        QCOMPARE(rows.size(), 50);
        for (int e = 0; e + 1 < rows.size(); ++e) {
            QVERIFY(std::abs(rows[e][3] - rows[e + 1][1]) <= 1e-15 * std::abs(rows[e + 1][1]));
            QCOMPARE(rows[e][4], rows[e + 1][2]); // accuracy likewise
        }
        QVERIFY(rows[0][3] < rows[0][1]); // one step of descent lowered the loss
    }

    // moons 2000 is cut into chunks; the three-sample lesson is not, and one thread never shares.
    void trainReportsTheHelperThread() {
        const QString moons = sourceDir + "/bench/lessons/moons-2000.json";
        const Run two = cli({"train", moons, "--epochs", "3", "--threads", "2"});
        QCOMPARE(two.exitCode, 0);
        if (std::thread::hardware_concurrency() >= 2) {
            // full batch, no test set: one pass an epoch
            static const QRegularExpression line(
                QStringLiteral("threads: +2 \\(a helper thread took part in ([0-3]) of 3 passes"));
            QVERIFY2(line.match(two.out).hasMatch(), qPrintable(two.out));
        }
        const Run one = cli({"train", moons, "--epochs", "3", "--threads", "1"});
        QVERIFY(!one.out.contains(QStringLiteral("threads:")));
        const Run small = cli({"train", "--epochs", "3", "--threads", "2"}); // 3 samples
        QVERIFY(!small.out.contains(QStringLiteral("threads:")));
    }

    void trainStopsOnDivergence() {
        QTemporaryDir dir;
        QFile f(dir.filePath("diverge.json"));
        f.open(QIODevice::WriteOnly);
        f.write(R"({"format": "backstep-lesson", "version": 1,
                   "data": {"X": [[1, 2], [3, 4], [5, 6]], "y": [[100], [200], [300]]},
                   "network": {"hidden": 3, "hidden_activation": "linear", "output_activation": "linear"},
                   "training": {"learning_rate": 10, "epochs": 1000}})");
        f.close();
        const Run r = cli({"train", f.fileName(), "--loss-csv", dir.filePath("loss.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("training stopped: a non-finite value"), qPrintable(r.err));
        QVERIFY(r.err.contains(" of epoch "));
        QVERIFY(QFile::exists(dir.filePath("loss.csv"))); // the history up to the stop is kept
    }

    void gradcheckPasses() {
        const Run r = cli({"gradcheck"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("PASS"));
        QVERIFY(r.out.contains("wout"));
    }

    void unwritableOutputFails() {
        const Run r = cli({"trace", "--out", "/proc/backstep-cannot-write", "--quiet"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("backstep-cli: /proc/backstep-cannot-write"));
    }

    // A title with a terminal escape and a NUL, and numbers near the end of double's range:
    // the escape is shown, not obeyed; nothing after the NUL is lost; no number is cut.
    void printsWhatIsThereAndNothingElse() {
        QTemporaryDir dir;
        const QString lesson = dir.filePath("odd.json");
        QFile f(lesson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // (a plain literal: moc does not read \u escapes inside raw strings)
        f.write("{\"format\": \"backstep-lesson\", \"version\": 1, \"title\": \"clear\\u001b[2J "
                "screen\\u0000 and more\","
                "\"data\": {\"X\": [[1e308, -2.5e-7], [0.123456, 12345.678]], \"y\": [[1], [0]], "
                "\"feature_names\": [\"a\\u0007\", \"b\"]},"
                "\"network\": {\"hidden\": 1}, \"init\": {\"wh\": [[0], [0]], \"bh\": [[0]], "
                "\"wout\": [[0]], \"bout\": [[0]]}}");
        f.close();
        const Run r = cli({"trace", lesson});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0)) &&
                !r.out.contains(QChar(7)));
        QVERIFY2(r.out.contains("title:     clear\\u001b[2J screen\\u0000 and more\n"),
                 qPrintable(r.out));
        // X as printed: every number whole, its magnitude kept
        QVERIFY2(r.out.contains("  1.000e+308  -2.500e-07"), qPrintable(r.out));
        QVERIFY2(r.out.contains("      0.1235  12345.6780"), qPrintable(r.out));
        QVERIFY2(r.out.contains("a\\u0007"), qPrintable(r.out));
    }

    // Counts beyond what a lesson may ask for are refused before anything runs.
    void countsAreLimited() {
        const Run epochs = cli({"train", "--epochs", "2147483647"});
        QCOMPARE(epochs.exitCode, 2);
        QCOMPARE(epochs.err, QStringLiteral("backstep-cli: --epochs: expected a whole number from "
                                            "1 to 10000000, got \"2147483647\"\n"));
        // lesson 09: 200 samples in batches of 10 are 20 iterations an epoch, 2·10⁸ in 10⁷ epochs
        const Run iteration =
            cli({"trace", sourceDir + "/lessons/09-batch-modes.json", "--iteration", "200000001"});
        QCOMPARE(iteration.exitCode, 2);
        QVERIFY2(iteration.err.contains("--iteration: expected a whole number from 1 to 200000000"),
                 qPrintable(iteration.err));
        // beyond 32 bits, and within what 100 000 samples one at a time reach in 10⁷ epochs (10¹²)
        const Run wide =
            cli({"trace", sourceDir + "/lessons/09-batch-modes.json", "--iteration", "5000000000"});
        QVERIFY2(wide.err.contains("from 1 to 200000000, got \"5000000000\""),
                 qPrintable(wide.err));
        const Run text = cli({"trace", "--iteration", "seven"});
        QCOMPARE(text.exitCode, 2);
    }

    // A lesson within every limit that this machine still cannot hold: one line, no abort.
    void outOfMemoryIsReported() {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer reserves more address space than the limit this test sets");
#endif
        QTemporaryDir dir;
        const QString lesson = dir.filePath("big.json");
        QFile f(lesson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "backstep-lesson", "version": 1, "data": {"generator": "moons", "samples": 2000},
                    "network": {"hidden": [3000, 3000]}, "training": {"epochs": 1}})");
        f.close();
        const Run r = cli({"train", lesson}, 0, 600ULL << 20);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("backstep-cli: train: out of memory; use a smaller lesson "
                                       "(fewer samples or units)\n"));
    }

    // On a full disk the earlier files stay as they were and the command fails with one line.
    void fullDiskKeepsEarlierFiles() {
        QTemporaryDir dir;
        const QString loss = dir.filePath("loss.csv"), out = dir.filePath("weights");
        QVERIFY(QDir().mkpath(out));
        for (const QString& path : {loss, out + "/wh.csv", out + "/bout.csv"}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier\n");
        }
        const Run train = cli({"train", "--epochs", "50", "--loss-csv", loss}, 300);
        QCOMPARE(train.exitCode, 1);
        const QString error = train.err.section('\n', -2, -2); // after the progress lines
        QCOMPARE(error,
                 "backstep-cli: " + loss +
                     ": cannot write: File too large; the earlier file (if any) is unchanged");
        QFile kept(loss);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("earlier\n"));

        const Run weights = cli({"train", "--epochs", "5", "--out", out}, 30);
        QCOMPARE(weights.exitCode, 1);
        for (const char* name :
             {"wh.csv", "bout.csv"}) { // all or nothing: bout.csv was small enough
            QFile f(out + "/" + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("earlier\n"));
        }
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);

        const Run trace = cli({"trace", "--quiet", "--out", out}, 100);
        QCOMPARE(trace.exitCode, 1);
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
