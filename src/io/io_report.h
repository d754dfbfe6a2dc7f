// SPDX-License-Identifier: MIT
// The one way Backstep reports how reading or writing a file went (docs/architecture.md,
// "Reporting failure"). Every message is one translated line naming the file and the place
// ("houses.csv line 7: expected 5 fields, got 4").
// - errors: why nothing was read or written. A failed load gives no value, so whatever the
//   caller loaded before stays as it was; a failed write leaves the earlier file (see
//   file_writer.h).
// - warnings: what is worth knowing but did not stop it (an unknown key, a repeated column,
//   a row left out).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace backstep {

struct IoReport {
    QStringList errors;
    QStringList warnings;
    // The errors, one per line; empty when there are none.
    QString errorText() const { return errors.join(QLatin1Char('\n')); }
};

// The outcome of writing files: done when there are no errors.
struct [[nodiscard]] Saved : IoReport {
    bool ok() const { return errors.isEmpty(); }
    static Saved failed(const QString& error) {
        Saved saved;
        saved.errors << error;
        return saved;
    }
};

// The outcome of reading a T: the value, or no value and at least one error.
template <typename T> struct [[nodiscard]] Loaded : IoReport {
    std::optional<T> value; // set exactly when errors is empty

    bool ok() const { return value.has_value(); }
    // Read like the optional value: `if (loaded) use(loaded->title);`.
    explicit operator bool() const { return ok(); }
    const T* operator->() const { return &*value; }
    T* operator->() { return &*value; }
    const T& operator*() const { return *value; }
    T& operator*() { return *value; }
    static Loaded failed(const QString& error, QStringList warnings = {}) {
        Loaded loaded;
        loaded.errors << error;
        loaded.warnings = std::move(warnings);
        return loaded;
    }
    static Loaded of(T value, QStringList warnings = {}) {
        Loaded loaded;
        loaded.value = std::move(value);
        loaded.warnings = std::move(warnings);
        return loaded;
    }
};

} // namespace backstep
