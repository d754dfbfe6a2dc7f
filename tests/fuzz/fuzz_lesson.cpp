// SPDX-License-Identifier: MIT
// libFuzzer harness for lesson files. Each input is parsed as a lesson in a folder holding
// small CSV files (data, test data and initial weights). A lesson that loads must save and load
// again as the same lesson (shapes, numbers, settings), and a small one runs one training
// iteration.
#include "core/trainer.h"
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace backstep;

// The lesson's folder (baseDir) inside a temporary folder, which also holds a CSV file outside
// the lesson's folder that a lesson must never reach (through ".." or a symbolic link).
QTemporaryDir* root = nullptr;
QString baseDir;

// Loaded lessons larger than these skip the save-and-reload check or the training iteration,
// so that every input stays fast.
constexpr qint64 maxRoundTripCells = 200000;
constexpr qint64 maxTrainingCells = 20000;

const char examCsv[] = "hours_studied,hours_slept,passed\n"
                       "4.7,7.3,1\n0.1,5.9,0\n2.7,8.1,1\n5.6,7.3,1\n"
                       "1.5,6.2,0\n0.6,8.1,0\n8.4,4.1,1\n1.1,6.1,0\n";
const char testCsv[] = "hours_studied,hours_slept,passed\n3.2,7.9,1\n2.3,6.6,0\n";
// Initial weights for 2 inputs, 3 hidden units and 1 output, as CSV files.
const char whCsv[] = "h1,h2,h3\n0.5,-0.4,0.3\n0.2,0.7,-0.5\n";
const char bhCsv[] = "h1,h2,h3\n0,0.1,-0.1\n";
const char woutCsv[] = "y\n0.5\n-0.5\n0.8\n";
const char boutCsv[] = "y\n0\n";
const char outsideCsv[] = "outside_marker,y\n1,0\n2,1\n";

[[noreturn]] void fail(const char* what, const QString& detail = QString()) {
    std::fprintf(stderr, "fuzz_lesson: %s %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    __builtin_trap();
}

void writeFile(const QString& path, const QByteArray& contents) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        fail("cannot write", path);
}

void removeRoot() {
    delete root;
    root = nullptr;
}

qint64 cells(const Matrix& m) {
    return static_cast<qint64>(m.size());
}

qint64 parameterCells(const Parameters& p) {
    qint64 total = 0;
    for (const Layer& layer : p.layers)
        total += cells(layer.weights) + cells(layer.bias);
    return total;
}

bool sameMatrix(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

void checkSame(bool same, const char* what, const QByteArray& saved) {
    if (!same)
        fail("a saved lesson loads differently:",
             QString::fromLatin1(what) + "\n" + QString::fromUtf8(saved.left(4000)));
}

void checkRoundTrip(const Lesson& lesson) {
    const QByteArray saved = lessonToJson(lesson, lesson.initial, true);
    const Loaded<Lesson> reloaded = parseLesson(saved, baseDir, QStringLiteral("saved.json"));
    if (!reloaded.ok())
        fail("a saved lesson does not load again:",
             reloaded.errors.join('\n') + "\n" + QString::fromUtf8(saved.left(4000)));
    const Lesson& again = *reloaded.value;

    checkSame(sameMatrix(lesson.data.X, again.data.X), "data.X", saved);
    checkSame(sameMatrix(lesson.data.y, again.data.y), "data.y", saved);
    if (lesson.test.samples() > 0 || again.test.samples() > 0) {
        checkSame(sameMatrix(lesson.test.X, again.test.X), "test X", saved);
        checkSame(sameMatrix(lesson.test.y, again.test.y), "test y", saved);
    }
    checkSame(lesson.data.featureNames == again.data.featureNames, "feature names", saved);
    checkSame(lesson.data.targetNames == again.data.targetNames, "target names", saved);

    const NetworkSpec& a = lesson.network;
    const NetworkSpec& b = again.network;
    checkSame(a.inputs == b.inputs && a.hidden == b.hidden && a.outputs == b.outputs,
              "network shape", saved);
    checkSame(a.hiddenActivation.kind == b.hiddenActivation.kind &&
                  a.outputActivation.kind == b.outputActivation.kind,
              "activations", saved);
    if (a.hiddenActivation.kind == Activation::LeakyRelu)
        checkSame(a.hiddenActivation.leakyAlpha == b.hiddenActivation.leakyAlpha, "leaky_alpha",
                  saved);

    const TrainingConfig& s = lesson.training;
    const TrainingConfig& t = again.training;
    checkSame(s.learningRate == t.learningRate && s.epochs == t.epochs && s.loss == t.loss &&
                  s.batch.kind == t.batch.kind && s.batch.size == t.batch.size &&
                  s.updateBiases == t.updateBiases && s.seed == t.seed,
              "training settings", saved);
    checkSame(lesson.exercise == again.exercise, "exercise", saved);

    checkSame(lesson.initial.layers.size() == again.initial.layers.size(), "layer count", saved);
    for (size_t l = 0; l < lesson.initial.layers.size(); ++l) {
        checkSame(sameMatrix(lesson.initial.layers[l].weights, again.initial.layers[l].weights),
                  "initial weights", saved);
        checkSame(sameMatrix(lesson.initial.layers[l].bias, again.initial.layers[l].bias),
                  "initial biases", saved);
    }
}

void trainOnce(const Lesson& lesson) {
    Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
    if (trainer.runIteration() && !trainer.parameters().allFinite())
        fail("an iteration that did not stop left non-finite weights");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    root = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/backstep-fuzz-XXXXXX"));
    if (!root->isValid()) fail("cannot create a temporary folder");
    std::atexit(removeRoot);
    const QDir folder(root->path());
    if (!folder.mkpath(QStringLiteral("lesson/data")))
        fail("cannot create", folder.filePath(QStringLiteral("lesson/data")));
    baseDir = folder.filePath(QStringLiteral("lesson"));
    writeFile(baseDir + QStringLiteral("/data.csv"), examCsv);
    writeFile(baseDir + QStringLiteral("/data/exam-results.csv"), examCsv);
    writeFile(baseDir + QStringLiteral("/test.csv"), testCsv);
    writeFile(baseDir + QStringLiteral("/wh.csv"), whCsv);
    writeFile(baseDir + QStringLiteral("/bh.csv"), bhCsv);
    writeFile(baseDir + QStringLiteral("/wout.csv"), woutCsv);
    writeFile(baseDir + QStringLiteral("/bout.csv"), boutCsv);
    writeFile(folder.filePath(QStringLiteral("outside.csv")), outsideCsv);
    if (!QFile::link(QStringLiteral("../outside.csv"), baseDir + QStringLiteral("/link.csv")))
        fail("cannot create a link in", baseDir);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Loaded<Lesson> result = parseLesson(bytes, baseDir, QStringLiteral("fuzz.json"));
    if (!result.ok()) return 0;
    const Lesson& lesson = *result.value;
    for (const std::vector<std::string>* names :
         {&lesson.data.featureNames, &lesson.data.targetNames})
        for (const std::string& name : *names)
            if (name == "outside_marker")
                fail("a lesson read a CSV file outside its folder:", lesson.source.csvPath);

    const qint64 dataCells =
        cells(lesson.data.X) + cells(lesson.data.y) + cells(lesson.test.X) + cells(lesson.test.y);
    const qint64 weightCells = parameterCells(lesson.initial);
    if (dataCells + weightCells <= maxRoundTripCells) checkRoundTrip(lesson);

    qint64 units = lesson.network.inputs + lesson.network.outputs;
    for (int h : lesson.network.hidden)
        units += h;
    const qint64 samples = lesson.data.samples() + lesson.test.samples();
    if (samples * units <= maxTrainingCells && weightCells <= maxTrainingCells) trainOnce(lesson);
    return 0;
}
