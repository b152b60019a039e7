//! What the benchmarks share: their arguments, a fresh database (SQLite, or a throw-away
//! PostgreSQL with `--postgres`) and services on a clock they move.

use garita_appointments::app::Appointments;
use garita_security::Keys;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct Bench {
    pub services: Appointments,
    /// The services' clock (Unix ms), starting at 03:00 Eastern on 2027-01-15.
    pub time: Arc<AtomicI64>,
    /// The first number among the arguments, else the default.
    pub count: usize,
    pub db: garita_testkit::TestDb,
}

pub async fn bench(default_count: usize) -> Bench {
    let count = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(default_count);
    let db = if std::env::args().any(|a| a == "--postgres") {
        garita_testkit::postgres()
            .await
            .expect("PostgreSQL for --postgres")
    } else {
        garita_testkit::sqlite()
    };
    let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
    let store = garita_app::open_store(&db.url, &keys).await.unwrap();
    store.migrate().await.unwrap();
    let mut services = garita_app::build(store, keys, "https://garita.example");
    let time = Arc::new(AtomicI64::new(1_800_000_000_000));
    let clock = time.clone();
    services.clock = Arc::new(move || clock.load(Ordering::SeqCst));
    Bench {
        services,
        time,
        count,
        db,
    }
}
