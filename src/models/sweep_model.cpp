// SPDX-License-Identifier: MIT
#include "sweep_model.h"

#include "io/file_writer.h"
#include "io/lesson_writer.h"
#include "io/sweep_csv.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {

QString section(const QString& key) {
    if (key == "hidden" || key == "hidden_activation" || key == "output_activation")
        return QStringLiteral("network");
    if (key == "samples" || key == "noise" || key == "seed") return QStringLiteral("data");
    return QStringLiteral("training");
}

// Numbers compare as numbers, names as text; a missing value sorts after every other.
bool lessThan(const QVariant& a, const QVariant& b) {
    if (!a.isValid() || !b.isValid()) return a.isValid() && !b.isValid();
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA), y = b.toDouble(&okB);
    if (okA && okB) return x < y;
    return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace

SweepModel::SweepModel(QObject* parent) : QAbstractTableModel(parent) {
    poll_ = new QTimer(this);
    poll_->setInterval(100);
    connect(poll_, &QTimer::timeout, this, [this] {
        joinEnded();
        if (running_) {
            takeFinished();
            if (sweep_.shared->done.load()) {
                sweep_.thread.join();
                takeFinished();
                running_ = false;
                emit runningChanged(false);
            }
        }
        if (!running_ && ending_.empty() && !freshRunning_) poll_->stop();
    });
}

SweepModel::~SweepModel() {
    for (Worker* w : {&sweep_, &fresh_})
        if (w->thread.joinable()) {
            w->shared->cancel.store(true);
            w->thread.join();
        }
    for (Worker& w : ending_)
        w.thread.join();
}

void SweepModel::retire(Worker& worker) {
    if (!worker.thread.joinable()) return;
    worker.shared->cancel.store(true);
    ending_.push_back(std::move(worker));
    worker = Worker{};
}

void SweepModel::joinEnded() {
    for (auto it = ending_.begin(); it != ending_.end();)
        if (it->shared->done.load()) {
            it->thread.join();
            it = ending_.erase(it);
        } else {
            ++it;
        }
}

// --- the grid ---

QString SweepModel::currentValue(const QString& key) const {
    if (!lesson_ || !sweepKeys().contains(key)) return {};
    const QJsonObject json =
        QJsonDocument::fromJson(lessonToJson(*lesson_, lesson_->initial, true)).object();
    const QJsonValue value = json.value(section(key)).toObject().value(key);
    if (value.isArray()) {
        QStringList layers;
        for (const QJsonValue& units : value.toArray())
            layers << QString::number(units.toInt());
        return layers.join('x');
    }
    if (value.isDouble()) return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

QString SweepModel::settingsKey() const {
    const QString id = lesson_->sourcePath.isEmpty() ? lesson_->title.text()
                                                     : QFileInfo(lesson_->sourcePath).fileName();
    return QStringLiteral("sweep/grids/%1").arg(id.isEmpty() ? QStringLiteral("untitled") : id);
}

void SweepModel::rememberGrid() const {
    QStringList lines;
    for (const QString& key : sweepKeys())
        if (!values_.value(key).trimmed().isEmpty()) lines << key + '=' + values_.value(key);
    QSettings().setValue(settingsKey(), lines);
}

void SweepModel::setLesson(const Lesson& lesson) {
    const QString before = lesson_ ? settingsKey() : QString();
    lesson_ = std::make_unique<Lesson>(lesson);
    if (settingsKey() == before) { // the same lesson changed: the lines typed stay
        replan();
        return;
    }
    values_.clear();
    const QVariant remembered = QSettings().value(settingsKey());
    if (remembered.isValid()) {
        for (const QString& line : remembered.toStringList()) {
            const QString key = line.section('=', 0, 0);
            if (sweepKeys().contains(key)) values_[key] = line.section('=', 1);
        }
    } else {
        for (const char* key : {"hidden", "hidden_activation", "learning_rate", "epochs"})
            values_[QLatin1String(key)] = currentValue(QLatin1String(key));
    }
    replan();
}

void SweepModel::setValues(const QString& key, const QString& text) {
    if (!sweepKeys().contains(key) || values_.value(key) == text) return;
    values_[key] = text;
    replan();
}

void SweepModel::replan() {
    axes_.clear();
    plan_.reset();
    refusal_.clear();
    refusedKey_.clear();
    const auto refuse = [this](const QString& key, QString message) {
        if (message.startsWith(QLatin1String("--grid "))) message = message.mid(7);
        refusal_ = message;
        refusedKey_ = key;
        emit gridChanged();
    };
    if (!lesson_) return refuse({}, tr("Open a lesson to sweep its settings"));
    for (const QString& key : sweepKeys()) {
        const QString text = values_.value(key).trimmed();
        if (text.isEmpty()) continue;
        QString error;
        const auto axis = parseSweepAxis(key + '=' + text, error);
        if (!axis) return refuse(key, error);
        for (const QString& value : axis->values)
            if (!sweepSetting(key, value, error)) return refuse(key, error);
        axes_.push_back(*axis);
    }
    if (axes_.empty()) return refuse({}, tr("Type the values of at least one setting"));
    auto plan = std::make_shared<SweepPlan>(planSweep(*lesson_, axes_));
    if (!plan->error.isEmpty()) {
        // "hidden=1 hidden_activation=softmax: network: hidden_activation softmax is …": the
        // key the reason names, else the first one given.
        const QString reason = plan->error.section(QStringLiteral(": "), 1);
        QString key;
        qsizetype first = -1;
        for (const SweepAxis& axis : axes_) {
            const qsizetype at = reason.indexOf(QRegularExpression("\\b" + axis.key + "\\b"));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
                key = axis.key;
            }
        }
        for (const SweepAxis& axis : axes_)
            if (key.isEmpty() && plan->error.startsWith(axis.key + '=')) key = axis.key;
        return refuse(key, plan->error);
    }
    plan_ = std::move(plan);
    emit gridChanged();
}

// --- running ---

bool SweepModel::start(int threads) {
    if (running_ || !plan_) return false;
    rememberGrid();
    beginResetModel();
    rows_.clear();
    runAxes_ = axes_;
    runPlan_ = plan_;
    endResetModel();
    finishedShown_ = 0;
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    auto shared = std::make_shared<Shared>();
    sweep_.shared = shared;
    sweep_.thread = std::thread([shared, plan = runPlan_, threads] {
        runSweep(*plan, threads, shared->cancel, shared->finished,
                 [&shared](int configuration, const SweepResult& result) {
                     std::lock_guard<std::mutex> lock(shared->mutex);
                     if (!shared->cancel.load()) shared->pending.push_back({configuration, result});
                 });
        shared->done.store(true);
    });
    running_ = true;
    poll_->start();
    emit runningChanged(true);
    emit progress(0, runPlan_->configurations);
    return true;
}

void SweepModel::cancel() {
    if (!running_) return;
    {
        std::lock_guard<std::mutex> lock(sweep_.shared->mutex);
        sweep_.shared->cancel.store(true);
    }
    takeFinished();
    retire(sweep_);
    running_ = false;
    emit runningChanged(false);
}

void SweepModel::waitUntilFinished() {
    if (sweep_.thread.joinable()) {
        sweep_.thread.join();
        sweep_.thread = std::thread(); // joined: the poll sees it done
        takeFinished();
        running_ = false;
        emit runningChanged(false);
    }
}

void SweepModel::takeFinished() {
    if (!sweep_.shared) return;
    std::vector<Row> finished;
    {
        std::lock_guard<std::mutex> lock(sweep_.shared->mutex);
        finished.swap(sweep_.shared->pending);
    }
    if (finished.empty()) return;
    beginResetModel();
    for (Row& row : finished)
        rows_.push_back(std::move(row));
    applySort();
    endResetModel();
    finishedShown_ = static_cast<int>(rows_.size());
    emit progress(finishedShown_, runPlan_ ? runPlan_->configurations : finishedShown_);
}

// --- filters ---

void SweepModel::setFilters(const SweepFilters& filters) {
    filters_ = filters;
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ForegroundRole, Qt::ToolTipRole});
}

QString SweepModel::failures(int row) const {
    const SweepResult& r = result(row);
    QStringList failed;
    if (filters_.useAccuracy && r.testAccuracy && *r.testAccuracy < filters_.minTestAccuracy)
        failed << tr("test accuracy below %1 %").arg(100 * filters_.minTestAccuracy);
    if (filters_.useGap && r.testAccuracy && r.trainAccuracy &&
        std::abs(*r.trainAccuracy - *r.testAccuracy) > filters_.maxGap + 1e-12)
        failed << tr("train–test gap above %1 %").arg(100 * filters_.maxGap);
    if (filters_.useSeconds && r.seconds > filters_.maxSeconds)
        failed << tr("slower than %1 s").arg(filters_.maxSeconds);
    return failed.join(QStringLiteral("; "));
}

bool SweepModel::passes(int row) const {
    return failures(row).isEmpty();
}

int SweepModel::fastestPassing() const {
    int best = -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (!passes(row)) continue;
        const Row& r = rows_[static_cast<size_t>(row)];
        const Row* b = best < 0 ? nullptr : &rows_[static_cast<size_t>(best)];
        if (!b || r.result.seconds < b->result.seconds ||
            (r.result.seconds == b->result.seconds && r.configuration < b->configuration))
            best = row;
    }
    return best;
}

int SweepModel::passingCount() const {
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += passes(row) ? 1 : 0;
    return count;
}

// --- the table ---

int SweepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int SweepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(runAxes_.size()) + Results;
}

QVariant SweepModel::sortValue(const Row& row, int column) const {
    const SweepResult& r = row.result;
    const int keys = static_cast<int>(runAxes_.size());
    if (column < keys) return r.choices[static_cast<size_t>(column)];
    const auto optional = [](const std::optional<double>& v) {
        return v ? QVariant(*v) : QVariant();
    };
    switch (column - keys) {
    case TrainAccuracy:
        return optional(r.trainAccuracy);
    case TestAccuracy:
        return optional(r.testAccuracy);
    case FinalLoss:
        return r.epochsRun > 0 ? QVariant(r.finalLoss) : QVariant();
    case TestLoss:
        return optional(r.testLoss);
    case EpochsRun:
        return r.epochsRun;
    case Seconds:
        return r.seconds;
    }
    return {};
}

QVariant SweepModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row& row = rows_[static_cast<size_t>(index.row())];
    const int keys = static_cast<int>(runAxes_.size());
    const QVariant value = sortValue(row, index.column());
    switch (role) {
    case SortRole:
        return value;
    case Qt::DisplayRole: {
        if (index.column() < keys || !value.isValid()) return value.toString();
        const int result = index.column() - keys;
        if (result == TrainAccuracy || result == TestAccuracy)
            return QStringLiteral("%1 %").arg(100 * value.toDouble(), 0, 'f', 1);
        if (result == Seconds) return QString::number(value.toDouble(), 'f', 2);
        if (result == EpochsRun) return value.toString();
        return QString::number(value.toDouble(), 'g', 5);
    }
    case Qt::TextAlignmentRole:
        return index.column() < keys ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return passes(index.row()) ? QVariant() : QVariant(QBrush(QColor(150, 150, 150)));
    case Qt::ToolTipRole: {
        QStringList tip;
        if (!row.result.stopped.isEmpty()) tip << tr("Stopped: %1").arg(row.result.stopped);
        if (const QString failed = failures(index.row()); !failed.isEmpty())
            tip << tr("Filtered out: %1").arg(failed);
        tip << tr("Double-click to open this configuration as the lesson, trained");
        return tip.join('\n');
    }
    }
    return {};
}

QVariant SweepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount()) return {};
    const int keys = static_cast<int>(runAxes_.size());
    if (role == Qt::ToolTipRole && section >= keys)
        return QStringList{tr("Accuracy on the training samples after the last epoch"),
                           tr("Accuracy on the held-out test samples"),
                           tr("The last epoch's loss"),
                           tr("The loss on the held-out test samples"),
                           tr("Epochs trained (fewer when training stopped early)"),
                           tr("Training time to reach these epochs")}
            .value(section - keys);
    if (role != Qt::DisplayRole) return {};
    if (section < keys) return runAxes_[static_cast<size_t>(section)].key;
    return QStringList{tr("train acc."), tr("test acc."), tr("final loss"),
                       tr("test loss"),  tr("epochs"),    tr("seconds")}
        .value(section - keys);
}

void SweepModel::applySort() {
    if (sortColumn_ < 0 || sortColumn_ >= columnCount()) {
        std::stable_sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
            return a.configuration < b.configuration;
        });
        return;
    }
    std::stable_sort(rows_.begin(), rows_.end(), [this](const Row& a, const Row& b) {
        const QVariant x = sortValue(a, sortColumn_), y = sortValue(b, sortColumn_);
        if (!x.isValid() || !y.isValid()) return lessThan(x, y); // missing values last
        return sortOrder_ == Qt::AscendingOrder ? lessThan(x, y) : lessThan(y, x);
    });
}

void SweepModel::sort(int column, Qt::SortOrder order) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> configurations;
    for (const QModelIndex& i : before)
        configurations.push_back(rows_[static_cast<size_t>(i.row())].configuration);
    sortColumn_ = column;
    sortOrder_ = order;
    applySort();
    QModelIndexList after;
    for (size_t i = 0; i < configurations.size(); ++i) {
        const auto found = std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) {
            return r.configuration == configurations[i];
        });
        after << index(static_cast<int>(found - rows_.begin()),
                       before[static_cast<int>(i)].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SweepModel::setResults(const std::vector<SweepAxis>& axes, std::vector<SweepResult> results) {
    beginResetModel();
    runAxes_ = axes;
    runPlan_.reset();
    rows_.clear();
    for (size_t i = 0; i < results.size(); ++i)
        rows_.push_back({static_cast<int>(i), std::move(results[i])});
    applySort();
    endResetModel();
}

// --- export and configurations ---

QByteArray SweepModel::csv() const {
    std::vector<std::optional<SweepResult>> results;
    for (const Row& row : rows_) {
        if (static_cast<size_t>(row.configuration) >= results.size())
            results.resize(static_cast<size_t>(row.configuration) + 1);
        results[static_cast<size_t>(row.configuration)] = row.result;
    }
    return sweepResultsCsv(runAxes_, results);
}

Saved SweepModel::exportCsv(const QString& path) const {
    return writeFileAtomically(path, csv());
}

std::optional<Lesson> SweepModel::lessonOf(int row, QString& error) const {
    if (row < 0 || row >= rowCount() || !runPlan_) {
        error = tr("No such configuration");
        return std::nullopt;
    }
    const int configuration = rows_[static_cast<size_t>(row)].configuration;
    for (const SweepRun& run : runPlan_->runs)
        for (size_t c = 0; c < run.configuration.size(); ++c)
            if (run.configuration[c] == configuration)
                return configurationLesson(run, c, runAxes_, error);
    error = tr("No such configuration");
    return std::nullopt;
}

void SweepModel::testOnFreshData(int row, std::uint64_t seed, int samples) {
    QString error;
    std::optional<Lesson> lesson = lessonOf(row, error);
    if (!lesson) {
        emit freshDataFailed(error);
        return;
    }
    retire(fresh_);
    const int configuration = rows_[static_cast<size_t>(row)].configuration;
    const quint64 request = ++freshRequest_;
    auto shared = std::make_shared<Shared>();
    fresh_.shared = shared;
    fresh_.thread = std::thread([this, shared, request, configuration, seed, samples,
                                 lesson = std::make_shared<Lesson>(std::move(*lesson))] {
        QString why;
        const auto score = scoreOnFreshData(*lesson, seed, samples, shared->cancel, why);
        if (!shared->cancel.load())
            QMetaObject::invokeMethod(
                this,
                [this, request, configuration, score, why] {
                    if (request != freshRequest_) return;
                    freshRunning_ = false;
                    if (score)
                        emit freshDataScored(configuration, *score);
                    else
                        emit freshDataFailed(why);
                },
                Qt::QueuedConnection);
        shared->done.store(true);
    });
    freshRunning_ = true;
    poll_->start();
}

} // namespace backstep
