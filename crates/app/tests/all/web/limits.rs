//! Nobody can lock the owner out: wrong passwords count per account and network in sliding
//! windows, recovery codes per account.

use crate::web::common::{TestApp, csrf};
use garita_kernel::accounts::SignUp;
use reqwest::StatusCode;
use std::sync::atomic::Ordering;

const EMAIL: &str = "duena@example.org";
const PASSWORD: &str = "mi casa es mi casa 2026";

/// A browser whose connections come from `ip` (any 127.x address reaches the test server).
fn browser_from(ip: [u8; 4]) -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address(std::net::IpAddr::from(ip))
        .build()
        .unwrap()
}

/// The owner's account, verified; returns its id.
async fn owner(app: &TestApp) -> String {
    let token = app
        .services
        .sign_up(SignUp {
            login: garita_domain::Login::Email(garita_domain::Email::parse(EMAIL).unwrap()),
            phone: None,
            password: PASSWORD.into(),
            locale: garita_i18n::Locale::Es,
            origin: vec![],
        })
        .await
        .unwrap();
    let code = app.last_message().await.unwrap().1.code.unwrap();
    let id = app.services.verify_email_code(&token, &code).await.unwrap();
    id.unwrap()
}

async fn sign_in(app: &TestApp, browser: &reqwest::Client, password: &str) -> StatusCode {
    let page = app.page(browser, "/signin").await;
    browser
        .post(app.url("/signin"))
        .form(&[
            ("csrf", csrf(&page)),
            ("email", EMAIL.into()),
            ("password", password.into()),
        ])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn the_owner_signs_in_while_an_attacker_elsewhere_is_refused() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000).await;
    owner(&app).await;

    // Another network guesses: refused after ten wrong passwords, before the twelfth.
    let attacker = browser_from([127, 0, 9, 1]);
    let mut answers = vec![];
    for n in 0..12 {
        answers.push(sign_in(&app, &attacker, &format!("guess number {n}")).await);
    }
    assert_eq!(answers[..11], [StatusCode::OK; 11], "{answers:?}");
    assert_eq!(answers[11], StatusCode::TOO_MANY_REQUESTS);
    // Even the right password is refused from there, meanwhile.
    assert_eq!(
        sign_in(&app, &attacker, PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );

    // The owner, from their own network, signs in (a code goes to their phone next).
    let owner = browser_from([127, 0, 0, 1]);
    assert_eq!(sign_in(&app, &owner, PASSWORD).await, StatusCode::SEE_OTHER);

    // The window slides: just past its boundary the last one still counts.
    let into_window = 1_800_000_000_000 % (15 * 60_000);
    time.fetch_add(15 * 60_000 - into_window + 60_000, Ordering::SeqCst);
    assert_eq!(
        sign_in(&app, &attacker, "one more").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Two windows later it has slid out: a person who mistyped may try again.
    time.fetch_add(30 * 60_000, Ordering::SeqCst);
    assert_eq!(sign_in(&app, &attacker, "mistyped").await, StatusCode::OK);
}

#[tokio::test]
async fn wrong_recovery_codes_are_counted_per_account() {
    let app = TestApp::spawn().await;
    let id = owner(&app).await;
    let codes = app.services.issue_recovery_codes(&id).await.unwrap();
    let browser = app.browser();
    let recover = |code: String| {
        let browser = browser.clone();
        let app = &app;
        async move {
            let page = app.page(&browser, "/recover").await;
            browser
                .post(app.url("/recover/code"))
                .form(&[
                    ("csrf", csrf(&page)),
                    ("email", EMAIL.into()),
                    ("code", code),
                    ("password", "una clave nueva y larga".into()),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let mut answers = vec![];
    for n in 0..12 {
        answers.push(recover(format!("AAAA-BBBB-{n:04}")).await);
    }
    assert_eq!(answers[..11], [StatusCode::OK; 11], "{answers:?}");
    assert_eq!(answers[11], StatusCode::TOO_MANY_REQUESTS);
    // The right code is refused too while the account is over its bound: nobody guesses on.
    assert_eq!(
        recover(codes[0].clone()).await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn a_form_or_api_body_over_the_limit_is_refused_with_the_limit_in_words() {
    let app = TestApp::spawn().await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let said = |locale| {
        let limit = garita_web::BODY_LIMIT / 1024;
        i18n.format(locale, "body-too-large", &[("kilobytes", limit.into())])
    };
    let long = "a".repeat(garita_web::BODY_LIMIT + 1);

    // A page's form, in the person's language.
    let browser = app.browser();
    let page = app.page(&browser, "/signin").await;
    let refused = browser
        .post(app.url("/signin"))
        .header("Accept-Language", "es")
        .form(&[
            ("csrf", csrf(&page)),
            ("email", EMAIL.into()),
            ("password", long.clone()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let html = refused.text().await.unwrap();
    let expected = crate::web::common::html_escape(&said(garita_i18n::Locale::Es));
    assert!(html.contains(&expected), "{html}");

    // The API: an RFC 9457 problem, in the requester's language.
    let refused = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .header("Accept-Language", "fr")
        .json(&serde_json::json!({ "email": EMAIL, "password": long }))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let problem: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(problem["type"], "/problems/too-large");
    assert_eq!(problem["detail"], said(garita_i18n::Locale::Fr));
}
