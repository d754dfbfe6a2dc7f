// SPDX-License-Identifier: MIT
// The live workbook, read back by LibreOffice forced to recalculate every formula on load:
// every matrix of every sheet agrees with buildTrace, every computed cell is a formula, the
// defined names cover the matrices, and an input edited in the file recomputes the chain.
#include "spreadsheet_tools.h"

#include "core/trace.h"
#include "core/trainer.h"
#include "io/core_wording.h"
#include "io/lesson_loader.h"
#include "io/workbook_formulas.h"
#include "io/workbook_layout.h"
#include "io/workbook_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

// |a − b| ≤ 1e-9·max(|a|, |b|), with an absolute floor of 1e-12 for values that cancel to ~0.
bool agrees(double actual, double expected) {
    return std::abs(actual - expected) <=
           std::max(1e-9 * std::max(std::abs(actual), std::abs(expected)), 1e-12);
}

struct Case {
    QString name;
    QString lesson;
    qint64 first = 1; // the first sheet's iteration
    int iterations = 1;
    int step = 12;
    std::vector<Trace> traces; // what the sheets must show
    QString xlsx;
};

// The traces of `iterations` iterations from `first`, as the workbook must show them.
std::vector<Trace> tracesOf(const Lesson& l, qint64 first, int iterations) {
    Trainer trainer(l.network, l.training, l.data, l.initial);
    while (trainer.iterationsCompleted() < first - 1)
        if (!trainer.runIteration()) return {};
    std::vector<Trace> traces;
    for (int i = 0; i < iterations; ++i) {
        if (i > 0 && !trainer.runIteration()) return {};
        traces.push_back(traceOfNextIteration(trainer)); // with the optimiser's state
    }
    return traces;
}

std::string sheetName(qint64 iteration) {
    return "Iteration " + std::to_string(iteration);
}

bool isComputed(MatrixRole role) {
    return role != MatrixRole::Input && role != MatrixRole::Target && role != MatrixRole::Weights &&
           role != MatrixRole::Bias;
}

} // namespace

class WorkbookTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::vector<Case> cases_;
    Case edited_;  // the three-sample workbook with X[2,2] changed in the file
    Case chinese_; // the three-sample workbook written by backstep-cli in Chinese
    double worst_ = 0;

    QString writeLesson(const QString& name, const QJsonObject& lesson) {
        const QString path = dir_.filePath(name + ".json");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) f.write(QJsonDocument(lesson).toJson());
        return path;
    }

    // Checks every matrix and the parameter cells of every sheet of `c` against its traces.
    void compareSheets(const Case& c) {
        const QString base = QFileInfo(c.xlsx).completeBaseName();
        for (size_t i = 0; i < c.traces.size(); ++i) {
            const Trace& trace = c.traces[i];
            const QString csv = dir_.filePath(
                QStringLiteral("csv/%1-%2.csv")
                    .arg(base, QString::fromStdString(sheetName(c.first + qint64(i)))));
            const spreadsheet::Grid grid = spreadsheet::readGrid(csv);
            QVERIFY2(!grid.empty(), qPrintable(csv + " was not written"));
            const SheetLayout layout =
                layoutSheet(trace.network, int(trace.sampleIndices.size()), trace.config);
            const auto check = [&](double actual, double expected, const QString& where) {
                QVERIFY2(agrees(actual, expected),
                         qPrintable(QStringLiteral("%1 %2: LibreOffice %3, trace %4")
                                        .arg(c.name, where)
                                        .arg(actual, 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
                if (expected != 0)
                    worst_ = std::max(worst_, std::abs(actual - expected) / std::abs(expected));
            };
            const int v = layout.valueColumn;
            check(spreadsheet::number(grid, layout.learningRateRow, v), trace.config.learningRate,
                  QStringLiteral("lr"));
            check(spreadsheet::number(grid, layout.batchRowsRow, v),
                  double(trace.sampleIndices.size()), QStringLiteral("batch_rows"));
            check(spreadsheet::number(grid, layout.lossRow, v), trace.loss,
                  QStringLiteral("sheet %1 loss").arg(i + 1));
            QCOMPARE(layout.matrices.size(), trace.matrices.size());
            for (const MatrixPlacement& m : layout.matrices) {
                const TraceMatrix& expected = trace.at(m.name);
                QCOMPARE(m.rows, int(expected.values.rows()));
                QCOMPARE(m.columns, int(expected.values.cols()));
                for (int r = 0; r < m.rows; ++r)
                    for (int col = 0; col < m.columns; ++col)
                        check(spreadsheet::number(grid, m.row(r), m.column(col)),
                              expected.values(r, col),
                              QStringLiteral("sheet %1 %2[%3,%4]")
                                  .arg(i + 1)
                                  .arg(QString::fromStdString(m.name))
                                  .arg(r + 1)
                                  .arg(col + 1));
            }
        }
    }

private slots:
    void initTestCase() {
        const QString missing = spreadsheet::missingTools();
        if (!missing.isEmpty()) QFAIL(qPrintable(missing));
        QVERIFY(dir_.isValid());

        // A deep network with softmax and cross-entropy, wide enough for the MMULT and
        // SUMPRODUCT forms (fan-in 10 and 9, 9 columns of deltas, 12 samples).
        const QString deep =
            writeLesson(QStringLiteral("deep-softmax"),
                        QJsonObject{{"format", "backstep-lesson"},
                                    {"version", 1},
                                    {"title", "deep softmax"},
                                    {"data", QJsonObject{{"generator", "spiral"},
                                                         {"samples", 12},
                                                         {"classes", 3},
                                                         {"seed", 2}}},
                                    {"network", QJsonObject{{"hidden", QJsonArray{10, 9}},
                                                            {"hidden_activation", "relu"},
                                                            {"output_activation", "softmax"}}},
                                    {"training", QJsonObject{{"learning_rate", 0.05},
                                                             {"loss", "cross_entropy"},
                                                             {"batch", "full"}}},
                                    {"init", QJsonObject{{"method", "xavier"}, {"seed", 3}}}});
        const QString numpy = sourceDir + "/tests/data/numpy/";
        cases_ = {
            {"three-samples", sourceDir + "/lessons/01-three-samples.json", 1, 10, 9, {}, {}},
            {"deep-softmax", deep, 1, 2, 3, {}, {}},
            {"relu-softmax-sgd", numpy + "relu-softmax-sgd/lesson.json", 2, 7, 11, {}, {}},
            {"mean-minibatch", numpy + "moons-mean-minibatch/lesson.json", 1, 7, 12, {}, {}},
            {"deep-leaky-bce-frozen",
             numpy + "deep-leaky-bce-frozen/lesson.json",
             1,
             3,
             12,
             {},
             {}},
            {"tanh-linear", numpy + "tanh-linear-minibatch/lesson.json", 1, 3, 7, {}, {}},
            {"step", sourceDir + "/lessons/03-perceptron-step.json", 1, 2, 5, {}, {}},
            // momentum, weight decay and a learning rate halved every epoch (3 iterations)
            {"momentum-decay", numpy + "momentum-decay-minibatch/lesson.json", 2, 4, 11, {}, {}},
            {"adam-deep-frozen", numpy + "adam-deep-frozen/lesson.json", 1, 3, 12, {}, {}},
            {"dropout-deep", numpy + "dropout-deep-minibatch/lesson.json", 1, 2, 10, {}, {}},
            {"dropout-adam-sgd", numpy + "dropout-adam-sgd/lesson.json", 1, 3, 4, {}, {}},
            {"no-hidden-layer", numpy + "perceptron-bce-mean/lesson.json", 1, 2, 11, {}, {}},
        };
        QElapsedTimer timer;
        timer.start();
        QStringList workbooks;
        for (Case& c : cases_) {
            const Loaded<Lesson> loaded = loadLessonFile(c.lesson);
            QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
            const Lesson& l = *loaded.value;
            c.traces = tracesOf(l, c.first, c.iterations);
            QCOMPARE(int(c.traces.size()), c.iterations);
            c.xlsx = dir_.filePath(c.name + ".xlsx");
            Trainer trainer(l.network, l.training, l.data, l.initial);
            while (trainer.iterationsCompleted() < c.first - 1)
                QVERIFY(trainer.runIteration());
            WorkbookOptions options;
            options.step = c.step;
            options.title = c.name.toStdString();
            const QString error =
                writeWorkbookFromTrainer(trainer, c.iterations, options, c.xlsx).errorText();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            workbooks << c.xlsx;
        }
        qInfo("%d workbooks written in %lld ms", int(cases_.size()), timer.elapsed());

        // The three-sample workbook with X[2,2] (sample 2, x2) changed from 0 to 0.7 in the
        // file itself; its cached values are left stale, so only a recalculation can agree
        // with the traces of the lesson with that X.
        const Case& three = cases_.front();
        const SheetLayout layout = layoutSheet(three.traces[0].network, 3);
        const QString cell = QString::fromStdString(layout.at(MatrixRole::Input, 0).cell(1, 1));
        const QByteArray sheet = spreadsheet::xlsxPart(three.xlsx, "xl/worksheets/sheet1.xml");
        const QByteArray changed = spreadsheet::withCellValue(sheet, cell, 0.7);
        QVERIFY2(!changed.isEmpty(), qPrintable("no plain value at " + cell));
        edited_ = three;
        edited_.name = QStringLiteral("three-samples-edited");
        edited_.xlsx = dir_.filePath(edited_.name + ".xlsx");
        const QString error = spreadsheet::replacePart(
            three.xlsx, edited_.xlsx, "xl/worksheets/sheet1.xml", changed, dir_.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile original(three.lesson);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject data = json["data"].toObject();
        QJsonArray X = data["X"].toArray();
        QJsonArray row = X[1].toArray();
        row[1] = 0.7;
        X[1] = row;
        data["X"] = X;
        json["data"] = data;
        const Loaded<Lesson> loaded = loadLessonFile(writeLesson("edited", json));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        edited_.traces = tracesOf(*loaded.value, 1, three.iterations);
        workbooks << edited_.xlsx;

        // The three-sample workbook again, from backstep-cli as a Chinese reader runs it.
        chinese_ = three;
        chinese_.name = QStringLiteral("three-samples-zh");
        chinese_.xlsx = dir_.filePath(chinese_.name + ".xlsx");
        {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
            environment.remove(QStringLiteral("LANGUAGE"));
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(BACKSTEP_CLI),
                    {"workbook", three.lesson, "--iteration", QString::number(three.first),
                     "--iterations", QString::number(three.iterations), "--step",
                     QString::number(three.step), "--out", chinese_.xlsx});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        workbooks << chinese_.xlsx;

        timer.restart();
        const QString failed =
            spreadsheet::recalculateToCsv(workbooks, dir_.filePath("csv"), dir_.path());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        qInfo("LibreOffice recalculated and exported %lld workbooks in %lld ms",
              qlonglong(workbooks.size()), timer.elapsed());
    }

    void everyMatrixMatches_data() {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases_.size(); ++i)
            QTest::newRow(qPrintable(cases_[i].name)) << int(i);
    }

    void everyMatrixMatches() {
        QFETCH(int, index);
        compareSheets(cases_[size_t(index)]);
    }

    void editedInputRecomputesTheChain() {
        compareSheets(edited_);
        // And the edit did change something: the first sheet's hidden layer input differs.
        const double before = cases_.front().traces[0].at("hidden_layer_input").values(1, 0);
        const double after = edited_.traces[0].at("hidden_layer_input").values(1, 0);
        QVERIFY(std::abs(before - after) > 0.01);
        qInfo("largest relative difference from buildTrace: %.3g", worst_);
    }

    void computedCellsAreFormulas_data() { everyMatrixMatches_data(); }

    void computedCellsAreFormulas() {
        QFETCH(int, index);
        const Case& c = cases_[size_t(index)];
        bool anyArray = false;
        std::set<int> seen; // samples on earlier sheets
        for (size_t i = 0; i < c.traces.size(); ++i) {
            const Trace& trace = c.traces[i];
            const auto cells = spreadsheet::cells(spreadsheet::xlsxPart(
                c.xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)));
            QVERIFY(!cells.empty());
            const SheetLayout layout =
                layoutSheet(trace.network, int(trace.sampleIndices.size()), trace.config);
            // with lr_decay every sheet holds its epoch's learning rate as a value
            const bool lrFormula = i > 0 && !trace.config.learningRateDecay.active();
            size_t expectedFormulas = 2 + (lrFormula ? 1 : 0); // batch_rows, loss (+ lr)
            const auto formulaAt = [&](int row, int column) {
                const auto it = cells.find({row, column});
                return it != cells.end() && it->second.formula;
            };
            QVERIFY(formulaAt(layout.lossRow, layout.valueColumn));
            QVERIFY(formulaAt(layout.batchRowsRow, layout.valueColumn));
            QCOMPARE(formulaAt(layout.learningRateRow, layout.valueColumn), lrFormula);
            for (const MatrixPlacement& m : layout.matrices) {
                for (int r = 0; r < m.rows; ++r) {
                    bool formula = isComputed(m.role);
                    if (m.role == MatrixRole::Weights || m.role == MatrixRole::Bias ||
                        m.role == MatrixRole::OptimizerState)
                        formula = i > 0; // the previous sheet's updated weights (and state)
                    if (m.role == MatrixRole::DropoutMask) formula = false; // drawn: values
                    if (m.role == MatrixRole::Input || m.role == MatrixRole::Target)
                        formula = seen.count(trace.sampleIndices[size_t(r)]) > 0;
                    for (int col = 0; col < m.columns; ++col) {
                        QVERIFY2(formulaAt(m.row(r), m.column(col)) == formula,
                                 qPrintable(QStringLiteral("sheet %1 %2[%3,%4] should %5be a "
                                                           "formula")
                                                .arg(i + 1)
                                                .arg(QString::fromStdString(m.name))
                                                .arg(r + 1)
                                                .arg(col + 1)
                                                .arg(formula ? "" : "not ")));
                        expectedFormulas += formula ? 1 : 0;
                        anyArray = anyArray || cells.at({m.row(r), m.column(col)}).array;
                    }
                }
            }
            size_t formulas = 0;
            for (const auto& [cell, info] : cells)
                formulas += info.formula ? 1 : 0;
            QCOMPARE(formulas, expectedFormulas); // nothing else is a formula
            QVERIFY(qint64(formulas) <=
                    numberCellCount(trace.network, int(trace.sampleIndices.size()), trace.config));
            for (int sample : trace.sampleIndices)
                seen.insert(sample);
        }
        // Fan-ins over kExplicitTerms use one-cell MMULT array formulas.
        QCOMPARE(anyArray, c.name == "deep-softmax");
    }

    void namesAndHighlights_data() { everyMatrixMatches_data(); }

    void namesAndHighlights() {
        QFETCH(int, index);
        const Case& c = cases_[size_t(index)];
        const auto names =
            spreadsheet::definedNames(spreadsheet::xlsxPart(c.xlsx, "xl/workbook.xml"));
        for (size_t i = 0; i < c.traces.size(); ++i) {
            const Trace& trace = c.traces[i];
            const SheetLayout layout =
                layoutSheet(trace.network, int(trace.sampleIndices.size()), trace.config);
            const QString prefix =
                QString::fromStdString(sheetPrefix(sheetName(c.first + qint64(i))));
            for (const MatrixPlacement& m : layout.matrices) {
                const auto it = names.find({int(i), QString::fromStdString(m.name)});
                QVERIFY2(it != names.end(), qPrintable(prefix + QString::fromStdString(m.name)));
                QCOMPARE(it->second, prefix + QString::fromStdString(m.range(true)));
            }
            for (const char* name : {"lr", "batch_rows", "loss"})
                QVERIFY(names.count({int(i), QString::fromLatin1(name)}));

            // Yellow: every cell of step S; orange: the matrices those are computed from.
            const auto cells = spreadsheet::cells(spreadsheet::xlsxPart(
                c.xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)));
            std::set<std::string> yellow, orange;
            for (const TraceMatrix& m : trace.matrices)
                if (m.step == c.step) {
                    yellow.insert(m.name);
                    for (const std::string& input : inputMatrices(trace, m))
                        orange.insert(input);
                }
            QVERIFY(!yellow.empty());
            std::set<int> yellowStyles, orangeStyles, plainStyles;
            for (const MatrixPlacement& m : layout.matrices) {
                const int style = cells.at({m.row(0), m.column(0)}).style;
                (yellow.count(m.name)   ? yellowStyles
                 : orange.count(m.name) ? orangeStyles
                                        : plainStyles)
                    .insert(style);
            }
            QCOMPARE(int(yellowStyles.size()), 1);
            QVERIFY(orangeStyles.size() <= 1);
            for (int s : orangeStyles)
                QVERIFY(!yellowStyles.count(s) && !plainStyles.count(s));
            for (int s : yellowStyles)
                QVERIFY(!plainStyles.count(s));
        }
        // Each matrix title carries its step's formula as a note.
        const QByteArray comments = spreadsheet::xlsxPart(c.xlsx, "xl/comments1.xml");
        const Trace& trace = c.traces.front();
        for (int step : {3, 8, 11, 12}) {
            if (std::none_of(trace.matrices.begin(), trace.matrices.end(),
                             [&](const TraceMatrix& m) { return m.step == step; }))
                continue; // no hidden layer: no step 3
            const QString formula =
                CoreWording::stepFormula(stepFormula(step, trace.network, trace.config));
            QVERIFY2(comments.contains(formula.toUtf8()), qPrintable(formula));
        }
    }

    // Written in Chinese, the workbook's labels, notes, band and matrix titles and row labels
    // are the translators' words (resources/translations/backstep_zh_CN.ts, context
    // WorkbookText); matrix names, formulas and sheet names stay, and LibreOffice recalculates
    // the same numbers as in English.
    void writesTheReadersLanguage() {
        compareSheets(chinese_);
        const QString chinese =
            QString::fromUtf8(spreadsheet::xlsxPart(chinese_.xlsx, "xl/sharedStrings.xml"));
        const QString english =
            QString::fromUtf8(spreadsheet::xlsxPart(cases_.front().xlsx, "xl/sharedStrings.xml"));
        QVERIFY(!chinese.isEmpty() && !english.isEmpty());
        for (const QString& words :
             {QStringLiteral("学习率（lr）"), QStringLiteral("批次行数（batch_rows）"),
              QStringLiteral("损失（loss）"), QStringLiteral("前向传播：输出层"),
              QStringLiteral("反向传播"), QStringLiteral("计算它们所用的单元格"),
              QStringLiteral("样本 1"), QStringLiteral("偏置"),
              QStringLiteral("wh（4×3，第 2 步）"),
              QStringLiteral("三个样本，四个输入：第 1 次迭代")})
            QVERIFY2(chinese.contains(words), qPrintable(words));
        for (const QString& words :
             {QStringLiteral("learning rate (lr)"), QStringLiteral("Forward pass"),
              QStringLiteral("sample 1"), QStringLiteral("wh  (4×3, step 2)")}) {
            QVERIFY2(english.contains(words), qPrintable(words)); // as the English one has it
            QVERIFY2(!chinese.contains(words), qPrintable(words));
        }
        // The notes too: the step's title and formula of every matrix, in Chinese.
        const QString notes =
            QString::fromUtf8(spreadsheet::xlsxPart(chinese_.xlsx, "xl/comments1.xml"));
        QVERIFY2(notes.contains(QStringLiteral("第 3 步：")), qPrintable(notes.left(400)));
        QVERIFY(notes.contains(QStringLiteral("hidden_layer_input = X·wh + bh")));
        // The sheets keep the names the formulas refer to.
        const auto names =
            spreadsheet::definedNames(spreadsheet::xlsxPart(chinese_.xlsx, "xl/workbook.xml"));
        QCOMPARE(names.at({1, "wh"}).section('!', 0, 0), QStringLiteral("'Iteration 2'"));
    }

    void tooLargeIsRefused() {
        NetworkSpec network;
        network.inputs = 2;
        network.hidden = {30};
        network.outputs = 1;
        QVERIFY(workbookSizeProblem(network, 2000, 2).isEmpty());
        const QString tooMany = workbookSizeProblem(network, 2000, 10);
        QVERIFY2(tooMany.contains("the limit is 1 000 000") && tooMany.contains("at most 3"),
                 qPrintable(tooMany));
        QVERIFY(!tooMany.contains('\n'));
        QVERIFY(workbookSizeProblem(network, 1048576, 1).contains("rows"));
        QVERIFY(workbookSizeProblem(network, 3, kWorkbookMaxIterations + 1).contains("sheets"));
        network.hidden = {9000};
        QVERIFY(workbookSizeProblem(network, 3, 1).contains("columns"));
    }

    // A failed write says why in one line and leaves the earlier file as it was.
    void failuresLeaveTheTargetAlone() {
        const QString missing = workbookSizeProblem(cases_.front().traces[0].network, 3, 1);
        QVERIFY(missing.isEmpty());
        const QString error =
            writeWorkbook(cases_.front().traces, {}, dir_.filePath("no/such/folder/w.xlsx"))
                .errorText();
        QVERIFY2(!error.isEmpty() && !error.contains('\n'), qPrintable(error));

        const QString target = dir_.filePath("kept.xlsx");
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier contents");
        old.close();
        QProcess p; // as on a full disk: no file may grow beyond 4 KB
        p.setChildProcessModifier([] {
            rlimit limit{};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 4096;
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN);
        });
        p.start(QStringLiteral(BACKSTEP_CLI), {"workbook", "--iterations", "5", "--out", target});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        // One line of ours (libxlsxwriter prints its own diagnostics before it).
        const QStringList ours = err.split('\n').filter(QRegularExpression("^backstep-cli: "));
        QVERIFY2(ours.size() == 1 && ours[0].contains("kept.xlsx") && ours[0].contains("unchanged"),
                 qPrintable(err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("earlier contents"));
    }

    void commandLine() {
        const auto cli = [](const QStringList& arguments) {
            QProcess p;
            p.start(QStringLiteral(BACKSTEP_CLI), arguments);
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const QString out = dir_.filePath("cli.xlsx");
        auto [code, err] = cli({"workbook", "--iteration", "4", "--iterations", "2", "--out", out});
        QVERIFY2(code == 0, qPrintable(err));
        const auto names = spreadsheet::definedNames(spreadsheet::xlsxPart(out, "xl/workbook.xml"));
        QCOMPARE(names.at({1, "wh"}), QStringLiteral("'Iteration 5'!$H$10:$J$13"));
        std::tie(code, err) = cli({"workbook", "--step", "13", "--out", out});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("--step"), qPrintable(err));
        std::tie(code, err) = cli({"workbook", "--iterations", "2"});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("--out"), qPrintable(err));
        const QString moons = sourceDir + "/lessons/13-moons-hyperparameters.json";
        std::tie(code, err) = cli({"workbook", moons, "--iterations", "100", "--out", out});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("cells, the limit is 1 000 000") && err.trimmed().count('\n') == 0,
                 qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(WorkbookTest)
#include "tst_workbook.moc"
