# SPDX-License-Identifier: MIT
"""An independent numpy implementation of Backstep's lesson semantics.

Written from docs/architecture.md and the README's description of the random generator, the
initialisation order, the generators and the batching, not from the C++ code. Used to
produce the fixtures under tests/data/numpy and by the benchmark under bench/.
"""
import json
import math
import os

import numpy as np

MASK = (1 << 64) - 1


def _rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Random:
    """xoshiro256** seeded with four SplitMix64 outputs."""

    def __init__(self, seed):
        s = seed & MASK
        self.state = []
        for _ in range(4):
            s = (s + 0x9E3779B97F4A7C15) & MASK
            z = s
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            self.state.append(z ^ (z >> 31))
        self.spare = None

    def next_u64(self):
        s = self.state
        result = (_rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 45)
        return result

    def uniform(self, low=0.0, high=1.0):
        u = (self.next_u64() >> 11) * 2.0 ** -53
        return low + (high - low) * u

    def normal(self):
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        u1 = 1.0 - self.uniform()
        u2 = self.uniform()
        radius = math.sqrt(-2.0 * math.log(u1))
        angle = 2.0 * math.pi * u2
        self.spare = radius * math.sin(angle)
        return radius * math.cos(angle)

    def below(self, bound):
        limit = MASK - MASK % bound
        while True:
            x = self.next_u64()
            if x < limit:
                return x % bound


# ---- data -------------------------------------------------------------------------------

def generate(spec):
    kind = spec["generator"]
    n = spec.get("samples", 4 if kind == "xor" else 200)
    default_noise = {"xor": 0.0, "blobs": 0.5, "moons": 0.1, "circles": 0.1, "spiral": 0.2}
    noise = spec.get("noise", default_noise[kind])
    rng = Random(spec.get("seed", 1))
    X = np.zeros((n, 2))
    y = np.zeros((n, 1))

    def put(i, a, b, label):
        X[i, 0] = a + noise * rng.normal()
        X[i, 1] = b + noise * rng.normal()
        y[i, 0] = label

    def spaced(i, count, start, stop, endpoint=True):
        intervals = count - 1 if endpoint else count
        return start if intervals <= 0 else start + (stop - start) * i / intervals

    if kind == "xor":
        for i in range(n):
            a, b = (i // 2) % 2, i % 2
            put(i, a, b, a ^ b)
    elif kind == "moons":
        outer = n // 2
        inner = n - outer
        for i in range(outer):
            t = spaced(i, outer, 0.0, math.pi)
            put(i, math.cos(t), math.sin(t), 0)
        for i in range(inner):
            t = spaced(i, inner, 0.0, math.pi)
            put(outer + i, 1.0 - math.cos(t), 0.5 - math.sin(t), 1)
    else:
        raise ValueError("generator not needed by the fixtures: " + kind)
    return X, y


def load_lesson(path):
    with open(path, encoding="utf-8") as f:
        lesson = json.load(f)
    data = lesson["data"]
    if "generator" in data:
        X, y = generate(data)
    else:
        X, y = np.array(data["X"], dtype=float), np.array(data["y"], dtype=float)
    return lesson, X, y


# ---- network ----------------------------------------------------------------------------

def layer_sizes(lesson, X, y):
    hidden = lesson.get("network", {}).get("hidden", 3)
    hidden = hidden if isinstance(hidden, list) else [hidden]
    return [X.shape[1]] + hidden + [y.shape[1]]


def initial_parameters(lesson, X, y):
    sizes = layer_sizes(lesson, X, y)
    training = lesson.get("training", {})
    init = lesson.get("init", {"method": "uniform", "seed": training.get("seed", 1)})
    params = []
    if "method" not in init:
        names = weight_names(len(sizes) - 1)
        for w, b in names:
            params.append([np.array(init[w], dtype=float), np.array(init[b], dtype=float)])
        return params
    rng = Random(init.get("seed", training.get("seed", 1)))
    method = init["method"]
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        zero_biases = init.get("biases", "random") == "zero"  # zeros, drawing nothing
        if method == "uniform":
            low, high = init.get("low", 0.0), init.get("high", 1.0)
            draw = lambda: rng.uniform(low, high)
            W = np.array([[draw() for _ in range(fan_out)] for _ in range(fan_in)])
            b = np.zeros((1, fan_out)) if zero_biases else np.array([[draw() for _ in range(fan_out)]])
        elif method == "normal":
            mean, std = init.get("mean", 0.0), init.get("std", 1.0)
            W = np.array([[mean + std * rng.normal() for _ in range(fan_out)] for _ in range(fan_in)])
            b = (np.zeros((1, fan_out)) if zero_biases
                 else np.array([[mean + std * rng.normal() for _ in range(fan_out)]]))
        else:  # xavier
            limit = math.sqrt(6.0 / (fan_in + fan_out))
            W = np.array([[rng.uniform(-limit, limit) for _ in range(fan_out)] for _ in range(fan_in)])
            b = np.zeros((1, fan_out))
        params.append([W, b])
    return params


def weight_names(layer_count):
    names = []
    for l in range(layer_count):
        if l == layer_count - 1:
            names.append(("wout", "bout"))
        else:
            suffix = "" if l == 0 else "_%d" % (l + 1)
            names.append(("wh" + suffix, "bh" + suffix))
    return names


def activate(kind, z, alpha):
    if kind == "sigmoid":
        return 1 / (1 + np.exp(-z))
    if kind == "tanh":
        return np.tanh(z)
    if kind == "relu":
        return np.maximum(z, 0)
    if kind == "leaky_relu":
        return np.where(z > 0, z, alpha * z)
    if kind == "linear":
        return z.copy()
    if kind == "step":
        return (z > 0).astype(float)
    if kind == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise ValueError(kind)


def slope(kind, z, a, alpha):
    if kind in ("sigmoid", "softmax"):
        return a * (1 - a)
    if kind == "tanh":
        return 1 - a ** 2
    if kind == "relu":
        return (z > 0).astype(float)
    if kind == "leaky_relu":
        return np.where(z > 0, 1.0, alpha)
    if kind == "linear":
        return np.ones_like(z)
    if kind == "step":
        return np.zeros_like(z)
    raise ValueError(kind)


def loss_value(loss, y, output):
    if loss == "mse":
        return 0.5 * np.sum((y - output) ** 2)
    if loss == "bce":
        return -np.sum(y * np.log(output) + (1 - y) * np.log(1 - output))
    return -np.sum(y * np.log(output))


def optimizer_spec(training):
    opt = training.get("optimizer", "sgd")
    spec = {"name": opt} if isinstance(opt, str) else dict(opt)
    spec.setdefault("beta", 0.9)
    spec.setdefault("beta1", 0.9)
    spec.setdefault("beta2", 0.999)
    spec.setdefault("epsilon", 1e-8)
    return spec


def learning_rate(training, epoch):
    """lr_decay: the rate of the iterations of epoch `epoch` (0-based), like StepLR."""
    lr = training.get("learning_rate", 0.1)
    decay = training.get("lr_decay")
    if decay:
        lr *= decay["factor"] ** (epoch // decay["every"])
    return lr


def optimizer_step(spec, lr, weight_decay, p, dp, buffers, key, t, is_weight):
    """One parameter, written the way torch.optim does it: dp is the loss's derivative
    (dL/dp = −G), buffers[key] what the optimiser kept. Returns (new p, named matrices in
    Backstep's sign convention)."""
    g = dp + (weight_decay * p if is_weight else 0.0)  # torch's weight_decay adds λ·p
    shown = {"G": -g}
    name = spec["name"]
    if name == "sgd":
        return p - lr * g, shown
    if name == "momentum":
        buf = buffers.get(key)
        shown["velocity_before"] = -(buf if buf is not None else np.zeros_like(p))
        buf = g.copy() if buf is None else spec["beta"] * buf + g  # torch: buf = μ·buf + g
        buffers[key] = buf
        shown["velocity"] = -buf
        return p - lr * buf, shown
    b1, b2, eps = spec["beta1"], spec["beta2"], spec["epsilon"]
    m, v = buffers.get(key, (np.zeros_like(p), np.zeros_like(p)))
    shown["m_before"], shown["v_before"] = -m, v
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    buffers[key] = (m, v)
    bias_correction1 = 1 - b1 ** t
    bias_correction2 = 1 - b2 ** t
    shown["m"], shown["v"] = -m, v
    shown["m_hat"], shown["v_hat"] = -m / bias_correction1, v / bias_correction2
    step_size = lr / bias_correction1
    denom = np.sqrt(v) / math.sqrt(bias_correction2) + eps  # as torch.optim.Adam
    return p - step_size * m / denom, shown


def optimizer_names(kind, shown, param):
    """Backstep's names for the optimiser matrices of parameter `param` (wh, bout, …)."""
    out = {"G_" + param: shown["G"]}
    if kind == "momentum":
        out["velocity_" + param] = shown["velocity_before"]
        out["velocity_%s_updated" % param] = shown["velocity"]
    elif kind == "adam":
        out["m_" + param], out["v_" + param] = shown["m_before"], shown["v_before"]
        out["m_%s_updated" % param], out["v_%s_updated" % param] = shown["m"], shown["v"]
        out["m_hat_" + param], out["v_hat_" + param] = shown["m_hat"], shown["v_hat"]
    return out


def iteration(lesson, params, X, y, state=None, epoch=0):
    """Steps 3–12 on one batch; returns (named matrices, new params, loss). `state` (a dict,
    updated in place) carries the optimiser's buffers and the update count between calls;
    `epoch` (0-based) picks the learning rate under lr_decay."""
    net = lesson.get("network", {})
    training = lesson.get("training", {})
    hidden_f = net.get("hidden_activation", "sigmoid")
    out_f = net.get("output_activation", "sigmoid")
    alpha = net.get("leaky_alpha", 0.01)
    loss = training.get("loss", "mse")
    lr = learning_rate(training, epoch)
    mean = training.get("loss_reduction", "sum") == "mean"
    m = X.shape[0]  # B, the rows of this batch: the mean loss divides dW and db by it
    step = lr / m if mean else lr
    update_biases = training.get("update_biases", True)
    L = len(params)
    names = weight_names(L)
    out = {"X": X, "y": y}
    for l, (W, b) in enumerate(params):
        out[names[l][0]] = W
        out[names[l][1]] = b

    def suffix(l):
        return "" if l == 0 else "_%d" % (l + 1)

    if state is None:
        state = {}
    t = state.get("updates", 0) + 1  # this iteration's update number
    p = training.get("dropout", 0.0)
    masks, dropped = [None] * L, [None] * L
    if p > 0:  # README: seed XOR t·0xD1B54A32D192ED03, layer by layer, row by row, unit by unit
        rng = Random((training.get("seed", 1) ^ (t * 0xD1B54A32D192ED03)) & MASK)
        for l in range(L - 1):
            units = params[l][0].shape[1]
            masks[l] = np.array([[1.0 if rng.uniform() >= p else 0.0 for _ in range(units)]
                                 for _ in range(X.shape[0])])
    zs, acts = [], []
    prev = X
    for l, (W, b) in enumerate(params):
        f = out_f if l == L - 1 else hidden_f
        z = np.dot(prev, W) + b
        a = activate(f, z, alpha)
        zs.append(z)
        acts.append(a)
        prev = a
        if masks[l] is not None:  # the next layer reads the kept units, scaled
            dropped[l] = a * masks[l] / (1 - p)
            prev = dropped[l]
    inputs = [X] + [dropped[l] if masks[l] is not None else acts[l] for l in range(L - 1)]
    E = y - acts[-1]
    slopes = [slope(out_f if l == L - 1 else hidden_f, zs[l], acts[l], alpha) for l in range(L)]
    deltas = [None] * L
    errors = [None] * L
    deltas[L - 1] = E if loss != "mse" else E * slopes[L - 1]
    for l in range(L - 2, -1, -1):
        errors[l] = deltas[l + 1].dot(params[l + 1][0].T)
        if masks[l] is not None:  # a dropped unit passes nothing back
            deltas[l] = errors[l] * (masks[l] / (1 - p)) * slopes[l]
        else:
            deltas[l] = errors[l] * slopes[l]
    new_params = []
    spec = optimizer_spec(training)
    weight_decay = training.get("weight_decay", 0.0)
    plain = spec["name"] == "sgd" and weight_decay == 0
    buffers = state.setdefault("buffers", {})
    for l, (W, b) in enumerate(params):
        prev = inputs[l]
        if plain:
            W_new = W + prev.T.dot(deltas[l]) * step
            b_new = (b + np.sum(deltas[l], axis=0, keepdims=True) * step if update_biases
                     else b.copy())
        else:  # the loss's derivatives, as an autograd framework would see them
            scale = 1.0 / m if mean else 1.0
            dW = -prev.T.dot(deltas[l]) * scale
            W_new, shown = optimizer_step(spec, lr, weight_decay, W, dW, buffers, (l, "w"), t, True)
            out.update(optimizer_names(spec["name"], shown, names[l][0]))
            if update_biases:
                db = -np.sum(deltas[l], axis=0, keepdims=True) * scale
                b_new, shown = optimizer_step(spec, lr, 0.0, b, db, buffers, (l, "b"), t, False)
                out.update(optimizer_names(spec["name"], shown, names[l][1]))
            else:
                b_new = b.copy()
        new_params.append([W_new, b_new])
    state["updates"] = t
    for l in range(L):
        if l == L - 1:
            out["output_layer_input"], out["output"] = zs[l], acts[l]
            out["slope_output_layer"], out["d_output"] = slopes[l], deltas[l]
            out["wout_updated"], out["bout_updated"] = new_params[l]
        else:
            s = suffix(l)
            out["hidden_layer_input" + s], out["hiddenlayer_activations" + s] = zs[l], acts[l]
            out["slope_hidden_layer" + s], out["Error_at_hidden_layer" + s] = slopes[l], errors[l]
            if masks[l] is not None:
                out["dropout_mask" + s], out["dropped_activations" + s] = masks[l], dropped[l]
            out["d_hiddenlayer" + s] = deltas[l]
            out["wh%s_updated" % s], out["bh%s_updated" % s] = new_params[l]
    out["E"] = E
    total = loss_value(loss, y, acts[-1])
    return out, new_params, total / m if mean else total


def batches(lesson, n):
    """Yields the sample rows of every iteration, epoch after epoch."""
    training = lesson.get("training", {})
    batch = training.get("batch", "full")
    seed = training.get("seed", 1)
    size = n if batch == "full" else 1 if batch == "sgd" else min(batch, n)
    epoch = 0
    while True:
        order = list(range(n))
        if batch != "full":
            rng = Random((seed * 0x9E3779B97F4A7C15 + epoch) & MASK)
            for i in range(n - 1, 0, -1):
                j = rng.below(i + 1)
                order[i], order[j] = order[j], order[i]
        for start in range(0, n, size):
            yield order[start:start + size]
        epoch += 1


def batches_with_epochs(lesson, n):
    """Like batches, with each batch's epoch (0-based): (epoch, rows)."""
    training = lesson.get("training", {})
    batch = training.get("batch", "full")
    size = n if batch == "full" else 1 if batch == "sgd" else min(batch, n)
    per_epoch = -(-n // size)
    for k, rows in enumerate(batches(lesson, n)):
        yield k // per_epoch, rows


def write_csv(path, matrix):
    matrix = np.atleast_2d(matrix)
    with open(path, "w") as f:
        f.write(",".join("c%d" % (j + 1) for j in range(matrix.shape[1])) + "\n")
        for row in matrix:
            f.write(",".join(repr(float(v)) for v in row) + "\n")
