//! Finding faces: SeetaFace's frontal detector through `rustface`. It gives a box per face, on a
//! grey picture; the landmarks and the descriptor start from that box.

use image::{DynamicImage, GrayImage, RgbImage};
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
    scaled(gray, (shorter as f32 / DETECT_SIDE as f32).max(1.0))
}

/// Around a face found in the frame before, the square this many times its side is searched.
const NEAR: f32 = 2.5;
/// ... scaled so that the face is about this many pixels: it may shrink to the detector's
/// smallest (40) or grow to fill the square between two frames.
const NEAR_FACE: f32 = 64.0;

/// Every frontal face near where one was (`around`, in this picture's pixels), largest first:
/// for the frames of one capture, where a head turns but hardly moves. Only that square is
/// made grey and scaled down, and searched: a sixth of the work of a whole frame.
pub fn faces_near(rgb: &RgbImage, around: FaceBox) -> Vec<FaceBox> {
    let side = around.width.max(around.height);
    let (cx, cy) = (
        around.x + around.width / 2.0,
        around.y + around.height / 2.0,
    );
    let half = side * NEAR / 2.0;
    let x0 = (cx - half).max(0.0) as u32;
    let y0 = (cy - half).max(0.0) as u32;
    let x1 = ((cx + half).max(0.0) as u32).min(rgb.width());
    let y1 = ((cy + half).max(0.0) as u32).min(rgb.height());
    if x1 <= x0 || y1 <= y0 {
        return vec![];
    }
    let scale = (side / NEAR_FACE).max(1.0);
    let (w, h) = (
        (((x1 - x0) as f32 / scale).round() as u32).max(1),
        (((y1 - y0) as f32 / scale).round() as u32).max(1),
    );
    let square = image::imageops::crop_imm(rgb, x0, y0, x1 - x0, y1 - y0);
    let small = image::imageops::thumbnail(&*square, w, h);
    let gray = DynamicImage::ImageRgb8(small).to_luma8();
    let (sx, sy) = ((x1 - x0) as f32 / w as f32, (y1 - y0) as f32 / h as f32);
    let mut boxes = scaled(&gray, 1.0);
    for b in &mut boxes {
        *b = FaceBox {
            x: x0 as f32 + b.x * sx,
            y: y0 as f32 + b.y * sy,
            width: b.width * sx,
            height: b.height * sy,
        };
    }
    boxes
}

/// The faces the detector finds in the picture scaled down by `scale` (at least 1), in the
/// picture's own pixels, largest first.
fn scaled(gray: &GrayImage, scale: f32) -> Vec<FaceBox> {
    let small;
    let seen = if scale > 1.0 {
        small = image::imageops::resize(
            gray,
            ((gray.width() as f32 / scale).round() as u32).max(1),
            ((gray.height() as f32 / scale).round() as u32).max(1),
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
