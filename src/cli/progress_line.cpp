// SPDX-License-Identifier: MIT
#include "progress_line.h"

#include "command_support.h"
#include "display_width.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace backstep::cli {

ProgressLine::ProgressLine(int totalEpochs)
    : total_(totalEpochs), terminal_(isatty(fileno(stderr)) != 0),
      nextPlainEpoch_(totalEpochs >= 10 ? totalEpochs / 10 : totalEpochs) {}

void ProgressLine::update(int epoch, double loss, qint64 elapsedNs) {
    const double rate = epoch / (static_cast<double>(elapsedNs) * 1e-9 + 1e-12);
    const auto line = [&] {
        return Cli::tr("epoch %1/%2  loss %3  %4 epochs/s")
            .arg(epoch)
            .arg(total_)
            .arg(loss, 0, 'g', 6)
            .arg(rate, 0, 'f', 0);
    };
    if (terminal_) {
        if (elapsedNs < nextReportNs_ && epoch != total_) return;
        nextReportNs_ = elapsedNs + 100'000'000; // ten updates a second
        // Spaces over what is left of a longer line before (in terminal columns: a Chinese
        // line's characters take two each).
        const QString text = line();
        const int width = displayWidth(text);
        std::fprintf(stderr, "\r%s%s", text.toLocal8Bit().constData(),
                     QByteArray(std::max(0, shownWidth_ - width), ' ').constData());
        shownWidth_ = width;
        std::fflush(stderr);
        printed_ = true;
    } else if (epoch >= nextPlainEpoch_ || epoch == total_) {
        nextPlainEpoch_ += total_ >= 10 ? total_ / 10 : 1;
        std::fprintf(stderr, "%s\n", line().toLocal8Bit().constData());
    }
}

void ProgressLine::finish() {
    if (terminal_ && printed_) std::fputc('\n', stderr);
}

} // namespace backstep::cli
