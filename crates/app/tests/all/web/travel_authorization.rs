//! Travel authorization over HTTP: the supporter files in English for an adult and a child (the
//! child without a guardian refused on its field, what was typed kept), the adult takes the
//! code in Haitian Creole and answers for both, confirms with a still photo and the position;
//! the adjudicator opens the evidence (audited) and the photo, and authorizes; the QR code's
//! text is genuine at `/verify`; the officer finds it at the port and records parole. The API
//! files and lists a case, with refused fields named.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use reqwest::StatusCode;

const ZONE: &str =
    "P<HTIJOSEPH<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<\nHA12345677HTI9005042F3104150<<<<<<<<<<<<<<<8";

fn filing(given_guardian: &str) -> Vec<(&'static str, String)> {
    let mut f: Vec<(&'static str, String)> = vec![
        ("given", "Jean".into()),
        ("family", "Baptiste".into()),
        ("status", "citizen".into()),
        ("state", "FL".into()),
        ("supports", "yes".into()),
        ("consents", "yes".into()),
    ];
    for (slot, given, born, email, guardian) in [
        ("p1", "Marie", "1990-05-04", "marie@example.com", ""),
        ("p2", "Ti Jak", "2016-02-01", "", given_guardian),
    ] {
        let name =
            |field: &str| -> &'static str { Box::leak(format!("{slot}-{field}").into_boxed_str()) };
        f.extend([
            (name("given"), given.to_string()),
            (name("family"), "Joseph".to_string()),
            (name("born"), born.to_string()),
            (name("nationality"), "HT".to_string()),
            (name("email"), email.to_string()),
            (name("language"), "ht".to_string()),
            (name("relationship"), "sibling".to_string()),
            (name("guardian"), guardian.to_string()),
        ]);
    }
    f
}

#[tokio::test]
async fn filed_confirmed_authorized_verified_and_paroled_over_http() {
    let app = TestApp::spawn().await;
    let supporter = app.services.synthetic_applicant(0, 1).await.unwrap();
    let browser = app.signed_in(&supporter.account_id, Some("en")).await;
    let home = app.page(&browser, "/travel-authorization").await;
    assert!(
        home.contains("Uniting for Ukraine"),
        "the programmes, in words"
    );
    let path = "/travel-authorization/file?programme=chnv&people=2";
    let form = app.page(&browser, path).await;
    assert!(form.contains("name=\"p2-guardian\""));
    let post = |fields: Vec<(&'static str, String)>, page: &str| {
        let mut all = vec![("csrf", csrf(page))];
        all.extend(fields);
        browser.post(app.url(path)).form(&all).send()
    };

    // The child needs the adult's number: said on the field, the names kept.
    let refused = post(filing(""), &form).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("Ti Jak"), "what was typed is kept");
    assert!(refused.contains("parent or guardian"), "{refused}");
    let filed = post(filing("1"), &refused).await.unwrap();
    assert_eq!(filed.status(), StatusCode::SEE_OTHER);
    let case_path = filed.headers()["location"].to_str().unwrap().to_string();
    let case = app.page(&browser, &case_path).await;
    assert!(case.contains("Waiting for the person to confirm"));

    // The adult's invitation, in Haitian Creole, with the code.
    let (kind, invitation) = app.last_message().await.unwrap();
    assert_eq!(kind, "ta-invited");
    assert_eq!(invitation.locale, "ht");
    assert_eq!(invitation.to, "marie@example.com");
    let code = invitation.code.unwrap();
    let marie = app.services.synthetic_applicant(1, 1).await.unwrap();
    let phone = app.signed_in(&marie.account_id, Some("ht")).await;
    let page = app.page(&phone, "/travel-authorization/invitation").await;
    let wrong = phone
        .post(app.url("/travel-authorization/invitation"))
        .form(&[("csrf", csrf(&page)), ("code", "TAI-0000-0000".into())])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let took = phone
        .post(app.url("/travel-authorization/invitation"))
        .form(&[("csrf", csrf(&page)), ("code", code.to_lowercase())])
        .send()
        .await
        .unwrap();
    assert_eq!(took.status(), StatusCode::SEE_OTHER);
    let person_path = took.headers()["location"].to_str().unwrap().to_string();
    let mine = app.page(&phone, "/travel-authorization").await;
    assert!(mine.contains("Ti Jak"), "the child is hers to answer for");
    let confirm = app.page(&phone, &person_path).await;
    assert!(confirm.contains("lang=\"ht\""));
    assert!(
        confirm.contains("data-liveness-steps="),
        "the camera's check"
    );
    assert!(confirm.contains("name=\"attest-own-travel\""));
    assert!(confirm.contains("/static/request.js"), "the position");
    let photo = crate::common::face("obama-1.jpg");
    let send = |page: String, mrz: &str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf(&page))
            .text("challenge", "")
            .text("attest-truthful", "yes")
            .text("attest-vaccinations", "yes")
            .text("attest-own-travel", "yes")
            .text("mrz", mrz.to_string())
            .text("latitude", "18.5392")
            .text("longitude", "-72.3364")
            .text("accuracy", "30")
            .part(
                "photo",
                reqwest::multipart::Part::bytes(photo.clone())
                    .file_name("photo.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            )
            .part(
                "passport_page",
                reqwest::multipart::Part::bytes(crate::common::face("obama-2.jpg"))
                    .file_name("passport.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            );
        phone.post(app.url(&person_path)).multipart(form).send()
    };
    let bad = send(confirm.clone(), "P<HTI").await.unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let bad = bad.text().await.unwrap();
    assert!(
        bad.contains("P&lt;HTI") || bad.contains("P&#60;HTI"),
        "the lines typed are kept: {bad}"
    );
    let sent = send(bad, ZONE).await.unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);

    // The adjudicator: the queue, the evidence and the photo (both audited), the decision.
    let adjudicator = app
        .staff("adjudicator@cbp.example", Role::Adjudicator, None)
        .await;
    let desk = app.signed_in(&adjudicator, None).await;
    let queue = app.page(&desk, "/staff/travel-authorization").await;
    assert!(queue.contains("One person is waiting"), "{queue}");
    let id = person_path.rsplit('/').next().unwrap();
    let evidence = app
        .page(&desk, &format!("/staff/travel-authorization/{id}"))
        .await;
    assert!(evidence.contains("HA1234567"), "the passport number");
    assert!(evidence.contains("Haiti"), "the country at confirmation");
    assert!(
        evidence.contains("Compared automatically"),
        "the passport's portrait compared"
    );
    let image = desk
        .get(app.url(&format!("/staff/travel-authorization/{id}/photo")))
        .send()
        .await
        .unwrap();
    assert_eq!(image.headers()["content-type"], "image/jpeg");
    let decided = desk
        .post(app.url(&format!("/staff/travel-authorization/{id}/decide")))
        .form(&[("csrf", csrf(&evidence)), ("authorize", "yes".into())])
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), StatusCode::OK);
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    for action in [
        "travel-authorization.opened",
        "travel-authorization.photo-viewed",
        "travel-authorization.authorized",
    ] {
        assert!(audit.iter().any(|e| e.action == action), "{action}");
    }

    // Her page: the QR code and its text, genuine at /verify.
    let authorized = app.page(&phone, &person_path).await;
    let token = common::shown_code(&authorized);
    assert!(token.starts_with("GTA1."));
    let verified = app.verify(&token).await;
    assert!(verified.contains("M.J."), "initials only: {verified}");

    // At the port of arrival: found by the QR code's text, parole recorded.
    let officer = app
        .staff("officer@cbp.example", Role::Officer, Some("SYS"))
        .await;
    let port = app.signed_in(&officer, None).await;
    // The token's characters are URL-safe (base64url and dots).
    let found = app
        .page(
            &port,
            &format!("/staff/ports/SYS/travel-authorization?number={token}"),
        )
        .await;
    assert!(found.contains("HA1234567"), "{found}");
    let recorded = port
        .post(app.url(&format!(
            "/staff/ports/SYS/travel-authorization/{id}/parole"
        )))
        .form(&[
            ("csrf", csrf(&found)),
            ("admission_number", "12345678901".into()),
            ("class", "DT".into()),
            ("until", "2029-01-01".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(recorded.status(), StatusCode::OK);
    let paroled = app.page(&phone, &person_path).await;
    assert!(paroled.contains("12345678901"), "she sees the parole");
}

#[tokio::test]
async fn the_api_files_and_lists_with_refused_fields_named() {
    use serde_json::{Value, json};
    let app = TestApp::spawn().await;
    let supporter = app.services.synthetic_applicant(0, 1).await.unwrap();
    let api = reqwest::Client::new();
    let person = json!({"given": "Olena", "family": "Shevchenko", "born_day": "1",
        "born_month": "2", "born_year": "1985", "nationality": "UA",
        "email": "olena@example.com", "language": "ru", "relationship": "friend"});
    let body = |state: &str| {
        json!({"programme": "u4u",
            "supporter": {"given": "Ann", "family": "Lee", "status": "citizen",
                          "state": state, "supports": true, "consents": true},
            "beneficiaries": [person.clone()]})
    };
    let post = |body: Value| {
        api.post(app.url("/api/v1/travel-authorization/cases"))
            .bearer_auth(&supporter.token)
            .json(&body)
            .send()
    };
    let wrong = post(body("ZZ")).await.unwrap();
    assert_eq!(wrong.status(), 422);
    let wrong: Value = wrong.json().await.unwrap();
    assert_eq!(wrong["errors"][0]["field"], "supporter.state", "{wrong}");
    let filed = post(body("NY")).await.unwrap();
    assert_eq!(filed.status(), 201);
    let listed: Value = api
        .get(app.url("/api/v1/travel-authorization/cases"))
        .bearer_auth(&supporter.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed[0]["beneficiaries"][0]["status"], "invited");
}
