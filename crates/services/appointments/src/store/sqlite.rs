//! The appointments' store on the platform's SQLite store.

use crate::store::draws::{Added, RequestRow};
use garita_store::SqliteStore;
use garita_store::records::Effects;

type Db = sqlx::Sqlite;

/// Adds a request if its day is open.
const INSERT_REQUEST: &str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, client_request_id, \
     port_code, seats, registered_on, created_at, channel, state, time_zone) \
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM draw_days \
     WHERE service_date = $2 AND status = 'open' \
     ON CONFLICT (registration_id, service_date) DO NOTHING";

/// `DrawStore::add_requests`: one statement per request (SQLite runs in this process: a
/// statement costs no round trip), all in one transaction.
async fn add_requests(
    store: &SqliteStore,
    requests: Vec<RequestRow>,
) -> garita_store::Result<Vec<Added>> {
    let mut tx = store.write_tx().await?;
    let mut added = Vec::with_capacity(requests.len());
    for r in requests {
        let inserted = sqlx::query(INSERT_REQUEST)
            .bind(&r.entry_id)
            .bind(&r.service_date)
            .bind(&r.registration_id)
            .bind(&r.client_request_id)
            .bind(&r.port_code)
            .bind(r.seats)
            .bind(&r.registered_on)
            .bind(r.created_at)
            .bind(&r.channel)
            .bind(&r.state)
            .bind(&r.time_zone)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if inserted == 1 {
            added.push(Added::Created(r));
            continue;
        }
        // The group's request of the day (perhaps earlier in this batch), or none because the
        // day is not open.
        let existing = sqlx::query_as(crate::store::draws::request_of_day!())
            .bind(&r.registration_id)
            .bind(&r.service_date)
            .fetch_optional(&mut *tx)
            .await?;
        added.push(existing.map_or(Added::NotOpen, Added::Existing));
    }
    tx.commit().await?;
    Ok(added)
}

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
