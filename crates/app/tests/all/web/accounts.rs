//! Accounts through the real pages: forms, cookies, CSRF, codes from the outbox, recovery, rate
//! limits; and no password, code or address in the logs or the database files.

use crate::web::common;
use common::{TestApp, csrf, html_escape};
use garita_i18n::Locale;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, LOCATION};
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

const PASSWORD: &str = "lakay se lakay 2026";
const EMAIL: &str = "jean.baptiste@example.org";

/// Every log line of this test process, as `garita serve` would write them at debug level.
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(move || Writer(writer.clone()))
            .init();
        buffer
    })
    .clone()
}

struct Writer(Arc<Mutex<Vec<u8>>>);

impl Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn t(locale: Locale, key: &str) -> String {
    html_escape(&crate::common::BUILD.catalogs().unwrap().text(locale, key))
}

#[tokio::test]
async fn sign_up_in_creole_verify_sign_out_recover_and_sign_in_again() {
    let logs = logs();
    let app = TestApp::spawn().await;
    let browser = app.browser();
    let get = |path: &str| {
        browser
            .get(app.url(path))
            .header(ACCEPT_LANGUAGE, "ht")
            .send()
    };

    // The consent text comes first, in Creole.
    let consent = get("/signup").await.unwrap().text().await.unwrap();
    assert!(consent.contains(&t(Locale::Ht, "consent-collect-body")));
    let form = get("/signup/details?consent=2")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&form);

    // Mistakes are shown next to their fields, and what was typed is kept (not the password).
    let page = browser
        .post(app.url("/signup/details"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[
            ("csrf", token.as_str()),
            ("consent", "2"),
            ("email", "jean@"),
            ("password", "1234567890"),
            ("language", "ht"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&t(Locale::Ht, "field-email-invalid")));
    assert!(page.contains(&t(Locale::Ht, "field-password-common")));
    assert!(page.contains("value=\"jean@\""));
    assert!(!page.contains("1234567890"));

    // A form without the browser's token is refused, calmly.
    let forged = browser
        .post(app.url("/signup/details"))
        .form(&[
            ("csrf", "forged"),
            ("consent", "2"),
            ("email", EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::BAD_REQUEST);

    let made = browser
        .post(app.url("/signup/details"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[
            ("csrf", token.as_str()),
            ("consent", "2"),
            ("email", EMAIL),
            ("phone", ""),
            ("password", PASSWORD),
            ("language", "ht"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    assert_eq!(made.headers()[LOCATION], "/signup/verify");

    let (kind, mail) = app.last_message().await.expect("a code was sent");
    assert_eq!(
        (kind.as_str(), mail.locale.as_str(), mail.to.as_str()),
        ("verify-email", "ht", EMAIL)
    );
    let code = mail.code.clone().unwrap();

    let verify = get("/signup/verify").await.unwrap().text().await.unwrap();
    let wrong = browser
        .post(app.url("/signup/verify"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[("csrf", csrf(&verify).as_str()), ("code", "12 34")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(wrong.contains(&t(Locale::Ht, "field-code-format")));
    let codes_page = browser
        .post(app.url("/signup/verify"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[("csrf", csrf(&verify).as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(codes_page.contains(&t(Locale::Ht, "codes-title")));
    let recovery: Vec<String> = codes_page
        .split("<code>")
        .skip(1)
        .map(|s| s.split("</code>").next().unwrap().to_string())
        .collect();
    assert_eq!(recovery.len(), 10);
    // The next step of a new account: its group.
    assert!(
        codes_page.contains(&format!(
            "<a href=\"/registration\">{}</a>",
            t(Locale::Ht, "codes-continue")
        )),
        "{codes_page}"
    );

    let account = get("/account").await.unwrap().text().await.unwrap();
    assert!(account.contains(EMAIL), "the person sees their own address");
    let signed_out = browser
        .post(app.url("/signout"))
        .form(&[("csrf", csrf(&account).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::OK);
    // Its sign-in form is made for a browser without a session, and works (below).
    let signed_out = signed_out.text().await.unwrap();
    let account = get("/account").await.unwrap();
    assert_eq!(account.status(), StatusCode::SEE_OTHER);
    assert_eq!(account.headers()[LOCATION], "/signin");

    // The phone is lost: a printed recovery code and a new password.
    let recover = get("/recover").await.unwrap().text().await.unwrap();
    let new_password = "nouvo modpas pou mwen";
    let done = browser
        .post(app.url("/recover/code"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[
            ("csrf", csrf(&recover).as_str()),
            ("email", EMAIL),
            ("code", recovery[0].as_str()),
            ("password", new_password),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(done.contains(&t(Locale::Ht, "recover-done")), "{done}");
    assert_eq!(app.last_message().await.unwrap().0, "password-changed");

    // Signing in again on the same phone (remembered) goes straight to the account.
    let signin = get("/signin").await.unwrap().text().await.unwrap();
    let old = browser
        .post(app.url("/signin"))
        .header(ACCEPT_LANGUAGE, "ht")
        .form(&[
            ("csrf", csrf(&signin).as_str()),
            ("email", EMAIL),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(old.contains(&t(Locale::Ht, "signin-failed-any")));
    let again = browser
        .post(app.url("/signin"))
        .form(&[
            ("csrf", csrf(&signed_out).as_str()),
            ("email", EMAIL),
            ("password", new_password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(again.headers()[LOCATION], "/account");
    assert_eq!(get("/account").await.unwrap().status(), StatusCode::OK);

    // Nothing secret in the logs or in the database files.
    let mut stored = vec![];
    let dir = std::path::Path::new(app.db.url.trim_start_matches("sqlite://"))
        .parent()
        .unwrap();
    for entry in std::fs::read_dir(dir).unwrap() {
        stored.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let stored = String::from_utf8_lossy(&stored);
    let logged = String::from_utf8_lossy(&logs.lock().unwrap()).to_string();
    assert!(logged.contains("request"), "the logs were captured");
    for secret in [
        PASSWORD,
        new_password,
        EMAIL,
        "jean.baptiste",
        &code,
        &recovery[1],
        &recovery[1].replace('-', ""),
    ] {
        assert!(
            !stored.contains(secret),
            "{secret} is in the database files"
        );
        assert!(!logged.contains(secret), "{secret} is in the logs");
    }
}

#[tokio::test]
async fn a_new_phone_needs_the_emailed_code() {
    let app = TestApp::spawn().await;
    let first = app.browser();
    // Sign up and verify on the first phone.
    let form = first
        .get(app.url("/signup/details?consent=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    first
        .post(app.url("/signup/details"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("consent", "2"),
            ("email", "ana@example.org"),
            ("password", PASSWORD),
            ("language", "es"),
        ])
        .send()
        .await
        .unwrap();
    let code = app.last_message().await.unwrap().1.code.unwrap();
    let verify = first
        .get(app.url("/signup/verify"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    first
        .post(app.url("/signup/verify"))
        .form(&[("csrf", csrf(&verify).as_str()), ("code", code.as_str())])
        .send()
        .await
        .unwrap();

    let second = app.browser();
    let signin = second
        .get(app.url("/signin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let step = second
        .post(app.url("/signin"))
        .form(&[
            ("csrf", csrf(&signin).as_str()),
            ("email", "ana@example.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(step.headers()[LOCATION], "/signin/device");
    let (kind, mail) = app.last_message().await.unwrap();
    assert_eq!((kind.as_str(), mail.locale.as_str()), ("new-device", "es"));
    let page = second
        .get(app.url("/signin/device"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let done = second
        .post(app.url("/signin/device"))
        .form(&[
            ("csrf", csrf(&page).as_str()),
            ("code", mail.code.unwrap().as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(done.headers()[LOCATION], "/account");
}

#[tokio::test]
async fn too_many_sign_ups_from_one_place_are_slowed_with_a_clear_message() {
    // On a test clock: limits count in fixed hourly windows, and a run that crossed the hour on
    // the wall clock would start counting again.
    let (app, _time) = TestApp::spawn_at(1_800_000_000_000).await;
    let browser = app.browser();
    let form = browser
        .get(app.url("/signup/details?consent=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut last = None;
    for i in 0..11 {
        let email = format!("p{i}@example.org");
        last = Some(
            browser
                .post(app.url("/signup/details"))
                .header(ACCEPT_LANGUAGE, "fr")
                .form(&[
                    ("csrf", csrf(&form).as_str()),
                    ("consent", "2"),
                    ("email", email.as_str()),
                    ("password", PASSWORD),
                    ("language", "fr"),
                ])
                .send()
                .await
                .unwrap(),
        );
    }
    let last = last.unwrap();
    assert_eq!(last.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(last.headers().contains_key("retry-after"));
    let body = last.text().await.unwrap();
    assert!(body.contains(&t(Locale::Fr, "rate-limited-title")));
}

#[tokio::test]
async fn an_app_signs_in_with_two_calls_and_its_token_can_be_revoked() {
    let app = TestApp::spawn().await;
    let email = garita_domain::Email::parse("app@example.org").unwrap();
    let token = app
        .services
        .sign_up(garita_kernel::accounts::SignUp {
            login: garita_domain::Login::Email(email.clone()),
            phone: None,
            password: PASSWORD.into(),
            locale: Locale::Pt,
            origin: vec![],
        })
        .await
        .unwrap();
    let code = app.last_message().await.unwrap().1.code.unwrap();
    app.services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();

    let client = reqwest::Client::new();
    let wrong = client
        .post(app.url("/api/v1/auth/token"))
        .header(ACCEPT_LANGUAGE, "pt")
        .json(&serde_json::json!({"email": "app@example.org", "password": "not it at all"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.headers()["content-type"], "application/problem+json");

    let step: serde_json::Value = client
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"email": "app@example.org", "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(step["next"], "email-code");
    let code = app.last_message().await.unwrap().1.code.unwrap();
    let issued = client
        .post(app.url("/api/v1/auth/token/confirm"))
        .json(&serde_json::json!({"challenge": step["challenge"], "code": code, "next": "email-code"}))
        .send()
        .await
        .unwrap();
    assert_eq!(issued.status(), StatusCode::CREATED);
    let issued: serde_json::Value = issued.json().await.unwrap();
    let bearer = format!("Bearer {}", issued["token"].as_str().unwrap());

    let me: serde_json::Value = client
        .get(app.url("/api/v1/me"))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (me["role"].as_str(), me["language"].as_str()),
        (Some("applicant"), Some("pt"))
    );
    let revoked = client
        .delete(app.url("/api/v1/auth/token"))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::NO_CONTENT);
    let after = client
        .get(app.url("/api/v1/me"))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

/// A person with no e-mail address signs up with a mobile number alone: the code comes by SMS
/// through the gateway, and so do the recovery code and a new phone's code later. Without a
/// gateway, the form asks for an e-mail address instead.
#[tokio::test]
async fn sign_up_and_recover_with_a_mobile_number_alone_by_sms() {
    use garita_kernel::delivery::{DeliveryPolicy, Email, Mailer, Postman, SmsGateway};
    use garita_testkit::sms::SmsReceiver;
    const NUMBER: &str = "+52 664 555 0101";
    let app = TestApp::spawn_configured(true, |s| s.services.sms_channel = true).await;
    let secret = b"shared with the gateway";
    let gateway = SmsReceiver::start(secret).await;
    let mail_dir = tempfile::tempdir().unwrap();
    let postman = Postman {
        services: app.services.services.clone(),
        i18n: Arc::new(crate::common::BUILD.catalogs().unwrap()),
        email: Arc::new(Email {
            mailer: Mailer::files(mail_dir.path().to_path_buf()).unwrap(),
            from: "Garita <no-reply@garita.test>".parse().unwrap(),
        }),
        sms: Some(Arc::new(SmsGateway::new(&gateway.url(), secret))),
        policy: DeliveryPolicy::default(),
    };
    let code_from_the_latest_sms = |texts: Vec<garita_testkit::sms::Sms>| {
        let text = texts.last().unwrap().text.clone();
        text.split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 6)
            .unwrap_or_else(|| panic!("a code in {text}"))
            .to_string()
    };

    let browser = app.browser();
    let es = |path: &str| {
        browser
            .get(app.url(path))
            .header(ACCEPT_LANGUAGE, "es")
            .send()
    };
    let form = es("/signup/details?consent=2")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(form.contains(&t(Locale::Es, "signup-email-help-sms")));
    let made = browser
        .post(app.url("/signup/details"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("consent", "2"),
            ("email", ""),
            ("phone", NUMBER),
            ("password", PASSWORD),
            ("language", "es"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), StatusCode::SEE_OTHER);
    postman.deliver_due().await.unwrap();
    let texts = gateway.received();
    assert_eq!(texts.len(), 1);
    assert_eq!(
        (texts[0].to.as_str(), texts[0].locale.as_str()),
        ("+526645550101", "es")
    );
    let code = code_from_the_latest_sms(texts);
    let verify = es("/signup/verify").await.unwrap().text().await.unwrap();
    assert!(verify.contains(&t(Locale::Es, "verify-body-any")));
    let verified = browser
        .post(app.url("/signup/verify"))
        .form(&[("csrf", csrf(&verify)), ("code", code)])
        .send()
        .await
        .unwrap();
    assert!(verified.status().is_success() || verified.status().is_redirection());
    let account = es("/account").await.unwrap().text().await.unwrap();
    assert!(account.contains("+526645550101"), "{account}");
    assert!(
        std::fs::read_dir(mail_dir.path()).unwrap().next().is_none(),
        "no e-mail was ever written"
    );

    // Back in by SMS, from another phone: a recovery code, then a new phone's code.
    let other = app.browser();
    let recover = other
        .get(app.url("/recover"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let asked = other
        .post(app.url("/recover/email"))
        .form(&[("csrf", csrf(&recover).as_str()), ("email", NUMBER)])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.headers()[LOCATION], "/recover/email");
    postman.deliver_due().await.unwrap();
    let code = code_from_the_latest_sms(gateway.received());
    let page = other
        .get(app.url("/recover/email"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let done = other
        .post(app.url("/recover/email/finish"))
        .form(&[
            ("csrf", csrf(&page)),
            ("code", code),
            ("password", "una frase nueva y larga".to_string()),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(done.contains(&t(Locale::En, "recover-done")), "{done}");
    let signin = other
        .get(app.url("/signin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let signed = other
        .post(app.url("/signin"))
        .form(&[
            ("csrf", csrf(&signin).as_str()),
            ("email", NUMBER),
            ("password", "una frase nueva y larga"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.headers()[LOCATION], "/signin/device");
    postman.deliver_due().await.unwrap();
    let texts = gateway.received();
    assert_eq!(
        texts.len(),
        4,
        "code, recovery, password changed, new phone: {texts:?}"
    );
    assert_eq!(gateway.refused(), 0);

    // Without a gateway, a number alone is not enough: the form asks for an address.
    let plain = TestApp::spawn().await;
    let browser = plain.browser();
    let form = browser
        .get(plain.url("/signup/details?consent=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let refused = browser
        .post(plain.url("/signup/details"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("consent", "2"),
            ("email", ""),
            ("phone", NUMBER),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        refused.contains(&t(Locale::En, "signup-no-sms")),
        "{refused}"
    );
}
