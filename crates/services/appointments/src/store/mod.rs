//! The appointments' own store: draw days and their requests, appointments, confirmations, the
//! port's desk, port days and closures, degraded periods, reminders. One implementation per subject serves
//! both backends (a macro each, instantiated in `sqlite.rs` and `postgres.rs` on the platform's
//! stores, in the same transactions and with the same effects writer).

pub mod confirmations;
pub mod desk;
pub mod draws;
pub mod observers;
pub mod outages;
pub mod port_days;
mod postgres;
pub mod reminders;
mod sqlite;

use garita_domain::ChainKey;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Result, Store};
use std::sync::Arc;

pub use confirmations::ConfirmationStore;
pub use desk::DeskStore;
pub use draws::DrawStore;
pub use observers::ObserverStore;
pub use outages::OutageStore;
pub use port_days::PortDayStore;
pub use reminders::ReminderStore;

/// The service's sealed columns (rotated with the platform's by `garita admin rotate-key`).
pub const SEALED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "draw_days",
        column: "secret_sealed",
        context: "draws.secret",
        owner: None,
    },
    SealedColumn {
        table: "traveller_checks",
        column: "photo_sealed",
        context: "confirmations.photo",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
    SealedColumn {
        table: "traveller_outcomes",
        column: "note_sealed",
        context: "desk.note",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
    SealedColumn {
        table: "traveller_outcomes",
        column: "facts_sealed",
        context: "desk.facts",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
    SealedColumn {
        table: "outcome_versions",
        column: "facts_sealed",
        context: "desk.facts",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
    SealedColumn {
        table: "outcome_versions",
        column: "reason_sealed",
        context: "desk.reason",
        owner: Some(
            "traveller_id IN (SELECT t.id FROM travellers t JOIN registrations r ON r.id = t.registration_id WHERE r.account_id = $1)",
        ),
    },
];

/// Everything the appointments service keeps, with the platform's store beneath it.
pub trait AppointmentStore:
    Store
    + DrawStore
    + ConfirmationStore
    + DeskStore
    + PortDayStore
    + OutageStore
    + ObserverStore
    + ReminderStore
{
}

impl<T> AppointmentStore for T where
    T: Store
        + DrawStore
        + ConfirmationStore
        + DeskStore
        + PortDayStore
        + OutageStore
        + ObserverStore
        + ReminderStore
{
}

/// The service's migrations (`migrations/`), merged with the platform's when the database opens.
pub static MIGRATIONS: garita_store::Migrations = garita_store::Migrations {
    sqlite: &SQLITE_MIGRATIONS,
    postgres: &POSTGRES_MIGRATIONS,
};
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// The appointments' store on an open database (its pools are shared, not reopened).
pub fn on(db: &Db) -> Arc<dyn AppointmentStore> {
    match db {
        Db::Sqlite(s) => Arc::new(s.clone()),
        Db::Postgres(s) => Arc::new(s.clone()),
    }
}

/// Opens the database a URL names, with the service's migrations, and returns the
/// appointments' store on it. Does not migrate.
pub async fn open(url: &str, chain_key: ChainKey) -> Result<Arc<dyn AppointmentStore>> {
    Ok(on(&Db::open_with(url, chain_key, &[&MIGRATIONS]).await?))
}
