// SPDX-License-Identifier: MIT
#include "gallery_dialog.h"

#include "ui_gallery_dialog.h"

#include "io/lesson_header.h"

#include <QLocale>

namespace backstep {

GalleryDialog::GalleryDialog(QWidget* parent, const QString& folder)
    : QDialog(parent), ui_(std::make_unique<Ui::GalleryDialog>()) {
    ui_->setupUi(this);
    const QString language = QLocale().name();
    // Only titles and descriptions: a lesson's data (Fashion-MNIST's 60 000 pictures) is read
    // when it is opened, not to list it.
    for (const LessonHeader& header : readLessonHeaders(folder)) {
        auto* item = new QListWidgetItem(header.title.text(language), ui_->lessons);
        item->setData(Qt::UserRole, header.path);
        item->setData(Qt::UserRole + 1, header.description.text(language));
    }
    connect(ui_->lessons, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        ui_->description->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    });
    ui_->lessons->setCurrentRow(0);
}

GalleryDialog::~GalleryDialog() = default;

QListWidget* GalleryDialog::lessonList() const {
    return ui_->lessons;
}

QString GalleryDialog::descriptionText() const {
    return ui_->description->text();
}

QString GalleryDialog::chosenPath() const {
    const QListWidgetItem* item = ui_->lessons->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace backstep
