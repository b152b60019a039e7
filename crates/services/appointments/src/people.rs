//! The appointments' answers to the kernel about a person's group (`PersonParts`): a group
//! with an entry in a closed day or a live appointment keeps who travels (and must end that
//! appointment before closing the account), and the record lists every daily request with its
//! result and every appointment it held and what became of it.

use crate::app::outcomes;
use crate::store::AppointmentStore;
use async_trait::async_trait;
use garita_domain::outcome::Outcome;
use garita_kernel::people::{Arrival, ArrivalDecision, PersonParts};
use garita_store::StoreError;
use serde::Serialize;
use serde_json::{Map, Value};
use std::sync::Arc;

pub struct People {
    pub store: Arc<dyn AppointmentStore>,
    /// Opens the outcome facts and reasons, which are sealed.
    pub keys: Arc<garita_security::Keys>,
}

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
    /// Each traveller who arrived, with the outcome as it stands and every version of it.
    arrivals: Vec<ArrivalPart>,
}

/// A traveller's arrival at the port and what was recorded (`garita_domain::outcome`).
#[derive(Debug, Serialize)]
struct ArrivalPart {
    traveller_id: String,
    arrived_at: i64,
    outcome: Outcome,
    versions: Vec<VersionPart>,
}

#[derive(Debug, Serialize)]
struct VersionPart {
    version: i64,
    recorded_at: i64,
    /// The staff account that recorded it.
    officer: String,
    outcome: Outcome,
    /// Why a date or number changed.
    reason: Option<String>,
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
        Ok(self
            .store
            .live_appointment(registration_id)
            .await?
            .is_some()
            || self.store.awaiting_draw(registration_id).await?)
    }

    async fn holds_before_closing(&self, registration_id: &str) -> Result<bool, StoreError> {
        Ok(self
            .store
            .live_appointment(registration_id)
            .await?
            .is_some())
    }

    async fn paroled_between(
        &self,
        port: &str,
        from: i64,
        to: i64,
    ) -> Result<Vec<String>, StoreError> {
        self.store.paroled_accounts(port, from, to).await
    }

    async fn arrivals(
        &self,
        _account_id: &str,
        registration_id: Option<&str>,
    ) -> Result<Vec<Arrival>, StoreError> {
        let mut arrivals = vec![];
        for a in match registration_id {
            Some(id) => self.store.appointments_of(id).await?,
            None => vec![],
        } {
            for o in self.store.outcomes_of(&a.id).await? {
                let outcome = outcomes::current(&self.keys, &o)
                    .map_err(|_| StoreError::Corrupt("an outcome that cannot be opened".into()))?;
                let admission_number = outcome.admission_number.as_ref().map(|n| n.to_string());
                let decided = match outcome.parole_until {
                    _ if outcome.not_admitted => ArrivalDecision::NotAdmitted,
                    Some(until) => ArrivalDecision::Paroled {
                        until,
                        admission_number,
                    },
                    None if outcome.referred => ArrivalDecision::Referred,
                    None => ArrivalDecision::Admitted {
                        admission_number,
                        class: outcome.class_of_admission.as_ref().map(|c| c.to_string()),
                        until: None,
                    },
                };
                arrivals.push(Arrival {
                    at: o.arrived_at,
                    port: a.port_code.clone(),
                    traveller_id: Some(o.traveller_id),
                    name: None,
                    decided,
                });
            }
        }
        Ok(arrivals)
    }

    async fn record(
        &self,
        _account_id: &str,
        registration_id: Option<&str>,
    ) -> Result<Map<String, Value>, StoreError> {
        let mut appointments = vec![];
        for a in match registration_id {
            Some(id) => self.store.appointments_of(id).await?,
            None => vec![],
        } {
            let moves = self
                .store
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
            let versions = self.store.outcome_versions_of(&a.id).await?;
            let mut arrivals = vec![];
            for o in self.store.outcomes_of(&a.id).await? {
                let sealed = |_| StoreError::Corrupt("an outcome that cannot be opened".into());
                let history = outcomes::history(&self.keys, &o, &versions).map_err(sealed)?;
                arrivals.push(ArrivalPart {
                    outcome: outcomes::current(&self.keys, &o).map_err(sealed)?,
                    versions: history
                        .into_iter()
                        .map(|v| VersionPart {
                            version: v.version,
                            recorded_at: v.at,
                            officer: v.officer,
                            outcome: v.outcome,
                            reason: v.reason,
                        })
                        .collect(),
                    traveller_id: o.traveller_id,
                    arrived_at: o.arrived_at,
                });
            }
            appointments.push(AppointmentPart {
                moves,
                arrivals,
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
            Some(id) => self.store.requests_of(id).await?,
            None => vec![],
        } {
            let chosen = self
                .store
                .appointments_of(&r.registration_id)
                .await?
                .iter()
                .any(|a| a.entry_id == r.entry_id);
            let published = self
                .store
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
