//! At the port (officers bound to it): the day's appointments, finding one by confirmation
//! number or token, the pre-filled intake of every traveller (each opening audited), and each
//! traveller's arrival and outcome (a set of facts, each change a version that says why).
//! Every method takes the port the officer works at and finds nothing at another port.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::desk::{OutcomeVersionRow, TravellerOutcome};
use crate::store::draws::AppointmentRow;
use chrono::{Months, NaiveDate};
use garita_domain::outcome::{FieldProblem, Outcome, OutcomeInput, OutcomeVersion};
use garita_domain::travellers::PersonName;
use garita_domain::{AuditAction, AuditEvent, Port};
use garita_kernel::registrations::StoredTraveller;
use garita_store::records::{Account, Effects};

const NOTE: &str = "desk.note";
/// Parole lasts this long from arrival unless the officer says otherwise (`parole_months`).
pub const PAROLE_MONTHS: u32 = 24;
/// How many days before and after today a search by name and date of birth looks.
const SEARCH_DAYS: u64 = 7;

/// What an officer records for a traveller who arrived: the facts as typed, why (needed when
/// a date or number already recorded changes) and a note for other officers.
#[derive(Debug, Clone, Default)]
pub struct Recording<'a> {
    pub facts: OutcomeInput<'a>,
    pub reason: &'a str,
    pub note: &'a str,
}

/// What became of a recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Saved,
    /// No such traveller in an appointment at this port.
    NotFound,
    /// What was typed, each problem with its field; nothing was saved.
    Invalid(Vec<FieldProblem>),
    /// A date or number already recorded would change: the officer must say why.
    ReasonNeeded,
    /// Another officer recorded this traveller meanwhile: look again before changing it.
    ChangedMeanwhile,
}

/// One traveller as the officer sees them.
#[derive(Debug, Clone)]
pub struct IntakeTraveller {
    pub traveller: StoredTraveller,
    /// The arrival and outcome as stored (`None`: not arrived yet).
    pub outcome: Option<TravellerOutcome>,
    /// The facts as they stand, and every version of them, oldest first.
    pub facts: Outcome,
    pub history: Vec<OutcomeVersion>,
    pub note: Option<String>,
    /// Whether a live photo from the confirmation is kept.
    pub live_photo: bool,
    /// How far the live photo's face lay from the registration photo's, in thousandths (`None`:
    /// not compared automatically).
    pub face_distance_milli: Option<i64>,
    /// Why a reviewer looked at the live photo they accepted (the check's problem code, e.g.
    /// `not-live`); `None` when the automatic check accepted it.
    pub reviewed: Option<String>,
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
    #[tracing::instrument(skip_all)]
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
    #[tracing::instrument(skip_all)]
    pub async fn port_day(&self, port: &str, date: &str) -> Result<Vec<(AppointmentRow, usize)>> {
        let mut day = vec![];
        for a in self.store.appointments_at(port, date).await? {
            let arrived = self.store.outcomes_of(&a.id).await?.len();
            day.push((a, arrived));
        }
        Ok(day)
    }

    /// The appointment a confirmation number or token names, if it is at this port.
    #[tracing::instrument(skip_all)]
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

    /// For a group whose proof is lost: this port's appointments from a week before today to
    /// a week after whose group has a traveller with this name and date of birth. The search
    /// is audited with how many it found, never with what was typed.
    #[tracing::instrument(skip_all)]
    pub async fn find_by_traveller(
        &self,
        officer: &Account,
        port: &str,
        name: &PersonName,
        born: NaiveDate,
    ) -> Result<Vec<AppointmentRow>> {
        let today = self.now_utc().date_naive();
        let wanted = name.match_form();
        let mut found = vec![];
        for day in (today - chrono::Days::new(SEARCH_DAYS)).iter_days() {
            if day > today + chrono::Days::new(SEARCH_DAYS) {
                break;
            }
            for a in self.store.appointments_at(port, &day.to_string()).await? {
                let Some(account) = self
                    .store
                    .account_of_registration(&a.registration_id)
                    .await?
                else {
                    continue;
                };
                let matches = self.registration(&account).await?.is_some_and(|r| {
                    r.travellers
                        .iter()
                        .any(|t| t.birth_date.date() == born && t.name.match_form() == wanted)
                });
                if matches {
                    found.push(a);
                }
            }
        }
        let event = AuditEvent::new(self.now(), AppointmentAction::StaffSearchedTraveller)
            .actor(&officer.id)
            .subject(port)
            .detail(serde_json::json!({ "found": found.len() }).to_string());
        self.store.append_audit(vec![event]).await?;
        Ok(found)
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
    #[tracing::instrument(skip_all)]
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
        let versions = self.store.outcome_versions_of(&a.id).await?;
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
            // About the person (their account), so that they see who opened their data.
            opened.push(
                AuditEvent::new(now, AppointmentAction::StaffOpenedTraveller)
                    .actor(&officer.id)
                    .subject(&account)
                    .detail(
                        serde_json::json!({ "appointment": a.id, "traveller": t.id }).to_string(),
                    ),
            );
            let outcome = outcomes.iter().find(|o| o.traveller_id == t.id).cloned();
            let (facts, history) = match &outcome {
                Some(o) => (
                    super::outcomes::current(&self.keys, o)?,
                    super::outcomes::history(&self.keys, o, &versions)?,
                ),
                None => Default::default(),
            };
            let note = outcome
                .as_ref()
                .and_then(|o| o.note_sealed.as_ref())
                .map(|n| self.keys.open_str(n, NOTE))
                .transpose()?;
            let check = checks.iter().find(|c| c.traveller_id == t.id);
            let live_photo =
                check.is_some_and(|c| c.photo_sealed.as_ref().is_some_and(|p| !p.is_empty()));
            let face_distance_milli = check.and_then(|c| c.face_distance_milli);
            let reviewed = check
                .filter(|c| c.status == "passed")
                .and_then(|c| c.problem.clone());
            let corrected = after_close
                .iter()
                .filter(|c| c.traveller == t.id)
                .cloned()
                .collect();
            travellers.push(IntakeTraveller {
                traveller: t,
                outcome,
                facts,
                history,
                note,
                live_photo,
                face_distance_milli,
                reviewed,
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
    #[tracing::instrument(skip_all)]
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
                .filter(|p| !p.is_empty())
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
        let person = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
            .unwrap_or_default();
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedPhoto)
            .actor(&officer.id)
            .subject(&person)
            .detail(
                serde_json::json!({ "appointment": a.id, "traveller": traveller_id, "live": live })
                    .to_string(),
            );
        self.store.append_audit(vec![event]).await?;
        Ok(Some(self.keys.open(&sealed, context)?))
    }

    /// Records a traveller's arrival and outcome. A change of the facts is a new version; one
    /// that changes a date or number already recorded needs a reason, and the person is told.
    #[tracing::instrument(skip_all)]
    pub async fn record_outcome(
        &self,
        officer: &Account,
        port: &str,
        appointment_id: &str,
        traveller_id: &str,
        recording: &Recording<'_>,
    ) -> Result<Recorded> {
        let Some(a) = self.at_port(port, appointment_id).await? else {
            return Ok(Recorded::NotFound);
        };
        let Some(account) = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
        else {
            return Ok(Recorded::NotFound);
        };
        let in_group = self
            .registration(&account)
            .await?
            .is_some_and(|r| r.travellers.iter().any(|t| t.id == traveller_id));
        if !in_group {
            return Ok(Recorded::NotFound);
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
        let default_until = arrival_day
            .checked_add_months(Months::new(self.parole_months))
            .unwrap_or(arrival_day);
        let facts = match Outcome::parse(&recording.facts, arrival_day, default_until) {
            Ok(facts) => facts,
            Err(problems) => return Ok(Recorded::Invalid(problems)),
        };
        let before = match &previous {
            Some(o) => super::outcomes::current(&self.keys, o)?,
            None => Outcome::default(),
        };
        let reason = recording.reason.trim();
        let amended = before.amended_by(&facts);
        if amended && reason.is_empty() {
            return Ok(Recorded::ReasonNeeded);
        }
        let expected = previous.as_ref().map_or(0, |o| o.version);
        let changed = facts != before;
        let version = if changed { expected + 1 } else { expected };
        let note = recording.note.trim();
        let record = TravellerOutcome {
            outcome: headline(&facts).map(str::to_string),
            parole_until: facts.parole_until.map(|d| d.to_string()),
            nta_number: None,
            note_sealed: (!note.is_empty()).then(|| self.keys.seal_str(note, NOTE)),
            officer: officer.id.clone(),
            decided_at: facts.decided().then_some(now),
            facts_sealed: Some(super::outcomes::seal(&self.keys, &facts)),
            version,
            paroled: facts.parole_until.is_some().into(),
            nta: facts.notice_to_appear.is_some().into(),
            referred: facts.referred.into(),
            not_admitted: facts.not_admitted.into(),
            ..TravellerOutcome::arrived(&a.id, traveller_id, arrived_at, &officer.id)
        };
        let row = changed.then(|| OutcomeVersionRow {
            appointment_id: a.id.clone(),
            traveller_id: traveller_id.to_string(),
            version,
            recorded_at: now,
            officer: officer.id.clone(),
            facts_sealed: super::outcomes::seal(&self.keys, &facts),
            reason_sealed: (!reason.is_empty())
                .then(|| self.keys.seal_str(reason, super::outcomes::REASON)),
        });
        // The audit names the facts' kinds and the version, never a number or a date.
        let kinds: Vec<&str> = fact_codes(&facts);
        let mut effects = Effects::audit(
            AuditEvent::new(now, AppointmentAction::OutcomeRecorded)
                .actor(&officer.id)
                .subject(&a.id)
                .detail(
                    serde_json::json!({
                        "traveller": traveller_id,
                        "facts": kinds,
                        "version": version,
                        "amended": amended,
                    })
                    .to_string(),
                ),
        );
        if amended && let Some((account, payload)) = self.appointment_payload(&a, now).await? {
            effects = effects.and_message(self.message(
                crate::messages::OUTCOME_CHANGED,
                Some(&account),
                format!("outcome-changed:{}:{traveller_id}:{version}", a.id),
                &payload,
            ));
        }
        let saved = self
            .store
            .record_outcome(record, expected, row, effects)
            .await?;
        Ok(if saved {
            Recorded::Saved
        } else {
            Recorded::ChangedMeanwhile
        })
    }
}

/// The one outcome code kept in clear for code that reads a single one (the first of:
/// not admitted, paroled, Notice to Appear, referred).
fn headline(facts: &Outcome) -> Option<&'static str> {
    fact_codes(facts).into_iter().next()
}

/// The kinds of fact recorded, by stable code, most decisive first.
pub fn fact_codes(facts: &Outcome) -> Vec<&'static str> {
    [
        (facts.not_admitted, "not-admitted"),
        (facts.parole_until.is_some(), "paroled"),
        (facts.notice_to_appear.is_some(), "nta"),
        (facts.referred, "referred"),
    ]
    .into_iter()
    .filter_map(|(set, code)| set.then_some(code))
    .collect()
}
