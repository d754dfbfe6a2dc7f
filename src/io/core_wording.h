// SPDX-License-Identifier: MIT
// The words for what the numeric core reports as ids (it knows nothing of languages): why a
// network cannot train on a loss, why targets do not suit it. One line each, through tr().
#pragma once

#include "core/losses.h"
#include "core/memory_budget.h"
#include "core/network.h"
#include "core/trace.h"
#include "core/trainer.h"

#include <QCoreApplication>
#include <QString>

namespace backstep {

class CoreWording {
    Q_DECLARE_TR_FUNCTIONS(CoreWording)

public:
    // "loss bce needs output_activation sigmoid"
    static QString incompatibility(Incompatibility why, const NetworkSpec& network);
    // "loss bce needs targets from 0 to 1"
    static QString targetProblem(const TargetProblem& problem);
    // "training stopped: a non-finite value (NaN or infinity) appeared in … at step 5 of …"
    static QString trainingStop(const TrainingStop& stop);
    // "about 4.1 GB (weights 2.4 GB, one iteration 1.2 GB, data …)"
    static QString memoryEstimate(const MemoryEstimate& memory);
    // A step's formula (core/trace.h stepFormula) with its few words in the user's language:
    // "slope = f′ of each layer", "bout unchanged (update_biases: false)"; names and symbols
    // stay as in the tutorial.
    static QString stepFormula(const std::string& formula);
    // The words that stand for a formula's token, with their leading space: " likewise".
    static QString formulaRemark(FormulaRemark remark);
};

} // namespace backstep
