// SPDX-License-Identifier: MIT
#include "help_window.h"

#include "ui_help_window.h"
#include "window_icons.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUrl>

namespace backstep {

namespace {

QString readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

const QStringList& HelpWindow::pages() {
    static const QStringList list = {QStringLiteral("index"), QStringLiteral("sheet"),
                                     QStringLiteral("shortcuts")};
    return list;
}

QString HelpWindow::pagePath(const QString& page, const QString& language) {
    loadBackstepResources();
    const QString languageOnly = language.section(QLatin1Char('_'), 0, 0);
    for (const QString& folder : {language, languageOnly, QStringLiteral("en")}) {
        if (folder.isEmpty()) continue;
        const QString path = QStringLiteral(":/help/%1/%2.html").arg(folder, page);
        if (QFileInfo::exists(path)) return path;
    }
    return {};
}

QList<QPair<QString, QString>> HelpWindow::shortcutRows(QWidget* window) {
    QList<QPair<QString, QString>> rows;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString does = a->text().remove(QLatin1Char('&'));
        if (!a->statusTip().isEmpty() && a->statusTip() != does)
            does += QStringLiteral(" — ") + a->statusTip();
        rows.append({keys.join(QStringLiteral(", ")), does});
    }
    return rows;
}

HelpWindow::HelpWindow(QWidget* window, const QString& language)
    : QDialog(window), ui_(std::make_unique<Ui::HelpWindow>()), window_(window),
      language_(language.isEmpty() ? QLocale().name() : language) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("helpWindow"));
    setWindowIcon(backstepIcon(QStringLiteral("help")));
    static const QRegularExpression titleTag(QStringLiteral("<title>(.*)</title>"));
    for (const QString& page : pages()) { // each page's title, in its own language
        const QString title = titleTag.match(readResource(pagePath(page, language_))).captured(1);
        auto* item = new QListWidgetItem(title.isEmpty() ? page : title, ui_->contents);
        item->setData(Qt::UserRole, page);
    }
    const int listWidth = ui_->contents->sizeHintForColumn(0) + 24;
    ui_->contents->setMaximumWidth(2 * listWidth);
    ui_->splitter->setStretchFactor(1, 1);
    ui_->splitter->setSizes({listWidth, width() - listWidth});
    connect(ui_->contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) showPage(pages().value(row));
    });
    connect(ui_->browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    showPage(pages().first());
}

HelpWindow::~HelpWindow() = default;

QTextBrowser* HelpWindow::browser() const {
    return ui_->browser;
}

QListWidget* HelpWindow::contents() const {
    return ui_->contents;
}

QString HelpWindow::pageHtml(const QString& page) const {
    QString html = readResource(pagePath(page, language_));
    if (page == QLatin1String("shortcuts")) {
        QString table =
            QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #b8b8b8\">"
                           "<tr bgcolor=\"#eef2f7\"><th align=\"left\" width=\"28%\">%1</th>"
                           "<th align=\"left\">%2</th></tr>")
                .arg(tr("Key"), tr("Does"));
        for (const auto& [keys, does] : shortcutRows(window_))
            table += QStringLiteral("<tr><td><nobr>%1</nobr></td><td>%2</td></tr>")
                         .arg(keys.toHtmlEscaped(), does.toHtmlEscaped());
        table += QStringLiteral("</table>");
        html.replace(QStringLiteral("<!-- shortcuts -->"), table);
    }
    return html;
}

void HelpWindow::showPage(const QString& page) {
    const int row = static_cast<int>(pages().indexOf(page));
    if (row < 0) return;
    page_ = page;
    ui_->browser->setHtml(pageHtml(page));
    const QSignalBlocker block(ui_->contents);
    ui_->contents->setCurrentRow(row);
}

void HelpWindow::followLink(const QUrl& url) {
    if (url.isRelative() && url.path().endsWith(QLatin1String(".html"))) {
        showPage(QFileInfo(url.path()).completeBaseName());
        return;
    }
    if (url.scheme().startsWith(QLatin1String("http"))) QDesktopServices::openUrl(url);
}

} // namespace backstep
