//! A full day on SQLite and on PostgreSQL: 1,000 registrations ask, the scheduler closes, draws and
//! publishes; the record downloaded from `garita serve` passes `garita draw verify`, and fails it
//! once one byte is changed.

use garita_appointments::app::draws::{Channel, RequestOutcome};
use garita_domain::PortCode;
use garita_domain::geofence::Position;
use garita_security::Keys;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

const PORTS: [&str; 8] = ["SYS", "CXL", "NOG", "ELP", "EGP", "LRD", "HID", "BRO"];
/// 2027-01-15 13:00 U.S. Eastern: the window is open.
const IN_WINDOW: i64 = 1_800_000_000_000 + 10 * 3_600_000;

fn verify(file: &std::path::Path, kept: &[&str]) -> (bool, String) {
    let out = crate::garita_command()
        .args(["draw", "verify"])
        .arg(file)
        .args(kept)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

async fn full_day(url: &str) {
    let master = Keys::generate_master();
    let keys = Arc::new(Keys::from_master(&master).unwrap());
    let store = garita_app::open_store(url, &keys).await.unwrap();
    store.migrate().await.unwrap();
    let mut services = garita_app::build(store, keys, "http://t");
    let time = Arc::new(AtomicI64::new(IN_WINDOW));
    let clock = time.clone();
    services.clock = Arc::new(move || clock.load(Ordering::SeqCst));

    let tijuana = Position::new(32.5412, -117.0293, 12.0).unwrap();
    let mut date = String::new();
    for n in 0..1000 {
        let a = services.synthetic_applicant(n, 1 + n % 4).await.unwrap();
        let port = PortCode::parse(PORTS[n % 8]).unwrap();
        match services
            .request_appointment(&a.account_id, &port, tijuana, "first", Channel::Api)
            .await
            .unwrap()
        {
            RequestOutcome::Accepted(r) => date = r.service_date,
            other => panic!("{other:?}"),
        }
    }
    time.fetch_add(12 * 3_600_000, Ordering::SeqCst);
    services.run_due_jobs("test-node").await.unwrap();

    // The record as anyone downloads it from a running server.
    let dir = tempfile::tempdir().unwrap();
    let mut server = crate::garita_command()
        .args(["serve", "--bind", "127.0.0.1:0", "--database", url])
        .current_dir(dir.path())
        .env("GARITA_SECRET", &master)
        .env("GARITA_SCHEDULER_INTERVAL_SECONDS", "3600")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().to_string();
    let day: serde_json::Value = reqwest::get(format!("{base}/api/v1/draws/{date}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(day["status"], "published");
    assert_eq!(day["entry_count"], 1000);
    let record = reqwest::get(format!("{base}/draws/{date}/record.json"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    server.kill().unwrap();
    let _ = server.wait();

    let file = dir.path().join("garita-draw.json");
    std::fs::write(&file, &record).unwrap();
    let (ok, out) = verify(&file, &[]);
    assert!(ok, "{out}");
    // Held to what was published before the draw: the day's commitment and close digests.
    let commitment = day["commitment"].as_str().unwrap();
    let digest = day["entries_digest"].as_str().unwrap();
    let rules = day["rules_digest"].as_str().unwrap();
    let round = day["beacon_round"].as_u64().unwrap().to_string();
    let (ok, out) = verify(
        &file,
        &[
            "--commitment",
            commitment,
            "--entries-digest",
            digest,
            "--rules-digest",
            rules,
            "--beacon-round",
            &round,
        ],
    );
    assert!(ok, "{out}");
    let other = "ab".repeat(32);
    let (ok, out) = verify(&file, &["--commitment", &other]);
    assert!(!ok && out.contains("commitment"), "{out}");
    let backend = if url.starts_with("postgres") {
        "postgres"
    } else {
        "sqlite"
    };
    garita_testkit::keep_draw_record(&format!("garita-day-{backend}"), &record);

    // One byte changed in the first winner's entry id: the verification names what differs.
    let value: serde_json::Value = serde_json::from_str(&record).unwrap();
    let winner = value["ports"][0]["winners"][0]["entry_id"]
        .as_str()
        .unwrap()
        .to_string();
    let at = record.find(&format!("\"entry_id\": \"{winner}\"")).unwrap() + 13;
    let mut bytes = record.into_bytes();
    bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
    std::fs::write(&file, &bytes).unwrap();
    let (ok, out) = verify(&file, &[]);
    assert!(!ok, "{out}");
    assert!(out.contains("winners[0]"), "{out}");
}

#[tokio::test]
async fn a_full_day_on_sqlite() {
    let db = garita_testkit::sqlite();
    full_day(&db.url).await;
}

#[tokio::test]
async fn a_full_day_on_postgres() {
    if let Some(db) = garita_testkit::postgres().await {
        full_day(&db.url).await;
    }
}
