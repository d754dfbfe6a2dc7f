#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A hyper-parameter sweep two ways: `backstep-cli sweep` against one numpy training loop per
configuration (the way a notebook does it), on the same moons data and initial weights.

The grid follows the classic moons study: hidden units 1, 2, 3, 4, 5, 10, 50 × tanh, sigmoid,
relu × learning rates 1.2, 0.1, 0.001 × 100 and 1000 epochs (126 configurations), full batch,
mean binary cross-entropy. Prints both wall-clock times, the ratio, and how many final losses
agree (to 1e-9 relative).

Usage: python3 bench/sweep_vs_numpy.py [--cli build/bin/backstep-cli] [--quick]
Needs python3-numpy. Not part of the test suite.
"""
import argparse
import csv
import itertools
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
import backstep_reference as ref  # noqa: E402  (the lesson's data, drawn independently)

LESSON = os.path.join(ROOT, "bench", "lessons", "moons-sweep.json")
HIDDEN = [1, 2, 3, 4, 5, 10, 50]
ACTIVATIONS = ["tanh", "sigmoid", "relu"]
RATES = [1.2, 0.1, 0.001]
EPOCHS = [100, 1000]


def initial_weights(cli, hidden):
    """Backstep's seeded initial weights for a hidden layer of `hidden` units."""
    with tempfile.TemporaryDirectory() as tmp:
        lesson = os.path.join(tmp, "l.json")
        with open(LESSON) as f:
            text = f.read().replace('"hidden": 4', '"hidden": %d' % hidden)
        with open(lesson, "w") as f:
            f.write(text)
        subprocess.run([cli, "trace", lesson, "--out", tmp, "--quiet"], check=True)
        return [np.loadtxt(os.path.join(tmp, n + ".csv"), delimiter=",", skiprows=1, ndmin=2)
                for n in ("wh", "bh", "wout", "bout")]


def numpy_run(X, y, weights, activation, lr, epochs):
    """The notebook's loop: full batch, sigmoid output, mean bce (d_output = E), lr/B."""
    wh, bh, wout, bout = (w.copy() for w in weights)
    rate = lr / X.shape[0]
    loss = None
    for _ in range(epochs):
        z = X @ wh + bh
        if activation == "tanh":
            a = np.tanh(z)
            slope = 1 - a * a
        elif activation == "sigmoid":
            a = 1 / (1 + np.exp(-z))
            slope = a * (1 - a)
        else:
            a = np.maximum(z, 0)
            slope = (z > 0).astype(float)
        zo = a @ wout + bout
        output = 1 / (1 + np.exp(-zo))
        loss = np.sum(np.maximum(zo, 0) - y * zo + np.log1p(np.exp(-np.abs(zo)))) / X.shape[0]
        E = y - output
        d_hidden = (E @ wout.T) * slope
        wout = wout + (a.T @ E) * rate
        bout = bout + np.sum(E, axis=0, keepdims=True) * rate
        wh = wh + (X.T @ d_hidden) * rate
        bh = bh + np.sum(d_hidden, axis=0, keepdims=True) * rate
    return loss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/bin/backstep-cli"))
    parser.add_argument("--quick", action="store_true", help="hidden 1, 2, 3 only")
    args = parser.parse_args()
    hidden = HIDDEN[:3] if args.quick else HIDDEN
    _, X, y = ref.load_lesson(LESSON)
    weights = {h: initial_weights(args.cli, h) for h in hidden}

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "sweep.csv")
        start = time.perf_counter()
        subprocess.run([args.cli, "sweep", LESSON,
                        "--grid", "hidden=" + ",".join(map(str, hidden)),
                        "--grid", "hidden_activation=" + ",".join(ACTIVATIONS),
                        "--grid", "learning_rate=" + ",".join(map(str, RATES)),
                        "--grid", "epochs=" + ",".join(map(str, EPOCHS)),
                        "--out", out], check=True, capture_output=True)
        sweep_seconds = time.perf_counter() - start
        with open(out) as f:
            rows = list(csv.DictReader(f))

    start = time.perf_counter()
    theirs = {}
    for h, act, lr, epochs in itertools.product(hidden, ACTIVATIONS, RATES, EPOCHS):
        theirs[(h, act, lr, epochs)] = numpy_run(X, y, weights[h], act, lr, epochs)
    numpy_seconds = time.perf_counter() - start

    agree = 0
    for r in rows:
        key = (int(r["hidden"]), r["hidden_activation"], float(r["learning_rate"]), int(r["epochs"]))
        ours = float(r["final_loss"])
        # Backstep's final_loss is the last epoch's loss, before that epoch's update: the
        # numpy loop's `loss` of its last epoch.
        same = abs(ours - theirs[key]) <= 1e-9 * max(abs(theirs[key]), 1e-300)
        agree += same
        if not same:
            print("differs: hidden %d %s lr %g epochs %d: backstep %.17g numpy %.17g %s"
                  % (key + (ours, theirs[key], r["stopped"])))
    print("%d configurations (moons, 2000 samples, full batch), %d cores" % (len(rows), os.cpu_count() or 1))
    print("%-44s %10.2f s" % ("numpy, one training loop per configuration", numpy_seconds))
    print("%-44s %10.2f s" % ("backstep-cli sweep", sweep_seconds))
    print("%-44s %10.1fx" % ("speed-up", numpy_seconds / sweep_seconds))
    print("final losses agreeing to 1e-9: %d of %d" % (agree, len(rows)))
    if agree < len(rows):
        print("(at learning rate 1.2 the smallest networks oscillate: from about epoch 230 a difference in the\n"
              " last bit grows 2.5 times per epoch, and the two programs settle on neighbouring orbits)")


if __name__ == "__main__":
    main()
