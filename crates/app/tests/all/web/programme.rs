//! The programme admins' operations page over HTTP: an incident declared and ended, and an
//! appointment cancelled by its confirmation number (its group told once, its proof checking as
//! cancelled), with what cannot be done said plainly; and a partner organisation's system
//! checking a number by API.

use crate::web::common;

use common::{TestApp, csrf};
use garita_appointments::app::proofs::Verdict;
use garita_domain::Role;
use reqwest::StatusCode;

const HOUR: i64 = 3_600_000;

#[tokio::test]
async fn an_admin_declares_and_ends_an_incident_and_cancels_an_appointment_by_its_number() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let (a, appointment, port) = app.confirmed(&time, 0).await;
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

/// Cancelling a day's appointments programme-wide: what is missing or wrong is said (422,
/// nothing changed), the admin sees how many it cancels before confirming, a double
/// confirmation queues it once, and each group is told once.
#[tokio::test]
async fn an_admin_sees_what_a_decision_cancels_then_confirms_it_and_each_group_is_told_once() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let (a, appointment, _) = app.confirmed(&time, 0).await;
    let day = appointment.appointment_date.clone();
    let admin = app
        .staff("ops@garita.example", Role::ProgrammeAdmin, None)
        .await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin, "/staff/programme").await;
    assert!(page.contains("/staff/programme/withdraw"));
    let post = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let mut form = vec![("csrf", csrf(&page))];
        form.extend(fields);
        admin.post(app.url(path)).form(&form).send()
    };
    let scope = |from: &str, to: &str, reason: &str| {
        vec![
            ("port", "sys".to_string()),
            ("from", from.to_string()),
            ("to", to.to_string()),
            ("reason", reason.to_string()),
        ]
    };

    for (fields, says) in [
        (scope(&day, &day, " "), "Write why first"),
        (
            scope(&day, "2027-01-01", "programme ends"),
            "the last not before",
        ),
        (scope("someday", &day, "programme ends"), "as dates"),
        (
            scope("2030-01-01", "2030-01-02", "programme ends"),
            "No appointment stands",
        ),
    ] {
        let refused = post("/staff/programme/withdraw", fields).await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.text().await.unwrap().contains(says), "{says}");
    }

    let preview = post(
        "/staff/programme/withdraw",
        scope(&day, &day, "programme ends"),
    )
    .await
    .unwrap();
    assert_eq!(preview.status(), StatusCode::OK);
    let preview = preview.text().await.unwrap();
    let said = preview
        .split("One appointment stands at San Ysidro")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("{preview}"));
    assert!(
        said.contains("2027") && !said.contains(&day),
        "in words: {said}"
    );
    let marker = "name=\"decision\" value=\"";
    let start = preview.find(marker).unwrap() + marker.len();
    let decision = preview[start..].split('"').next().unwrap().to_string();
    // Nothing is cancelled before the admin confirms.
    assert_eq!(
        app.store
            .appointment(&appointment.id)
            .await
            .unwrap()
            .unwrap()
            .status,
        "confirmed"
    );
    let mut confirm = scope(&day, &day, "programme ends");
    confirm.push(("decision", decision));
    for _ in 0..2 {
        let started = post("/staff/programme/withdraw/confirm", confirm.clone())
            .await
            .unwrap();
        assert_eq!(started.status(), StatusCode::OK);
        assert!(
            started
                .text()
                .await
                .unwrap()
                .contains("One appointment is being cancelled")
        );
    }
    app.services.run_due_jobs("node").await.unwrap();
    assert_eq!(
        app.store
            .appointment(&appointment.id)
            .await
            .unwrap()
            .unwrap()
            .status,
        "cancelled"
    );
    let told = app
        .store
        .messages_of(&a)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.kind == "withdrawn")
        .count();
    assert_eq!(told, 1, "the group is told once");
    let decisions = app
        .store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "programme.appointments-withdrawn")
        .count();
    assert_eq!(decisions, 1, "confirmed twice, decided once");
}

/// A partner validator's own system checks a confirmation number against a date of birth with
/// an API token: the same yes or no as the page, the organisation's limit, and the checks listed
/// on the page for the organisation.
#[tokio::test]
async fn a_partner_system_checks_a_number_by_api_and_the_organisation_sees_its_history() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let (a, appointment, _) = app.confirmed(&time, 0).await;
    let number = appointment.confirmation_number.clone().unwrap();
    let born = app
        .services
        .registration(&a)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .birth_date
        .date()
        .to_string();
    let partner = app
        .staff("checks@partner.example", Role::PartnerValidator, None)
        .await;
    let token = app
        .services
        .start_session(&partner, garita_store::records::SessionKind::Api)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let ask = |token: String, number: String, born: String| {
        client
            .post(app.url("/api/v1/partner/checks"))
            .bearer_auth(token)
            .json(&serde_json::json!({ "confirmation_number": number, "birth_date": born }))
            .send()
    };
    let yes: serde_json::Value = ask(token.clone(), number.to_lowercase(), born.clone())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(yes["matches"], true);
    let no: serde_json::Value = ask(token.clone(), number.clone(), "1950-01-01".into())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        no,
        serde_json::json!({ "matches": false }),
        "nothing more is said"
    );
    let bad = ask(token.clone(), number.clone(), "01/01/1990".into())
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);

    // Another role's token is refused.
    let officer = app.staff("o@cbp.example", Role::Officer, Some("SYS")).await;
    let other = app
        .services
        .start_session(&officer, garita_store::records::SessionKind::Api)
        .await
        .unwrap();
    let refused = ask(other, number.clone(), born.clone()).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    // The organisation's page lists its checks.
    let browser = app.signed_in(&partner, Some("en")).await;
    let page = app.page(&browser, "/staff/check").await;
    assert_eq!(page.matches(&number).count(), 2, "{page}");
}

/// The public status page and its JSON in every state: all well, an incident going on, ended
/// periods of each kind with what they did to deadlines, older ones gone after 30 days, and the
/// records unreadable.
#[tokio::test]
async fn the_status_page_says_how_garita_works_now_and_every_degraded_period_of_30_days() {
    use std::sync::atomic::Ordering;
    let (app, time) = TestApp::spawn_at(1_800_000_000_000).await;
    let browser = app.browser();
    let json = || async {
        let answer = browser
            .get(app.url("/api/v1/service-status"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        answer.json::<serde_json::Value>().await.unwrap()
    };

    let page = app.page(&browser, "/service-status").await;
    assert!(
        page.contains("Nothing went wrong in the last 30 days"),
        "{page}"
    );
    let now = json().await;
    assert_eq!(now["confirmations"], "working");
    assert_eq!(now["periods"].as_array().unwrap().len(), 0);

    // An incident going on: confirming is degraded, and deadlines move while it lasts.
    let s = &app.services;
    assert!(
        s.declare_incident("admin-1", "SMS gateway down")
            .await
            .unwrap()
    );
    time.fetch_add(90 * 60_000, Ordering::SeqCst);
    let page = app.page(&browser, "/service-status").await;
    assert!(page.contains("Not working well since"), "{page}");
    assert!(page.contains("SMS gateway down") && page.contains("Still going on"));
    let now = json().await;
    assert_eq!(now["confirmations"], "degraded");
    assert!(now["degraded_since"].is_string());
    assert_eq!(now["periods"][0]["minutes"], 90);

    // Ended, and then two hours when no node was up.
    assert!(s.end_incident("admin-1").await.unwrap());
    assert_eq!(s.beat("node-a", s.now()).await.unwrap(), None);
    time.fetch_add(2 * HOUR, Ordering::SeqCst);
    assert!(s.beat("node-b", s.now()).await.unwrap().is_some());
    let page = app.page(&browser, "/service-status").await;
    assert!(!page.contains("Not working well since"), "{page}");
    assert!(page.contains("moved later by 1 h 30 min"), "{page}");
    assert!(page.contains("Garita was down") && page.contains("moved later by 2 h 0 min"));
    let now = json().await;
    assert_eq!(now["confirmations"], "working");
    let kinds: Vec<&str> = now["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["down", "declared"], "newest first");
    assert_eq!(now["periods"][0]["reason"], serde_json::Value::Null);

    // Thirty days on, they are history.
    time.fetch_add(31 * 24 * HOUR, Ordering::SeqCst);
    let page = app.page(&browser, "/service-status").await;
    assert!(
        page.contains("Nothing went wrong in the last 30 days"),
        "{page}"
    );

    // When the records cannot be read, the page still answers and says so.
    let garita_store::Db::Sqlite(db) = s.store.db() else {
        panic!("the web tests run on SQLite")
    };
    sqlx::query("DROP TABLE downtimes")
        .execute(db.pool())
        .await
        .unwrap();
    let page = app.page(&browser, "/service-status").await;
    assert!(page.contains("cannot read its records"), "{page}");
}

/// Without its database (a failover under way), Garita acknowledges nothing: the API says 503
/// with a problem and Retry-After, pages say what to do in the person's language, `/readyz` is
/// not ready, and the status page still answers.
#[tokio::test]
async fn without_its_database_garita_says_try_again_and_never_acknowledges() {
    let app = TestApp::spawn().await;
    let browser = app.browser();
    let garita_store::Db::Sqlite(db) = app.services.store.db() else {
        panic!("the web tests run on SQLite")
    };
    db.pool().close().await;
    db.writes().close().await;

    let answer = browser
        .get(app.url("/api/v1/service-status"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.headers()["retry-after"], "15");
    let problem: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(problem["type"], "/problems/unavailable");
    assert!(problem["reference"].is_string());

    let page = browser
        .get(app.url("/draws"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
    let page = page.text().await.unwrap();
    assert!(
        !page.contains("cannot reach its records"),
        "in Spanish: {page}"
    );

    let ready = browser.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    let status = app.page(&browser, "/service-status").await;
    assert!(status.contains("cannot read its records"), "{status}");
}
