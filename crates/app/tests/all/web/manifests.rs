//! Bus manifests over HTTP: a carrier's admin makes an API token for its dispatch system; the
//! system sends 60 people with 3 bad rows (57 stored, 3 named with their place and field), the
//! same trip again (stored once), reads it back, and is refused once the token is revoked; a
//! person's own bearer token is not an organisation's. On the page, in Spanish, a CSV with one
//! bad row is stored without it and the row named, then the fixed file corrects the trip. An
//! officer at the port sees the board, opens the manifest and marks the bus arrived, after
//! which the carrier's system can no longer change it.

use crate::manifests::{carrier, sixty_with_three_bad, trip};
use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use garita_manifests::synthetic;
use reqwest::StatusCode;
use serde_json::{Value, json};

const CARRIER: &str = "Test organisation";

fn body(trip_id: &str, people: &[garita_manifests::domain::PersonRow]) -> Value {
    let mut body = serde_json::to_value(trip(trip_id)).unwrap();
    body["people"] = serde_json::to_value(people).unwrap();
    body
}

#[tokio::test]
async fn a_carrier_sends_corrects_and_the_port_receives_a_manifest() {
    let (app, _time) = TestApp::spawn_at(1_800_000_000_000).await;
    carrier(&app.services, CARRIER).await;
    let admin = app
        .staff("dispatch@adn.example", Role::OrganizationAdmin, None)
        .await;
    let admin = app.signed_in(&admin, Some("en")).await;

    // The organisation's admin makes a token for its dispatch system: shown once.
    let page = app.page(&admin, "/staff/organization").await;
    assert!(page.contains("Tokens for your systems"), "{page}");
    let made = admin
        .post(app.url("/staff/organization/tokens"))
        .form(&[("csrf", csrf(&page)), ("label", "dispatch system".into())])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), StatusCode::OK);
    let made = made.text().await.unwrap();
    let token = common::shown_code(&made);
    assert!(token.starts_with("garita_org_"));
    let again = app.page(&admin, "/staff/organization").await;
    assert!(!again.contains(&token), "shown once");
    assert!(again.contains("dispatch system"));

    let api = reqwest::Client::new();
    let send = |b: Value| {
        api.post(app.url("/api/v1/manifests"))
            .bearer_auth(&token)
            .json(&b)
            .send()
    };
    let sent = send(body("ADN-1", &sixty_with_three_bad())).await.unwrap();
    assert_eq!(sent.status(), StatusCode::CREATED);
    let sent: Value = sent.json().await.unwrap();
    assert_eq!(sent["people"], 57);
    assert_eq!(sent["change"], "created");
    let named: Vec<(u64, &str)> = sent["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["line"].as_u64().unwrap(), p["field"].as_str().unwrap()))
        .collect();
    // Places in `people`, from 1.
    assert_eq!(
        named,
        vec![
            (4, "document_expiry"),
            (19, "citizenship"),
            (40, "us_address")
        ]
    );
    let again = send(body("ADN-1", &sixty_with_three_bad())).await.unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    let again: Value = again.json().await.unwrap();
    assert_eq!(
        (again["change"].as_str(), again["version"].as_i64()),
        (Some("unchanged"), Some(1))
    );
    let read: Value = api
        .get(app.url("/api/v1/manifests/ADN-1"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (read["status"].as_str(), read["people"].as_i64()),
        (Some("expected"), Some(57))
    );
    // A trip with a wrong port stores nothing and names the field.
    let mut wrong = body("ADN-2", &synthetic::people(2));
    wrong["port"] = json!("XXX");
    let refused = send(wrong).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("port"));
    // A person's own session token is not an organisation's.
    let person = app.services.synthetic_applicant(0, 1).await.unwrap();
    let personal = api
        .post(app.url("/api/v1/manifests"))
        .bearer_auth(&person.token)
        .json(&body("ADN-3", &synthetic::people(2)))
        .send()
        .await
        .unwrap();
    assert_eq!(personal.status(), StatusCode::UNAUTHORIZED);

    // On the page, in Spanish: a CSV with one bad row, then fixed.
    let es_admin = app
        .signed_in(
            &app.store
                .staff_accounts()
                .await
                .unwrap()
                .into_iter()
                .find(|a| a.grant.role == Role::OrganizationAdmin)
                .unwrap()
                .id,
            Some("es"),
        )
        .await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let es = |key: &str| i18n.text(garita_i18n::Locale::Es, key);
    let upload = |rows: Vec<garita_manifests::domain::PersonRow>, page: String| {
        let t = trip("ADN-WEB");
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf(&page))
            .text("trip_id", t.trip_id)
            .text("bus_plate", t.bus_plate)
            .text("bus_number", t.bus_number)
            .text("origin", t.origin)
            .text("port", t.port)
            .text("arrives_at", t.arrives_at)
            .part(
                "people",
                reqwest::multipart::Part::text(synthetic::csv(&rows))
                    .file_name("manifest.csv")
                    .mime_str("text/csv")
                    .unwrap(),
            );
        es_admin.post(app.url("/manifests")).multipart(form).send()
    };
    let list = app.page(&es_admin, "/manifests").await;
    assert!(list.contains("ADN-1"), "the API's trip is listed");
    let mut rows = synthetic::people(12);
    rows[1].document_expiry = "2027-01-01".into();
    let stored = upload(rows, list).await.unwrap();
    assert_eq!(stored.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stored = stored.text().await.unwrap();
    assert!(
        stored.contains(&common::html_escape(&es("manifest-problem-expired"))),
        "{stored}"
    );
    assert!(stored.contains("document_expiry"));
    let list = app.page(&es_admin, "/manifests/trips/ADN-WEB").await;
    let fixed = upload(synthetic::people(12), list).await.unwrap();
    assert_eq!(fixed.status(), StatusCode::OK);
    assert!(fixed.text().await.unwrap().contains("12"));
    let csv = app.page(&es_admin, "/manifests/template.csv").await;
    assert!(csv.starts_with("role,family_name,given_names,birth_date"));
    // Others read what the page is for, and may not see a carrier's trips.
    let applicant = app.signed_in(&person.account_id, None).await;
    let about = app.page(&applicant, "/manifests").await;
    assert!(about.contains("/organizations/apply") && !about.contains("ADN-1"));
    let forbidden = applicant
        .get(app.url("/manifests/trips/ADN-1"))
        .send()
        .await
        .unwrap();
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);

    // The officer at El Paso: the board, the manifest (audited), the bus arrived.
    let officer = app.staff("o@cbp.example", Role::Officer, Some("ELP")).await;
    let officer = app.signed_in(&officer, Some("en")).await;
    let board = app.page(&officer, "/staff/ports/ELP/manifests").await;
    assert!(board.contains(CARRIER) && board.contains("57"), "{board}");
    let id = sent["id"].as_str().unwrap();
    let opened = app
        .page(&officer, &format!("/staff/ports/ELP/manifests/{id}"))
        .await;
    assert!(
        opened.contains(&synthetic::people(2)[1].family_name),
        "{opened}"
    );
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "manifests.opened"));
    let arrived = officer
        .post(app.url(&format!("/staff/ports/ELP/manifests/{id}/arrived")))
        .form(&[("csrf", csrf(&opened))])
        .send()
        .await
        .unwrap();
    assert_eq!(arrived.status(), StatusCode::OK);
    let closed = send(body("ADN-1", &synthetic::people(60))).await.unwrap();
    assert_eq!(closed.status(), StatusCode::CONFLICT);

    // The token revoked: it no longer works.
    let page = app.page(&admin, "/staff/organization").await;
    let revoke = page
        .split("action=\"/staff/organization/tokens/")
        .nth(1)
        .and_then(|t| t.split('"').next())
        .unwrap()
        .to_string();
    let revoked = admin
        .post(app.url(&format!("/staff/organization/tokens/{revoke}")))
        .form(&[("csrf", csrf(&page))])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::OK);
    assert!(revoked.text().await.unwrap().contains("revoked"));
    let after = api
        .get(app.url("/api/v1/manifests/ADN-1"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}
