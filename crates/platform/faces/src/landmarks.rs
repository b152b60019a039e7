//! Five landmarks (the eyes, the nose tip, the mouth's corners) from MTCNN's last stage, O-Net,
//! run on the detector's box. O-Net also corrects the box; a second pass on the corrected box
//! places the landmarks better than the first.

use crate::detect::FaceBox;
use crate::models::{self, Plan};
use image::{Rgb, RgbImage, imageops};
use tract_onnx::prelude::*;

/// O-Net's input side, in pixels.
const SIDE: u32 = 48;

/// A point in the picture's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// The five landmarks, as the picture shows them: `left_eye` is the eye on the picture's left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Landmarks {
    pub left_eye: Point,
    pub right_eye: Point,
    pub nose: Point,
    pub mouth_left: Point,
    pub mouth_right: Point,
}

impl Landmarks {
    pub fn points(&self) -> [Point; 5] {
        [
            self.left_eye,
            self.right_eye,
            self.nose,
            self.mouth_left,
            self.mouth_right,
        ]
    }

    /// How far the head is turned, from the nose's offset from the eyes' midpoint in units of the
    /// distance between the eyes: about 0 facing the camera, ±0.2 at 15-20°. Positive when the
    /// nose moved towards the picture's right, which in a camera's unmirrored frame is the person
    /// turning to their own left.
    pub fn yaw(&self) -> f32 {
        let mid = (self.left_eye.x + self.right_eye.x) / 2.0;
        let between = ((self.right_eye.x - self.left_eye.x).powi(2)
            + (self.right_eye.y - self.left_eye.y).powi(2))
        .sqrt()
        .max(1.0);
        (self.nose.x - mid) / between
    }
}

/// What O-Net says of one box.
struct Pass {
    face_probability: f32,
    corrected: FaceBox,
    landmarks: Landmarks,
}

/// The face's landmarks and O-Net's probability that the box holds a face.
pub fn locate(rgb: &RgbImage, found: FaceBox) -> TractResult<(Landmarks, f32)> {
    let plan = models::onet();
    let first = pass(plan, rgb, found.square())?;
    let second = pass(plan, rgb, first.corrected.square())?;
    Ok((second.landmarks, second.face_probability))
}

fn pass(plan: &Plan, rgb: &RgbImage, square: FaceBox) -> TractResult<Pass> {
    let crop = imageops::resize(
        &crop_padded(rgb, square),
        SIDE,
        SIDE,
        imageops::FilterType::Triangle,
    );
    // MTCNN's weights came from Caffe, whose images were transposed: the input is [n, x, y, c].
    let input = tract_ndarray::Array4::from_shape_fn((1, 48, 48, 3), |(_, x, y, c)| {
        (crop.get_pixel(x as u32, y as u32).0[c] as f32 - 127.5) * 0.0078125
    });
    let out = plan.run(tvec!(Tensor::from(input).into()))?;
    let correction = out[0].to_plain_array_view::<f32>()?;
    let points = out[1].to_plain_array_view::<f32>()?;
    let probability = out[2].to_plain_array_view::<f32>()?;
    let (x, y, side) = (square.x, square.y, square.width);
    let at = |i: usize| Point {
        x: x + side * points[[0, i]],
        y: y + side * points[[0, i + 5]],
    };
    let (x1, y1) = (x + correction[[0, 0]] * side, y + correction[[0, 1]] * side);
    let (x2, y2) = (
        x + side + correction[[0, 2]] * side,
        y + side + correction[[0, 3]] * side,
    );
    Ok(Pass {
        face_probability: probability[[0, 1]],
        corrected: FaceBox {
            x: x1,
            y: y1,
            width: (x2 - x1).max(1.0),
            height: (y2 - y1).max(1.0),
        },
        landmarks: Landmarks {
            left_eye: at(0),
            right_eye: at(1),
            nose: at(2),
            mouth_left: at(3),
            mouth_right: at(4),
        },
    })
}

/// The box's pixels, black where it reaches past the picture's edge.
fn crop_padded(rgb: &RgbImage, b: FaceBox) -> RgbImage {
    let side = b.width.round().max(1.0) as u32;
    let (x0, y0) = (b.x.round() as i64, b.y.round() as i64);
    let (w, h) = (rgb.width() as i64, rgb.height() as i64);
    RgbImage::from_fn(side, side, |x, y| {
        let (sx, sy) = (x0 + x as i64, y0 + y as i64);
        if (0..w).contains(&sx) && (0..h).contains(&sy) {
            *rgb.get_pixel(sx as u32, sy as u32)
        } else {
            Rgb([0, 0, 0])
        }
    })
}
