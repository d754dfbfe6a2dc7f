#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Momentum, Adam, weight decay and lr_decay in Backstep against torch.optim, matrix by matrix.

For each optimiser fixture lesson under tests/data/numpy, trains K iterations in PyTorch
(float64, autograd, torch.optim.SGD(momentum=β) / torch.optim.Adam(betas, eps), weight decay on
the weights only through a parameter group, lr_decay as StepLR stepped once per epoch) from the
lesson's initial weights and in the lesson's batch order (both drawn by the independent numpy
reference), then compares every weight and bias with what `backstep-cli trace --iteration K`
writes as `…_updated`.

Usage: python3 bench/optimizers_vs_torch.py [--cli build/bin/backstep-cli] [--iterations 40]
Needs python3-numpy and python3-torch. Not part of the test suite (the suite compares the same
lessons with the numpy reference, which is written the way torch.optim computes).
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "data"))
import backstep_reference as ref  # noqa: E402

CASES = ["momentum-decay-minibatch", "adam-deep-frozen", "adam-softmax-mean-sgd",
         "sgd-weight-decay-mean", "perceptron-bce-mean"]


def activation(kind, z, alpha):
    if kind == "sigmoid":
        return torch.sigmoid(z)
    if kind == "tanh":
        return torch.tanh(z)
    if kind == "relu":
        return torch.relu(z)
    if kind == "leaky_relu":
        return torch.nn.functional.leaky_relu(z, alpha)
    if kind == "linear":
        return z
    if kind == "softmax":
        return torch.softmax(z, dim=1)
    raise ValueError(kind)


def torch_run(lesson, X, y, iterations):
    net, training = lesson.get("network", {}), lesson.get("training", {})
    hidden_f, out_f = net.get("hidden_activation", "sigmoid"), net.get("output_activation", "sigmoid")
    alpha = net.get("leaky_alpha", 0.01)
    params = [[torch.tensor(W, requires_grad=True), torch.tensor(b, requires_grad=True)]
              for W, b in ref.initial_parameters(lesson, X, y)]
    weights = [W for W, _ in params]
    biases = [b for _, b in params] if training.get("update_biases", True) else []
    groups = [{"params": weights, "weight_decay": training.get("weight_decay", 0.0)}]
    if biases:
        groups.append({"params": biases, "weight_decay": 0.0})
    spec = ref.optimizer_spec(training)
    lr = training.get("learning_rate", 0.1)
    if spec["name"] == "adam":
        opt = torch.optim.Adam(groups, lr=lr, betas=(spec["beta1"], spec["beta2"]), eps=spec["epsilon"])
    else:
        opt = torch.optim.SGD(groups, lr=lr, momentum=spec["beta"] if spec["name"] == "momentum" else 0)
    decay = training.get("lr_decay")
    sched = torch.optim.lr_scheduler.StepLR(opt, decay["every"], decay["factor"]) if decay else None
    loss_kind, mean = training.get("loss", "mse"), training.get("loss_reduction", "sum") == "mean"
    Xt, yt = torch.tensor(X), torch.tensor(y)
    batches = ref.batches_with_epochs(lesson, X.shape[0])
    epoch_now = 0
    for _ in range(iterations):
        epoch, rows = next(batches)
        while sched and epoch_now < epoch:  # StepLR once per finished epoch
            sched.step()
            epoch_now += 1
        a = Xt[rows]
        for l, (W, b) in enumerate(params):
            a = activation(out_f if l == len(params) - 1 else hidden_f, a @ W + b, alpha)
        t = yt[rows]
        if loss_kind == "mse":
            loss = 0.5 * ((t - a) ** 2).sum()
        elif loss_kind == "bce":
            loss = -(t * torch.log(a) + (1 - t) * torch.log(1 - a)).sum()
        else:
            loss = -(t * torch.log(a)).sum()
        if mean:
            loss = loss / len(rows)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return [[W.detach().numpy(), b.detach().numpy()] for W, b in params]


def read_csv(path):
    with open(path) as f:
        rows = list(csv.reader(f))[1:]
    return np.array([[float(v) for v in r] for r in rows])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "bin", "backstep-cli"))
    parser.add_argument("--iterations", type=int, default=40)
    args = parser.parse_args()
    torch.set_default_dtype(torch.float64)
    worst_all = 0.0
    print("%-26s %12s  %s" % ("lesson", "iterations", "largest relative difference, Backstep vs torch.optim"))
    for case in CASES:
        path = os.path.join(ROOT, "tests", "data", "numpy", case, "lesson.json")
        lesson, X, y = ref.load_lesson(path)
        K = args.iterations
        torch_params = torch_run(lesson, X, y, K)
        with tempfile.TemporaryDirectory() as out:
            # trace of iteration K writes the weights after its update as …_updated
            subprocess.run([args.cli, "trace", path, "--iteration", str(K), "--quiet", "--out", out],
                           check=True, capture_output=True)
            worst = 0.0
            for (wname, bname), (W, b) in zip(ref.weight_names(len(torch_params)), torch_params):
                for name, mine in ((wname, W), (bname, b)):
                    theirs = read_csv(os.path.join(out, name + "_updated.csv"))
                    scale = np.maximum(np.abs(theirs), 1e-12)
                    worst = max(worst, float(np.max(np.abs(theirs - mine) / scale)))
        worst_all = max(worst_all, worst)
        print("%-26s %12d  %.2e" % (case, K, worst))
    print("largest: %.2e (%s)" % (worst_all, "agree within 1e-10" if worst_all < 1e-10 else "DIFFER"))


if __name__ == "__main__":
    main()
