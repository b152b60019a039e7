//! Departure over HTTP, in Spanish: the legal statement before the form; an intent refused field
//! by field with what was typed kept, then filed for two people; a reviewer vets it and arranges
//! the travel; the person confirms their departure by land with the camera's movement check
//! (frames as the page sends them) from 6 km inside Mexico and gets a signed confirmation that
//! `/verify` reads; the reviewer records the other's departure by air and pays a stipend, once;
//! the day's figures are published once it has ended.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use garita_faces::liveness::Pose;
use reqwest::StatusCode;

#[tokio::test]
async fn an_intent_is_filed_vetted_arranged_departed_and_paid_once_over_http() {
    let (app, time) = TestApp::spawn_at(chrono::Utc::now().timestamp_millis()).await;
    let person = app.services.synthetic_applicant(0, 1).await.unwrap();
    let browser = app.signed_in(&person.account_id, Some("es")).await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let es = |key: &str| i18n.text(garita_i18n::Locale::Es, key);
    let home = app.page(&browser, "/departure?people=2").await;
    assert!(
        home.contains(&common::html_escape(&es("dep-legal-asylum"))),
        "what it does to an asylum claim, before the form"
    );
    let fields = |destination: &str, understood: &str| {
        let mut f: Vec<(&str, String)> = vec![
            ("destination", destination.into()),
            ("travel_help", "yes".into()),
            ("understood", understood.into()),
        ];
        for (slot, given, number) in [("t1", "Ana", "G10000001"), ("t2", "Luis", "G10000002")] {
            let name = |field: &str| -> &'static str {
                Box::leak(format!("{slot}-{field}").into_boxed_str())
            };
            f.extend([
                (name("given"), given.to_string()),
                (name("family"), "Pérez".to_string()),
                (name("born"), "1990-03-04".to_string()),
                (name("citizenship"), "MX".to_string()),
                (name("document_country"), "MX".to_string()),
                (name("document_number"), number.to_string()),
            ]);
        }
        f
    };
    let post = |f: Vec<(&'static str, String)>, page: &str| {
        let mut all = vec![("csrf", csrf(page))];
        all.extend(f);
        browser
            .post(app.url("/departure?people=2"))
            .form(&all)
            .send()
    };
    let refused = post(fields("US", ""), &home).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("Luis"), "what was typed is kept");
    assert!(refused.contains(&common::html_escape(&es("dep-destination-us"))));
    let filed = post(fields("MX", "yes"), &refused).await.unwrap();
    assert_eq!(filed.status(), StatusCode::SEE_OTHER);
    let intent_path = filed.headers()["location"].to_str().unwrap().to_string();
    let id = intent_path.rsplit('/').next().unwrap().to_string();

    // The reviewer vets it and arranges the travel (opening it is audited).
    let reviewer = app
        .staff("reviewer@cbp.example", Role::Adjudicator, None)
        .await;
    let desk = app.signed_in(&reviewer, None).await;
    let queue = app.page(&desk, "/staff/departure").await;
    assert!(queue.contains(&format!("/staff/departure/{id}")));
    let staff_path = format!("/staff/departure/{id}");
    let act = |fields: Vec<(&'static str, String)>| {
        let desk = &desk;
        let app = &app;
        let staff_path = staff_path.clone();
        async move {
            let page = app.page(desk, &staff_path).await;
            let mut all = vec![("csrf", csrf(&page))];
            all.extend(fields);
            desk.post(app.url(&format!("{staff_path}/act")))
                .form(&all)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        act(vec![("act", "vet".into())]).await.status(),
        StatusCode::OK
    );
    let day = (app.services.now_utc().date_naive() + chrono::Days::new(5)).to_string();
    let arranged = act(vec![
        ("act", "arrange".into()),
        ("date", day),
        ("carrier", "Autobuses del Norte".into()),
        ("from", "Houston".into()),
    ])
    .await;
    assert_eq!(arranged.status(), StatusCode::OK);
    let mine = app.page(&browser, &intent_path).await;
    assert!(mine.contains("Autobuses del Norte"), "the travel arranged");

    // By land, 6 km inside Mexico, with the frames of the camera's movement check.
    let land_path = format!("{intent_path}/travellers/0");
    let page = app.page(&browser, &land_path).await;
    let steps: Vec<Pose> = page
        .split("data-liveness-steps=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .split(',')
        .filter_map(Pose::parse)
        .collect();
    let challenge = page
        .split("name=\"challenge\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let frames = crate::common::frames_for(&steps, false);
    let jpeg = |bytes: Vec<u8>| {
        reqwest::multipart::Part::bytes(bytes)
            .file_name("frame.jpg")
            .mime_str("image/jpeg")
            .unwrap()
    };
    let mut form = reqwest::multipart::Form::new()
        .text("csrf", csrf(&page))
        .text("challenge", challenge)
        .text("latitude", "32.49")
        .text("longitude", "-117.005")
        .text("accuracy", "20")
        .part("photo", jpeg(frames[0].clone()));
    for f in frames {
        form = form.part("frame", jpeg(f));
    }
    let sent = browser
        .post(app.url(&land_path))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let confirmed = app.page(&browser, &intent_path).await;
    let token = common::shown_code(&confirmed);
    assert!(token.starts_with("GDP1."));
    assert!(
        app.verify(&token).await.contains("DEP-"),
        "genuine at /verify"
    );

    // The other leaves by air, recorded from the carrier; the stipend is paid once.
    let air = act(vec![
        ("act", "carrier".into()),
        ("position", "2".into()),
        ("how", "air".into()),
        ("confirmation", "Aeroméxico AM 441, boarded".into()),
    ])
    .await;
    assert_eq!(air.status(), StatusCode::OK);
    let paid = act(vec![("act", "pay".into()), ("position", "1".into())]).await;
    assert_eq!(paid.status(), StatusCode::OK);
    let again = act(vec![("act", "pay".into()), ("position", "1".into())])
        .await
        .text()
        .await
        .unwrap();
    assert!(again.contains("nothing was paid again"), "{again}");
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    let paid = audit
        .iter()
        .filter(|e| e.action == "departure.stipend-paid")
        .count();
    assert_eq!(paid, 1);
    assert!(audit.iter().any(|e| e.action == "departure.opened"));

    // The API: refused fields named; filed; listed with the departures so far.
    let api = reqwest::Client::new();
    let body = |destination: &str| {
        serde_json::json!({"destination": destination, "understood": true,
            "travellers": [{"given": "Rosa", "family": "Luna", "born": "1980-01-02",
                "citizenship": "GT", "document_kind": "passport",
                "document_country": "GT", "document_number": "A1234567"}]})
    };
    let wrong: serde_json::Value = api
        .post(app.url("/api/v1/departure/intents"))
        .bearer_auth(&person.token)
        .json(&body("US"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(wrong["errors"][0]["field"], "destination", "{wrong}");
    // Filed a moment later: the list is by filing time.
    time.fetch_add(1_000, std::sync::atomic::Ordering::SeqCst);
    let filed = api
        .post(app.url("/api/v1/departure/intents"))
        .bearer_auth(&person.token)
        .json(&body("GT"))
        .send()
        .await
        .unwrap();
    assert_eq!(filed.status(), StatusCode::CREATED);
    let listed: serde_json::Value = api
        .get(app.url("/api/v1/departure/intents"))
        .bearer_auth(&person.token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert_eq!(listed[1]["departed"], serde_json::json!([0, 1]));

    // The day's figures are published once it has ended: counts only, on the page and as CSV.
    let now = time.load(std::sync::atomic::Ordering::SeqCst);
    let today = chrono::DateTime::from_timestamp_millis(now)
        .unwrap()
        .date_naive()
        .to_string();
    let anyone = reqwest::Client::new();
    let csv = |anyone: reqwest::Client| {
        let url = app.url("/departure/figures.csv");
        async move { anyone.get(url).send().await.unwrap().text().await.unwrap() }
    };
    assert!(
        !csv(anyone.clone()).await.contains(&today),
        "not before the day ended"
    );
    time.fetch_add(86_400_000, std::sync::atomic::Ordering::SeqCst);
    let published = csv(anyone.clone()).await;
    let row = published.lines().find(|l| l.starts_with(&today)).unwrap();
    assert_eq!(row, format!("{today},2,3,2,1"), "{published}");
    let page = anyone
        .get(app.url("/departure/figures"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&common::html_escape(&es("dep-figures-departures"))));
    assert!(!page.contains("Pérez") && !published.contains("Pérez"));
}
