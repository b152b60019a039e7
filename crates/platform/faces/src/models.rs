//! The shipped models, read once from the binary and optimised for this machine on first use.
//! Nothing is fetched at run time: `models/README.md` says where each file came from.

use std::io::Cursor;
use std::sync::OnceLock;
use tract_onnx::prelude::*;

pub type Plan = std::sync::Arc<TypedRunnableModel>;

fn load(bytes: &[u8], input: &[usize]) -> Plan {
    tract_onnx::onnx()
        .model_for_read(&mut Cursor::new(bytes))
        .and_then(|m| m.with_input_fact(0, f32::fact(input).into()))
        .and_then(|m| m.into_optimized())
        .and_then(|m| m.into_runnable())
        .expect("a shipped face model loads")
}

/// MTCNN's O-Net: landmarks and a corrected box from a 48 × 48 crop.
pub fn onet() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| load(include_bytes!("../models/mtcnn_onet.onnx"), &[1, 48, 48, 3]))
}

/// dlib's face-recognition ResNet: a 128-number descriptor from a 150 × 150 aligned chip.
pub fn resnet() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| {
        load(
            include_bytes!("../models/dlib_face_recognition_resnet_v1.onnx"),
            &[1, 3, 150, 150],
        )
    })
}
