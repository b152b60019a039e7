//! At the port: the day's list, finding by number or token (only at the right port), the
//! intake with both photos (every opening audited), arrivals and outcomes.

use crate::common;

use common::World;
use garita_appointments::app::desk::{Recorded, Recording};
use garita_domain::geofence::Position;
use garita_domain::outcome::OutcomeInput;
use garita_domain::{Grant, PortCode, Role};

const HOUR: i64 = 3_600_000;

async fn officer(w: &World, port: &str) -> garita_store::records::Account {
    let grant = Grant::new(Role::Officer, Some(PortCode::parse(port).unwrap()), None).unwrap();
    w.staff(&format!("officer-{port}@cbp.example").to_lowercase(), grant)
        .await
}

#[tokio::test]
async fn officers_find_see_and_decide_only_at_their_port() {
    for w in World::on_every_backend().await {
        find_see_and_decide(w).await;
    }
}

async fn find_see_and_decide(w: World) {
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let a = w.drawn(&[2]).await.remove(0);
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    // Real registration photos (made-up applicants have none).
    let registration = w.services.registration(&a).await.unwrap().unwrap();
    for (t, photo) in registration
        .travellers
        .iter()
        .zip(["obama-1.jpg", "obama-1.jpg"])
    {
        w.services
            .submit_photo(&account, &a, &t.id, &common::face(photo))
            .await
            .unwrap();
    }
    let c = w.services.confirmation(&a).await.unwrap().unwrap();
    for t in &c.travellers {
        common::confirm_live(&w.services, &account, &a, &t.id, Some(here)).await;
    }
    let (appointment, port) = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let number = appointment.confirmation_number.clone().unwrap();
    let token = w.services.proof_token(&appointment, &port).unwrap();
    let (at_sys, at_nog) = (officer(&w, "SYS").await, officer(&w, "NOG").await);

    let day = w.services.port_day("SYS", "2027-01-29").await.unwrap();
    assert_eq!(day.len(), 1);
    assert_eq!(
        (day[0].0.id.as_str(), day[0].1),
        (appointment.id.as_str(), 0)
    );
    assert!(
        w.services
            .port_day("NOG", "2027-01-29")
            .await
            .unwrap()
            .is_empty()
    );

    for text in [number.clone(), number.to_lowercase(), token.clone()] {
        let found = w.services.find_at_port("SYS", &text).await.unwrap();
        assert_eq!(found.map(|f| f.id), Some(appointment.id.clone()));
        assert!(
            w.services
                .find_at_port("NOG", &text)
                .await
                .unwrap()
                .is_none(),
            "another port"
        );
    }

    let intake = w
        .services
        .intake(&at_sys, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(intake.travellers.len(), 2);
    assert!(
        intake
            .travellers
            .iter()
            .all(|t| t.live_photo && t.outcome.is_none())
    );
    // Beside the two photos, how alike they are (here: the same photograph).
    assert!(
        intake
            .travellers
            .iter()
            .all(|t| t.face_distance_milli.is_some_and(|d| d < 100) && t.reviewed.is_none()),
        "{:?}",
        intake
            .travellers
            .iter()
            .map(|t| t.face_distance_milli)
            .collect::<Vec<_>>()
    );
    assert!(
        w.services
            .intake(&at_nog, "NOG", &appointment.id)
            .await
            .unwrap()
            .is_none()
    );
    let first = intake.travellers[0].traveller.id.clone();
    let second = intake.travellers[1].traveller.id.clone();
    for live in [false, true] {
        let jpeg = w
            .services
            .desk_photo(&at_sys, "SYS", &appointment.id, &first, live)
            .await
            .unwrap()
            .unwrap();
        assert!(jpeg.starts_with(&[0xFF, 0xD8]));
        assert!(
            w.services
                .desk_photo(&at_nog, "NOG", &appointment.id, &first, live)
                .await
                .unwrap()
                .is_none()
        );
    }

    // A lost proof: the group is found by a traveller's name and date of birth, only at its
    // port, and the search is audited without what was typed. It is the appointment's day.
    let morning = chrono::NaiveDate::from_ymd_opt(2027, 1, 29)
        .unwrap()
        .and_hms_opt(16, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis(); // 08:00 in San Ysidro
    w.advance(morning - w.services.now());
    let t = &registration.travellers[0];
    let search = |officer: garita_store::records::Account, port: &'static str, born| {
        let (services, name) = (w.services.clone(), t.name.clone());
        async move {
            services
                .find_by_traveller(&officer, port, &name, born)
                .await
                .unwrap()
                .len()
        }
    };
    assert_eq!(search(at_sys.clone(), "SYS", t.birth_date.date()).await, 1);
    assert_eq!(search(at_nog.clone(), "NOG", t.birth_date.date()).await, 0);
    let other_day = t.birth_date.date().succ_opt().unwrap();
    assert_eq!(search(at_sys.clone(), "SYS", other_day).await, 0);
    let searches = w.services.store.audit_entries(0, 1000).await.unwrap();
    let searches: Vec<_> = searches
        .iter()
        .filter(|e| e.action == "desk.traveller-searched")
        .collect();
    assert_eq!(searches.len(), 3);
    assert!(searches.iter().all(|e| !e.detail.contains(&t.name.family)));

    // Arrival, then parole (two years by default) with a Notice to Appear and the I-94, and a
    // note; the facts go together, not one replacing the other.
    let record =
        |t: String, facts: OutcomeInput<'static>, reason: &'static str, note: &'static str| {
            let (services, officer, id) =
                (w.services.clone(), at_sys.clone(), appointment.id.clone());
            async move {
                let recording = Recording {
                    facts,
                    reason,
                    note,
                };
                services
                    .record_outcome(&officer, "SYS", &id, &t, &recording)
                    .await
                    .unwrap()
            }
        };
    let arrived = OutcomeInput::default();
    assert_eq!(
        record(first.clone(), arrived.clone(), "", "").await,
        Recorded::Saved
    );
    w.advance(HOUR);
    let paroled = OutcomeInput {
        paroled: true,
        notice_to_appear: "a 012-345-678",
        admission_number: "123456789a1",
        class_of_admission: "dt",
        ..OutcomeInput::default()
    };
    assert_eq!(
        record(first.clone(), paroled.clone(), "", "").await,
        Recorded::Saved
    );
    assert_eq!(
        record(
            second.clone(),
            OutcomeInput {
                referred: true,
                ..OutcomeInput::default()
            },
            "",
            "speaks Garifuna"
        )
        .await,
        Recorded::Saved
    );
    // What is typed wrong is named field by field, and nothing is saved.
    let Recorded::Invalid(problems) = record(
        second.clone(),
        OutcomeInput {
            not_admitted: true,
            admission_number: "12345",
            parole_until: "2027-13-01",
            ..OutcomeInput::default()
        },
        "",
        "",
    )
    .await
    else {
        panic!("refused");
    };
    let fields: Vec<_> = problems.iter().map(|p| p.0).collect();
    assert_eq!(fields, ["parole_until", "admission_number", "not_admitted"]);
    assert_eq!(
        w.services
            .record_outcome(
                &at_nog,
                "NOG",
                &appointment.id,
                &first,
                &Recording::default()
            )
            .await
            .unwrap(),
        Recorded::NotFound,
        "not at another port"
    );
    assert_eq!(
        record("someone-else".into(), arrived.clone(), "", "").await,
        Recorded::NotFound,
        "not in the group"
    );
    let outcomes = w.services.store.outcomes_of(&appointment.id).await.unwrap();
    let stored = outcomes.iter().find(|o| o.traveller_id == first).unwrap();
    let arrival = chrono::DateTime::from_timestamp_millis(stored.arrived_at)
        .unwrap()
        .date_naive();
    let two_years = arrival.checked_add_months(chrono::Months::new(24)).unwrap();
    assert_eq!(
        (stored.paroled, stored.nta, stored.version),
        (1, 1, 1),
        "both facts, one version; the arrival kept"
    );
    let sealed = String::from_utf8_lossy(stored.facts_sealed.as_ref().unwrap()).to_string();
    assert!(
        !sealed.contains("012345678") && stored.nta_number.is_none(),
        "numbers sealed"
    );
    // The person's travel history (every service's arrivals): paroled, then referred, each
    // with the traveller's name from the registration.
    let arrivals = w.services.travel_history(&a, 0).await.unwrap();
    assert_eq!(arrivals.len(), 2);
    let paroled_one = arrivals
        .iter()
        .find(|x| x.traveller_id.as_deref() == Some(first.as_str()))
        .unwrap();
    assert_eq!(
        paroled_one.decided,
        garita_kernel::people::ArrivalDecision::Paroled {
            until: two_years,
            admission_number: Some("123456789A1".into()),
        }
    );
    assert_eq!(paroled_one.port, "SYS");
    assert!(paroled_one.name.as_deref().is_some_and(|n| !n.is_empty()));
    assert!(
        arrivals
            .iter()
            .any(|x| x.decided == garita_kernel::people::ArrivalDecision::Referred)
    );
    let second_row = outcomes.iter().find(|o| o.traveller_id == second).unwrap();
    assert!(
        !String::from_utf8_lossy(second_row.note_sealed.as_ref().unwrap()).contains("Garifuna"),
        "sealed"
    );

    // Changing a date already recorded needs a reason; then both versions are kept, the person
    // sees both and is told once.
    let shorter = OutcomeInput {
        parole_until: "2027-07-29",
        ..paroled.clone()
    };
    assert_eq!(
        record(first.clone(), shorter.clone(), "  ", "").await,
        Recorded::ReasonNeeded
    );
    w.advance(HOUR);
    assert_eq!(
        record(
            first.clone(),
            shorter.clone(),
            "Parole granted for six months by the supervisor",
            ""
        )
        .await,
        Recorded::Saved
    );
    assert_eq!(
        record(first.clone(), shorter.clone(), "", "a note only").await,
        Recorded::Saved,
        "the same facts again make no version"
    );
    let arrivals = w.services.arrivals(&a).await.unwrap();
    let mine = arrivals
        .iter()
        .find(|x| x.facts.notice_to_appear.is_some())
        .unwrap();
    assert_eq!(mine.history.len(), 2);
    assert_eq!(mine.history[0].outcome.parole_until, Some(two_years));
    assert_eq!(
        mine.history[1].outcome.parole_until,
        chrono::NaiveDate::from_ymd_opt(2027, 7, 29)
    );
    assert_eq!(
        mine.history[1].reason.as_deref(),
        Some("Parole granted for six months by the supervisor")
    );
    assert_eq!(mine.history[1].officer, at_sys.id);
    assert_eq!(
        mine.facts.admission_number.as_ref().map(|n| n.as_str()),
        Some("123456789A1")
    );
    assert_eq!(
        mine.facts.notice_to_appear.as_ref().map(|n| n.as_str()),
        Some("A012345678")
    );
    let told = w
        .services
        .store
        .messages_of(&a)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.kind == "outcome-changed")
        .count();
    assert_eq!(
        told, 1,
        "told of the change once, not of the first decision"
    );

    // The signed record carries both versions and their reason.
    let text = w.services.signed_record(&account).await.unwrap().payload;
    assert!(text.contains("2027-07-29") && text.contains(&two_years.to_string()));
    assert!(text.contains("Parole granted for six months"));

    let again = w
        .services
        .intake(&at_sys, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.travellers[1].note.as_deref(), Some("speaks Garifuna"));
    assert_eq!(again.travellers[0].history.len(), 2);
    assert_eq!(
        w.services.port_day("SYS", "2027-01-29").await.unwrap()[0].1,
        2
    );

    let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
    let count = |action: &str| {
        audit
            .iter()
            .filter(|e| e.action == action && e.actor.as_deref() == Some(at_sys.id.as_str()))
            .count()
    };
    assert_eq!(
        count("desk.traveller-opened"),
        4,
        "two openings of two travellers"
    );
    assert_eq!(count("review.photo-viewed"), 2);
    // The person sees who opened their data at the port.
    let seen_by = w.services.actions_by_others(&a).await.unwrap();
    assert!(
        seen_by.iter().any(|e| e.action == "desk.traveller-opened"
            && e.actor.as_deref() == Some(at_sys.id.as_str()))
    );
    assert_eq!(count("desk.outcome"), 5);
    assert!(
        audit.iter().all(|e| !e.detail.contains("012345678")),
        "no number in the audit log"
    );

    // The programme may set another default length (`parole_months`).
    let mut services = w.services.clone();
    services.parole_months = 6;
    let recording = Recording {
        facts: OutcomeInput {
            paroled: true,
            referred: true,
            ..OutcomeInput::default()
        },
        ..Recording::default()
    };
    services
        .record_outcome(&at_sys, "SYS", &appointment.id, &second, &recording)
        .await
        .unwrap();
    let outcomes = w.services.store.outcomes_of(&appointment.id).await.unwrap();
    let second = outcomes.iter().find(|o| o.traveller_id == second).unwrap();
    let arrival = chrono::DateTime::from_timestamp_millis(second.arrived_at)
        .unwrap()
        .date_naive();
    assert_eq!(
        second.parole_until,
        arrival
            .checked_add_months(chrono::Months::new(6))
            .map(|d| d.to_string())
    );

    // The live photos are kept 30 days after the appointment day, then deleted by the daily
    // retention job; the audit log says how many. Expired sessions go too.
    let session = w
        .services
        .start_session(&a, garita_store::records::SessionKind::Web)
        .await
        .unwrap();
    w.advance(29 * 24 * HOUR);
    assert_eq!(
        w.services.forget_old_live_photos().await.unwrap(),
        0,
        "kept for 30 days"
    );
    w.advance(3 * 24 * HOUR);
    let done = w.services.forget_due(w.services.retention).await.unwrap();
    assert!(done.sessions >= 1);
    assert!(
        w.services
            .current_session(&session, garita_store::records::SessionKind::Web)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(w.services.forget_old_live_photos().await.unwrap(), 2);
    let later = w
        .services
        .intake(&at_sys, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert!(later.travellers.iter().all(|t| !t.live_photo));
    assert!(
        w.services
            .desk_photo(&at_sys, "SYS", &appointment.id, &first, true)
            .await
            .unwrap()
            .is_none()
    );
    let audit = w.services.store.audit_entries(0, 10_000).await.unwrap();
    let forgotten = audit
        .iter()
        .find(|e| e.action == "retention.live-photos-forgotten")
        .unwrap();
    assert_eq!(forgotten.detail, r#"{"photos":2}"#);
}

#[tokio::test]
async fn nobody_checked_in_by_the_end_of_the_port_day_is_a_no_show_told_kindly() {
    let w = World::new().await;
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let people = w.drawn(&[1, 1]).await;
    let mut appointments = vec![];
    for a in &people {
        let account = w.services.store.account(a).await.unwrap().unwrap();
        let c = w.services.confirmation(a).await.unwrap().unwrap();
        common::confirm_live(&w.services, &account, a, &c.travellers[0].id, Some(here)).await;
        appointments.push((c.appointment.id.clone(), c.travellers[0].id.clone()));
    }
    let at_sys = officer(&w, "SYS").await;
    // The first group arrives on the day; nobody of the second does.
    let day_start = chrono::NaiveDate::from_ymd_opt(2027, 1, 29)
        .unwrap()
        .and_hms_opt(16, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis(); // 08:00 in San Ysidro
    w.advance(day_start - w.services.now());
    let (first, traveller) = &appointments[0];
    assert_eq!(
        w.services
            .record_outcome(&at_sys, "SYS", first, traveller, &Recording::default())
            .await
            .unwrap(),
        Recorded::Saved
    );
    assert_eq!(
        w.services.mark_no_shows().await.unwrap(),
        0,
        "the day is not over"
    );
    w.advance(16 * HOUR + 1); // 00:00 the next day in San Ysidro
    assert_eq!(w.services.mark_no_shows().await.unwrap(), 1);
    assert_eq!(w.services.mark_no_shows().await.unwrap(), 0, "once");
    let second = w
        .services
        .store
        .appointment(&appointments[1].0)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(second.status, "no-show");
    let kinds = w.inbox_kinds(&people[1]).await;
    assert_eq!(kinds[0], "no-show");
    let first = w.services.store.appointment(first).await.unwrap().unwrap();
    assert_eq!(first.status, "confirmed", "they came");
    let status = w.services.appointment_status(&people[1]).await.unwrap();
    assert_eq!(
        status.latest.unwrap().2,
        garita_appointments::app::draws::RequestResult::NoShow
    );
}

#[tokio::test]
async fn the_intake_shows_each_detail_corrected_after_the_list_closed() {
    let w = World::new().await;
    let a = w.drawn(&[1]).await.remove(0);
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let officer = officer(&w, "SYS").await;
    let (appointment, _) = w
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let intake = w
        .services
        .intake(&officer, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert!(
        intake.travellers[0].corrected.is_empty(),
        "nothing corrected yet"
    );
    // After the close, the group corrects the spelling of the name (allowed, versioned).
    let r = w.services.registration(&a).await.unwrap().unwrap();
    let corrected = garita_kernel::registrations::Traveller {
        name: common::traveller("Corregida", "Apellido", ("1", "1", "2000"), None).name,
        ..r.travellers[0].as_input()
    };
    let saved = w
        .services
        .save_registration(&account, &a, r.address.clone(), vec![corrected], r.version)
        .await
        .unwrap();
    assert!(matches!(
        saved,
        garita_kernel::registrations::SaveOutcome::Saved { .. }
    ));
    let intake = w
        .services
        .intake(&officer, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    let changes = &intake.travellers[0].corrected;
    assert!(!changes.is_empty(), "the correction is shown");
    assert!(
        changes.iter().any(
            |c| c.after.as_deref().is_some_and(|v| v.contains("Corregida"))
                && c.before
                    .as_deref()
                    .is_some_and(|v| !v.contains("Corregida"))
        ),
        "{changes:?}"
    );
}
