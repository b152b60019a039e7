//! The test-only `hello` service, joined to the build by one line of `SERVICES`: its page keeps
//! a sealed note, its job tells the person through the kernel's outbox (once), its staff page
//! passes the one policy check, its API route and OpenAPI part are served, its link is on the
//! home page, and its part is in the signed record.

use crate::web::common::{TestApp, csrf};
use garita_domain::Role;

#[tokio::test]
async fn a_service_added_by_one_line_serves_its_page_job_message_staff_page_and_api() {
    let app = TestApp::spawn().await;
    let admin = app
        .staff("admin@garita.test", Role::ProgrammeAdmin, None)
        .await;
    let browser = app.signed_in(&admin, None).await;
    app.last_message().await; // the staff account's own set-up message

    let page = app.page(&browser, "/hello").await;
    assert!(page.contains("Notes you kept: 0"), "{page}");
    let keep = |note: &'static str, page: String| {
        let browser = browser.clone();
        let url = app.url("/hello");
        async move {
            browser
                .post(url)
                .form(&[("csrf", csrf(&page).as_str()), ("note", note)])
                .send()
                .await
                .unwrap()
        }
    };
    let refused = keep("   ", page.clone()).await;
    assert!(refused.status().is_client_error(), "{}", refused.status());
    let kept = keep("Meet at the bridge", page).await;
    assert_eq!(kept.status(), 303);
    let page = app.page(&browser, "/hello").await;
    assert!(
        page.contains("Notes you kept: 1") && page.contains("Meet at the bridge"),
        "{page}"
    );

    // Its job writes its message through the kernel's outbox, once.
    app.services.run_due_jobs("test").await.unwrap();
    let (kind, payload) = app.last_message().await.expect("the note is acknowledged");
    assert_eq!(kind, "note-kept");
    assert_eq!(
        payload.link.as_deref(),
        Some("/hello"),
        "a path, addressed when it leaves"
    );
    app.services.run_due_jobs("test").await.unwrap();
    assert!(app.last_message().await.is_none(), "told once");

    // Its staff page, for the roles it lists.
    let staff = app.page(&browser, "/staff/hello").await;
    assert!(staff.contains("Notes kept by everyone: 1"), "{staff}");
    assert!(
        app.page(&browser, "/staff")
            .await
            .contains("href=\"/staff/hello\"")
    );

    // Its API route and OpenAPI part.
    let json = |path: &str| {
        let request = browser.get(app.url(path));
        async move {
            let body: serde_json::Value = request.send().await.unwrap().json().await.unwrap();
            body
        }
    };
    assert_eq!(json("/api/v1/hello").await["greeting"], "hello");
    let document = json("/api/v1/openapi.json").await;
    assert!(document["paths"]["/api/v1/hello"]["get"].is_object());
    assert!(document["paths"]["/api/v1/requests"]["post"].is_object());

    // Its link on the home page, and its part of the person's signed record.
    assert!(app.page(&browser, "/").await.contains("href=\"/hello\""));
    let account = app.store.account(&admin).await.unwrap().unwrap();
    let record = app.services.signed_record(&account).await.unwrap();
    let record: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
    assert_eq!(record["hello_notes_kept_at"].as_array().unwrap().len(), 1);
    assert!(record["appointments"].is_array());
}
