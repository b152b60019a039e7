//! The provisional I-94 over HTTP, in Spanish: the fee and its rules said before anything is
//! paid; a trip and a traveller refused field by field with what was typed kept; two travellers
//! added, one removed; with no provider configured the fee is paid at the port, where the
//! officer records it by the application's reference (each traveller numbered at once), finds a
//! traveller by that number (the look audited) and admits them; another port finds nothing.

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

    // Found at SYS (the look audited), not at another port; admitted once.
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
    let person = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
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
    let payments = app
        .store
        .payments_for("i94", group_path.trim_start_matches("/i94/"))
        .await
        .unwrap();
    assert_eq!(payments.len(), 1);
    assert_eq!(app.store.ledger_of(&payments[0].id).await.unwrap().len(), 1);
}
