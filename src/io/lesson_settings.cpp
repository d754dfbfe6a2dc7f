// SPDX-License-Identifier: MIT
#include "lesson_settings.h"

namespace backstep {

namespace {

QJsonObject withValue(QJsonObject object, const QStringList& path, const QJsonValue& value) {
    if (path.size() == 1) {
        object[path[0]] = value;
        return object;
    }
    object[path[0]] = withValue(object[path[0]].toObject(), path.mid(1), value);
    return object;
}

} // namespace

const QStringList& settablePaths() {
    static const QStringList paths =
        QStringLiteral(
            "data.generator data.samples data.noise data.seed data.classes "
            "data.test_fraction data.split_seed data.train_samples data.test_samples "
            "data.normalise data.X data.y data.features data.targets "
            "network.hidden network.hidden_activation network.output_activation "
            "network.leaky_alpha "
            "training.learning_rate training.epochs training.loss "
            "training.loss_reduction training.batch "
            "training.update_biases training.seed training.stop_at_loss "
            "training.optimizer training.weight_decay training.lr_decay training.dropout "
            "init.method init.seed init.low init.high init.mean init.std init.biases "
            "init.wh init.bh init.wout init.bout")
            .split(QLatin1Char(' '));
    return paths;
}

QJsonObject withSettings(QJsonObject lesson, const QJsonObject& set) {
    const bool explicitInit =
        lesson.value("init").isObject() && !lesson.value("init").toObject().contains("method");
    if (explicitInit && (set.contains("network.hidden") ||
                         set.contains("init.method"))) // the matrices no longer fit
        lesson["init"] =
            QJsonObject{{"method", "uniform"},
                        {"seed", lesson.value("training").toObject().value("seed").toDouble(1)}};
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QStringList path = it.key().split('.');
        if (it.value().isNull() && path.size() == 2) { // null removes the member: its default
            QJsonObject section = lesson.value(path[0]).toObject();
            section.remove(path[1]);
            lesson[path[0]] = section;
        } else {
            lesson = withValue(lesson, path, it.value());
        }
    }
    return lesson;
}

} // namespace backstep
