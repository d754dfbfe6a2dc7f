// SPDX-License-Identifier: MIT
#include "translated_texts.h"

#include <QAction>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QObject>
#include <QVariant>

namespace backstep {

namespace {

// The dynamic property that keeps a text's context and source: "backstep.tr:<property>".
const QByteArray prefix = QByteArrayLiteral("backstep.tr:");
// Set on actions whose tooltip is their status tip and shortcut.
const char* const tipWithShortcut = "backstep.tipWithShortcut";

void retranslateOne(QObject* object) {
    bool withShortcut = false;
    for (const QByteArray& name : object->dynamicPropertyNames()) {
        if (!name.startsWith(prefix)) continue;
        const QByteArrayList remembered =
            object->property(name.constData()).value<QByteArrayList>();
        if (remembered.size() != 2) continue;
        const QByteArray property = name.mid(prefix.size());
        object->setProperty(
            property.constData(),
            QCoreApplication::translate(remembered[0].constData(), remembered[1].constData()));
        withShortcut = withShortcut || property == "statusTip";
    }
    auto* action = qobject_cast<QAction*>(object);
    if (action && withShortcut && action->property(tipWithShortcut).toBool())
        setToolTipWithShortcut(action);
}

} // namespace

namespace detail {
void setTranslatedProperty(QObject* object, const char* property, const char* context,
                           const char* source) {
    object->setProperty((prefix + property).constData(),
                        QVariant::fromValue(QByteArrayList{context, source}));
    object->setProperty(property, QCoreApplication::translate(context, source));
}
} // namespace detail

void retranslateTexts(QObject* root) {
    retranslateOne(root);
    for (QObject* child : root->findChildren<QObject*>())
        retranslateOne(child);
}

void setToolTipWithShortcut(QAction* action) {
    action->setProperty(tipWithShortcut, true);
    const QString tip = action->statusTip();
    const QKeySequence key = action->shortcut();
    action->setToolTip(
        key.isEmpty() ? tip
                      : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
}

} // namespace backstep
