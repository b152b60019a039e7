//! The face descriptor: 128 numbers from dlib's face-recognition ResNet, run on the aligned chip.
//! Two photos of one person lie closer than 0.6 (Euclidean) in dlib's own tests; the threshold
//! Garita uses is configuration (`FaceSettings::match_distance`).

use crate::align;
use crate::landmarks::Landmarks;
use crate::models;
use image::RgbImage;
use tract_onnx::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Descriptor(pub [f32; 128]);

impl Descriptor {
    /// The Euclidean distance between two descriptors: 0 for the same picture, lower is closer.
    pub fn distance(&self, other: &Descriptor) -> f32 {
        self.0
            .iter()
            .zip(other.0.iter())
            .map(|(a, b)| (a - b) * (a - b))
            .sum::<f32>()
            .sqrt()
    }
}

/// The descriptor of the face with these landmarks.
pub fn describe(rgb: &RgbImage, landmarks: &Landmarks) -> TractResult<Descriptor> {
    of_chip(&align::chip(rgb, landmarks))
}

/// The descriptor of an aligned 150 × 150 chip.
pub fn of_chip(chip: &RgbImage) -> TractResult<Descriptor> {
    // The model takes raw 0-255 RGB as [n, c, y, x]; dlib's normalisation is inside it.
    let input = tract_ndarray::Array4::from_shape_fn(
        (1, 3, align::CHIP as usize, align::CHIP as usize),
        |(_, c, y, x)| chip.get_pixel(x as u32, y as u32).0[c] as f32,
    );
    let out = models::resnet().run(tvec!(Tensor::from(input).into()))?;
    let values = out[0].to_plain_array_view::<f32>()?;
    let mut d = [0f32; 128];
    for (slot, v) in d.iter_mut().zip(values.iter()) {
        *slot = *v;
    }
    Ok(Descriptor(d))
}
