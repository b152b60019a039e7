//! The appointments' store on the platform's SQLite store.

use garita_store::SqliteStore;
use garita_store::records::Effects;

type Db = sqlx::Sqlite;

/// Adds a request if its day is open (see `DrawStore::add_requests`).
const INSERT_REQUEST: &str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, client_request_id, \
     port_code, seats, registered_on, created_at, channel, state, time_zone) \
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM draw_days \
     WHERE service_date = $2 AND status = 'open' \
     ON CONFLICT (registration_id, service_date) DO NOTHING";

async fn write_effects(
    tx: &mut sqlx::Transaction<'static, Db>,
    key: &garita_domain::ChainKey,
    effects: &Effects,
) -> garita_store::Result<()> {
    SqliteStore::write_effects(tx, key, effects).await
}

crate::store::observers::impl_observer_store!(SqliteStore);
crate::store::draws::impl_draw_store!(SqliteStore);
crate::store::confirmations::impl_confirmation_store!(SqliteStore);
crate::store::outages::impl_outage_store!(SqliteStore);
crate::store::desk::impl_desk_store!(SqliteStore);
crate::store::reminders::impl_reminder_store!(SqliteStore);
crate::store::port_days::impl_port_day_store!(SqliteStore, "$2");
