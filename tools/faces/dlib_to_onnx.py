#!/usr/bin/env python3
"""Convert dlib's face-recognition ResNet (dlib_face_recognition_resnet_model_v1.dat)
into an ONNX model that tract-onnx can run.

Usage:
    python tools/faces/dlib_to_onnx.py PATH/TO/dlib_face_recognition_resnet_model_v1.dat OUT.onnx

Only numpy and the `onnx` package are needed: dlib's own serialization format is parsed
here, following dlib's source (dlib/serialize.h, dlib/float_details.h, dlib/cuda/tensor.h,
dlib/dnn/core.h, dlib/dnn/layers.h, dlib/dnn/input.h, dlib/dnn/loss.h).

The network is the one of dlib's examples/dnn_face_recognition_ex.cpp (anet_type):

    loss_metric<fc_no_bias<128,avg_pool_everything<
        alevel0<alevel1<alevel2<alevel3<alevel4<
        max_pool<3,3,2,2,relu<affine<con<32,7,7,2,2,
        input_rgb_image_sized<150>>>>>>>>>>>>>

ONNX graph:
    input  `image`      float32 [1,3,150,150], RGB planes, raw pixel values 0..255
    output `descriptor` float32 [1,128], exactly what dlib's net(chip) returns
           (no normalisation; same person when the Euclidean distance is < 0.6)

Semantics reproduced from dlib's CPU code:
  * input_rgb_image_sized::to_tensor: x = (pixel - avg[c]) / 256   (Sub then Mul by 2^-8,
    which is exact in float32, so it matches dlib bit for bit)
  * con_: cross-correlation, filters [N,K,kh,kw] then N biases; default padding is
    k/2 when the stride is 1 and 0 otherwise; output size 1+(n+2p-k)/s (floor)
  * affine_ (CONV_MODE): y = x*gamma[c] + beta[c]   (kept as Mul + Add, not folded)
  * max_pool_/avg_pool_: same padding rule as con_; with padding 0 every window is
    inside the image here, so ONNX MaxPool/AveragePool (floor mode) match exactly;
    avg_pool_everything is a GlobalAveragePool
  * add_prev_: output has max(k), max(nr), max(nc) of both inputs; each input is read
    as zero outside its own extent (cpu::add), i.e. zero padding at the END of the
    channel, row and column axes -> ONNX Pad before Add where the shapes differ
    (residual_down adds a 2x channel count; at the two last levels the conv branch is
    also one row/column smaller than the pooled shortcut: 3x3 vs 4x4 and 1x1 vs 2x2)
  * fc_ (no bias): out = in[1,256] @ W[256,128]
  * loss_metric_::to_label: returns the fc output as is
"""

import hashlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

EXPECTED_SHA256 = "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"


# --------------------------------------------------------------------------------------
# dlib serialization primitives (dlib/serialize.h)
# --------------------------------------------------------------------------------------


class DlibReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def fail(self, msg):
        raise ValueError("dlib parse error at byte %d: %s" % (self.pos, msg))

    def byte(self):
        if self.pos >= len(self.data):
            self.fail("unexpected end of file")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def raw(self, n):
        if self.pos + n > len(self.data):
            self.fail("unexpected end of file")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def int_signed(self):
        # ser_helper::pack_int for signed types: control byte = size | (0x80 if negative),
        # then `size` little-endian magnitude bytes.
        ctrl = self.byte()
        neg = bool(ctrl & 0x80)
        size = ctrl & 0x0F
        if size == 0 or size > 8:
            self.fail("bad signed integer control byte 0x%02x" % ctrl)
        val = int.from_bytes(self.raw(size), "little")
        return -val if neg else val

    def int_unsigned(self):
        ctrl = self.byte() & 0x8F
        if ctrl == 0 or ctrl > 8:
            self.fail("bad unsigned integer control byte")
        return int.from_bytes(self.raw(ctrl), "little")

    def boolean(self):
        ch = self.byte()
        if ch == ord("1"):
            return True
        if ch == ord("0"):
            return False
        self.fail("bad bool byte 0x%02x" % ch)

    def string(self):
        n = self.int_unsigned()
        return self.raw(n).decode("latin-1")

    def floating(self):
        # deserialize_floating_point: the binary float_details form (int64 mantissa,
        # int16 exponent, value = mantissa * 2^exponent). The old ASCII form is not
        # used by this file and is rejected.
        if self.data[self.pos] & 0x70:
            self.fail("old ASCII float format not supported")
        mantissa = self.int_signed()
        exponent = self.int_signed()
        if exponent == 32000:
            return float("inf")
        if exponent == 32001:
            return float("-inf")
        if exponent == 32002:
            return float("nan")
        return float(np.ldexp(np.float64(mantissa), exponent))

    def tensor(self):
        # dlib/cuda/tensor.h: int version (2), long long num_samples, k, nr, nc, then
        # the values as 4-byte little-endian IEEE floats.
        version = self.int_signed()
        if version != 2:
            self.fail("unexpected resizable_tensor version %d" % version)
        shape = tuple(self.int_signed() for _ in range(4))
        count = shape[0] * shape[1] * shape[2] * shape[3]
        arr = np.frombuffer(self.raw(4 * count), dtype="<f4").astype(np.float32)
        return arr.reshape(shape)

    def alias_tensor(self):
        version = self.int_signed()
        if version != 1:
            self.fail("unexpected alias_tensor version %d" % version)
        return tuple(self.int_signed() for _ in range(4))

    def expect_string(self, *allowed):
        s = self.string()
        if s not in allowed:
            self.fail("expected one of %r, found %r" % (allowed, s))
        return s


# --------------------------------------------------------------------------------------
# The network layout (outermost layer first, as dlib serializes it)
# --------------------------------------------------------------------------------------


def L(kind, **kw):
    kw["kind"] = kind
    return kw


def ares(n):
    # relu<add_prev1<affine<con<N,3,3,1,1,relu<affine<con<N,3,3,1,1,tag1<SUBNET>>>>>>>>
    return [L("relu"), L("add_prev", tag=1),
            L("affine"), L("con", n=n, k=3, s=1),
            L("relu"), L("affine"), L("con", n=n, k=3, s=1),
            L("tag", id=1)]


def ares_down(n):
    # relu<add_prev2<avg_pool<2,2,2,2,skip1<tag2<affine<con<N,3,3,1,1,relu<affine<
    #     con<N,3,3,2,2,tag1<SUBNET>>>>>>>>>>>
    return [L("relu"), L("add_prev", tag=2), L("avg_pool", k=2, s=2),
            L("skip", tag=1), L("tag", id=2),
            L("affine"), L("con", n=n, k=3, s=1),
            L("relu"), L("affine"), L("con", n=n, k=3, s=2),
            L("tag", id=1)]


def network_layout():
    alevel0 = ares_down(256)
    alevel1 = ares(256) + ares(256) + ares_down(256)
    alevel2 = ares(128) + ares(128) + ares_down(128)
    alevel3 = ares(64) + ares(64) + ares(64) + ares_down(64)
    alevel4 = ares(32) + ares(32) + ares(32)
    return ([L("loss_metric"), L("fc", n=128), L("avg_pool", k=0, s=1)]
            + alevel0 + alevel1 + alevel2 + alevel3 + alevel4
            + [L("max_pool", k=3, s=2), L("relu"), L("affine"), L("con", n=32, k=7, s=2),
               L("input", size=150)])


def default_padding(k, s):
    # template default in con_/max_pool_/avg_pool_: stride != 1 ? 0 : k/2
    return 0 if s != 1 else k // 2


# --------------------------------------------------------------------------------------
# Layer detail parsers
# --------------------------------------------------------------------------------------


def read_input(r, spec):
    r.expect_string("input_rgb_image_sized")
    avg = [r.floating(), r.floating(), r.floating()]
    nr = r.int_unsigned()
    nc = r.int_unsigned()
    if (nr, nc) != (spec["size"], spec["size"]):
        r.fail("input size %dx%d, expected %d" % (nr, nc, spec["size"]))
    return {"avg": avg}


def read_con(r, spec):
    version = r.expect_string("con_4", "con_5", "con_6")
    params = r.tensor().reshape(-1)
    num_filters = r.int_signed()
    nr, nc = r.int_signed(), r.int_signed()
    sy, sx = r.int_signed(), r.int_signed()
    py, px = r.int_signed(), r.int_signed()
    filt = r.alias_tensor()
    bias = r.alias_tensor()
    for _ in range(4):  # learning-rate / weight-decay multipliers
        r.floating()
    use_bias = True
    if version in ("con_5", "con_6"):
        use_bias = r.boolean()
    use_relu = False
    if version == "con_6":
        use_relu = r.boolean()
    k, s = spec["k"], spec["s"]
    pad = default_padding(k, s)
    if (num_filters, nr, nc, sy, sx, py, px) != (spec["n"], k, k, s, s, pad, pad):
        r.fail("con_ geometry mismatch: %r" % ((num_filters, nr, nc, sy, sx, py, px),))
    if filt[0] != num_filters or filt[2:] != (k, k):
        r.fail("con_ filter shape %r" % (filt,))
    nfilt = int(np.prod(filt))
    W = params[:nfilt].reshape(filt)
    if use_bias:
        if int(np.prod(bias)) != num_filters or params.size != nfilt + num_filters:
            r.fail("con_ bias size mismatch")
        B = params[nfilt:nfilt + num_filters].copy()
    else:
        if params.size != nfilt:
            r.fail("con_ param size mismatch")
        B = np.zeros(num_filters, np.float32)
    return {"W": W, "B": B, "stride": s, "pad": pad, "relu": use_relu}


def read_bn_as_affine(r, version):
    # affine_ deserialize() accepts a bn_ and converts it (layers.h, affine_(const bn_&)).
    params = r.tensor().reshape(-1)
    gshape = r.alias_tensor()
    r.alias_tensor()  # beta shape
    r.tensor()  # means
    r.tensor()  # invstds
    running_means = r.tensor().reshape(-1)
    running_vars = r.tensor().reshape(-1)
    r.int_unsigned()  # num_updates
    r.int_unsigned()  # running_stats_window_size
    for _ in range(4):
        r.floating()
    eps = np.float32(r.floating())
    n = int(np.prod(gshape))
    gamma, beta = params[:n], params[n:2 * n]
    g = (gamma / np.sqrt(running_vars + eps)).astype(np.float32)
    b = (beta - g * running_means).astype(np.float32)
    return {"gamma": g, "beta": b, "conv_mode": version == "bn_con2", "disabled": False}


def read_affine(r, spec):
    version = r.expect_string("affine_", "affine_2", "bn_con2", "bn_fc2")
    if version.startswith("bn_"):
        return read_bn_as_affine(r, version)
    params = r.tensor().reshape(-1)
    gshape = r.alias_tensor()
    bshape = r.alias_tensor()
    mode = r.int_signed()
    disabled = False
    if version == "affine_2":
        disabled = r.boolean()
    if disabled:
        return {"disabled": True}
    n = int(np.prod(gshape))
    if gshape != bshape or params.size != 2 * n:
        r.fail("affine_ size mismatch")
    if mode != 0:
        r.fail("affine_ in FC_MODE not expected here")
    return {"gamma": params[:n].copy(), "beta": params[n:].copy(), "conv_mode": True,
            "disabled": False}


def read_relu(r, spec):
    version = r.expect_string("relu_", "relu_2")
    disabled = r.boolean() if version == "relu_2" else False
    return {"disabled": disabled}


def read_pool(r, spec, name):
    r.expect_string(name + "_2")
    nr, nc = r.int_signed(), r.int_signed()
    sy, sx = r.int_signed(), r.int_signed()
    py, px = r.int_signed(), r.int_signed()
    k, s = spec["k"], spec["s"]
    pad = default_padding(k, s)
    if (nr, nc, sy, sx, py, px) != (k, k, s, s, pad, pad):
        r.fail("%s geometry mismatch: %r" % (name, (nr, nc, sy, sx, py, px)))
    return {"k": k, "stride": s, "pad": pad}


def read_fc(r, spec):
    version = r.expect_string("fc_2", "fc_3")
    num_outputs = r.int_unsigned()
    num_inputs = r.int_unsigned()
    params = r.tensor()
    wshape = r.alias_tensor()
    r.alias_tensor()  # biases
    bias_mode = r.int_signed()
    for _ in range(4):
        r.floating()
    if version == "fc_3":
        r.boolean()  # use_bias
    if bias_mode != 1:  # FC_NO_BIAS
        r.fail("expected fc_no_bias")
    if num_outputs != spec["n"] or wshape[:2] != (num_inputs, num_outputs):
        r.fail("fc_ shape mismatch")
    W = params.reshape(-1)[:num_inputs * num_outputs].reshape(num_inputs, num_outputs)
    return {"W": W.copy()}


def read_loss(r, spec):
    version = r.expect_string("loss_metric_", "loss_metric_2")
    if version == "loss_metric_2":
        r.floating()  # margin
        r.floating()  # dist_thresh
    return {}


def read_details(r, spec):
    kind = spec["kind"]
    if kind == "con":
        return read_con(r, spec)
    if kind == "affine":
        return read_affine(r, spec)
    if kind == "relu":
        return read_relu(r, spec)
    if kind == "max_pool":
        return read_pool(r, spec, "max_pool")
    if kind == "avg_pool":
        return read_pool(r, spec, "avg_pool")
    if kind == "fc":
        return read_fc(r, spec)
    if kind == "add_prev":
        r.expect_string("add_prev_")
        return {}
    raise AssertionError(kind)


# --------------------------------------------------------------------------------------
# Network structure (dlib/dnn/core.h)
# --------------------------------------------------------------------------------------


def parse_network(data):
    layout = network_layout()
    r = DlibReader(data)
    parsed = []  # innermost first

    def parse(i):
        spec = layout[i]
        kind = spec["kind"]
        if kind == "loss_metric":
            if r.int_signed() != 1:
                r.fail("add_loss_layer version")
            details = read_loss(r, spec)
            parse(i + 1)
            return
        if kind in ("tag", "skip"):
            if r.int_signed() != 1:
                r.fail("add_%s_layer version" % kind)
            parse(i + 1)
            parsed.append(dict(spec))
            return
        # add_layer<LAYER, SUBNET>
        version = r.int_signed()
        if layout[i + 1]["kind"] == "input":
            # add_layer specialised for an input layer subnet: versions 2..3
            if version not in (2, 3):
                r.fail("add_layer(input) version %d" % version)
            inp = read_input(r, layout[i + 1])
            parsed.append(dict(layout[i + 1], **inp))
            details = read_details(r, spec)
            r.boolean(), r.boolean(), r.boolean()
            r.tensor(), r.tensor(), r.tensor()  # x_grad, cached_output, grad_final
            if version >= 3:
                r.int_unsigned()  # _sample_expansion_factor
        else:
            if version not in (1, 2):
                r.fail("add_layer version %d" % version)
            parse(i + 1)
            details = read_details(r, spec)
            r.boolean(), r.boolean(), r.boolean()
            r.tensor(), r.tensor()  # x_grad, cached_output
            if version == 2:
                r.tensor()  # params_grad
        parsed.append(dict(spec, **details))

    parse(0)
    if r.pos != len(data):
        r.fail("%d trailing bytes" % (len(data) - r.pos))
    return parsed


# --------------------------------------------------------------------------------------
# ONNX graph
# --------------------------------------------------------------------------------------


class GraphBuilder:
    def __init__(self):
        self.nodes = []
        self.inits = []
        self.count = {}

    def name(self, base):
        n = self.count.get(base, 0)
        self.count[base] = n + 1
        return "%s_%d" % (base, n)

    def const(self, base, array):
        nm = self.name(base)
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), nm))
        return nm

    def node(self, op, inputs, base, output=None, **attrs):
        out = output or self.name(base)
        # node name == output name, so runtimes that address outlets by node name
        # (tract) see `descriptor` too
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out


def build_onnx(layers):
    g = GraphBuilder()
    cur = "image"
    shape = (3, 150, 150)  # C, H, W
    tags = {}

    def conv_out(n, k, s, p):
        return 1 + (n + 2 * p - k) // s

    for lay in layers:
        kind = lay["kind"]
        if kind == "input":
            mean = np.array(lay["avg"], np.float32).reshape(1, 3, 1, 1)
            cur = g.node("Sub", [cur, g.const("input_mean", mean)], "centered")
            cur = g.node("Mul", [cur, g.const("input_scale", np.array(1.0 / 256.0, np.float32))],
                         "normalized")
        elif kind == "con":
            W, B, s, p = lay["W"], lay["B"], lay["stride"], lay["pad"]
            if W.shape[1] != shape[0]:
                raise ValueError("conv input channels %d != %d" % (W.shape[1], shape[0]))
            k = W.shape[2]
            cur = g.node("Conv", [cur, g.const("conv_w", W), g.const("conv_b", B)], "conv",
                         kernel_shape=[k, k], strides=[s, s], pads=[p, p, p, p],
                         dilations=[1, 1], group=1)
            shape = (W.shape[0], conv_out(shape[1], k, s, p), conv_out(shape[2], k, s, p))
            if lay["relu"]:
                cur = g.node("Relu", [cur], "relu")
        elif kind == "affine":
            if lay["disabled"]:
                continue
            if not lay["conv_mode"]:
                raise ValueError("FC_MODE affine not supported")
            c = shape[0]
            cur = g.node("Mul", [cur, g.const("affine_gamma", lay["gamma"].reshape(1, c, 1, 1))],
                         "affine_mul")
            cur = g.node("Add", [cur, g.const("affine_beta", lay["beta"].reshape(1, c, 1, 1))],
                         "affine")
        elif kind == "relu":
            if not lay["disabled"]:
                cur = g.node("Relu", [cur], "relu")
        elif kind == "max_pool":
            k, s, p = lay["k"], lay["stride"], lay["pad"]
            cur = g.node("MaxPool", [cur], "maxpool", kernel_shape=[k, k], strides=[s, s],
                         pads=[p, p, p, p])
            shape = (shape[0], conv_out(shape[1], k, s, p), conv_out(shape[2], k, s, p))
        elif kind == "avg_pool":
            if lay["k"] == 0:  # avg_pool_everything
                cur = g.node("GlobalAveragePool", [cur], "gap")
                shape = (shape[0], 1, 1)
            else:
                k, s, p = lay["k"], lay["stride"], lay["pad"]
                if p != 0:
                    raise ValueError("padded avg_pool not supported")
                cur = g.node("AveragePool", [cur], "avgpool", kernel_shape=[k, k],
                             strides=[s, s], pads=[0, 0, 0, 0])
                shape = (shape[0], conv_out(shape[1], k, s, p), conv_out(shape[2], k, s, p))
        elif kind == "tag":
            tags[lay["id"]] = (cur, shape)
        elif kind == "skip":
            cur, shape = tags[lay["tag"]]
        elif kind == "add_prev":
            other, oshape = tags[lay["tag"]]
            out_shape = tuple(max(a, b) for a, b in zip(shape, oshape))

            def pad_to(t, sh):
                if sh == out_shape:
                    return t
                pads = np.array([0, 0, 0, 0, 0] + [o - s for o, s in zip(out_shape, sh)],
                                np.int64)
                return g.node("Pad", [t, g.const("pads", pads)], "padded", mode="constant")

            # dlib: tt::add(output, sub.get_output(), layer<tag>(sub).get_output())
            cur = g.node("Add", [pad_to(cur, shape), pad_to(other, oshape)], "residual")
            shape = out_shape
        elif kind == "fc":
            W = lay["W"]
            if W.shape[0] != shape[0] * shape[1] * shape[2]:
                raise ValueError("fc input size mismatch")
            cur = g.node("Flatten", [cur], "flat", axis=1)
            cur = g.node("MatMul", [cur, g.const("fc_w", W)], "fc", output="descriptor")
        else:
            raise AssertionError(kind)

    if cur != "descriptor":
        raise AssertionError("graph did not end at the fc layer")

    graph = helper.make_graph(
        g.nodes, "dlib_face_recognition_resnet_model_v1",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, [1, 3, 150, 150])],
        [helper.make_tensor_value_info("descriptor", TensorProto.FLOAT, [1, 128])],
        initializer=g.inits)
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 13)],
        producer_name="garita tools/faces/dlib_to_onnx.py", producer_version="1")
    model.ir_version = 7
    model.doc_string = (
        "dlib face recognition ResNet v1 (dlib_face_recognition_resnet_model_v1.dat, "
        "sha256 %s, CC0, by Davis E. King), converted layer for layer. "
        "Input `image`: float32 [1,3,150,150] RGB, raw 0-255 values of a 150x150 face chip "
        "aligned like dlib's get_face_chip_details(shape, 150, 0.25). "
        "Output `descriptor`: float32 [1,128], dlib's descriptor; same person if the "
        "Euclidean distance is below 0.6." % EXPECTED_SHA256)
    for k, v in (("source", "dlib_face_recognition_resnet_model_v1.dat"),
                 ("source_sha256", EXPECTED_SHA256), ("license", "CC0-1.0")):
        entry = model.metadata_props.add()
        entry.key, entry.value = k, v
    onnx.checker.check_model(model)
    return model


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s dlib_face_recognition_resnet_model_v1.dat OUT.onnx\n" % argv[0])
        return 2
    with open(argv[1], "rb") as f:
        data = f.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != EXPECTED_SHA256:
        sys.stderr.write("refusing: %s has sha256 %s, expected %s\n"
                         % (argv[1], digest, EXPECTED_SHA256))
        return 1
    layers = parse_network(data)
    counts = {}
    for lay in layers:
        counts[lay["kind"]] = counts.get(lay["kind"], 0) + 1
    model = build_onnx(layers)
    onnx.save(model, argv[2])
    ops = sorted({n.op_type for n in model.graph.node})
    print("parsed layers: %s" % ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    print("wrote %s: %d nodes, ops %s" % (argv[2], len(model.graph.node), " ".join(ops)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
