//! The real application, in-process, on 127.0.0.1:0 with a fresh SQLite database per test.

use garita_domain::{PortCode, Seats, ServiceDate};
use garita_i18n::{Catalogs, Locale};
use garita_store::records::Effects;
use reqwest::header::{ACCEPT_ENCODING, ACCEPT_LANGUAGE, CONTENT_TYPE, COOKIE, LOCATION};
use reqwest::{Client, StatusCode, redirect};
use serde_json::Value;

use crate::web::common;
use common::{TestApp, html_escape};

impl TestApp {
    fn client(&self) -> Client {
        Client::builder()
            .redirect(redirect::Policy::none())
            .build()
            .unwrap()
    }

    async fn get(&self, path: &str, language: &str) -> reqwest::Response {
        self.client()
            .get(self.url(path))
            .header(ACCEPT_LANGUAGE, language)
            .send()
            .await
            .unwrap()
    }
}

fn catalogs() -> Catalogs {
    crate::common::BUILD.catalogs().unwrap()
}

#[tokio::test]
async fn the_home_page_speaks_every_language() {
    let app = TestApp::spawn().await;
    let i18n = catalogs();
    for locale in Locale::ALL {
        let response = app.get("/", locale.code()).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-language"], locale.code());
        let body = response.text().await.unwrap();
        assert!(
            body.contains(&format!(
                "<html lang=\"{}\" dir=\"{}\">",
                locale.code(),
                locale.dir()
            )),
            "{locale}"
        );
        let title = html_escape(&i18n.text(locale, "home-title"));
        assert!(
            body.contains(&format!("<h1>{title}</h1>")),
            "{locale}: no translated title"
        );
        // The picker offers every language, each named in itself.
        for other in Locale::ALL {
            assert!(
                body.contains(other.native_name()),
                "{locale}: picker lacks {other}"
            );
        }
        // Works without JavaScript: there is none.
        assert!(!body.contains("<script"), "{locale}");
        // Each service's links, in this language: the appointments' main steps as buttons.
        for (href, key, class) in [
            ("/request", "request-title", " class=\"button\""),
            ("/status", "status-title", " class=\"button\""),
            ("/draws", "draws-title", ""),
            ("/statistics", "stats-title", ""),
        ] {
            let link = format!(
                "<a{class} href=\"{href}\">{}</a>",
                html_escape(&i18n.text(locale, key))
            );
            assert!(body.contains(&link), "{locale}: no {link}");
        }
    }
}

#[tokio::test]
async fn a_chosen_language_is_remembered_and_beats_the_browser() {
    let app = TestApp::spawn().await;
    let response = app.get("/language/ar?next=/ports", "es").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/ports");
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("garita_lang=ar"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );

    let page = app
        .client()
        .get(app.url("/ports"))
        .header(ACCEPT_LANGUAGE, "es-MX,es")
        .header(COOKIE, "garita_lang=ar")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
}

#[tokio::test]
async fn choosing_a_language_never_redirects_off_site() {
    let app = TestApp::spawn().await;
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/%2F%2Fevil.example",
    ] {
        let response = app.get(&format!("/language/es?next={next}"), "en").await;
        assert_eq!(response.headers()[LOCATION], "/", "{next}");
    }
    assert_eq!(
        app.get("/language/xx", "en").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_ports_page_lists_eight_crossings_and_1450_places() {
    let app = TestApp::spawn().await;
    let body = app.get("/ports", "es").await.text().await.unwrap();
    for code in ["SYS", "CXL", "NOG", "ELP", "EGP", "LRD", "HID", "BRO"] {
        assert!(body.contains(&format!("id=\"port-{code}\"")), "{code}");
    }
    for city in [
        "Tijuana",
        "Mexicali",
        "Ciudad Juárez",
        "Nuevo Laredo",
        "Matamoros",
    ] {
        assert!(body.contains(city), "{city}");
    }
    let total = catalogs().format(Locale::Es, "ports-total", &[("seats", 1450.into())]);
    assert!(body.contains(&html_escape(&total)), "{total}");
    let wait = html_escape(&catalogs().text(Locale::Es, "wait-title"));
    assert!(
        body.contains(&format!("<a href=\"/wait-times\">{wait}</a>")),
        "the wait-times service's link"
    );
}

#[tokio::test]
async fn the_api_lists_ports_and_seats_on_a_date() {
    let app = TestApp::spawn().await;
    let list: Value = app.get("/api/v1/ports", "en").await.json().await.unwrap();
    let ports = list["ports"].as_array().unwrap();
    assert_eq!(ports.len(), 8);
    let sum: u64 = ports
        .iter()
        .map(|p| p["default_daily_seats"].as_u64().unwrap())
        .sum();
    assert_eq!(sum, 1450);
    assert_eq!(list["total_default_daily_seats"], 1450);
    assert_eq!(ports[0]["code"], "SYS");
    assert_eq!(ports[0]["time_zone"], "America/Los_Angeles");
    assert_eq!(ports[0]["time_slots"][0], "07:00");
    assert!(ports[0].get("seats_on_date").is_none());

    let sys = PortCode::parse("SYS").unwrap();
    let day = ServiceDate::parse("2026-12-24").unwrap();
    app.store
        .set_capacity(&sys, day, Seats::new(42).unwrap(), Effects::none())
        .await
        .unwrap();
    let list: Value = app
        .get("/api/v1/ports?date=2026-12-24", "en")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["ports"][0]["seats_on_date"], 42);
    assert_eq!(list["ports"][1]["seats_on_date"], 100);

    let one: Value = app
        .get("/api/v1/ports/sys", "en")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(one["mexican_city"], "Tijuana");
}

#[tokio::test]
async fn api_errors_are_localized_problems_with_stable_types() {
    let app = TestApp::spawn().await;
    let i18n = catalogs();
    let cases = [
        (
            "/api/v1/ports?date=24/12/2026",
            "es",
            400,
            "/problems/invalid-input",
        ),
        ("/api/v1/ports/XXX", "fr", 404, "/problems/port-not-found"),
        ("/api/v1/ports/12", "ht", 400, "/problems/invalid-input"),
        ("/api/v1/nothing-here", "ar", 404, "/problems/not-found"),
    ];
    for (path, language, status, problem_type) in cases {
        let response = app.get(path, language).await;
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(
            response.headers()[CONTENT_TYPE],
            "application/problem+json",
            "{path}"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["type"], problem_type, "{path}");
        assert_eq!(problem["status"], status, "{path}");
        // Answered in the requester's language, not English.
        let english_title = i18n.text(
            Locale::En,
            &format!("problem-{}-title", &problem_type[10..]),
        );
        assert_ne!(problem["title"], english_title.as_str(), "{path}");
        assert!(!problem["detail"].as_str().unwrap().is_empty());
    }
    let problem: Value = app
        .get("/api/v1/ports?date=nope", "es")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        problem["detail"],
        i18n.text(Locale::Es, "input-date-format")
    );
    let problem: Value = app
        .get("/api/v1/ports/XXX", "fr")
        .await
        .json()
        .await
        .unwrap();
    assert!(problem["detail"].as_str().unwrap().contains("XXX"));

    // A body the API cannot read is a problem too, in the asker's words and naming the field,
    // never a Rust type.
    let post = |body: &'static str, content_type: &'static str| {
        reqwest::Client::new()
            .post(app.url("/api/v1/verify"))
            .header(CONTENT_TYPE, content_type)
            .header("accept-language", "es")
            .body(body)
            .send()
    };
    for (body, content_type, status, problem_type, field) in [
        (
            "{\"token\": ",
            "application/json",
            400,
            "/problems/body-not-json",
            None,
        ),
        (
            "token=x",
            "application/x-www-form-urlencoded",
            415,
            "/problems/body-media-type",
            None,
        ),
        (
            "{\"token\": 2}",
            "application/json",
            422,
            "/problems/invalid-fields",
            Some("token"),
        ),
        (
            "{}",
            "application/json",
            422,
            "/problems/invalid-fields",
            Some("token"),
        ),
    ] {
        let response = post(body, content_type).await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{body}");
        assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["type"], problem_type, "{body}");
        let text = problem.to_string();
        assert!(
            !text.contains("invalid type")
                && !text.contains("expected")
                && !text.contains("struct"),
            "{text}"
        );
        if let Some(field) = field {
            assert_eq!(problem["errors"][0]["field"], field, "{text}");
        } else {
            let key = &problem_type["/problems/".len()..];
            assert_eq!(
                problem["detail"],
                i18n.text(Locale::Es, &format!("problem-{key}")),
                "{text}"
            );
        }
    }
}

#[tokio::test]
async fn unknown_pages_get_a_localized_page_not_a_bare_error() {
    let app = TestApp::spawn().await;
    let response = app.get("/no/such/page", "tr").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body = response.text().await.unwrap();
    assert!(body.contains("<html lang=\"tr\""));
    assert!(body.contains(&html_escape(
        &catalogs().text(Locale::Tr, "error-not-found-title")
    )));
}

#[tokio::test]
async fn nothing_personal_is_cached_and_https_is_kept_to() {
    let app = TestApp::spawn().await;
    for path in ["/registration", "/api/v1/registration", "/account", "/"] {
        let response = app.get(path, "es").await;
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "{path} ({})",
            response.status()
        );
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none(),
            "no HSTS over plain HTTP"
        );
    }
    // The tab's icon is there, so no page logs a 404 for it.
    let icon = app.get("/favicon.ico", "es").await;
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
    // A static file keeps its own, longer life.
    let css = app.get("/static/garita.css", "es").await;
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=604800")
    );

    // Reached over HTTPS (its public address), the browser is told to stay on HTTPS.
    let secure = TestApp::spawn_configured(true, |s| {
        s.services.public_url = "https://garita.example".into()
    })
    .await;
    let home = secure.get("/", "es").await;
    assert_eq!(
        home.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz", "en").await.status(), StatusCode::OK);
    let ready = app.get("/readyz", "en").await;
    assert_eq!(ready.status(), StatusCode::OK);

    let unmigrated = TestApp::spawn_with(false).await;
    assert_eq!(
        unmigrated.get("/healthz", "en").await.status(),
        StatusCode::OK
    );
    let not_ready = unmigrated.get("/readyz", "en").await;
    assert_eq!(not_ready.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        not_ready
            .text()
            .await
            .unwrap()
            .contains("migrations pending")
    );
}

#[tokio::test]
async fn metrics_count_requests_by_route_never_by_raw_path() {
    let app = TestApp::spawn().await;
    app.get("/api/v1/ports/SYS", "en").await;
    app.get("/api/v1/ports/NOG", "en").await;
    app.get("/private-looking-path-4242", "en").await;
    // A job two minutes late.
    let now = app.services.now();
    let job = garita_store::jobs::NewJob {
        kind: "metrics.example".into(),
        dedup_key: "metrics.example:1".into(),
        payload: "{}".into(),
        due_at: now - 120_000,
        moves_until: None,
    };
    app.services.store.add_jobs(&[job], now).await.unwrap();
    let response = app.get("/metrics", "en").await;
    assert!(
        response.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .contains("openmetrics-text")
    );
    let text = response.text().await.unwrap();
    assert!(
        text.contains(r#"garita_http_requests_total{method="GET",route="/api/v1/ports/{code}",status="200"} 2"#),
        "{text}"
    );
    assert!(text.contains(r#"route="unmatched",status="404""#), "{text}");
    assert!(text.contains("garita_http_request_duration_seconds_bucket"));
    assert!(!text.contains("private-looking") && !text.contains("NOG"));
    assert!(
        text.contains(r#"garita_jobs_due{kind="metrics.example"} 1"#),
        "{text}"
    );
    assert!(text.contains(r#"garita_jobs_lag_seconds{kind="metrics.example"} 120"#));
    assert!(text.contains(r#"garita_db_connections{pool="read",state="idle"}"#));
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::spawn().await;
    let doc: Value = app
        .get("/api/v1/openapi.json", "en")
        .await
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["paths"]["/api/v1/ports"]["get"].is_object());
    assert!(doc["paths"]["/api/v1/ports/{code}"]["get"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    // Every service's operations keep the contract: unique ids, a schema for every success
    // body, the bearer scheme where a token is needed (CI also runs openapi-spec-validator and
    // Schemathesis on it).
    assert_eq!(garita_web::contract::problems(&doc), Vec::<String>::new());
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let me = &doc["paths"]["/api/v1/me"]["get"];
    assert_eq!(me["security"][0]["bearer"], serde_json::json!([]));
    assert!(me["responses"]["401"].is_object());
    for status in ["400", "413", "415", "422"] {
        assert!(doc["paths"]["/api/v1/requests"]["post"]["responses"][status].is_object());
    }
    assert_eq!(
        doc,
        serde_json::from_str::<Value>(&garita_web::openapi_json(crate::common::SERVICES)).unwrap()
    );
}

#[tokio::test]
async fn pages_are_small_self_contained_and_guarded() {
    let app = TestApp::spawn().await;
    for path in ["/", "/ports"] {
        let response = app
            .client()
            .get(app.url(path))
            .header(ACCEPT_ENCODING, "gzip")
            .header(ACCEPT_LANGUAGE, "hi")
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip", "{path}");
        for header in [
            "content-security-policy",
            "x-content-type-options",
            "referrer-policy",
        ] {
            assert!(response.headers().contains_key(header), "{path}: {header}");
        }
        let page = response.bytes().await.unwrap().len();
        let css = app
            .client()
            .get(app.url("/static/garita.css"))
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
            .len();
        // Everything a first visit loads, as transferred.
        assert!(page + css < 60 * 1024, "{path}: {page} + {css} bytes");
        let body = app.get(path, "en").await.text().await.unwrap();
        assert!(
            !body.contains("src=\"http") && !body.contains("href=\"http"),
            "{path}: third-party asset"
        );
        assert!(body.contains("name=\"viewport\""), "{path}");
    }
}
