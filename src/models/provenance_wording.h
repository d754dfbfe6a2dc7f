// SPDX-License-Identifier: MIT
// The words of a cell's provenance in the user's language: the core gives ids and arguments
// (cell and matrix names, numbers), this renders them through tr(). Formulas stay as they are.
#pragma once

#include "core/provenance.h"

#include <QCoreApplication>
#include <QString>

namespace backstep {

class ProvenanceWording {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceWording)

public:
    // One sentence: "uses wout from before the update of step 11".
    static QString phrase(const ProvenancePhrase& phrase);
    // The right-hand side of the cell's first "=": the formula, its words, or both ("0 (…)").
    static QString symbolic(const Provenance& p);
    // The notes, one after the other ("…; …"), or empty.
    static QString notes(const Provenance& p);
    // "hidden_layer_input[1,2] = Σⱼ … = 1·0.42 + … = 1.234" (the value in full).
    static QString line(const Provenance& p);
};

} // namespace backstep
