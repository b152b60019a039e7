//! The officers' console over HTTP: the day's list, finding by number, the intake with both
//! photos, recording parole; and the same appointment refused to staff of another port.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Role};
use std::sync::atomic::Ordering;

const HOUR: i64 = 3_600_000;

async fn officer(app: &TestApp, port: &str) -> String {
    let email = format!("officer-{port}@cbp.example").to_lowercase();
    app.staff(&email, Role::Officer, Some(port)).await
}

#[tokio::test]
async fn an_officer_finds_a_group_sees_both_photos_and_records_parole() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let sys = PortCode::parse("SYS").unwrap();
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let a = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let account = app.store.account(&a).await.unwrap().unwrap();
    let registration = app.services.registration(&a).await.unwrap().unwrap();
    let traveller = registration.travellers[0].id.clone();
    app.services
        .submit_photo(
            &account,
            &a,
            &traveller,
            &crate::common::face("obama-1.jpg"),
        )
        .await
        .unwrap();
    app.services
        .request_appointment(
            &a,
            &sys,
            here,
            "c",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap();
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    let date = "2027-01-15".parse().unwrap();
    app.services.run_draw(date).await.unwrap();
    app.services.publish_day(date, None).await.unwrap();
    crate::common::confirm_live(&app.services, &account, &a, &traveller, Some(here)).await;
    let appointment = app
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap()
        .0;
    let number = appointment.confirmation_number.clone().unwrap();
    // A correction after the list closed (a name's spelling), shown to the officer below.
    let r = app.services.registration(&a).await.unwrap().unwrap();
    let mut corrected = r.travellers[0].as_input();
    corrected.name = garita_domain::travellers::PersonName::parse("Corregida", "Apellido").unwrap();
    app.services
        .save_registration(&account, &a, r.address.clone(), vec![corrected], r.version)
        .await
        .unwrap();

    let at_sys = app.signed_in(&officer(&app, "SYS").await, Some("en")).await;
    let day = app
        .page(&at_sys, "/staff/ports/SYS/day?date=2027-01-29")
        .await;
    assert!(day.contains(&number), "{day}");
    let found = at_sys
        .post(app.url("/staff/ports/SYS/find"))
        .form(&[("csrf", csrf(&day)), ("text", number.to_lowercase())])
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 303);
    let intake_path = found.headers()["location"].to_str().unwrap().to_string();
    let intake = app.page(&at_sys, &intake_path).await;
    assert!(
        intake.contains("Corrected after the list closed"),
        "{intake}"
    );
    assert!(intake.contains("Corregida"), "{intake}");
    for picture in ["/photo\"", "/live-photo\""] {
        assert!(intake.contains(picture), "{picture} in {intake}");
    }
    let photo = at_sys
        .get(app.url(&format!("{intake_path}/travellers/{traveller}/live-photo")))
        .send()
        .await
        .unwrap();
    assert_eq!(photo.headers()["content-type"], "image/jpeg");
    // The search by name and date of birth: a date typed wrong is said on its field.
    let search = |born: &'static str| {
        at_sys
            .post(app.url("/staff/ports/SYS/find-traveller"))
            .form(&[
                ("csrf", csrf(&intake)),
                ("given", "Corregida".into()),
                ("family", "Apellido".into()),
                ("born", born.to_string()),
            ])
            .send()
    };
    let wrong = search("03/04/2007").await.unwrap();
    assert_eq!(wrong.status(), 422);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("Write the date like this")
    );
    let searched = search("2007-04-03").await.unwrap();
    assert_eq!(searched.status(), 200);

    // A wrong I-94 number is named on its field, what was typed stays, nothing is saved.
    let decide = |fields: Vec<(&'static str, String)>| {
        let mut form = vec![("csrf", csrf(&intake))];
        form.extend(fields);
        at_sys
            .post(app.url(&format!("{intake_path}/travellers/{traveller}")))
            .form(&form)
            .send()
    };
    let refused = decide(vec![
        ("paroled", "yes".into()),
        ("admission_number", "12345".into()),
        ("note", "ok".into()),
    ])
    .await
    .unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("11 characters") && page.contains("value=\"12345\""),
        "{page}"
    );
    assert!(
        !app.page(&at_sys, &intake_path)
            .await
            .contains("Paroled into")
    );
    let decided = decide(vec![
        ("paroled", "yes".into()),
        ("notice_to_appear", "A123456789".into()),
        ("admission_number", "123456789A1".into()),
        ("class_of_admission", "DT".into()),
        ("note", "ok".into()),
    ])
    .await
    .unwrap();
    assert_eq!(decided.status(), 303);
    let page = app.page(&at_sys, &intake_path).await;
    assert!(
        page.contains("Paroled into the United States until January "),
        "{page}"
    );
    assert!(
        page.contains("A-number A123456789") && page.contains("123456789A1"),
        "{page}"
    );
    // A changed date needs a reason.
    let changed = decide(vec![
        ("paroled", "yes".into()),
        ("parole_until", "2027-03-01".into()),
        ("notice_to_appear", "A123456789".into()),
    ])
    .await
    .unwrap();
    assert_eq!(changed.status(), 422);
    assert!(changed.text().await.unwrap().contains("Write why"));
    // With the reason, both versions are kept; the person reads both on their parole record,
    // in their language, with who changed it, when and why.
    let changed = decide(vec![
        ("paroled", "yes".into()),
        ("parole_until", "2027-03-01".into()),
        ("notice_to_appear", "A123456789".into()),
        ("admission_number", "123456789A1".into()),
        ("class_of_admission", "DT".into()),
        ("reason", "Parole shortened by the port director".into()),
    ])
    .await
    .unwrap();
    assert_eq!(changed.status(), 303);
    let person = app.signed_in(&a, Some("es")).await;
    let parole = app.page(&person, "/parole").await;
    for text in [
        "Versión 1,",
        "Versión 2,",
        "Parole shortened by the port director",
        "1 de marzo de 2027",
        "123456789A1",
        "/registration/record.json",
        "/record/check",
    ] {
        assert!(parole.contains(text), "{text}: {parole}");
    }

    // Staff of another port: refused by the path, and not found by number at their own port.
    let at_nog = app.signed_in(&officer(&app, "NOG").await, Some("en")).await;
    let refused = at_nog.get(app.url(&intake_path)).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let elsewhere = intake_path.replace("/SYS/", "/NOG/");
    assert_eq!(
        at_nog
            .get(app.url(&elsewhere))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let nog_day = app.page(&at_nog, "/staff/ports/NOG/day").await;
    let lookup = at_nog
        .post(app.url("/staff/ports/NOG/find"))
        .form(&[("csrf", csrf(&nog_day)), ("text", number)])
        .send()
        .await
        .unwrap();
    assert_eq!(lookup.status(), 200);
    assert!(
        lookup
            .text()
            .await
            .unwrap()
            .contains("No appointment with that number at this port")
    );

    // The programme's overview counts it, on the page and in the CSV.
    let admin = app
        .staff("admin@garita.example", Role::ProgrammeAdmin, None)
        .await;
    let admin = app.signed_in(&admin, Some("en")).await;
    let csv = app
        .page(&admin, "/staff/overview.csv?from=2027-01-29&to=2027-01-29")
        .await;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "date,port,seats,appointments,confirmed,arrived,no_shows,paroled,nta,referred,not_admitted"
    );
    let sys_row = lines.find(|l| l.starts_with("2027-01-29,SYS,")).unwrap();
    // Paroled with a Notice to Appear counts under both.
    assert_eq!(sys_row, "2027-01-29,SYS,300,1,1,1,0,1,1,0,0");
    assert_eq!(lines.count(), 7, "every other port, with nothing");
    // A port's own figures: the same row, and no other port's.
    let own = app
        .page(
            &admin,
            "/staff/ports/SYS/figures.csv?from=2027-01-29&to=2027-01-29",
        )
        .await;
    assert_eq!(own.lines().skip(1).collect::<Vec<_>>(), [sys_row]);
    let page = app
        .page(&admin, "/staff/overview?from=2027-01-29&to=2027-01-29")
        .await;
    assert!(page.contains("Travellers arrived"), "{page}");

    // A notice to the people paroled at San Ysidro in January: refused for a purpose not
    // declared, sent for one the person was told of; they read it on their notices page.
    let form = app.page(&admin, "/staff/notices").await;
    let send = |purpose: &'static str| {
        let fields = [
            ("csrf", csrf(&form)),
            ("change", "parole-ends".into()),
            ("effective", "2027-03-01".into()),
            ("purpose", purpose.into()),
            ("port", "SYS".into()),
            ("from", "2027-01-01".into()),
            ("to", "2027-01-31".into()),
            ("legal_help", "https://help.example/tijuana".into()),
            ("legal_basis", String::new()),
        ];
        admin.post(app.url("/staff/notices")).form(&fields).send()
    };
    let refused = send("marketing").await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("does not declare that purpose")
    );
    let sent = send("status-notices").await.unwrap();
    assert_eq!(sent.status(), 200);
    let sent = sent.text().await.unwrap();
    assert!(sent.contains("sent to one person"), "{sent}");
    let notices = app.page(&person, "/notices").await;
    assert!(
        notices.contains("https://help.example/tijuana"),
        "{notices}"
    );
    assert!(notices.contains("1 de marzo de 2027"), "{notices}");
}

#[tokio::test]
async fn officers_post_wait_times_that_the_page_and_the_cbp_shaped_feed_show() {
    let app = TestApp::spawn().await;
    let officer = app
        .staff("officer@cbp.example", Role::Officer, Some("SYS"))
        .await;
    let browser = app.signed_in(&officer, Some("en")).await;
    let form = app.page(&browser, "/staff/ports/SYS/wait-times").await;
    // A figure out of range: said plainly, nothing saved.
    let refused = browser
        .post(app.url("/staff/ports/SYS/wait-times"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("pedestrian-status", "open"),
            ("pedestrian-delay", "forty"),
            ("pedestrian-lanes", "3"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        refused.contains("On foot: give the wait in minutes"),
        "{refused}"
    );
    assert!(app.store.wait_times().await.unwrap().is_empty());
    let posted = browser
        .post(app.url("/staff/ports/SYS/wait-times"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("pedestrian-status", "open"),
            ("pedestrian-delay", "40"),
            ("pedestrian-lanes", "3"),
            ("pedestrian-ready-status", "open"),
            ("pedestrian-ready-delay", "0"),
            ("pedestrian-ready-lanes", "1"),
            ("passenger-status", "closed"),
            ("passenger-delay", ""),
            ("passenger-lanes", ""),
            ("passenger-sentri-status", "open"),
            ("passenger-sentri-delay", "15"),
            ("passenger-sentri-lanes", "2"),
            ("commercial-status", "n/a"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), 200);
    let public = app.page(&app.browser(), "/wait-times").await;
    assert!(public.contains("40 min, 3 lanes open"), "{public}");
    assert!(
        public.contains("Cars, SENTRI: 15 min, 2 lanes open"),
        "{public}"
    );
    // Wider than a small phone, the table scrolls, and a keyboard can reach it to scroll it.
    assert!(public.contains("<div class=\"table\" tabindex=\"0\"><table>"));
    let feed: serde_json::Value = app
        .browser()
        .get(app.url("/api/v1/wait-times"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ports = feed.as_array().unwrap();
    assert_eq!(ports.len(), 8);
    let sys = ports
        .iter()
        .find(|p| p["port_name"] == "San Ysidro")
        .unwrap();
    assert_eq!(sys["port_number"], "2504");
    assert_eq!(sys["crossing_name"], "PedWest");
    assert_eq!(sys["port_status"], "Open");
    let walk = &sys["pedestrian_lanes"]["standard_lanes"];
    assert_eq!(
        (
            &walk["delay_minutes"],
            &walk["lanes_open"],
            &walk["operational_status"]
        ),
        (&"40".into(), &"3".into(), &"delay".into())
    );
    assert!(walk["update_time"].as_str().unwrap().starts_with("20"));
    let status = |block: &str, lanes: &str| sys[block][lanes]["operational_status"].clone();
    assert_eq!(status("pedestrian_lanes", "ready_lanes"), "no delay");
    assert_eq!(
        status("passenger_vehicle_lanes", "standard_lanes"),
        "Lanes Closed"
    );
    assert_eq!(
        status("passenger_vehicle_lanes", "NEXUS_SENTRI_lanes"),
        "delay"
    );
    assert_eq!(
        sys["passenger_vehicle_lanes"]["NEXUS_SENTRI_lanes"]["delay_minutes"],
        "15"
    );
    assert_eq!(status("commercial_vehicle_lanes", "standard_lanes"), "N/A");
    // The form posts every lane: one left as it was is not at this crossing.
    assert_eq!(status("commercial_vehicle_lanes", "FAST_lanes"), "N/A");
    let nog = ports.iter().find(|p| p["port_name"] == "Nogales").unwrap();
    assert_eq!(
        nog["pedestrian_lanes"]["standard_lanes"]["operational_status"],
        "Update Pending"
    );
    // A client written against CBP's field names finds every one of them, nested as CBP's are,
    // in the JSON feed and in the XML feed.
    let sample = |name: &str| {
        std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    let cbp: serde_json::Value = serde_json::from_str(&sample("cbp-bwt-sample.json")).unwrap();
    let missing: Vec<String> = json_paths(&cbp[0], "")
        .difference(&json_paths(sys, ""))
        .cloned()
        .collect();
    assert!(missing.is_empty(), "not in Garita's JSON feed: {missing:?}");
    let xml = app
        .browser()
        .get(app.url("/api/v1/wait-times.xml"))
        .send()
        .await
        .unwrap();
    assert_eq!(xml.headers()["content-type"], "application/xml");
    let xml = xml.text().await.unwrap();
    let ours = xml_paths(&xml);
    let missing: Vec<String> = xml_paths(&sample("cbp-bwt-sample.xml"))
        .difference(&ours)
        .cloned()
        .collect();
    assert!(missing.is_empty(), "not in Garita's XML feed: {missing:?}");
    assert_eq!(xml.matches("<port>").count(), 8);
    assert!(
        xml.contains("<NEXUS_SENTRI_lanes>") && xml.contains("<delay_minutes>15</delay_minutes>"),
        "{xml}"
    );
    // Each port's last 7 days: a chart and a table of each lane posted.
    assert!(public.contains("href=\"/wait-times/SYS\""), "{public}");
    let week = app.page(&app.browser(), "/wait-times/SYS").await;
    assert!(
        week.contains("Cars, SENTRI: the longest wait each day, in minutes"),
        "{week}"
    );
    assert!(
        week.contains("<td>40 minutes</td>") && week.contains("<svg"),
        "{week}"
    );
    let unknown = app
        .browser()
        .get(app.url("/wait-times/XYZ"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let audit = app.store.latest_audit(1).await.unwrap().pop().unwrap();
    assert_eq!(audit.action, "port.wait-time-posted");
}

/// Every key path in a JSON value (`a/b/c`), objects only: what a client reads by name.
fn json_paths(v: &serde_json::Value, at: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    if let Some(map) = v.as_object() {
        for (k, v) in map {
            let path = format!("{at}/{k}");
            out.extend(json_paths(v, &path));
            out.insert(path);
        }
    }
    out
}

/// Every element path in an XML document (`border_wait_time/port/...`).
fn xml_paths(xml: &str) -> std::collections::BTreeSet<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut stack, mut out) = (Vec::<String>::new(), std::collections::BTreeSet::new());
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => {
                stack.push(e.name().into_inner().to_string());
                out.insert(stack.join("/"));
            }
            Event::Empty(e) => {
                let name = e.name().into_inner().to_string();
                out.insert(format!("{}/{name}", stack.join("/")));
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}
