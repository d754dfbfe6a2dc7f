// SPDX-License-Identifier: MIT
// The hand-worked 2–2–1 network the provenance tests share (tst_provenance works its cells out
// by hand; tst_translated_messages words them): X = [[1,2],[0,1]], y = [1, 0],
// wh = [[0.5,−1],[1,0.5]], bh = [0,1], wout = [1,−1], bout = 0.5, learning rate 0.5, a linear
// output, rows in order.
#pragma once

#include "core/trace.h"

namespace backstep::test {

inline Trace handTrace(Activation hidden = Activation::Linear, TrainingConfig cfg = {}) {
    NetworkSpec net{2, {2}, 1, {hidden}, {Activation::Linear}};
    cfg.learningRate = 0.5;
    Parameters p;
    Matrix wh(2, 2), bh(1, 2), wout(2, 1), bout(1, 1);
    wh << 0.5, -1, 1, 0.5;
    bh << 0, 1;
    wout << 1, -1;
    bout << 0.5;
    p.layers = {{wh, bh}, {wout, bout}};
    Dataset d;
    d.X.resize(2, 2);
    d.X << 1, 2, 0, 1;
    d.y.resize(2, 1);
    d.y << 1, 0;
    d.featureNames = {"x1", "x2"};
    d.targetNames = {"y"};
    return buildTrace(net, cfg, p, d, {0, 1});
}

} // namespace backstep::test
