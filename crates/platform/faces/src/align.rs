//! Cutting the 150 × 150 chip the descriptor model was trained on: the similarity transform
//! (turn, scale, shift) that best puts the five landmarks on the positions they have in dlib's
//! chips, then bilinear sampling, after halving a large picture so sampling does not alias.

use crate::landmarks::{Landmarks, Point};
use image::{RgbImage, imageops};

/// The chip's side, in pixels.
pub const CHIP: u32 = 150;

/// Where dlib's `get_face_chip_details(shape, 150, 0.25)` puts MTCNN's five landmarks (left eye,
/// right eye, nose tip, mouth's left and right corners) in its 150 × 150 chip: measured on dlib's
/// own chips of six photographs, averaged and made symmetric (`tools/faces/README.md`). Chips cut
/// this way give descriptors 0.08-0.16 from those of dlib's own chips.
const TEMPLATE: [Point; 5] = [
    Point { x: 46.3, y: 44.8 },
    Point { x: 100.4, y: 44.8 },
    Point { x: 73.4, y: 75.9 },
    Point { x: 46.4, y: 102.8 },
    Point { x: 100.4, y: 102.8 },
];

/// A similarity transform `p ↦ a·p + b` on points taken as complex numbers.
#[derive(Debug, Clone, Copy)]
struct Similarity {
    a: (f32, f32),
    b: (f32, f32),
}

impl Similarity {
    /// The least-squares fit from `from` to `to` (Umeyama's, without reflection).
    fn fit(from: &[Point], to: &[Point]) -> Similarity {
        let n = from.len() as f32;
        let mean = |ps: &[Point]| {
            let (x, y) = ps.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
            (x / n, y / n)
        };
        let (fx, fy) = mean(from);
        let (tx, ty) = mean(to);
        let (mut re, mut im, mut norm) = (0.0, 0.0, 0.0);
        for (p, q) in from.iter().zip(to) {
            let (px, py) = (p.x - fx, p.y - fy);
            let (qx, qy) = (q.x - tx, q.y - ty);
            // (q) × conj(p)
            re += qx * px + qy * py;
            im += qy * px - qx * py;
            norm += px * px + py * py;
        }
        let a = (re / norm.max(f32::EPSILON), im / norm.max(f32::EPSILON));
        let b = (tx - (a.0 * fx - a.1 * fy), ty - (a.0 * fy + a.1 * fx));
        Similarity { a, b }
    }

    fn scale(&self) -> f32 {
        (self.a.0 * self.a.0 + self.a.1 * self.a.1).sqrt()
    }

    /// Where a chip point came from in the picture.
    fn inverse(&self, x: f32, y: f32) -> (f32, f32) {
        let (dx, dy) = (x - self.b.0, y - self.b.1);
        let d = self.a.0 * self.a.0 + self.a.1 * self.a.1;
        (
            (dx * self.a.0 + dy * self.a.1) / d,
            (dy * self.a.0 - dx * self.a.1) / d,
        )
    }
}

/// The aligned chip of the face whose landmarks are given.
pub fn chip(rgb: &RgbImage, landmarks: &Landmarks) -> RgbImage {
    let mut points = landmarks.points();
    let mut source = std::borrow::Cow::Borrowed(rgb);
    // More than two picture pixels per chip pixel: halve the picture first, as dlib's pyramid does.
    while Similarity::fit(&points, &TEMPLATE).scale() < 0.5 && source.width() > CHIP {
        let (w, h) = (source.width() / 2, source.height() / 2);
        source = std::borrow::Cow::Owned(imageops::resize(
            source.as_ref(),
            w,
            h,
            imageops::FilterType::Triangle,
        ));
        for p in &mut points {
            p.x /= 2.0;
            p.y /= 2.0;
        }
    }
    let t = Similarity::fit(&points, &TEMPLATE);
    RgbImage::from_fn(CHIP, CHIP, |x, y| {
        let (sx, sy) = t.inverse(x as f32, y as f32);
        bilinear(&source, sx, sy)
    })
}

/// The colour at a point between pixels; black outside the picture.
fn bilinear(rgb: &RgbImage, x: f32, y: f32) -> image::Rgb<u8> {
    let (w, h) = (rgb.width() as i64, rgb.height() as i64);
    let (x0, y0) = (x.floor() as i64, y.floor() as i64);
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let px = |x: i64, y: i64| -> [f32; 3] {
        if (0..w).contains(&x) && (0..h).contains(&y) {
            let p = rgb.get_pixel(x as u32, y as u32).0;
            [p[0] as f32, p[1] as f32, p[2] as f32]
        } else {
            [0.0; 3]
        }
    };
    let (a, b, c, d) = (
        px(x0, y0),
        px(x0 + 1, y0),
        px(x0, y0 + 1),
        px(x0 + 1, y0 + 1),
    );
    let mut out = [0u8; 3];
    for i in 0..3 {
        let top = a[i] + (b[i] - a[i]) * fx;
        let bottom = c[i] + (d[i] - c[i]) * fx;
        out[i] = (top + (bottom - top) * fy).round().clamp(0.0, 255.0) as u8;
    }
    image::Rgb(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fit_maps_its_points_and_inverts() {
        let from = [
            Point { x: 10.0, y: 20.0 },
            Point { x: 30.0, y: 20.0 },
            Point { x: 20.0, y: 40.0 },
        ];
        // Turned a quarter, doubled, shifted.
        let to: Vec<Point> = from
            .iter()
            .map(|p| Point {
                x: -2.0 * p.y + 5.0,
                y: 2.0 * p.x + 7.0,
            })
            .collect();
        let t = Similarity::fit(&from, &to);
        assert!((t.scale() - 2.0).abs() < 1e-4);
        for (p, q) in from.iter().zip(&to) {
            let (x, y) = t.inverse(q.x, q.y);
            assert!((x - p.x).abs() < 1e-3 && (y - p.y).abs() < 1e-3);
        }
    }
}
