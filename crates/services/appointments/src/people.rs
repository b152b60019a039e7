//! The appointments' answers to the kernel about a person's group (`PersonParts`): a group
//! with an entry in a closed day or a live appointment keeps who travels (and must end that
//! appointment before closing the account), and the record lists every daily request with its
//! result and every appointment it held and what became of it.

use crate::store::AppointmentStore;
use async_trait::async_trait;
use garita_kernel::people::PersonParts;
use garita_store::StoreError;
use serde::Serialize;
use serde_json::{Map, Value};
use std::sync::Arc;

pub struct People(pub Arc<dyn AppointmentStore>);

/// An appointment in the person's record (field names are the published `garita-record-v1`).
#[derive(Debug, Serialize)]
struct AppointmentPart {
    service_date: String,
    port: String,
    date: String,
    time: String,
    seats: i64,
    /// won, offered, confirmed, lapsed or cancelled.
    status: String,
    confirmation_number: Option<String>,
    confirmed_at: Option<i64>,
    cancelled_at: Option<i64>,
    /// Where it was before, oldest first: a port closed that day, or the group chose another.
    moves: Vec<MovePart>,
}

/// A daily request in the person's record.
#[derive(Debug, Serialize)]
struct RequestPart {
    service_date: String,
    port: String,
    /// The entry's number in the day's published list.
    entry_id: String,
    seats: i64,
    /// `web` or `api`.
    channel: String,
    /// `chosen`, `not-chosen` or `waiting` (the day's result is not published yet).
    result: &'static str,
}

#[derive(Debug, Serialize)]
struct MovePart {
    from_port: String,
    from_date: String,
    from_time: String,
    to_port: String,
    to_date: String,
    to_time: String,
    /// `closure` or `port-chosen`.
    reason: String,
    moved_at: i64,
}

fn time(slot: &str) -> String {
    slot.get(..5).unwrap_or(slot).to_string()
}

#[async_trait]
impl PersonParts for People {
    async fn fixes_travellers(&self, registration_id: &str) -> Result<bool, StoreError> {
        Ok(self.0.live_appointment(registration_id).await?.is_some()
            || self.0.awaiting_draw(registration_id).await?)
    }

    async fn holds_before_closing(&self, registration_id: &str) -> Result<bool, StoreError> {
        Ok(self.0.live_appointment(registration_id).await?.is_some())
    }

    async fn record(
        &self,
        _account_id: &str,
        registration_id: Option<&str>,
    ) -> Result<Map<String, Value>, StoreError> {
        let mut appointments = vec![];
        for a in match registration_id {
            Some(id) => self.0.appointments_of(id).await?,
            None => vec![],
        } {
            let moves = self
                .0
                .moves_of(&a.id)
                .await?
                .into_iter()
                .map(|m| MovePart {
                    from_time: time(&m.from_slot),
                    to_time: time(&m.to_slot),
                    from_port: m.from_port,
                    from_date: m.from_date,
                    to_port: m.to_port,
                    to_date: m.to_date,
                    reason: m.reason,
                    moved_at: m.moved_at,
                })
                .collect();
            appointments.push(AppointmentPart {
                moves,
                time: time(&a.slot),
                service_date: a.service_date,
                port: a.port_code,
                date: a.appointment_date,
                seats: a.seats,
                status: a.status,
                confirmation_number: a.confirmation_number,
                confirmed_at: a.confirmed_at,
                cancelled_at: a.cancelled_at,
            });
        }
        let mut requests = vec![];
        for r in match registration_id {
            Some(id) => self.0.requests_of(id).await?,
            None => vec![],
        } {
            let chosen = self
                .0
                .appointments_of(&r.registration_id)
                .await?
                .iter()
                .any(|a| a.entry_id == r.entry_id);
            let published = self
                .0
                .day(&r.service_date)
                .await?
                .is_some_and(|d| d.status == "published");
            requests.push(RequestPart {
                result: match (chosen, published) {
                    (true, _) => "chosen",
                    (false, true) => "not-chosen",
                    (false, false) => "waiting",
                },
                service_date: r.service_date,
                port: r.port_code,
                entry_id: r.entry_id,
                seats: r.seats,
                channel: r.channel,
            });
        }
        let mut part = Map::new();
        part.insert(
            "requests".into(),
            serde_json::to_value(requests).expect("a record serializes"),
        );
        part.insert(
            "appointments".into(),
            serde_json::to_value(appointments).expect("a record serializes"),
        );
        Ok(part)
    }
}
