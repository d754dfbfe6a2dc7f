// SPDX-License-Identifier: MIT
// A lesson: data, network, training settings, initial weights and the teacher's text.
#pragma once

#include "core/dataset.h"
#include "core/generators.h"
#include "core/initialisation.h"
#include "core/network.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace backstep {

// Text a lesson gives either as a plain string or as {"en": "…", "zh_CN": "…"}.
// A text in several languages, by code: "en", "zh_CN", "ru", … (any language code).
struct LocalizedText {
    std::map<QString, QString> byLanguage;

    // The text for `language` (a locale name such as "zh_CN" or "ru_RU"): that exact code,
    // else the same language ("zh_CN" for "zh_TW", "ru" for "ru_RU"), else English, else any.
    QString text(const QString& language = QStringLiteral("en")) const;
    // Exactly this code's text, or empty.
    QString in(const QString& code) const;
    void set(const QString& code, const QString& value);
    bool isEmpty() const;
    bool operator==(const LocalizedText& other) const { return byLanguage == other.byLanguage; }
    bool operator!=(const LocalizedText& other) const { return !(*this == other); }
};

struct DataSource {
    enum class Kind { Inline, Generator, Csv, Dataset };
    Kind kind = Kind::Inline;
    GeneratorSpec generator; // Kind::Generator
    QString dataset;         // Kind::Dataset: "fashion-mnist"
    int trainSamples = 0;    // Kind::Dataset: the first pictures of the training set
    int testSamples = 0;     // Kind::Dataset: the first pictures of the test set
    QString csvPath;         // Kind::Csv, as written in the lesson (relative to its folder)
    QStringList targets;     // Kind::Csv: target columns
    QStringList features;    // Kind::Csv: input columns (all other columns when empty)
};

// What a shipped lesson promises after training its stated epochs; checked by the test suite.
struct Expectation {
    std::optional<double> accuracy;       // final training accuracy at least this
    std::optional<double> accuracyAtMost; // … and at most this
    std::optional<double> testAccuracy;   // final accuracy on the held-out samples at least this
    std::optional<double> testAccuracyAtMost; // … and at most this
    std::optional<double> lossBelow; // final epoch loss (the lesson's reduction) below this
    std::optional<double> lossAbove; // … and above this
    // Final loss on the held-out samples, per sample (their mean, whatever the reduction),
    // below / above this.
    std::optional<double> testLossBelow;
    std::optional<double> testLossAbove;
    bool stops = false;    // training stops on a non-finite value
    QStringList unchanged; // these initial matrices ("wh", "bh", …) never change
    bool isEmpty() const {
        return !accuracy && !accuracyAtMost && !testAccuracy && !testAccuracyAtMost && !lossBelow &&
               !lossAbove && !testLossBelow && !testLossAbove && !stops && unchanged.isEmpty();
    }
    // Whether it states something about the held-out samples.
    bool aboutTestSamples() const {
        return testAccuracy || testAccuracyAtMost || testLossBelow || testLossAbove;
    }
};

// Something to try, and (optionally) the change that tries it with one click and what
// training the changed lesson achieves (checked by the test suite like a lesson's own).
struct Experiment {
    LocalizedText text;
    QJsonObject set; // lesson paths → values ({"training.learning_rate": 5}); may be empty
    Expectation expect;
};

// What a lesson prescribes for practice mode ("exercise"): the iteration to practise, the
// steps whose cells the student computes, the decimals answers are graded at, and whether each
// student gets initial weights of their own (a variant drawn from their name, see exercise.h).
struct Exercise {
    qint64 iteration = 1;   // 1-based
    std::vector<int> steps; // ascending, each 3–12 (steps 1 and 2 compute nothing)
    int decimals = 3;
    bool variants = false;
    bool operator==(const Exercise& other) const {
        return iteration == other.iteration && steps == other.steps && decimals == other.decimals &&
               variants == other.variants;
    }
};

struct Lesson {
    QString sourcePath;     // the file it was read from, or empty
    QJsonObject sourceJson; // the lesson object it was read from (settings are changed on it)
    LocalizedText title;
    LocalizedText description;
    std::map<int, LocalizedText> stepNotes; // step number (1–12) → note
    std::vector<Experiment> experiments;
    std::optional<Exercise> exercise;

    DataSource source;
    Dataset data; // the training samples (normalised, without the test part)
    Dataset test; // held-out samples (empty without a split)
    Normalisation normalise = Normalisation::None;
    std::vector<std::pair<double, double>> normalisation; // per input: x_new = (x − shift)/scale
    double testFraction = 0.0;
    std::uint64_t splitSeed = 1;
    Expectation expect;
    NetworkSpec network;
    TrainingConfig training;
    bool explicitInit = false; // init given as matrices
    InitSpec initSpec;         // when !explicitInit
    Parameters initial;        // the weights of step 2 before the first iteration
};

} // namespace backstep
