// SPDX-License-Identifier: MIT
// The training keys beyond the tutorial: how steps 11–12 update (optimizer, weight_decay,
// lr_decay) and dropout.
#include "lesson_loader.h"
#include "lesson_parser.h"

namespace backstep {

bool LessonParser::parseOptimizer(const QJsonObject& training, TrainingConfig& t) {
    bool ok = true;
    if (training.contains("optimizer")) {
        const QJsonValue value = training["optimizer"];
        const QString path = QStringLiteral("training.optimizer");
        QString name;
        std::optional<QJsonObject> settings;
        if (value.isString()) {
            name = value.toString();
        } else if (value.isObject()) {
            settings = value.toObject();
            const auto given = f_.string(settings->value("name"), path + ".name");
            if (!given) return false;
            name = *given;
        } else {
            f_.error(path, tr("expected \"sgd\", \"momentum\", \"adam\" or an object "
                              "such as {\"name\": \"adam\", \"beta1\": 0.9}"));
            return false;
        }
        const auto kind = optimizerKindFromName(name.toStdString());
        if (!kind) {
            f_.error(path, tr("unknown optimizer \"%1\"; use sgd, momentum or adam").arg(name));
            return false;
        }
        t.optimizer = OptimizerSpec{};
        t.optimizer.kind = *kind;
        if (settings) {
            // The betas are in [0, 1): 1 would never forget and Adam's correction divides by 0.
            const auto fraction = [&](const char* key, double& target) {
                if (!settings->contains(key)) return;
                const auto v = f_.number(settings->value(key), path + '.' + key, 0.0, 1.0);
                if (v && *v >= 1.0) {
                    f_.error(path + '.' + key,
                             tr("must be below 1 (it is the share of the past kept)"));
                    ok = false;
                    return;
                }
                ok = ok && v;
                target = v.value_or(target);
            };
            QStringList known{"name"};
            if (*kind == OptimizerSpec::Kind::Momentum) {
                known << "beta";
                fraction("beta", t.optimizer.beta);
            } else if (*kind == OptimizerSpec::Kind::Adam) {
                known << "beta1"
                      << "beta2"
                      << "epsilon";
                fraction("beta1", t.optimizer.beta1);
                fraction("beta2", t.optimizer.beta2);
                if (settings->contains("epsilon")) {
                    const auto e =
                        f_.number(settings->value("epsilon"), path + ".epsilon", 0.0, 1.0, true);
                    ok = ok && e;
                    t.optimizer.epsilon = e.value_or(1e-8);
                }
            }
            f_.checkKeys(*settings, path, known);
        }
    }
    if (training.contains("weight_decay")) {
        const auto lambda = f_.number(training["weight_decay"], "training.weight_decay", 0.0, 1e6);
        ok = ok && lambda;
        t.weightDecay = lambda.value_or(0.0);
    }
    if (training.contains("dropout")) {
        const QString path = QStringLiteral("training.dropout");
        const auto p = f_.number(training["dropout"], path, 0.0, 1.0);
        if (p && *p >= 1.0) {
            f_.error(path, tr("must be below 1: with p = 1 every unit is dropped"));
            return false;
        }
        ok = ok && p;
        t.dropout = p.value_or(0.0);
    }
    if (training.contains("lr_decay")) {
        const QString path = QStringLiteral("training.lr_decay");
        const auto o = f_.object(training["lr_decay"], path);
        if (!o) return false;
        f_.checkKeys(*o, path, {"every", "factor"});
        if (!o->contains("every") || !o->contains("factor")) {
            f_.error(path, tr("needs \"every\" (epochs) and \"factor\", e.g. "
                              "{\"every\": 100, \"factor\": 0.5}"));
            return false;
        }
        const auto every =
            f_.integer(o->value("every"), path + ".every", 1, LessonLimits::maxEpochs);
        const auto factor = f_.number(o->value("factor"), path + ".factor", 0.0, 1e6, true);
        ok = ok && every && factor;
        if (every && factor) {
            t.learningRateDecay.every = static_cast<int>(*every);
            t.learningRateDecay.factor = *factor;
        }
    }
    return ok;
}

} // namespace backstep
