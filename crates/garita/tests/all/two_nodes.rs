//! Two `garita serve` processes on one PostgreSQL: both schedulers find yesterday's close, draw
//! and publication due; exactly one draw is run and its appointments are written once.

use chrono::Days;
use garita_appointments::app::draws::{Channel, RequestOutcome};
use garita_domain::PortCode;
use garita_domain::geofence::Position;
use garita_security::Keys;
use std::process::{Child, Stdio};
use std::sync::Arc;

fn node(url: &str, master: &str, dir: &std::path::Path) -> Child {
    crate::garita_command()
        .args(["serve", "--bind", "127.0.0.1:0", "--database", url])
        .current_dir(dir)
        .env("GARITA_SECRET", master)
        .env("GARITA_SCHEDULER_INTERVAL_SECONDS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[tokio::test]
async fn two_nodes_run_one_draw() {
    let Some(db) = garita_testkit::postgres().await else {
        return;
    };
    let master = Keys::generate_master();
    let keys = Arc::new(Keys::from_master(&master).unwrap());
    let store = garita_app::open_store(&db.url, &keys).await.unwrap();
    store.migrate().await.unwrap();
    let mut services = garita_app::build(store.clone(), keys, "http://t");
    // Requests made during yesterday's window.
    let window = services.draws.window;
    let yesterday = window.service_date(chrono::Utc::now()) - Days::new(1);
    let then = (window.opens_at(yesterday) + chrono::Duration::hours(1)).timestamp_millis();
    services.clock = Arc::new(move || then);
    let here = Position::new(31.3316, -110.9418, 10.0).unwrap();
    for n in 0..60 {
        let a = services.synthetic_applicant(n, 1 + n % 3).await.unwrap();
        let got = services
            .request_appointment(
                &a.account_id,
                &PortCode::parse("NOG").unwrap(),
                here,
                "c",
                Channel::Api,
            )
            .await
            .unwrap();
        assert!(matches!(got, RequestOutcome::Accepted(_)), "{got:?}");
    }

    let dir = tempfile::tempdir().unwrap();
    let mut nodes = [
        node(&db.url, &master, dir.path()),
        node(&db.url, &master, dir.path()),
    ];
    let key = yesterday.to_string();
    let mut published = false;
    for _ in 0..120 {
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        if store
            .day(&key)
            .await
            .unwrap()
            .is_some_and(|d| d.status == "published")
        {
            published = true;
            break;
        }
    }
    // Let both schedulers run a few more rounds before looking.
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    for n in &mut nodes {
        n.kill().unwrap();
        let _ = n.wait();
    }
    assert!(
        published,
        "the draw was not published: {:?} {:?}",
        store.day(&key).await.unwrap(),
        store.jobs().await.unwrap()
    );

    let audit = store.audit_about(&key, 100).await.unwrap();
    let runs = audit.iter().filter(|e| e.action == "draw.run").count();
    assert_eq!(runs, 1, "{audit:?}");
    let (record, _) = store.day_record(&key).await.unwrap().unwrap();
    let record: garita_appointments::domain::draw::DrawRecord =
        serde_json::from_str(&record).unwrap();
    let winners: usize = record.ports.iter().map(|p| p.winners.len()).sum();
    assert_eq!(store.appointments_on(&key).await.unwrap().len(), winners);
    assert!(winners > 0);
    let jobs = store.jobs().await.unwrap();
    let draw_job = jobs
        .iter()
        .find(|j| j.dedup_key == format!("appointments.draw:{key}"))
        .unwrap();
    assert_eq!(draw_job.status, "done");
}
