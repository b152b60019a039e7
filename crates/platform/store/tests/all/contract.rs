//! The storage contract: every test runs against SQLite, and against PostgreSQL when one can be had
//! (see `garita-testkit`). A backend that drifts from the other fails here.

use crate::open;
use garita_domain::{PortCode, Seats, ServiceDate};
use garita_store::records::Effects;
use garita_store::{Backend, Store, StoreError};
use std::sync::Arc;

/// Runs `check` once per available backend, on a fresh, migrated database.
async fn each_backend<F, Fut>(check: F)
where
    F: Fn(Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.expect("open the test database");
        assert_eq!(store.backend().name(), db.backend);
        store.migrate().await.expect("migrate");
        check(store).await;
    }
}

fn code(text: &str) -> PortCode {
    PortCode::parse(text).unwrap()
}

fn date(text: &str) -> ServiceDate {
    ServiceDate::parse(text).unwrap()
}

#[tokio::test]
async fn migrations_create_the_eight_ports_with_1450_seats() {
    each_backend(|store| async move {
        let ports = store.list_ports().await.unwrap();
        let codes: Vec<&str> = ports.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(
            codes,
            ["SYS", "CXL", "NOG", "ELP", "EGP", "LRD", "HID", "BRO"]
        );
        let seats: u32 = ports.iter().map(|p| p.default_daily_seats.get()).sum();
        assert_eq!(seats, 1450);
        for port in &ports {
            assert_eq!(port.time_slots.len(), 8, "{}", port.code);
            assert!(port.time_slots.is_sorted(), "{}", port.code);
        }
        let tijuana = store.port(&code("sys")).await.unwrap().unwrap();
        assert_eq!(tijuana.mexican_city, "Tijuana");
        assert_eq!(tijuana.time_zone, chrono_tz::America::Los_Angeles);
    })
    .await;
}

#[tokio::test]
async fn unknown_ports_are_absent_not_errors() {
    each_backend(|store| async move {
        assert!(store.port(&code("XXX")).await.unwrap().is_none());
    })
    .await;
}

#[tokio::test]
async fn capacity_defaults_and_can_be_set_per_date() {
    each_backend(|store| async move {
        let sys = code("SYS");
        let day = date("2026-12-01");
        assert_eq!(store.capacity(&sys, day).await.unwrap().get(), 300);

        store
            .set_capacity(&sys, day, Seats::new(120).unwrap(), Effects::none())
            .await
            .unwrap();
        assert_eq!(store.capacity(&sys, day).await.unwrap().get(), 120);
        // Setting again replaces; other dates and ports keep their defaults.
        store
            .set_capacity(&sys, day, Seats::new(0).unwrap(), Effects::none())
            .await
            .unwrap();
        assert_eq!(store.capacity(&sys, day).await.unwrap().get(), 0);
        assert_eq!(
            store
                .capacity(&sys, date("2026-12-02"))
                .await
                .unwrap()
                .get(),
            300
        );
        assert_eq!(store.capacity(&code("ELP"), day).await.unwrap().get(), 250);
    })
    .await;
}

#[tokio::test]
async fn capacity_of_an_unknown_port_is_refused() {
    each_backend(|store| async move {
        let day = date("2026-12-01");
        let seats = Seats::new(10).unwrap();
        assert!(matches!(
            store.set_capacity(&code("XXX"), day, seats, Effects::none()).await,
            Err(StoreError::UnknownPort(p)) if p.as_str() == "XXX"
        ));
        assert!(matches!(
            store.capacity(&code("XXX"), day).await,
            Err(StoreError::UnknownPort(_))
        ));
    })
    .await;
}

#[tokio::test]
async fn readiness_reports_pending_migrations_until_migrated() {
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        let before = store.readiness().await.unwrap();
        assert!(
            !before.is_ready(),
            "{}: fresh database reported ready",
            db.backend
        );
        assert!(before.pending_migrations >= 1);
        store.migrate().await.unwrap();
        assert!(
            store.readiness().await.unwrap().is_ready(),
            "{}",
            db.backend
        );
        // Migrating twice is harmless.
        store.migrate().await.unwrap();
    }
}

#[tokio::test]
async fn urls_choose_the_backend() {
    assert_eq!(Backend::of_url("sqlite://x.db"), Some(Backend::Sqlite));
    assert_eq!(Backend::of_url("postgres://h/db"), Some(Backend::Postgres));
    assert_eq!(
        Backend::of_url("postgresql://h/db"),
        Some(Backend::Postgres)
    );
    assert_eq!(Backend::of_url("mysql://h/db"), None);
    let refused = open("mysql://user:secret@h/db").await.err().unwrap();
    assert!(!refused.to_string().contains("secret"));
}

#[test]
fn both_backends_hold_the_same_migrations() {
    // Each schema change is written for both backends in the same commit (migrations/README.md).
    let names = |backend: &str| -> Vec<String> {
        let dir = format!("{}/migrations/{backend}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("read {dir}: {e}"))
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".sql"))
            .collect();
        names.sort();
        names
    };
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite,
        names("postgres"),
        "migrations/sqlite and migrations/postgres differ"
    );
    for name in &sqlite {
        let number = name.split('_').next().unwrap_or_default();
        assert!(
            number.len() == 4 && number.chars().all(|c| c.is_ascii_digit()),
            "{name}: a migration is named NNNN_what_it_does.sql"
        );
    }
}

#[tokio::test]
async fn every_listed_sealed_column_exists() {
    // A listed column that does not exist would fail `garita admin rotate-key`. (That every
    // `*_sealed` column is listed, the platform's or a service's, is checked where the lists
    // are joined: `app/tests/all/rotation.rs`.)
    use garita_store::sealed::SEALED_COLUMNS;
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        let in_schema = store.sealed_columns_in_schema().await.unwrap();
        assert!(
            !in_schema.is_empty(),
            "{}: no sealed column found",
            db.backend
        );
        for c in SEALED_COLUMNS {
            assert!(
                in_schema.contains(&(c.table.to_string(), c.column.to_string())),
                "{}: {}.{} is listed but not in the schema",
                db.backend,
                c.table,
                c.column
            );
        }
    }
}

#[tokio::test]
async fn the_day_jobs_of_the_old_table_carry_over_to_typed_jobs() {
    // A database migrated before typed jobs (0001-0010), with a day's jobs done and pending.
    for db in garita_testkit::all_backends().await {
        let backend = Backend::of_url(&db.url).unwrap();
        let old = tempfile::tempdir().unwrap();
        let source = format!(
            "{}/migrations/{}",
            env!("CARGO_MANIFEST_DIR"),
            backend.name()
        );
        for entry in std::fs::read_dir(&source).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.as_str() < "0011" {
                std::fs::copy(&path, old.path().join(name)).unwrap();
            }
        }
        let before = sqlx::migrate::Migrator::new(old.path()).await.unwrap();
        let rows = "INSERT INTO jobs (kind, service_date, due_at, status, attempts, done_at) VALUES \
             ('draw', '2027-01-15', 100, 'done', 1, 150), ('publish', '2027-01-15', 200, 'pending', 2, NULL)";
        match backend {
            Backend::Sqlite => {
                let pool = sqlx::SqlitePool::connect(&format!("{}?mode=rwc", db.url))
                    .await
                    .unwrap();
                before.run(&pool).await.unwrap();
                sqlx::query(rows).execute(&pool).await.unwrap();
                pool.close().await;
            }
            Backend::Postgres => {
                let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
                before.run(&pool).await.unwrap();
                sqlx::query(rows).execute(&pool).await.unwrap();
                pool.close().await;
            }
        }
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        let jobs = store.jobs().await.unwrap();
        let carried: Vec<(&str, &str, &str, &str, i64)> = jobs
            .iter()
            .map(|j| {
                (
                    j.dedup_key.as_str(),
                    j.kind.as_str(),
                    j.payload.as_str(),
                    j.status.as_str(),
                    j.attempts,
                )
            })
            .collect();
        assert_eq!(
            carried,
            [
                (
                    "appointments.draw:2027-01-15",
                    "appointments.draw",
                    r#"{"date":"2027-01-15"}"#,
                    "done",
                    1
                ),
                (
                    "appointments.publish:2027-01-15",
                    "appointments.publish",
                    r#"{"date":"2027-01-15"}"#,
                    "pending",
                    2
                ),
            ],
            "{}",
            db.backend
        );
    }
}

#[tokio::test]
async fn postgres_contract_runs_when_postgres_is_installed() {
    // A guard against passing silently: when PostgreSQL is installed on this machine, the harness
    // must actually reach it (CI also sets GARITA_REQUIRE_POSTGRES=1, which fails loudly).
    let installed = std::path::Path::new("/usr/lib/postgresql").exists()
        || std::env::var("GARITA_TEST_DATABASE_URL").is_ok();
    if installed {
        assert!(garita_testkit::postgres().await.is_some());
    }
}
