// SPDX-License-Identifier: MIT
// The "data" member of a lesson: inline matrices, generators, CSV files, normalisation and
// the train/test split.
#include "lesson_parser.h"

#include "csv.h"
#include "csv_import.h"
#include "fashion_mnist.h"
#include "lesson_loader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace backstep {

namespace {

std::vector<std::string> toStdList(const QStringList& list) {
    std::vector<std::string> result;
    for (const QString& s : list)
        result.push_back(s.toStdString());
    return result;
}

} // namespace

bool LessonParser::parseData(const QJsonValue& value, Lesson& lesson) {
    const auto data = f_.object(value, "data");
    if (!data) return false;
    bool ok = false;
    if (data->contains("generator"))
        ok = parseGeneratedData(*data, lesson);
    else if (data->contains("csv"))
        ok = parseCsvData(*data, lesson);
    else if (data->contains("dataset"))
        ok = parseDatasetData(*data, lesson);
    else if (data->contains("X") || data->contains("y"))
        ok = parseInlineData(*data, lesson);
    else
        f_.error("data", tr("expected inline \"X\" and \"y\", a \"generator\", a \"csv\" "
                            "file or a \"dataset\""));
    if (!ok || !parseDataOptions(*data, lesson)) return false;
    for (const auto& [set, what] : {std::pair{&lesson.data, QT_TR_NOOP("samples")},
                                    std::pair{&lesson.test, QT_TR_NOOP("test samples")}}) {
        if (set->samples() > LessonLimits::maxSamples) {
            f_.error("data", tr("%1 %2 is more than the limit of %3; use a smaller sample")
                                 .arg(set->samples())
                                 .arg(tr(what))
                                 .arg(LessonLimits::maxSamples));
            return false;
        }
    }
    if (lesson.data.inputs() > LessonLimits::maxUnitsPerLayer ||
        lesson.data.outputs() > LessonLimits::maxUnitsPerLayer) {
        f_.error("data",
                 tr("more than %1 input or target columns").arg(LessonLimits::maxUnitsPerLayer));
        return false;
    }
    return true;
}

bool LessonParser::parseDataOptions(const QJsonObject& data, Lesson& lesson) {
    if (data.contains("normalise")) {
        const auto how = f_.string(data["normalise"], "data.normalise");
        if (!how) return false;
        if (*how == "standardise")
            lesson.normalise = Normalisation::Standardise;
        else if (*how == "minmax")
            lesson.normalise = Normalisation::MinMax;
        else if (*how != "none") {
            f_.error("data.normalise",
                     tr("unknown normalisation \"%1\"; use none, standardise or minmax").arg(*how));
            return false;
        }
    }
    if (data.contains("split_seed")) {
        const auto seed = f_.integer(data["split_seed"], "data.split_seed", 0, 1LL << 53);
        if (!seed) return false;
        lesson.splitSeed = static_cast<std::uint64_t>(*seed);
    }
    if (data.contains("test_fraction")) {
        if (lesson.test.samples() > 0) {
            f_.error("data.test_fraction", tr("give either test_fraction or a test set "
                                              "(test_X/test_y or test_csv), not both"));
            return false;
        }
        const auto fraction = f_.number(data["test_fraction"], "data.test_fraction", 0.0, 0.9);
        if (!fraction) return false;
        lesson.testFraction = *fraction;
    }
    if (lesson.normalise == Normalisation::None && lesson.testFraction == 0.0) {
        // Nothing to rescale or split: the samples stay where they are (no copy of a large
        // set such as Fashion-MNIST's 60 000 × 784), and only their range is checked.
        lesson.normalisation = normaliseColumns(lesson.data.X, Normalisation::None);
        return checkColumnRanges(lesson.data.X, lesson.data.featureNames) &&
               checkColumnRanges(lesson.test.X, lesson.data.featureNames);
    }
    // Normalise all samples first (so train and test share one scale), then split.
    Dataset all = lesson.data;
    if (lesson.test.samples() > 0) { // an explicit test set is scaled with the training rows
        all.X.conservativeResize(lesson.data.samples() + lesson.test.samples(), Eigen::NoChange);
        all.X.bottomRows(lesson.test.samples()) = lesson.test.X;
    }
    lesson.normalisation = normaliseColumns(all.X, lesson.normalise);
    if (!checkColumnRanges(all.X, lesson.data.featureNames)) return false;
    if (lesson.test.samples() > 0) {
        lesson.test.X = all.X.bottomRows(lesson.test.samples());
        lesson.data.X = all.X.topRows(lesson.data.samples());
    } else if (lesson.testFraction > 0.0) {
        all.y = lesson.data.y;
        splitDataset(all, lesson.testFraction, lesson.splitSeed, lesson.data, lesson.test);
    } else {
        lesson.data.X = all.X;
    }
    return true;
}

bool LessonParser::checkColumnRanges(const Matrix& X, const std::vector<std::string>& names) {
    for (Index c = 0; c < X.cols(); ++c) {
        const QString column = QString::fromStdString(names[static_cast<size_t>(c)]);
        if (!X.col(c).allFinite()) { // a safety net: normalisation is built not to overflow
            f_.error("data.normalise", tr("column \"%1\" cannot be normalised: its values are too "
                                          "large; rescale it")
                                           .arg(column));
            return false;
        }
        const double largest = X.col(c).cwiseAbs().maxCoeff();
        if (largest > 1e100) // products with the weights overflow within a few steps
            f_.warning("data",
                       tr("column \"%1\" has values up to %2; training will overflow unless it is "
                          "rescaled (\"normalise\": \"standardise\")")
                           .arg(column)
                           .arg(largest, 0, 'g', 3));
    }
    return true;
}

std::optional<Expectation> LessonParser::parseExpectation(const QJsonValue& value,
                                                          const QString& path) {
    const auto o = f_.object(value, path);
    if (!o) return std::nullopt;
    f_.checkKeys(*o, path,
                 {"accuracy", "accuracy_at_most", "test_accuracy", "test_accuracy_at_most",
                  "loss_below", "loss_above", "test_loss_below", "test_loss_above", "stops",
                  "unchanged"});
    Expectation e;
    const auto fraction = [&](const char* key, std::optional<double>& target) {
        if (o->contains(key)) target = f_.number((*o)[key], path + '.' + key, 0.0, 1.0);
    };
    fraction("accuracy", e.accuracy);
    fraction("accuracy_at_most", e.accuracyAtMost);
    fraction("test_accuracy", e.testAccuracy);
    fraction("test_accuracy_at_most", e.testAccuracyAtMost);
    const auto loss = [&](const char* key, std::optional<double>& target, bool below) {
        if (o->contains(key)) target = f_.number((*o)[key], path + '.' + key, 0.0, 1e300, below);
    };
    loss("loss_below", e.lossBelow, true);
    loss("loss_above", e.lossAbove, false);
    loss("test_loss_below", e.testLossBelow, true);
    loss("test_loss_above", e.testLossAbove, false);
    if (o->contains("stops")) e.stops = f_.boolean((*o)["stops"], path + ".stops").value_or(false);
    if (o->contains("unchanged"))
        e.unchanged = f_.stringList((*o)["unchanged"], path + ".unchanged").value_or(QStringList());
    return e;
}

bool LessonParser::parseInlineData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data",
                 {"X", "y", "feature_names", "target_names", "test_X", "test_y", "normalise",
                  "test_fraction", "split_seed"});
    const auto X = f_.matrix(data.value("X"), "data.X", -1, -1, LessonLimits::maxCellsPerMatrix);
    if (!X) return false;
    const auto y =
        f_.matrix(data.value("y"), "data.y", X->rows(), -1, LessonLimits::maxCellsPerMatrix);
    if (!y) return false;
    lesson.data.X = *X;
    lesson.data.y = *y;
    lesson.data.featureNames = defaultNames("x", static_cast<int>(X->cols()), true);
    lesson.data.targetNames = defaultNames("y", static_cast<int>(y->cols()), false);
    if (data.contains("feature_names")) {
        const auto names =
            f_.stringList(data["feature_names"], "data.feature_names", static_cast<int>(X->cols()));
        if (!names) return false;
        lesson.data.featureNames = toStdList(*names);
    }
    if (data.contains("target_names")) {
        const auto names =
            f_.stringList(data["target_names"], "data.target_names", static_cast<int>(y->cols()));
        if (!names) return false;
        lesson.data.targetNames = toStdList(*names);
    }
    if (data.contains("test_X") || data.contains("test_y")) {
        const auto testX = f_.matrix(data.value("test_X"), "data.test_X", -1, X->cols(),
                                     LessonLimits::maxCellsPerMatrix);
        if (!testX) return false;
        const auto testY = f_.matrix(data.value("test_y"), "data.test_y", testX->rows(), y->cols(),
                                     LessonLimits::maxCellsPerMatrix);
        if (!testY) return false;
        lesson.test.X = *testX;
        lesson.test.y = *testY;
        lesson.test.featureNames = lesson.data.featureNames;
        lesson.test.targetNames = lesson.data.targetNames;
    }
    lesson.source.kind = DataSource::Kind::Inline;
    return true;
}

bool LessonParser::parseGeneratedData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data",
                 {"generator", "samples", "noise", "seed", "classes", "normalise", "test_fraction",
                  "split_seed"});
    const auto name = f_.string(data["generator"], "data.generator");
    if (!name) return false;
    const auto kind = generatorFromName(name->toStdString());
    if (!kind) {
        f_.error(
            "data.generator",
            tr("unknown generator \"%1\"; use xor, blobs, moons, circles or spiral").arg(*name));
        return false;
    }
    GeneratorSpec spec;
    spec.kind = *kind;
    spec.samples = *kind == GeneratorSpec::Kind::Xor ? 4 : 200;
    spec.noise = defaultNoise(*kind);
    bool ok = true;
    if (data.contains("samples")) {
        const auto samples =
            f_.integer(data["samples"], "data.samples", 1, LessonLimits::maxSamples);
        ok = ok && samples;
        spec.samples = static_cast<int>(samples.value_or(1));
    }
    if (data.contains("noise")) {
        const auto noise = f_.number(data["noise"], "data.noise", 0.0, 100.0);
        ok = ok && noise;
        spec.noise = noise.value_or(0.0);
    }
    if (data.contains("seed")) {
        const auto seed = f_.integer(data["seed"], "data.seed", 0, 1LL << 53);
        ok = ok && seed;
        spec.seed = static_cast<std::uint64_t>(seed.value_or(0));
    }
    if (data.contains("classes")) {
        if (*kind != GeneratorSpec::Kind::Spiral)
            f_.warning("data.classes", tr("only the spiral generator has a class count; ignored"));
        const auto classes = f_.integer(data["classes"], "data.classes", 2, 10);
        ok = ok && classes;
        spec.classes = static_cast<int>(classes.value_or(2));
    }
    if (!ok) return false;
    lesson.source.kind = DataSource::Kind::Generator;
    lesson.source.generator = spec;
    lesson.data = generate(spec);
    return true;
}

std::optional<QString> LessonParser::resolveInsideLessonFolder(const QString& relative,
                                                               const QString& path) {
    if (relative.isEmpty()) {
        f_.error(path, tr("the file name is empty"));
        return std::nullopt;
    }
    if (QDir::isAbsolutePath(relative) || relative.startsWith('/') || relative.startsWith('\\')) {
        f_.error(path, tr("\"%1\" is an absolute path; give a path relative to the lesson's folder")
                           .arg(relative));
        return std::nullopt;
    }
    const QDir base(baseDir_);
    const QString baseCanonical = QFileInfo(baseDir_).canonicalFilePath();
    const QString candidate = QDir::cleanPath(base.absoluteFilePath(relative));
    const QString cleanBase = QDir::cleanPath(base.absolutePath());
    const QString canonical = QFileInfo(candidate).canonicalFilePath(); // follows links
    const auto inside = [](const QString& file, const QString& folder) {
        return !folder.isEmpty() && file.startsWith(folder + '/');
    };
    if (!inside(candidate, cleanBase) ||
        (!canonical.isEmpty() && !inside(canonical, baseCanonical))) {
        f_.error(path, tr("\"%1\" leaves the lesson's folder; keep data files next to "
                          "the lesson or in a folder below it")
                           .arg(relative));
        return std::nullopt;
    }
    if (canonical.isEmpty()) {
        f_.error(
            path,
            tr("\"%1\" does not exist next to the lesson (looked in %2)").arg(relative, cleanBase));
        return std::nullopt;
    }
    if (const QString problem = csvFileProblem(canonical);
        !problem.isEmpty()) { // a folder, a pipe, …
        f_.error(path, QStringLiteral("\"%1\" %2").arg(relative, problem));
        return std::nullopt;
    }
    return canonical;
}

bool LessonParser::parseCsvData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(
        data, "data",
        {"csv", "test_csv", "targets", "features", "normalise", "test_fraction", "split_seed"});
    const auto relative = f_.string(data["csv"], "data.csv");
    if (!relative) return false;
    const auto targets =
        data.contains("targets") ? f_.stringList(data["targets"], "data.targets") : std::nullopt;
    if (!data.contains("targets"))
        f_.error("data.targets", tr("missing; name the target column(s), e.g. [\"price\"]"));
    if (!targets) return false;
    if (targets->isEmpty()) {
        f_.error("data.targets", tr("name at least one target column"));
        return false;
    }
    std::optional<QStringList> features;
    if (data.contains("features") && !(features = f_.stringList(data["features"], "data.features")))
        return false;
    if (!readCsvSamples(*relative, "data.csv", *targets, features, lesson.data)) return false;
    if (data.contains("test_csv")) {
        const auto testRelative = f_.string(data["test_csv"], "data.test_csv");
        if (!testRelative ||
            !readCsvSamples(*testRelative, "data.test_csv", *targets, features, lesson.test))
            return false;
        if (lesson.test.featureNames != lesson.data.featureNames) {
            f_.error("data.test_csv",
                     tr("its input columns differ from those of %1").arg(*relative));
            return false;
        }
    }
    lesson.source.kind = DataSource::Kind::Csv;
    lesson.source.csvPath = *relative;
    lesson.source.targets = *targets;
    lesson.source.features = features.value_or(QStringList());
    return true;
}

bool LessonParser::parseDatasetData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data", {"dataset", "train_samples", "test_samples", "normalise"});
    const auto name = f_.string(data["dataset"], "data.dataset");
    if (!name) return false;
    if (*name != QLatin1String("fashion-mnist")) {
        f_.error("data.dataset", tr("unknown dataset \"%1\"; use fashion-mnist").arg(*name));
        return false;
    }
    const auto count = [&](const char* key, int available, int fallback) -> std::optional<qint64> {
        if (!data.contains(key)) return fallback;
        return f_.integer(data[key], QStringLiteral("data.%1").arg(QLatin1String(key)),
                          QLatin1String(key) == QLatin1String("test_samples") ? 0 : 1, available);
    };
    const auto train =
        count("train_samples", FashionMnist::trainAvailable, FashionMnist::trainAvailable);
    const auto test =
        count("test_samples", FashionMnist::testAvailable, FashionMnist::testAvailable);
    if (!train || !test) return false;
    Loaded<FashionMnistSets> loaded =
        loadFashionMnist(static_cast<int>(*train), static_cast<int>(*test));
    if (!loaded.ok()) {
        f_.error("data.dataset", loaded.errorText());
        return false;
    }
    lesson.data = std::move(loaded.value->train);
    lesson.test = std::move(loaded.value->test);
    lesson.source.kind = DataSource::Kind::Dataset;
    lesson.source.dataset = *name;
    lesson.source.trainSamples = static_cast<int>(*train);
    lesson.source.testSamples = static_cast<int>(*test);
    return true;
}

std::optional<CsvTable> LessonParser::readCsvTable(const QString& relative, const QString& path,
                                                   bool keepText) {
    const auto file = resolveInsideLessonFolder(relative, path);
    if (!file) return std::nullopt;
    Loaded<CsvTable> csv = readCsvFile(*file, relative, keepText);
    for (const QString& warning : csv.warnings)
        f_.warning(path, warning);
    if (!csv.ok()) f_.error(path, csv.errorText());
    return std::move(csv.value);
}

bool LessonParser::readCsvSamples(const QString& relative, const QString& path,
                                  const QStringList& targets,
                                  const std::optional<QStringList>& features, Dataset& d) {
    const auto csv = readCsvTable(relative, path, true);
    if (!csv) return false;
    const QStringList& header = csv->header;
    const auto columnOf = [&](const QString& column, const QString& where) -> int {
        const int index = static_cast<int>(header.indexOf(column));
        if (index < 0)
            f_.error(where, tr("no column \"%1\" in %2 (its columns: %3)")
                                .arg(column, relative, header.join(", ")));
        return index;
    };
    std::vector<int> targetColumns, featureColumns;
    for (qsizetype i = 0; i < targets.size(); ++i)
        targetColumns.push_back(columnOf(targets[i], QStringLiteral("data.targets[%1]").arg(i)));
    if (features) {
        for (qsizetype i = 0; i < features->size(); ++i)
            featureColumns.push_back(
                columnOf((*features)[i], QStringLiteral("data.features[%1]").arg(i)));
    } else {
        for (int c = 0; c < header.size(); ++c)
            if (!targets.contains(header[c])) featureColumns.push_back(c);
    }
    if (std::find(targetColumns.begin(), targetColumns.end(), -1) != targetColumns.end() ||
        std::find(featureColumns.begin(), featureColumns.end(), -1) != featureColumns.end())
        return false;
    if (featureColumns.empty()) {
        f_.error("data.features", tr("no input columns are left besides the targets"));
        return false;
    }
    const auto textIndex = [&](int c) {
        const auto& text = csv->textColumns;
        const auto it = std::find(text.begin(), text.end(), c);
        return it == text.end() ? -1 : static_cast<int>(it - text.begin());
    };
    for (int c : featureColumns)
        if (textIndex(c) >= 0) {
            f_.error(path, tr("column \"%1\" of %2 holds words, not numbers; only a "
                              "single target column can hold class names")
                               .arg(header[c], relative));
            return false;
        }
    const int words = textIndex(targetColumns[0]);
    for (int c : targetColumns)
        if (textIndex(c) >= 0 && targetColumns.size() != 1) {
            f_.error("data.targets", tr("column \"%1\" holds class names; make it "
                                        "the only target column")
                                         .arg(header[c]));
            return false;
        }
    if (words >= 0) return readClassSamples(*csv, relative, path, words, featureColumns, d);
    const auto rows = static_cast<Index>(csv->rows.size());
    d.X.resize(rows, static_cast<Index>(featureColumns.size()));
    d.y.resize(rows, static_cast<Index>(targetColumns.size()));
    for (Index r = 0; r < rows; ++r) {
        const auto& row = csv->rows[static_cast<size_t>(r)];
        for (size_t c = 0; c < featureColumns.size(); ++c)
            d.X(r, static_cast<Index>(c)) = row[static_cast<size_t>(featureColumns[c])];
        for (size_t c = 0; c < targetColumns.size(); ++c)
            d.y(r, static_cast<Index>(c)) = row[static_cast<size_t>(targetColumns[c])];
    }
    d.featureNames.clear();
    for (int c : featureColumns)
        d.featureNames.push_back(header[c].toStdString());
    d.targetNames = toStdList(targets);
    return true;
}

bool LessonParser::readClassSamples(const CsvTable& csv, const QString& relative,
                                    const QString& path, int words,
                                    const std::vector<int>& featureColumns, Dataset& d) {
    const qsizetype known = csvClasses_.size();
    const auto classes = classesOfWords(csv.text[static_cast<size_t>(words)], csvClasses_);
    if (!classes) {
        f_.error(path,
                 tr("%1: more than %2 different class names").arg(relative).arg(maxCsvClasses));
        return false;
    }
    if (path == QLatin1String("data.test_csv") && csvClasses_.size() > known) {
        f_.error(
            path,
            tr("class \"%1\" of %2 is not in the training data").arg(csvClasses_[known], relative));
        return false;
    }
    if (csvClasses_.size() < 2) {
        f_.error(path,
                 tr("%1 names only one class; a classification needs two or more").arg(relative));
        return false;
    }
    const auto rows = static_cast<Index>(csv.rows.size());
    d.X.resize(rows, static_cast<Index>(featureColumns.size()));
    d.y = Matrix::Zero(rows, static_cast<Index>(csvClasses_.size()));
    for (Index r = 0; r < rows; ++r) {
        for (size_t c = 0; c < featureColumns.size(); ++c)
            d.X(r, static_cast<Index>(c)) =
                csv.rows[static_cast<size_t>(r)][static_cast<size_t>(featureColumns[c])];
        d.y(r, (*classes)[static_cast<size_t>(r)]) = 1.0;
    }
    d.featureNames.clear();
    for (int c : featureColumns)
        d.featureNames.push_back(csv.header[c].toStdString());
    d.targetNames = toStdList(csvClasses_);
    return true;
}

std::optional<Matrix> LessonParser::readCsvMatrix(const QString& relative, const QString& path,
                                                  qint64 rows, qint64 cols) {
    const auto csv = readCsvTable(relative, path);
    if (!csv) return std::nullopt;
    const qint64 r = static_cast<qint64>(csv->rows.size()), c = csv->header.size();
    if (r != rows || c != cols) {
        f_.error(path, tr("%1 holds a %2 matrix; expected %3")
                           .arg(relative, shapeText(r, c), shapeText(rows, cols)));
        return std::nullopt;
    }
    Matrix m(r, c);
    for (qint64 i = 0; i < r; ++i)
        for (qint64 j = 0; j < c; ++j)
            m(i, j) = csv->rows[static_cast<size_t>(i)][static_cast<size_t>(j)];
    return m;
}

} // namespace backstep
