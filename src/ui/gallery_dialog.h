// SPDX-License-Identifier: MIT
// File → Lesson gallery: the lessons that ship inside the app (:/lessons), in course order, by
// their titles in the window's language, with the chosen one's description. The form is
// ui/gallery_dialog.ui.
#pragma once

#include <QDialog>

#include <memory>

class QListWidget;

namespace Ui {
class GalleryDialog;
}

namespace backstep {

class GalleryDialog : public QDialog {
    Q_OBJECT
public:
    // The lessons of `folder` (the shipped ones by default) that load.
    explicit GalleryDialog(QWidget* parent = nullptr,
                           const QString& folder = QStringLiteral(":/lessons"));
    ~GalleryDialog() override;

    QListWidget* lessonList() const;
    QString descriptionText() const;
    // The file of the lesson chosen ("" when none is).
    QString chosenPath() const;

private:
    std::unique_ptr<Ui::GalleryDialog> ui_;
};

} // namespace backstep
