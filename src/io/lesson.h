// SPDX-License-Identifier: MIT
// A lesson: data, network, training settings, initial weights and the teacher's text.
#pragma once

#include "core/dataset.h"
#include "core/generators.h"
#include "core/initialisation.h"
#include "core/network.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace backstep {

// Text a lesson gives either as a plain string or as {"en": "…", "zh_CN": "…"}.
struct LocalizedText {
    QString en;
    QString zhCN;
    // The text in `language` ("en", "zh_CN", "zh"…), falling back to English, then to any.
    QString text(const QString& language = QStringLiteral("en")) const;
    bool isEmpty() const { return en.isEmpty() && zhCN.isEmpty(); }
};

struct DataSource {
    enum class Kind { Inline, Generator, Csv };
    Kind kind = Kind::Inline;
    GeneratorSpec generator; // Kind::Generator
    QString csvPath;         // Kind::Csv, as written in the lesson (relative to its folder)
    QStringList targets;     // Kind::Csv: target columns
    QStringList features;    // Kind::Csv: input columns (all other columns when empty)
};

struct Lesson {
    QString sourcePath; // the file it was read from, or empty
    LocalizedText title;
    LocalizedText description;
    std::map<int, LocalizedText> stepNotes; // step number (1–12) → note
    std::vector<LocalizedText> experiments;

    DataSource source;
    Dataset data;
    NetworkSpec network;
    TrainingConfig training;
    bool explicitInit = false; // init given as matrices
    InitSpec initSpec;         // when !explicitInit
    Parameters initial;        // the weights of step 2 before the first iteration
};

} // namespace backstep
