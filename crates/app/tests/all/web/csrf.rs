//! Forms check their own CSRF token, bound to the browser's session; cookies behind HTTPS are
//! `__Host-` cookies.

use crate::web::common::{TestApp, csrf, html_escape};
use garita_i18n::Locale;
use reqwest::StatusCode;
use reqwest::header::SET_COOKIE;
use std::sync::Arc;

/// The value of a cookie the response sets.
fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_string)
}

#[tokio::test]
async fn a_cookie_and_token_planted_before_sign_in_do_not_pass_after_it() {
    let app = TestApp::spawn().await;
    let victim = app
        .services
        .synthetic_applicant(1, 1)
        .await
        .unwrap()
        .account_id;
    // The attacker takes a cookie and its token from a page of its own...
    let attacker = app.browser();
    let page = attacker.get(app.url("/signin")).send().await.unwrap();
    let planted = set_cookie(&page, "garita_csrf").expect("a CSRF cookie");
    let planted = planted.split(';').next().unwrap().to_string();
    let planted_token = csrf(&page.text().await.unwrap());
    // ... and plants the cookie in the victim's browser, where the victim then signs in.
    let session = app
        .services
        .start_session(&victim, garita_store::records::SessionKind::Web)
        .await
        .unwrap();
    let url = reqwest::Url::parse(&app.base).unwrap();
    let jar = reqwest::cookie::Jar::default();
    jar.add_cookie_str(&planted, &url);
    jar.add_cookie_str(&format!("garita_session={session}"), &url);
    let browser = reqwest::Client::builder()
        .cookie_provider(Arc::new(jar))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let language = |token: String| {
        browser
            .post(app.url("/account/language"))
            .form(&[("csrf", token), ("language", "es".to_string())])
            .send()
    };
    let forged = language(planted_token).await.unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);
    let body = forged.text().await.unwrap();
    let i18n = crate::common::BUILD.catalogs().unwrap();
    assert!(body.contains(&html_escape(&i18n.text(Locale::En, "form-expired"))));

    // The victim's own page carries a token for this cookie and this session, which passes.
    let own = csrf(&app.page(&browser, "/account").await);
    let done = language(own.clone()).await.unwrap();
    assert_eq!(done.status(), StatusCode::SEE_OTHER);

    // A form whose fields do not fit its page is refused calmly, whatever the token.
    let odd = browser
        .post(app.url("/registration/travellers/x/remove"))
        .form(&[("csrf", own.as_str()), ("version", "not a number")])
        .send()
        .await
        .unwrap();
    assert_eq!(odd.status(), StatusCode::BAD_REQUEST);
    let body = odd.text().await.unwrap();
    assert!(body.contains(&html_escape(&i18n.text(Locale::Es, "form-unreadable"))));
}

#[tokio::test]
async fn behind_https_cookies_are_secure_host_cookies() {
    let app = TestApp::spawn_configured(true, |s| {
        s.public_url = "https://garita.example".to_string()
    })
    .await;
    let page = app.browser().get(app.url("/signin")).send().await.unwrap();
    let cookie = set_cookie(&page, "__Host-garita_csrf").expect("a __Host- CSRF cookie");
    let attributes: Vec<&str> = cookie.split(';').map(str::trim).collect();
    assert!(attributes.contains(&"Secure"), "{cookie}");
    assert!(attributes.contains(&"Path=/"), "{cookie}");
    assert!(!cookie.contains("Domain"), "{cookie}");
    assert!(set_cookie(&page, "garita_csrf").is_none());
    // The language choice too.
    let chosen = app
        .browser()
        .get(app.url("/language/es"))
        .send()
        .await
        .unwrap();
    let lang = set_cookie(&chosen, "__Host-garita_lang").expect("a __Host- language cookie");
    assert!(lang.split(';').any(|a| a.trim() == "Secure"), "{lang}");

    // Over plain HTTP (a local trial) the names have no prefix, which browsers would refuse.
    let plain = TestApp::spawn().await;
    let page = plain
        .browser()
        .get(plain.url("/signin"))
        .send()
        .await
        .unwrap();
    assert!(set_cookie(&page, "garita_csrf").is_some());
}
