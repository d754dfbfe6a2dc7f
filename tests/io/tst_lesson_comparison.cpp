// SPDX-License-Identifier: MIT
// A lesson's "compare" object: read in the sweep grid's keys and values, every configuration
// checked to load, refused in one line naming the place, and written back as read.
#include "io/lesson_comparison.h"
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace backstep;

namespace {

// A small generated lesson with `compare` (when given) as its comparison.
QByteArray lessonText(const QJsonValue& compare) {
    QJsonObject root{
        {"format", "backstep-lesson"},
        {"version", 1},
        {"data", QJsonObject{{"generator", "blobs"}, {"samples", 40}, {"seed", 3}}},
        {"network", QJsonObject{{"hidden", 2}, {"hidden_activation", "tanh"}}},
        {"training", QJsonObject{{"learning_rate", 0.1}, {"epochs", 10}, {"loss", "bce"}}}};
    if (!compare.isUndefined()) root["compare"] = compare;
    return QJsonDocument(root).toJson();
}

Loaded<Lesson> parse(const QJsonValue& compare) {
    return parseLesson(lessonText(compare), QString(), QStringLiteral("lesson.json"));
}

QJsonObject object(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class LessonComparisonTest : public QObject {
    Q_OBJECT
private slots:
    // Lists or "V1,V2" texts, in the order a sweep lists its keys whatever the file's order.
    void readsTheAxes() {
        const auto r = parse(object(R"({"learning_rate": [0.1, 0.01, 0.001],
                                        "hidden_activation": "relu, tanh"})"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(lessonComparison(*r.value).size(), size_t(2));
        QCOMPARE(lessonComparison(*r.value)[0].key, QString("hidden_activation"));
        QCOMPARE(lessonComparison(*r.value)[0].values, QStringList({"relu", "tanh"}));
        QCOMPARE(lessonComparison(*r.value)[1].key, QString("learning_rate"));
        QCOMPARE(lessonComparison(*r.value)[1].values, QStringList({"0.1", "0.01", "0.001"}));
        QVERIFY(lessonComparison(*parse(QJsonValue::Undefined).value).empty());
    }

    // Every combination, the last key fastest, as lesson paths.
    void settingsOfEveryCombination() {
        const auto all = comparisonSettings({{"hidden", {"3", "8x4"}}, {"epochs", {"5", "7"}}});
        QCOMPARE(all.size(), size_t(4));
        QCOMPARE(all[0].second, QStringList({"3", "5"}));
        QCOMPARE(all[1].second, QStringList({"3", "7"}));
        QCOMPARE(all[2].second, QStringList({"8x4", "5"}));
        QCOMPARE(all[2].first, object(R"({"network.hidden": [8, 4], "training.epochs": 5})"));
        QCOMPARE(all[3].first, object(R"({"network.hidden": [8, 4], "training.epochs": 7})"));
    }

    void refusedInOneLine_data() {
        QTest::addColumn<QJsonValue>("compare");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QJsonValue(QJsonArray{1, 2})
            << "lesson.json: compare: expected an object of setting lists such as "
               "{\"learning_rate\": [0.1, 0.01]}, got an array";
        QTest::newRow("empty") << QJsonValue(QJsonObject{})
                               << "lesson.json: compare: no settings; give at least one, e.g. "
                                  "{\"learning_rate\": [0.1, 0.01]}";
        QTest::newRow("unknown key")
            << QJsonValue(object(R"({"momentum": [0.9]})"))
            << "lesson.json: compare.momentum: unknown key; use hidden, hidden_activation, "
               "output_activation, learning_rate, epochs, batch, loss_reduction, optimizer, "
               "weight_decay, dropout, samples, noise, seed";
        QTest::newRow("bad number")
            << QJsonValue(object(R"({"learning_rate": [0.1, 0]})"))
            << "lesson.json: compare.learning_rate: learning_rate=0: expected a number > 0";
        QTest::newRow("bad layers")
            << QJsonValue(object(R"({"hidden": ["8x0"]})"))
            << "lesson.json: compare.hidden: hidden=8x0: expected a unit count from 1 to 10000, "
               "or layers as 8x4";
        QTest::newRow("object value") << QJsonValue(object(R"({"epochs": [{"n": 1}]})"))
                                      << "lesson.json: compare.epochs: expected numbers or "
                                         "texts, got an object";
        QTest::newRow("no values") << QJsonValue(object(R"({"epochs": []})"))
                                   << "lesson.json: compare.epochs: no values; give a list such "
                                      "as [0.1, 0.01]";
        QTest::newRow("too many")
            << QJsonValue(object(R"({"hidden": [1, 2, 3, 4, 5], "learning_rate": "1,2,3"})"))
            << "lesson.json: compare: 15 configurations are more than the 12 the Compare "
               "window shows; compare fewer values";
        QTest::newRow("a configuration that does not load")
            << QJsonValue(object(R"({"hidden_activation": ["tanh", "softmax"]})"))
            << "lesson.json: compare: hidden_activation=softmax would not load: "
               "network: hidden_activation softmax is only for the output layer; use sigmoid, "
               "tanh, relu, leaky_relu, linear or step";
    }
    void refusedInOneLine() {
        QFETCH(QJsonValue, compare);
        QFETCH(QString, error);
        const auto r = parse(compare);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.value(0), error);
    }

    // Saved and read again: the same axes; numbers stay numbers in the file.
    void writtenBack() {
        const auto r = parse(object(R"({"hidden": ["2", "4x3"], "learning_rate": [0.5, 0.05],
                                        "batch": ["full", 8]})"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const QByteArray saved = lessonToJson(*r.value, r.value->initial, true);
        const QJsonObject compare = QJsonDocument::fromJson(saved).object()["compare"].toObject();
        QCOMPARE(compare, object(R"({"hidden": [2, "4x3"], "learning_rate": [0.5, 0.05],
                                     "batch": ["full", 8]})"));
        const auto again = parseLesson(saved, QString(), QStringLiteral("saved.json"));
        QVERIFY2(again.ok(), qPrintable(again.errors.join('\n')));
        const auto before = lessonComparison(*r.value), after = lessonComparison(*again.value);
        QCOMPARE(after.size(), size_t(3));
        for (size_t a = 0; a < 3; ++a) {
            QCOMPARE(after[a].key, before[a].key);
            QCOMPARE(after[a].values, before[a].values);
        }
    }
};

QTEST_GUILESS_MAIN(LessonComparisonTest)
#include "tst_lesson_comparison.moc"
