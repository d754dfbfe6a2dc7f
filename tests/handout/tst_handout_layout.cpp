// SPDX-License-Identifier: MIT
// The handout's layout without painting: what each step reads, the worksheet and its key
// laid out alike, nothing outside the margins or on top of anything else, no small text.
#include "core/trainer.h"
#include "handout/handout_layout.h"
#include "handout/handout_pdf.h"
#include "io/lesson_loader.h"

#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

Trace traceOf(const QString& path, int iteration = 1) {
    const Loaded<Lesson> loaded = loadLessonFile(sourceDir + "/" + path);
    if (!loaded.value) return {};
    const Lesson& lesson = *loaded.value;
    Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
    while (trainer.iterationsCompleted() < iteration - 1)
        trainer.runIteration();
    return buildTrace(lesson.network, lesson.training, trainer.parameters(), lesson.data,
                      trainer.nextBatch());
}

QStringList names(const Trace& trace, const std::vector<int>& indices) {
    QStringList list;
    for (int i : indices)
        list << QString::fromStdString(trace.matrices[size_t(i)].name);
    list.sort();
    return list;
}

HandoutDocument layout(const Trace& trace, int step, bool answers, HandoutPaper paper) {
    HandoutSettings settings;
    settings.lessonTitle = QStringLiteral("Test");
    settings.step = step;
    settings.answers = answers;
    settings.pageSize = handoutPageSize(paper);
    return layoutHandout(trace, settings);
}

// Everything a page shows, as rectangles (text boxes are as wide as the page: left out).
std::vector<QRectF> boxes(const HandoutPage& page) {
    std::vector<QRectF> list;
    for (const HandoutGrid& g : page.grids)
        list.push_back(g.bounds().united(g.noteRect().isEmpty() ? g.bounds() : g.noteRect()));
    return list;
}

} // namespace

class HandoutLayoutTest : public QObject {
    Q_OBJECT
private slots:
    // What each step reads, from the formulas of the 12 steps (docs/architecture.md).
    void matricesReadByEachStep() {
        const Trace t = traceOf("lessons/01-three-samples.json");
        const std::vector<QStringList> expected = {
            {},
            {},
            {"X", "bh", "wh"},
            {"hidden_layer_input"},
            {"bout", "hiddenlayer_activations", "wout"},
            {"output", "y"},
            {"hiddenlayer_activations", "output"},
            {"E", "slope_output_layer"},
            {"d_output", "wout"},
            {"Error_at_hidden_layer", "slope_hidden_layer"},
            {"X", "d_hiddenlayer", "d_output", "hiddenlayer_activations", "wh", "wout"},
            {"bh", "bout", "d_hiddenlayer", "d_output"}};
        QCOMPARE(t.stages.size(), size_t(12));
        for (int stage = 0; stage < 12; ++stage)
            QCOMPARE(names(t, matricesReadByStage(t, stage)), expected[size_t(stage)]);
    }

    void worksheetAndKeyAlike_data() {
        QTest::addColumn<QString>("lesson");
        QTest::newRow("three samples") << "lessons/01-three-samples.json";
        QTest::newRow("deep") << "tests/data/numpy/deep-leaky-bce-frozen/lesson.json";
        QTest::newRow("softmax") << "lessons/08-three-classes.json";
        QTest::newRow("2000 samples") << "bench/lessons/moons-2000.json";
    }

    // The same pages and boxes; only the computed cells and the example's result differ.
    void worksheetAndKeyAlike() {
        QFETCH(QString, lesson);
        const Trace t = traceOf(lesson);
        QVERIFY(!t.stages.empty());
        const HandoutDocument sheet = layout(t, 0, false, HandoutPaper::A4);
        const HandoutDocument key = layout(t, 0, true, HandoutPaper::A4);
        QCOMPARE(sheet.pages.size(), key.pages.size());
        int blanks = 0;
        for (size_t p = 0; p < sheet.pages.size(); ++p) {
            const HandoutPage &a = sheet.pages[p], &b = key.pages[p];
            QCOMPARE(a.grids.size(), b.grids.size());
            for (size_t g = 0; g < a.grids.size(); ++g) {
                QCOMPARE(a.grids[g].bounds(), b.grids[g].bounds());
                QCOMPARE(a.grids[g].caption, b.grids[g].caption);
                for (size_t r = 0; r < a.grids[g].cells.size(); ++r)
                    for (size_t c = 0; c < a.grids[g].cells[r].size(); ++c) {
                        const QString &x = a.grids[g].cells[r][c], &y = b.grids[g].cells[r][c];
                        QVERIFY(!y.isEmpty());
                        if (a.grids[g].computed) {
                            QVERIFY(x.isEmpty());
                            ++blanks;
                        } else {
                            QCOMPARE(x, y);
                        }
                    }
            }
        }
        QVERIFY(blanks > 0);
    }

    void insideTheMarginsAndApart_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<int>("paper");
        for (const char* lesson : {"lessons/01-three-samples.json", "lessons/08-three-classes.json",
                                   "tests/data/numpy/deep-leaky-bce-frozen/lesson.json",
                                   "bench/lessons/moons-2000.json"})
            for (int paper : {0, 1})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(lesson).arg(paper)))
                    << QString::fromLatin1(lesson) << paper;
    }

    void insideTheMarginsAndApart() {
        QFETCH(QString, lesson);
        QFETCH(int, paper);
        const Trace t = traceOf(lesson);
        const HandoutDocument doc =
            layout(t, 0, true, paper ? HandoutPaper::Letter : HandoutPaper::A4);
        const QRectF content = QRectF(QPointF(0, 0), doc.pageSize).adjusted(36, 36, -36, -36);
        QVERIFY(doc.pages.size() >= 12);
        QVERIFY(doc.pages.size() <= 12 * 4);
        for (const HandoutPage& page : doc.pages) {
            const std::vector<QRectF> rects = boxes(page);
            for (size_t i = 0; i < rects.size(); ++i) {
                QVERIFY2(content.contains(rects[i]), qPrintable(page.grids[i].caption));
                for (size_t j = i + 1; j < rects.size(); ++j)
                    QVERIFY2(!rects[i].intersects(rects[j]),
                             qPrintable(page.grids[i].caption + " / " + page.grids[j].caption));
                if (page.workArea) QVERIFY(!page.workArea->intersects(rects[i]));
            }
            if (page.workArea) QVERIFY(content.contains(*page.workArea));
            for (const HandoutText& text : page.texts)
                QVERIFY2(content.contains(text.rect), qPrintable(text.text));
        }
    }

    void noTextUnderNinePoints() {
        for (HandoutFont font : {HandoutFont::Header, HandoutFont::Heading, HandoutFont::Section,
                                 HandoutFont::Mono, HandoutFont::Note})
            QVERIFY(handoutPointSize(font) >= 9);
    }

    void numbersAsPrinted() {
        QCOMPARE(handoutCellText(0.41702, 4), QStringLiteral("0.4170"));
        QCOMPARE(handoutCellText(-0.00001, 4), QStringLiteral("0.0000"));
        QCOMPARE(handoutCellText(1234567.0, 4), QStringLiteral("1.235e+06"));
        QCOMPARE(handoutCellText(std::nan(""), 4), QStringLiteral("nan"));
    }
};

QTEST_GUILESS_MAIN(HandoutLayoutTest)
#include "tst_handout_layout.moc"
