//! Confirming an appointment: each traveller's location and live photo, the group confirmed once
//! all have passed (and only once, even when two confirm at the same moment), three refused
//! photos and a still without the liveness challenge going to a person instead of failing, and
//! nothing accepted after the deadline.

use crate::common;

use common::{World, confirm_live, face, frames_for};
use garita_appointments::app::confirmations::{CheckState, ConfirmOutcome, LiveCapture};
use garita_domain::geofence::Position;
use garita_domain::{Grant, Role};
use garita_kernel::photos::PhotoProblem;

const HOUR: i64 = 3_600_000;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn tijuana() -> Option<Position> {
    Some(Position::new(32.5412, -117.0293, 15.0).unwrap())
}

/// A group of two adults chosen in a published draw; returns the account id.
async fn winner(w: &World) -> String {
    let a = w.drawn(&[2]).await.remove(0);
    w.advance(HOUR); // the group confirms an hour after being told
    a
}

#[tokio::test]
async fn every_traveller_confirms_then_the_group_is_confirmed_once() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().expect("waiting");
    assert_eq!(c.travellers.len(), 2);
    assert!(c.travellers.iter().all(|t| t.state == CheckState::ToDo));
    let (first, second) = (c.travellers[0].id.clone(), c.travellers[1].id.clone());
    let face = fixture("portrait-1.jpg");

    // Without a position, or from Oaxaca, nothing is stored.
    let confirm = |t: String, at: Option<Position>, photo: Vec<u8>| {
        let (services, account, a) = (w.services.clone(), account.clone(), a.clone());
        async move {
            services
                .confirm_traveller(&account, &a, &t, at, &photo)
                .await
                .unwrap()
                .unwrap()
        }
    };
    assert_eq!(
        confirm(first.clone(), None, face.clone()).await,
        ConfirmOutcome::NeedsLocation
    );
    let oaxaca = Some(Position::new(17.0732, -96.7266, 10.0).unwrap());
    assert!(matches!(
        confirm(first.clone(), oaxaca, face.clone()).await,
        ConfirmOutcome::OutsideArea(_)
    ));
    assert!(
        w.services
            .store
            .traveller_checks(&c.appointment.id)
            .await
            .unwrap()
            .is_empty()
    );

    assert_eq!(
        confirm_live(&w.services, &account, &a, &first, tijuana()).await,
        ConfirmOutcome::Passed {
            group_confirmed: false
        }
    );
    assert_eq!(
        confirm_live(&w.services, &account, &a, &second, tijuana()).await,
        ConfirmOutcome::Passed {
            group_confirmed: true
        }
    );
    let appointment = w
        .services
        .store
        .appointment(&c.appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(appointment.status, "confirmed");
    assert!(
        w.services.confirmation(&a).await.unwrap().is_none(),
        "nothing left to confirm"
    );
    let kinds = w.inbox_kinds(&a).await;
    assert_eq!(kinds, ["confirmed", "won"]);
    let checks = w
        .services
        .store
        .traveller_checks(&c.appointment.id)
        .await
        .unwrap();
    assert!(
        checks
            .iter()
            .all(|c| c.status == "passed" && c.state.as_deref() == Some("MX-BCN"))
    );
    assert!(
        checks.iter().all(|c| c.photo_sealed.is_some()),
        "kept, sealed, for the officer"
    );
}

#[tokio::test]
async fn two_travellers_confirming_at_once_confirm_the_group_once() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let (x, y) = tokio::join!(
        confirm_live(&w.services, &account, &a, &c.travellers[0].id, tijuana()),
        confirm_live(&w.services, &account, &a, &c.travellers[1].id, tijuana()),
    );
    let confirmed = [x, y]
        .into_iter()
        .filter(|o| {
            *o == ConfirmOutcome::Passed {
                group_confirmed: true,
            }
        })
        .count();
    assert_eq!(confirmed, 1);
    let confirmed_messages = w
        .inbox_kinds(&a)
        .await
        .into_iter()
        .filter(|k| k == "confirmed")
        .count();
    assert_eq!(confirmed_messages, 1);
}

#[tokio::test]
async fn a_photo_refused_three_times_waits_for_a_person_even_past_the_deadline() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let (first, second) = (c.travellers[0].id.clone(), c.travellers[1].id.clone());
    let crowd = fixture("three-people.jpg");
    for tries_left in [2, 1] {
        assert!(matches!(
            w.services
                .confirm_traveller(&account, &a, &first, tijuana(), &crowd)
                .await
                .unwrap()
                .unwrap(),
            ConfirmOutcome::TryAgain { tries_left: t, .. } if t == tries_left
        ));
    }
    assert_eq!(
        w.services
            .confirm_traveller(&account, &a, &first, tijuana(), &crowd)
            .await
            .unwrap()
            .unwrap(),
        ConfirmOutcome::SentToReview
    );
    confirm_live(&w.services, &account, &a, &second, tijuana()).await;
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    assert_eq!(c.travellers[0].state, CheckState::InReview);
    assert_eq!(c.travellers[1].state, CheckState::Passed);

    // The deadline passes; the review comes later and still confirms the group.
    w.advance(24 * HOUR);
    let third = fixture("portrait-3.jpg");
    assert_eq!(
        w.services
            .confirm_traveller(&account, &a, &first, tijuana(), &third)
            .await
            .unwrap()
            .unwrap(),
        ConfirmOutcome::Passed {
            group_confirmed: false
        },
        "in review: nothing to do for the person"
    );
    let admin = staff(&w).await;
    assert_eq!(w.services.store.checks_in_review().await.unwrap().len(), 1);
    let photo = w
        .services
        .confirmation_photo_for_review(&admin, &c.appointment.id, &first, false)
        .await
        .unwrap();
    assert!(
        photo.is_some_and(|p| p.starts_with(&[0xFF, 0xD8])),
        "a JPEG"
    );
    let none = w
        .services
        .confirmation_photo_for_review(&admin, &c.appointment.id, &first, true)
        .await
        .unwrap();
    assert!(none.is_none(), "no registration photo is kept for this one");
    assert!(
        w.services
            .review_confirmation_photo(&admin, &c.appointment.id, &first, true)
            .await
            .unwrap()
    );
    let appointment = w
        .services
        .store
        .appointment(&c.appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(appointment.status, "confirmed");
}

#[tokio::test]
async fn nothing_is_accepted_after_the_deadline() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    w.advance(c.deadline - w.services.now() + 1);
    assert_eq!(
        w.services
            .confirm_traveller(
                &account,
                &a,
                &c.travellers[0].id,
                tijuana(),
                &fixture("portrait-1.jpg")
            )
            .await
            .unwrap()
            .unwrap(),
        ConfirmOutcome::TooLate
    );
}

/// A group of two that won and confirmed both travellers; returns the account id.
async fn confirmed_winner(w: &World) -> String {
    let a = winner(w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    for t in &c.travellers {
        confirm_live(&w.services, &account, &a, &t.id, tijuana()).await;
    }
    a
}

#[tokio::test]
async fn the_live_photo_is_compared_with_the_registration_photo_and_a_refusal_goes_to_a_person() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let (first, second) = (c.travellers[0].id.clone(), c.travellers[1].id.clone());
    for (t, photo) in [(&first, "obama-2.jpg"), (&second, "biden-1.jpg")] {
        w.services
            .submit_photo(&account, &a, t, &face(photo))
            .await
            .unwrap()
            .expect("the traveller's photo of record");
    }
    let confirm = |t: String, photo: &'static str| {
        let (services, account, a) = (w.services.clone(), account.clone(), a.clone());
        async move {
            services
                .confirm_traveller(&account, &a, &t, tijuana(), &face(photo))
                .await
                .unwrap()
                .unwrap()
        }
    };
    // The same person on another day, in another light, turning as asked: passed, with how
    // alike. (A still of him would be alike too, but only a person accepts a still.)
    assert_eq!(
        confirm_live(&w.services, &account, &a, &first, tijuana()).await,
        ConfirmOutcome::Passed {
            group_confirmed: false
        }
    );
    // Someone else's photo for the second: told what to change, twice, then a person looks.
    for tries_left in [2, 1] {
        assert_eq!(
            confirm(second.clone(), "obama-2.jpg").await,
            ConfirmOutcome::TryAgain {
                problem: PhotoProblem::CompareAgain,
                tries_left
            }
        );
    }
    assert_eq!(
        confirm(second.clone(), "obama-2.jpg").await,
        ConfirmOutcome::SentToReview
    );
    let checks = w
        .services
        .store
        .traveller_checks(&c.appointment.id)
        .await
        .unwrap();
    let distance = |t: &str| {
        checks
            .iter()
            .find(|c| c.traveller_id == t)
            .and_then(|c| c.face_distance_milli)
            .unwrap()
    };
    assert!(distance(&first) < 600, "{}", distance(&first));
    assert!(distance(&second) > 600, "{}", distance(&second));
    // The message says what to do, never that a face "does not match".
    let en = garita_i18n::Catalogs::load().unwrap().text(
        garita_i18n::Locale::En,
        PhotoProblem::CompareAgain.message_key(),
    );
    assert!(en.contains("light") && !en.contains("match"), "{en}");

    // A reviewer accepts: the refusal does not stop the group.
    accepted_on_review(&w, &a, &c.appointment.id, &second).await;

    // Counted by group, and nothing else: accepted once, refused twice, one sent to a person
    // and accepted there.
    let counts = w
        .services
        .store
        .face_check_counts("2000-01-01")
        .await
        .unwrap();
    let count = |outcome: &str| -> i64 {
        counts
            .iter()
            .filter(|c| c.outcome == outcome)
            .map(|c| c.count)
            .sum()
    };
    assert_eq!(count("accepted"), 1);
    assert_eq!(count("refused-compare-again"), 2);
    assert_eq!(count("to-review"), 1);
    assert_eq!(count("review-accepted"), 1);
}

#[tokio::test]
async fn an_admin_is_told_once_a_week_when_a_group_is_refused_twice_as_often() {
    use garita_kernel::face_figures::{ACCEPTED, Group, TO_REVIEW};
    let w = World::new().await;
    let admin = staff(&w).await;
    let today = w.services.now_utc().date_naive();
    let quiet = w.services.watch_face_rates(today).await.unwrap();
    assert_eq!(quiet, 0, "nothing counted: nothing to tell");
    let mut effects = garita_store::records::Effects::none();
    for (nationality, outcome, times) in [
        ("HT", ACCEPTED, 12),
        ("HT", TO_REVIEW, 8),
        ("MX", ACCEPTED, 190),
        ("MX", TO_REVIEW, 10),
    ] {
        let group = Group {
            nationality: nationality.into(),
            age_band: "30-44",
        };
        for _ in 0..times {
            effects = effects.and_face_count(group.count(
                w.services.now(),
                "appointments.confirmation",
                outcome,
            ));
        }
    }
    w.services.store.enqueue(effects).await.unwrap();
    // 40% against 8.2% for everyone.
    assert_eq!(w.services.watch_face_rates(today).await.unwrap(), 1);
    assert_eq!(w.services.watch_face_rates(today).await.unwrap(), 1);
    let told = w
        .inbox_kinds(&admin.id)
        .await
        .into_iter()
        .filter(|k| k == "face-rates")
        .count();
    assert_eq!(told, 1, "once a week");
}

#[tokio::test]
async fn a_head_turning_as_asked_passes_and_a_still_picture_goes_to_a_person() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let (first, second) = (c.travellers[0].id.clone(), c.travellers[1].id.clone());
    let live = |t: String, still: bool, token: Option<String>| {
        let (services, account, a) = (w.services.clone(), account.clone(), a.clone());
        async move {
            let challenge = services.liveness_challenge(&a, &t).await.unwrap().unwrap();
            let frames = frames_for(&challenge.steps, still);
            let capture = LiveCapture {
                token: token.unwrap_or(challenge.token),
                frames,
            };
            services
                .confirm_traveller_live(&account, &a, &t, tijuana(), &capture)
                .await
                .unwrap()
                .unwrap()
        }
    };
    assert_eq!(
        live(first.clone(), false, None).await,
        ConfirmOutcome::Passed {
            group_confirmed: false
        }
    );
    // Another traveller's token, then a still picture: told how to try again, then a person.
    let someone_elses = w
        .services
        .liveness_challenge(&a, &first)
        .await
        .unwrap()
        .unwrap()
        .token;
    assert_eq!(
        live(second.clone(), false, Some(someone_elses)).await,
        ConfirmOutcome::TryAgain {
            problem: PhotoProblem::MoveAsAsked,
            tries_left: 2
        }
    );
    assert_eq!(
        live(second.clone(), true, None).await,
        ConfirmOutcome::TryAgain {
            problem: PhotoProblem::MoveAsAsked,
            tries_left: 1
        }
    );
    assert_eq!(
        live(second.clone(), true, None).await,
        ConfirmOutcome::SentToReview
    );
    let review = w.services.store.checks_in_review().await.unwrap();
    assert_eq!(review[0].problem.as_deref(), Some("move-as-asked"));
    accepted_on_review(&w, &a, &c.appointment.id, &second).await;
}

#[tokio::test]
async fn a_still_sent_without_the_challenge_goes_to_a_person_with_both_photos() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let (first, second) = (c.travellers[0].id.clone(), c.travellers[1].id.clone());
    w.services
        .submit_photo(&account, &a, &first, &face("obama-1.jpg"))
        .await
        .unwrap()
        .expect("the traveller's photo of record");
    // A still of the right person, from a file: nothing shows it was taken now.
    assert_eq!(
        w.services
            .confirm_traveller(&account, &a, &first, tijuana(), &face("obama-2.jpg"))
            .await
            .unwrap()
            .unwrap(),
        ConfirmOutcome::SentToReview
    );
    let review = w.services.store.checks_in_review().await.unwrap();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0].problem.as_deref(), Some("not-live"));
    assert!(
        review[0].face_distance_milli.is_some_and(|d| d < 600),
        "compared all the same, for the reviewer"
    );
    // The reviewer sees the registration photo beside it.
    let admin = staff(&w).await;
    let registration = w
        .services
        .confirmation_photo_for_review(&admin, &c.appointment.id, &first, true)
        .await
        .unwrap();
    assert!(registration.is_some_and(|p| p.starts_with(&[0xFF, 0xD8])));
    confirm_live(&w.services, &account, &a, &second, tijuana()).await;
    assert!(
        w.services
            .review_confirmation_photo(&admin, &c.appointment.id, &first, true)
            .await
            .unwrap()
    );
    let status = w.services.appointment_status(&a).await.unwrap();
    assert_eq!(status.appointment.unwrap().0.status, "confirmed");
    // The officer at the port sees why a person looked at it.
    let sys = garita_domain::PortCode::parse("SYS").unwrap();
    let grant = Grant::new(Role::Officer, Some(sys), None).unwrap();
    let officer = w.staff("officer@cbp.example", grant).await;
    let intake = w
        .services
        .intake(&officer, "SYS", &c.appointment.id)
        .await
        .unwrap()
        .unwrap();
    let seen = intake.travellers.iter().find(|t| t.traveller.id == first);
    assert_eq!(seen.unwrap().reviewed.as_deref(), Some("not-live"));
}

/// A programme admin accepts the traveller's photo in review: the group is then confirmed.
async fn accepted_on_review(w: &World, account: &str, appointment: &str, traveller: &str) {
    let admin = staff(w).await;
    assert!(
        w.services
            .review_confirmation_photo(&admin, appointment, traveller, true)
            .await
            .unwrap()
    );
    let status = w.services.appointment_status(account).await.unwrap();
    assert_eq!(status.appointment.unwrap().0.status, "confirmed");
}

async fn staff(w: &World) -> garita_store::records::Account {
    let admin = Grant::new(Role::ProgrammeAdmin, None, None).unwrap();
    w.staff("admin@garita.example", admin).await
}

#[tokio::test]
async fn a_three_hour_outage_moves_the_deadline_three_hours_and_the_group_is_told_why() {
    let w = World::new().await;
    let a = winner(&w).await;
    let before = w.services.confirmation(&a).await.unwrap().unwrap();
    // An hour later the server finds its confirmation pages failing; three hours on, they work.
    w.advance(HOUR);
    let since = w.services.now();
    w.services
        .measured(garita_appointments::app::outages::Change::Degraded { since })
        .await
        .unwrap();
    w.advance(90 * 60_000);
    // While it lasts, the deadline already moves (nobody is refused for Garita's fault) ...
    let during = w.services.confirmation(&a).await.unwrap().unwrap();
    assert_eq!(during.deadline, before.deadline + 90 * 60_000);
    // ... but the group is told once it is over, with the whole length.
    assert_eq!(w.services.tell_moved_deadlines().await.unwrap(), 0);
    w.advance(90 * 60_000);
    let at = w.services.now();
    w.services
        .measured(garita_appointments::app::outages::Change::Recovered { at })
        .await
        .unwrap();
    w.advance(HOUR);
    let after = w.services.confirmation(&a).await.unwrap().unwrap();
    assert_eq!(after.deadline, before.deadline + 3 * HOUR);
    assert_eq!(w.services.tell_moved_deadlines().await.unwrap(), 1);
    assert_eq!(
        w.services.tell_moved_deadlines().await.unwrap(),
        0,
        "told once"
    );

    let i18n = crate::common::BUILD.catalogs().unwrap();
    let inbox = w
        .services
        .inbox(&i18n, &a, garita_i18n::Locale::En)
        .await
        .unwrap();
    let moved = &inbox[0];
    assert_eq!(
        moved.subject,
        "Garita: more time to confirm your appointment on Friday, January 29, 2027"
    );
    assert!(moved.body.contains("3 h 0 min"), "{}", moved.body);
    // The new deadline, in the group's zone (the port's: no browser zone was sent).
    let zone: chrono_tz::Tz = "America/Los_Angeles".parse().unwrap();
    let local = garita_i18n::when::moment_ms(garita_i18n::Locale::En, after.deadline, zone);
    let next = moved.next.as_deref().unwrap();
    assert!(
        next.contains(&local) && next.contains("Los Angeles"),
        "{next}"
    );

    // An admin's declared incident counts the same way, and both are in the audit log.
    assert!(
        w.services
            .declare_incident("admin-1", "the photo check is down")
            .await
            .unwrap()
    );
    assert!(
        !w.services
            .declare_incident("admin-1", "again")
            .await
            .unwrap(),
        "one at a time"
    );
    w.advance(HOUR);
    assert!(w.services.end_incident("admin-1").await.unwrap());
    let last = w.services.confirmation(&a).await.unwrap().unwrap();
    assert_eq!(last.deadline, before.deadline + 4 * HOUR);
    let actions: Vec<String> = w
        .services
        .store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions.iter().filter(|a| *a == "outage.began").count(), 2);
}

#[tokio::test]
async fn a_confirmed_appointment_has_a_signed_proof_anyone_can_check() {
    use garita_appointments::app::proofs::Verdict;
    let w = World::new().await;
    let a = confirmed_winner(&w).await;
    let (appointment, port) = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let number = appointment
        .confirmation_number
        .clone()
        .expect("numbered when confirmed");
    assert!(number.starts_with("GRT-"));
    let token = w.services.proof_token(&appointment, &port).unwrap();
    assert!(
        !token.contains(&a) && !token.contains("synthetic"),
        "no personal data"
    );
    match w.services.verify_token(&token).await.unwrap() {
        Verdict::Genuine(p) => {
            assert_eq!(
                (p.number.as_str(), p.port.as_str(), p.seats),
                (number.as_str(), "SYS", 2)
            );
            assert_eq!(p.date, "2027-01-29");
        }
        other => panic!("{other:?}"),
    }
    // The message naming it.
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let inbox = w
        .services
        .inbox(&i18n, &a, garita_i18n::Locale::En)
        .await
        .unwrap();
    assert!(inbox[0].body.contains(&number), "{}", inbox[0].body);

    // One character changed anywhere: not genuine.
    let (head, sig) = token.rsplit_once('.').unwrap();
    let flipped = |s: &str, i: usize| {
        let mut b = s.as_bytes().to_vec();
        b[i] = if b[i] == b'A' { b'B' } else { b'A' };
        String::from_utf8(b).unwrap()
    };
    for tampered in [
        format!("{}.{sig}", flipped(head, 10)),
        format!("{head}.{}", flipped(sig, 5)),
        "GC1.e30.AAAA".to_string(),
        "not a token".to_string(),
    ] {
        assert_eq!(
            w.services.verify_token(&tampered).await.unwrap(),
            Verdict::NotGenuine
        );
    }
    // After a key rotation, what the old key signed still checks; new tokens use the new key.
    let rotated = w.with_generation(2);
    assert!(matches!(
        rotated.verify_token(&token).await.unwrap(),
        Verdict::Genuine(_)
    ));
    let newer = rotated.proof_token(&appointment, &port).unwrap();
    assert_ne!(newer, token);
    assert_eq!(
        w.services.verify_token(&newer).await.unwrap(),
        Verdict::NotGenuine,
        "unknown key"
    );
    // After the appointment day: expired.
    w.advance(20 * 24 * HOUR);
    assert!(matches!(
        w.services.verify_token(&token).await.unwrap(),
        Verdict::Expired(_)
    ));
}

#[tokio::test]
async fn a_cancelled_appointment_is_told_kept_in_the_signed_record_and_no_longer_checks() {
    use garita_appointments::app::proofs::Verdict;
    let w = World::new().await;
    let a = confirmed_winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let (appointment, port) = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let token = w.services.proof_token(&appointment, &port).unwrap();
    w.advance(HOUR);
    assert!(
        w.services
            .cancel_appointment("admin-1", &appointment.id, "port closed by a storm")
            .await
            .unwrap()
    );
    assert!(
        !w.services
            .cancel_appointment("admin-1", &appointment.id, "again")
            .await
            .unwrap(),
        "once"
    );
    assert!(matches!(
        w.services.verify_token(&token).await.unwrap(),
        Verdict::Cancelled(_)
    ));
    let status = w.services.appointment_status(&a).await.unwrap();
    assert!(status.appointment.is_none());
    assert_eq!(
        status.latest.unwrap().2,
        garita_appointments::app::draws::RequestResult::Cancelled
    );
    let kinds = w.inbox_kinds(&a).await;
    assert_eq!(kinds[0], "cancelled");
    // The signed record keeps what the group held and when it was cancelled.
    let record = w.services.signed_record(&account).await.unwrap();
    let payload: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
    let held = &payload["appointments"][0];
    assert_eq!(held["status"], "cancelled");
    assert_eq!(
        held["confirmation_number"],
        appointment.confirmation_number.unwrap().as_str()
    );
    assert_eq!(held["cancelled_at"], w.services.now());
    // The published record shows the seats given back.
    let file = w
        .services
        .published_file("2027-01-15".parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    garita_appointments::domain::draw::Published::verify_file(&file).unwrap();
    assert!(file.contains("\"event\": \"lapsed\""));
}

#[tokio::test]
async fn a_partner_learns_only_yes_or_no_and_is_audited_and_limited() {
    let w = World::new().await;
    let a = confirmed_winner(&w).await;
    let number = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap()
        .0
        .confirmation_number
        .unwrap();
    let registration = w.services.registration(&a).await.unwrap().unwrap();
    let born = registration.travellers[1].birth_date;
    let validator = Grant::new(Role::PartnerValidator, None, Some("Shelter".into())).unwrap();
    let partner = w.staff("desk@shelter.example", validator).await;
    let check = |n: String, b| {
        let (services, partner) = (w.services.clone(), partner.clone());
        async move { services.partner_check(&partner, &n, &b).await.unwrap() }
    };
    assert_eq!(check(number.clone(), born).await, Some(true));
    assert_eq!(
        check(number.to_lowercase(), born).await,
        Some(true),
        "typed in lower case"
    );
    let other = garita_domain::travellers::DateOfBirth::parse(
        "1",
        "1",
        "1990",
        chrono::Utc::now().date_naive(),
    )
    .unwrap();
    assert_eq!(check(number.clone(), other).await, Some(false));
    assert_eq!(check("GRT-0000-0000".into(), born).await, Some(false));
    let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
    let checks: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "partner.checked")
        .collect();
    assert_eq!(checks.len(), 4);
    let born_text = born.date().to_string();
    assert!(
        checks.iter().all(|e| !e.detail.contains(&born_text)),
        "never the date of birth"
    );
    for _ in 4..garita_appointments::app::proofs::PARTNER_CHECKS_PER_HOUR {
        check(number.clone(), born).await;
    }
    assert_eq!(
        check(number.clone(), born).await,
        None,
        "slowed down after 60 an hour"
    );
    w.advance(HOUR);
    assert_eq!(check(number, born).await, Some(true));
}

#[tokio::test]
async fn when_the_one_who_had_not_confirmed_leaves_the_group_it_is_confirmed() {
    let w = World::new().await;
    let a = winner(&w).await;
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    let staying = c.travellers[0].id.clone();
    assert_eq!(
        confirm_live(&w.services, &account, &a, &staying, tijuana()).await,
        ConfirmOutcome::Passed {
            group_confirmed: false
        }
    );
    // The other will not travel: taken out of the group, the appointment is the one who stays'.
    let group = w.services.registration(&a).await.unwrap().unwrap();
    let kept: Vec<_> = group
        .travellers
        .iter()
        .filter(|t| t.id == staying)
        .map(|t| t.as_input())
        .collect();
    w.services
        .save_registration(&account, &a, group.address.clone(), kept, group.version)
        .await
        .unwrap();
    let (appointment, _) = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    assert_eq!(
        (appointment.status.as_str(), appointment.seats),
        ("confirmed", 1)
    );
    assert!(appointment.confirmation_number.is_some());
    assert!(w.inbox_kinds(&a).await.contains(&"confirmed".to_string()));
}

#[tokio::test]
async fn a_time_when_no_node_was_up_is_recorded_once_by_the_first_node_back_and_moves_deadlines() {
    let w = World::new().await;
    let a = winner(&w).await;
    let before = w.services.confirmation(&a).await.unwrap().unwrap();
    let started = w.services.now();
    assert_eq!(w.services.beat("node-a", started).await.unwrap(), None);
    w.advance(30_000);
    assert_eq!(
        w.services.beat("node-a", started).await.unwrap(),
        None,
        "a beat within the minute is no gap"
    );
    let last = w.services.now();
    // Both nodes are gone for two hours; node b comes back first, then node a restarts.
    w.advance(2 * HOUR);
    let down = w.services.beat("node-b", w.services.now()).await.unwrap();
    let down = down.expect("the gap is recorded");
    assert_eq!((down.started_at, down.ended_at), (last, w.services.now()));
    assert_eq!(
        w.services.beat("node-c", w.services.now()).await.unwrap(),
        None,
        "recorded once"
    );
    let after = w.services.confirmation(&a).await.unwrap().unwrap();
    assert_eq!(after.deadline, before.deadline + 2 * HOUR);
    let periods = w.services.periods_since(started).await.unwrap();
    assert!(periods.iter().any(|p| p.source == "down"), "{periods:?}");
    assert_eq!(w.services.tell_moved_deadlines().await.unwrap(), 1);
    let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
    let recorded: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "service.downtime-recorded")
        .collect();
    assert_eq!(recorded.len(), 1);
    assert!(!recorded[0].detail.contains('@'));
}
