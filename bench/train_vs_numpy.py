#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Training speed: backstep-cli against the tutorial's numpy loop on identical data,
initial weights and epochs. Prints both times, the ratio and both final losses.

Usage: python3 bench/train_vs_numpy.py [--cli build/bin/backstep-cli] [--repeat 3]
Not part of the test suite: it reports figures, it does not pass or fail.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = [
    ("default lesson, 3x4, 4-3-1 sigmoid, 5000 epochs", os.path.join(ROOT, "lessons/01-three-samples.json"), "sigmoid", 0.1, 5000),
    ("moons 2000 samples, 2-10-1 tanh, full batch, 2000 epochs", os.path.join(ROOT, "bench/lessons/moons-2000.json"), "tanh", 0.001, 2000),
]


def load(path):
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def numpy_loop(X, y, wh, bh, wout, bout, hidden, lr, epochs):
    """The tutorial's loop, with the hidden activation of the lesson."""
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    wh, bh, wout, bout = wh.copy(), bh.copy(), wout.copy(), bout.copy()
    loss = None
    start = time.perf_counter()
    for i in range(epochs):
        hidden_layer_input = np.dot(X, wh) + bh
        if hidden == "tanh":
            hiddenlayer_activations = np.tanh(hidden_layer_input)
            slope_hidden_layer_fn = lambda a: 1 - a * a
        else:
            hiddenlayer_activations = sigmoid(hidden_layer_input)
            slope_hidden_layer_fn = lambda a: a * (1 - a)
        output_layer_input = np.dot(hiddenlayer_activations, wout) + bout
        output = sigmoid(output_layer_input)
        E = y - output
        if i == epochs - 1:
            loss = 0.5 * np.sum(E * E)
        slope_output_layer = output * (1 - output)
        slope_hidden_layer = slope_hidden_layer_fn(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return time.perf_counter() - start, loss


def backstep(cli, lesson, epochs):
    start = time.perf_counter()
    result = subprocess.run([cli, "train", lesson, "--epochs", str(epochs)], capture_output=True, text=True, check=True)
    process = time.perf_counter() - start
    loop = float(re.search(r"time:\s+([0-9.eE+-]+) s", result.stdout).group(1))
    loss = float(re.search(r"final loss:\s+(\S+)", result.stdout).group(1))
    return loop, process, loss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/bin/backstep-cli"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        sys.exit("no %s; build first (scripts/test.sh or scripts/run.sh)" % args.cli)

    print("numpy %s, best of %d runs; times are the training loop only, 'process' includes start-up\n"
          % (np.__version__, args.repeat))
    header = "%-58s %12s %12s %12s %9s %22s %22s %6s" % (
        "case", "backstep", "(process)", "numpy", "speed-up", "final loss backstep", "final loss numpy", "agree")
    print(header)
    print("-" * len(header))
    for name, lesson, hidden, lr, epochs in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            # The lesson's data and initial weights, exactly as Backstep uses them.
            subprocess.run([args.cli, "trace", lesson, "--out", tmp, "--quiet"], check=True)
            m = {n: load(os.path.join(tmp, n + ".csv")) for n in ("X", "y", "wh", "bh", "wout", "bout")}
        runs = [backstep(args.cli, lesson, epochs) for _ in range(args.repeat)]
        loop, process = min(r[0] for r in runs), min(r[1] for r in runs)
        ours = runs[0][2]
        numpy_runs = [numpy_loop(m["X"], m["y"], m["wh"], m["bh"], m["wout"], m["bout"], hidden, lr, epochs)
                      for _ in range(args.repeat)]
        numpy_time = min(r[0] for r in numpy_runs)
        theirs = numpy_runs[0][1]
        agree = abs(ours - theirs) <= 1e-9 * max(abs(theirs), 1e-300)
        print("%-58s %10.1f ms %10.1f ms %10.1f ms %8.1fx %22.15g %22.15g %6s" % (
            name, loop * 1e3, process * 1e3, numpy_time * 1e3, numpy_time / loop, ours, theirs, "yes" if agree else "NO"))
        print("%-58s %9.2f us/epoch %20s %9.2f us/epoch" % ("", loop / epochs * 1e6, "", numpy_time / epochs * 1e6))


if __name__ == "__main__":
    main()
