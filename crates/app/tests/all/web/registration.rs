//! The registration pages: start, field errors, adding a child, correcting a date of birth
//! without losing the place, the history, and the neutral answer for a duplicate person.

use crate::web::common;
use common::{TestApp, csrf, html_escape};
use garita_domain::{Email, Role};
use garita_i18n::Locale;
use garita_store::records::SessionKind;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, LOCATION};

async fn applicant(app: &TestApp, email: &str) -> reqwest::Client {
    let token = app
        .services
        .sign_up(garita_kernel::accounts::SignUp {
            login: garita_domain::Login::Email(Email::parse(email).unwrap()),
            phone: None,
            password: "lakay se lakay 2026".into(),
            locale: Locale::Es,
            origin: vec![],
        })
        .await
        .unwrap();
    let code = app.last_message().await.unwrap().1.code.unwrap();
    let id = app
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    app.signed_in(&id, Some("es")).await
}

fn t(key: &str) -> String {
    html_escape(
        &crate::common::BUILD
            .catalogs()
            .unwrap()
            .text(Locale::Es, key),
    )
}

fn luisa<'a>(token: &'a str, month: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", token),
        ("street", "1200 Main St"),
        ("city", "Houston"),
        ("state", "TX"),
        ("zip", "77002"),
        ("given", "Luisa"),
        ("family", "Pérez Gómez"),
        ("birth_day", "3"),
        ("birth_month", month),
        ("birth_year", "1990"),
        ("birth_country", "VE"),
        ("birth_city", "Maracaibo"),
        ("residence", "MX"),
        ("nationality", "VE"),
        ("gender", "female"),
        ("language", "Español"),
        ("height_cm", ""),
        ("height_ft", "5"),
        ("height_in", "3"),
        ("weight", "130"),
        ("weight_unit", "lb"),
        ("eyes", "brown"),
        ("home_address", "Calle 72, Maracaibo"),
        ("travel_history", "Colombia, Panamá, Guatemala"),
        ("document_kind", "passport"),
        ("document_country", "VE"),
        ("document_number", "123456789"),
    ]
}

#[tokio::test]
async fn a_group_is_registered_corrected_and_keeps_its_place() {
    let app = TestApp::spawn().await;
    let browser = applicant(&app, "luisa@example.org").await;
    let first = browser.get(app.url("/registration")).send().await.unwrap();
    assert_eq!(first.headers()[LOCATION], "/registration/start");

    let page = browser
        .get(app.url("/registration/start"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    // Mistakes come back next to their fields, in Spanish, with what was typed kept.
    let mut wrong = luisa(&token, "2");
    wrong.retain(|(k, _)| *k != "birth_day" && *k != "zip");
    wrong.push(("birth_day", "30"));
    wrong.push(("zip", "7700"));
    let page = browser
        .post(app.url("/registration/start"))
        .form(&wrong)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&t("field-date-invalid")), "February 30th");
    assert!(page.contains(&t("field-zip")));
    assert!(page.contains("value=\"Maracaibo\""));
    // The problems are listed at the top, each a link to its question (GOV.UK's pattern), and
    // the date of birth is one question under one legend.
    let summary = &page[page.find("class=\"problems\"").expect("a summary")..];
    let summary = &summary[..summary.find("</div>").unwrap()];
    for (id, key) in [
        ("f-birth_day", "field-date-invalid"),
        ("f-zip", "field-zip"),
    ] {
        assert!(
            summary.contains(&format!("href=\"#{id}\"")) && summary.contains(&t(key)),
            "{summary}"
        );
    }
    assert!(page.contains(&format!("<legend>{}", t("traveller-birth-date"))));
    // An empty date is said to be missing, not impossible; the folded optional questions open
    // where something in them was filled in.
    let mut empty = luisa(&token, "");
    empty.retain(|(k, _)| *k != "birth_day" && *k != "birth_year");
    let page = browser
        .post(app.url("/registration/start"))
        .form(&empty)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&t("field-date-missing")), "{page}");
    assert!(!page.contains(&t("field-date-invalid")));
    assert!(
        page.contains("<details open>"),
        "the document was filled in"
    );

    let saved = browser
        .post(app.url("/registration/start"))
        .form(&luisa(&token, "4"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        saved.status(),
        StatusCode::SEE_OTHER,
        "{}",
        saved.text().await.unwrap()
    );
    let summary = browser
        .get(app.url("/registration"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(summary.contains("Luisa Pérez Gómez"));
    let owner_id = id_of(&app, "luisa@example.org").await;
    let created = app.services.registration(&owner_id).await.unwrap().unwrap();
    assert_eq!(created.travellers[0].details.height.cm(), 160, "5 ft 3 in");
    assert_eq!(created.travellers[0].details.weight.kg(), 59, "130 lb");

    // A child joins the group.
    let page = browser
        .get(app.url("/registration/travellers/new"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    let mut child: Vec<(&str, &str)> = luisa(&token, "9")
        .into_iter()
        .filter(|(k, _)| {
            !k.starts_with("document") && !["street", "city", "state", "zip"].contains(k)
        })
        .collect();
    for (k, v) in child.iter_mut() {
        match *k {
            "given" => *v = "Mateo",
            "family" => *v = "Pérez",
            "birth_year" => *v = "2019",
            "height_ft" => *v = "3",
            "weight" => *v = "40",
            _ => {}
        }
    }
    child.push(("version", "1"));
    let added = browser
        .post(app.url("/registration/travellers/new"))
        .form(&child)
        .send()
        .await
        .unwrap();
    assert_eq!(
        added.status(),
        StatusCode::SEE_OTHER,
        "{}",
        added.text().await.unwrap()
    );

    // Luisa was born in May, not April. Correcting it keeps her group's place.
    let r = app.services.registration(&owner_id).await.unwrap().unwrap();
    let luisa_id = r.travellers[0].id.clone();
    let page = browser
        .get(app.url(&format!("/registration/travellers/{luisa_id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("value=\"Luisa\""),
        "the form shows what is stored"
    );
    let token = csrf(&page);
    let mut fix: Vec<(&str, &str)> = luisa(&token, "5")
        .into_iter()
        .filter(|(k, _)| !["street", "city", "state", "zip"].contains(k))
        .collect();
    fix.push(("version", "2"));
    let fixed = browser
        .post(app.url(&format!("/registration/travellers/{luisa_id}")))
        .form(&fix)
        .send()
        .await
        .unwrap();
    assert_eq!(
        fixed.status(),
        StatusCode::SEE_OTHER,
        "{}",
        fixed.text().await.unwrap()
    );
    let after = app.services.registration(&owner_id).await.unwrap().unwrap();
    assert_eq!(after.created_at, created.created_at);
    assert_eq!(after.version, 3);
    assert_eq!(after.travellers.len(), 2);
    assert_eq!(
        after.travellers[0].birth_date.date().to_string(),
        "1990-05-03"
    );

    let history = browser
        .get(app.url("/registration/history"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        history.contains("1990-04-03") && history.contains("1990-05-03"),
        "{history}"
    );

    // Another account typing the same person is refused in neutral words.
    let other = applicant(&app, "otra@example.org").await;
    let page = other
        .get(app.url("/registration/start"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    let mut same = luisa(&token, "5");
    same.retain(|(k, _)| *k != "document_number");
    let refused = other
        .post(app.url("/registration/start"))
        .header(ACCEPT_LANGUAGE, "es")
        .form(&same)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains(&t("registration-already-registered")));
    for word in ["fraud", "fraude", "sospech", "suspicious"] {
        assert!(!refused.to_lowercase().contains(word), "{word}");
    }

    // The person can ask for a review right there: one case opens for a reviewer.
    assert!(refused.contains("action=\"/registration/review\""));
    let start = refused.find("action=\"/registration/review\"").unwrap();
    let review_form = &refused[start..];
    let hidden = |name: &str| -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let at = review_form.find(&marker).unwrap() + marker.len();
        review_form[at..]
            .split('"')
            .next()
            .unwrap()
            .replace("&#39;", "'")
            .replace("&#34;", "\"")
    };
    let fields: Vec<(String, String)> = [
        "given",
        "family",
        "birth_day",
        "birth_month",
        "birth_year",
        "birth_country",
        "document_number",
    ]
    .iter()
    .map(|n| (n.to_string(), hidden(n)))
    .chain([("csrf".to_string(), hidden("csrf"))])
    .collect();
    let asked = other
        .post(app.url("/registration/review"))
        .form(&fields)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        asked.contains(&t("registration-review-requested")),
        "{asked}"
    );
    let cases = app.store.open_cases().await.unwrap();
    let other_id = id_of(&app, "otra@example.org").await;
    assert!(
        cases
            .iter()
            .any(|c| c.kind == "already-registered" && c.subject == other_id),
        "{cases:?}"
    );

    // The person sees the review about them, waiting; a reviewer sees the evidence and decides
    // with a reason; the person reads the decision in neutral words and appeals once.
    let mine = other
        .get(app.url("/account/cases"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(mine.contains(&t("cases-waiting")), "{mine}");
    let admin = app
        .staff("revisora@garita.example", Role::ProgrammeAdmin, None)
        .await;
    let admin = app.signed_in(&admin, Some("es")).await;
    let queue = app.page(&admin, "/staff/reviews").await;
    assert!(
        queue.contains("L. P. G.") && !queue.contains("Pérez"),
        "{queue}"
    );
    let case = cases
        .iter()
        .find(|c| c.subject == other_id)
        .unwrap()
        .id
        .clone();
    let decide = |reason: &'static str| {
        admin
            .post(app.url(&format!("/staff/reviews/cases/{case}/decide")))
            .form(&[
                ("csrf", csrf(&queue)),
                ("decision", "no-action".into()),
                ("reason", reason.into()),
            ])
            .send()
    };
    let no_reason = decide("").await.unwrap();
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .text()
            .await
            .unwrap()
            .contains(&t("review-case-reason-needed"))
    );
    assert_eq!(
        decide("misma persona").await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    let mine = app.page(&other, "/account/cases").await;
    assert!(mine.contains(&t("cases-decision-no-action")), "{mine}");
    assert!(
        !mine.contains("misma persona"),
        "the reviewer's reason stays with the case"
    );
    let appealed = other
        .post(app.url(&format!("/account/cases/{case}/appeal")))
        .form(&[
            ("csrf", csrf(&mine)),
            (
                "statement",
                "No soy ella: tengo otro pasaporte.".to_string(),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(appealed.status(), StatusCode::SEE_OTHER);
    let mine = app.page(&other, "/account/cases").await;
    assert!(!mine.contains("/appeal\""), "one appeal: {mine}");
    let queue = app.page(&admin, "/staff/reviews").await;
    assert!(queue.contains("tengo otro pasaporte"), "{queue}");

    // An auditor finds what was done about the person, newest first, and takes it as CSV.
    let found = app
        .page(
            &admin,
            &format!("/staff/audit?action=review.case&subject={other_id}"),
        )
        .await;
    assert!(found.contains("review.case-decided") && found.contains("review.case-appealed"));
    assert!(
        !found.contains("registration.saved"),
        "only what was asked for"
    );
    let wrong = admin
        .get(app.url("/staff/audit?from=ayer"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let csv = admin
        .get(app.url(&format!("/staff/audit.csv?subject={other_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("seq,at_utc,actor,action,subject,detail"));
    assert!(csv.lines().skip(1).all(|l| l.contains(&other_id)), "{csv}");
}

async fn id_of(app: &TestApp, email: &str) -> String {
    let lookup = app
        .services
        .keys
        .lookup("email", &Email::parse(email).unwrap().lookup_form());
    app.store
        .account_by_email(&lookup)
        .await
        .unwrap()
        .unwrap()
        .id
}

fn photo(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn upload(
    browser: &reqwest::Client,
    app: &TestApp,
    traveller: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let page = browser
        .get(app.url(&format!("/registration/travellers/{traveller}/photo")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf(&page))
        .part(
            "photo",
            reqwest::multipart::Part::bytes(bytes)
                .file_name("photo.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    browser
        .post(app.url(&format!("/registration/travellers/{traveller}/photo")))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn photos_are_checked_and_the_signed_record_verifies_with_the_published_key() {
    let app = TestApp::spawn().await;
    let browser = applicant(&app, "rosa@example.org").await;
    let page = browser
        .get(app.url("/registration/start"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    browser
        .post(app.url("/registration/start"))
        .form(&luisa(&token, "4"))
        .send()
        .await
        .unwrap();
    let owner_id = id_of(&app, "rosa@example.org").await;
    let traveller = app
        .services
        .registration(&owner_id)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();

    let summary = browser
        .get(app.url("/registration"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(summary.contains(&t("photo-status-missing")));
    assert!(!summary.contains("href=\"/request\""), "not ready yet");
    // A group photo: the person is told what to change, in Spanish.
    let refused = upload(&browser, &app, &traveller, photo("three-people.jpg"))
        .await
        .text()
        .await
        .unwrap();
    assert!(refused.contains(&t("photo-several-faces")), "{refused}");
    // A photo over the limit is refused with the limit in words and what to do.
    let huge = upload(&browser, &app, &traveller, vec![0xd8; 13 * 1024 * 1024]).await;
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let said = crate::common::BUILD.catalogs().unwrap().format(
        Locale::Es,
        "upload-too-large",
        &[("megabytes", 12.into())],
    );
    let huge = huge.text().await.unwrap();
    assert!(huge.contains(&html_escape(&said)), "{huge}");
    let accepted = upload(&browser, &app, &traveller, photo("portrait-3.jpg")).await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    let summary = browser
        .get(app.url("/registration"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(summary.contains(&t("photo-status-accepted")));
    // Everyone who needs a photo has one: the next step is said, in the person's language.
    assert!(
        summary.contains(&format!(
            "<a href=\"/request\">{}</a>",
            t("request-next-from-group")
        )),
        "{summary}"
    );
    assert!(
        summary.contains("href=\"/registration/record\""),
        "the summary links to the record"
    );
    let own = browser
        .get(app.url(&format!("/registration/travellers/{traveller}/photo.jpg")))
        .send()
        .await
        .unwrap();
    assert_eq!(own.headers()["content-type"], "image/jpeg");
    // Another account cannot see it.
    let stranger = applicant(&app, "stranger@example.org").await;
    let other = stranger
        .get(app.url(&format!("/registration/travellers/{traveller}/photo.jpg")))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);

    // The record: downloaded, checked with the key anyone can fetch.
    let record: serde_json::Value = browser
        .get(app.url("/registration/record.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let keys: serde_json::Value = reqwest::get(app.url("/.well-known/garita-keys.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let key = &keys["keys"][0];
    assert_eq!(key["key_id"], record["key_id"]);
    let payload = record["payload"].as_str().unwrap();
    let signature = record["signature"].as_str().unwrap();
    let public = key["public_key"].as_str().unwrap();
    assert!(garita_security::verify_signature(
        public,
        payload.as_bytes(),
        signature
    ));
    assert!(payload.contains("Pérez Gómez") && payload.contains("1200 Main St"));
    assert!(
        payload.contains("\"jpeg_base64\""),
        "the photo is part of what they hold"
    );
    // What was sent to them and what others did in their account are part of it too.
    let parsed: serde_json::Value = serde_json::from_str(payload).unwrap();
    assert!(
        parsed["messages"].as_array().is_some_and(|m| !m.is_empty()),
        "{payload}"
    );
    assert!(parsed["actions_by_others"].is_array() && parsed["requests"].is_array());

    // Anyone can check the file on /record/check, without signing in: genuine as downloaded,
    // not genuine once changed, and a file that is no record is said to be none.
    let check = |file: String| {
        let app = &app;
        async move {
            let anyone = app.browser();
            let page = app.page(&anyone, "/record/check").await;
            let form = reqwest::multipart::Form::new()
                .text("csrf", csrf(&page))
                .part(
                    "record",
                    reqwest::multipart::Part::bytes(file.into_bytes())
                        .file_name("garita-record.json")
                        .mime_str("application/json")
                        .unwrap(),
                );
            anyone
                .post(app.url("/record/check"))
                .header("Accept-Language", "es")
                .multipart(form)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let genuine = t("record-check-genuine");
    let genuine = genuine.split('{').next().unwrap();
    assert!(check(record.to_string()).await.contains(genuine));
    let mut changed = record.clone();
    changed["payload"] = payload.replacen("1200 Main St", "1300 Main St", 1).into();
    assert!(
        check(changed.to_string())
            .await
            .contains(&t("record-check-not-genuine"))
    );
    assert!(
        check("hola".into())
            .await
            .contains(&t("record-check-not-record"))
    );

    // The audit chain's signed checkpoints are public: counts, hashes and times, no personal data,
    // checked with the same published key.
    app.services.checkpoint_audit().await.unwrap().unwrap();
    let published: serde_json::Value = reqwest::get(app.url("/audit/checkpoints"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let c = &published["checkpoints"][0];
    assert_eq!(c["key_id"], key["key_id"]);
    let signed = garita_domain::Checkpoint::signed_bytes(
        c["count"].as_i64().unwrap(),
        c["head"].as_str().unwrap(),
        c["at_ms"].as_i64().unwrap(),
        c["keyed_from"].as_i64().unwrap(),
    );
    assert!(garita_security::verify_signature(
        public,
        &signed,
        c["signature"].as_str().unwrap()
    ));
    assert!(!published.to_string().contains("Pérez"));
    let tampered = payload.replacen("1990-04-03", "1991-04-03", 1);
    assert_ne!(tampered, payload);
    assert!(!garita_security::verify_signature(
        public,
        tampered.as_bytes(),
        signature
    ));

    // The printable page is signed when it is made (the record says when): same key, same data.
    let printable = browser
        .get(app.url("/registration/record"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(printable.contains(record["key_id"].as_str().unwrap()));
    assert!(printable.contains("Pérez Gómez") && printable.contains("123456789"));
}

async fn helper(app: &TestApp, email: &str, organization: &str) -> reqwest::Client {
    let grant =
        garita_domain::Grant::new(garita_domain::Role::Helper, None, Some(organization.into()))
            .unwrap();
    app.services
        .create_staff(&Email::parse(email).unwrap(), grant, Locale::Es)
        .await
        .unwrap()
        .unwrap();
    let id = id_of(app, email).await;
    app.signed_in(&id, Some("es")).await
}

#[tokio::test]
async fn a_helper_registers_a_person_who_is_present_and_hands_the_account_over() {
    let app = TestApp::spawn().await;
    let casa = helper(&app, "ana@casa.example", "Casa del Migrante").await;
    let page = casa
        .get(app.url("/staff/people?language=ht"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The consent text is shown in the person's language (here Creole) to read to them.
    let creole = html_escape(
        &crate::common::BUILD
            .catalogs()
            .unwrap()
            .text(Locale::Ht, "consent-collect-body"),
    );
    assert!(page.contains(&creole));
    let token = csrf(&page);
    let without_consent = casa
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "wilner@example.org"),
            ("language", "ht"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        without_consent.status(),
        StatusCode::OK,
        "nothing is made without the person's agreement"
    );
    let made = casa
        .post(app.url("/staff/people"))
        .form(&[
            ("csrf", token.as_str()),
            ("email", "wilner@example.org"),
            ("language", "ht"),
            ("consent", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(made.headers()[LOCATION], "/registration");
    let person = id_of(&app, "wilner@example.org").await;

    // The helper fills in the person's registration; it is the person's, written by the helper.
    let page = casa
        .get(app.url("/registration/start"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    let saved = casa
        .post(app.url("/registration/start"))
        .form(&luisa(&token, "4"))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let summary = casa
        .get(app.url("/registration"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        summary.contains("wilner@example.org"),
        "the helper is told whose registration this is"
    );
    let history = app.services.registration_history(&person).await.unwrap();
    let ana = id_of(&app, "ana@casa.example").await;
    assert_eq!(history[0].actor, ana);
    assert!(
        app.services.registration(&ana).await.unwrap().is_none(),
        "nothing was saved as the helper's own"
    );

    // Another organization's helper cannot reach this person.
    let other = helper(&app, "leo@otra.example", "Otra Casa").await;
    let page = other
        .get(app.url("/staff/people"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("wilner@example.org"));
    let refused = other
        .post(app.url(&format!("/staff/people/{person}/act")))
        .form(&[("csrf", csrf(&page).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    // Hand-over: a one-time link with which the person makes their own password.
    let page = casa
        .get(app.url("/staff/people"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let handed = casa
        .post(app.url(&format!("/staff/people/{person}/handover")))
        .form(&[("csrf", csrf(&page).as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = handed
        .find(&format!("{}/setup/", app.base))
        .expect("a link");
    let link: String = handed[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != '<')
        .collect();
    let own = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let setup = own.get(&link).send().await.unwrap().text().await.unwrap();
    let codes = own
        .post(&link)
        .form(&[
            ("csrf", csrf(&setup).as_str()),
            ("password", "mwen pran kont mwen 2027"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        codes.matches("<code>").count(),
        10,
        "the person gets their own recovery codes"
    );

    // Everything the helper did is written down and the person can read it.
    let done: Vec<String> = app
        .services
        .actions_by_others(&person)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    for action in [
        "account.created",
        "helper.consent-recorded",
        "helper.acting",
        "registration.saved",
        "helper.handed-over",
    ] {
        assert!(done.iter().any(|a| a == action), "{action} in {done:?}");
    }
    let person_browser = app.signed_in(&person, None).await;
    let account = person_browser
        .get(app.url("/account"))
        .header(ACCEPT_LANGUAGE, "ht")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let said = crate::common::BUILD
        .catalogs()
        .unwrap()
        .text(Locale::Ht, "account-helpers-title");
    assert!(account.contains(&html_escape(&said)));
    assert!(
        !account.contains(&html_escape(
            &crate::common::BUILD
                .catalogs()
                .unwrap()
                .text(Locale::Ht, "account-helpers-none")
        ))
    );

    // The person sees who can act for them and ends it; the organisation's helper is refused
    // at once, and the withdrawal is written down.
    assert!(account.contains("Casa del Migrante"), "{account}");
    assert!(account.contains("action=\"/account/helpers/withdraw\""));
    // The organisation's admin is told too.
    let lead = garita_domain::Grant::new(
        garita_domain::Role::OrganizationAdmin,
        None,
        Some("Casa del Migrante".into()),
    )
    .unwrap();
    app.services
        .create_staff(
            &Email::parse("lead@casa.example").unwrap(),
            lead,
            Locale::Es,
        )
        .await
        .unwrap()
        .unwrap();
    let withdrawn = person_browser
        .post(app.url("/account/helpers/withdraw"))
        .form(&[("csrf", csrf(&account).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let page = casa
        .get(app.url("/staff/people"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("wilner@example.org"), "no longer listed");
    let refused = casa
        .post(app.url(&format!("/staff/people/{person}/act")))
        .form(&[("csrf", csrf(&page).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let last = app.services.store.audit_about(&person, 1).await.unwrap();
    assert_eq!(last[0].action, "helper.access-withdrawn");
    assert_eq!(last[0].actor.as_deref(), Some(person.as_str()));
    // The organisation's helper and admin are told, without being told who.
    let casa: Vec<_> = app
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.grant.organization.as_deref() == Some("Casa del Migrante"))
        .collect();
    assert_eq!(casa.len(), 2);
    for member in casa {
        let told = app.store.messages_of(&member.id).await.unwrap();
        assert_eq!(
            told.iter().filter(|m| m.kind == "help-withdrawn").count(),
            1,
            "{told:?}"
        );
    }
}

#[tokio::test]
async fn an_app_reads_and_writes_the_registration_through_the_api() {
    let app = TestApp::spawn().await;
    applicant(&app, "api@example.org").await;
    let id = id_of(&app, "api@example.org").await;
    let token = app
        .services
        .start_session(&id, SessionKind::Api)
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let bearer = format!("Bearer {token}");
    let get = |path: &'static str| {
        let request = client.get(app.url(path)).header("authorization", &bearer);
        async move {
            let answer = request.send().await.unwrap();
            answer.json::<serde_json::Value>().await.unwrap()
        }
    };
    let none = client
        .get(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::NOT_FOUND);

    let person = |month: &str, zip: &str| {
        serde_json::json!({
            "version": 0,
            "address": {"street": "1200 Main St", "city": "Houston", "state": "TX", "zip": zip},
            "travellers": [{
                "given": "Luisa", "family": "Pérez Gómez", "birth_day": "3", "birth_month": month, "birth_year": "1990",
                "birth_country": "VE", "birth_city": "Maracaibo", "residence": "MX", "nationality": "VE",
                "gender": "female", "language": "Español", "height_cm": "160", "weight": "58", "eyes": "brown",
                "home_address": "Calle 72", "travel_history": "Colombia, Panamá"
            }]
        })
    };
    let invalid = client
        .put(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .header(ACCEPT_LANGUAGE, "es")
        .json(&person("13", "7700"))
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = invalid.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["address.zip", "travellers[0].birth_day"]);
    assert_eq!(
        problem["errors"][0]["detail"],
        crate::common::BUILD
            .catalogs()
            .unwrap()
            .text(Locale::Es, "field-zip")
    );

    // Text that reads other than it is stored (a right-to-left override in the birth city) is
    // refused with words saying what is in it; nothing is saved.
    let mut hidden = person("4", "77002");
    hidden["travellers"][0]["birth_city"] = "Mara\u{202E}caibo".into();
    let refused = client
        .put(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .header(ACCEPT_LANGUAGE, "ht")
        .json(&hidden)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "travellers[0].birth_city");
    assert_eq!(
        problem["errors"][0]["detail"],
        crate::common::BUILD
            .catalogs()
            .unwrap()
            .text(Locale::Ht, "field-direction-mark")
    );

    let saved: serde_json::Value = client
        .put(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .json(&person("4", "77002"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(saved["version"], 1);
    let read: serde_json::Value = get("/api/v1/registration").await;
    let traveller = read["travellers"][0]["id"].as_str().unwrap().to_string();

    let mut fix = person("5", "77002");
    fix["version"] = 1.into();
    fix["travellers"][0]["id"] = traveller.into();
    let corrected: serde_json::Value = client
        .put(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .json(&fix)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            corrected["version"].as_i64(),
            corrected["created_at"].as_i64()
        ),
        (Some(2), saved["created_at"].as_i64())
    );
    let stale = client
        .put(app.url("/api/v1/registration"))
        .header("authorization", &bearer)
        .json(&fix)
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let history: serde_json::Value = get("/api/v1/registration/history").await;
    assert_eq!(history[1]["changes"][0]["field"], "birth_date");

    // Travellers are distinct people with ids Garita gives: a made-up or foreign id is a 404
    // (never a 500, never stored), the same person twice is refused on the field.
    let mut made_up = fix.clone();
    made_up["version"] = 2.into();
    made_up["travellers"][0]["id"] = "not-one-of-ours".into();
    let put = |body: serde_json::Value| {
        client
            .put(app.url("/api/v1/registration"))
            .header("authorization", &bearer)
            .header(ACCEPT_LANGUAGE, "ht")
            .json(&body)
            .send()
    };
    let refused = put(made_up).await.unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let mut twice = fix.clone();
    twice["version"] = 2.into();
    let mut copy = twice["travellers"][0].clone();
    copy.as_object_mut().unwrap().remove("id");
    twice["travellers"] = serde_json::json!([twice["travellers"][0].clone(), copy.clone(), copy]);
    let refused = put(twice).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "travellers[1].given");
    assert_eq!(
        problem["errors"][0]["detail"],
        crate::common::BUILD
            .catalogs()
            .unwrap()
            .text(Locale::Ht, "field-same-person-twice")
    );
    let read: serde_json::Value = get("/api/v1/registration").await;
    assert_eq!(
        (
            read["version"].as_i64(),
            read["travellers"].as_array().unwrap().len()
        ),
        (Some(2), 1)
    );

    // On the pages, removing someone who is not in the group says so and writes no version.
    let browser = app.signed_in(&id, None).await;
    let token = csrf(&app.page(&browser, "/account").await);
    let removed = browser
        .post(app.url("/registration/travellers/not-in-the-group/remove"))
        .form(&[("csrf", token.as_str()), ("version", "2")])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NOT_FOUND);
    let history: serde_json::Value = get("/api/v1/registration/history").await;
    assert_eq!(history.as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_change_of_who_travels_is_refused_then_a_reviewer_accepts_it() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * 3_600_000).await;
    let winner = app.winner(&time, 0, 1).await;
    let browser = app.signed_in(&winner, Some("es")).await;
    let group = app.services.registration(&winner).await.unwrap().unwrap();
    let id = group.travellers[0].id.clone();
    let path = format!("/registration/travellers/{id}");
    let page = app.page(&browser, &path).await;
    // Someone else entirely in the traveller's place: refused, with a way to ask a person.
    let token = csrf(&page);
    let version = group.version.to_string();
    let mut form: Vec<(&str, &str)> = luisa(&token, "5")
        .into_iter()
        .filter(|(k, _)| !["street", "city", "state", "zip"].contains(k))
        .collect();
    form.push(("version", &version));
    // The traveller's form, posted as the browser would; the page that comes back.
    let post = |to: String| {
        let (request, form) = (browser.post(app.url(&to)), form.clone());
        async move {
            request
                .form(&form)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let refused = post(path.clone()).await;
    assert!(
        refused.contains(&t("registration-identity-fixed")),
        "{refused}"
    );
    assert!(refused.contains(&t("registration-identity-ask-review")));
    assert!(refused.contains(&format!("{path}/identity-review")));
    let ask = post(format!("{path}/identity-review")).await;
    assert!(
        ask.contains(&t("registration-identity-review-requested")),
        "{ask}"
    );
    // Sent again as it was: it says so rather than promising another review.
    let again = post(format!("{path}/identity-review")).await;
    assert!(
        again.contains(&t("registration-identity-review-sent-before")),
        "{again}"
    );
    let unchanged = app.services.registration(&winner).await.unwrap().unwrap();
    assert_eq!(unchanged.version, group.version, "nothing changed yet");

    // A reviewer sees now and proposed side by side, and accepts.
    let reviewer = app
        .staff("reviewer@programme.example", Role::ProgrammeAdmin, None)
        .await;
    let reviewer = app.signed_in(&reviewer, Some("en")).await;
    let queue = app.page(&reviewer, "/staff/reviews").await;
    assert!(
        queue.contains("Luisa") && queue.contains("123456789"),
        "{queue}"
    );
    let accept = queue
        .split("action=\"")
        .find_map(|s| s.split('"').next().filter(|a| a.ends_with("/accept")))
        .unwrap()
        .to_string();
    let done = reviewer
        .post(app.url(&accept))
        .form(&[("csrf", csrf(&queue).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let after = app.services.registration(&winner).await.unwrap().unwrap();
    assert_eq!(after.travellers[0].name.given, "Luisa");
    assert_eq!(
        after.travellers[0].id, id,
        "the same traveller, now who the documents say"
    );
    let queue = app.page(&reviewer, "/staff/reviews").await;
    assert!(!queue.contains("Luisa"), "the case is closed");
}
