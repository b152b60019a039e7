//! Cargo inspections over HTTP: El Paso's supervisor opens two slots on the day's page; a
//! broker, in Spanish, books on the page (a wrong container check digit is named in Spanish
//! and books nothing), its system books the other slot with an organisation token, is told the
//! day is full (409) and reads the free slots (none); a person's own token is refused. The
//! port's agriculture specialist sees the day (without the capacity form), opens a shipment
//! (audited), is asked for the treatment of a hold, records it; the broker reads the hold and
//! the note on its page and through the API. Anyone else reads what the page is for.

use crate::inspections::request;
use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;
use reqwest::StatusCode;
use serde_json::Value;

const BROKER: &str = "Test organisation";

/// The page's form fields for a request.
fn form(page: &str, r: &garita_inspections::domain::RequestRow) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = vec![
        ("csrf".into(), csrf(page)),
        ("port".into(), r.port.clone()),
        ("wished_at".into(), r.wished_at.clone()),
        ("entry_number".into(), r.entry_number.clone()),
        ("transport_document".into(), r.transport_document.clone()),
        ("transport_number".into(), r.transport_number.clone()),
        ("importer_name".into(), r.importer_name.clone()),
        ("importer_number".into(), r.importer_number.clone()),
        ("conveyance".into(), r.conveyance.clone()),
        ("containers".into(), r.containers.join("\r\n")),
        ("goods_location".into(), r.goods_location.clone()),
    ];
    for (i, c) in r.commodities.iter().enumerate() {
        let n = i + 1;
        f.push((format!("c{n}_hts"), c.hts.clone()));
        f.push((format!("c{n}_description"), c.description.clone()));
        f.push((format!("c{n}_quantity"), c.quantity.clone()));
        f.push((format!("c{n}_unit"), c.unit.clone()));
        f.push((format!("c{n}_packaging"), c.packaging.clone()));
    }
    f
}

#[tokio::test]
async fn a_broker_books_an_inspection_and_reads_the_specialists_result() {
    let (app, _time) = TestApp::spawn_at(1_800_000_000_000).await;
    crate::common::organization(&app.services, BROKER, "broker").await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let es = |key: &str| common::html_escape(&i18n.text(garita_i18n::Locale::Es, key));

    // The supervisor opens 09:00 and 10:00 on 16 January for one inspection each.
    let supervisor = app
        .staff("sup@cbp.example", Role::PortSupervisor, Some("ELP"))
        .await;
    let supervisor = app.signed_in(&supervisor, Some("en")).await;
    let day = app
        .page(&supervisor, "/staff/ports/ELP/inspections?day=2027-01-16")
        .await;
    assert!(day.contains("No slot is open"), "{day}");
    let set = supervisor
        .post(app.url("/staff/ports/ELP/inspections/capacity"))
        .form(&[
            ("csrf", csrf(&day)),
            ("from", "2027-01-16".into()),
            ("days", "1".into()),
            ("first", "09:00".into()),
            ("last", "10:00".into()),
            ("capacity", "1".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), StatusCode::OK);
    assert!(
        set.text()
            .await
            .unwrap()
            .contains("2 slots now take one inspection.")
    );

    // The broker's admin, in Spanish: a wrong container is named and books nothing.
    let admin = app
        .staff("lead@aan.example", Role::OrganizationAdmin, None)
        .await;
    let broker = app.signed_in(&admin, Some("es")).await;
    let list = app.page(&broker, "/inspections").await;
    let mut wrong = request("2027-01-16T08:00");
    wrong.containers = vec!["CSQU3054384".into()];
    let refused = broker
        .post(app.url("/inspections"))
        .form(&form(&list, &wrong))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(
        refused.contains(&es("inspections-problem-container")),
        "{refused}"
    );
    assert!(
        refused.contains("Huerta Los Nogales SPR"),
        "what was typed stays"
    );
    let booked = broker
        .post(app.url("/inspections"))
        .form(&form(&list, &request("2027-01-16T08:00")))
        .send()
        .await
        .unwrap();
    // Answered with the request's own address: reloading it books nothing twice.
    assert_eq!(booked.status(), StatusCode::SEE_OTHER);
    let at = booked.headers()["location"].to_str().unwrap().to_string();
    let id = at.trim_start_matches("/inspections/").to_string();
    let booked = app.page(&broker, &at).await;
    assert!(booked.contains(&es("inspections-booked-next")), "{booked}");

    // Its system books the other slot with a token; the day is then full.
    let tokens = app.page(&broker, "/staff/organization").await;
    let made = broker
        .post(app.url("/staff/organization/tokens"))
        .form(&[("csrf", csrf(&tokens)), ("label", "customs system".into())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = common::shown_code(&made);
    let api = reqwest::Client::new();
    let book = || {
        api.post(app.url("/api/v1/inspections"))
            .bearer_auth(&token)
            .json(&request("2027-01-16T08:00"))
            .send()
    };
    let second = book().await.unwrap();
    assert_eq!(second.status(), StatusCode::CREATED);
    let second: Value = second.json().await.unwrap();
    assert_eq!(
        (second["slot"].as_str(), second["status"].as_str()),
        (Some("10:00"), Some("booked"))
    );
    assert_eq!(book().await.unwrap().status(), StatusCode::CONFLICT);
    let free: Value = api
        .get(app.url("/api/v1/inspections/slots?port=ELP&from=2027-01-16"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(free, serde_json::json!([]));
    let person = app.services.synthetic_applicant(0, 1).await.unwrap();
    let personal = api
        .post(app.url("/api/v1/inspections"))
        .bearer_auth(&person.token)
        .json(&request("2027-01-16T08:00"))
        .send()
        .await
        .unwrap();
    assert_eq!(personal.status(), StatusCode::UNAUTHORIZED);

    // The specialist at El Paso: the day, the shipment (audited), the hold and its treatment.
    let specialist = app
        .staff("s@cbp.example", Role::AgricultureSpecialist, Some("ELP"))
        .await;
    let specialist = app.signed_in(&specialist, Some("en")).await;
    let home = app.page(&specialist, "/staff").await;
    assert!(home.contains("/staff/ports/ELP/inspections"), "{home}");
    let day = app
        .page(&specialist, "/staff/ports/ELP/inspections?day=2027-01-16")
        .await;
    assert!(
        day.contains("AAN-0012345-6") && day.contains(BROKER),
        "{day}"
    );
    assert!(
        !day.contains("/inspections/capacity"),
        "supervisors' form only"
    );
    let opened = app
        .page(&specialist, &format!("/staff/ports/ELP/inspections/{id}"))
        .await;
    assert!(opened.contains("CSQU3054383") && opened.contains("0702.00.2000"));
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "inspections.opened"));
    let decide = |result: &str, treatment: &str| {
        specialist
            .post(app.url(&format!("/staff/ports/ELP/inspections/{id}/result")))
            .form(&[
                ("csrf", csrf(&opened)),
                ("result", result.into()),
                ("treatment", treatment.into()),
                ("note", "Live insects in the avocados.".into()),
            ])
            .send()
    };
    let asked = decide("hold", "").await.unwrap();
    assert_eq!(asked.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        asked
            .text()
            .await
            .unwrap()
            .contains("A hold needs its treatment")
    );
    let held = decide("hold", "fumigation").await.unwrap();
    assert_eq!(held.status(), StatusCode::OK);

    // The broker reads it on its page, in Spanish, and through the API.
    let page = app.page(&broker, &format!("/inspections/{id}")).await;
    assert!(page.contains("Live insects in the avocados."), "{page}");
    assert!(
        page.contains(&es("inspections-treatment-fumigation")),
        "{page}"
    );
    let read: Value = api
        .get(app.url(&format!("/api/v1/inspections/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (read["status"].as_str(), read["treatment"].as_str()),
        (Some("hold"), Some("fumigation"))
    );
    assert_eq!(read["changes"][0]["note"], "Live insects in the avocados.");
    let told = app.last_message().await.unwrap();
    assert_eq!(told.0, "inspection-changed");

    // Anyone else reads what the page is for, and may not open a broker's request.
    let applicant = app.signed_in(&person.account_id, None).await;
    let about = app.page(&applicant, "/inspections").await;
    assert!(about.contains("/organizations/apply") && !about.contains("AAN-0012345-6"));
    let forbidden = applicant
        .get(app.url(&format!("/inspections/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_traveller_declares_parrots_at_an_airport_and_reads_the_decision_in_spanish() {
    let (app, _time) = TestApp::spawn_at(1_800_000_000_000).await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let es = |key: &str| common::html_escape(&i18n.text(garita_i18n::Locale::Es, key));
    let person = app.services.synthetic_applicant(0, 1).await.unwrap();
    let browser = app.signed_in(&person.account_id, Some("es")).await;
    let page = app.page(&browser, "/inspections/declarations").await;
    assert!(
        page.contains("Houston George Bush Intercontinental Airport"),
        "{page}"
    );
    let send = |expiry: &str, page: &str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf(page))
            .text("port", "IAH")
            .text("arrives_on", "2027-01-20")
            .text("travel", "AM 2070")
            .text("i1_kind", "live-animals")
            .text("i1_description", "Dos pericos verdes")
            .text("i1_quantity", "2")
            .text("i1_origin", "MX")
            .text("p1_issuer", "USDA APHIS")
            .text("p1_number", "DA-2027-0113")
            .text("p1_expiry", expiry.to_string())
            .part(
                "p1_scan",
                reqwest::multipart::Part::bytes(b"%PDF-1.7\n".to_vec())
                    .file_name("permiso.pdf")
                    .mime_str("application/pdf")
                    .unwrap(),
            );
        browser
            .post(app.url("/inspections/declarations"))
            .multipart(form)
            .send()
    };
    let expired = send("2027-01-19", &page).await.unwrap();
    assert_eq!(expired.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let expired = expired.text().await.unwrap();
    assert!(
        expired.contains(&es("declarations-problem-permit-expired")),
        "{expired}"
    );
    assert!(
        expired.contains("Dos pericos verdes"),
        "what was typed stays"
    );
    let sent = send("2027-06-30", &expired).await.unwrap();
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let at = sent.headers()["location"].to_str().unwrap().to_string();
    let id = at.rsplit('/').next().unwrap().to_string();
    assert!(
        app.page(&browser, &at)
            .await
            .contains(&es("declarations-status-declared"))
    );

    // The specialist at Houston opens it and its scan, and sends it to secondary.
    let specialist = app
        .staff("agro@cbp.example", Role::AgricultureSpecialist, Some("IAH"))
        .await;
    let specialist = app.signed_in(&specialist, Some("en")).await;
    let day = app
        .page(&specialist, "/staff/ports/IAH/declarations?day=2027-01-20")
        .await;
    assert!(
        day.contains(&format!("/staff/ports/IAH/declarations/{id}")),
        "{day}"
    );
    let opened = app
        .page(&specialist, &format!("/staff/ports/IAH/declarations/{id}"))
        .await;
    assert!(opened.contains("DA-2027-0113") && opened.contains("Dos pericos verdes"));
    let scan = specialist
        .get(app.url(&format!("/staff/ports/IAH/declarations/{id}/scans/1")))
        .send()
        .await
        .unwrap();
    assert_eq!(scan.headers()["content-type"], "application/pdf");
    assert_eq!(scan.bytes().await.unwrap().as_ref(), b"%PDF-1.7\n");
    let decided = specialist
        .post(app.url(&format!("/staff/ports/IAH/declarations/{id}/decide")))
        .form(&[
            ("csrf", csrf(&opened)),
            ("decision", "secondary".into()),
            ("reason_needs_examination", "yes".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), StatusCode::OK);

    // The traveller reads the decision and its reason in Spanish; another person cannot.
    let mine = app.page(&browser, &at).await;
    assert!(
        mine.contains(&es("declarations-status-secondary")),
        "{mine}"
    );
    assert!(
        mine.contains(&es("declarations-reason-needs-examination")),
        "{mine}"
    );
    let other = app.services.synthetic_applicant(1, 1).await.unwrap();
    let other = app.signed_in(&other.account_id, None).await;
    let refused = other.get(app.url(&at)).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}
