//! An observer commits on its page before a day opens, is refused a reveal before the close and
//! told why, reveals after it and reads its receipt; the day's API shows the commitment.

use crate::web::common::{TestApp, csrf};
use garita_appointments::domain::draw::hex;
use garita_appointments::domain::observers;
use garita_domain::Role;

/// 2027-01-15 03:00 in New York: that day's window (12:00 to 23:59) has not opened.
const START: i64 = 1_800_000_000_000;

#[tokio::test]
async fn an_observer_commits_then_reveals_and_reads_its_receipt() {
    let (app, time) = TestApp::spawn_at(START).await;
    let id = app
        .staff("observer@legal-aid.example", Role::Observer, None)
        .await;
    let browser = app.signed_in(&id, None).await;
    let day: chrono::NaiveDate = "2027-01-15".parse().unwrap();
    app.services.open_day(day).await.unwrap();
    let page = app.page(&browser, "/staff/observe").await;
    assert!(
        page.contains("Observe the draw") && page.contains(&id),
        "{page}"
    );
    assert!(page.contains("You have not committed for any day yet."));

    let send = |browser: &reqwest::Client, path: &'static str, page: String, value: String| {
        let browser = browser.clone();
        let url = app.url(path);
        async move {
            let response = browser
                .post(url)
                .form(&[
                    ("csrf", csrf(&page).as_str()),
                    ("date", "2027-01-15"),
                    ("value", value.as_str()),
                ])
                .send()
                .await
                .unwrap();
            let status = response.status();
            let text = response.text().await.unwrap();
            assert_eq!(status, 200, "{text}");
            text
        }
    };
    let secret = [42u8; 32];
    let commitment = hex(&observers::commitment(day, &id, &secret));
    let page = send(&browser, "/staff/observe/commit", page, "not hex".into()).await;
    assert!(page.contains("Write exactly 64 characters"), "{page}");
    let page = send(&browser, "/staff/observe/commit", page, commitment.clone()).await;
    assert!(page.contains("is kept"), "{page}");
    assert!(page.contains(&commitment) && page.contains("Not revealed"));
    // The day's API publishes the commitment (the hash only) from the start.
    let api: serde_json::Value = browser
        .get(app.url("/api/v1/draws/2027-01-15"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api["observers"][0]["commitment"], commitment.as_str());
    assert_eq!(api["observers"][0]["name"], "Test organisation");
    assert!(api["observers"][0]["status"].is_null());
    assert!(api["beacon_round"].as_u64().unwrap() > 1);

    let page = send(&browser, "/staff/observe/reveal", page, hex(&secret)).await;
    assert!(page.contains("have not closed yet"), "{page}");
    // After the close (23:59 in New York, 04:59 UTC), within the reveal period (15 minutes).
    time.fetch_add(21 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
    // (a staff session does not last that long: sign in again)
    let browser = app.signed_in(&id, None).await;
    let page = app.page(&browser, "/staff/observe").await;
    let page = send(&browser, "/staff/observe/reveal", page, hex(&secret)).await;
    assert!(page.contains("goes into the draw"), "{page}");
    assert!(page.contains("In the draw"), "{page}");
    let page = send(&browser, "/staff/observe/reveal", page, hex(&secret)).await;
    assert!(page.contains("already revealed"), "{page}");
}
