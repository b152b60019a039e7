//! The appointments' store on the platform's PostgreSQL store.

use crate::store::draws::{Added, RequestRow};
use garita_store::PostgresStore;
use garita_store::records::Effects;

type Db = sqlx::Postgres;

/// Adds a batch of requests whose day is open, in one statement, in batch order (the first of
/// a group's requests in a batch is the one kept); `FOR SHARE` holds the days' rows until the
/// batch commits, so that closing a day waits for it. Returns the entry ids added.
const INSERT_REQUESTS: &str = "INSERT INTO draw_requests (entry_id, service_date, registration_id, \
     client_request_id, port_code, seats, registered_on, created_at, channel, state, time_zone) \
     SELECT r.entry_id, r.service_date, r.registration_id, r.client_request_id, r.port_code, r.seats, \
     r.registered_on, r.created_at, r.channel, r.state, r.time_zone \
     FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int8[], $7::text[], \
     $8::int8[], $9::text[], $10::text[], $11::text[]) WITH ORDINALITY AS r(entry_id, service_date, \
     registration_id, client_request_id, port_code, seats, registered_on, created_at, channel, state, \
     time_zone, n) \
     JOIN draw_days d ON d.service_date = r.service_date AND d.status = 'open' \
     ORDER BY r.n FOR SHARE OF d \
     ON CONFLICT (registration_id, service_date) DO NOTHING RETURNING entry_id";

/// `DrawStore::add_requests`: the batch in one statement (each statement is a round trip to the
/// server), then the stored request of each group whose request was not added, in one more.
async fn add_requests(
    store: &PostgresStore,
    requests: Vec<RequestRow>,
) -> garita_store::Result<Vec<Added>> {
    let column = |f: fn(&RequestRow) -> String| requests.iter().map(f).collect::<Vec<_>>();
    let mut tx = store.write_tx().await?;
    let inserted: Vec<String> = sqlx::query_scalar(INSERT_REQUESTS)
        .bind(column(|r| r.entry_id.clone()))
        .bind(column(|r| r.service_date.clone()))
        .bind(column(|r| r.registration_id.clone()))
        .bind(column(|r| r.client_request_id.clone()))
        .bind(column(|r| r.port_code.clone()))
        .bind(requests.iter().map(|r| r.seats).collect::<Vec<i64>>())
        .bind(column(|r| r.registered_on.clone()))
        .bind(requests.iter().map(|r| r.created_at).collect::<Vec<i64>>())
        .bind(column(|r| r.channel.clone()))
        .bind(column(|r| r.state.clone()))
        .bind(
            requests
                .iter()
                .map(|r| r.time_zone.clone())
                .collect::<Vec<Option<String>>>(),
        )
        .fetch_all(&mut *tx)
        .await?;
    let inserted: std::collections::HashSet<String> = inserted.into_iter().collect();
    let missed: Vec<&RequestRow> = requests
        .iter()
        .filter(|r| !inserted.contains(&r.entry_id))
        .collect();
    let existing: Vec<RequestRow> = if missed.is_empty() {
        vec![]
    } else {
        sqlx::query_as(concat!(
            crate::store::draws::select_request!(),
            " WHERE (registration_id, service_date) IN \
             (SELECT * FROM UNNEST($1::text[], $2::text[]))"
        ))
        .bind(
            missed
                .iter()
                .map(|r| r.registration_id.clone())
                .collect::<Vec<_>>(),
        )
        .bind(
            missed
                .iter()
                .map(|r| r.service_date.clone())
                .collect::<Vec<_>>(),
        )
        .fetch_all(&mut *tx)
        .await?
    };
    tx.commit().await?;
    Ok(requests
        .into_iter()
        .map(|r| {
            if inserted.contains(&r.entry_id) {
                return Added::Created(r);
            }
            existing
                .iter()
                .find(|e| {
                    e.registration_id == r.registration_id && e.service_date == r.service_date
                })
                .map_or(Added::NotOpen, |e| Added::Existing(e.clone()))
        })
        .collect())
}

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
