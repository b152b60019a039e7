//! The automatic photo check on real faces, and the three-tries rule.

use crate::common;
use common::{World, traveller};
use garita_domain::travellers::UsAddress;
use garita_kernel::photos::{PhotoProblem, check};
use garita_kernel::registrations::{PhotoOutcome, PhotoStatus};
use std::io::Cursor;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn jpeg(image: image::DynamicImage) -> Vec<u8> {
    let mut out = vec![];
    image
        .to_rgb8()
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg)
        .unwrap();
    out
}

/// A JPEG with an EXIF block that carries a secret (as a phone's GPS position would).
fn with_exif(jpeg: &[u8], secret: &[u8]) -> Vec<u8> {
    let mut tiff = b"Exif\0\0II*\0\x08\0\0\0\0\0\0\0\0\0".to_vec();
    tiff.extend_from_slice(secret);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((tiff.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[test]
fn real_single_faces_pass_and_metadata_is_dropped() {
    for name in [
        "portrait-1.jpg",
        "portrait-2.jpg",
        "portrait-3.jpg",
        "portrait-4.jpg",
    ] {
        let marked = with_exif(&fixture(name), b"GPS 32.5422 -117.0290 GARITA-SECRET");
        assert!(marked.windows(13).any(|w| w == b"GARITA-SECRET"));
        let checked = check(&marked);
        assert_eq!(checked.problem, None, "{name}");
        let clean = checked.photo.unwrap();
        assert!(
            !clean.jpeg.windows(13).any(|w| w == b"GARITA-SECRET"),
            "{name}: metadata kept"
        );
        assert!(!clean.jpeg.windows(4).any(|w| w == b"Exif"), "{name}");
        assert!(clean.width <= 800 && clean.height <= 800);
    }
}

#[test]
fn each_problem_is_named_so_the_person_knows_what_to_change() {
    assert_eq!(
        check(&fixture("three-people.jpg")).problem,
        Some(PhotoProblem::SeveralFaces)
    );
    let portrait = image::load_from_memory(&fixture("portrait-1.jpg")).unwrap();
    assert_eq!(
        check(&jpeg(portrait.blur(6.0))).problem,
        Some(PhotoProblem::Blurred)
    );
    assert_eq!(
        check(&jpeg(portrait.brighten(-200))).problem,
        Some(PhotoProblem::TooDark)
    );
    // A face far away: the same portrait in the middle of a large empty picture.
    let mut wide = image::DynamicImage::new_rgb8(1600, 1600);
    image::imageops::overlay(
        &mut wide,
        &portrait.resize(200, 200, image::imageops::FilterType::Triangle),
        700,
        700,
    );
    for p in wide
        .as_mut_rgb8()
        .unwrap()
        .pixels_mut()
        .filter(|p| p.0 == [0, 0, 0])
    {
        p.0 = [180, 180, 170];
    }
    let far = check(&jpeg(wide)).problem;
    assert!(
        matches!(
            far,
            Some(PhotoProblem::FaceTooSmall) | Some(PhotoProblem::NoFace)
        ),
        "{far:?}"
    );
    let wall = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        600,
        600,
        image::Rgb([200, 190, 180]),
    ));
    assert_eq!(check(&jpeg(wall)).problem, Some(PhotoProblem::NoFace));
    assert_eq!(
        check(b"not a picture").problem,
        Some(PhotoProblem::NotAPhoto)
    );
}

#[tokio::test]
async fn three_refused_photos_go_to_a_person_and_never_block() {
    let w = World::new().await;
    let token = w.sign_up("jn@example.org", "lakay se lakay 2026").await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let id = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    let owner = w.services.store.account(&id).await.unwrap().unwrap();
    let address = UsAddress::parse("9 Oak St", "Miami", "FL", "33101").unwrap();
    w.services
        .save_registration(
            &owner,
            &id,
            address,
            vec![
                traveller("Jean", "Joseph", ("1", "1", "1980"), None),
                traveller("Paul", "Joseph", ("2", "2", "1982"), None),
            ],
            0,
        )
        .await
        .unwrap();
    let r = w.services.registration(&id).await.unwrap().unwrap();
    let (jean, paul) = (r.travellers[0].id.clone(), r.travellers[1].id.clone());

    let accepted = w
        .services
        .submit_photo(&owner, &id, &jean, &fixture("portrait-2.jpg"))
        .await
        .unwrap();
    assert_eq!(accepted, Some(PhotoOutcome::Accepted));
    let group = fixture("three-people.jpg");
    for tries_left in [2, 1] {
        let outcome = w
            .services
            .submit_photo(&owner, &id, &paul, &group)
            .await
            .unwrap();
        assert_eq!(
            outcome,
            Some(PhotoOutcome::TryAgain {
                problem: PhotoProblem::SeveralFaces,
                tries_left
            })
        );
    }
    assert_eq!(
        w.services
            .submit_photo(&owner, &id, &paul, &group)
            .await
            .unwrap(),
        Some(PhotoOutcome::SentToReview)
    );
    let statuses = w.services.photo_statuses(&r).await.unwrap();
    assert_eq!(
        statuses,
        vec![
            (jean.clone(), PhotoStatus::Accepted),
            (paul.clone(), PhotoStatus::InReview)
        ]
    );
    assert_eq!(w.services.store.photos_to_review().await.unwrap().len(), 1);

    // A programme admin looks at it (written down) and accepts it.
    let admin_email = garita_domain::Email::parse("admin@programme.example").unwrap();
    let grant = garita_domain::Grant::new(garita_domain::Role::ProgrammeAdmin, None, None).unwrap();
    w.services
        .create_staff(&admin_email, grant, garita_i18n::Locale::En)
        .await
        .unwrap();
    let admin = w
        .services
        .store
        .staff_accounts()
        .await
        .unwrap()
        .pop()
        .unwrap();
    let seen = w
        .services
        .photo_for_review(&admin, &paul)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(&seen[..2], &[0xFF, 0xD8]);
    let viewed = w.services.store.latest_audit(5).await.unwrap();
    assert!(viewed.iter().any(
        |e| e.action == "review.photo-viewed" && e.actor.as_deref() == Some(admin.id.as_str())
    ));
    assert!(w.services.review_photo(&admin, &paul, true).await.unwrap());
    assert!(
        !w.services.review_photo(&admin, &paul, false).await.unwrap(),
        "decided once"
    );
    assert!(
        w.services
            .photo_for_review(&admin, &paul)
            .await
            .unwrap()
            .is_none(),
        "no longer in review"
    );
    let statuses = w.services.photo_statuses(&r).await.unwrap();
    assert_eq!(statuses[1], (paul.clone(), PhotoStatus::Accepted));

    // Someone else's traveller is not reachable.
    assert_eq!(
        w.services
            .submit_photo(&owner, &id, "not-a-traveller", &group)
            .await
            .unwrap(),
        None
    );
    // The owner gets their photo back; the database holds it sealed.
    let own = w.services.own_photo(&id, &jean).await.unwrap().unwrap();
    assert_eq!(&own[..2], &[0xFF, 0xD8]);
    let middle = &own[own.len() / 2..own.len() / 2 + 32];
    assert!(
        !w.raw_database_bytes().windows(32).any(|win| win == middle),
        "a photo is readable in the database"
    );
}
