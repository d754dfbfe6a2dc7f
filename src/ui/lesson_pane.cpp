// SPDX-License-Identifier: MIT
// The lesson dock: title, description and experiments, with Try it for those that set.
#include "lesson_pane.h"
#include "translated_texts.h"

#include "compare_window.h"

#include "io/lesson_comparison.h"
#include "models/comparison_lessons.h"
#include "models/lesson_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace backstep {

namespace {

QLabel* textLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // a lesson's text is shown as written, never as markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool sameExperiments(const std::vector<Experiment>& a, const std::vector<Experiment>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Experiment& x, const Experiment& y) {
                          return x.text == y.text && x.set == y.set;
                      });
}

bool sameValue(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble()) return a.toDouble() == b.toDouble();
    return a == b;
}

// The undo menu's name for an experiment: its first sentence, at most 60 characters (a
// Chinese sentence ends at a fullwidth colon or full stop).
QString shortText(const QString& text) {
    QString first = text;
    for (const QString& end :
         {QStringLiteral(": "), QStringLiteral(". "), QStringLiteral("："), QStringLiteral("。")})
        first = first.section(end, 0, 0);
    if (first.size() > 60) first = first.left(59) + QStringLiteral("…");
    return first;
}

} // namespace

LessonPane::LessonPane(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("lessonPane"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 6);
    title_ = textLabel(QStringLiteral("lessonTitle"), content);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title_->setFont(titleFont);
    description_ = textLabel(QStringLiteral("lessonDescription"), content);
    experimentsHeading_ = setTranslated(new QLabel(content), "text", staticMetaObject.className(),
                                        QT_TR_NOOP("Experiments"));
    experimentsHeading_->setObjectName(QStringLiteral("experimentsHeading"));
    QFont headingFont = experimentsHeading_->font();
    headingFont.setBold(true);
    experimentsHeading_->setFont(headingFont);
    experimentsLayout_ = new QVBoxLayout;
    experimentsLayout_->setContentsMargins(0, 0, 0, 0);
    watch_ = textLabel(QStringLiteral("watchFor"), content);
    watch_->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 4px;"));
    watch_->hide();
    refused_ = textLabel(QStringLiteral("experimentRefused"), content);
    refused_->setStyleSheet(QStringLiteral("color: #b00020;"));
    refused_->hide();
    layout->addWidget(title_);
    layout->addWidget(description_);
    layout->addSpacing(6);
    layout->addWidget(experimentsHeading_);
    layout->addLayout(experimentsLayout_);
    compareText_ = textLabel(QStringLiteral("compareText"), content);
    compareButton_ = new QPushButton(content);
    compareButton_->setObjectName(QStringLiteral("compareThese"));
    const char* context = staticMetaObject.className();
    setTranslated(compareButton_, "text", context, QT_TR_NOOP("Compare these"));
    setTranslated(compareButton_, "toolTip", context,
                  QT_TR_NOOP("Train these configurations side by side in a new window, with one "
                             "epoch slider for all of them"));
    connect(compareButton_, &QPushButton::clicked, this, [this] {
        if (CompareWindow* window = compareThese()) window->show();
    });
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(compareText_, 1);
    compareRow->addWidget(compareButton_, 0, Qt::AlignTop);
    layout->addLayout(compareRow);
    layout->addWidget(refused_);
    layout->addWidget(watch_);
    layout->addStretch(1);
    scroll->setWidget(content);
    connect(session_, &LessonSession::lessonChanged, this, &LessonPane::refresh);
    refresh();
}

QString LessonPane::watchText() const {
    return watch_->isHidden() ? QString() : watch_->text();
}

void LessonPane::refresh() {
    if (!session_->hasLesson()) return;
    const Lesson& lesson = session_->lesson();
    const QString language = QLocale().name();
    title_->setText(lesson.title.text(language));
    description_->setText(lesson.description.text(language));
    description_->setVisible(!lesson.description.isEmpty());
    // A settings change keeps the experiments (and what the last one asks to watch for);
    // another lesson brings its own.
    const bool sameExperimentsShown = sameExperiments(lesson.experiments, shown_);
    if (!sameExperimentsShown || language != shownLanguage_) {
        const int watched = watched_;
        rebuildExperiments();
        if (sameExperimentsShown && watched >= 0) showWatch(watched); // in the new language
    }
    refreshButtons();
    refreshComparison();
}

void LessonPane::refreshComparison() {
    const std::vector<SweepAxis> axes = lessonComparison(session_->lesson());
    compareText_->setVisible(!axes.empty());
    compareButton_->setVisible(!axes.empty());
    if (axes.empty()) return;
    int count = 1;
    for (const SweepAxis& axis : axes)
        count *= static_cast<int>(axis.values.size());
    compareText_->setText(
        tr("• Compare %n configurations: %1", nullptr, count).arg(comparisonSummary(axes)));
}

CompareWindow* LessonPane::compareThese() {
    if (!session_->hasLesson()) return nullptr;
    QString error;
    std::optional<ComparisonLessons> set = comparisonLessons(session_->lesson(), error);
    if (!set) {
        refused_->setText(tr("Cannot compare: %1").arg(error));
        refused_->show();
        return nullptr;
    }
    refused_->hide();
    auto* window = new CompareWindow(std::move(set->lessons), set->titles, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

void LessonPane::rebuildExperiments() {
    const Lesson& lesson = session_->lesson();
    const QString language = QLocale().name();
    if (experimentsBox_) { // later: it may hold the button being clicked
        experimentsBox_->hide();
        experimentsBox_->deleteLater();
    }
    experimentsBox_ = new QWidget(this);
    auto* box = new QVBoxLayout(experimentsBox_);
    box->setContentsMargins(0, 0, 0, 0);
    buttons_.clear();
    for (size_t i = 0; i < lesson.experiments.size(); ++i) {
        const Experiment& e = lesson.experiments[i];
        auto* row = new QHBoxLayout;
        QLabel* text = textLabel(QStringLiteral("experimentText%1").arg(i), experimentsBox_);
        text->setText(QStringLiteral("• ") + e.text.text(language));
        row->addWidget(text, 1);
        QPushButton* button = nullptr;
        if (!e.set.isEmpty()) {
            button = new QPushButton(tr("Try it"), experimentsBox_);
            button->setObjectName(QStringLiteral("tryExperiment%1").arg(i));
            connect(button, &QPushButton::clicked, this,
                    [this, i] { tryExperiment(static_cast<int>(i)); });
            row->addWidget(button, 0, Qt::AlignTop);
        }
        buttons_.push_back(button);
        box->addLayout(row);
    }
    experimentsBox_->setEnabled(experimentsEnabled_);
    experimentsLayout_->addWidget(experimentsBox_);
    experimentsHeading_->setVisible(!lesson.experiments.empty());
    shown_ = lesson.experiments;
    shownLanguage_ = language;
    watch_->hide();
    watched_ = -1;
    refused_->hide();
}

bool LessonPane::isApplied(const QJsonObject& set) const {
    const QJsonObject now = session_->settings();
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QStringList path = it.key().split(QLatin1Char('.'));
        const QJsonObject section = now.value(path.value(0)).toObject();
        const QString key = path.value(1);
        if (it.value().isNull() ? section.contains(key)
                                : !sameValue(section.value(key), it.value()))
            return false;
    }
    return true;
}

void LessonPane::refreshButtons() {
    const Lesson& lesson = session_->lesson();
    for (size_t i = 0; i < buttons_.size() && i < lesson.experiments.size(); ++i) {
        QPushButton* button = buttons_[i];
        if (!button) continue;
        const QJsonObject& set = lesson.experiments[i].set;
        QString reason;
        const bool applied = isApplied(set);
        if (applied)
            reason = tr("These are the settings now; Edit → Undo goes back.");
        else if (const QString refusal = session_->checkSettings(set); !refusal.isEmpty())
            reason = tr("Cannot be tried with the settings as they are now: %1").arg(refusal);
        button->setEnabled(reason.isEmpty());
        button->setText(applied ? tr("Applied") : tr("Try it"));
        button->setToolTip(reason.isEmpty() ? tr("Make this change now (Edit → Undo takes it back)")
                                            : reason);
    }
}

void LessonPane::setExperimentsEnabled(bool enabled) {
    experimentsEnabled_ = enabled;
    if (experimentsBox_) experimentsBox_->setEnabled(enabled);
}

void LessonPane::showWatch(int index) {
    const QString text =
        session_->lesson().experiments[static_cast<size_t>(index)].text.text(QLocale().name());
    watch_->setText(tr("What to watch for: %1").arg(text));
    watch_->show();
    watched_ = index;
}

QString LessonPane::tryExperiment(int index) {
    if (!session_->hasLesson() || index < 0 ||
        index >= static_cast<int>(session_->lesson().experiments.size()))
        return tr("no such experiment");
    const Experiment experiment = session_->lesson().experiments[static_cast<size_t>(index)];
    if (experiment.set.isEmpty()) return tr("this experiment changes no settings");
    const QString text = experiment.text.text(QLocale().name());
    const QString reason = session_->changeSettings(experiment.set, [text = experiment.text] {
        return tr("Experiment: %1").arg(shortText(text.text(QLocale().name())));
    });
    if (!reason.isEmpty()) {
        refused_->setText(tr("Not changed: %1").arg(reason));
        refused_->show();
        return reason;
    }
    refused_->hide();
    showWatch(index);
    emit experimentTried(text);
    return {};
}

void LessonPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
