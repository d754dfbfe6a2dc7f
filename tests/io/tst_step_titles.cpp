// SPDX-License-Identifier: MIT
// The titles of the 12 steps, defined once in io/step_titles: the tutorial's English without a
// translator (and always for the workbook), the shipped Chinese and Russian with theirs.
#include "io/step_titles.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace backstep;

namespace {

// The tutorial's step titles, in order (docs/architecture.md, "The 12 steps").
const char* const kEnglish[12] = {
    "Read inputs and targets",
    "Initial weights and biases",
    "Hidden layer input",
    "Hidden layer activations",
    "Output layer",
    "Error at the output",
    "Slopes of the activations",
    "Delta at the output layer",
    "Error at the hidden layer",
    "Delta at the hidden layer",
    "Update the weights",
    "Update the biases",
};

// The reviewed Chinese: 误差项 δ for delta, 导数（斜率） for slope.
const char* const kChinese[12] = {
    "读取输入和目标",
    "初始权重和偏置",
    "隐藏层输入",
    "隐藏层激活",
    "输出层",
    "输出误差",
    "激活函数的导数（斜率）",
    "输出层的误差项 δ",
    "隐藏层误差",
    "隐藏层的误差项 δ",
    "更新权重",
    "更新偏置",
};

const char* const kRussian[12] = {
    "Чтение входов и целей",
    "Начальные веса и смещения",
    "Вход скрытого слоя",
    "Активации скрытого слоя",
    "Выходной слой",
    "Ошибка на выходе",
    "Производные функций активации",
    "Дельта δ выходного слоя",
    "Ошибка скрытого слоя",
    "Дельта δ скрытого слоя",
    "Обновление весов",
    "Обновление смещений",
};

// Every title of steps 1–12 under the translation `qm`, compared with `expected`.
void compareTranslated(const QString& qm, const char* const expected[12]) {
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    for (int step = 1; step <= 12; ++step) {
        QCOMPARE(stepTitleText(step), QString::fromUtf8(expected[step - 1]));
        // The workbook stays English whatever the user's language.
        QCOMPARE(stepTitleEnglish(step), std::string(kEnglish[step - 1]));
    }
    QCoreApplication::removeTranslator(&translator);
}

} // namespace

class StepTitlesTest : public QObject {
    Q_OBJECT

private slots:
    void englishWithoutATranslator() {
        for (int step = 1; step <= 12; ++step) {
            QCOMPARE(stepTitleEnglish(step), std::string(kEnglish[step - 1]));
            QCOMPARE(stepTitleText(step), QString::fromUtf8(kEnglish[step - 1]));
        }
    }

    void outsideTheTwelveSteps() {
        for (int step : {0, 13, -1}) {
            QCOMPARE(stepTitleEnglish(step), std::string("?"));
            QCOMPARE(stepTitleText(step), QStringLiteral("?"));
        }
    }

    void chinese() { compareTranslated(QStringLiteral(":/i18n/backstep_zh_CN.qm"), kChinese); }

    void russian() { compareTranslated(QStringLiteral(":/i18n/backstep_ru.qm"), kRussian); }
};

QTEST_GUILESS_MAIN(StepTitlesTest)
#include "tst_step_titles.moc"
