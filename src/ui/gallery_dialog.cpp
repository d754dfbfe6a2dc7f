// SPDX-License-Identifier: MIT
#include "gallery_dialog.h"

#include "ui_gallery_dialog.h"

#include "io/lesson_loader.h"

#include <QDir>
#include <QLocale>

namespace backstep {

GalleryDialog::GalleryDialog(QWidget* parent, const QString& folder)
    : QDialog(parent), ui_(std::make_unique<Ui::GalleryDialog>()) {
    ui_->setupUi(this);
    const QString language = QLocale().name();
    for (const QFileInfo& file :
         QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const LessonLoadResult r = loadLessonFile(file.filePath());
        if (!r.lesson) continue;
        auto* item = new QListWidgetItem(r.lesson->title.text(language), ui_->lessons);
        item->setData(Qt::UserRole, file.filePath());
        item->setData(Qt::UserRole + 1, r.lesson->description.text(language));
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
