// SPDX-License-Identifier: MIT
// One test per kind of lesson error: each gives one line naming the place, never a crash,
// a hang or a partly loaded lesson.
#include "core/random.h"
#include "io/lesson_loader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

QJsonObject baseLesson() {
    return QJsonDocument::fromJson(R"({
      "format": "backstep-lesson", "version": 1, "title": "t",
      "data": {"X": [[1,0,1,0],[1,0,1,1],[0,1,0,1]], "y": [[1],[1],[0]]},
      "network": {"hidden": 3, "hidden_activation": "sigmoid", "output_activation": "sigmoid"},
      "training": {"learning_rate": 0.1, "epochs": 10, "loss": "mse", "batch": "full"},
      "init": {"wh": [[0.1,0.2,0.3],[0.4,0.5,0.6],[0.7,0.8,0.9],[1.0,1.1,1.2]],
               "bh": [[0.1,0.2,0.3]], "wout": [[0.5],[0.6],[0.7]], "bout": [[0.1]]}
    })")
        .object();
}

// Sets (or, with an undefined value, removes) the member at a dotted path.
QJsonObject patched(QJsonObject object, const QStringList& path, const QJsonValue& value) {
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path[0]);
        else
            object[path[0]] = value;
        return object;
    }
    object[path[0]] = patched(object[path[0]].toObject(), path.mid(1), value);
    return object;
}

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray patch(const QString& path, const QJsonValue& value) {
    return json(patched(baseLesson(), path.split('.'), value));
}
QJsonValue parse(const char* text) {
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array()[0];
}

} // namespace

class LessonErrorsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    Loaded<Lesson> load(const QByteArray& text, const QString& name = "lesson.json") {
        const QString path = dir_.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        f.close();
        return loadLessonFile(path);
    }

private slots:
    void baseLessonIsValid() {
        const Loaded<Lesson> r = load(json(baseLesson()));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    }

    void contentErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const QByteArray& text, const QString& expected) {
            QTest::newRow(name) << text << expected;
        };
        // header
        row("format", patch("format", "something"),
            "format: expected \"backstep-lesson\", got the string \"something\"");
        row("version", patch("version", 2),
            "version: version 2 is newer than this Backstep reads (1); update Backstep");
        row("version type", patch("version", "1"),
            "version: expected a whole number from 1 to 1000000, got the string \"1\"");
        row("title type", patch("title", 5),
            "title: expected a string or {\"en\": \"…\", \"zh_CN\": \"…\", \"ru\": \"…\"}, got the "
            "number 5");
        row("note step", patch("notes", parse(R"({"13": "x"})")),
            "notes.13: keys are step numbers from \"1\" to \"12\"");
        // data
        row("no data", patch("data", QJsonValue::Undefined), "data: missing; give");
        row("data kind", patch("data", parse(R"({"Z": 1})")),
            "data: expected inline \"X\" and \"y\", a \"generator\", a \"csv\" file or a "
            "\"dataset\"");
        row("X type", patch("data.X", "abc"),
            "data.X: expected a matrix as a non-empty array of rows [[…], …], got the string "
            "\"abc\"");
        row("ragged X", patch("data.X", parse("[[1,0,1,0],[1,0,1],[0,1,0,1]]")),
            "data.X[1]: expected a row of 4 numbers like row 0, got 3 numbers");
        row("X cell", patch("data.X", parse(R"([[1,"a",1,0],[1,0,1,1],[0,1,0,1]])")),
            "data.X[0][1]: expected a finite number, got the string \"a\"");
        row("y rows", patch("data.y", parse("[[1],[0]]")), "data.y: expected 3×1, got 2×1");
        row("feature names", patch("data.feature_names", parse(R"(["a","b"])")),
            "data.feature_names: expected 4 names, got 2");
        row("generator", patch("data", parse(R"({"generator": "swirl"})")),
            "data.generator: unknown generator \"swirl\"; use xor, blobs, moons, circles or "
            "spiral");
        row("hostile samples", patch("data", parse(R"({"generator": "moons", "samples": 1e9})")),
            "data.samples: expected a whole number from 1 to 100000, got the number 1000000000");
        row("noise", patch("data", parse(R"({"generator": "moons", "noise": -1})")),
            "data.noise: expected a number from 0 to 100, got the number -1");
        // network
        row("hidden negative", patch("network.hidden", -1), // 0 is no hidden layer
            "network.hidden: expected a whole number from 0 to 10000, got the number -1");
        row("hidden fraction", patch("network.hidden", 2.5),
            "network.hidden: expected a whole number from 0 to 10000, got the number 2.5");
        row("hidden layers", patch("network.hidden", parse("[1,1,1,1,1,1,1,1,1,1,1]")),
            "network.hidden: expected at most 10 hidden layers, got 11");
        row("activation", patch("network.hidden_activation", "sigmod"),
            "network.hidden_activation: unknown activation \"sigmod\"; use sigmoid, tanh, relu, "
            "leaky_relu, linear or step");
        row("softmax hidden", patch("network.hidden_activation", "softmax"),
            "network: hidden_activation softmax is only for the output layer");
        row("bce linear",
            patch("training.loss", "bce")
                .replace("\"output_activation\":\"sigmoid\"", "\"output_activation\":\"linear\""),
            "network: loss bce needs output_activation sigmoid");
        row("softmax one output", patch("network.output_activation", "softmax"),
            "network: softmax needs at least 2 outputs");
        row("softmax mse",
            patch("network.output_activation", "softmax")
                .replace("[[1],[1],[0]]", "[[1,0],[1,0],[0,1]]"),
            "network: softmax output needs loss cross_entropy");
        // training
        row("lr zero", patch("training.learning_rate", 0),
            "training.learning_rate: expected a number above 0 and at most 1e+06, got the number "
            "0");
        row("lr string", patch("training.learning_rate", "fast"),
            "training.learning_rate: expected a number above 0 and at most 1e+06, got the string "
            "\"fast\"");
        row("epochs", patch("training.epochs", 1e12),
            "training.epochs: expected a whole number from 1 to 10000000");
        row("loss", patch("training.loss", "l1"),
            "training.loss: unknown loss \"l1\"; use mse, bce or cross_entropy");
        row("batch word", patch("training.batch", "minibatch"),
            "training.batch: expected \"full\", \"sgd\" or a positive whole number, got the string "
            "\"minibatch\"");
        row("batch zero", patch("training.batch", 0),
            "training.batch: expected a whole number from 1 to 100000, got the number 0");
        row("update_biases", patch("training.update_biases", "yes"),
            "training.update_biases: expected true or false, got the string \"yes\"");
        row("reduction", patch("training.loss_reduction", "average"),
            "training.loss_reduction: unknown reduction \"average\"; use sum (the tutorial's "
            "½·ΣE²) or mean");
        row("stop at zero", patch("training.stop_at_loss", 0),
            "training.stop_at_loss: expected a number above 0 and at most 1e+300, got the number "
            "0");
        row("optimizer name", patch("training.optimizer", "rmsprop"),
            "training.optimizer: unknown optimizer \"rmsprop\"; use sgd, momentum or adam");
        row("optimizer kind", patch("training.optimizer", 3),
            "training.optimizer: expected \"sgd\", \"momentum\", \"adam\" or an object such as "
            "{\"name\": \"adam\", \"beta1\": 0.9}");
        row("beta of one", patch("training.optimizer", parse(R"({"name": "adam", "beta2": 1})")),
            "training.optimizer.beta2: must be below 1 (it is the share of the past kept)");
        row("negative beta",
            patch("training.optimizer", parse(R"({"name": "momentum", "beta": -0.5})")),
            "training.optimizer.beta: expected a number from 0 to 1, got the number -0.5");
        row("epsilon zero", patch("training.optimizer", parse(R"({"name": "adam", "epsilon": 0})")),
            "training.optimizer.epsilon: expected a number above 0 and at most 1, got the number "
            "0");
        row("weight decay", patch("training.weight_decay", -0.1),
            "training.weight_decay: expected a number from 0 to 1e+06, got the number -0.1");
        row("lr decay half", patch("training.lr_decay", parse(R"({"every": 10})")),
            "training.lr_decay: needs \"every\" (epochs) and \"factor\", e.g. {\"every\": 100, "
            "\"factor\": 0.5}");
        row("lr decay every", patch("training.lr_decay", parse(R"({"every": 0, "factor": 0.5})")),
            "training.lr_decay.every: expected a whole number from 1 to 10000000, got the number "
            "0");
        row("test loss negative", patch("expect", parse(R"({"test_loss_below": -1})")),
            "expect.test_loss_below: expected a number above 0 and at most 1e+300, got the "
            "number -1");
        row("test accuracy above one", patch("expect", parse(R"({"test_accuracy_at_most": 2})")),
            "expect.test_accuracy_at_most: expected a number from 0 to 1, got the number 2");
        row("bias start", patch("init", parse(R"({"method": "normal", "biases": "small"})")),
            "init.biases: expected \"random\" or \"zero\", got the string \"small\"");
        // experiments that change settings: checked when the lesson loads, not when clicked
        row("experiment path",
            patch("experiments", parse(R"([{"text": "t", "set": {"training.speed": 5}}])")),
            "experiments[0].set.training.speed: not a setting an experiment can change");
        row("experiment value",
            patch("experiments",
                  parse(R"([{"text": "t", "set": {"training.learning_rate": -1}}])")),
            "experiments[0].set: the changed lesson would not load: training.learning_rate: "
            "expected a number above 0");
        row("experiment combination",
            patch(
                "experiments",
                parse(
                    R"(["fine", {"text": "t", "set": {"network.output_activation": "softmax"}}])")),
            "experiments[1].set: the changed lesson would not load: network: softmax needs at "
            "least 2 outputs");
        row("experiment text", patch("experiments", parse(R"([{"text": 3}])")),
            "experiments[0].text: expected a string or");
        row("bce targets", patch("training.loss", "bce").replace("[[1],[1],[0]]", "[[1],[2],[0]]"),
            "data.y[1]: loss bce needs targets from 0 to 1");
        row("ce targets",
            patch("training.loss", "cross_entropy")
                .replace("\"output_activation\":\"sigmoid\"", "\"output_activation\":\"softmax\"")
                .replace("[[1],[1],[0]]", "[[1,1],[1,0],[0,1]]"),
            "data.y[0]: loss cross_entropy needs each target row to sum to 1");
        // init
        row("init shape", patch("init.wh", parse("[[1,2],[3,4],[5,6],[7,8]]")),
            "init.wh: expected 4×3, got 4×2");
        row("init missing", patch("init.bout", QJsonValue::Undefined),
            "init.bout: missing; give a 1×1 matrix or use {\"method\": \"uniform\"}");
        row("init method", patch("init", parse(R"({"method": "he"})")),
            "init.method: unknown method \"he\"; use uniform, normal or xavier, or give the "
            "matrices");
        row("init range", patch("init", parse(R"({"method": "uniform", "low": 2, "high": 1})")),
            "init.low: low (2) is above high (1)");
        // exercise
        row("exercise type", patch("exercise", 5),
            "exercise: expected an object {…}, got the number 5");
        row("exercise iteration", patch("exercise", parse(R"({"iteration": 0})")),
            "exercise.iteration: expected a whole number from 1 to 10000, got the number 0");
        row("exercise iteration fraction", patch("exercise", parse(R"({"iteration": 1.5})")),
            "exercise.iteration: expected a whole number from 1 to 10000, got the number 1.5");
        row("exercise step 2", patch("exercise", parse(R"({"steps": [3, 2]})")),
            "exercise.steps[1]: step 2 computes nothing to practise; use steps from 3 to 12");
        row("exercise step 13", patch("exercise", parse(R"({"steps": [13]})")),
            "exercise.steps[0]: expected a whole number from 3 to 12, got the number 13");
        row("exercise step text", patch("exercise", parse(R"({"steps": ["4"]})")),
            "exercise.steps[0]: expected a whole number from 3 to 12, got the string \"4\"");
        row("exercise step twice", patch("exercise", parse(R"({"steps": [4, 5, 4]})")),
            "exercise.steps[2]: step 4 is listed twice");
        row("exercise no steps", patch("exercise", parse(R"({"steps": []})")),
            "exercise.steps: expected a non-empty array of step numbers from 3 to 12, got an "
            "empty array");
        row("exercise steps type", patch("exercise", parse(R"({"steps": 4})")),
            "exercise.steps: expected a non-empty array of step numbers from 3 to 12, got the "
            "number 4");
        row("exercise decimals", patch("exercise", parse(R"({"decimals": 11})")),
            "exercise.decimals: expected a whole number from 0 to 10, got the number 11");
        row("exercise variants", patch("exercise", parse(R"({"variants": "yes"})")),
            "exercise.variants: expected true or false, got the string \"yes\"");
        // hostile sizes
        row("cells",
            patch("data", parse(R"({"generator": "moons", "samples": 100000})"))
                .replace("\"hidden\":3", "\"hidden\":1000")
                .replace("\"init\"", "\"unused\""),
            "network.hidden: 100000 samples × 1000 hidden units is more than the limit of 10000000 "
            "cells per matrix");
    }

    void contentErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Loaded<Lesson> r = load(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.errors.isEmpty());
        const QString prefix = dir_.filePath("lesson.json") + ": ";
        bool found = false;
        for (const QString& e : r.errors) {
            QVERIFY2(!e.contains('\n'), qPrintable(e)); // one line each
            QVERIFY2(e.startsWith(prefix), qPrintable(e));
            found = found || e.mid(prefix.size()).startsWith(expected);
        }
        QVERIFY2(found, qPrintable(r.errors.join(" | ")));
    }

    void syntaxErrorsGiveLineAndColumn_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        // the "v" of "version" on line 3 is where a ',' was expected
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"format\": \"backstep-lesson\"\n  \"version\": 1\n}")
            << "line 3, column 3: an object is not closed: a '}' or a ',' between members is "
               "missing";
        QTest::newRow("trailing comma")
            << QByteArray("{\"format\": \"backstep-lesson\",\n \"version\": 1,\n}")
            << "line 3, column 1: expected a \"key\": value member here";
        QTest::newRow("columns count characters")
            << QByteArray("{\"title\": \"三个样本\" x}")
            << "line 1, column 18: "; // the x, counted in characters, not UTF-8 bytes
        QTest::newRow("unclosed string") << QByteArray("{\"title\": \"abc") << "line 1, column ";
        QTest::newRow("empty") << QByteArray("  \n") << "the file is empty";
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << "expected a lesson object {…} at the top level, got an array";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "line 1, column ";
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << "line 1, column 1: ";
    }

    void syntaxErrorsGiveLineAndColumn() {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Loaded<Lesson> r = load(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(dir_.filePath("lesson.json") + ": " + expected),
                 qPrintable(r.errors[0]));
    }

    void csvPathsStayInsideTheLessonFolder_data() {
        QTest::addColumn<QString>("csvPath");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent") << "../outside.csv"
                                << "data.csv: \"../outside.csv\" leaves the lesson's folder";
        QTest::newRow("sneaky") << "sub/../../outside.csv"
                                << "data.csv: \"sub/../../outside.csv\" leaves the lesson's folder";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "data.csv: \"/etc/passwd\" is an absolute path";
        QTest::newRow("symlink") << "link.csv"
                                 << "data.csv: \"link.csv\" leaves the lesson's folder";
        QTest::newRow("missing") << "nothere.csv"
                                 << "data.csv: \"nothere.csv\" does not exist next to the lesson";
        QTest::newRow("empty") << ""
                               << "data.csv: the file name is empty";
    }

    void csvPathsStayInsideTheLessonFolder() {
        QFETCH(QString, csvPath);
        QFETCH(QString, expected);
        QTemporaryDir root;
        QDir(root.path()).mkdir("lesson");
        QFile outside(root.filePath("outside.csv"));
        outside.open(QIODevice::WriteOnly);
        outside.write("a,b\n1,2\n");
        outside.close();
        QFile::link(root.filePath("outside.csv"), root.filePath("lesson/link.csv"));
        const QString lessonPath = root.filePath("lesson/l.json");
        QFile f(lessonPath);
        f.open(QIODevice::WriteOnly);
        f.write(patch("data", QJsonObject{{"csv", csvPath}, {"targets", QJsonArray{"b"}}})
                    .replace("\"init\"", "\"unused\""));
        f.close();
        const Loaded<Lesson> r = loadLessonFile(lessonPath);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join('|').contains(lessonPath + ": " + expected),
                 qPrintable(r.errors.join('|')));
    }

    void csvContentErrors() {
        QFile csv(dir_.filePath("houses.csv"));
        csv.open(QIODevice::WriteOnly);
        csv.write("area,price\n50,100\n60,x\n");
        csv.close();
        Loaded<Lesson> r =
            load(patch("data", parse(R"({"csv": "houses.csv", "targets": ["price"]})"))
                     .replace("\"init\"", "\"unused\""));
        QVERIFY(r.errors.join('|').contains(
            "data.csv: houses.csv line 3: column 'price': 'x' is not a number"));
        csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
        csv.write("area,price\n50,100\n60,120\n");
        csv.close();
        r = load(patch("data", parse(R"({"csv": "houses.csv", "targets": ["cost"]})"))
                     .replace("\"init\"", "\"unused\""));
        QVERIFY(r.errors.join('|').contains(
            "data.targets[0]: no column \"cost\" in houses.csv (its columns: area, price)"));
    }

    void filesThatAreNotLessons() {
        QVERIFY(loadLessonFile(dir_.filePath("none.json"))
                    .errors.value(0)
                    .endsWith("no such file; check the path"));
        QVERIFY(loadLessonFile(dir_.path())
                    .errors.value(0)
                    .endsWith("is a folder; give a lesson file (.json)"));
        // a device is not read at all (tst_hostile_lessons has pipes too)
        QVERIFY(loadLessonFile("/dev/zero").errors.value(0).contains("is not a regular file"));
        // an oversized file
        const Loaded<Lesson> big = load(QByteArray(17 * 1024 * 1024, ' '));
        QVERIFY(big.errors.value(0).contains("larger than 16 MB"));
    }

    // Thousands of randomly damaged copies of a valid lesson: each loads or gives one-line
    // errors, and none crashes (the suite also runs this under AddressSanitizer).
    void randomlyDamagedLessonsNeverCrash() {
        const QByteArray original = json(baseLesson());
        const QByteArray alphabet = "{}[]:,\"-.0123456789eE truefalsnl\\\n\x00\xff";
        Random random(2026);
        int loaded = 0, refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = original;
            const int edits = 1 + int(random.below(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.below(std::uint64_t(text.size())));
                const char ch = alphabet[qsizetype(random.below(std::uint64_t(alphabet.size())))];
                switch (random.below(3)) {
                case 0:
                    text[at] = ch;
                    break;
                case 1:
                    text.insert(at, ch);
                    break;
                default:
                    text.remove(at, 1 + qsizetype(random.below(8)));
                    break;
                }
            }
            const Loaded<Lesson> r = parseLesson(text, dir_.path(), "fuzz.json");
            if (r.ok()) {
                ++loaded;
                continue;
            }
            ++refused;
            QVERIFY(!r.errors.isEmpty());
            for (const QString& e : r.errors)
                QVERIFY2(!e.contains('\n') && e.startsWith("fuzz.json: "), qPrintable(e));
        }
        QVERIFY(refused > 1000); // most damage is caught…
        QVERIFY(loaded > 0);     // …and some is harmless (a changed digit)
    }

    void unknownKeysWarnButLoad() {
        const Loaded<Lesson> r = load(patch("training.learnig_rate", 0.5));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].contains("training.learnig_rate: unknown key, ignored"));
    }
};

QTEST_APPLESS_MAIN(LessonErrorsTest)
#include "tst_lesson_errors.moc"
