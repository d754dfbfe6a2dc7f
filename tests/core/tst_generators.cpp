// SPDX-License-Identifier: MIT
// The random generator and the data generators: values from the independent Python
// implementation in tests/data/backstep_reference.py, geometry worked out by hand, and
// reproducibility.
#include "core/generators.h"
#include "core/initialisation.h"
#include "core/random.h"

#include <QTest>

#include <cmath>

using namespace backstep;

class GeneratorsTest : public QObject {
    Q_OBJECT
private slots:
    void randomMatchesTheReferenceImplementation() {
        Random a(1);
        QCOMPARE(a.nextU64(), 0xb3f2af6d0fc710c5ULL);
        QCOMPARE(a.nextU64(), 0x853b559647364ceaULL);
        QCOMPARE(a.nextU64(), 0x92f89756082a4514ULL);
        Random b(42);
        QCOMPARE(b.uniform(), 0.08386297105988216);
        QCOMPARE(b.uniform(), 0.3789802506626686);
        QVERIFY(std::abs(b.normal() - 1.3438117634372806) < 1e-15);
        QVERIFY(std::abs(b.normal() + 0.6879751798977497) < 1e-15);
        Random c(7);
        QList<int> draws;
        for (int i = 0; i < 10; ++i)
            draws << int(c.below(10));
        QCOMPARE(draws, (QList<int>{4, 4, 8, 4, 4, 1, 6, 6, 8, 9}));
    }

    void uniformStaysInRange() {
        Random r(3);
        double low = 1, high = 0, sum = 0;
        for (int i = 0; i < 100000; ++i) {
            const double u = r.uniform();
            low = std::min(low, u);
            high = std::max(high, u);
            sum += u;
        }
        QVERIFY(low >= 0.0 && high < 1.0);
        QVERIFY(std::abs(sum / 100000 - 0.5) < 0.01);
    }

    void moonsMatchTheReference() {
        const Dataset d = generate({GeneratorSpec::Kind::Moons, 6, 0.1, 3});
        const double expected[6][2] = {
            {0.9027893148543833, -0.11838481789289437}, {-0.06858470975334094, 0.9851386475420878},
            {-1.0848656336724947, 0.06206020311456882}, {-0.014742695869240145, 0.4329079452154314},
            {1.0807575209359563, -0.27522811432436306}, {1.9033349381194702, 0.2949903266906301}};
        for (int r = 0; r < 6; ++r)
            for (int c = 0; c < 2; ++c)
                QVERIFY(std::abs(d.X(r, c) - expected[r][c]) < 1e-15);
        QCOMPARE(d.y(0, 0), 0.0);
        QCOMPARE(d.y(5, 0), 1.0);
    }

    void noiselessGeometry() {
        // moons without noise: the outer arc runs from (1, 0) over (0, 1) to (−1, 0),
        // the inner one from (0, 0.5) under to (2, 0.5).
        const Dataset m = generate({GeneratorSpec::Kind::Moons, 6, 0.0, 1});
        QCOMPARE(m.X(0, 0), 1.0);
        QVERIFY(std::abs(m.X(1, 1) - 1.0) < 1e-15 && std::abs(m.X(1, 0)) < 1e-15);
        QVERIFY(std::abs(m.X(2, 0) + 1.0) < 1e-15);
        QCOMPARE(m.X(3, 0), 0.0);
        QCOMPARE(m.X(3, 1), 0.5);
        QVERIFY(std::abs(m.X(5, 0) - 2.0) < 1e-15);
        // circles: radius 1 for class 0 and 0.5 for class 1
        const Dataset c = generate({GeneratorSpec::Kind::Circles, 40, 0.0, 1});
        for (int i = 0; i < 40; ++i)
            QVERIFY(std::abs(c.X.row(i).norm() - (c.y(i, 0) == 0 ? 1.0 : 0.5)) < 1e-15);
        // xor: the truth table, cycled
        const Dataset x = generate({GeneratorSpec::Kind::Xor, 8, 0.0, 1});
        const double table[4][3] = {{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(x.X(i, 0), table[i % 4][0]);
            QCOMPARE(x.X(i, 1), table[i % 4][1]);
            QCOMPARE(x.y(i, 0), table[i % 4][2]);
        }
    }

    void blobsAreCentredWhereStated() {
        const Dataset b = generate({GeneratorSpec::Kind::Blobs, 4000, 0.5, 2});
        Eigen::Vector2d middle = Eigen::Vector2d::Zero(), low = middle, high = middle;
        int middleCount = 0, lowCount = 0, highCount = 0;
        for (int i = 0; i < 4000; ++i) {
            const Eigen::Vector2d p = b.X.row(i).transpose();
            if (b.y(i, 0) == 1) {
                middle += p;
                ++middleCount;
            } else if (i % 2 == 0) {
                low += p;
                ++lowCount;
            } else {
                high += p;
                ++highCount;
            }
        }
        QCOMPARE(middleCount, 2000); // two balanced classes
        QVERIFY((middle / middleCount).norm() < 0.05);
        QVERIFY((low / lowCount - Eigen::Vector2d(-1, -1)).norm() < 0.05);
        QVERIFY((high / highCount - Eigen::Vector2d(1, 1)).norm() < 0.05);
    }

    void spiralWithThreeClassesIsOneHot() {
        const Dataset s = generate({GeneratorSpec::Kind::Spiral, 31, 0.2, 1, 3});
        QCOMPARE(s.y.cols(), Index(3));
        QCOMPARE(s.y.sum(), 31.0);
        QCOMPARE(s.y.col(0).sum(), 11.0); // 31 = 11 + 10 + 10
        for (int i = 0; i < 31; ++i)
            QVERIFY(s.X.row(i).norm() <= 1.0 + 1e-12); // radius from 0 to 1
    }

    void generatorsAreReproducible() {
        for (auto kind :
             {GeneratorSpec::Kind::Xor, GeneratorSpec::Kind::Blobs, GeneratorSpec::Kind::Moons,
              GeneratorSpec::Kind::Circles, GeneratorSpec::Kind::Spiral}) {
            const GeneratorSpec spec{kind, 50, 0.3, 9, 3};
            QCOMPARE(generate(spec).X, generate(spec).X);
            GeneratorSpec other = spec;
            other.seed = 10;
            QVERIFY(generate(spec).X != generate(other).X);
        }
    }

    void initialisationOrderAndRanges() {
        // uniform draws wh row by row, then bh, wout, bout, from one generator
        NetworkSpec net{2, {2}, 1};
        const Parameters p = initialise(net, InitSpec{});
        Random r(1);
        QCOMPARE(p.layers[0].weights(0, 0), r.uniform());
        QCOMPARE(p.layers[0].weights(0, 1), r.uniform());
        QCOMPARE(p.layers[0].weights(1, 0), r.uniform());
        r.uniform();
        QCOMPARE(p.layers[0].bias(0, 0), r.uniform());
        InitSpec xavier;
        xavier.method = InitSpec::Method::Xavier;
        const Parameters x = initialise(NetworkSpec{4, {2}, 1}, xavier);
        QVERIFY(x.layers[0].weights.cwiseAbs().maxCoeff() < std::sqrt(6.0 / 6.0));
        QCOMPARE(x.layers[0].bias.cwiseAbs().maxCoeff(), 0.0);
    }
};

QTEST_APPLESS_MAIN(GeneratorsTest)
#include "tst_generators.moc"
