//! At the port (officers bound to it): the day's appointments, finding one by confirmation
//! number or token, the pre-filled intake of every traveller (each opening audited), and each
//! traveller's arrival and outcome. Every method takes the port the officer works at and finds
//! nothing at another port.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::desk::TravellerOutcome;
use crate::store::draws::AppointmentRow;
use chrono::{Months, NaiveDate};
use garita_domain::{AuditAction, AuditEvent, Port};
use garita_kernel::registrations::StoredTraveller;
use garita_store::records::{Account, Effects};

const NOTE: &str = "desk.note";
/// Parole lasts this long from arrival unless the officer says otherwise (`parole_months`).
pub const PAROLE_MONTHS: u32 = 24;

/// What an officer records for a traveller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Arrived,
    Paroled { until: Option<NaiveDate> },
    NoticeToAppear { number: String },
    Referred,
    NotAdmitted,
}

/// One traveller as the officer sees them.
#[derive(Debug, Clone)]
pub struct IntakeTraveller {
    pub traveller: StoredTraveller,
    pub outcome: Option<TravellerOutcome>,
    pub note: Option<String>,
    /// Whether a live photo from the confirmation is kept.
    pub live_photo: bool,
    /// This traveller's details corrected after the day's list closed, each with its earlier
    /// value, oldest first (the officer sees what changed once the appointment was at stake).
    pub corrected: Vec<garita_kernel::registrations::Change>,
}

#[derive(Debug, Clone)]
pub struct Intake {
    pub appointment: AppointmentRow,
    pub port: Port,
    pub travellers: Vec<IntakeTraveller>,
}

impl Appointments {
    /// Confirmed appointments whose day is over at their port with nobody checked in become
    /// no-shows; each group is told kindly that it may ask again, with no penalty. Returns how
    /// many.
    pub async fn mark_no_shows(&self) -> Result<usize> {
        let now = self.now_utc();
        let ports = self.store.list_ports().await?;
        let mut ended = 0;
        for a in self
            .store
            .nobody_arrived(&now.date_naive().to_string())
            .await?
        {
            let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
                continue;
            };
            let day_over = NaiveDate::parse_from_str(&a.appointment_date, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.succ_opt())
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(|t| t.and_local_timezone(port.time_zone).earliest())
                .is_some_and(|end| now >= end);
            if !day_over {
                continue;
            }
            let mut effects = Effects::audit(
                AuditEvent::new(self.now(), AppointmentAction::NoShow)
                    .actor("system")
                    .subject(&a.id),
            );
            if let Some((account, payload)) = self.appointment_payload(&a, self.now()).await? {
                effects = effects.and_message(self.message(
                    crate::messages::NO_SHOW,
                    Some(&account),
                    format!("no-show:{}", a.id),
                    &payload,
                ));
            }
            if self.store.no_show(&a.id, effects).await? {
                ended += 1;
            }
        }
        Ok(ended)
    }

    /// A port's appointments on a date, with how many of each group's travellers arrived.
    pub async fn port_day(&self, port: &str, date: &str) -> Result<Vec<(AppointmentRow, usize)>> {
        let mut day = vec![];
        for a in self.store.appointments_at(port, date).await? {
            let arrived = self.store.outcomes_of(&a.id).await?.len();
            day.push((a, arrived));
        }
        Ok(day)
    }

    /// The appointment a confirmation number or token names, if it is at this port.
    pub async fn find_at_port(&self, port: &str, text: &str) -> Result<Option<AppointmentRow>> {
        let text = text.trim();
        let number = match self.verify_token(text).await? {
            super::proofs::Verdict::Genuine(p)
            | super::proofs::Verdict::Expired(p)
            | super::proofs::Verdict::Cancelled(p)
            | super::proofs::Verdict::Moved(p) => p.number,
            super::proofs::Verdict::NotGenuine => text.to_uppercase(),
        };
        Ok(self
            .store
            .appointment_by_number(&number)
            .await?
            .filter(|a| a.port_code == port))
    }

    async fn at_port(&self, port: &str, appointment_id: &str) -> Result<Option<AppointmentRow>> {
        Ok(self
            .store
            .appointment(appointment_id)
            .await?
            .filter(|a| a.port_code == port))
    }

    /// The pre-filled intake of an appointment at this port; each traveller's opening is
    /// written to the audit log.
    pub async fn intake(
        &self,
        officer: &Account,
        port: &str,
        appointment_id: &str,
    ) -> Result<Option<Intake>> {
        let Some(a) = self.at_port(port, appointment_id).await? else {
            return Ok(None);
        };
        let Some(account) = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
        else {
            return Ok(None);
        };
        let Some(registration) = self.registration(&account).await? else {
            return Ok(None);
        };
        let Some(port) = self
            .store
            .list_ports()
            .await?
            .into_iter()
            .find(|p| p.code.as_str() == a.port_code)
        else {
            return Ok(None);
        };
        let outcomes = self.store.outcomes_of(&a.id).await?;
        let checks = self.store.traveller_checks(&a.id).await?;
        let closed_at = self
            .store
            .day(&a.service_date)
            .await?
            .and_then(|d| d.closed_at);
        let after_close: Vec<garita_kernel::registrations::Change> = match closed_at {
            Some(closed_at) => self
                .registration_history(&account)
                .await?
                .into_iter()
                .filter(|v| v.at >= closed_at)
                .flat_map(|v| v.changes)
                .collect(),
            None => vec![],
        };
        let now = self.now();
        let mut travellers = vec![];
        let mut opened = vec![];
        for t in registration.travellers {
            opened.push(
                AuditEvent::new(now, AppointmentAction::StaffOpenedTraveller)
                    .actor(&officer.id)
                    .subject(&a.id)
                    .detail(serde_json::json!({ "traveller": t.id }).to_string()),
            );
            let outcome = outcomes.iter().find(|o| o.traveller_id == t.id).cloned();
            let note = outcome
                .as_ref()
                .and_then(|o| o.note_sealed.as_ref())
                .map(|n| self.keys.open_str(n, NOTE))
                .transpose()?;
            let live_photo = checks
                .iter()
                .any(|c| c.traveller_id == t.id && c.photo_sealed.is_some());
            let corrected = after_close
                .iter()
                .filter(|c| c.traveller == t.id)
                .cloned()
                .collect();
            travellers.push(IntakeTraveller {
                traveller: t,
                outcome,
                note,
                live_photo,
                corrected,
            });
        }
        self.store.append_audit(opened).await?;
        Ok(Some(Intake {
            appointment: a,
            port,
            travellers,
        }))
    }

    /// A traveller's registration photo, or the live one taken when they confirmed (audited).
    pub async fn desk_photo(
        &self,
        officer: &Account,
        port: &str,
        appointment_id: &str,
        traveller_id: &str,
        live: bool,
    ) -> Result<Option<Vec<u8>>> {
        let Some(a) = self.at_port(port, appointment_id).await? else {
            return Ok(None);
        };
        let sealed = if live {
            self.store
                .traveller_checks(&a.id)
                .await?
                .into_iter()
                .find(|c| c.traveller_id == traveller_id)
                .and_then(|c| c.photo_sealed)
                .map(|s| (s, "confirmations.photo"))
        } else {
            self.store
                .photo(traveller_id)
                .await?
                .filter(|p| p.registration_id == a.registration_id)
                .and_then(|p| p.photo_sealed)
                .map(|s| (s, "photos.jpeg"))
        };
        let Some((sealed, context)) = sealed else {
            return Ok(None);
        };
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedPhoto)
            .actor(&officer.id)
            .subject(&a.id)
            .detail(serde_json::json!({ "traveller": traveller_id, "live": live }).to_string());
        self.store.append_audit(vec![event]).await?;
        Ok(Some(self.keys.open(&sealed, context)?))
    }

    /// Records a traveller's arrival or outcome (`false`: no such traveller at this port).
    pub async fn record_decision(
        &self,
        officer: &Account,
        port: &str,
        appointment_id: &str,
        traveller_id: &str,
        decision: Decision,
        note: &str,
    ) -> Result<bool> {
        let Some(a) = self.at_port(port, appointment_id).await? else {
            return Ok(false);
        };
        let Some(account) = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
        else {
            return Ok(false);
        };
        let in_group = self
            .registration(&account)
            .await?
            .is_some_and(|r| r.travellers.iter().any(|t| t.id == traveller_id));
        if !in_group {
            return Ok(false);
        }
        let now = self.now();
        let previous = self
            .store
            .outcomes_of(&a.id)
            .await?
            .into_iter()
            .find(|o| o.traveller_id == traveller_id);
        let arrived_at = previous.as_ref().map_or(now, |o| o.arrived_at);
        let arrival_day = chrono::DateTime::from_timestamp_millis(arrived_at)
            .unwrap_or_default()
            .date_naive();
        let (outcome, parole_until, nta_number) = match &decision {
            Decision::Arrived => (None, None, None),
            Decision::Paroled { until } => (
                Some("paroled"),
                Some(
                    until
                        .or_else(|| arrival_day.checked_add_months(Months::new(self.parole_months)))
                        .unwrap_or(arrival_day)
                        .to_string(),
                ),
                None,
            ),
            Decision::NoticeToAppear { number } => (Some("nta"), None, Some(number.clone())),
            Decision::Referred => (Some("referred"), None, None),
            Decision::NotAdmitted => (Some("not-admitted"), None, None),
        };
        let note = note.trim();
        let record = TravellerOutcome {
            appointment_id: a.id.clone(),
            traveller_id: traveller_id.to_string(),
            arrived_at,
            outcome: outcome.map(str::to_string),
            parole_until,
            nta_number,
            note_sealed: (!note.is_empty()).then(|| self.keys.seal_str(note, NOTE)),
            officer: officer.id.clone(),
            decided_at: outcome.map(|_| now),
        };
        let event = AuditEvent::new(now, AppointmentAction::OutcomeRecorded)
            .actor(&officer.id)
            .subject(&a.id)
            .detail(
                serde_json::json!({ "traveller": traveller_id, "outcome": outcome.unwrap_or("arrived") })
                    .to_string(),
            );
        self.store
            .record_outcome(record, Effects::audit(event))
            .await?;
        Ok(true)
    }
}
