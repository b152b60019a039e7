//! The programme admins' operations page over HTTP: an incident declared and ended, and an
//! appointment cancelled by its confirmation number (its group told once, its proof checking as
//! cancelled), with what cannot be done said plainly.

use crate::web::common;

use common::{TestApp, csrf};
use garita_appointments::app::proofs::Verdict;
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Role};
use reqwest::StatusCode;
use std::sync::atomic::Ordering;

const HOUR: i64 = 3_600_000;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[tokio::test]
async fn an_admin_declares_and_ends_an_incident_and_cancels_an_appointment_by_its_number() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let a = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let account = app.store.account(&a).await.unwrap().unwrap();
    let traveller = app
        .services
        .registration(&a)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();
    app.services
        .submit_photo(&account, &a, &traveller, &fixture("portrait-3.jpg"))
        .await
        .unwrap();
    app.services
        .request_appointment(
            &a,
            &PortCode::parse("SYS").unwrap(),
            here,
            "c",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap();
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    let date = "2027-01-15".parse().unwrap();
    app.services.run_draw(date).await.unwrap();
    app.services.publish_day(date, None).await.unwrap();
    app.services
        .confirm_traveller(
            &account,
            &a,
            &traveller,
            Some(here),
            &fixture("portrait-1.jpg"),
        )
        .await
        .unwrap();
    let (appointment, port) = app
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let number = appointment.confirmation_number.clone().unwrap();
    let token = app.services.proof_token(&appointment, &port).unwrap();

    let admin = app
        .staff("ops@garita.example", Role::ProgrammeAdmin, None)
        .await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin, "/staff/programme").await;
    let post = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let mut form = vec![("csrf", csrf(&page))];
        form.extend(fields);
        admin.post(app.url(path)).form(&form).send()
    };

    // An incident: a reason first, then declared once, then ended.
    let no_reason = post("/staff/programme/incident", vec![]).await.unwrap();
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let declared = post(
        "/staff/programme/incident",
        vec![("reason", "SMS gateway down".into())],
    )
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert!(declared.contains("SMS gateway down") && declared.contains("/incident/end"));
    let again = post(
        "/staff/programme/incident",
        vec![("reason", "again".into())],
    )
    .await
    .unwrap();
    assert_eq!(
        again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "one at a time"
    );
    let ended = post("/staff/programme/incident/end", vec![]).await.unwrap();
    assert_eq!(ended.status(), StatusCode::SEE_OTHER);
    assert!(
        !app.page(&admin, "/staff/programme")
            .await
            .contains("/incident/end")
    );

    // Cancelling: an unknown number and a missing reason change nothing.
    let unknown = post(
        "/staff/programme/cancel",
        vec![
            ("number", "GRT-0000-0000".into()),
            ("reason", "programme ends".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let no_reason = post("/staff/programme/cancel", vec![("number", number.clone())])
        .await
        .unwrap();
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(matches!(
        app.services.verify_token(&token).await.unwrap(),
        Verdict::Genuine(_)
    ));
    let cancelled = post(
        "/staff/programme/cancel",
        vec![
            ("number", number.to_lowercase()),
            ("reason", "programme ends".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(cancelled.status(), StatusCode::OK);
    assert!(matches!(
        app.services.verify_token(&token).await.unwrap(),
        Verdict::Cancelled(_)
    ));
    let twice = post(
        "/staff/programme/cancel",
        vec![
            ("number", number.clone()),
            ("reason", "programme ends".into()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(
        twice.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not standing any more"
    );
    let told = app
        .store
        .messages_of(&a)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.kind == "cancelled")
        .count();
    assert_eq!(told, 1, "the group is told once");
}
