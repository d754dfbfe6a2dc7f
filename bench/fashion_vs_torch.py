#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One epoch of Fashion-MNIST (60 000 pictures, 784–128 ReLU–10 softmax, batches of 32, mean
cross-entropy, plain SGD at 0.1) in backstep-cli and in PyTorch (float64, CPU), from the same
initial weights and in the same batch order. PyTorch twice: the tutorial's loop on tensors
(the same arithmetic as Backstep, so the losses must agree) and the way a PyTorch user writes
it (nn.Linear, autograd, optim.SGD).

Usage: python3 bench/fashion_vs_torch.py [--cli build/bin/backstep-cli] [--repeat 3]
Needs dataset-fashion-mnist, python3-numpy and python3-torch. Not part of the test suite.
"""
import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
import backstep_reference as ref  # noqa: E402  (the lesson's batch order, drawn independently)

LESSON = os.path.join(ROOT, "bench", "lessons", "fashion-mnist-sgd.json")
DATA = os.environ.get("BACKSTEP_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")


def idx(name, offset):
    with gzip.open(os.path.join(DATA, name)) as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load_data():
    X = idx("train-images-idx3-ubyte.gz", 16).reshape(-1, 784) / 255.0
    labels = idx("train-labels-idx1-ubyte.gz", 8)
    y = np.zeros((labels.size, 10))
    y[np.arange(labels.size), labels] = 1.0
    return X, y


def initial_weights(cli):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cli, "trace", LESSON, "--out", tmp, "--quiet"], check=True)
        return [np.loadtxt(os.path.join(tmp, n + ".csv"), delimiter=",", skiprows=1, ndmin=2)
                for n in ("wh", "bh", "wout", "bout")]


def tutorial_loop(X, y, weights, order, lr):
    X, y = torch.from_numpy(X), torch.from_numpy(y)
    wh, bh, wout, bout = (torch.from_numpy(w.copy()) for w in weights)
    index = [torch.from_numpy(np.array(rows)) for rows in order]
    total = 0.0
    start = time.perf_counter()
    with torch.no_grad():
        for rows in index:
            Xb, yb = X[rows], y[rows]
            z = Xb @ wh + bh
            a = torch.relu(z)
            zo = a @ wout + bout
            output = torch.softmax(zo, dim=1)
            total += float(-(yb * torch.log_softmax(zo, dim=1)).sum())
            E = yb - output                       # d_output = E: the softmax slope cancels
            d_hidden = (E @ wout.T) * (z > 0)
            rate = lr / Xb.shape[0]
            wout += (a.T @ E) * rate
            bout += E.sum(0, keepdim=True) * rate
            wh += (Xb.T @ d_hidden) * rate
            bh += d_hidden.sum(0, keepdim=True) * rate
    return time.perf_counter() - start, total / X.shape[0]


def autograd_loop(X, y, weights, order, lr):
    X, labels = torch.from_numpy(X), torch.from_numpy(y.argmax(1))
    model = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10)).double()
    with torch.no_grad():  # nn.Linear keeps W transposed
        model[0].weight.copy_(torch.from_numpy(weights[0].T.copy()))
        model[0].bias.copy_(torch.from_numpy(weights[1][0]))
        model[2].weight.copy_(torch.from_numpy(weights[2].T.copy()))
        model[2].bias.copy_(torch.from_numpy(weights[3][0]))
    optimiser = torch.optim.SGD(model.parameters(), lr=lr)
    loss_fn = torch.nn.CrossEntropyLoss()  # the mean over the batch, as the lesson's "mean"
    index = [torch.from_numpy(np.array(rows)) for rows in order]
    total = 0.0
    start = time.perf_counter()
    for rows in index:
        optimiser.zero_grad()
        loss = loss_fn(model(X[rows]), labels[rows])
        loss.backward()
        optimiser.step()
        total += float(loss) * len(rows)
    return time.perf_counter() - start, total / X.shape[0]


def backstep(cli, threads):
    out = subprocess.run([cli, "train", LESSON, "--threads", str(threads)], capture_output=True, text=True,
                         check=True).stdout
    return float(re.search(r"time:\s+(\S+) s", out).group(1)), float(re.search(r"final loss:\s+(\S+)", out).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build/bin/backstep-cli"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    X, y = load_data()
    weights = initial_weights(args.cli)
    with open(LESSON) as f:
        lesson = json.load(f)
    batches = ref.batches(lesson, X.shape[0])
    order = [next(batches) for _ in range(-(-X.shape[0] // 32))]
    lr = lesson["training"]["learning_rate"]

    def median(run):
        runs = [run() for _ in range(args.repeat)]
        return statistics.median(r[0] for r in runs), runs[0][1]

    rows = [("backstep-cli train", median(lambda: backstep(args.cli, min(os.cpu_count() or 1, 4)))),
            ("backstep-cli train --threads 1", median(lambda: backstep(args.cli, 1))),
            ("PyTorch %s, the tutorial's loop" % torch.__version__, median(lambda: tutorial_loop(X, y, weights, order, lr))),
            ("PyTorch, nn.Linear + autograd + optim.SGD", median(lambda: autograd_loop(X, y, weights, order, lr)))]
    print("Fashion-MNIST, one epoch of 1875 batches of 32, float64; %d cores, PyTorch on %d threads; median of %d"
          % (os.cpu_count() or 1, torch.get_num_threads(), args.repeat))
    ours = rows[0][1][0]
    for name, (seconds, loss) in rows:
        print("%-48s %8.2f s  %6.1f× Backstep's time   epoch loss %.15g" % (name, seconds, seconds / ours, loss))


if __name__ == "__main__":
    main()
