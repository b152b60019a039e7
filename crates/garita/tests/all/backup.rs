//! `garita admin backup` while `garita serve` takes requests, and `garita admin restore`: the
//! copy holds every request acknowledged before it began, passes `garita audit verify`, and a
//! restore refuses a database that is still open.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn garita(dir: &Path) -> Command {
    let mut command = crate::garita_command();
    command
        .current_dir(dir)
        .env_remove("GARITA_DATABASE_URL")
        .env_remove("GARITA_SECRET")
        // The request window is open all day, so requests are taken whenever the test runs.
        .env("GARITA_WINDOW_ZONE", "UTC")
        .env("GARITA_WINDOW_OPENS", "00:00")
        .env("GARITA_WINDOW_CLOSES", "23:59")
        .env("GARITA_LOG", "warn");
    command
}

fn run(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = garita(dir).args(args).output().unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Starts `garita serve` on the directory's default database; returns it and its address.
async fn serve(dir: &Path) -> (Child, String) {
    let log = dir.join("serve.out");
    let mut child = garita(dir)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..200 {
        if let Some(at) = std::fs::read_to_string(&log)
            .unwrap_or_default()
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
        {
            return (child, at.to_string());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("garita serve did not start");
}

/// Asks for an appointment with one applicant's token; the entry id if it was accepted.
async fn request(http: &reqwest::Client, base: &str, token: &str, n: usize) -> Option<String> {
    let body = serde_json::json!({
        "port": "SYS", "latitude": 32.5412, "longitude": -117.0293, "accuracy_m": 15,
        "client_request_id": format!("backup-{n}"),
    });
    let answer = http
        .post(format!("{base}/api/v1/requests"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .ok()?;
    if answer.status() != reqwest::StatusCode::CREATED {
        return None;
    }
    let body: serde_json::Value = answer.json().await.ok()?;
    body["entry_id"].as_str().map(str::to_string)
}

async fn entries(db: &Path) -> Vec<String> {
    use sqlx::Connection;
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(db)
        .read_only(true);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    let rows: Vec<String> = sqlx::query_scalar("SELECT entry_id FROM draw_requests")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    rows
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_whole_and_a_database_in_use_is_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (ok, out) = run(
        d,
        &[
            "bench",
            "applicants",
            "--count",
            "40",
            "--tokens",
            "tokens.txt",
        ],
    );
    assert!(ok, "{out}");
    let tokens: Vec<String> = std::fs::read_to_string(d.join("tokens.txt"))
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let (mut server, base) = serve(d).await;
    let http = reqwest::Client::new();

    let mut before = vec![];
    for (n, token) in tokens[..10].iter().enumerate() {
        before.push(request(&http, &base, token, n).await.expect("accepted"));
    }
    // More requests go on while the backup is taken.
    let writer = {
        let (http, base, tokens) = (http.clone(), base.clone(), tokens[10..].to_vec());
        tokio::spawn(async move {
            let mut acked = 0;
            for (n, token) in tokens.iter().enumerate() {
                acked += usize::from(request(&http, &base, token, 10 + n).await.is_some());
            }
            acked
        })
    };
    let (ok, out) = run(d, &["admin", "backup", "backup.db"]);
    assert!(ok, "{out}");
    assert!(out.contains("backup.db"), "{out}");
    let during = writer.await.unwrap();
    assert_eq!(during, 30, "every request during the backup was accepted");

    let (ok, out) = run(d, &["admin", "backup", "backup.db"]);
    assert!(!ok && out.contains("exists already"), "{out}");
    let (ok, out) = run(d, &["admin", "restore", "backup.db"]);
    assert!(!ok && out.contains("is in use"), "{out}");
    let served = entries(&d.join("garita-data/garita.db")).await;
    assert_eq!(served.len(), 40, "a refused restore changed nothing");

    server.kill().unwrap();
    server.wait().unwrap();
    std::fs::write(d.join("not-a-backup.db"), b"hello").unwrap();
    let (ok, out) = run(d, &["admin", "restore", "not-a-backup.db"]);
    assert!(!ok && out.contains("not a whole Garita database"), "{out}");

    let (ok, out) = run(d, &["admin", "restore", "backup.db"]);
    assert!(ok, "{out}");
    assert!(out.contains("before-restore-"), "{out}");
    let restored = entries(&d.join("garita-data/garita.db")).await;
    for entry in &before {
        assert!(
            restored.contains(entry),
            "acknowledged {entry} is in the backup"
        );
    }
    assert!(restored.len() >= before.len() && restored.len() <= 40);
    let (ok, out) = run(d, &["audit", "verify"]);
    assert!(ok && out.contains("intact"), "{out}");
    // The restored database serves, and takes requests from those not in it.
    let (mut server, base) = serve(d).await;
    let answer = http.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(answer.status(), reqwest::StatusCode::OK);
    server.kill().unwrap();
    server.wait().unwrap();
}
