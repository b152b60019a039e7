//! `/statistics` and `/statistics.csv`: two published days at San Ysidro and Calexico, with
//! groups registered at different times; the charts, the tables beside them and the file say the
//! same numbers, by port name, in the person's language.

use crate::web::common;

use common::TestApp;
use garita_appointments::app::draws::Channel;
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Seats};
use garita_i18n::Locale;
use garita_store::records::Effects;
use std::sync::atomic::Ordering::SeqCst;

const HOUR: i64 = 3_600_000;

/// The SVG charts of a page, in order.
fn charts(html: &str) -> Vec<&str> {
    html.split("<svg ")
        .skip(1)
        .map(|s| &s[..s.find("</svg>").expect("a closed svg")])
        .collect()
}

/// A table row as the page kit prints it.
fn row(cells: &[&str]) -> String {
    cells.iter().map(|c| format!("<td>{c}</td>")).collect()
}

#[tokio::test]
async fn the_charts_the_tables_and_the_file_tell_the_same_numbers() {
    // 2027-01-15, 08:00 UTC.
    let (app, time) = TestApp::spawn_at(1_800_000_000_000).await;
    let services = &app.services;
    let (sys, cxl) = (
        PortCode::parse("SYS").unwrap(),
        PortCode::parse("CXL").unwrap(),
    );
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let ask = |account: String, port: PortCode| async move {
        services
            .request_appointment(&account, &port, tijuana, "c", Channel::Web)
            .await
            .unwrap();
    };
    let applicant = |n: usize, size: usize| async move {
        services
            .synthetic_applicant(n, size)
            .await
            .unwrap()
            .account_id
    };

    // Registered on 2027-01-15: four groups of one and a group of two.
    let mut old = vec![];
    for n in 0..4 {
        old.push(applicant(n, 1).await);
    }
    let pair = applicant(4, 2).await;
    // Twenty days later, 2027-02-04: three groups of one.
    time.fetch_add(20 * 24 * HOUR, SeqCst);
    let new: Vec<String> = vec![
        applicant(5, 1).await,
        applicant(6, 1).await,
        applicant(7, 1).await,
    ];

    // 2027-02-04: San Ysidro has two places for four groups; Calexico room for both of its.
    let first: chrono::NaiveDate = "2027-02-04".parse().unwrap();
    let appointments_on: chrono::NaiveDate = "2027-02-18".parse().unwrap();
    app.store
        .set_capacity(
            &sys,
            appointments_on.into(),
            Seats::new(2).unwrap(),
            Effects::none(),
        )
        .await
        .unwrap();
    time.fetch_add(10 * HOUR, SeqCst);
    for a in &old {
        ask(a.clone(), sys.clone()).await;
    }
    ask(pair.clone(), cxl.clone()).await;
    ask(new[0].clone(), cxl.clone()).await;
    time.fetch_add(12 * HOUR, SeqCst);
    services.run_draw(first).await.unwrap();
    assert!(services.publish_day(first, None).await.unwrap());

    // 2027-02-05: two groups registered the day before, room for both at San Ysidro.
    let second: chrono::NaiveDate = "2027-02-05".parse().unwrap();
    time.fetch_add(12 * HOUR, SeqCst);
    ask(new[1].clone(), sys.clone()).await;
    ask(new[2].clone(), sys.clone()).await;
    time.fetch_add(12 * HOUR, SeqCst);
    services.run_draw(second).await.unwrap();
    assert!(services.publish_day(second, None).await.unwrap());

    // San Ysidro: 4 of 6 groups chosen, registered 20, 20, 1 and 1 days. Calexico: both, one
    // registered 20 days, the other the same day.
    let html = app.page(&app.browser(), "/statistics").await;
    let svgs = charts(&html);
    assert_eq!(svgs.len(), 2, "{html}");
    for svg in &svgs {
        assert!(svg.contains(r#"width="100%""#) && svg.contains("viewBox=\"0 0 "));
        assert!(svg.contains(r#"role="img""#) && svg.contains("aria-labelledby="));
        assert!(!svg.contains("style=") && !svg.contains("<script"));
        assert!(svg.contains("San Ysidro") && svg.contains("Calexico"));
        assert!(!svg.contains(">SYS<") && !svg.contains(">CXL<"));
    }
    let (chance, registered) = (svgs[0], svgs[1]);
    assert!(
        chance.contains(">66.7%<") && chance.contains(">100%<"),
        "{chance}"
    );
    assert!(chance.contains(">No requests<"), "{chance}");
    assert!(
        registered.contains(">1–20 days, median 20<")
            && registered.contains(">0–20 days, median 20<")
            && registered.contains(">No group chosen<")
            && registered.contains(">20 days<"),
        "{registered}"
    );
    // The tables beside them.
    for cells in [
        ["San Ysidro", "6", "4", "66.7%", "6", "4", "66.7%"],
        ["Calexico", "2", "2", "100%", "3", "3", "100%"],
        ["Nogales", "0", "0", "—", "0", "0", "—"],
    ] {
        assert!(html.contains(&row(&cells)), "{cells:?} in {html}");
    }
    for cells in [
        ["San Ysidro", "4", "1", "20", "20"],
        ["Calexico", "2", "0", "20", "20"],
        ["Nogales", "0", "—", "—", "—"],
    ] {
        assert!(html.contains(&row(&cells)), "{cells:?} in {html}");
    }
    // Over which days, in words; and where the file is.
    for day in [first, second] {
        let words = garita_i18n::when::date(Locale::En, day);
        assert!(html.contains(&common::html_escape(&words)), "{words}");
    }
    assert!(html.contains(r#"href="/statistics.csv""#), "{html}");

    // In Spanish, the words and the way percentages are written; in Arabic, mirrored.
    let es = app.signed_in(&old[0], Some("es")).await;
    let html = app.page(&es, "/statistics").await;
    let svgs = charts(&html);
    assert!(svgs[0].contains(">66,7\u{a0}%<") && svgs[0].contains(">Sin solicitudes<"));
    assert!(svgs[1].contains(">1–20 días, mediana 20<"), "{}", svgs[1]);
    assert!(!svgs[0].contains("direction="));
    let ar = app.signed_in(&old[0], Some("ar")).await;
    let html = app.page(&ar, "/statistics").await;
    assert!(
        charts(&html)
            .iter()
            .all(|svg| svg.contains(r#"direction="rtl""#))
    );

    // The file: every day and port, oldest first, ports west to east.
    let r = reqwest::get(app.url("/statistics.csv")).await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    assert_eq!(
        r.headers()["content-disposition"],
        "attachment; filename=\"garita-statistics.csv\""
    );
    let file = r.text().await.unwrap();
    let lines: Vec<&str> = file.lines().collect();
    assert_eq!(
        lines[0],
        "date,port_code,port_name,seats_offered,requests,winners,seats_requested,seats_won,\
         registered_days_min,registered_days_median,registered_days_max"
    );
    assert_eq!(lines.len(), 1 + 2 * 8, "{file}");
    assert_eq!(lines[1], "2027-02-04,SYS,San Ysidro,2,4,2,4,2,20,20,20");
    assert_eq!(lines[2], "2027-02-04,CXL,Calexico,100,2,2,3,3,0,20,20");
    assert_eq!(lines[3], "2027-02-04,NOG,Nogales,150,0,0,0,0,,,");
    assert_eq!(lines[9], "2027-02-05,SYS,San Ysidro,300,2,2,2,2,1,1,1");
    assert!(lines[1..9].iter().all(|l| l.starts_with("2027-02-04,")));
    assert!(lines[9..].iter().all(|l| l.starts_with("2027-02-05,")));
}

#[tokio::test]
async fn before_any_draw_the_page_says_so_and_the_file_has_its_header() {
    let app = TestApp::spawn().await;
    let html = app.page(&app.browser(), "/statistics").await;
    let i18n = crate::common::BUILD.catalogs().unwrap();
    assert!(html.contains(&common::html_escape(&i18n.text(Locale::En, "draws-none"))));
    assert!(!html.contains("<svg "), "{html}");
    let file = reqwest::get(app.url("/statistics.csv"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(file.lines().count(), 1, "{file}");
}

#[tokio::test]
async fn the_photo_checks_by_group_hide_a_group_of_19_and_show_one_of_20() {
    use garita_kernel::face_figures::{ACCEPTED, Group, TO_REVIEW};
    let app = TestApp::spawn().await;
    let services = &app.services;
    let now = services.now();
    let group = |nationality: &str| Group {
        nationality: nationality.into(),
        age_band: "18-29",
    };
    let mut effects = Effects::none();
    for (nationality, outcome, times) in [
        ("HT", ACCEPTED, 14),
        ("HT", TO_REVIEW, 6),
        ("VE", ACCEPTED, 18),
        ("VE", TO_REVIEW, 1),
    ] {
        for _ in 0..times {
            effects = effects.and_face_count(group(nationality).count(
                now,
                "appointments.confirmation",
                outcome,
            ));
        }
    }
    services.store.enqueue(effects).await.unwrap();
    let html = app.page(&app.browser(), "/statistics").await;
    let name = |code| garita_i18n::countries::name(Locale::En, code).unwrap();
    // 20 people: 6 sent to a person (30%), none decided yet.
    assert!(
        html.contains(&row(&[name("HT"), "18 to 29", "20", "30%", "—"])),
        "{html}"
    );
    // 19 people: no figures.
    let hidden = "too few to show";
    assert!(
        html.contains(&row(&[name("VE"), "18 to 29", hidden, hidden, hidden])),
        "{html}"
    );
    assert!(
        html.contains(&row(&["Everyone", "", "39", "17.9%", "—"])),
        "{html}"
    );
}
