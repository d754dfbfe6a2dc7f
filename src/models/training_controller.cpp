// SPDX-License-Identifier: MIT
#include "training_controller.h"

#include "io/core_wording.h"
#include "io/lesson_loader.h" // LessonLimits

#include <algorithm>
#include <new>
#include <utility>

namespace backstep {

TrainingController::TrainingController(LessonSession* session, QObject* parent)
    : QObject(parent), session_(session) {
    qRegisterMetaType<backstep::TrainingOutcome>();
    // New weights or another lesson: the live weights are history (connected before any view,
    // so the views redraw what the session now holds).
    const auto forgetLive = [this] { live_.reset(); };
    connect(session_, &LessonSession::traceChanged, this, forgetLive);
    connect(session_, &LessonSession::lessonChanged, this, forgetLive);
    connect(&runner_, &TrainingRunner::progress, this,
            [this](int done, int total, const TrainingHistory& newPart) {
                runHistory_.append(newPart);
                emit progress(done, total, runHistory_);
                showLive(runHistory_.parameters, static_cast<int>(runHistory_.loss.size()));
            });
    connect(&runner_, &TrainingRunner::outOfMemory, this, &TrainingController::outOfMemory);
    connect(&runner_, &TrainingRunner::finished, this,
            [this](const std::shared_ptr<Trainer>& trained, bool cancelled) {
                runnerFinished(std::move(*trained), cancelled);
            });
}

TrainingController::~TrainingController() {
    runner_.cancel();
    runner_.wait();
}

void TrainingController::train(int epochs) {
    if (runner_.isRunning() || !session_->hasLesson()) return;
    session_->settle(); // on from the trainer the last run ended with
    emit trainingStarted(epochs);
    runHistory_ = TrainingHistory::of(session_->trainer());
    runner_.start(session_->trainer(), epochs);
}

void TrainingController::cancel() {
    runner_.cancel();
}

void TrainingController::wait() {
    runner_.wait();
}

void TrainingController::abandon() {
    if (!runner_.isRunning()) return;
    runner_.abandon(); // what it trained belongs to the lesson being replaced
    emit trainingEnded();
    if (std::exchange(pendingIteration_, 0) > 0) emit jumpFinished();
}

void TrainingController::runnerFinished(Trainer trainer, bool cancelled) {
    // What to say, from the trainer before the session takes it over.
    TrainingOutcome outcome;
    outcome.cancelled = cancelled;
    if (trainer.stop()) outcome.stopMessage = CoreWording::trainingStop(*trainer.stop());
    outcome.targetReached = !outcome.stopMessage && trainer.targetReached();
    outcome.lastLoss = trainer.epochLoss().empty() ? 0.0 : trainer.epochLoss().back();
    outcome.stopAtLoss = trainer.config().stopAtLoss.value_or(0.0);
    outcome.epochsCompleted = trainer.epochsCompleted();
    outcome.iterationsCompleted = trainer.iterationsCompleted();
    // Taken over, not copied: its histories can hold millions of epochs. A large lesson's
    // sheet follows when its trace is built; what is done before then waits for it.
    session_->adoptTrainer(std::move(trainer));
    emit trainingEnded();
    const qint64 jumpTarget = std::exchange(pendingIteration_, 0);
    if (jumpTarget > 0 && !cancelled && !outcome.stopMessage) {
        goToIteration(jumpTarget); // the rest of the jump: less than an epoch
        return;
    }
    emit finished(outcome);
    if (jumpTarget > 0) emit jumpFinished();
}

bool TrainingController::jumpAtOnce(qint64 iteration) {
    try {
        if (session_->goToIteration(iteration)) return true;
        if (session_->trainer().stop())
            emit jumpStopped(CoreWording::trainingStop(*session_->trainer().stop()));
    } catch (const std::bad_alloc&) {
        emit jumpStopped(QString());
    }
    return false;
}

void TrainingController::goToIteration(qint64 target) {
    session_->settle(); // from where the last training ended
    const Trainer& trainer = session_->trainer();
    const int perEpoch = std::max(1, trainer.iterationsPerEpoch());
    // Beyond 20 000 iterations, or about 5·10⁷ cell computations (a tenth of a second or so),
    // the jump trains in the background with progress and Cancel.
    qint64 units = 0;
    for (int l = 0; l < trainer.network().layerCount(); ++l)
        units += trainer.network().fanOut(l);
    const qint64 rows = trainer.config().batch.samplesPerIteration(trainer.data().samples());
    const qint64 iterations = target - session_->iteration();
    const bool longJump =
        iterations > 20000 || iterations * rows * std::max<qint64>(units, 1) > 50'000'000;
    if (longJump) {
        // The rest of the current epoch here (less than an epoch), whole epochs in the background.
        const qint64 epochStart =
            session_->trainer().epochsCompleted() * static_cast<qint64>(perEpoch) + 1;
        if (epochStart < session_->iteration() && !jumpAtOnce(epochStart + perEpoch)) {
            emit jumpFinished();
            return;
        }
        const qint64 wholeEpochs = (target - 1) / perEpoch - session_->trainer().epochsCompleted();
        if (wholeEpochs > 0) {
            pendingIteration_ = target; // the last partial epoch is done when the run finishes
            train(static_cast<int>(std::min<qint64>(wholeEpochs, LessonLimits::maxEpochs)));
            return;
        }
    }
    jumpAtOnce(target);
    emit jumpFinished();
}

const NetworkSpec& TrainingController::network() const {
    return session_->trainer().network();
}

const Dataset& TrainingController::trainingData() const {
    return session_->trainer().data();
}

const Dataset& TrainingController::testData() const {
    return session_->trainer().testData();
}

const Parameters& TrainingController::shownParameters() const {
    return live_ ? *live_ : session_->trainer().parameters();
}

int TrainingController::shownEpoch() const {
    return live_ ? liveEpoch_ : session_->trainer().epochsCompleted();
}

void TrainingController::showLive(const Parameters& params, int epoch) {
    live_ = params;
    liveEpoch_ = epoch;
    emit liveParametersChanged();
}

int TrainingController::snapshotCount() const {
    return static_cast<int>(session_->trainer().history().snapshots().size());
}

int TrainingController::snapshotEpoch(int index) const {
    return session_->trainer().history().snapshots()[static_cast<size_t>(index)].first;
}

EpochWeights TrainingController::weightsAt(int epoch) const {
    const Trainer& t = session_->trainer();
    if (epoch >= t.epochsCompleted() || t.history().snapshots().empty())
        return {t.epochsCompleted(), &t.parameters()};
    const auto& snapshot = t.history().atOrBefore(epoch);
    return {snapshot.first, &snapshot.second};
}

int TrainingController::iterationsPerEpoch() const {
    return session_->trainer().iterationsPerEpoch();
}

const TrainingConfig& TrainingController::config() const {
    return session_->trainer().config();
}

TrainingHistory TrainingController::history() const {
    return TrainingHistory::of(session_->trainer());
}

int TrainingController::epochsCompleted() const {
    return session_->trainer().epochsCompleted();
}

Judgement TrainingController::judgeShown() const {
    const Trainer& t = session_->trainer();
    return judge(t.network(), shownParameters(), t.data(), t.testData(), t.isClassification());
}

std::function<Judgement()> TrainingController::judgementJob() const {
    const Trainer& t = session_->trainer();
    return [network = t.network(), params = shownParameters(), train = t.data(),
            test = t.testData(), classification = t.isClassification()] {
        return judge(network, params, train, test, classification);
    };
}

int TrainingController::judgedSamples() const {
    return session_->trainer().data().samples() + session_->trainer().testData().samples();
}

} // namespace backstep
