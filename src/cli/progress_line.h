// SPDX-License-Identifier: MIT
// Training progress on stderr: one updating line on a terminal, plain lines otherwise.
#pragma once

#include <QtGlobal>

namespace backstep::cli {

class ProgressLine {
public:
    explicit ProgressLine(int totalEpochs);
    void update(int epoch, double loss, qint64 elapsedNanoseconds);
    void finish();

private:
    int total_;
    bool terminal_;
    qint64 nextReportNs_ = 0;
    int nextPlainEpoch_ = 0;
    bool printed_ = false;
    int shownWidth_ = 0; // terminal columns of the line shown now
};

} // namespace backstep::cli
