// SPDX-License-Identifier: MIT
#include "tour.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace backstep {

namespace {
constexpr int margin = 6; // around the outlined widget
constexpr int cardWidth = 360;
const QColor outline(0xF2, 0xC2, 0x30); // the sheet's yellow, a little stronger
} // namespace

Tour::Tour(QWidget* window, QList<TourPage> pages)
    : QWidget(window), window_(window), pages_(std::move(pages)) {
    setObjectName(QStringLiteral("tour"));
    setAttribute(Qt::WA_DeleteOnClose);
    card_ = new QFrame(this);
    card_->setObjectName(QStringLiteral("tourCard"));
    card_->setFrameShape(QFrame::StyledPanel);
    card_->setAutoFillBackground(true);
    card_->setFixedWidth(cardWidth);
    auto* layout = new QVBoxLayout(card_);
    counter_ = new QLabel(card_);
    counter_->setObjectName(QStringLiteral("tourCounter"));
    title_ = new QLabel(card_);
    title_->setObjectName(QStringLiteral("tourTitle"));
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title_->setFont(big);
    title_->setWordWrap(true);
    text_ = new QLabel(card_);
    text_->setObjectName(QStringLiteral("tourText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    layout->addWidget(counter_);
    layout->addWidget(title_);
    layout->addWidget(text_);
    auto* buttons = new QHBoxLayout;
    close_ = new QPushButton(tr("Close tour"), card_);
    close_->setObjectName(QStringLiteral("tourClose"));
    close_->setToolTip(tr("End the tour; Help → Tour of the window shows it again (Esc)"));
    back_ = new QPushButton(tr("Back"), card_);
    back_->setObjectName(QStringLiteral("tourBack"));
    back_->setToolTip(tr("The previous part (←)"));
    next_ = new QPushButton(card_);
    next_->setObjectName(QStringLiteral("tourNext"));
    next_->setToolTip(tr("The next part (→)"));
    next_->setDefault(true);
    buttons->addWidget(close_);
    buttons->addStretch(1);
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    layout->addLayout(buttons);
    connect(close_, &QPushButton::clicked, this, &QWidget::close);
    connect(back_, &QPushButton::clicked, this, &Tour::back);
    connect(next_, &QPushButton::clicked, this, &Tour::next);
    for (QWidget* w : std::initializer_list<QWidget*>{this, close_, back_, next_})
        w->installEventFilter(this);
    window_->installEventFilter(this);
    setFocusPolicy(Qt::StrongFocus);
    setGeometry(window_->rect());
    raise();
    show();
    showPage(0);
}

QWidget* Tour::target() const {
    if (page_ < 0 || page_ >= pageCount()) return nullptr;
    return window_->findChild<QWidget*>(pages_[page_].target);
}

QRect Tour::highlight() const {
    const QWidget* t = target();
    if (!t || !t->isVisible()) return {};
    const QRect r(t->mapTo(window_, QPoint(0, 0)), t->size());
    return r.adjusted(-margin, -margin, margin, margin).intersected(rect());
}

void Tour::showPage(int page) {
    if (pages_.isEmpty()) return;
    page_ = std::clamp(page, 0, pageCount() - 1);
    const TourPage& p = pages_[page_];
    if (p.prepare) p.prepare();
    raise(); // above a dock the page has just raised
    counter_->setText(tr("Tour of the window · %1 of %2").arg(page_ + 1).arg(pageCount()));
    title_->setText(p.title);
    text_->setText(p.text);
    back_->setEnabled(page_ > 0);
    next_->setText(page_ + 1 < pageCount() ? tr("Next") : tr("Done"));
    placeCard();
    next_->setFocus();
    update();
    QTimer::singleShot(0, this, [this] { // where the target is once its dock is laid out
        placeCard();
        update();
    });
}

void Tour::next() {
    if (page_ + 1 < pageCount())
        showPage(page_ + 1);
    else
        close();
}

void Tour::back() {
    if (page_ > 0) showPage(page_ - 1);
}

void Tour::placeCard() {
    card_->adjustSize();
    const QSize size = card_->sizeHint().expandedTo(QSize(cardWidth, 0));
    const QRect area = rect().adjusted(8, 8, -8, -8);
    const QRect h = highlight();
    // Beside the outlined part where there is room (right, left, below, above), else inside
    // it at its bottom left, so the card never hides the whole of what it explains.
    QList<QPoint> places;
    if (!h.isEmpty()) {
        const int y = std::clamp(h.top(), area.top(), area.bottom() - size.height());
        const int x = std::clamp(h.left(), area.left(), area.right() - size.width());
        places = {{h.right() + 12, y},
                  {h.left() - 12 - size.width(), y},
                  {x, h.bottom() + 12},
                  {x, h.top() - 12 - size.height()}};
    }
    QPoint at = h.isEmpty() ? area.center() - QPoint(size.width() / 2, size.height() / 2)
                            : QPoint(h.left() + 16, h.bottom() - 16 - size.height());
    for (const QPoint& p : places)
        if (area.contains(QRect(p, size))) {
            at = p;
            break;
        }
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    card_->setGeometry(QRect(at, size));
}

bool Tour::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest) {
            setGeometry(window_->rect());
            placeCard();
        }
        return false;
    }
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        // The tour's keys before the window's: → and ← would otherwise step the sheet.
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Right && key != Qt::Key_Left && key != Qt::Key_Escape) return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        if (key == Qt::Key_Right)
            next();
        else if (key == Qt::Key_Left)
            back();
        else
            close();
        return true;
    }
    return false;
}

void Tour::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.addRect(rect());
    const QRect h = highlight();
    QPainterPath hole;
    hole.addRoundedRect(h, 6, 6);
    painter.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 110));
    if (!h.isEmpty()) {
        painter.setPen(QPen(outline, 4));
        painter.drawRoundedRect(QRectF(h).adjusted(2, 2, -2, -2), 6, 6);
    }
}

void Tour::closeEvent(QCloseEvent* event) {
    window_->removeEventFilter(this);
    emit finished();
    event->accept();
}

} // namespace backstep
