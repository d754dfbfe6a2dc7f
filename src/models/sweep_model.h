// SPDX-License-Identifier: MIT
// The Sweep dock's state: the values typed per key over the open lesson (checked as
// `backstep-cli sweep` checks them), the sweep running on worker threads with progress and
// Cancel, its results as a sortable table with seed 004's filters, CSV export, the last grid
// per lesson, and one configuration opened as a lesson or tested on fresh data.
#pragma once

#include "sweep_configuration.h"

#include "io/io_report.h"
#include "io/sweep_run.h"

#include <QAbstractTableModel>
#include <QMap>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

class QTimer;

namespace backstep {

// Which results count as good. Seed 004's: test accuracy ≥ 95 %, train–test gap ≤ 1 %,
// ≤ 30 s. A filter that is off (or an accuracy a regression lesson does not have) lets every
// row pass.
struct SweepFilters {
    bool useAccuracy = true;
    double minTestAccuracy = 0.95; // a fraction
    bool useGap = true;
    double maxGap = 0.01; // |train − test accuracy|, a fraction
    bool useSeconds = true;
    double maxSeconds = 30.0;
};

class SweepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The result columns after the swept keys.
    enum Result { TrainAccuracy, TestAccuracy, FinalLoss, TestLoss, EpochsRun, Seconds, Results };
    static constexpr int SortRole = Qt::UserRole; // the raw number (or text) a column sorts by

    explicit SweepModel(QObject* parent = nullptr);
    ~SweepModel() override; // cancels and waits for the workers

    // The lesson a new sweep starts from. Restores the grid last run on it (QSettings, by its
    // file or title), else one line per key it can sweep at its current value for hidden,
    // activations, learning rate and epochs. The same lesson again (a setting changed) keeps
    // the lines as typed. Results of an earlier sweep stay.
    void setLesson(const Lesson& lesson);
    bool hasLesson() const { return lesson_ != nullptr; }
    // The lesson's current value of `key`, as a sweep value ("8x4", "0.1", "full"); "" if none.
    QString currentValue(const QString& key) const;

    // Comma-separated values of `key` ("" = not swept: the lesson's value).
    QString values(const QString& key) const { return values_.value(key); }
    void setValues(const QString& key, const QString& text);
    // Why the grid cannot run ("" when it can), in the CLI's words, and its size.
    QString refusal() const { return refusal_; }
    // The first key whose line the refusal is about, or "".
    QString refusedKey() const { return refusedKey_; }
    int configurationCount() const { return plan_ ? plan_->configurations : 0; }
    int runCount() const { return plan_ ? static_cast<int>(plan_->runs.size()) : 0; }

    // Running. start() replaces the results; false (nothing started) if the grid is refused or
    // a sweep runs. cancel() stops at once: rows finished so far stay, later ones are dropped.
    bool start(int threads = 0); // 0: one per core
    void cancel();
    bool isRunning() const { return running_; }
    int finishedCount() const { return finishedShown_; }
    // Blocks until the current sweep has ended and its rows are in (tests).
    void waitUntilFinished();

    // Filters; rows failing one are shown grey (the ForegroundRole) and unmarked in the plots.
    void setFilters(const SweepFilters& filters);
    const SweepFilters& filters() const { return filters_; }
    bool passes(int row) const;
    // Why `row` fails the filters ("" when it passes).
    QString failures(int row) const;
    // The filters' pick, as seed 004 picks: the row that passes them in the fewest seconds
    // (the earlier configuration of a tie), or −1; and how many rows pass.
    int fastestPassing() const;
    int passingCount() const;

    // Rows: finished configurations in grid order until sorted.
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const std::vector<SweepAxis>& axes() const { return runAxes_; }
    const SweepResult& result(int row) const { return rows_[static_cast<size_t>(row)].result; }
    int configuration(int row) const { return rows_[static_cast<size_t>(row)].configuration; }
    // Hand-made rows for tests of filters and sorting: `axes` and their results.
    void setResults(const std::vector<SweepAxis>& axes, std::vector<SweepResult> results);

    // The results as `backstep-cli sweep` writes them (grid order), and written to `path`
    // (through the checked file writer): "" or the error.
    QByteArray csv() const;
    Saved exportCsv(const QString& path) const;

    // The configuration of `row` as a lesson to open (trained to its epochs by the caller).
    std::optional<Lesson> lessonOf(int row, QString& error) const;
    // Trains `row`'s configuration and scores it on `samples` fresh samples drawn with `seed`
    // in the background; freshDataScored or freshDataFailed follows. Another request replaces
    // one running.
    void testOnFreshData(int row, std::uint64_t seed, int samples);
    bool isTestingFreshData() const { return freshRunning_; }

signals:
    void gridChanged();                     // values, refusal or count
    void progress(int finished, int total); // while running
    void runningChanged(bool running);      // started, finished or cancelled
    void freshDataScored(int configuration, const backstep::FreshDataScore& score);
    void freshDataFailed(const QString& error);

private:
    struct Row {
        int configuration = 0;
        SweepResult result;
    };
    void replan();
    void takeFinished(); // moves rows the workers finished into the table
    void applySort();
    void finishRun(bool cancelled);
    QString settingsKey() const;
    void rememberGrid() const;
    QVariant sortValue(const Row& row, int column) const;

    std::unique_ptr<Lesson> lesson_;
    QMap<QString, QString> values_;
    QString refusal_, refusedKey_;
    std::vector<SweepAxis> axes_;              // of the grid typed
    std::shared_ptr<const SweepPlan> plan_;    // of the grid typed
    std::vector<SweepAxis> runAxes_;           // of the results shown
    std::shared_ptr<const SweepPlan> runPlan_; // of the results shown

    // Work on threads of its own: the sweep, or a fresh-data test. `cancel`, `done`,
    // `finished` and `pending` are shared with the thread.
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<bool> done{false};
        std::atomic<int> finished{0};
        std::mutex mutex;
        std::vector<Row> pending;
    };
    struct Worker {
        std::thread thread;
        std::shared_ptr<Shared> shared;
    };
    void retire(Worker& worker); // cancels it; joined once done (or in the destructor)
    void joinEnded();
    Worker sweep_, fresh_;
    std::vector<Worker> ending_; // cancelled, finishing their current epoch
    QTimer* poll_ = nullptr;
    bool running_ = false;
    int finishedShown_ = 0;

    std::vector<Row> rows_;
    int sortColumn_ = -1; // −1: grid order
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    SweepFilters filters_;

    bool freshRunning_ = false;
    quint64 freshRequest_ = 0;
};

} // namespace backstep
