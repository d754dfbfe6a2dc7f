// SPDX-License-Identifier: MIT
// Terminal columns of a text, counted by hand: a CJK character or fullwidth form takes two, a
// combining mark none, Latin, Greek and Cyrillic one each.
#include "cli/display_width.h"

#include <QTest>

using namespace backstep::cli;

class DisplayWidthTest : public QObject {
    Q_OBJECT
private slots:
    void widths_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("max error") << 9;
        // 参 数: two CJK Unified Ideographs
        QTest::newRow("ideographs") << QStringLiteral("参数") << 4;
        // 最 差 单 元 格 = 5 × 2
        QTest::newRow("five ideographs") << QStringLiteral("最差单元格") << 10;
        // 样 本 (4) + space (1) + 1 (1)
        QTest::newRow("mixed") << QStringLiteral("样本 1") << 6;
        // fullwidth comma, colon and parentheses: ， ： （ ） = 4 × 2
        QTest::newRow("fullwidth punctuation") << QStringLiteral("，：（）") << 8;
        // 、 。 「 」 from CJK Symbols and Punctuation: 4 × 2
        QTest::newRow("CJK punctuation") << QStringLiteral("、。「」") << 8;
        // ideographic space U+3000 is fullwidth
        QTest::newRow("ideographic space") << QStringLiteral("\u3000") << 2;
        // fullwidth Latin Ａ Ｂ (U+FF21, U+FF22) and the halfwidth katakana ｱ (U+FF71): 2+2+1
        QTest::newRow("fullwidth latin, halfwidth kana")
            << QStringLiteral("\uFF21\uFF22\uFF71") << 5;
        // 한 국 어: three Hangul syllables
        QTest::newRow("hangul") << QStringLiteral("한국어") << 6;
        // ひ ら が な, カ タ: kana
        QTest::newRow("kana") << QStringLiteral("ひらがなカタ") << 12;
        // Cyrillic: п а р а м е т р = 8 narrow letters
        QTest::newRow("cyrillic") << QStringLiteral("параметр") << 8;
        // Greek and mathematical signs are narrow: − l r · ∂ L / ∂ θ = 9
        QTest::newRow("symbols") << QStringLiteral("−lr·∂L/∂θ") << 9;
        // −lr·∂L/∂θ (9) + （有限差分） (6 × 2 = 12)
        QTest::newRow("formula and Chinese") << QStringLiteral("−lr·∂L/∂θ（有限差分）") << 21;
        // e + combining acute (U+0301) = 1; и + combining breve (U+0306) = 1
        QTest::newRow("combining marks") << QStringLiteral("e\u0301\u0438\u0306") << 2;
        // zero-width space and joiner take nothing
        QTest::newRow("zero width") << QStringLiteral("a\u200Bb\u200Dc") << 3;
        // an ideograph outside the BMP (U+20BB7 𠮷, a surrogate pair) is wide
        QTest::newRow("extension B") << QString::fromUcs4(U"\U00020BB7x") << 3;
        // a Hangul syllable written as Jamo: ᄒ (wide) + ᅡ + ᆫ (joining, none) = 2
        QTest::newRow("hangul jamo") << QStringLiteral("\u1112\u1161\u11AB") << 2;
    }
    void widths() {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(displayWidth(text), width);
    }

    void codePoints() {
        QCOMPARE(codePointWidth(U'a'), 1);
        QCOMPARE(codePointWidth(U'ж'), 1);
        QCOMPARE(codePointWidth(U'一'), 2);     // U+4E00, the first unified ideograph
        QCOMPARE(codePointWidth(U'\u9FFF'), 2); // the last of the block
        QCOMPARE(codePointWidth(U'\uA000'), 2); // Yi
        QCOMPARE(codePointWidth(U'\uD7A3'), 2); // the last Hangul syllable
        QCOMPARE(codePointWidth(U'\uFF01'), 2); // ！
        QCOMPARE(codePointWidth(U'\uFF61'), 1); // ｡ halfwidth ideographic full stop
        QCOMPARE(codePointWidth(U'\u303F'), 1); // 〿 half fill space: narrow
        QCOMPARE(codePointWidth(U'\u2E7F'), 1); // before the CJK radicals
        QCOMPARE(codePointWidth(U'\u0301'), 0);
        QCOMPARE(codePointWidth(U'\n'), 0);
        QCOMPARE(codePointWidth(U'\U0001F600'), 2); // 😀
    }

    void padding() {
        // 参数 is 4 columns: 8 spaces make 12
        QCOMPARE(leftAligned(QStringLiteral("参数"), 12), QStringLiteral("参数        "));
        QCOMPARE(rightAligned(QStringLiteral("最大误差"), 12), QStringLiteral("    最大误差"));
        QCOMPARE(rightAligned(QStringLiteral("wh"), 4), QStringLiteral("  wh"));
        // longer than the width: kept whole unless cut
        QCOMPARE(leftAligned(QStringLiteral("最差单元格"), 6), QStringLiteral("最差单元格"));
        // cut to 6 columns: three ideographs
        QCOMPARE(leftAligned(QStringLiteral("最差单元格"), 6, true), QStringLiteral("最差单"));
        // cut to 5 columns: two ideographs (4) and a space where the third does not fit
        QCOMPARE(leftAligned(QStringLiteral("最差单元格"), 5, true), QStringLiteral("最差 "));
        // 样本 (4) and the space (1) fill 5; "1" would make 6
        QCOMPARE(rightAligned(QStringLiteral("样本 10"), 5, true), QStringLiteral("样本 "));
        QCOMPARE(rightAligned(QStringLiteral("样本 10"), 8, true), QStringLiteral(" 样本 10"));
        // a combining mark stays with its letter
        QCOMPARE(leftAligned(QStringLiteral("e\u0301x"), 1, true), QStringLiteral("e\u0301"));
        QCOMPARE(leftAligned(QStringLiteral("выборка 1"), 11), QStringLiteral("выборка 1  "));
    }
};

QTEST_GUILESS_MAIN(DisplayWidthTest)
#include "tst_display_width.moc"
