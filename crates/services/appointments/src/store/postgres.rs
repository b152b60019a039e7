//! The appointments' store on the platform's PostgreSQL store.

use garita_store::PostgresStore;
use garita_store::records::Effects;

type Db = sqlx::Postgres;

/// Adds a request if its day is open (see `DrawStore::add_requests`); `FOR SHARE` holds the day's
/// row until the insert commits, so that closing the day waits for it.
const INSERT_REQUEST: &str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, client_request_id, \
     port_code, seats, registered_on, created_at, channel, state, time_zone) \
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM draw_days \
     WHERE service_date = $2 AND status = 'open' FOR SHARE \
     ON CONFLICT (registration_id, service_date) DO NOTHING";

async fn write_effects(
    tx: &mut sqlx::Transaction<'static, Db>,
    key: &garita_domain::ChainKey,
    effects: &Effects,
) -> garita_store::Result<()> {
    PostgresStore::write_effects(tx, key, effects).await
}

crate::store::observers::impl_observer_store!(PostgresStore);
crate::store::draws::impl_draw_store!(PostgresStore);
crate::store::confirmations::impl_confirmation_store!(PostgresStore);
crate::store::outages::impl_outage_store!(PostgresStore);
crate::store::desk::impl_desk_store!(PostgresStore);
crate::store::reminders::impl_reminder_store!(PostgresStore);
crate::store::port_days::impl_port_day_store!(PostgresStore, "CAST($2 AS DATE)");
