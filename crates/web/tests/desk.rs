//! The officers' console over HTTP: the day's list, finding by number, the intake with both
//! photos, recording parole; and the same appointment refused to staff of another port.

mod common;

use common::{TestApp, csrf};
use garita_domain::geofence::Position;
use garita_domain::{Email, Grant, PortCode, Role};
use garita_i18n::Locale;
use std::sync::atomic::Ordering;

const HOUR: i64 = 3_600_000;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../app/tests/data/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

async fn officer(app: &TestApp, port: &str) -> String {
    let email = Email::parse(&format!("officer-{port}@cbp.example").to_lowercase()).unwrap();
    let grant = Grant::new(Role::Officer, Some(PortCode::parse(port).unwrap()), None).unwrap();
    app.services
        .create_staff(&email, grant, Locale::En)
        .await
        .unwrap()
        .unwrap();
    let staff = app.store.staff_accounts().await.unwrap();
    staff
        .into_iter()
        .find(|a| a.grant.port.as_ref().is_some_and(|p| p.as_str() == port))
        .unwrap()
        .id
}

#[tokio::test]
async fn an_officer_finds_a_group_sees_both_photos_and_records_parole() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let sys = PortCode::parse("SYS").unwrap();
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let a = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let account = app.store.account(&a).await.unwrap().unwrap();
    let registration = app.services.registration(&a).await.unwrap().unwrap();
    let traveller = registration.travellers[0].id.clone();
    app.services
        .submit_photo(&account, &a, &traveller, &fixture("portrait-3.jpg"))
        .await
        .unwrap();
    app.services
        .request_appointment(&a, &sys, here, "c", garita_app::draws::Channel::Web)
        .await
        .unwrap();
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    let date = "2027-01-15".parse().unwrap();
    app.services.run_draw(date, &[]).await.unwrap();
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
    let appointment = app
        .services
        .status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap()
        .0;
    let number = appointment.confirmation_number.clone().unwrap();

    let at_sys = app.signed_in(&officer(&app, "SYS").await, Some("en")).await;
    let day = app
        .page(&at_sys, "/staff/ports/SYS/day?date=2027-01-29")
        .await;
    assert!(day.contains(&number), "{day}");
    let found = at_sys
        .post(app.url("/staff/ports/SYS/find"))
        .form(&[("csrf", csrf(&day)), ("text", number.to_lowercase())])
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 303);
    let intake_path = found.headers()["location"].to_str().unwrap().to_string();
    let intake = app.page(&at_sys, &intake_path).await;
    for picture in ["/photo\"", "/live-photo\""] {
        assert!(intake.contains(picture), "{picture} in {intake}");
    }
    let photo = at_sys
        .get(app.url(&format!("{intake_path}/travellers/{traveller}/live-photo")))
        .send()
        .await
        .unwrap();
    assert_eq!(photo.headers()["content-type"], "image/jpeg");
    let decided = at_sys
        .post(app.url(&format!("{intake_path}/travellers/{traveller}")))
        .form(&[
            ("csrf", csrf(&intake)),
            ("decision", "paroled".into()),
            ("until", String::new()),
            ("note", "ok".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), 303);
    assert!(
        app.page(&at_sys, &intake_path)
            .await
            .contains("Paroled until 2029-01-")
    );

    // Staff of another port: refused by the path, and not found by number at their own port.
    let at_nog = app.signed_in(&officer(&app, "NOG").await, Some("en")).await;
    let refused = at_nog.get(app.url(&intake_path)).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let elsewhere = intake_path.replace("/SYS/", "/NOG/");
    assert_eq!(
        at_nog
            .get(app.url(&elsewhere))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let nog_day = app.page(&at_nog, "/staff/ports/NOG/day").await;
    let lookup = at_nog
        .post(app.url("/staff/ports/NOG/find"))
        .form(&[("csrf", csrf(&nog_day)), ("text", number)])
        .send()
        .await
        .unwrap();
    assert_eq!(lookup.status(), 200);
    assert!(
        lookup
            .text()
            .await
            .unwrap()
            .contains("No appointment with that number at this port")
    );
}
