//! Garita's face capability, for every service that takes a live photo: find the one face in a
//! picture, place its landmarks (for head pose), and describe it with a face-recognition model so
//! two photos of a person can be compared. Pure Rust (rustface, tract), with the models inside the
//! binary: nothing is fetched at run time and no system library is needed.
//!
//! It only advises. What a service does with a refusal (another try, then a person) is the
//! service's rule; nothing here decides about a person.

pub mod align;
pub mod descriptor;
pub mod detect;
pub mod landmarks;
pub mod liveness;
mod models;
#[cfg(feature = "samples")]
pub mod samples;

pub use descriptor::Descriptor;
pub use detect::FaceBox;
pub use landmarks::{Landmarks, Point};

use image::{DynamicImage, RgbImage};

/// The operator's settings (`[faces]` in the configuration).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaceSettings {
    /// Two descriptors closer than this are taken as one person's. dlib's own figure is 0.6.
    pub match_distance: f32,
}

impl Default for FaceSettings {
    fn default() -> Self {
        FaceSettings {
            match_distance: 0.6,
        }
    }
}

/// One face found, with its landmarks.
#[derive(Debug, Clone, PartialEq)]
pub struct Face {
    pub found: FaceBox,
    pub landmarks: Landmarks,
    /// The landmark model's probability that the box holds a face (0-1).
    pub probability: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    None,
    Several,
    One(Face),
}

/// Reads and optimises the models now rather than on the first photo (a second or two).
pub fn load_models() {
    models::onet();
    models::resnet();
}

/// The one frontal face in a picture, if there is exactly one.
pub fn find(rgb: &RgbImage) -> Found {
    let gray = DynamicImage::ImageRgb8(rgb.clone()).to_luma8();
    match detect::faces(&gray).as_slice() {
        [] => Found::None,
        [found] => face_at(rgb, *found).map_or(Found::None, Found::One),
        _ => Found::Several,
    }
}

/// The one frontal face near where a face was in the frame before (`around`), for the frames
/// of one capture; the whole frame is searched when none is near.
pub fn find_near(rgb: &RgbImage, around: FaceBox) -> Found {
    match detect::faces_near(rgb, around).as_slice() {
        [] => find(rgb),
        [found] => face_at(rgb, *found).map_or(Found::None, Found::One),
        _ => Found::Several,
    }
}

/// The face in a box the detector already found, with its landmarks (`None` only if the
/// landmark model could not run).
pub fn face_at(rgb: &RgbImage, found: FaceBox) -> Option<Face> {
    let (landmarks, probability) = landmarks::locate(rgb, found).ok()?;
    Some(Face {
        found,
        landmarks,
        probability,
    })
}

/// The face's descriptor; `None` only if the model could not run, which leaves the decision to
/// a person.
pub fn describe(rgb: &RgbImage, face: &Face) -> Option<Descriptor> {
    descriptor::describe(rgb, &face.landmarks).ok()
}

/// How alike two faces are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// Euclidean distance between the descriptors: lower is more alike.
    pub distance: f32,
    pub alike: bool,
}

pub fn compare(a: &Descriptor, b: &Descriptor, settings: FaceSettings) -> Comparison {
    let distance = a.distance(b);
    Comparison {
        distance,
        alike: distance < settings.match_distance,
    }
}
