//! Nothing wasted: an appointment whose deadline passes unconfirmed lapses (its group may ask
//! again, with no penalty), or is cancelled (by its group, or by a programme decision), and its
//! seats are offered to the next alternates in the published
//! ranking, each with a shorter time to confirm, until the seats are taken or the appointment day
//! is too close (`crate::domain::reoffer`). Every lapse and offer is appended to the day's
//! published record, so `garita draw verify` checks them too.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::domain::draw::{self, DrawRecord, Entry, Published};
use crate::domain::reoffer::{AfterDraw, Replay};
use crate::messages as kinds;
use crate::store::confirmations::{Lapse, LapseWritten};
use crate::store::draws::{AppointmentRow, RequestRow};
use chrono::{Days as DaysAfter, NaiveDate};
use garita_domain::AuditEvent;
use garita_domain::travellers::UsAddress;
use garita_kernel::messages::MessageKind;
use garita_kernel::registrations::{SaveOutcome, Traveller};
use garita_security::codes;
use garita_store::records::Account;
use garita_store::records::{Effects, NewMessage};
use std::collections::HashMap;

const HOUR: i64 = 3_600_000;

/// The days' records and entry lists read so far in one pass (a day's whole list is read once,
/// however many of its appointments lapse together).
pub(super) type Days = HashMap<String, (DrawRecord, Vec<RequestRow>, Vec<Entry>)>;

/// How an appointment ends before its day.
pub(super) enum Ending {
    Lapsed,
    Cancelled {
        actor: String,
        reason: String,
    },
    /// The appointment stands with `keep` seats: travellers left its group.
    Released {
        keep: u32,
    },
    /// Cancelled with every appointment in a programme decision's scope: nothing is offered.
    Withdrawn {
        actor: String,
        reason: String,
    },
}

impl Appointments {
    /// Until when a lapse on this service day still offers its seats: an offered group gets its
    /// whole time to confirm before the appointment day begins (in the window's zone, which is
    /// east of every port).
    pub fn offers_until(&self, service_date: NaiveDate) -> i64 {
        let day = service_date + DaysAfter::new(self.draws.days_ahead);
        let start = day
            .and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(self.draws.window.zone).earliest())
            .map_or(i64::MAX, |t| t.timestamp_millis());
        start - self.draws.offer_hours * HOUR
    }

    /// The published file of a day with what happened after its draw.
    pub(crate) fn with_after(
        &self,
        mut file: Published,
        events: &[String],
        service_date: NaiveDate,
    ) -> Published {
        file.after = events
            .iter()
            .filter_map(|e| serde_json::from_str(e).ok())
            .collect();
        file.offers_until = Some(self.offers_until(service_date));
        file
    }

    /// Lapses every appointment past its deadline (a photo waiting for review holds it) and
    /// offers its seats. Returns how many lapsed.
    #[tracing::instrument(skip_all)]
    pub async fn lapse_overdue(&self) -> Result<usize> {
        let waiting = self.store.waiting_appointments().await?;
        let Some(from) = waiting.iter().filter_map(|a| a.confirm_from).min() else {
            return Ok(0);
        };
        let periods = self.periods_since(from).await?;
        let mut lapsed = 0;
        let mut days = Days::default();
        for a in waiting {
            let Some(deadline) = self.deadline_with(&a, &periods) else {
                continue;
            };
            if self.now() <= deadline {
                continue;
            }
            let checks = self.store.traveller_checks(&a.id).await?;
            if checks.iter().any(|c| c.status == "review") {
                continue; // the group waits for a person, not against the clock
            }
            // Everyone still in the group passed in time (someone left it): confirmed, not lapsed.
            if let Some(account) = self.store.account_of_appointment(&a.id).await?
                && self.confirm_if_complete(&account).await?
            {
                continue;
            }
            if self.release(&a, Ending::Lapsed, &mut days).await? {
                lapsed += 1;
            }
        }
        Ok(lapsed)
    }

    /// Cancels an appointment that stands (waiting or confirmed): given up by its group, or
    /// cancelled by Garita. Its seats are offered on like a lapse's. `Ok(false)` if it no longer
    /// stood.
    #[tracing::instrument(skip_all)]
    pub async fn cancel_appointment(
        &self,
        actor: &str,
        appointment_id: &str,
        reason: &str,
    ) -> Result<bool> {
        let Some(a) = self.store.appointment(appointment_id).await? else {
            return Ok(false);
        };
        if !matches!(a.status.as_str(), "won" | "offered" | "confirmed") {
            return Ok(false);
        }
        let ending = Ending::Cancelled {
            actor: actor.to_string(),
            reason: reason.to_string(),
        };
        self.release(&a, ending, &mut Days::default()).await
    }

    /// Seats that live appointments hold beyond their group's travellers (someone left the
    /// group) go back to their port: on a `garita-draw-v2` day they are offered on like a
    /// lapse's, as a published `released` event; on a v1 day, or for an appointment that moved,
    /// the appointment only shrinks. Runs after each save of a registration and in the watch
    /// (so a crash between the two loses nothing). Returns how many shrank.
    /// Saves a group (the kernel's `save_registration`); when it has fewer travellers than
    /// before, the seats it no longer needs go back to its port at once (the watch does it too,
    /// should this fail or the process stop here).
    #[tracing::instrument(skip_all)]
    pub async fn save_registration(
        &self,
        actor: &Account,
        account_id: &str,
        address: UsAddress,
        travellers: Vec<Traveller>,
        expected_version: i64,
    ) -> Result<SaveOutcome> {
        let before = self.services.registration(account_id).await?;
        let fewer = before.is_some_and(|b| b.travellers.len() > travellers.len());
        let saved = self
            .services
            .save_registration(actor, account_id, address, travellers, expected_version)
            .await?;
        if fewer
            && matches!(saved, SaveOutcome::Saved { .. })
            && let Err(e) = self.release_unused_seats().await
        {
            tracing::error!(error = %e, "seats not released yet");
        }
        Ok(saved)
    }

    #[tracing::instrument(skip_all)]
    pub async fn release_unused_seats(&self) -> Result<usize> {
        let mut released = 0;
        let mut days = Days::default();
        for (a, travellers) in self.store.oversized().await? {
            let Ok(keep) = u32::try_from(travellers) else {
                continue;
            };
            if keep > 0
                && self
                    .release(&a, Ending::Released { keep }, &mut days)
                    .await?
            {
                released += 1;
                // Those who stay may all have confirmed already.
                if let Some(account) = self.store.account_of_appointment(&a.id).await? {
                    self.confirm_if_complete(&account).await?;
                }
            }
        }
        Ok(released)
    }

    /// Ends or shrinks an appointment and writes the offers it makes. The offers are computed
    /// from the day's events as read; if another lapse or release was written meanwhile, they
    /// are computed again (a few times: the watch retries after that).
    pub(super) async fn release(
        &self,
        a: &AppointmentRow,
        ending: Ending,
        days: &mut Days,
    ) -> Result<bool> {
        for _ in 0..3 {
            match self.release_once(a, &ending, days).await? {
                LapseWritten::Done => return Ok(true),
                LapseWritten::Gone => return Ok(false),
                LapseWritten::Stale => continue,
            }
        }
        Ok(false)
    }

    async fn release_once(
        &self,
        a: &AppointmentRow,
        ending: &Ending,
        days: &mut Days,
    ) -> Result<LapseWritten> {
        let Ok(date) = a.service_date.parse::<NaiveDate>() else {
            return Ok(LapseWritten::Gone);
        };
        if !days.contains_key(&a.service_date) {
            let Some((record, _)) = self.store.day_record(&a.service_date).await? else {
                return Ok(LapseWritten::Gone);
            };
            let Ok(record) = serde_json::from_str::<DrawRecord>(&record) else {
                return Ok(LapseWritten::Gone);
            };
            let rows = self.store.entries(&a.service_date).await?;
            let entries = super::draws::entries_of(&rows);
            days.insert(a.service_date.clone(), (record, rows, entries));
        }
        let (record, rows, entries) = &days[&a.service_date];
        let mut replay = Replay::new(record, entries);
        let until = self.offers_until(date);
        let stored = self.store.after_draw(&a.service_date).await?;
        for e in &stored {
            if let Ok(event) = serde_json::from_str(e) {
                let _ = replay.replay(&event, until);
            }
        }
        let now = self.now();
        let held = u32::try_from(a.seats).unwrap_or(0);
        // An appointment that moved (a closure; another port chosen) holds seats its draw never
        // gave: freeing them offers nothing to that draw's alternates, and its record is
        // unchanged. A v1 record has no released events: its seats shrink without offers.
        let unmoved = self.store.moves_of(&a.id).await?.is_empty();
        if matches!(ending, Ending::Released { .. }) {
            // Seats go back once the day is published (a held or unpublished day tells nobody
            // anything yet), and only on a v2 day: a v1 record cannot say a group shrank, and a
            // later lapse of it would free its first size.
            let published = self
                .store
                .day(&a.service_date)
                .await?
                .is_some_and(|d| d.status == "published");
            if !published || record.version != draw::VERSION_V2 {
                return Ok(LapseWritten::Gone);
            }
        }
        let events = match &ending {
            Ending::Released { keep } if *keep >= held => return Ok(LapseWritten::Gone),
            Ending::Released { .. } if !unmoved => vec![],
            Ending::Released { keep } => {
                match replay.release(&a.port_code, &a.entry_id, held - keep, now, now < until) {
                    Ok(events) => events,
                    Err(_) => return Ok(LapseWritten::Gone),
                }
            }
            _ if !unmoved => vec![],
            Ending::Withdrawn { .. } => match replay.withdraw(&a.port_code, &a.entry_id, now) {
                Ok(events) => events,
                Err(_) => return Ok(LapseWritten::Gone),
            },
            _ => match replay.lapse(&a.port_code, &a.entry_id, now, now < until) {
                Ok(events) => events,
                Err(_) => return Ok(LapseWritten::Gone),
            },
        };
        let confirm_by = now + self.draws.offer_hours * HOUR;
        let mut offers = vec![];
        let (status, kind, event) = match &ending {
            Ending::Lapsed => (
                "lapsed",
                Some(kinds::LAPSED),
                AuditEvent::new(now, AppointmentAction::AppointmentLapsed).actor("system"),
            ),
            // The group made the change itself: nothing to tell it.
            Ending::Released { keep } => (
                "released",
                None,
                AuditEvent::new(now, AppointmentAction::AppointmentSeatsReleased)
                    .actor("system")
                    .detail(serde_json::json!({ "from": held, "to": keep }).to_string()),
            ),
            Ending::Cancelled { actor, reason } => (
                "cancelled",
                Some(kinds::CANCELLED),
                AuditEvent::new(now, AppointmentAction::AppointmentCancelled)
                    .actor(actor)
                    .detail(serde_json::json!({ "reason": reason }).to_string()),
            ),
            Ending::Withdrawn { actor, reason } => (
                "cancelled",
                Some(kinds::WITHDRAWN),
                AuditEvent::new(now, AppointmentAction::AppointmentCancelled)
                    .actor(actor)
                    .detail(serde_json::json!({ "reason": reason, "offered": false }).to_string()),
            ),
        };
        let mut effects = Effects::audit(event.subject(&a.id));
        if let Some(kind) = kind {
            effects
                .messages
                .extend(self.appointment_message(kind, a, now).await?);
        }
        for e in &events {
            let AfterDraw::Offered {
                entry_id,
                seats,
                slot,
                ..
            } = e
            else {
                continue;
            };
            let Some(request) = rows.iter().find(|r| &r.entry_id == entry_id) else {
                continue;
            };
            let offer = AppointmentRow {
                id: codes::id(),
                entry_id: entry_id.clone(),
                registration_id: request.registration_id.clone(),
                service_date: a.service_date.clone(),
                port_code: a.port_code.clone(),
                appointment_date: a.appointment_date.clone(),
                slot: slot.format("%H:%M:%S").to_string(),
                seats: i64::from(*seats),
                pass: "random".into(),
                status: "offered".into(),
                created_at: now,
                confirm_by: Some(confirm_by),
                confirmed_at: None,
                confirm_from: Some(now),
                deadline_told: Some(confirm_by),
                confirmation_number: None,
                cancelled_at: None,
            };
            effects.messages.extend(
                self.appointment_message(kinds::OFFERED, &offer, confirm_by)
                    .await?,
            );
            offers.push(offer);
        }
        let events = events
            .iter()
            .map(|e| serde_json::to_string(e).expect("events serialize"))
            .collect();
        Ok(self
            .store
            .lapse(Lapse {
                appointment_id: a.id.clone(),
                status: status.into(),
                seats_from: a.seats,
                seats_to: match ending {
                    Ending::Released { keep } => i64::from(*keep),
                    _ => a.seats,
                },
                events_seen: stored.len() as i64,
                at: now,
                service_date: a.service_date.clone(),
                events,
                offers,
                effects,
            })
            .await?)
    }

    /// A message about an appointment to its group (`None` if the group has no account).
    async fn appointment_message(
        &self,
        kind: &MessageKind,
        a: &AppointmentRow,
        deadline: i64,
    ) -> Result<Option<NewMessage>> {
        let Some((account_id, payload)) = self.appointment_payload(a, deadline).await? else {
            return Ok(None);
        };
        Ok(Some(self.message(
            kind,
            Some(&account_id),
            format!("{}:{}", kind.code, a.id),
            &payload,
        )))
    }
}
