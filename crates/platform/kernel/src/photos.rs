//! The automatic photo check: exactly one frontal face, large enough, not too dark, not blurred.
//! It only advises: after three refused tries the photo goes to a person for review and the
//! registration carries on. Its checks look at the whole picture's exposure and sharpness, never
//! at skin tone. A photo that passed gives its face's descriptor without a second search
//! (`Checked::descriptor`); `descriptor_of` (a photo of record) and `liveness` (the frames of a
//! challenge) decode pictures the same way and hand them to `garita_faces`.
//!
//! Accepted photos are turned upright (EXIF orientation), scaled down and re-encoded, which drops
//! every piece of metadata (EXIF location included) before they are sealed and stored.

use image::{DynamicImage, GrayImage, ImageDecoder, ImageReader, RgbImage};
use std::io::Cursor;

/// The longest side of a stored photo, in pixels.
const STORED_SIDE: u32 = 800;
/// The face must be at least this share of the picture's shorter side.
const MIN_FACE_SHARE: f32 = 0.15;
/// Below this sharpness (variance of the Laplacian over the face) a photo is too blurred. Set
/// from the test portraits: old photographs enlarged three times score 16 to 98, the same blurred
/// (Gaussian, sigma 4) score 4 to 13; phone photographs score far higher.
const MIN_SHARPNESS: f64 = 15.0;
/// If 95% of the picture is darker than this (0-255), it is too dark to see anyone.
const DARK_P95: u8 = 45;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoProblem {
    NotAPhoto,
    NoFace,
    SeveralFaces,
    FaceTooSmall,
    TooDark,
    Blurred,
    /// Only when comparing with the photo of record: the two faces were not found alike. The
    /// person is told what to change (light, distance, glasses), never that they "do not match".
    CompareAgain,
    /// Only when comparing: one of the two photos had no face the comparison could use, so a
    /// person decides.
    NotCompared,
    /// Only with a liveness challenge: the frames did not show the head turning as asked (or
    /// were not one capture). The person is told how to try again.
    MoveAsAsked,
    /// Only where a live photo is asked for: a still sent without the camera's movement check
    /// (the file input). Nothing to retake: a person looks at it.
    NotLive,
}

impl PhotoProblem {
    /// What to tell the person: what to do differently, never that they are at fault.
    pub fn message_key(self) -> &'static str {
        match self {
            PhotoProblem::NotAPhoto => "photo-not-a-photo",
            PhotoProblem::NoFace => "photo-no-face",
            PhotoProblem::SeveralFaces => "photo-several-faces",
            PhotoProblem::FaceTooSmall => "photo-face-too-small",
            PhotoProblem::TooDark => "photo-too-dark",
            PhotoProblem::Blurred => "photo-blurred",
            PhotoProblem::CompareAgain => "photo-compare-again",
            PhotoProblem::NotCompared => "photo-not-compared",
            PhotoProblem::MoveAsAsked => "photo-move-as-asked",
            PhotoProblem::NotLive => "photo-not-live",
        }
    }

    pub const ALL: [PhotoProblem; 10] = [
        PhotoProblem::NotAPhoto,
        PhotoProblem::NoFace,
        PhotoProblem::SeveralFaces,
        PhotoProblem::FaceTooSmall,
        PhotoProblem::TooDark,
        PhotoProblem::Blurred,
        PhotoProblem::CompareAgain,
        PhotoProblem::NotCompared,
        PhotoProblem::MoveAsAsked,
        PhotoProblem::NotLive,
    ];

    pub fn code(self) -> &'static str {
        &self.message_key()[6..]
    }

    /// The problem a stored code names.
    pub fn parse(code: &str) -> Option<PhotoProblem> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// A photo ready to seal: upright, scaled, re-encoded as JPEG without metadata.
#[derive(Debug)]
pub struct CleanPhoto {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The result of a check: the cleaned photo (kept even when refused, for human review), and the
/// problem if any.
pub struct Checked {
    pub photo: Option<CleanPhoto>,
    pub problem: Option<PhotoProblem>,
    /// The picture as stored and the one face found in it, when it passed: what
    /// [`Checked::descriptor`] describes without decoding or searching again.
    face: Option<(RgbImage, garita_faces::FaceBox)>,
}

impl Checked {
    /// The descriptor of the face of a photo that passed, to compare with a photo of record.
    /// Takes CPU: call it off the threads that answer requests.
    pub fn descriptor(&self) -> Option<garita_faces::Descriptor> {
        let (rgb, found) = self.face.as_ref()?;
        garita_faces::describe(rgb, &garita_faces::face_at(rgb, *found)?)
    }
}

/// Decodes and turns the picture upright.
fn decode(bytes: &[u8]) -> Option<DynamicImage> {
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?
        .into_decoder()
        .ok()?;
    // Damaged EXIF must not cost the person their photo: then it is simply not turned.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).ok()?;
    image.apply_orientation(orientation);
    Some(image)
}

/// The picture at the stored size: its longer side `STORED_SIDE`. A picture already that size
/// (the page's camera sends its frames so) is not scaled again: scaling took longer than
/// decoding.
fn stored(image: DynamicImage) -> RgbImage {
    if image.width().max(image.height()) == STORED_SIDE {
        image.into_rgb8()
    } else {
        image.thumbnail(STORED_SIDE, STORED_SIDE).to_rgb8()
    }
}

/// Variance of the 4-neighbour Laplacian over a region: low when the region is blurred.
fn sharpness(gray: &GrayImage, x0: u32, y0: u32, w: u32, h: u32) -> f64 {
    let (gw, gh) = gray.dimensions();
    let (x1, y1) = ((x0 + w).min(gw - 1), (y0 + h).min(gh - 1));
    let mut values = vec![];
    for y in y0.max(1)..y1 {
        for x in x0.max(1)..x1 {
            let p = |x: u32, y: u32| gray.get_pixel(x, y).0[0] as f64;
            values.push(p(x - 1, y) + p(x + 1, y) + p(x, y - 1) + p(x, y + 1) - 4.0 * p(x, y));
        }
    }
    if values.is_empty() {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / values.len() as f64
}

fn percentile_95(gray: &GrayImage) -> u8 {
    let mut histogram = [0u64; 256];
    for p in gray.pixels() {
        histogram[p.0[0] as usize] += 1;
    }
    let target = (gray.len() as f64 * 0.95) as u64;
    let mut seen = 0;
    for (value, count) in histogram.iter().enumerate() {
        seen += count;
        if seen >= target {
            return value as u8;
        }
    }
    255
}

/// The descriptor of the one face in a photo of record, read as stored photos are; `None` when
/// it has no one face the comparison can use (then a person decides). Takes CPU: call it off
/// the threads that answer requests.
pub fn descriptor_of(bytes: &[u8]) -> Option<garita_faces::Descriptor> {
    let rgb = stored(decode(bytes)?);
    match garita_faces::find(&rgb) {
        garita_faces::Found::One(face) => garita_faces::describe(&rgb, &face),
        _ => None,
    }
}

/// The sealing context of liveness challenge tokens.
const CHALLENGE: &str = "confirmations.challenge";
/// How long a liveness challenge may be answered.
pub const CHALLENGE_MINUTES: i64 = 10;

/// The head poses a person is asked for, and the token that binds a capture to them.
#[derive(Debug, Clone)]
pub struct Challenge {
    pub steps: [garita_faces::liveness::Pose; garita_faces::liveness::STEPS],
    pub token: String,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ChallengeToken {
    /// What the capture is for (a service's own words: whose photo, which try).
    bound: String,
    issued_at: i64,
    steps: Vec<String>,
}

impl Challenge {
    /// Draws the poses to ask for and seals them with `bound` (what the capture is for) and
    /// the time, so a capture answers one challenge for one try only.
    pub fn issue(keys: &garita_security::Keys, bound: &str, now: i64) -> Challenge {
        let steps = garita_faces::liveness::challenge(garita_security::codes::random::<1>()[0]);
        let token = ChallengeToken {
            bound: bound.to_string(),
            issued_at: now,
            steps: steps.iter().map(|p| p.code().to_string()).collect(),
        };
        let json = serde_json::to_vec(&token).expect("a token serialises");
        let token = data_encoding::BASE64URL_NOPAD.encode(&keys.seal(&json, CHALLENGE));
        Challenge { steps, token }
    }

    /// The poses a token asks for, if it was issued for `bound` less than
    /// [`CHALLENGE_MINUTES`] ago; `None` otherwise (a replayed or stale capture).
    pub fn steps(
        keys: &garita_security::Keys,
        token: &str,
        bound: &str,
        now: i64,
    ) -> Option<Vec<garita_faces::liveness::Pose>> {
        let sealed = data_encoding::BASE64URL_NOPAD
            .decode(token.as_bytes())
            .ok()?;
        let json = keys.open(&sealed, CHALLENGE).ok()?;
        let token: ChallengeToken = serde_json::from_slice(&json).ok()?;
        let fresh = now - token.issued_at <= CHALLENGE_MINUTES * 60_000;
        (token.bound == bound && fresh).then(|| {
            token
                .steps
                .iter()
                .filter_map(|s| garita_faces::liveness::Pose::parse(s))
                .collect()
        })
    }
}

/// Checks the frames a page took during a liveness challenge (`garita_faces::liveness`), each
/// turned upright and scaled as stored photos are; `checked` is the first frame's own check,
/// whose face is not searched for again. The first frame's descriptor when they pass. Takes
/// CPU: call it off the request threads.
pub fn liveness(
    checked: &Checked,
    frames: &[Vec<u8>],
    steps: &[garita_faces::liveness::Pose],
    settings: garita_faces::FaceSettings,
) -> Result<garita_faces::Descriptor, garita_faces::liveness::Doubt> {
    use garita_faces::liveness::Doubt;
    let (first, found) = checked.face.as_ref().ok_or(Doubt::NoFace)?;
    let face = garita_faces::face_at(first, *found).ok_or(Doubt::NoFace)?;
    let rest: Option<Vec<_>> = frames
        .iter()
        .skip(1)
        .map(|f| Some(stored(decode(f)?)))
        .collect();
    let rest = rest.ok_or(Doubt::NotOneCapture)?;
    let all: Vec<RgbImage> = std::iter::once(first.clone()).chain(rest).collect();
    garita_faces::liveness::verify(steps, &all, Some(face), settings)
}

/// Checks a photo as uploaded or taken in the page.
pub fn check(bytes: &[u8]) -> Checked {
    let Some(image) = decode(bytes) else {
        return Checked {
            photo: None,
            problem: Some(PhotoProblem::NotAPhoto),
            face: None,
        };
    };
    let stored = stored(image);
    let mut jpeg = Vec::new();
    let encoded =
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85).encode_image(&stored);
    let photo = encoded.ok().map(|_| CleanPhoto {
        jpeg,
        width: stored.width(),
        height: stored.height(),
    });
    let gray = DynamicImage::ImageRgb8(stored.clone()).to_luma8();
    match face_in(&gray) {
        Ok(found) => Checked {
            photo,
            problem: None,
            face: Some((stored, found)),
        },
        Err(problem) => Checked {
            photo,
            problem: Some(problem),
            face: None,
        },
    }
}

/// The one usable face, or what is wrong with the picture.
fn face_in(gray: &GrayImage) -> Result<garita_faces::FaceBox, PhotoProblem> {
    if percentile_95(gray) < DARK_P95 {
        return Err(PhotoProblem::TooDark);
    }
    let (w, h) = gray.dimensions();
    let found = garita_faces::detect::faces(gray);
    let face = match found.as_slice() {
        [] => return Err(PhotoProblem::NoFace),
        [face] => *face,
        _ => return Err(PhotoProblem::SeveralFaces),
    };
    if face.width < MIN_FACE_SHARE * w.min(h) as f32 {
        return Err(PhotoProblem::FaceTooSmall);
    }
    let (x, y) = (face.x.max(0.0) as u32, face.y.max(0.0) as u32);
    if sharpness(gray, x, y, face.width as u32, face.height as u32) < MIN_SHARPNESS {
        return Err(PhotoProblem::Blurred);
    }
    Ok(face)
}
