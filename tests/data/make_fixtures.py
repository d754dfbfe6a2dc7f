#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes tests/data/numpy/<case>/iteration_<K>/<matrix>.csv from the numpy reference.

Run from anywhere: python3 tests/data/make_fixtures.py. The C++ tests compare
`backstep-cli trace` / buildTrace against these files to 1e-12 relative.
"""
import os
import shutil
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import backstep_reference as ref  # noqa: E402

CASES = {
    # case folder: (lesson file relative to the repository, iterations to trace)
    "three-samples": ("lessons/01-three-samples.json", [1, 2, 1000]),
    "tanh-linear-minibatch": ("tests/data/numpy/tanh-linear-minibatch/lesson.json", [1, 2, 5]),
    "relu-softmax-sgd": ("tests/data/numpy/relu-softmax-sgd/lesson.json", [1, 7]),
    "deep-leaky-bce-frozen": ("tests/data/numpy/deep-leaky-bce-frozen/lesson.json", [1, 50]),
    "moons-tanh": ("tests/data/numpy/moons-tanh/lesson.json", [1, 20]),
    "moons-mean-bce": ("tests/data/numpy/moons-mean-bce/lesson.json", [1, 30]),
    "moons-mean-minibatch": ("tests/data/numpy/moons-mean-minibatch/lesson.json", [1, 6, 13]),
    "momentum-decay-minibatch": ("tests/data/numpy/momentum-decay-minibatch/lesson.json",
                                 [1, 2, 7]),
    "adam-deep-frozen": ("tests/data/numpy/adam-deep-frozen/lesson.json", [1, 2, 40]),
    "adam-softmax-mean-sgd": ("tests/data/numpy/adam-softmax-mean-sgd/lesson.json", [1, 9]),
    "sgd-weight-decay-mean": ("tests/data/numpy/sgd-weight-decay-mean/lesson.json", [1, 5]),
    "dropout-deep-minibatch": ("tests/data/numpy/dropout-deep-minibatch/lesson.json", [1, 2, 7]),
    "dropout-adam-sgd": ("tests/data/numpy/dropout-adam-sgd/lesson.json", [1, 4]),
    "perceptron-bce-mean": ("tests/data/numpy/perceptron-bce-mean/lesson.json", [1, 2, 9]),
}

# Batches big enough that Backstep cuts them into chunks of rows: only the loss and the
# updated weights are kept (weights_after_<K>/), which carry every chunk's sums.
WEIGHT_CASES = {
    "moons-4000-chunked": ("tests/data/numpy/moons-4000-chunked/lesson.json", [1, 40]),
}


def main():
    root = os.path.dirname(os.path.dirname(HERE))
    for case, (lesson_path, iterations) in CASES.items():
        lesson, X, y = ref.load_lesson(os.path.join(root, lesson_path))
        params = ref.initial_parameters(lesson, X, y)
        batch_rows = ref.batches_with_epochs(lesson, X.shape[0])
        case_dir = os.path.join(HERE, "numpy", case)
        state = {}  # the optimiser's buffers, carried from iteration to iteration
        done = 0
        for k in iterations:
            while done < k - 1:
                epoch, rows = next(batch_rows)
                _, params, _ = ref.iteration(lesson, params, X[rows], y[rows], state, epoch)
                done += 1
            epoch, rows = next(batch_rows)
            matrices, params, loss = ref.iteration(lesson, params, X[rows], y[rows], state, epoch)
            done += 1
            out = os.path.join(case_dir, "iteration_%d" % k)
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            for name, m in matrices.items():
                ref.write_csv(os.path.join(out, name + ".csv"), m)
            ref.write_csv(os.path.join(out, "loss.csv"), np.array([[loss]]))
            print("%s iteration %d: loss %.17g, rows %s" % (case, k, loss, rows[:8]))
    for case, (lesson_path, iterations) in WEIGHT_CASES.items():
        lesson, X, y = ref.load_lesson(os.path.join(root, lesson_path))
        params = ref.initial_parameters(lesson, X, y)
        batch_rows = ref.batches(lesson, X.shape[0])
        done = 0
        for k in iterations:
            while done < k:
                rows = next(batch_rows)
                matrices, params, loss = ref.iteration(lesson, params, X[rows], y[rows])
                done += 1
            out = os.path.join(HERE, "numpy", case, "weights_after_%d" % k)
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            for name, m in matrices.items():
                if name.endswith("_updated"):
                    ref.write_csv(os.path.join(out, name + ".csv"), m)
            ref.write_csv(os.path.join(out, "loss.csv"), np.array([[loss]]))
            print("%s after iteration %d: loss %.17g" % (case, k, loss))


if __name__ == "__main__":
    main()
