//! The daily request over HTTP (API and page) and the public draw pages.

use crate::web::common;

use common::TestApp;
use serde_json::{Value, json};

fn body(client_id: &str, lat: f64, lon: f64) -> Value {
    json!({"port": "nog", "latitude": lat, "longitude": lon, "accuracy_m": 20.0, "client_request_id": client_id})
}

#[tokio::test]
async fn requests_through_the_api_are_idempotent_and_refusals_say_why() {
    let app = TestApp::spawn_in_window().await;
    let a = app.services.synthetic_applicant(1, 2).await.unwrap();
    let api = reqwest::Client::new();
    let post = |b: Value, lang: &'static str| {
        api.post(app.url("/api/v1/requests"))
            .bearer_auth(&a.token)
            .header("Accept-Language", lang)
            .json(&b)
            .send()
    };
    // From Guatemala City: refused, in Spanish, saying where and how far.
    let r = post(body("x-1", 14.6349, -90.5069), "es").await.unwrap();
    assert_eq!(r.status(), 422);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["type"], "/problems/outside-area");
    assert_eq!(p["place"]["kind"], "outside_mexico");
    assert!(p["detail"].as_str().unwrap().contains("km"), "{p}");
    assert!(p["distance_km"].as_u64().unwrap() > 5);

    // From Nogales, Sonora: stored; the same id again is the same request.
    let r = post(body("x-2", 31.3316, -110.9418), "en").await.unwrap();
    assert_eq!(r.status(), 201);
    let first: Value = r.json().await.unwrap();
    assert_eq!(first["seats"], 2);
    let r = post(body("x-2", 31.3316, -110.9418), "en").await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.json::<Value>().await.unwrap()["entry_id"],
        first["entry_id"]
    );
    let r = post(body("x-3", 31.3316, -110.9418), "en").await.unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(
        r.json::<Value>().await.unwrap()["type"],
        "/problems/already-requested"
    );
    let rows = app
        .store
        .entries(first["service_date"].as_str().unwrap())
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);

    // Bad input is a clear problem, not a stored request.
    let r = post(body("x-4", 95.0, 0.0), "en").await.unwrap();
    assert_eq!(r.status(), 400);

    // The day's page shows the commitment; the owner sees their own entry id there.
    let date = first["service_date"].as_str().unwrap().to_string();
    let page = app.signed_in(&a.account_id, None).await;
    let html = page
        .get(app.url(&format!("/draws/{date}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let commitment = app.store.day(&date).await.unwrap().unwrap().commitment;
    assert!(html.contains(&commitment));
    // Shown in groups of four that wrap (boxes, not spaces: it copies whole).
    let shown = html.replace("</span><span>", "");
    assert!(
        shown.contains(first["entry_id"].as_str().unwrap()),
        "{html}"
    );
    // The request page says it is done, with the entry id.
    let html = page
        .get(app.url("/request"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // Shown in groups of four that wrap (boxes, not spaces: it copies whole).
    let shown = html.replace("</span><span>", "");
    assert!(
        shown.contains(first["entry_id"].as_str().unwrap()),
        "{html}"
    );
    // The entry list is not out while the day is open.
    let r = reqwest::get(app.url(&format!("/draws/{date}/entries.txt")))
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn the_request_form_without_a_position_explains_and_stores_nothing() {
    let app = TestApp::spawn_in_window().await;
    let a = app.services.synthetic_applicant(2, 1).await.unwrap();
    let page = app.signed_in(&a.account_id, Some("ht")).await;
    let html = page
        .get(app.url("/request"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("/static/request.js"));
    // Without a script the form could send no position: it is hidden until the script shows it,
    // and the page says why, what to do, and where a helper is.
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let form = html.find("action=\"/request\"").unwrap();
    let section = html[..form].rfind("<section").unwrap();
    assert!(
        html[section..form].contains("data-needs-script hidden"),
        "{html}"
    );
    let without = i18n.text(garita_i18n::Locale::Ht, "location-without-script");
    let without = html
        .find(&common::html_escape(&without))
        .expect("the words without a script");
    let section = html[..without].rfind("<section").unwrap();
    assert!(
        html[section..without].contains("data-without-script"),
        "{html}"
    );
    assert!(html[without..].contains("href=\"/help\""), "{html}");
    let csrf = common::csrf(&html);
    let request_id = html
        .split("name=\"request_id\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let html = page
        .post(app.url("/request"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("request_id", &request_id),
            ("port", "SYS"),
            ("latitude", ""),
            ("longitude", ""),
            ("accuracy", ""),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected = i18n.text(garita_i18n::Locale::Ht, "request-needs-location");
    assert!(html.contains(&common::html_escape(&expected)), "{html}");
    let refusal = html.find("form-error").unwrap();
    assert!(
        html[refusal..].contains("href=\"/help\""),
        "a helper is one tap away: {html}"
    );
    let date = app
        .services
        .draws
        .window
        .service_date(chrono::Utc::now())
        .to_string();
    assert!(app.store.entries(&date).await.unwrap().is_empty());
    // With a position in Tijuana, the same form is accepted.
    let html = page
        .post(app.url("/request"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("request_id", &request_id),
            ("port", "SYS"),
            ("latitude", "32.5412"),
            ("longitude", "-117.0293"),
            ("accuracy", "10"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(app.store.entries(&date).await.unwrap().len(), 1, "{html}");
    // What comes next: when the draw runs and where the result shows.
    let next = i18n.text(garita_i18n::Locale::Ht, "request-next");
    let next = common::html_escape(next.split('{').next().unwrap().trim());
    assert!(html.contains(&next), "{html}");
    assert!(html.contains("href=\"/status\""), "{html}");
}

/// What the public pages of one day answer: each path's status, and the day page's body.
async fn public_pages(app: &TestApp, date: &str) -> (Vec<(String, u16)>, String) {
    let mut codes = vec![];
    for path in [
        "/draws".to_string(),
        "/statistics".to_string(),
        "/api/v1/draws".to_string(),
        format!("/draws/{date}"),
        format!("/api/v1/draws/{date}"),
        format!("/draws/{date}/entries.txt"),
        format!("/draws/{date}/record.json"),
    ] {
        let r = reqwest::get(app.url(&path)).await.unwrap();
        codes.push((path, r.status().as_u16()));
    }
    let page = reqwest::get(app.url(&format!("/draws/{date}")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    (codes, page)
}

/// Three made-up groups of one ask for San Ysidro from Tijuana.
async fn three_ask(services: &garita_appointments::app::Appointments) {
    let sys = garita_domain::PortCode::parse("SYS").unwrap();
    let tijuana = garita_domain::geofence::Position::new(32.5412, -117.0293, 15.0).unwrap();
    for n in 0..3 {
        let a = services.synthetic_applicant(n, 1).await.unwrap();
        let channel = garita_appointments::app::draws::Channel::Web;
        services
            .request_appointment(&a.account_id, &sys, tijuana, "c", channel)
            .await
            .unwrap();
    }
}

fn codes_of(codes: &[(String, u16)]) -> Vec<u16> {
    codes.iter().map(|(_, c)| *c).collect()
}

#[tokio::test]
async fn public_draw_pages_answer_in_every_state() {
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let status = |state: &str| {
        common::html_escape(&i18n.text(garita_i18n::Locale::En, &format!("draws-status-{state}")))
    };
    // A day that does not exist, or is not a date.
    let (app, time) = TestApp::spawn_at(1_800_000_000_000).await;
    let r = reqwest::get(app.url("/draws/2026-02-30")).await.unwrap();
    assert_eq!(r.status(), 404);
    let r = reqwest::get(app.url("/api/v1/draws/2030-01-01"))
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let date = "2027-01-15";
    let day: chrono::NaiveDate = date.parse().unwrap();
    let (codes, _) = public_pages(&app, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 404, 404, 404, 404],
        "{codes:?}"
    );

    // Open: the commitment is public, the list and the record are not yet.
    app.services.open_day(day).await.unwrap();
    let (codes, page) = public_pages(&app, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 200, 200, 404, 404],
        "{codes:?}"
    );
    // Opened before its window: the page says when requests open, not that they are open.
    let opening = i18n.format(
        garita_i18n::Locale::En,
        "draws-status-opening",
        &[
            // Requests open at noon in New York: 11:00 in Mexico City, where the person is
            // taken to be without a zone cookie.
            (
                "time",
                format!(
                    "{} at 11:00\u{202f}AM",
                    garita_i18n::when::stored_date(garita_i18n::Locale::En, date)
                )
                .into(),
            ),
            ("zone", "Mexico City".into()),
        ],
    );
    assert!(
        page.contains(&common::html_escape(&opening)) && !page.contains(&status("open")),
        "{page}"
    );

    // In its window the day says requests are open.
    time.fetch_add(10 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    let (_, page) = public_pages(&app, date).await;
    assert!(page.contains(&status("open")), "{page}");

    // Closed, with entries: the list is public and fixed.
    three_ask(&app.services).await;
    time.fetch_add(12 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    app.services.close_day(day).await.unwrap();
    let (codes, page) = public_pages(&app, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 200, 200, 200, 404],
        "{codes:?}"
    );
    assert!(page.contains(&status("closed")), "{page}");

    // Drawn but not yet published: still no record.
    app.services.run_draw(day).await.unwrap();
    let (codes, page) = public_pages(&app, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 200, 200, 200, 404],
        "{codes:?}"
    );
    assert!(page.contains(&status("drawn")), "{page}");

    // Published: the record too.
    assert!(app.services.publish_day(day, None).await.unwrap());
    let (codes, page) = public_pages(&app, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 200, 200, 200, 200],
        "{codes:?}"
    );
    assert!(page.contains(&status("published")), "{page}");
    // The page names the file as it downloads.
    let file = format!("garita-draw-{date}.json");
    assert!(
        page.contains(&format!("garita draw verify {file}")),
        "{page}"
    );
    let download = reqwest::get(app.url(&format!("/draws/{date}/record.json")))
        .await
        .unwrap();
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains(&file)
    );

    // Held by a failed fairness check (a level at which every check fails): no record until
    // released.
    let (held, time) = TestApp::spawn_at(1_800_000_000_000).await;
    let mut services = held.services.clone();
    services.draws.fairness_alpha = 1e9;
    services.open_day(day).await.unwrap();
    time.fetch_add(10 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    three_ask(&services).await;
    time.fetch_add(12 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    services.close_day(day).await.unwrap();
    services.run_draw(day).await.unwrap();
    assert!(
        !services.publish_day(day, None).await.unwrap(),
        "a held day waits"
    );
    let (codes, page) = public_pages(&held, date).await;
    assert_eq!(
        codes_of(&codes),
        [200, 200, 200, 200, 200, 200, 404],
        "{codes:?}"
    );
    assert!(page.contains(&status("held")), "{page}");
}

#[tokio::test]
async fn a_group_holding_an_appointment_is_told_so_when_it_asks_again() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * 3_600_000).await;
    let a = app.winner(&time, 0, 1).await;
    let token = app
        .services
        .start_session(&a, garita_store::records::SessionKind::Api)
        .await
        .unwrap();
    // The next day's window.
    time.fetch_add(12 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    let body = json!({"port": "sys", "latitude": 32.5412, "longitude": -117.0293, "accuracy_m": 20.0, "client_request_id": "again"});
    let r = reqwest::Client::new()
        .post(app.url("/api/v1/requests"))
        .bearer_auth(&token)
        .header("Accept-Language", "es")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let p: Value = r.json().await.unwrap();
    assert_eq!(p["type"], "/problems/holds-appointment");
    assert_eq!(p["appointment_date"], "2027-01-29");
    assert_eq!(p["port_code"], "SYS");
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains("viernes, 29 de enero de 2027") && detail.contains("cancela"),
        "{detail}"
    );
}
