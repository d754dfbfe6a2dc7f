// SPDX-License-Identifier: MIT
// The help that ships inside the app: the pages of resources/help/<language>/ (Getting
// started, How to read the sheet, Keyboard shortcuts) in the window's language, English where
// a page has no translation. The shortcuts page lists the keys the window's actions really
// have. The form is ui/help_window.ui.
#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QListWidget;
class QTextBrowser;

namespace Ui {
class HelpWindow;
}

namespace backstep {

class HelpWindow : public QDialog {
    Q_OBJECT
public:
    // The pages, in the order of the contents list: "index", "sheet", "shortcuts".
    static const QStringList& pages();
    // The resource of `page` in `language` (a locale name such as "zh_CN" or "ru_RU"): its own
    // folder, else the language's ("ru"), else English.
    static QString pagePath(const QString& page, const QString& language);
    // One line per action of `window` with a key: the keys, and what it does.
    static QList<QPair<QString, QString>> shortcutRows(QWidget* window);

    // The help of `window` (whose actions the shortcuts page lists), in `language`.
    explicit HelpWindow(QWidget* window, const QString& language = QString());
    ~HelpWindow() override;

    void showPage(const QString& page);
    QString page() const { return page_; }
    QTextBrowser* browser() const;
    QListWidget* contents() const;

private:
    QString pageHtml(const QString& page) const;
    void followLink(const QUrl& url);

    std::unique_ptr<Ui::HelpWindow> ui_;
    QWidget* window_;
    QString language_;
    QString page_;
};

} // namespace backstep
