//! `garita bench faces`: the face capability over a folder of labelled photos. One folder per
//! person (`DIR/<person>/*.jpg`); every photo is also tried darkened, overexposed and washed
//! out, the usual causes of failures on darker skin, so each exposure is a label. Prints false
//! refusals (one person's two photos not found alike, or no face found) and false accepts (two
//! people's photos found alike), overall and per label, and the time to check one photo.

use garita_faces::{Descriptor, FaceSettings, Found};
use image::RgbImage;
use std::path::Path;
use std::time::Instant;

/// The exposures every photo is tried in, by label.
const EXPOSURES: [&str; 4] = ["as-taken", "dark", "overexposed", "washed-out"];

fn exposed(rgb: &RgbImage, label: &str) -> RgbImage {
    let f = |v: u8| -> u8 {
        let x = v as f32 / 255.0;
        let y = match label {
            // A room lit by one weak bulb: a third of the light.
            "dark" => x * 0.33,
            // The camera set for a darker background: highlights clip.
            "overexposed" => (x * 1.8).min(1.0),
            // Haze or a dirty lens: contrast halved around mid-grey.
            "washed-out" => 0.5 + (x - 0.5) * 0.5,
            _ => x,
        };
        (y * 255.0).round().clamp(0.0, 255.0) as u8
    };
    let mut out = rgb.clone();
    for p in out.pixels_mut() {
        p.0 = p.0.map(f);
    }
    out
}

struct Photo {
    person: String,
    label: &'static str,
    descriptor: Option<Descriptor>,
}

#[derive(Default)]
struct Tally {
    same: u64,
    false_refusals: u64,
    different: u64,
    false_accepts: u64,
}

pub fn run(dir: &Path, settings: FaceSettings) -> Result<(), String> {
    let mut photos = vec![];
    let mut times = vec![];
    let mut find_times = vec![];
    let mut originals: Vec<Vec<u8>> = vec![];
    let mut people: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    people.sort_by_key(|e| e.file_name());
    // The models are read and optimised on first use: not part of any photo's time.
    garita_faces::load_models();
    for person in people {
        let name = person.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = std::fs::read_dir(person.path())
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for file in files {
            let Ok(image) = image::open(&file) else {
                continue;
            };
            if let Ok(bytes) = std::fs::read(&file) {
                originals.push(bytes);
            }
            let rgb = image.thumbnail(800, 800).to_rgb8();
            for label in EXPOSURES {
                let shown = exposed(&rgb, label);
                let started = Instant::now();
                let found = garita_faces::find(&shown);
                let found_in = started.elapsed();
                let descriptor = match found {
                    Found::One(face) => garita_faces::describe(&shown, &face),
                    _ => None,
                };
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                find_times.push(found_in.as_secs_f64() * 1000.0);
                photos.push(Photo {
                    person: name.clone(),
                    label,
                    descriptor,
                });
            }
        }
    }
    if photos.is_empty() {
        return Err(format!("no photos in {}/<person>/", dir.display()));
    }
    // Each photo in each exposure against every photo as taken (the photo of record), but itself.
    let mut by_label: std::collections::BTreeMap<&str, Tally> = Default::default();
    let mut errors = vec![];
    let records: Vec<(usize, &Photo)> = photos
        .iter()
        .enumerate()
        .filter(|(_, p)| p.label == "as-taken")
        .collect();
    for (i, live) in photos.iter().enumerate() {
        for (j, record) in &records {
            if i == *j || (i / EXPOSURES.len() == j / EXPOSURES.len()) {
                continue;
            }
            let alike = match (&live.descriptor, &record.descriptor) {
                (Some(a), Some(b)) => garita_faces::compare(a, b, settings).alike,
                _ => false,
            };
            let t = by_label.entry(live.label).or_default();
            let distance = match (&live.descriptor, &record.descriptor) {
                (Some(a), Some(b)) => format!("{:.2}", a.distance(b)),
                _ => "no face".into(),
            };
            if live.person == record.person {
                t.same += 1;
                t.false_refusals += u64::from(!alike);
                if !alike {
                    errors.push(format!(
                        "false refusal: {} ({}) against {}: {distance}",
                        live.person, live.label, record.person
                    ));
                }
            } else {
                t.different += 1;
                t.false_accepts += u64::from(alike);
                if alike {
                    errors.push(format!(
                        "false accept: {} ({}) against {}: {distance}",
                        live.person, live.label, record.person
                    ));
                }
            }
        }
    }
    let found = photos.iter().filter(|p| p.descriptor.is_some()).count();
    println!(
        "photos: {} ({} people, {} exposures each); a face described in {found}",
        photos.len(),
        records
            .iter()
            .map(|(_, p)| &p.person)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        EXPOSURES.len()
    );
    println!("threshold: {}", settings.match_distance);
    println!(
        "{:<12} {:>16} {:>16}",
        "label", "false refusals", "false accepts"
    );
    let mut all = Tally::default();
    for (label, t) in &by_label {
        println!(
            "{label:<12} {:>16} {:>16}",
            format!("{}/{}", t.false_refusals, t.same),
            format!("{}/{}", t.false_accepts, t.different)
        );
        all.same += t.same;
        all.false_refusals += t.false_refusals;
        all.different += t.different;
        all.false_accepts += t.false_accepts;
    }
    println!(
        "{:<12} {:>16} {:>16}",
        "all",
        format!("{}/{}", all.false_refusals, all.same),
        format!("{}/{}", all.false_accepts, all.different)
    );
    for e in &errors {
        println!("{e}");
    }
    // What a confirmation does with a live photo: the quality check, then the comparison with
    // the photo of record (each decoded, its face found and described).
    let mut confirm_times = vec![];
    for (i, live) in originals.iter().enumerate() {
        for (j, record) in originals.iter().enumerate() {
            if i != j {
                let started = Instant::now();
                let checked = garita_kernel::photos::check(live);
                if let (Some(a), Some(b)) = (
                    checked.descriptor(),
                    garita_kernel::photos::descriptor_of(record),
                ) {
                    garita_faces::compare(&a, &b, settings);
                }
                confirm_times.push(started.elapsed().as_secs_f64() * 1000.0);
            }
        }
    }
    let at = crate::bench::quantile;
    println!(
        "one photo (find, landmarks, descriptor; one thread): p50 {:.1} ms, p99 {:.1} ms; \
         of which finding the face and its landmarks: p50 {:.1} ms, p99 {:.1} ms",
        at(&mut times, 0.5),
        at(&mut times, 0.99),
        at(&mut find_times, 0.5),
        at(&mut find_times, 0.99)
    );
    if !confirm_times.is_empty() {
        println!(
            "a confirmation's live photo (quality check, then compared with the photo of record, \
             both decoded): p50 {:.1} ms, p99 {:.1} ms over {} pairs",
            at(&mut confirm_times, 0.5),
            at(&mut confirm_times, 0.99),
            confirm_times.len()
        );
    }
    Ok(())
}

/// Times what a confirmation with a liveness capture does, as `confirm_capture` does it: the
/// quality check of the first frame, the liveness check of the frames (one per pose of every
/// challenge), and the comparison with the photo of record (decoded, found and described). The
/// frames are JPEGs of one camera size made from a photo facing the camera and one turned to the
/// person's right (mirrored for their left); the photo of record is the turned one, as kept.
pub fn capture(front: &Path, turned: &Path, settings: FaceSettings) -> Result<(), String> {
    use garita_faces::liveness::{Pose, challenge};
    let open = |p: &Path| {
        image::open(p)
            .map(|i| i.thumbnail(800, 800).to_rgb8())
            .map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let (front_rgb, turned_rgb) = (open(front)?, open(turned)?);
    // The photo of record as it is kept: checked, scaled and re-encoded.
    let record = std::fs::read(turned).map_err(|e| e.to_string())?;
    let record = garita_kernel::photos::check(&record)
        .photo
        .ok_or("the photo of record is not a picture")?
        .jpeg;
    let jpeg = |shown: &RgbImage| {
        // A frame as `camera.js` sends it: its longer side 800 pixels, JPEG quality 0.88.
        let mut canvas = RgbImage::from_pixel(800, 800, image::Rgb([128, 128, 128]));
        image::imageops::overlay(&mut canvas, shown, 0, 0);
        let mut out = vec![];
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
            .encode_image(&canvas)
            .map(|_| out)
            .map_err(|e| e.to_string())
    };
    let (front_jpeg, right_jpeg) = (jpeg(&front_rgb)?, jpeg(&turned_rgb)?);
    let left_jpeg = jpeg(&image::imageops::flip_horizontal(&turned_rgb))?;
    garita_faces::load_models();
    let (mut times, mut passed) = (vec![], 0);
    for random in 0..=255u8 {
        let steps = challenge(random);
        let frames: Vec<Vec<u8>> = steps
            .iter()
            .map(|p| match p {
                Pose::Front => front_jpeg.clone(),
                Pose::Left => left_jpeg.clone(),
                Pose::Right => right_jpeg.clone(),
            })
            .collect();
        let started = Instant::now();
        let checked = garita_kernel::photos::check(&frames[0]);
        let live = garita_kernel::photos::liveness(&checked, &frames, &steps, settings);
        let alike = live.ok().zip(garita_kernel::photos::descriptor_of(&record));
        if checked.problem.is_none()
            && alike.is_some_and(|(a, b)| garita_faces::compare(&a, &b, settings).alike)
        {
            passed += 1;
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }

    println!(
        "a confirmation with its liveness capture ({} frames: quality check, liveness, compared \
         with the photo of record; one thread): p50 {:.1} ms, p99 {:.1} ms; passed {passed}/{}",
        garita_faces::liveness::STEPS,
        crate::bench::quantile(&mut times, 0.5),
        crate::bench::quantile(&mut times, 0.99),
        times.len()
    );
    Ok(())
}
