//! Finding faces: SeetaFace's frontal detector through `rustface`. It gives a box per face, on a
//! grey picture; the landmarks and the descriptor start from that box.

use image::GrayImage;
use std::io::Cursor;

/// A face's box, in pixels of the picture it was found in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaceBox {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl FaceBox {
    /// The square of the box's longer side around its centre, as the landmark model expects.
    pub fn square(self) -> FaceBox {
        let side = self.width.max(self.height);
        FaceBox {
            x: self.x + (self.width - side) / 2.0,
            y: self.y + (self.height - side) / 2.0,
            width: side,
            height: side,
        }
    }
}

thread_local! {
    /// rustface's detector is not `Send`: each thread that looks for faces keeps its own.
    static DETECTOR: std::cell::RefCell<Box<dyn rustface::Detector>> = std::cell::RefCell::new({
        let model = rustface::read_model(Cursor::new(include_bytes!("../models/seeta_fd_frontal_v1.0.bin").as_slice()))
            .expect("the shipped face model loads");
        let mut d = rustface::create_detector_with_model(model);
        d.set_min_face_size(40);
        d.set_score_thresh(2.0);
        d.set_pyramid_scale_factor(0.8);
        d.set_slide_window_step(4, 4);
        d
    });
}

/// The shorter side the detector looks at. Its smallest face (40 pixels) is then a tenth of the
/// picture, below what any check accepts (15%); larger pictures are scaled down first, which
/// makes finding a face in a stored photo (800 pixels) about four times faster.
const DETECT_SIDE: u32 = 400;

/// Every frontal face in a grey picture, largest first.
pub fn faces(gray: &GrayImage) -> Vec<FaceBox> {
    let shorter = gray.width().min(gray.height());
    let scale = (shorter as f32 / DETECT_SIDE as f32).max(1.0);
    let small;
    let seen = if scale > 1.0 {
        small = image::imageops::resize(
            gray,
            (gray.width() as f32 / scale).round() as u32,
            (gray.height() as f32 / scale).round() as u32,
            image::imageops::FilterType::Triangle,
        );
        &small
    } else {
        gray
    };
    let (w, h) = seen.dimensions();
    let found = DETECTOR.with(|d| {
        d.borrow_mut()
            .detect(&rustface::ImageData::new(seen.as_raw(), w, h))
    });
    let mut boxes: Vec<FaceBox> = found
        .iter()
        .map(|f| {
            let b = f.bbox();
            FaceBox {
                x: b.x() as f32 * scale,
                y: b.y() as f32 * scale,
                width: b.width() as f32 * scale,
                height: b.height() as f32 * scale,
            }
        })
        .collect();
    boxes.sort_by(|a, b| (b.width * b.height).total_cmp(&(a.width * a.height)));
    boxes
}
