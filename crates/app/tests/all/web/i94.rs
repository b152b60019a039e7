//! The provisional I-94 over HTTP, in Spanish: the fee and its rules said before anything is
//! paid; a trip and a traveller refused field by field with what was typed kept; two travellers
//! added, one removed; with no provider configured the fee is paid at the port, where the
//! officer records it by the application's reference (each traveller numbered at once), finds a
//! traveller by that number or by the QR code of its signed proof (the look audited) and admits
//! them; `/verify` says the proof is genuine, then used; another port finds nothing.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use reqwest::StatusCode;

const HOUR: i64 = 3_600_000;

#[tokio::test]
async fn an_application_is_made_paid_at_the_port_and_decided_by_the_officer() {
    // 2027-01-15, 10:00 UTC.
    let (app, _time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let person = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let browser = app.signed_in(&person, Some("es")).await;
    let home = app.page(&browser, "/i94").await;
    assert!(
        home.contains("30,00 USD"),
        "the fee, as Spanish writes numbers"
    );
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let rules = i18n.text(garita_i18n::Locale::Es, "i94-rules");
    assert!(
        home.contains(&common::html_escape(&rules)),
        "the rules before paying"
    );
    let post = |path: String, fields: Vec<(&'static str, String)>, page: String| {
        let mut form = vec![("csrf", csrf(&page))];
        form.extend(fields);
        browser.post(app.url(&path)).form(&form).send()
    };
    let trip = |arrival: &str| {
        vec![
            ("port", "SYS".to_string()),
            ("arrival", arrival.to_string()),
            ("purpose", "family".to_string()),
            ("street", "1 Main St".to_string()),
            ("city", "San Diego".to_string()),
            ("state", "CA".to_string()),
            ("zip", "92101".to_string()),
        ]
    };

    // A day of arrival too far: said on its field, what was typed kept.
    let late = post("/i94".into(), trip("2027-02-20"), home.clone())
        .await
        .unwrap();
    assert_eq!(late.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let late = late.text().await.unwrap();
    assert!(late.contains("San Diego"));
    assert!(late.contains("7"), "{late}");
    let started = post("/i94".into(), trip("2027-01-17"), home.clone())
        .await
        .unwrap();
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let group_path = started.headers()["location"].to_str().unwrap().to_string();
    let group = app.page(&browser, &group_path).await;
    let reference = group
        .split("PAY-")
        .nth(1)
        .map(|rest| format!("PAY-{}", &rest[..9]))
        .expect("the reference to pay at the port");

    let traveller = |n: usize, expires: &str| {
        vec![
            ("given", "Ana".to_string()),
            ("family", format!("Pérez {}", ["Uno", "Dos", "Tres"][n - 1])),
            ("born_day", "3".to_string()),
            ("born_month", "4".to_string()),
            ("born_year", "1990".to_string()),
            ("sex", "F".to_string()),
            ("citizenship", "MX".to_string()),
            ("residence", "MX".to_string()),
            ("passport_number", format!("G1234567{n}")),
            ("passport_country", "MX".to_string()),
            ("passport_issued", "2020-01-10".to_string()),
            ("passport_expires", expires.to_string()),
            ("mrz", String::new()),
        ]
    };
    let add = format!("{group_path}/travellers");
    let wrong = post(add.clone(), traveller(1, "2027-01-16"), group.clone())
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = wrong.text().await.unwrap();
    assert!(wrong.contains("Pérez Uno"), "what was typed stays");
    for n in [1, 2, 3] {
        let added = post(add.clone(), traveller(n, "2030-01-09"), group.clone())
            .await
            .unwrap();
        assert_eq!(added.status(), StatusCode::SEE_OTHER);
    }
    let group = app.page(&browser, &group_path).await;
    let third = group
        .split("/travellers/")
        .nth(3)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_string();
    let removed = post(format!("{add}/{third}/remove"), vec![], group.clone())
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    let group = app.page(&browser, &group_path).await;
    assert!(group.contains("60,00 USD"), "two travellers at 30,00");
    assert!(!group.contains("Pérez Tres"));

    // No provider: paying says to pay at the port, with the reference.
    let pay = post(format!("{group_path}/pay"), vec![], group.clone())
        .await
        .unwrap();
    assert_eq!(pay.status(), StatusCode::SEE_OTHER);
    let told = app
        .page(&browser, pay.headers()["location"].to_str().unwrap())
        .await;
    assert!(told.contains(&reference));

    // The officer at SYS records the fee; each traveller is numbered.
    let officer = app.staff("o@cbp.example", Role::Officer, Some("SYS")).await;
    let desk = app.signed_in(&officer, Some("en")).await;
    let page = app.page(&desk, "/staff/ports/SYS/i94").await;
    let officer_post = |path: &str, fields: Vec<(&'static str, String)>| {
        let mut form = vec![("csrf", csrf(&page))];
        form.extend(fields);
        desk.post(app.url(path)).form(&form).send()
    };
    let unknown = officer_post(
        "/staff/ports/SYS/i94/receipts",
        vec![("reference", "PAY-0000-0000".into())],
    )
    .await
    .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let paid = officer_post(
        "/staff/ports/SYS/i94/receipts",
        vec![("reference", reference.to_lowercase())],
    )
    .await
    .unwrap();
    assert_eq!(paid.status(), StatusCode::OK);
    let again = officer_post(
        "/staff/ports/SYS/i94/receipts",
        vec![("reference", reference.clone())],
    )
    .await
    .unwrap();
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY, "once");
    let group = app.page(&browser, &group_path).await;
    let number = group
        .split("I94-")
        .nth(1)
        .map(|rest| format!("I94-{}", &rest[..9]))
        .expect("a provisional number on the person's page");

    // Its signed proof, a QR code and its text: /verify says genuine, with no name.
    assert!(group.contains("<svg"), "its QR code");
    let proof = group
        .split("GI1.")
        .nth(1)
        .map(|r| format!("GI1.{}", r.split('<').next().unwrap()))
        .expect("the proof's text");
    let check = |token: String| {
        let app = &app;
        async move { app.verify(&token).await }
    };
    let answer = check(proof.clone()).await;
    assert!(
        answer.contains(&format!("Genuine: provisional I-94 {number}"))
            && !answer.contains("Pérez"),
        "{answer}"
    );
    let forged = proof.replacen("GI1.e", "GI1.f", 1);
    assert!(
        check(forged.clone())
            .await
            .contains("role=\"alert\">Not genuine")
    );

    // Found at SYS by its QR code's text (the look audited), not at another port; a forged
    // code finds nothing; admitted once.
    let by_code = app
        .page(&desk, &format!("/staff/ports/SYS/i94?number={proof}"))
        .await;
    assert!(
        by_code.contains(&format!("/i94/{number}/admit")),
        "{by_code}"
    );
    let not_signed = desk
        .get(app.url(&format!("/staff/ports/SYS/i94?number={forged}")))
        .send()
        .await
        .unwrap();
    assert_eq!(not_signed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!not_signed.text().await.unwrap().contains("Pérez"));
    let found = app
        .page(&desk, &format!("/staff/ports/SYS/i94?number={number}"))
        .await;
    assert!(found.contains("Pérez"), "{found}");
    assert!(
        found.contains(&format!("/i94/{number}/admit"))
            && found.contains(&format!("/i94/{number}/refuse"))
    );
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "i94.opened" && e.actor.as_deref() == Some(officer.as_str()))
    );
    assert!(audit.iter().all(|e| !e.detail.contains("Pérez")));
    let other = app
        .staff("o2@cbp.example", Role::Officer, Some("NOG"))
        .await;
    let elsewhere = app.signed_in(&other, Some("en")).await;
    let not_here = elsewhere
        .get(app.url(&format!("/staff/ports/NOG/i94?number={number}")))
        .send()
        .await
        .unwrap();
    assert!(!not_here.text().await.unwrap().contains("Pérez"));
    let admit = |class: &str| {
        vec![
            ("admission_number", "123456789A1".to_string()),
            ("class", class.to_string()),
            ("until", "2027-07-16".to_string()),
        ]
    };
    let bad = officer_post(&format!("/staff/ports/SYS/i94/{number}/admit"), admit("??"))
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let admitted = officer_post(&format!("/staff/ports/SYS/i94/{number}/admit"), admit("B2"))
        .await
        .unwrap();
    assert_eq!(admitted.status(), StatusCode::OK);
    let twice = officer_post(&format!("/staff/ports/SYS/i94/{number}/refuse"), vec![])
        .await
        .unwrap();
    assert_eq!(
        twice.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "decided once"
    );
    // The person sees the decision at once, with its number, class and date in words.
    let group = app.page(&browser, &group_path).await;
    assert!(
        group.contains("123456789A1") && group.contains("B2"),
        "{group}"
    );
    assert!(group.contains("2027"), "the date");
    // Used: its proof no longer passes.
    assert!(check(proof.clone()).await.contains(&format!(
        "provisional I-94 ({number}) was genuine, but it has been used"
    )));
    // Their I-94s of the last 10 years, the most recent first, and the signed record to download.
    let home = app.page(&browser, "/i94").await;
    let history = home.split("/registration/record").next().unwrap();
    assert!(history.contains("123456789A1"), "{home}");
    assert!(home.contains("/registration/record"));
    let mut kinds: Vec<String> = app
        .store
        .messages_of(&person)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.kind)
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["i94-decided", "i94-paid"]);
}

/// Paid through Stripe Checkout (the testkit's Stripe-shaped server): the pay button leads to a
/// page with a link to the provider's (forms post only to Garita); coming back before paying
/// shows nothing paid; the provider's signed event reaches `/payments/notify` over HTTP, twice,
/// and credits once; a tampered event is refused with 400.
#[tokio::test]
async fn paid_on_the_hosted_page_the_notice_reaches_garita_and_credits_once() {
    use garita_testkit::stripe::{SECRET_KEY, StripeServer, WEBHOOK_SECRET, sign};
    let server = StripeServer::start().await;
    let provider: std::sync::Arc<dyn garita_kernel::payments::PaymentProvider> =
        std::sync::Arc::new(
            garita_payments::Stripe::new(garita_payments::StripeSettings {
                secret_key: SECRET_KEY.into(),
                webhook_secret: WEBHOOK_SECRET.into(),
                api_url: server.url(),
                timeout: std::time::Duration::from_secs(2),
            })
            .unwrap(),
        );
    let app =
        TestApp::spawn_configured(true, move |s| s.services.payment_provider = Some(provider))
            .await;
    server.set_webhook(&app.url("/payments/notify"));
    let applicant = app.services.synthetic_applicant(0, 1).await.unwrap();
    let person = applicant.account_id.clone();
    let browser = app.signed_in(&person, Some("en")).await;
    let home = app.page(&browser, "/i94").await;
    let post = |path: String, fields: Vec<(&'static str, String)>, page: &str| {
        let mut form = vec![("csrf", csrf(page))];
        form.extend(fields);
        browser.post(app.url(&path)).form(&form).send()
    };
    let arrival = (app.services.now_utc().date_naive() + chrono::Days::new(1)).to_string();
    let trip = vec![
        ("port", "SYS".to_string()),
        ("arrival", arrival),
        ("purpose", "tourism".to_string()),
        ("street", "1 Main St".to_string()),
        ("city", "San Diego".to_string()),
        ("state", "CA".to_string()),
        ("zip", "92101".to_string()),
    ];
    let started = post("/i94".into(), trip, &home).await.unwrap();
    let group_path = started.headers()["location"].to_str().unwrap().to_string();
    let group = app.page(&browser, &group_path).await;
    let traveller = vec![
        ("given", "Ana".to_string()),
        ("family", "Pérez".to_string()),
        ("born_day", "3".to_string()),
        ("born_month", "4".to_string()),
        ("born_year", "1990".to_string()),
        ("sex", "F".to_string()),
        ("citizenship", "MX".to_string()),
        ("residence", "MX".to_string()),
        ("passport_number", "G12345678".to_string()),
        ("passport_country", "MX".to_string()),
        ("passport_issued", "2020-01-10".to_string()),
        ("passport_expires", "2035-01-09".to_string()),
    ];
    let added = post(format!("{group_path}/travellers"), traveller, &group)
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let group = app.page(&browser, &group_path).await;
    let pay = post(format!("{group_path}/pay"), vec![], &group)
        .await
        .unwrap();
    assert_eq!(pay.status(), StatusCode::OK);
    let pay = pay.text().await.unwrap();
    let link = format!("{}/c/pay/", server.url());
    let session = pay
        .split(&link)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the provider's page")
        .to_string();

    // Back before paying: nothing shows as paid.
    let back = browser
        .get(app.url(&format!("{group_path}/back")))
        .send()
        .await
        .unwrap();
    assert!(
        back.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("said=not-yet")
    );

    // The payer pays on the provider's page; its event reaches Garita, twice, credits once.
    let paid = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{link}{session}"))
        .send()
        .await
        .unwrap();
    assert_eq!(paid.status(), StatusCode::SEE_OTHER);
    assert_eq!(server.send_event(&session).await, Some(200));
    assert_eq!(server.sent(), [200, 200]);
    let body = server.event(&session).unwrap();
    let now = app.services.now() / 1000;
    let tampered = body.replace("\"paid\"", "\"unpaid\"");
    assert_eq!(
        server
            .deliver(&tampered, &sign(&body, now, WEBHOOK_SECRET))
            .await,
        Some(400)
    );
    let back = browser
        .get(app.url(&format!("{group_path}/back")))
        .send()
        .await
        .unwrap();
    assert!(
        back.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("said=paid")
    );
    let group = app.page(&browser, &group_path).await;
    assert!(group.contains("I94-"), "the provisional number");
    // An app asking for the payment again is told it is paid: nothing new is charged.
    let step: serde_json::Value = reqwest::Client::new()
        .post(app.url(&format!("/api/v1{group_path}/payment")))
        .bearer_auth(&applicant.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(step["step"], "paid", "{step}");
    let payments = app
        .store
        .payments_for("i94", group_path.trim_start_matches("/i94/"))
        .await
        .unwrap();
    assert_eq!(payments.len(), 1);
    assert_eq!(app.store.ledger_of(&payments[0].id).await.unwrap().len(), 1);

    // A charge at the provider the ledger never saw: the reconciliation opens a difference,
    // which an auditor reads and a programme admin closes, once, audited.
    let planted = server.plant_paid(1234, app.services.now() / 1000);
    let now = app.services.now();
    app.services
        .reconcile_payments(now - HOUR, now + HOUR)
        .await
        .unwrap()
        .unwrap();
    let auditor = app.staff("a@cbp.example", Role::Auditor, None).await;
    let auditor = app.signed_in(&auditor, Some("es")).await;
    let seen = app.page(&auditor, "/staff/payments").await;
    assert!(
        seen.contains(&planted) && seen.contains("12,34 USD"),
        "{seen}"
    );
    assert!(!seen.contains("/close\""), "auditors read only");
    let admin = app.staff("p@cbp.example", Role::ProgrammeAdmin, None).await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin, "/staff/payments").await;
    let close = page
        .split("action=\"")
        .find(|a| a.starts_with("/staff/payments/differences/"))
        .and_then(|a| a.split('"').next())
        .expect("a close button")
        .to_string();
    let closing = || {
        admin
            .post(app.url(&close))
            .form(&[("csrf", csrf(&page))])
            .send()
    };
    assert_eq!(closing().await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        closing().await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "once"
    );
    assert!(app.store.open_differences().await.unwrap().is_empty());
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "payment.difference-closed")
            .count(),
        1
    );
}

/// The API, for apps: refused fields named in the asked language with nothing saved; three
/// travellers applied for at once; the payment asked for twice is one payment (paid at the port
/// here); then each traveller's number and signed proof; another account finds nothing.
#[tokio::test]
async fn the_api_applies_pays_once_and_shows_the_numbers_with_their_proofs() {
    use serde_json::{Value, json};
    let app = TestApp::spawn().await;
    let person = app.services.synthetic_applicant(0, 1).await.unwrap();
    let other = app.services.synthetic_applicant(1, 1).await.unwrap();
    let api = reqwest::Client::new();
    let arrival = (app.services.now_utc().date_naive() + chrono::Days::new(2)).to_string();
    let traveller = |n: usize, expires: &str| {
        let family = format!("Pérez {}", ["Uno", "Dos", "Tres"][n - 1]);
        json!({"given": "Ana", "family": family, "born_day": "3", "born_month": "4",
               "born_year": "1990", "sex": "F", "citizenship": "MX", "residence": "MX",
               "passport_number": format!("G1234567{n}"), "passport_country": "MX",
               "passport_issued": "2020-01-10", "passport_expires": expires})
    };
    let trip = |arrival: &str| {
        json!({"port": "SYS", "arrival": arrival, "purpose": "family", "street": "1 Main St",
               "city": "San Diego", "state": "CA", "zip": "92101"})
    };
    let post = |path: String, token: &str, body: Value| {
        api.post(app.url(&path))
            .bearer_auth(token)
            .header("Accept-Language", "es")
            .json(&body)
            .send()
    };
    let wrong = post(
        "/api/v1/i94".into(),
        &person.token,
        json!({"trip": trip("2001-01-01"), "travellers": [traveller(1, "2001-01-01")]}),
    )
    .await
    .unwrap();
    assert_eq!(wrong.status(), 422);
    let wrong: Value = wrong.json().await.unwrap();
    let fields: Vec<&str> = wrong["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"trip.arrival") && fields.contains(&"travellers[0].passport_expires"),
        "{wrong}"
    );
    let list = |token: &str| {
        api.get(app.url("/api/v1/i94"))
            .bearer_auth(token.to_string())
            .send()
    };
    let none: Value = list(&person.token).await.unwrap().json().await.unwrap();
    assert_eq!(none, json!([]), "nothing saved");

    let travellers: Vec<Value> = (1..=3).map(|n| traveller(n, "2035-01-01")).collect();
    let made = post(
        "/api/v1/i94".into(),
        &person.token,
        json!({"trip": trip(&arrival), "travellers": travellers}),
    )
    .await
    .unwrap();
    let status = made.status();
    let made: Value = made.json().await.unwrap();
    assert_eq!(status, 201, "{made}");
    assert_eq!(made["status"], "awaiting-payment");
    assert_eq!(made["fee_minor"], 3000);
    assert_eq!(made["travellers"].as_array().unwrap().len(), 3);
    let id = made["id"].as_str().unwrap().to_string();
    let reference = made["reference"].as_str().unwrap().to_string();

    let pay = format!("/api/v1/i94/{id}/payment");
    let first: Value = post(pay.clone(), &person.token, json!({}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(first["step"], "at-the-port");
    assert_eq!(first["reference"], reference.as_str());
    let again: Value = post(pay.clone(), &person.token, json!({}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again, first);
    assert_eq!(
        app.store.payments_for("i94", &id).await.unwrap().len(),
        1,
        "one payment"
    );
    let theirs = post(pay, &other.token, json!({})).await.unwrap();
    assert_eq!(theirs.status(), 404);
    let theirs = api
        .get(app.url(&format!("/api/v1/i94/{id}")))
        .bearer_auth(&other.token)
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), 404);

    // Paid at the port: each traveller numbered, with a signed proof that checks.
    let i94 = garita_i94::app::I94::on(&app.services);
    i94.receive_at_port("officer", "SYS", &reference)
        .await
        .unwrap()
        .unwrap();
    let now: Value = api
        .get(app.url(&format!("/api/v1/i94/{id}")))
        .bearer_auth(&person.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(now["status"], "paid");
    for t in now["travellers"].as_array().unwrap() {
        assert_eq!(t["status"], "provisional");
        let proof = t["proof"].as_str().unwrap();
        let answer = app
            .services
            .check_proof(proof, garita_i18n::Locale::En)
            .await
            .unwrap()
            .unwrap();
        assert!(answer.genuine);
        let checked: Value = api
            .post(app.url("/api/v1/verify"))
            .json(&json!({ "token": proof }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(checked["result"], "genuine", "{checked}");
        assert!(
            checked["said"]
                .as_str()
                .unwrap()
                .contains(t["number"].as_str().unwrap())
        );
    }
    let forged: Value = api
        .post(app.url("/api/v1/verify"))
        .json(&json!({ "token": "GI1.e30.AAAA" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(forged["result"], "not-genuine");
    let mine: Value = list(&person.token).await.unwrap().json().await.unwrap();
    assert_eq!(mine[0]["id"], id.as_str());
    let document: Value = api
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(document["paths"]["/api/v1/i94/{id}/payment"]["post"].is_object());
}
