//! Test photographs and a capture made from them, for tests of services that ask for a live photo
//! (the `samples` feature: tests only). The photographs are in `tests/data` (official White House
//! photographs, public domain; see its README): obama-1 faces the camera, obama-2 is turned to
//! his right, and mirrored, to his left.

use crate::liveness::Pose;

/// A test photograph's bytes (`obama-1.jpg`, `obama-2.jpg`, `biden-1.jpg`).
pub fn face(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Frames as a page takes them during a challenge: one camera size, one JPEG per pose, the head
/// turning as asked (or, `still`, the same frontal picture each time).
pub fn frames_for(steps: &[Pose], still: bool) -> Vec<Vec<u8>> {
    let load = |name: &str| {
        image::load_from_memory(&face(name))
            .expect("a test photograph")
            .thumbnail(800, 800)
    };
    let (front, turned) = (load("obama-1.jpg"), load("obama-2.jpg"));
    steps
        .iter()
        .map(|pose| {
            let shown = match (still, pose) {
                (true, _) | (false, Pose::Front) => front.clone(),
                (false, Pose::Right) => turned.clone(),
                (false, Pose::Left) => turned.fliph(),
            };
            let mut canvas = image::RgbImage::from_pixel(900, 900, image::Rgb([128, 128, 128]));
            image::imageops::overlay(&mut canvas, &shown.to_rgb8(), 0, 0);
            let mut jpeg = vec![];
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
                .encode_image(&canvas)
                .expect("a JPEG");
            jpeg
        })
        .collect()
}
