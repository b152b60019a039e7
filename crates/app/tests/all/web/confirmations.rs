//! Confirming over HTTP: the status page's countdown and links, the confirmation form (position
//! and photo in one multipart form), a refusal that says what to do, and the group confirmed.

use crate::web::common;

use common::{TestApp, csrf};
use std::sync::atomic::Ordering;

const HOUR: i64 = 3_600_000;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn post_confirm(
    app: &TestApp,
    browser: &reqwest::Client,
    traveller: &str,
    at: (&str, &str),
    photo: Vec<u8>,
) -> reqwest::Response {
    let path = format!("/status/travellers/{traveller}/confirm");
    let page = app.page(browser, &path).await;
    assert!(page.contains("enctype=\"multipart/form-data\""));
    assert!(page.contains("name=\"latitude\""));
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf(&page))
        .text("latitude", at.0.to_string())
        .text("longitude", at.1.to_string())
        .text("accuracy", "12")
        .part(
            "photo",
            reqwest::multipart::Part::bytes(photo)
                .file_name("photo.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    browser
        .post(app.url(&path))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// The same form as `camera.js` sends it after the page's liveness challenge: one frame per pose
/// the page asked for, the first also as the photo, and the challenge's token.
async fn post_live(app: &TestApp, browser: &reqwest::Client, traveller: &str) -> reqwest::Response {
    let path = format!("/status/travellers/{traveller}/confirm");
    let page = app.page(browser, &path).await;
    let attribute = |start: &str| {
        let rest = &page[page
            .find(start)
            .unwrap_or_else(|| panic!("{start}: {page}"))
            + start.len()..];
        rest[..rest.find('"').unwrap()].to_string()
    };
    let steps: Vec<garita_faces::liveness::Pose> = attribute("data-liveness-steps=\"")
        .split(',')
        .map(|s| garita_faces::liveness::Pose::parse(s).unwrap())
        .collect();
    assert!(page.contains("data-liveness-left=\"Now turn your head slowly to your left.\""));
    let token = attribute("name=\"challenge\" value=\"");
    let frames = crate::common::frames_for(&steps, false);
    let jpeg = |bytes: Vec<u8>, name: &str| {
        reqwest::multipart::Part::bytes(bytes)
            .file_name(name.to_string())
            .mime_str("image/jpeg")
            .unwrap()
    };
    let mut form = reqwest::multipart::Form::new()
        .text("csrf", csrf(&page))
        .text("latitude", "32.5412")
        .text("longitude", "-117.0293")
        .text("accuracy", "12")
        .text("challenge", token)
        .part("photo", jpeg(frames[0].clone(), "camera.jpg"));
    for (i, f) in frames.into_iter().enumerate() {
        form = form.part("frame", jpeg(f, &format!("frame{i}.jpg")));
    }
    browser
        .post(app.url(&path))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_group_confirms_from_its_status_page() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let a = app.winner(&time, 0, 2).await;
    time.fetch_add(HOUR + 30 * 60_000, Ordering::SeqCst);

    let browser = app.signed_in(&a, Some("en")).await;
    let page = app.page(&browser, "/status").await;
    assert!(page.contains("Confirm your appointment"), "{page}");
    assert!(
        page.contains("Time left: 21 h 30 min."),
        "correct without JavaScript"
    );
    assert!(page.contains("data-deadline="));
    let c = app.services.confirmation(&a).await.unwrap().unwrap();
    let (one, two) = (&c.travellers[0].id, &c.travellers[1].id);
    assert!(page.contains(&format!("/status/travellers/{one}/confirm")));

    // From Guatemala: refused kindly, with where and how far.
    let r = post_confirm(
        &app,
        &browser,
        one,
        ("14.6349", "-90.5069"),
        fixture("portrait-1.jpg"),
    )
    .await;
    assert_eq!(r.status(), 200);
    let text = r.text().await.unwrap();
    assert!(text.contains("outside Mexico"), "{text}");
    // Without a face: what to do differently.
    let r = post_confirm(
        &app,
        &browser,
        one,
        ("32.5412", "-117.0293"),
        fixture("three-people.jpg"),
    )
    .await;
    let text = r.text().await.unwrap();
    assert!(text.contains("You can try 2 more times"), "{text}");

    // One with the phone's camera through the file input: a still, which a person looks at;
    // one with the camera in the page, which passes.
    let account = app.store.account(&a).await.unwrap().unwrap();
    app.services
        .submit_photo(&account, &a, one, &crate::common::face("obama-1.jpg"))
        .await
        .unwrap()
        .expect("a registration photo");
    let r = post_confirm(
        &app,
        &browser,
        one,
        ("32.5412", "-117.0293"),
        crate::common::face("obama-2.jpg"),
    )
    .await;
    assert_eq!(r.status(), 303);
    let r = post_live(&app, &browser, two).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/status");
    let page = app.page(&browser, "/status").await;
    assert!(page.contains("a person is checking the photo"), "{page}");
    assert!(!page.contains("Your appointment is confirmed"));

    // The reviewer's queue: the still beside the registration photo, the reason, the distance.
    let admin = app
        .staff(
            "admin@garita.example",
            garita_domain::Role::ProgrammeAdmin,
            None,
        )
        .await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let queue = app.page(&admin, "/staff/reviews/confirmations").await;
    let path = format!("/staff/reviews/confirmations/{}/{one}", c.appointment.id);
    assert!(queue.contains(&format!("src=\"{path}\"")), "{queue}");
    assert!(queue.contains(&format!("src=\"{path}/registration\"")));
    assert!(queue.contains("was sent without the camera"), "{queue}");
    assert!(queue.contains("the faces lie 0.4"), "{queue}");
    for photo in [path.clone(), format!("{path}/registration")] {
        let r = admin.get(app.url(&photo)).send().await.unwrap();
        assert_eq!(r.headers()["content-type"], "image/jpeg", "{photo}");
    }
    let form = [("csrf", csrf(&queue)), ("decision", "accept".into())];
    let r = admin.post(app.url(&path)).form(&form).send().await.unwrap();
    assert_eq!(r.status(), 303);
    let page = app.page(&browser, "/status").await;
    assert!(page.contains("Your appointment is confirmed"), "{page}");
    assert!(!page.contains("Confirm your appointment"));
    let confirm = browser
        .get(app.url(&format!("/status/travellers/{one}/confirm")))
        .send()
        .await
        .unwrap();
    assert_eq!(confirm.status(), 404, "nothing left to confirm");

    // The printable confirmation: number, QR code, and the token as text.
    let page = app.page(&browser, "/status/confirmation").await;
    let number = page
        .split("GRT-")
        .nth(1)
        .map(|r| format!("GRT-{}", &r[..9]))
        .unwrap();
    assert!(page.contains("<svg"), "a QR code");
    assert!(
        page.contains(&format!(
            "<p class=\"codes\" dir=\"ltr\"><code>{number}</code></p>"
        )),
        "one number is not a numbered list: {page}"
    );
    let token = page
        .split("GC1.")
        .nth(1)
        .map(|r| format!("GC1.{}", r.split('<').next().unwrap()))
        .unwrap();

    // Anyone can check it, signed in or not.
    let app = &app;
    let anyone = app.browser();
    let check = |token: String| async move { app.verify(&token).await };
    let answer = check(token.clone()).await;
    assert!(
        answer.contains(&format!("Genuine: confirmation {number}")),
        "{answer}"
    );
    let tampered = token.replacen("GC1.e", "GC1.f", 1);
    assert!(
        check(tampered.clone())
            .await
            .contains("role=\"alert\">Not genuine"),
        "the verdict itself, not the words kept for the offline check"
    );
    // An empty box is asked to be filled, not called a forgery.
    let empty = check("  ".into()).await;
    assert!(
        empty.contains("role=\"alert\">Nothing to check yet")
            && !empty.contains("role=\"alert\">Not genuine"),
        "{empty}"
    );
    let api = |token: String| {
        let anyone = anyone.clone();
        async move {
            let r = anyone
                .post(app.url("/api/v1/verify"))
                .json(&serde_json::json!({ "token": token }))
                .send()
                .await
                .unwrap();
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let answer = api(token).await;
    assert_eq!(answer["result"], "genuine");
    assert_eq!(answer["confirmation"]["number"], number.as_str());
    assert_eq!(api(tampered).await["result"], "not-genuine");
    let keys: serde_json::Value = anyone
        .get(app.url("/.well-known/garita-keys.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(keys["keys"][0]["status"], "current");

    // The group cannot come after all: it gives the appointment up from its status page.
    let page = app.page(&browser, "/status").await;
    assert!(page.contains("action=\"/status/cancel\""));
    let id = page
        .split("name=\"appointment\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let other = app.browser();
    let refused = other
        .post(app.url("/status/cancel"))
        .form(&[
            ("csrf", csrf(&app.page(&other, "/verify").await)),
            ("appointment", id.clone()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        refused.status(),
        303,
        "signed out: to sign in, nothing cancelled"
    );
    let r = browser
        .post(app.url("/status/cancel"))
        .form(&[("csrf", csrf(&page)), ("appointment", id)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let page = app.page(&browser, "/status").await;
    assert!(page.contains("Your appointment is cancelled"), "{page}");
    let answer = check(token_again(app, &number).await).await;
    assert!(answer.contains("the appointment was cancelled"), "{answer}");
}

/// The token of a confirmation, as Garita would sign it again (for the check after cancelling).
async fn token_again(app: &TestApp, number: &str) -> String {
    let a = app
        .store
        .appointment_by_number(number)
        .await
        .unwrap()
        .unwrap();
    let port = app
        .store
        .list_ports()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.code.as_str() == a.port_code)
        .unwrap();
    app.services.proof_token(&a, &port).unwrap()
}

#[tokio::test]
async fn failing_confirmation_pages_are_recorded_as_a_degraded_period() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000).await;
    let a = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let browser = app.signed_in(&a, Some("en")).await;
    assert_eq!(
        browser
            .get(app.url("/status"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // The database loses a table the status page reads: every answer is a server error.
    let db = sqlx::SqlitePool::connect(&app.db.url).await.unwrap();
    sqlx::query("ALTER TABLE outbox RENAME TO broken")
        .execute(&db)
        .await
        .unwrap();
    let began = time.load(Ordering::SeqCst) + 1_000;
    for _ in 0..5 {
        time.fetch_add(1_000, Ordering::SeqCst);
        let r = browser.get(app.url("/status")).send().await.unwrap();
        assert_eq!(r.status(), 500);
    }
    let periods = wait_for_periods(&app, |p| !p.is_empty()).await;
    assert_eq!(periods[0].source, "measured");
    assert!(periods[0].ended_at.is_none());
    assert_eq!(periods[0].started_at, began, "from the first failure");

    // Repaired; five minutes of good answers end it.
    sqlx::query("ALTER TABLE broken RENAME TO outbox")
        .execute(&db)
        .await
        .unwrap();
    time.fetch_add(6 * 60_000, Ordering::SeqCst);
    assert_eq!(
        browser
            .get(app.url("/status"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let periods = wait_for_periods(&app, |p| p.iter().all(|p| p.ended_at.is_some())).await;
    assert_eq!(periods.len(), 1);
}

async fn wait_for_periods(
    app: &TestApp,
    done: impl Fn(&[garita_appointments::store::outages::DegradedPeriod]) -> bool,
) -> Vec<garita_appointments::store::outages::DegradedPeriod> {
    for _ in 0..100 {
        let periods = app.store.periods_since(0).await.unwrap();
        if done(&periods) {
            return periods;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the degraded period was not recorded as expected")
}
