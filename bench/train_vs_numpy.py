#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Training speed: backstep-cli against the tutorial's loop in numpy and in PyTorch, on
identical data, initial weights, batches and epochs, on a quiet machine and then with both
cores busy with other work (two busy loops this script starts, as a browser would be).

Prints per case the median time of the training loop of each contender (each run in a
fresh process), Backstep's speed-up over the faster numpy, and whether the final losses
agree (to 1e-9 relative).

Usage: python3 bench/train_vs_numpy.py [--cli build/bin/backstep-cli] [--repeat 5] [--quick]
Needs python3-numpy (with libopenblas0-pthread, as numpy users have it) and, optionally,
python3-torch. Not part of the test suite: it reports figures, it does not pass or fail.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
import backstep_reference as ref  # noqa: E402  (the lesson's batches, in Backstep's order)

try:
    import torch
except ImportError:  # PyTorch is optional
    torch = None

CASES = [
    # name, lesson, epochs
    ("3x4 lesson, 4-3-1 sigmoid, full batch", "lessons/01-three-samples.json", 5000),
    ("moons 2000, 2-10-1 tanh, full batch", "bench/lessons/moons-2000.json", 2000),
    ("moons 2000, 2-10-1 tanh, batch 32", "bench/lessons/moons-2000-minibatch.json", 100),
    ("moons 2000, 2-10-1 tanh, batch 1 (sgd)", "bench/lessons/moons-2000-sgd.json", 5),
]


def load(path):
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def lesson_matrices(cli, lesson_path):
    """The lesson's data (from the independent reference) and initial weights (as Backstep
    exports them)."""
    _, X, y = ref.load_lesson(lesson_path)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cli, "trace", lesson_path, "--out", tmp, "--quiet"], check=True)
        m = {n: load(os.path.join(tmp, n + ".csv")) for n in ("wh", "bh", "wout", "bout")}
    m["X"], m["y"] = X, y
    return m


def epoch_batches(lesson_path, samples, epochs):
    lesson, _, _ = ref.load_lesson(lesson_path)
    size = {"full": samples, "sgd": 1}.get(lesson["training"].get("batch", "full"), None)
    size = size or min(int(lesson["training"]["batch"]), samples)
    per_epoch = -(-samples // size)
    rows = ref.batches(lesson, samples)
    return [[np.array(next(rows)) for _ in range(per_epoch)] for _ in range(epochs)], lesson


def numpy_loop(m, batches, hidden, lr):
    """The tutorial's loop (sigmoid output, squared error), with the lesson's hidden activation."""
    X, y = m["X"], m["y"]
    wh, bh, wout, bout = m["wh"].copy(), m["bh"].copy(), m["wout"].copy(), m["bout"].copy()
    full = len(batches[0]) == 1
    start = time.perf_counter()
    for epoch in batches:
        loss = 0.0
        for rows in epoch:
            Xb, yb = (X, y) if full else (X[rows], y[rows])
            hidden_layer_input = np.dot(Xb, wh) + bh
            if hidden == "tanh":
                hiddenlayer_activations = np.tanh(hidden_layer_input)
                slope_hidden_layer = 1 - hiddenlayer_activations * hiddenlayer_activations
            else:
                hiddenlayer_activations = 1 / (1 + np.exp(-hidden_layer_input))
                slope_hidden_layer = hiddenlayer_activations * (1 - hiddenlayer_activations)
            output = 1 / (1 + np.exp(-(np.dot(hiddenlayer_activations, wout) + bout)))
            E = yb - output
            loss += 0.5 * np.sum(E * E)
            d_output = E * (output * (1 - output))
            d_hiddenlayer = d_output.dot(wout.T) * slope_hidden_layer
            wout += hiddenlayer_activations.T.dot(d_output) * lr
            bout += np.sum(d_output, axis=0, keepdims=True) * lr
            wh += Xb.T.dot(d_hiddenlayer) * lr
            bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return time.perf_counter() - start, loss


def torch_loop(m, batches, hidden, lr):
    """The same loop on PyTorch tensors (float64, CPU)."""
    t = {k: torch.from_numpy(v.copy()) for k, v in m.items()}
    X, y, wh, bh, wout, bout = t["X"], t["y"], t["wh"], t["bh"], t["wout"], t["bout"]
    full = len(batches[0]) == 1
    index = [[torch.from_numpy(rows) for rows in epoch] for epoch in batches]
    start = time.perf_counter()
    with torch.no_grad():
        for epoch in index:
            loss = 0.0
            for rows in epoch:
                Xb, yb = (X, y) if full else (X[rows], y[rows])
                h = Xb @ wh + bh
                if hidden == "tanh":
                    a = torch.tanh(h)
                    slope_hidden = 1 - a * a
                else:
                    a = torch.sigmoid(h)
                    slope_hidden = a * (1 - a)
                output = torch.sigmoid(a @ wout + bout)
                E = yb - output
                loss += 0.5 * float((E * E).sum())
                d_output = E * (output * (1 - output))
                d_hidden = (d_output @ wout.T) * slope_hidden
                wout += (a.T @ d_output) * lr
                bout += d_output.sum(0, keepdim=True) * lr
                wh += (Xb.T @ d_hidden) * lr
                bh += d_hidden.sum(0, keepdim=True) * lr
    return time.perf_counter() - start, loss


def backstep(cli, lesson, epochs, threads):
    result = subprocess.run([cli, "train", lesson, "--epochs", str(epochs), "--threads", str(threads)],
                            capture_output=True, text=True, check=True)
    loop = float(re.search(r"time:\s+([0-9.eE+-]+) s", result.stdout).group(1))
    loss = float(re.search(r"final loss:\s+(\S+)", result.stdout).group(1))
    return loop, loss


def median_run(run, repeat):
    runs = [run() for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), runs[0][1]


def start_busy_loops(count):
    code = "while True: pass"
    return [subprocess.Popen([sys.executable, "-c", code]) for _ in range(count)]


def contender(kind, cli, lesson, epochs, env_extra=None):
    """One run of the numpy or PyTorch loop in a fresh process (so that BLAS threads can be
    set per run): returns (seconds, final loss)."""
    env = dict(os.environ, **(env_extra or {}))
    result = subprocess.run([sys.executable, os.path.abspath(__file__), "--cli", cli, "--worker", kind, lesson, str(epochs)],
                            capture_output=True, text=True, check=True, env=env)
    seconds, loss = result.stdout.split()
    return float(seconds), float(loss)


def worker(kind, lesson_path, epochs, cli):
    m = lesson_matrices(cli, lesson_path)
    batches, spec = epoch_batches(lesson_path, m["X"].shape[0], epochs)
    hidden, lr = spec["network"]["hidden_activation"], spec["training"]["learning_rate"]
    seconds, loss = (numpy_loop if kind == "numpy" else torch_loop)(m, batches, hidden, lr)
    print(seconds, repr(loss))


def measure(cli, repeat, cores):
    rows = []
    one_blas_thread = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    for name, lesson, epochs in CASES:
        path = os.path.join(ROOT, lesson)
        row = {"name": name, "epochs": epochs}
        row["backstep"], row["loss"] = median_run(lambda: backstep(cli, path, epochs, cores), repeat)
        row["backstep1"], _ = median_run(lambda: backstep(cli, path, epochs, 1), repeat)
        row["numpy"], row["numpy_loss"] = median_run(lambda: contender("numpy", cli, path, epochs), repeat)
        row["numpy1"], _ = median_run(lambda: contender("numpy", cli, path, epochs, one_blas_thread), repeat)
        if torch is not None:
            row["torch"], row["torch_loss"] = median_run(lambda: contender("torch", cli, path, epochs), repeat)
        rows.append(row)
    return rows


def agree(a, b):
    return abs(a - b) <= 1e-9 * max(abs(b), 1e-300)


def report(title, rows):
    print("\n" + title)
    header = "%-40s %11s %11s %11s %11s %11s %9s %9s %6s" % (
        "case", "backstep", "1 thread", "numpy", "numpy 1 th", "pytorch", "vs numpy", "vs torch", "agree")
    print(header)
    print("-" * len(header))
    for r in rows:
        torch_time = "%8.1f ms" % (r["torch"] * 1e3) if "torch" in r else "%11s" % "-"
        vs_torch = "%8.1fx" % (r["torch"] / r["backstep"]) if "torch" in r else "%9s" % "-"
        same = agree(r["loss"], r["numpy_loss"]) and ("torch" not in r or agree(r["loss"], r["torch_loss"]))
        best_numpy = min(r["numpy"], r["numpy1"])
        print("%-40s %8.1f ms %8.1f ms %8.1f ms %8.1f ms %s %8.1fx %s %6s" % (
            r["name"], r["backstep"] * 1e3, r["backstep1"] * 1e3, r["numpy"] * 1e3, r["numpy1"] * 1e3,
            torch_time, best_numpy / r["backstep"], vs_torch, "yes" if same else "NO"))
    print("'vs numpy' divides the faster of the two numpy columns by Backstep's time")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/bin/backstep-cli"))
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure; the median is shown")
    parser.add_argument("--quick", action="store_true", help="quiet machine only")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "LESSON", "EPOCHS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker[0], args.worker[1], int(args.worker[2]), args.cli)
    if not os.path.exists(args.cli):
        sys.exit("no %s; build first (scripts/test.sh or scripts/run.sh)" % args.cli)
    cores = min(os.cpu_count() or 1, 4)
    print("%s, %d cores; numpy %s%s; median of %d runs; times are the training loop only" % (
        platform.processor() or platform.machine(), os.cpu_count() or 1, np.__version__,
        ", pytorch %s (%d threads)" % (torch.__version__, torch.get_num_threads()) if torch else ", no pytorch",
        args.repeat))
    print("'backstep' is backstep-cli train with its default threads (%d here), '1 thread' with --threads 1;"
          % cores)
    print("'numpy' as installed (OpenBLAS picks its threads), 'numpy 1 th' with OPENBLAS_NUM_THREADS=1")
    report("Quiet machine", measure(args.cli, args.repeat, cores))
    if args.quick:
        return
    busy = start_busy_loops(os.cpu_count() or 1)
    try:
        time.sleep(0.5)
        report("Busy machine: %d busy loops running on the %d cores" % (len(busy), os.cpu_count() or 1),
               measure(args.cli, args.repeat, cores))
    finally:
        for p in busy:
            p.kill()


if __name__ == "__main__":
    main()
