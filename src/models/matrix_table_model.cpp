// SPDX-License-Identifier: MIT
#include "matrix_table_model.h"

#include "practice_session.h"
#include "provenance_wording.h"

#include "io/csv.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace backstep {

QString formatCell(double value, int decimals) {
    if (decimals < 0) return formatCsvNumber(value);
    if (value == 0.0) return QString::number(0.0, 'f', decimals); // no "-0.000"
    const double size = std::abs(value);
    // Fixed decimals would lie about a value too small to show (0.000) or make a huge one too
    // wide to read: those get the same number of decimals in scientific notation.
    if (!std::isfinite(value) || size < 0.5 * std::pow(10.0, -decimals) || size >= 1e6)
        return std::isfinite(value) ? QString::number(value, 'e', std::max(decimals, 1))
                                    : formatCsvNumber(value);
    return QString::number(value, 'f', decimals);
}

QString widestCell(int decimals) {
    return decimals < 0 ? QStringLiteral("-2.2250738585072014e-308") // 17 significant digits
                        : QStringLiteral("-4.") + QString(std::max(decimals, 1), QLatin1Char('0')) +
                              QStringLiteral("e+216");
}

MatrixTableModel::MatrixTableModel(LessonSession* session, std::string matrix, QObject* parent)
    : QAbstractTableModel(parent), session_(session), matrix_(std::move(matrix)) {
    if (const TraceMatrix* m = this->matrix()) {
        rows_ = static_cast<int>(m->values.rows());
        columns_ = static_cast<int>(m->values.cols());
        dropped_ = DroppedCells(session_->trace(), matrix_);
    }
    connect(session_, &LessonSession::traceChanged, this, [this] {
        dropped_ =
            session_->hasLesson() ? DroppedCells(session_->trace(), matrix_) : DroppedCells();
        const TraceMatrix* m = this->matrix();
        const int rows = m ? static_cast<int>(m->values.rows()) : 0;
        const int columns = m ? static_cast<int>(m->values.cols()) : 0;
        if (rows != rows_ || columns != columns_) {
            beginResetModel();
            rows_ = rows;
            columns_ = columns;
            endResetModel();
        } else {
            refreshAll();
            if (session_->rowLabelsChanged())
                emit headerDataChanged(Qt::Vertical, 0, std::max(rows_ - 1, 0));
        }
    });
    const auto refreshIfChanged = [this] {
        if (session_->matrixChanged(matrixIndex())) refreshAll();
    };
    connect(session_, &LessonSession::positionChanged, this, refreshIfChanged);
    connect(session_, &LessonSession::focusChanged, this, refreshIfChanged);
}

const TraceMatrix* MatrixTableModel::matrix() const {
    return session_->hasLesson() ? session_->trace().find(matrix_) : nullptr;
}
int MatrixTableModel::matrixIndex() const {
    return session_->trace().indexOf(matrix_);
}

void MatrixTableModel::refreshAll() {
    if (rows_ > 0 && columns_ > 0) emit dataChanged(index(0, 0), index(rows_ - 1, columns_ - 1));
}

void MatrixTableModel::setPractice(PracticeSession* practice) {
    practice_ = practice;
    if (practice_) connect(practice_, &PracticeSession::changed, this, [this] { refreshAll(); });
}

bool MatrixTableModel::practising() const {
    return practice_ && practice_->isActive();
}

CellRef MatrixTableModel::cellAt(const QModelIndex& index) const {
    return CellRef{matrix_, index.row(), index.column()};
}

void MatrixTableModel::setDecimals(int decimals) {
    decimals_ = decimals;
    refreshAll();
}

QString MatrixTableModel::widestText() const {
    const TraceMatrix* m = matrix();
    if (!m || m->values.size() == 0) return {};
    if (decimals_ < 0)
        return widestCell(decimals_); // the shortest exact form varies; allow its longest
    const Eigen::ArrayXXd size = m->values.array().abs();
    const double largest = size.isFinite().all() ? size.maxCoeff() : 0.0;
    const double smallest = (size > 0).any() ? (size > 0).select(size, largest).minCoeff() : 0.0;
    QString widest;
    for (double v : {-largest, -smallest})
        if (const QString text = formatCell(v, decimals_); text.size() > widest.size())
            widest = text;
    return widest;
}

QString MatrixTableModel::title() const {
    const TraceMatrix* m = matrix();
    return m ? QStringLiteral("%1  (%2×%3)")
                   .arg(QString::fromStdString(m->name))
                   .arg(m->values.rows())
                   .arg(m->values.cols())
             : QString();
}

int MatrixTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int MatrixTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columns_;
}

QVariant MatrixTableModel::data(const QModelIndex& index, int role) const {
    const TraceMatrix* m = matrix();
    if (!m || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= m->values.rows() || index.column() >= m->values.cols())
        return {};
    const int mi = matrixIndex();
    const PracticeMark mark =
        practising() ? practice_->mark(mi, index.row(), index.column()) : PracticeMark::None;
    const bool open = PracticeSession::isOpen(mark); // a blank the student types
    const bool shown = session_->isRevealed(mi, index.row(), index.column()) && !open;
    const double value = m->values(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (mark == PracticeMark::Wrong) return practice_->lastAnswer(cellAt(index));
        return shown ? formatCell(value, decimals_) : QString();
    case Qt::EditRole:
        return open ? QVariant(QString()) : QVariant(value);
    case ValueRole:
        return shown ? QVariant(value) : QVariant();
    case PracticeRole:
        return static_cast<int>(mark);
    case DroppedRole:
        return shown && dropped_.applies() &&
               dropped_.at(session_->trace(), index.row(), index.column()).has_value();
    case HighlightRole: {
        Highlight h = session_->highlight(mi, index.row(), index.column());
        if (h == Highlight::Input && practising() && practice_->hidesFocusInputs())
            h = session_->stageOfMatrix(mi) == session_->stage() ? Highlight::Computed
                                                                 : Highlight::None;
        return static_cast<int>(h);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (open) return tr("Practice: type the value of this cell and press Enter");
        if (!shown) return tr("Computed at step %1").arg(m->step);
        Provenance p;
        try {
            p = provenanceOf(session_->trace(), cellAt(index), 6);
        } catch (const std::out_of_range&) {
            return {}; // the trace changed shape under the view: no tip rather than a crash
        }
        QString tip = ProvenanceWording::line(p);
        if (!p.notes.empty()) tip += QStringLiteral("\n") + ProvenanceWording::notes(p);
        if (const QString dropped = droppedText(index); !dropped.isEmpty())
            tip = dropped + QStringLiteral("\n") + tip;
        return tip;
    }
    default:
        return {};
    }
}

QString MatrixTableModel::droppedText(const QModelIndex& index) const {
    if (!dropped_.applies()) return {};
    const auto unit = dropped_.at(session_->trace(), index.row(), index.column());
    if (!unit) return {};
    const QString name = QString::fromStdString(hiddenUnitLabel(unit->layer, unit->unit));
    if (!unit->wholeBatch)
        return tr("Dropped by dropout in this iteration: unit %1 is left out for this sample "
                  "(mask 0), so it passes nothing on and no error back.")
            .arg(name);
    return tr("Dropped by dropout in this iteration: unit %1 is left out in every sample of the "
              "batch, so this batch's error adds nothing here (weight decay and the optimiser's "
              "memory still act).")
        .arg(name);
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const TraceMatrix* m = matrix();
    if (!m || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& labels = orientation == Qt::Horizontal ? m->columnLabels : m->rowLabels;
    if (section < 0 || section >= static_cast<int>(labels.size())) return {};
    return displayLabel(labels[static_cast<size_t>(section)]);
}

QString MatrixTableModel::displayLabel(const std::string& label) {
    // The trace's own words, in the reader's language; names (x1, h2, class) stay as they are.
    static const std::string sample = "sample ";
    if (label.rfind(sample, 0) == 0)
        return tr("sample %1").arg(QString::fromStdString(label.substr(sample.size())));
    if (label == "bias") return tr("bias");
    return QString::fromStdString(label);
}

Qt::ItemFlags MatrixTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (practising()) { // only the blanks take input: the answers
        if (index.isValid() &&
            PracticeSession::isOpen(practice_->mark(matrixIndex(), index.row(), index.column())))
            f |= Qt::ItemIsEditable;
        return f;
    }
    if (index.isValid() && session_->isEditable(matrix_) &&
        session_->isRevealed(matrixIndex(), index.row(), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool MatrixTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;
    if (practising())
        return practice_->answer(cellAt(index), value.toString()) !=
               PracticeSession::Outcome::NotOpen;
    bool ok = false;
    const double number = value.toString().trimmed().replace(',', '.').toDouble(&ok);
    if (!ok || !std::isfinite(number)) return false;
    session_->editCell(cellAt(index), number);
    return true;
}

} // namespace backstep
