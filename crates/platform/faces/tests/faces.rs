//! The face capability on real photographs (see `data/README.md` for their sources).

use garita_faces::{FaceSettings, Found, compare, describe, find};
use image::RgbImage;

fn photo(name: &str) -> RgbImage {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    // As Garita stores photos: at most 800 pixels on the longer side.
    image::open(path)
        .expect("a test photo opens")
        .thumbnail(800, 800)
        .to_rgb8()
}

fn one_face(name: &str) -> (RgbImage, garita_faces::Face) {
    let rgb = photo(name);
    match find(&rgb) {
        Found::One(face) => (rgb, face),
        other => panic!("{name}: expected one face, found {other:?}"),
    }
}

#[test]
fn one_persons_two_photos_match_and_two_people_do_not() {
    let settings = FaceSettings::default();
    let d = |name: &str| {
        let (rgb, face) = one_face(name);
        describe(&rgb, &face).expect("the descriptor model runs")
    };
    let (obama_1, obama_2, biden) = (d("obama-1.jpg"), d("obama-2.jpg"), d("biden-1.jpg"));
    let same = compare(&obama_1, &obama_2, settings);
    let other_1 = compare(&obama_1, &biden, settings);
    let other_2 = compare(&obama_2, &biden, settings);
    eprintln!("same {same:?}, different {other_1:?} {other_2:?}");
    assert!(same.alike, "{same:?}");
    assert!(!other_1.alike && !other_2.alike, "{other_1:?} {other_2:?}");
}

#[test]
fn a_face_is_found_near_where_it_was_and_anywhere_once_it_moved_away() {
    let (rgb, face) = one_face("obama-1.jpg");
    let on = |x: i64, y: i64| {
        let mut canvas = RgbImage::from_pixel(1600, 1600, image::Rgb([128, 128, 128]));
        image::imageops::overlay(&mut canvas, &rgb, x, y);
        canvas
    };
    let near = |frame: &RgbImage| match garita_faces::find_near(frame, face.found) {
        Found::One(f) => f.found,
        other => panic!("expected one face, found {other:?}"),
    };
    // A few pixels on: the same box, give or take the detector's step.
    let moved = near(&on(12, 8));
    assert!(
        (moved.x - face.found.x - 12.0).abs() < 16.0,
        "{moved:?} {face:?}"
    );
    assert!(
        (moved.y - face.found.y - 8.0).abs() < 16.0,
        "{moved:?} {face:?}"
    );
    // Across the frame, far from the square searched first: the whole frame is searched.
    let far = near(&on(780, 780));
    assert!(
        (far.x - face.found.x - 780.0).abs() < 40.0,
        "{far:?} {face:?}"
    );
}

#[test]
fn landmarks_sit_where_a_face_has_them() {
    let (_, face) = one_face("obama-1.jpg");
    let l = face.landmarks;
    eprintln!("{face:?} yaw {}", l.yaw());
    assert!(face.probability > 0.9, "{face:?}");
    // Eyes above the nose, the nose above the mouth, left on the left.
    assert!(l.left_eye.x < l.nose.x && l.nose.x < l.right_eye.x);
    assert!(l.left_eye.y < l.nose.y && l.right_eye.y < l.nose.y);
    assert!(l.nose.y < l.mouth_left.y && l.nose.y < l.mouth_right.y);
    assert!(
        l.yaw().abs() < 0.15,
        "a portrait faces the camera: {}",
        l.yaw()
    );
}

/// dlib's own descriptor (dlib 19.24, `tools/faces/reference.cpp`) of a synthetic chip: the
/// converted model must give the same numbers.
const DLIB_GOLDEN: [f32; 128] = [
    -0.082853, 0.116008, 0.040134, -0.012772, -0.058741, -0.072516, -0.077863, 0.012618, 0.082579,
    0.009659, 0.245062, -0.016223, -0.253099, -0.023076, -0.007342, 0.059133, -0.124296, -0.014885,
    -0.144081, -0.134600, 0.072537, 0.009744, -0.006703, -0.008910, -0.104630, -0.281827,
    -0.090576, -0.113367, 0.065159, -0.172932, 0.025668, -0.014279, -0.142066, -0.081954,
    -0.005687, 0.013070, -0.029698, -0.101178, 0.167781, -0.024149, -0.115974, -0.063346, 0.018567,
    0.265239, 0.190136, 0.052573, 0.014945, -0.030458, 0.040901, -0.269518, 0.022788, 0.165351,
    0.057477, 0.129666, 0.071740, -0.131987, 0.036277, 0.104538, -0.137435, 0.016926, -0.005144,
    -0.144349, -0.027745, -0.111457, 0.216821, 0.101792, -0.064456, -0.113293, 0.124021, -0.149002,
    -0.052995, 0.084911, -0.102711, -0.167969, -0.252913, 0.072262, 0.350814, 0.198478, -0.143175,
    0.037030, -0.126076, -0.068882, 0.033656, 0.025744, -0.055829, 0.005237, -0.074009, 0.095845,
    0.210430, -0.110693, 0.002398, 0.162445, -0.040265, 0.035149, 0.008571, -0.011167, -0.103129,
    -0.000639, -0.036310, -0.007319, 0.146133, -0.119271, 0.039497, 0.089468, -0.159868, 0.083880,
    0.010736, -0.047806, 0.018067, -0.031898, -0.033478, -0.035329, 0.218811, -0.208749, 0.261473,
    0.225380, 0.019403, 0.132695, 0.036158, 0.089819, -0.034633, -0.050215, -0.133831, -0.039892,
    0.001277, 0.035725, -0.005359, -0.013168,
];

#[test]
fn the_converted_model_gives_dlibs_own_numbers() {
    let chip = RgbImage::from_fn(150, 150, |x, y| {
        image::Rgb([0, 1, 2].map(|c| ((3 * x + 5 * y + 85 * c) % 256) as u8))
    });
    let d = garita_faces::descriptor::of_chip(&chip).expect("the descriptor model runs");
    for (i, (ours, dlib)) in d.0.iter().zip(DLIB_GOLDEN).enumerate() {
        assert!(
            (ours - dlib).abs() < 1e-5,
            "value {i}: {ours} against dlib's {dlib}"
        );
    }
}

mod liveness {
    use super::*;
    use garita_faces::liveness::{Doubt, Pose, verify};

    /// Each photo on one camera-sized canvas, as frames of one capture are.
    fn frame(rgb: &RgbImage) -> RgbImage {
        let mut canvas = RgbImage::from_pixel(900, 900, image::Rgb([128, 128, 128]));
        image::imageops::overlay(&mut canvas, rgb, 0, 0);
        canvas
    }

    fn frames(names: &[(&str, bool)]) -> Vec<RgbImage> {
        names
            .iter()
            .map(|(name, mirrored)| {
                let rgb = photo(name);
                frame(&if *mirrored {
                    image::imageops::flip_horizontal(&rgb)
                } else {
                    rgb
                })
            })
            .collect()
    }

    const STEPS: [Pose; 5] = [
        Pose::Front,
        Pose::Right,
        Pose::Left,
        Pose::Front,
        Pose::Right,
    ];

    #[test]
    fn one_person_turning_as_asked_passes() {
        // obama-2 shows him turned to his right; mirrored, to his left.
        let taken = frames(&[
            ("obama-1.jpg", false),
            ("obama-2.jpg", false),
            ("obama-2.jpg", true),
            ("obama-1.jpg", false),
            ("obama-2.jpg", false),
        ]);
        let settings = FaceSettings::default();
        assert!(verify(&STEPS, &taken, None, settings).is_ok());
    }

    #[test]
    fn a_still_picture_or_the_wrong_order_or_two_people_leave_a_doubt() {
        let settings = FaceSettings::default();
        let still = frames(&[("obama-1.jpg", false); 5]);
        assert_eq!(
            verify(&STEPS, &still, None, settings),
            Err(Doubt::NotAsAsked)
        );
        let wrong_order = frames(&[
            ("obama-1.jpg", false),
            ("obama-2.jpg", true),
            ("obama-2.jpg", false),
            ("obama-1.jpg", false),
            ("obama-2.jpg", true),
        ]);
        assert_eq!(
            verify(&STEPS, &wrong_order, None, settings),
            Err(Doubt::NotAsAsked)
        );
        let two_people = frames(&[
            ("biden-1.jpg", false),
            ("obama-2.jpg", false),
            ("obama-2.jpg", true),
            ("biden-1.jpg", false),
            ("obama-2.jpg", false),
        ]);
        assert_eq!(
            verify(&STEPS, &two_people, None, settings),
            Err(Doubt::NotOnePerson)
        );
        assert_eq!(
            verify(&STEPS, &still[..4], None, settings),
            Err(Doubt::NotOneCapture)
        );
    }
}
