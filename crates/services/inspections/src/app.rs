//! The service's flows on the kernel's `Services`: a port's supervisor opens slots with a
//! capacity; a broker books the first slot with room at or after the moment it wished (or is
//! told the next free ones); specialists see the day, open a shipment (audited) and record each
//! result, and the broker is told; the broker may cancel while booked; a slot that passed
//! without a result ends the request and says how to ask again.

use crate::InspectionAction;
use crate::domain::{self, Problem, RequestRow, Shipment, slot_key};
use crate::messages::{self, facts};
use crate::store::{self, InspectionRow, InspectionStore, ResultRow, SHIPMENT, SlotRow};
use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};
use garita_domain::{AuditEvent, Port, Role};
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_kernel::{Result, Services};
use garita_store::records::{Effects, NewMessage};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub use garita_kernel::org_tokens::By;

/// A slot lasts an hour; a request still booked this long after its slot began was missed.
pub const MISSED_AFTER_MS: i64 = 2 * 60 * 60_000;
/// How many days ahead a supervisor opens slots at once, and a broker is offered free ones.
pub const MAX_DAYS: u32 = 31;
pub const OFFER_DAYS: u32 = 7;
/// The most inspections one slot takes.
pub const MAX_CAPACITY: i64 = 100;

/// Why nothing was booked.
#[derive(Debug, Clone, PartialEq)]
pub enum NotBooked {
    /// Fields that are wrong (all of them at once).
    Fields(Vec<Problem>),
    /// No slot with room at or after the wished moment that day: the next free slots.
    Full(Vec<SlotRow>),
}

/// Why a result was not recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum NotRecorded {
    Fields(Vec<Problem>),
    /// The request ended or changed meanwhile.
    Ended,
}

/// The service's context: the kernel's services and its store.
#[derive(Clone)]
pub struct Inspections {
    pub services: Services,
    pub store: Arc<dyn InspectionStore>,
}

/// A slot's start: its day and time in the port's zone, as a moment.
pub fn starts_at(port: &Port, day: NaiveDate, slot: NaiveTime) -> i64 {
    port.time_zone
        .from_local_datetime(&day.and_time(slot))
        .earliest()
        .map_or(0, |at| at.timestamp_millis())
}

/// A port's day at a moment (Unix milliseconds), in its own time zone.
pub fn today_at(port: &Port, now: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp_millis(now)
        .unwrap_or_default()
        .with_timezone(&port.time_zone)
        .date_naive()
}

impl Inspections {
    pub fn on(services: &Services) -> Inspections {
        Inspections {
            store: store::on(&services.store.db()),
            services: services.clone(),
        }
    }

    /// A port by its code (any case).
    pub async fn port(&self, code: &str) -> Result<Option<Port>> {
        Ok(self
            .services
            .store
            .all_ports()
            .await?
            .into_iter()
            .find(|p| p.code.as_str().eq_ignore_ascii_case(code)))
    }

    /// A supervisor opens the port's slots from `first` to `last` (its own start times) on
    /// `days` days from `from`, each taking `capacity` inspections (0 closes them to new
    /// bookings): how many slots were set.
    pub async fn set_capacity(
        &self,
        staff: &str,
        port: &Port,
        from: NaiveDate,
        days: u32,
        (first, last): (NaiveTime, NaiveTime),
        capacity: i64,
    ) -> Result<usize> {
        let mut slots = vec![];
        for d in 0..days.min(MAX_DAYS) {
            let day = from + Duration::days(i64::from(d));
            for t in port
                .time_slots
                .iter()
                .filter(|t| **t >= first && **t <= last)
            {
                let (day_text, slot) = slot_key(day, *t);
                slots.push(SlotRow {
                    port: port.code.as_str().to_string(),
                    day: day_text,
                    slot,
                    starts_at: starts_at(port, day, *t),
                    capacity: capacity.clamp(0, MAX_CAPACITY),
                    booked: 0,
                });
            }
        }
        let event = AuditEvent::new(self.services.now(), InspectionAction::Capacity)
            .actor(staff)
            .detail(
                serde_json::json!({
                    "port": port.code.as_str(), "from": from.to_string(), "days": days,
                    "slots": slots.len(), "capacity": capacity,
                })
                .to_string(),
            );
        self.store
            .set_capacity(&slots, Effects::audit(event))
            .await?;
        Ok(slots.len())
    }

    /// A port's slots over `days` days from `from`, each with its capacity and bookings.
    pub async fn slots(&self, port: &str, from: NaiveDate, days: u32) -> Result<Vec<SlotRow>> {
        let to = from + Duration::days(i64::from(days.max(1)) - 1);
        Ok(self
            .store
            .slots(port, &from.to_string(), &to.to_string())
            .await?)
    }

    /// The slots with room that have not begun, over `days` days from `from`.
    pub async fn free_slots(&self, port: &str, from: NaiveDate, days: u32) -> Result<Vec<SlotRow>> {
        let now = self.services.now();
        let mut slots = self.slots(port, from, days).await?;
        slots.retain(|s| s.booked < s.capacity && s.starts_at > now);
        Ok(slots)
    }

    /// A broker or importer (`organization`) asks for an inspection: the first slot of the
    /// wished day at or after the wished time with room is booked, first come, first served.
    pub async fn request(
        &self,
        organization: &str,
        by: By<'_>,
        row: &RequestRow,
    ) -> Result<std::result::Result<InspectionRow, NotBooked>> {
        let ports = self.services.store.all_ports().await?;
        let zone_of = |code: &str| {
            ports
                .iter()
                .find(|p| p.code.as_str() == code)
                .map(|p| p.time_zone)
        };
        let request = match row.parse(zone_of) {
            Ok(r) => r,
            Err(p) => return Ok(Err(NotBooked::Fields(p))),
        };
        let now = self.services.now();
        let port = ports
            .iter()
            .find(|p| p.code.as_str() == request.port)
            .expect("the request's port was checked");
        let wished = port
            .time_zone
            .from_local_datetime(&request.wished)
            .earliest()
            .map_or(0, |at| at.timestamp_millis());
        if wished < now - 60_000 {
            let past = vec![("wished_at".to_string(), "inspections-problem-wished-past")];
            return Ok(Err(NotBooked::Fields(past)));
        }
        let day = request.wished.date();
        let sealed = self.services.keys.seal(
            &serde_json::to_vec(&request.shipment).expect("a shipment serializes"),
            SHIPMENT,
        );
        let id = garita_security::codes::id();
        // Two brokers after the last place: the second tries the next slot.
        for slot in self.free_slots(&request.port, day, 1).await? {
            if slot.starts_at < wished {
                continue;
            }
            let row = InspectionRow {
                id: id.clone(),
                organization: organization.to_string(),
                requested_by: by.account().map(str::to_string),
                port: slot.port.clone(),
                day: slot.day.clone(),
                slot: slot.slot.clone(),
                starts_at: slot.starts_at,
                entry_number: request.shipment.entry_number.clone(),
                commodities: request.shipment.commodities.len() as i64,
                shipment_sealed: sealed.clone(),
                status: "booked".into(),
                treatment: None,
                version: 1,
                created_at: now,
                updated_at: now,
            };
            let event = by
                .on(AuditEvent::new(now, InspectionAction::Booked))
                .subject(&row.id)
                .detail(
                    serde_json::json!({
                        "organization": organization, "port": row.port,
                        "commodities": row.commodities, "token": by.token(),
                    })
                    .to_string(),
                );
            if self.store.book(&row, Effects::audit(event)).await? {
                return Ok(Ok(row));
            }
        }
        let mut next = self
            .free_slots(&request.port, day, OFFER_DAYS)
            .await?
            .into_iter()
            .filter(|s| s.starts_at >= wished)
            .collect::<Vec<_>>();
        next.truncate(10);
        Ok(Err(NotBooked::Full(next)))
    }

    /// An organisation's latest requests.
    pub async fn of_organization(&self, organization: &str) -> Result<Vec<InspectionRow>> {
        Ok(self.store.of_organization(organization, 100).await?)
    }

    /// One of an organisation's requests.
    pub async fn organizations(
        &self,
        organization: &str,
        id: &str,
    ) -> Result<Option<InspectionRow>> {
        Ok(self
            .store
            .inspection(id)
            .await?
            .filter(|i| i.organization == organization))
    }

    /// One of a port's requests.
    pub async fn at_port(&self, port: &str, id: &str) -> Result<Option<InspectionRow>> {
        Ok(self
            .store
            .inspection(id)
            .await?
            .filter(|i| i.port.eq_ignore_ascii_case(port)))
    }

    /// A port's requests on a day of its own.
    pub async fn day(&self, port: &str, day: NaiveDate) -> Result<Vec<InspectionRow>> {
        Ok(self
            .store
            .of_port_day(&port.to_ascii_uppercase(), &day.to_string())
            .await?)
    }

    /// The shipment as its organisation sent it (for its own people and systems).
    pub fn shipment(&self, i: &InspectionRow) -> Result<Shipment> {
        let json = self.services.keys.open(&i.shipment_sealed, SHIPMENT)?;
        // Written by `request` above from the same type.
        Ok(serde_json::from_slice(&json).expect("a sealed shipment is one this service wrote"))
    }

    /// A specialist opens a shipment (audited, naming nothing in it).
    pub async fn open(&self, staff: &str, i: &InspectionRow) -> Result<Shipment> {
        let shipment = self.shipment(i)?;
        let event = AuditEvent::new(self.services.now(), InspectionAction::Opened)
            .actor(staff)
            .subject(&i.id)
            .detail(serde_json::json!({ "port": i.port }).to_string());
        self.services.store.append_audit(vec![event]).await?;
        Ok(shipment)
    }

    /// A request's changes after its booking, oldest first.
    pub async fn results(&self, id: &str) -> Result<Vec<ResultRow>> {
        Ok(self.store.results(id).await?)
    }

    /// A specialist records a result: released, hold (with its treatment), re-export or
    /// destroy, with a note the broker reads; the broker is told.
    pub async fn record(
        &self,
        staff: &str,
        i: &InspectionRow,
        result: &str,
        treatment: &str,
        note: &str,
    ) -> Result<std::result::Result<InspectionRow, NotRecorded>> {
        let mut problems: Vec<Problem> = vec![];
        let result = result.trim();
        if !domain::RESULTS.contains(&result) {
            problems.push(("result".into(), "inspections-problem-result"));
        }
        let treatment = treatment.trim();
        let treatment = if result == "hold" {
            if !domain::TREATMENTS.contains(&treatment) {
                problems.push(("treatment".into(), "inspections-problem-treatment"));
            }
            Some(treatment.to_string())
        } else {
            None
        };
        let note = note.trim();
        if note.chars().count() > 1000 {
            problems.push(("note".into(), "inspections-problem-note"));
        }
        if !problems.is_empty() {
            return Ok(Err(NotRecorded::Fields(problems)));
        }
        let changed = self
            .change(i, staff, result, treatment, note, false)
            .await?;
        Ok(changed.ok_or(NotRecorded::Ended))
    }

    /// The organisation cancels a request still booked: its place in the slot is freed.
    pub async fn cancel(&self, by: By<'_>, i: &InspectionRow) -> Result<bool> {
        if i.status != "booked" {
            return Ok(false);
        }
        // A system's cancellation is recorded by its token's id, never the token.
        let who = match by {
            By::Account(id) => id.to_string(),
            By::Token(id) => format!("token:{id}"),
        };
        Ok(self
            .change(i, &who, "cancelled", None, "", true)
            .await?
            .is_some())
    }

    /// Ends each request still booked well after its slot began: the broker is told the slot
    /// passed and how to ask again.
    pub async fn end_missed(&self) -> Result<usize> {
        let now = self.services.now();
        let mut ended = 0;
        for i in self.store.booked_before(now - MISSED_AFTER_MS).await? {
            if self
                .change(&i, "system", "missed", None, "", false)
                .await?
                .is_some()
            {
                ended += 1;
            }
        }
        Ok(ended)
    }

    /// Moves a request to `status` (conditional on the version read), its change recorded,
    /// audited and told to the organisation: the request as it now is, or `None` if it had
    /// changed meanwhile.
    async fn change(
        &self,
        i: &InspectionRow,
        by: &str,
        status: &str,
        treatment: Option<String>,
        note: &str,
        free_slot: bool,
    ) -> Result<Option<InspectionRow>> {
        if !domain::open_to_result(&i.status) {
            return Ok(None);
        }
        let now = self.services.now();
        let change = ResultRow {
            inspection_id: i.id.clone(),
            version: i.version + 1,
            at: now,
            status: status.to_string(),
            treatment: treatment.clone(),
            note: note.to_string(),
            recorded_by: by.to_string(),
        };
        let changed = InspectionRow {
            status: status.to_string(),
            treatment,
            version: change.version,
            updated_at: now,
            ..i.clone()
        };
        let event = AuditEvent::new(now, InspectionAction::Changed)
            .actor(by)
            .subject(&i.id)
            .detail(serde_json::json!({ "port": i.port, "status": status }).to_string());
        let effects = Effects {
            messages: self.tell(&changed).await?,
            ..Effects::audit(event)
        };
        if self.store.change(&change, free_slot, effects).await? {
            Ok(Some(changed))
        } else {
            Ok(None)
        }
    }

    /// The messages that tell the organisation of a request's new state: to whoever asked on
    /// the pages, or (when its system asked) to the organisation's admins.
    async fn tell(&self, i: &InspectionRow) -> Result<Vec<NewMessage>> {
        let store = &self.services.store;
        let readers = match &i.requested_by {
            Some(id) => store.account(id).await?.into_iter().collect(),
            None => store
                .staff_accounts()
                .await?
                .into_iter()
                .filter(|a| {
                    a.grant.role == Role::OrganizationAdmin
                        && a.grant.organization.as_deref() == Some(&i.organization)
                })
                .collect::<Vec<_>>(),
        };
        let port = self.port(&i.port).await?;
        let mut messages = vec![];
        for account in &readers {
            let mut payload = self.services.payload_to(
                &account.email_sealed,
                account.phone_sealed.as_deref(),
                &account.locale,
                &format!("/inspections/{}", i.id),
            )?;
            let f = &mut payload.facts;
            f.insert(
                facts::PORT.into(),
                port.as_ref().map(|p| p.name.clone()).into(),
            );
            f.insert(
                facts::ZONE.into(),
                port.as_ref().map(|p| p.time_zone.name().to_string()).into(),
            );
            f.insert(facts::AT.into(), i.starts_at.into());
            f.insert(facts::ENTRY.into(), i.entry_number.clone().into());
            f.insert(facts::STATUS.into(), i.status.clone().into());
            f.insert(facts::TREATMENT.into(), i.treatment.clone().into());
            let key = format!(
                "{}:{}:{}:{}",
                messages::CHANGED.code,
                i.id,
                i.version,
                account.id
            );
            messages.push(self.services.message(
                messages::CHANGED,
                Some(&account.id),
                key,
                &payload,
            ));
        }
        Ok(messages)
    }
}

const LOOK_EVERY: i64 = 15 * 60_000;

/// Job kinds: the look every quarter of an hour for slots that passed.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<MissedDue>().planner::<Services>(plan)
}

fn plan(services: &Services) -> Vec<garita_store::jobs::NewJob> {
    vec![new_job(&MissedDue {}, services.now())]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedDue {}

impl BackgroundJob for MissedDue {
    const KIND: &'static str = "inspections.missed";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        let ended = Inspections::on(services).end_missed().await?;
        if ended > 0 {
            tracing::info!(ended, "cargo inspections whose slot passed ended");
        }
        Ok(Outcome::Again {
            at: services.now() + LOOK_EVERY,
        })
    }
}
