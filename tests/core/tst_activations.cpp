// SPDX-License-Identifier: MIT
// Activations, slopes and losses against values worked out by hand.
#include "core/activations.h"
#include "core/losses.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace backstep;

namespace {

Matrix row(std::initializer_list<double> values) {
    Matrix m(1, static_cast<Index>(values.size()));
    Index c = 0;
    for (double v : values)
        m(0, c++) = v;
    return m;
}

Matrix apply(Activation kind, const Matrix& z, double alpha = 0.01) {
    Matrix a;
    applyActivation(ActivationSpec{kind, alpha}, z, a);
    return a;
}

Matrix slopeOf(Activation kind, const Matrix& z, double alpha = 0.01) {
    Matrix a, s;
    applyActivation(ActivationSpec{kind, alpha}, z, a);
    activationSlope(ActivationSpec{kind, alpha}, z, a, s);
    return s;
}

bool near(double a, double b, double relative = 1e-15) {
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

} // namespace

class ActivationsTest : public QObject {
    Q_OBJECT
private slots:
    void sigmoid() {
        // σ(0) = ½; σ(ln 3) = 1/(1 + ⅓) = ¾; σ(−ln 3) = ¼
        const Matrix a = apply(Activation::Sigmoid, row({0, std::log(3.0), -std::log(3.0)}));
        QCOMPARE(a(0, 0), 0.5);
        QVERIFY(near(a(0, 1), 0.75));
        QVERIFY(near(a(0, 2), 0.25));
        // slope a(1−a): ¾·¼ = 3/16
        QVERIFY(near(slopeOf(Activation::Sigmoid, row({std::log(3.0)}))(0, 0), 0.1875));
    }

    void tanhByHandAndAgainstTheLibrary() {
        // tanh(ln 2) = (2 − ½)/(2 + ½) = 0.6; slope 1 − 0.36 = 0.64
        const Matrix a = apply(Activation::Tanh, row({std::log(2.0), -std::log(2.0), 0.0}));
        QVERIFY(near(a(0, 0), 0.6));
        QVERIFY(near(a(0, 1), -0.6));
        QCOMPARE(a(0, 2), 0.0);
        QVERIFY(near(slopeOf(Activation::Tanh, row({std::log(2.0)}))(0, 0), 0.64, 1e-14));
        // The vectorised form agrees with std::tanh to a few units in the last place
        // (1e-14 relative) over [−20, 20], including the small-|z| range of the series.
        Matrix z(1, 40001);
        for (Index i = 0; i < z.cols(); ++i)
            z(0, i) = -20.0 + 40.0 * static_cast<double>(i) / 40000.0 + 1e-7;
        const Matrix t = apply(Activation::Tanh, z);
        double worst = 0;
        for (Index i = 0; i < z.cols(); ++i)
            worst = std::max(worst,
                             std::abs(t(0, i) - std::tanh(z(0, i))) / std::abs(std::tanh(z(0, i))));
        QVERIFY2(worst < 1e-14, qPrintable(QString::number(worst)));
        QCOMPARE(apply(Activation::Tanh, row({800.0}))(0, 0), 1.0); // no overflow
    }

    // The vector forms of tanh and sigmoid against the library's std::tanh and the tutorial's
    // 1/(1 + exp(−z)), over magnitudes from 1e-300 to 800, at every position of a vector
    // register (lengths not a multiple of its width), and at the edges: ±0, ±inf, NaN,
    // and sigmoid where e^−z overflows.
    void tanhAndSigmoidAgainstTheLibrary() {
        std::vector<double> values;
        for (double m = 1e-300; m < 800; m *= 1.37)
            for (const double sign : {1.0, -1.0})
                values.push_back(sign * m);
        for (int i = -4000; i <= 4000; ++i)
            values.push_back(i / 1000.0 + 1e-9);
        const Matrix z =
            Eigen::Map<const Matrix>(values.data(), 1, static_cast<Index>(values.size()));
        double worstTanh = 0, worstSigmoid = 0;
        for (const Index length : {z.cols(), z.cols() - 1, z.cols() - 3, Index(5)}) {
            const Matrix part = z.leftCols(length);
            const Matrix t = apply(Activation::Tanh, part), s = apply(Activation::Sigmoid, part);
            for (Index i = 0; i < length; ++i) {
                const double tanhZ = std::tanh(part(0, i)),
                             sigmoidZ = 1.0 / (1.0 + std::exp(-part(0, i)));
                worstTanh = std::max(worstTanh, std::abs(t(0, i) - tanhZ) / std::abs(tanhZ));
                worstSigmoid = std::max(worstSigmoid, std::abs(s(0, i) - sigmoidZ) / sigmoidZ);
            }
        }
        QVERIFY2(worstTanh < 4e-15, qPrintable(QString::number(worstTanh)));
        QVERIFY2(worstSigmoid < 4e-15, qPrintable(QString::number(worstSigmoid)));

        const double inf = std::numeric_limits<double>::infinity(), nan = std::nan("");
        const Matrix edges = row({0.0, -0.0, inf, -inf, nan, 710, -710, -745, 1e-310, -20});
        const Matrix t = apply(Activation::Tanh, edges), s = apply(Activation::Sigmoid, edges);
        QCOMPARE(t(0, 0), 0.0);
        QVERIFY(std::signbit(t(0, 1)));
        QCOMPARE(t(0, 2), 1.0);
        QCOMPARE(t(0, 3), -1.0);
        QVERIFY(std::isnan(t(0, 4)));
        QVERIFY(std::isnan(s(0, 4)));
        QCOMPARE(s(0, 0), 0.5);
        QCOMPARE(s(0, 2), 1.0);
        QCOMPARE(s(0, 3), 0.0);
        QCOMPARE(s(0, 5), 1.0);
        QCOMPARE(s(0, 6), 1.0 / (1.0 + std::exp(710.0))); // 0: e^710 overflows, as in numpy
        QCOMPARE(s(0, 7), 0.0);
        QCOMPARE(t(0, 8), 1e-310); // tanh z = z for tiny z, subnormal included
        QVERIFY(near(s(0, 9), 1.0 / (1.0 + std::exp(20.0)), 4e-15));
    }

    // Applied to a block of rows (a chunk of a batch), the functions write only that block.
    void blocksOfRows() {
        Matrix z(7, 3);
        for (Index i = 0; i < z.size(); ++i)
            z.data()[i] = 0.37 * static_cast<double>(i) - 3.0;
        Matrix a = Matrix::Constant(7, 3, 42.0);
        applyActivationTo(ActivationSpec{Activation::Tanh}, z.middleRows(2, 3), a.middleRows(2, 3));
        for (Index r = 0; r < 7; ++r)
            for (Index c = 0; c < 3; ++c)
                QVERIFY(r >= 2 && r < 5 ? near(a(r, c), std::tanh(z(r, c)), 4e-15)
                                        : a(r, c) == 42.0);
    }

    void piecewiseFunctions() {
        const Matrix z = row({-2.0, 0.0, 3.0});
        QCOMPARE(apply(Activation::Relu, z), row({0, 0, 3}));
        QCOMPARE(slopeOf(Activation::Relu, z), row({0, 0, 1}));
        QCOMPARE(apply(Activation::LeakyRelu, z, 0.1), row({-0.2, 0, 3}));
        QCOMPARE(slopeOf(Activation::LeakyRelu, z, 0.1), row({0.1, 0.1, 1}));
        QCOMPARE(apply(Activation::Linear, z), z);
        QCOMPARE(slopeOf(Activation::Linear, z), row({1, 1, 1}));
        QCOMPARE(apply(Activation::Step, z), row({0, 0, 1}));
        QCOMPARE(slopeOf(Activation::Step, z), row({0, 0, 0}));
    }

    void softmaxRows() {
        Matrix z(3, 2);
        z << 0, std::log(3.0), 1000, 1000, -5, -5;
        const Matrix a = apply(Activation::Softmax, z);
        QVERIFY(near(a(0, 0), 0.25) && near(a(0, 1), 0.75));
        QCOMPARE(a(1, 0), 0.5); // e^1000 would overflow without the shift by the row maximum
        QCOMPARE(a(2, 1), 0.5);
    }

    void losses() {
        // mse: ½·((1 − 0.5)² + (0 − 0.25)²) = ½·(0.25 + 0.0625) = 0.15625
        const Matrix y = row({1, 0}), out = row({0.5, 0.25});
        QCOMPARE(lossValue(Loss::Mse, y, out, Matrix::Zero(1, 2)), 0.15625);
        // bce from z: y = 1, z = 0 → −ln ½ = ln 2; y = 0, z = ln 3 (output ¾) → −ln ¼ = ln 4
        QVERIFY(near(lossValue(Loss::Bce, row({1}), row({0.5}), row({0})), std::log(2.0)));
        QVERIFY(
            near(lossValue(Loss::Bce, row({0}), row({0.75}), row({std::log(3.0)})), std::log(4.0)));
        // a saturated sigmoid still gives a finite loss: y = 0, z = 800 → 800
        QVERIFY(near(lossValue(Loss::Bce, row({0}), row({1.0}), row({800})), 800.0));
        // cross-entropy: softmax([0, ln 3]) = [¼, ¾], y = [0, 1] → −ln ¾
        QVERIFY(near(
            lossValue(Loss::CrossEntropy, row({0, 1}), row({0.25, 0.75}), row({0, std::log(3.0)})),
            -std::log(0.75)));
        QVERIFY(slopeCancels(Loss::Bce) && slopeCancels(Loss::CrossEntropy) &&
                !slopeCancels(Loss::Mse));
    }

    void namesRoundTrip() {
        for (Activation a :
             {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::LeakyRelu,
              Activation::Linear, Activation::Step, Activation::Softmax})
            QCOMPARE(activationFromName(activationName(a)).value(), a);
        QVERIFY(!activationFromName("sigmod"));
        QCOMPARE(lossFromName("cross_entropy").value(), Loss::CrossEntropy);
    }
};

QTEST_APPLESS_MAIN(ActivationsTest)
#include "tst_activations.moc"
