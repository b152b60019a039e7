//! Trusted-traveller status over HTTP: a programme admin pastes a roster with one bad row (the
//! others stored, the bad one named with its line); a member reads their status and next step
//! in Spanish, a wrong number is named on its field and a wrong date of birth finds nothing; the
//! API answers the same and refuses a roster push from an applicant's token; one number looked
//! up too often is refused for a while, like a password guessed too often.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn a_roster_is_imported_and_a_member_reads_their_status() {
    let app = TestApp::spawn().await;
    let admin = app.staff("p@cbp.example", Role::ProgrammeAdmin, None).await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin, "/staff/trusted-traveler").await;
    let today = app.services.now_utc().date_naive();
    let roster = format!(
        "programme,membership_number,birth_date,status,expires_on\n\
         global-entry,987654321,1980-02-29,approved,{}\n\
         PreCheck,111111111,1990-01-01,approved,2030-01-01\n\
         sentri,222222222,1990-01-01,conditionally-approved,\n",
        today + chrono::Days::new(400)
    );
    let imported = admin
        .post(app.url("/staff/trusted-traveler/roster"))
        .form(&[("csrf", csrf(&page)), ("roster", roster)])
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let imported = imported.text().await.unwrap();
    assert!(imported.contains("2 members stored"), "{imported}");
    assert!(imported.contains("Line 3, programme"), "{imported}");

    // A roster of 5,000 members (more than the platform's form limit) is taken whole.
    let mut large = String::from("programme,membership_number,birth_date,status,expires_on\n");
    for i in 0..5000 {
        large.push_str(&format!(
            "nexus,{:09},1970-01-01,pending-review,\n",
            500_000_000 + i
        ));
    }
    let page = app.page(&admin, "/staff/trusted-traveler").await;
    let imported = admin
        .post(app.url("/staff/trusted-traveler/roster"))
        .form(&[("csrf", csrf(&page)), ("roster", large)])
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), StatusCode::OK);
    assert!(imported.text().await.unwrap().contains("members stored"));

    // A member, in Spanish.
    let member = app.browser();
    let look = |number: &'static str, born: &'static str| {
        let member = member.clone();
        let app = &app;
        async move {
            let form = member
                .get(app.url("/trusted-traveler"))
                .header("Accept-Language", "es")
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            member
                .post(app.url("/trusted-traveler"))
                .header("Accept-Language", "es")
                .form(&[
                    ("csrf", csrf(&form)),
                    ("membership_number", number.to_string()),
                    ("born", born.to_string()),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let es = |key: &str| i18n.text(garita_i18n::Locale::Es, key);
    let found = look("987-654-321", "1980-02-29").await;
    assert_eq!(found.status(), StatusCode::OK);
    let found = found.text().await.unwrap();
    assert!(
        found.contains(&common::html_escape(&es("trusted-status-approved"))),
        "{found}"
    );
    let sentri = look("222222222", "1990-01-01").await.text().await.unwrap();
    assert!(sentri.contains(&common::html_escape(&es(
        "trusted-next-conditionally-approved"
    ))));
    let wrong_number = look("12345", "1980-02-29").await;
    assert_eq!(wrong_number.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong_number
            .text()
            .await
            .unwrap()
            .contains(&common::html_escape(&es("trusted-number-format")))
    );
    let other_date = look("987654321", "1980-03-01").await;
    assert_eq!(other_date.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        other_date
            .text()
            .await
            .unwrap()
            .contains(&common::html_escape(&es("trusted-not-found")))
    );

    // The API: the same look-up; a roster push needs a programme admin's token.
    let api = reqwest::Client::new();
    let status: Value = api
        .post(app.url("/api/v1/trusted-traveler/status"))
        .json(&json!({"membership_number": "987654321", "birth_date": "1980-02-29"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(status["programme"], "global-entry");
    assert_eq!(status["status"], "approved");
    let applicant = app.services.synthetic_applicant(0, 1).await.unwrap();
    let pushed = api
        .post(app.url("/api/v1/trusted-traveler/roster"))
        .bearer_auth(&applicant.token)
        .json(&json!({"rows": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(pushed.status(), StatusCode::FORBIDDEN);
    // A roster may be far larger than other bodies (256 KB), up to 8 MB, as the API document says.
    let roster = |n: usize| {
        let row = json!({"programme": "global-entry", "membership_number": "987654321",
            "birth_date": "1980-02-29", "status": "approved", "expires_on": "2030-01-01"});
        json!({ "rows": vec![row; n] })
    };
    for (n, answer) in [
        (3_000, StatusCode::FORBIDDEN),
        (80_000, StatusCode::PAYLOAD_TOO_LARGE),
    ] {
        let pushed = api
            .post(app.url("/api/v1/trusted-traveler/roster"))
            .bearer_auth(&applicant.token)
            .json(&roster(n))
            .send()
            .await
            .unwrap();
        assert_eq!(pushed.status(), answer, "{n} rows");
    }
    let document: Value = api
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let limit = &document["paths"]["/api/v1/trusted-traveler/roster"]["post"]["responses"]["413"];
    assert!(
        limit["description"].as_str().unwrap().contains("8 MB"),
        "{limit}"
    );

    // One number looked up again and again (ten a hour) is refused for a while.
    let mut last = StatusCode::OK;
    for _ in 0..9 {
        last = api
            .post(app.url("/api/v1/trusted-traveler/status"))
            .json(&json!({"membership_number": "987654321", "birth_date": "1980-01-01"}))
            .send()
            .await
            .unwrap()
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}
