//! Throw-away databases for tests: each test gets its own.
//!
//! - SQLite: a file in a fresh temporary directory.
//! - PostgreSQL: a fresh database, either on the server named by `GARITA_TEST_DATABASE_URL` or on a
//!   throw-away cluster this crate starts itself when `initdb` and `postgres` are installed (on
//!   Debian under `/usr/lib/postgresql/*/bin`). The cluster dies with the test process.
//!
//! When PostgreSQL cannot be had, [`postgres`] returns `None` and says so on the terminal (not in
//! captured test output); with `GARITA_REQUIRE_POSTGRES=1` (set by CI) it panics instead.

mod cluster;
pub mod drand;
pub mod sms;
pub mod smtp;
pub mod stripe;

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Once, OnceLock};
use tempfile::TempDir;

/// A database for one test; dropping it removes an SQLite file (PostgreSQL databases go with the
/// throw-away cluster, or stay on a server named by the environment for inspection).
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    _dir: Option<TempDir>,
}

/// A fresh SQLite database file.
pub fn sqlite() -> TestDb {
    let dir = tempfile::Builder::new()
        .prefix("garita-test-")
        .tempdir()
        .expect("create a temporary directory");
    let url = format!("sqlite://{}/garita.db", dir.path().display());
    TestDb {
        url,
        backend: "sqlite",
        _dir: Some(dir),
    }
}

/// A fresh PostgreSQL database, or `None` (said loudly) when no PostgreSQL can be had.
pub async fn postgres() -> Option<TestDb> {
    let Some(admin_url) = admin_url() else {
        if std::env::var("GARITA_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
            panic!("GARITA_REQUIRE_POSTGRES=1 but no PostgreSQL could be started or reached");
        }
        count_skipped();
        return None;
    };
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "garita_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .expect("connect to the test PostgreSQL server");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .expect("create a test database");
    admin.close().await.ok();
    Some(TestDb {
        url: replace_database(&admin_url, &name),
        backend: "postgres",
        _dir: None,
    })
}

/// Every backend available here: SQLite always, PostgreSQL when it can be had.
pub async fn all_backends() -> Vec<TestDb> {
    let mut dbs = vec![sqlite()];
    dbs.extend(postgres().await);
    dbs
}

/// The URL of a database from which test databases are created, once per test process.
fn admin_url() -> Option<String> {
    static URL: OnceLock<Option<String>> = OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(url) = std::env::var("GARITA_TEST_DATABASE_URL") {
            return Some(url);
        }
        match cluster::start() {
            Ok(url) => Some(url),
            Err(why) => {
                shout(&format!(
                    "PostgreSQL IS NOT AVAILABLE ({why}): the PostgreSQL tests did NOT run. \
                     Install PostgreSQL (Debian: apt-get install postgresql) or set \
                     GARITA_TEST_DATABASE_URL."
                ));
                None
            }
        }
    })
    .clone()
}

/// Keeps a published draw file that a test made under `target/draw-records/NAME.json`, for the
/// second verifier (`tools/verify_draw.py`, written from `docs/draw.md` alone), which CI runs on
/// every file kept.
pub fn keep_draw_record(name: &str, published: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/draw-records");
    std::fs::create_dir_all(&dir).expect("create target/draw-records");
    std::fs::write(dir.join(format!("{name}.json")), published).expect("keep a draw record");
}

/// PostgreSQL cases that did not run in this test process, and the tests they belong to.
static SKIPPED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Counts a PostgreSQL case that did not run; when the process ends, the count is said on the
/// terminal, so a green run without PostgreSQL cannot be mistaken for a full one.
fn count_skipped() {
    static AT_EXIT: Once = Once::new();
    AT_EXIT.call_once(|| {
        extern "C" fn report() {
            let skipped = SKIPPED.lock().map(|s| s.clone()).unwrap_or_default();
            let mut tests: Vec<&String> = skipped.iter().collect();
            tests.sort();
            tests.dedup();
            let line = "!".repeat(78);
            let _ = writeln!(
                std::io::stderr(),
                "\n{line}\n{} PostgreSQL cases in {} tests did NOT run (no PostgreSQL): {}\n{line}\n",
                skipped.len(),
                tests.len(),
                tests.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
            );
        }
        // SAFETY: `report` is a plain function that only reads a static and writes to stderr.
        unsafe {
            libc::atexit(report);
        }
    });
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    if let Ok(mut skipped) = SKIPPED.lock() {
        skipped.push(test);
    }
}

/// Writes straight to the terminal's standard error, which the test harness does not capture.
fn shout(message: &str) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let line = "!".repeat(78);
        let _ = writeln!(std::io::stderr(), "\n{line}\n{message}\n{line}\n");
    });
}

/// The same server URL with another database name.
fn replace_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let authority_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[authority_end..].find('/') {
        Some(slash) => &base[..authority_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{database}?{q}"),
        None => format!("{base}/{database}"),
    }
}

#[cfg(test)]
mod tests {
    use super::replace_database;

    #[test]
    fn database_names_are_replaced() {
        assert_eq!(
            replace_database("postgres://u:p@h:5432/postgres", "x"),
            "postgres://u:p@h:5432/x"
        );
        assert_eq!(
            replace_database("postgres://h/db?sslmode=disable", "x"),
            "postgres://h/x?sslmode=disable"
        );
        assert_eq!(replace_database("postgres://h", "x"), "postgres://h/x");
    }
}
