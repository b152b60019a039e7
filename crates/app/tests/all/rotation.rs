//! Rotating the sealing key: every sealed column re-sealed, everything still readable.

use crate::common;
use common::{World, traveller};
use garita_appointments::app::desk::{Recorded, Recording};
use garita_domain::geofence::Position;
use garita_domain::outcome::OutcomeInput;
use garita_domain::travellers::UsAddress;
use garita_domain::{Email, Grant, PortCode, Role};
use garita_kernel::accounts::SignUp;
use garita_security::Keys;
use garita_store::records::Effects;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[tokio::test]
async fn every_sealed_value_moves_to_the_new_generation_and_still_opens() {
    let w = World::new().await;
    // Data of every sealed kind, under generation 1.
    let token = w
        .services
        .sign_up(SignUp {
            login: garita_domain::Login::Email(Email::parse("ines@example.org").unwrap()),
            phone: garita_domain::PhoneNumber::parse("+52 664 555 0199").ok(),
            password: "lakay se lakay 2026".into(),
            locale: garita_i18n::Locale::Es,
            origin: vec![],
        })
        .await
        .unwrap();
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let id = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    let owner = w.services.store.account(&id).await.unwrap().unwrap();
    let mut person = traveller("Inés", "Rojas", ("4", "4", "1988"), Some("AB123456"));
    person.phone = garita_domain::PhoneNumber::parse("+52 664 555 0101").ok();
    let address = UsAddress::parse("77 Pine St", "Denver", "CO", "80202").unwrap();
    w.services
        .save_registration(&owner, &id, address, vec![person], 0)
        .await
        .unwrap();
    let traveller_id = w
        .services
        .registration(&id)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();
    let photo = fixture("portrait-4.jpg");
    w.services
        .submit_photo(&owner, &id, &traveller_id, &photo)
        .await
        .unwrap();
    w.services
        .enable_totp(
            &owner,
            b"12345678901234567890",
            &garita_security::totp::code_at(
                b"12345678901234567890",
                (w.services.now() / 1000) as u64,
            ),
        )
        .await
        .unwrap();
    w.advance(61_000);
    w.services.resend_code(&token).await.unwrap().ok(); // a message left in the outbox
    let before = w.services.registration(&id).await.unwrap().unwrap();

    // A group that won (the day's draw secret), confirmed with a live photo, and was seen at
    // the port (the officer's note).
    let winner = w.drawn(&[1]).await.remove(0);
    let account = w.services.store.account(&winner).await.unwrap().unwrap();
    let group = w.services.registration(&winner).await.unwrap().unwrap();
    let travelling = &group.travellers[0].id;
    w.services
        .submit_photo(&account, &winner, travelling, &common::face("obama-1.jpg"))
        .await
        .unwrap();
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    common::confirm_live(&w.services, &account, &winner, travelling, Some(tijuana)).await;
    let (appointment, _) = w
        .services
        .appointment_status(&winner)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let sys = PortCode::parse("SYS").unwrap();
    let grant = Grant::new(Role::Officer, Some(sys), None).unwrap();
    let officer = w.staff("officer@cbp.example", grant).await;
    // Its outcome facts and a changed date's reason are sealed columns too.
    for (until, reason) in [("2027-06-01", ""), ("2027-09-01", "a longer parole")] {
        let recording = Recording {
            facts: OutcomeInput {
                parole_until: until,
                ..OutcomeInput::default()
            },
            reason,
            note: "speaks Garifuna",
        };
        assert_eq!(
            w.services
                .record_outcome(&officer, "SYS", &appointment.id, travelling, &recording)
                .await
                .unwrap(),
            Recorded::Saved
        );
    }

    // The group asks a reviewer to accept a change of who travels (the sealed proposal).
    let proposal = garita_kernel::registrations::IdentityProposal {
        name: group.travellers[0].name.clone(),
        birth_date: group.travellers[0].birth_date,
        document: traveller("X", "Y", ("1", "1", "1990"), Some("ZZ998877")).document,
    };
    assert!(
        w.services
            .request_identity_review(&account, &winner, travelling, &proposal)
            .await
            .unwrap()
    );

    // A review of an "already registered" refusal, decided, appealed and decided again: the
    // reasons and the statement are sealed.
    use garita_kernel::cases::{Appealed, CaseDecision, Decided};
    let t = &group.travellers[0];
    w.services
        .request_review(
            &winner,
            &t.name,
            t.birth_date,
            &t.details.birth_country,
            None,
        )
        .await
        .unwrap();
    let case = w
        .services
        .cases_about(&winner)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.kind == "already-registered")
        .unwrap();
    let grant = || Grant::new(Role::ProgrammeAdmin, None, None).unwrap();
    let first_reviewer = w.staff("reviewer-1@garita.example", grant()).await;
    let second_reviewer = w.staff("reviewer-2@garita.example", grant()).await;
    for (reviewer, reason) in [
        (&first_reviewer, "first look"),
        (&second_reviewer, "on appeal"),
    ] {
        assert_eq!(
            w.services
                .decide_case(reviewer, &case.id, CaseDecision::NoAction, reason)
                .await
                .unwrap(),
            Decided::Done
        );
        if reason == "first look" {
            assert_eq!(
                w.services
                    .appeal_case(&account, &winner, &case.id, "my statement")
                    .await
                    .unwrap(),
                Appealed::Done
            );
        }
    }

    // The test-only hello service keeps a sealed note, as any service's column would be filled.
    let note = w
        .services
        .keys
        .seal_str("Meet at the bridge", garita_hello::store::NOTE);
    garita_hello::store::on(&w.services.store.db())
        .keep_note("note-1", &winner, &note, w.services.now(), Effects::none())
        .await
        .unwrap();

    // A provisional I-94: its trip's address, its traveller, and an officer's decision.
    let i94 = garita_i94::app::I94::on(&w.services);
    let arrival = w.services.now_utc().date_naive() + chrono::Days::new(1);
    let trip = garita_i94::domain::TripInput {
        port: "SYS".into(),
        arrival: arrival.to_string(),
        purpose: "family".into(),
        street: "1 Main St".into(),
        city: "San Diego".into(),
        state: "CA".into(),
        zip: "92101".into(),
    };
    let visitor = garita_i94::domain::TravellerInput {
        given: "Inés".into(),
        family: "Rojas".into(),
        born_day: "4".into(),
        born_month: "4".into(),
        born_year: "1988".into(),
        sex: "F".into(),
        citizenship: "MX".into(),
        residence: "MX".into(),
        passport_number: "G12345678".into(),
        passport_country: "MX".into(),
        passport_issued: "2020-01-10".into(),
        passport_expires: "2031-01-09".into(),
        mrz: String::new(),
    };
    let garita_i94::app::Applied::Saved(group) =
        i94.apply(&winner, &trip, &[visitor]).await.unwrap()
    else {
        panic!("applied");
    };
    let reference = i94.store.group(&group).await.unwrap().unwrap().reference;
    i94.receive_at_port("officer", "SYS", &reference)
        .await
        .unwrap();
    let number = i94.store.travellers_of(&group).await.unwrap()[0]
        .number
        .clone()
        .unwrap();
    let admitted = garita_i94::app::Decision::Admitted {
        admission_number: garita_domain::outcome::AdmissionNumber::parse("123456789A1").unwrap(),
        class: garita_domain::outcome::AdmissionClass::parse("B2").unwrap(),
        until: arrival + chrono::Days::new(180),
    };
    i94.decide("officer", "SYS", &number, admitted)
        .await
        .unwrap();

    // A travel authorization: filed, confirmed, authorized, and paroled at arrival.
    let ta = garita_travel_authorization::app::TravelAuthorization::on(&w.services);
    let supporter = garita_travel_authorization::domain::SupporterInput {
        given: "Jean".into(),
        family: "Baptiste".into(),
        status: "citizen".into(),
        state: "FL".into(),
        supports: true,
        consents: true,
    };
    let person = garita_travel_authorization::domain::BeneficiaryInput {
        given: "Marie".into(),
        family: "Joseph".into(),
        born_day: "4".into(),
        born_month: "5".into(),
        born_year: "1990".into(),
        nationality: "HT".into(),
        email: "marie@example.com".into(),
        language: "ht".into(),
        relationship: "sibling".into(),
        guardian: String::new(),
    };
    let filed = ta
        .file(&winner, "chnv", &supporter, &[person], &Default::default())
        .await
        .unwrap();
    assert!(matches!(
        filed,
        garita_travel_authorization::app::Filed::Saved(_)
    ));
    let invitation = w
        .services
        .store
        .claim_messages(w.services.now(), 60_000, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "ta-invited")
        .find_map(|m| w.services.open_payload(&m.payload_sealed))
        .and_then(|p| p.code)
        .unwrap();
    let beneficiary = ta.claim(&winner, &invitation).await.unwrap().remove(0);
    let confirmation = garita_travel_authorization::domain::ConfirmInput {
        attestations: vec!["truthful".into(), "vaccinations".into(), "own-travel".into()],
        mrz: "P<HTIJOSEPH<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<HA12345677HTI9005042F3104150<<<<<<<<<<<<<<<8"
            .into(),
        ..Default::default()
    };
    let here = garita_domain::geofence::Position::new(18.5392, -72.3364, 30.0).ok();
    ta.confirm(
        &winner,
        &beneficiary,
        &confirmation,
        here,
        &crate::common::face("obama-1.jpg"),
        None,
        None,
    )
    .await
    .unwrap();
    ta.decide("adjudicator", &beneficiary, true).await.unwrap();
    let parole = garita_travel_authorization::app::Parole {
        port: "MIA".into(),
        admission_number: garita_domain::outcome::AdmissionNumber::parse("123456789B1").unwrap(),
        class: garita_domain::outcome::AdmissionClass::parse("DT").unwrap(),
        until: arrival + chrono::Days::new(730),
    };
    ta.arrive("officer", &beneficiary, &parole).await.unwrap();

    // An intent to depart: vetted, its travel arranged, one departure by land.
    let dep = garita_departure::app::Departure::on(&w.services);
    let intent = garita_departure::domain::IntentInput {
        destination: "MX".into(),
        travel_help: true,
        understood: true,
        travellers: vec![garita_departure::domain::TravellerInput {
            given: "Inés".into(),
            family: "Rojas".into(),
            born: "1988-04-04".into(),
            citizenship: "MX".into(),
            a_number: String::new(),
            document_kind: "passport".into(),
            document_country: "MX".into(),
            document_number: "G12345678".into(),
        }],
        ..Default::default()
    };
    let garita_departure::app::Filed::Saved(leaving) = dep.file(&winner, &intent).await.unwrap()
    else {
        panic!("filed");
    };
    dep.vet("adjudicator", &leaving).await.unwrap();
    let travel_day = (arrival + chrono::Days::new(30)).to_string();
    dep.arrange(
        "adjudicator",
        &leaving,
        &travel_day,
        "Autobuses del Norte",
        "Houston",
    )
    .await
    .unwrap()
    .unwrap();
    let challenge = dep.challenge(&winner, &leaving, 0).await.unwrap().unwrap();
    let frames = crate::common::frames_for(&challenge.steps, false);
    let gone = dep
        .depart_by_land(
            &winner,
            &leaving,
            0,
            garita_domain::geofence::Position::new(32.49, -117.005, 20.0).unwrap(),
            &frames[0].clone(),
            Some((&challenge.token, frames)),
        )
        .await
        .unwrap();
    assert_eq!(gone, garita_departure::app::Land::Recorded);

    // A bus carrier asks to join: its admin's address waits sealed for a decision.
    let joining = garita_kernel::organizations::Application {
        organization: garita_kernel::organizations::NewOrganization {
            name: "Autobuses Fronterizos",
            kind: "carrier",
            city: "Tijuana",
            contact: "Av. Revolución 1",
        },
        email: "lead@fronterizos.example",
        locale: garita_i18n::Locale::Es,
    };
    assert_eq!(
        w.services.apply_for_organization(&joining).await.unwrap(),
        garita_kernel::organizations::Applied::Received
    );

    // A bus carrier's trip: each person on it sealed.
    crate::manifests::carrier(&w.services, "Autobuses del Norte").await;
    let sent = garita_manifests::app::Manifests::on(&w.services)
        .send(
            "Autobuses del Norte",
            garita_manifests::app::By::Token("t"),
            &crate::manifests::trip("ADN-1"),
            &[(2, garita_manifests::synthetic::people(1).remove(0))],
            vec![],
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sent.manifest.people, 1);

    // A broker's cargo inspection: its shipment sealed.
    crate::common::organization(&w.services, crate::inspections::BROKER, "broker").await;
    let inspections = garita_inspections::app::Inspections::on(&w.services);
    crate::inspections::open_two_slots(&inspections).await;
    inspections
        .request(
            crate::inspections::BROKER,
            garita_inspections::app::By::Token("t"),
            &crate::inspections::request("2027-01-16T09:00"),
        )
        .await
        .unwrap()
        .unwrap();
    // A traveller's declaration at an airport: what is declared and the permit's scan sealed.
    garita_inspections::declarations::app::Declarations::on(&w.services)
        .declare(
            &winner,
            &garita_inspections::declarations::domain::DeclarationRow {
                port: "IAH".into(),
                arrives_on: "2027-01-20".into(),
                travel: "AM 2070".into(),
                items: vec![garita_inspections::declarations::domain::ItemRow {
                    kind: "seeds".into(),
                    description: "Maize seeds".into(),
                    quantity: "1 kg".into(),
                    origin: "MX".into(),
                }],
                permits: vec![garita_inspections::declarations::domain::PermitRow {
                    issuer: "USDA APHIS".into(),
                    number: "P37-2027-77".into(),
                    expiry: "2027-12-31".into(),
                }],
            },
            &[b"%PDF-1.7\n".to_vec()],
        )
        .await
        .unwrap()
        .unwrap();

    // Every sealed column holds something to rotate: an empty one would pass unchecked.
    for &column in &w.services.sealed_columns {
        assert!(
            !w.services
                .store
                .sealed_values(*column)
                .await
                .unwrap()
                .is_empty(),
            "{}.{} has no value to rotate in this test",
            column.table,
            column.column
        );
    }

    let second = w.with_generation(2);
    // The operator sees how far it has got: counts that only grow, up to all of them.
    let heard = std::sync::Mutex::new(vec![]);
    let report = second
        .reseal_all(|done, total| heard.lock().unwrap().push((done, total)))
        .await
        .unwrap();
    let heard = heard.into_inner().unwrap();
    let total = report.resealed + report.already_current;
    assert_eq!(heard.last(), Some(&(total, total)));
    assert!(
        heard
            .windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 == total)
    );
    assert!(
        report.resealed >= w.services.sealed_columns.len(),
        "{report:?}"
    );
    for &column in &w.services.sealed_columns {
        for value in w.services.store.sealed_values(*column).await.unwrap() {
            assert_eq!(
                Keys::generation_of(&value),
                Some(2),
                "{}.{}",
                column.table,
                column.column
            );
        }
    }
    // Everything reads back the same under the new generation.
    let ta = garita_travel_authorization::app::TravelAuthorization::on(&second);
    let mine = ta.mine(&winner).await.unwrap();
    assert_eq!(mine[0].parole.as_ref(), Some(&parole), "the parole opens");
    assert!(mine[0].confirmed.is_some(), "the confirmation opens");
    assert_eq!(second.registration(&id).await.unwrap().unwrap(), before);
    assert_eq!(
        second
            .email_of(&second.store.account(&id).await.unwrap().unwrap())
            .unwrap(),
        "ines@example.org"
    );
    assert!(
        second
            .own_photo(&id, &traveller_id)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(second.registration_history(&id).await.unwrap().len(), 1);
    let live = second
        .desk_photo(&officer, "SYS", &appointment.id, travelling, true)
        .await
        .unwrap()
        .unwrap();
    assert!(live.starts_with(&[0xFF, 0xD8]), "the live photo opens");
    let intake = second
        .intake(&officer, "SYS", &appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        intake.travellers[0].note.as_deref(),
        Some("speaks Garifuna")
    );
    assert_eq!(
        intake.travellers[0].history[1].reason.as_deref(),
        Some("a longer parole")
    );
    // Nothing is left on the old key, so a second run does nothing.
    let evidence = second
        .case_evidence(&first_reviewer, &case.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (evidence.reason.as_deref(), evidence.statement.as_deref()),
        (Some("first look"), Some("my statement"))
    );
    let again = second.reseal_all(|_, _| {}).await.unwrap();
    assert_eq!(again.resealed, 0);
    // The old generation alone cannot open the new values.
    assert!(w.services.registration(&id).await.is_err());
}

#[tokio::test]
async fn every_sealed_column_of_the_schema_is_on_a_rotation_list() {
    // A column named `*_sealed` that no list (the platform's or a service's) names would stay
    // on its old key after `garita admin rotate-key`; a listed one that does not exist would
    // fail it.
    let listed: std::collections::BTreeSet<(String, String)> =
        garita_kernel::sealed_columns(&crate::common::BUILD.kernel_parts())
            .into_iter()
            .map(|c| (c.table.to_string(), c.column.to_string()))
            .collect();
    for db in garita_testkit::all_backends().await {
        let keys = Keys::from_master(&Keys::generate_master()).unwrap();
        let store = crate::common::BUILD
            .open_store(&db.url, &keys)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let in_schema: std::collections::BTreeSet<(String, String)> = store
            .sealed_columns_in_schema()
            .await
            .unwrap()
            .into_iter()
            .collect();
        assert_eq!(
            in_schema, listed,
            "{}: schema and rotation lists differ",
            db.backend
        );
    }
}
