// SPDX-License-Identifier: MIT
#include "json_text_check.h"

#include <QSet>

#include <vector>

namespace backstep {

namespace {

// One open object or array while walking the text.
struct Container {
    bool object = false;
    QString path;          // of the container itself ("" for the top level)
    QSet<QByteArray> keys; // objects: the keys seen, as written
    QByteArray currentKey; // objects: the key of the value being read
    bool expectingKey = true;
    qint64 index = 0; // arrays: the position of the value being read
};

QString childPath(const Container& c) {
    if (c.object) {
        const QString key = QString::fromUtf8(c.currentKey);
        return c.path.isEmpty() ? key : c.path + '.' + key;
    }
    return QStringLiteral("%1[%2]").arg(c.path).arg(c.index);
}

} // namespace

void checkJsonText(const QByteArray& text, JsonFields& fields) {
    std::vector<Container> open;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char ch = text[i];
        if (ch == '{' || ch == '[') {
            Container c;
            c.object = ch == '{';
            c.path = open.empty() ? QString() : childPath(open.back());
            open.push_back(std::move(c));
        } else if (ch == '}' || ch == ']') {
            if (!open.empty()) open.pop_back();
        } else if (ch == ',' && !open.empty()) {
            open.back().expectingKey = true;
            ++open.back().index;
        } else if (ch == ':' && !open.empty()) {
            open.back().expectingKey = false;
        } else if (ch == '"') {
            // a string: its raw bytes up to the closing quote that is not escaped
            const qsizetype start = i + 1;
            bool control = false;
            for (++i; i < size && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
                else if (static_cast<unsigned char>(text[i]) < 0x20)
                    control = true;
            }
            const QByteArray raw = text.mid(start, i - start);
            Container* c = open.empty() ? nullptr : &open.back();
            if (c && c->object && c->expectingKey) {
                c->currentKey = raw;
                if (c->keys.contains(raw))
                    fields.warning(
                        childPath(*c),
                        JsonFields::tr("given twice in one object; the last value is used"));
                c->keys.insert(raw);
                if (control)
                    fields.warning(childPath(*c),
                                   JsonFields::tr("the key holds a raw control character"));
            } else if (control) {
                fields.warning(
                    c ? childPath(*c) : QString(),
                    JsonFields::tr(
                        "a raw control character (such as NUL) inside a string; remove it "
                        "or write it as an escape like \\u0000"));
            }
        }
    }
}

} // namespace backstep
