//! A port's days: its supervisor sets seats per time slot and closes the port for a date. A
//! closure moves every appointment of that date to the earliest dates with free seats at the
//! same port, each group whole in one slot; the group is told, may choose another port instead,
//! and its signed confirmation follows the appointment (the token is signed from the record).

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::domain::draw::split_seats;
use crate::messages::{self as kinds, Facts, MovedFacts};
use crate::store::draws::AppointmentRow;
use crate::store::port_days::{Closure, Move};
use chrono::{Days, NaiveDate, NaiveTime};
use garita_domain::{AuditEvent, Port, PortCode};
use garita_store::records::{Effects, NewMessage};
use std::collections::BTreeMap;

/// How far ahead a moved appointment may land: beyond this the port has no free seats worth
/// offering, and the supervisor hears how many could not be placed.
pub const MOVE_HORIZON_DAYS: u64 = 120;

/// Why a port closes for a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosureReason {
    Weather,
    Security,
    Other,
}

impl ClosureReason {
    pub const ALL: [ClosureReason; 3] = [Self::Weather, Self::Security, Self::Other];

    pub fn code(self) -> &'static str {
        match self {
            Self::Weather => "weather",
            Self::Security => "security",
            Self::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosureOutcome {
    /// Closed; this many appointments moved, this many found no free seats in the horizon
    /// (they keep their date and the supervisor must see to them).
    Closed {
        moved: usize,
        unplaced: usize,
    },
    AlreadyClosed,
    /// The date is over at the port: nothing changes.
    PastDate,
    /// Seats kept changing while the closure was planned: nothing changed; try again.
    Busy,
}

/// Free seats per slot, per date, read lazily as the search walks forward.
struct Room<'a> {
    services: &'a Appointments,
    port: &'a Port,
    closed: Vec<String>,
    held: BTreeMap<(String, String), i64>,
    /// Per date read so far: each slot's seats and what is still free.
    days: BTreeMap<NaiveDate, (Vec<u32>, Vec<i64>)>,
}

impl<'a> Room<'a> {
    async fn new(services: &'a Appointments, port: &'a Port, after: NaiveDate) -> Result<Room<'a>> {
        let (from, to) = (
            (after + Days::new(1)).to_string(),
            (after + Days::new(MOVE_HORIZON_DAYS)).to_string(),
        );
        let code = port.code.as_str();
        let closed = services.store.closures(code, &from, &to).await?;
        let mut held = BTreeMap::new();
        for h in services.store.held_seats(code, &from, &to).await? {
            *held.entry((h.appointment_date, h.slot)).or_default() += h.seats;
        }
        Ok(Room {
            services,
            port,
            closed: closed.into_iter().map(|c| c.service_date).collect(),
            held,
            days: BTreeMap::new(),
        })
    }

    /// The earliest slot after `after` with room for `seats`, taken.
    async fn take(
        &mut self,
        after: NaiveDate,
        seats: i64,
    ) -> Result<Option<(NaiveDate, NaiveTime)>> {
        for date in after.iter_days().skip(1).take(MOVE_HORIZON_DAYS as usize) {
            if self.closed.contains(&date.to_string()) {
                continue;
            }
            if !self.days.contains_key(&date) {
                let plan = self.services.slot_plan(self.port, date).await?;
                let free = plan
                    .iter()
                    .map(|(slot, n)| {
                        let key = (date.to_string(), slot_text(*slot));
                        i64::from(*n) - self.held.get(&key).copied().unwrap_or(0)
                    })
                    .collect();
                self.days
                    .insert(date, (plan.iter().map(|p| p.1).collect(), free));
            }
            let (_, free) = self.days.get_mut(&date).expect("just filled");
            if let Some(i) = free.iter().position(|&f| f >= seats) {
                free[i] -= seats;
                return Ok(Some((date, self.port.time_slots[i])));
            }
        }
        Ok(None)
    }

    /// The seats of each slot `moves` fill, for the store to check in its transaction that
    /// nothing else took them meanwhile.
    fn bounds(&self, moves: &[Move]) -> Vec<(String, String, i64)> {
        let mut bounds: Vec<(String, String, i64)> = vec![];
        for m in moves {
            let Ok(date) = m.to_date.parse::<NaiveDate>() else {
                continue;
            };
            let Some((plan, _)) = self.days.get(&date) else {
                continue;
            };
            let Some(i) = self
                .port
                .time_slots
                .iter()
                .position(|&s| slot_text(s) == m.to_slot)
            else {
                continue;
            };
            let bound = (m.to_date.clone(), m.to_slot.clone(), i64::from(plan[i]));
            if !bounds.contains(&bound) {
                bounds.push(bound);
            }
        }
        bounds
    }
}

/// How many times a closure plans again when seats changed under it.
const CLOSURE_ATTEMPTS: usize = 3;

/// A slot as the record writes it.
pub fn slot_text(slot: NaiveTime) -> String {
    slot.format("%H:%M:%S").to_string()
}

impl Appointments {
    /// A port's seats per slot on a date, before any are held: those its supervisor set, else
    /// the date's seats split evenly.
    #[tracing::instrument(skip_all)]
    pub async fn slot_plan(&self, port: &Port, date: NaiveDate) -> Result<Vec<(NaiveTime, u32)>> {
        let code = port.code.as_str();
        let set = self.store.slot_seats(code, &date.to_string()).await?;
        if !set.is_empty() {
            return Ok(port
                .time_slots
                .iter()
                .map(|&slot| {
                    let seats = set
                        .iter()
                        .find(|(s, _)| *s == slot_text(slot))
                        .map_or(0, |(_, n)| u32::try_from(*n).unwrap_or(0));
                    (slot, seats)
                })
                .collect());
        }
        let capacity = self.store.capacity(&port.code, date.into()).await?.get();
        Ok(port
            .time_slots
            .iter()
            .copied()
            .zip(split_seats(capacity, port.time_slots.len()))
            .collect())
    }

    /// The service day whose list, drawn for appointments on `date`, has closed: its rules were
    /// published then (`docs/draw.md` 11.1), so the date's seats and slots cannot change.
    #[tracing::instrument(skip_all)]
    pub async fn seats_frozen_by(&self, date: NaiveDate) -> Result<Option<NaiveDate>> {
        let Some(service_date) = date.checked_sub_days(chrono::Days::new(self.draws.days_ahead))
        else {
            return Ok(None);
        };
        let day = self.store.day(&service_date.to_string()).await?;
        Ok(day.filter(|d| d.status != "open").map(|_| service_date))
    }

    /// Sets a date's seats per slot (in the order of the port's slots), audited. `Ok(false)` if
    /// the port is closed that date, or its seats are frozen (`seats_frozen_by`).
    #[tracing::instrument(skip_all)]
    pub async fn set_slot_seats(
        &self,
        actor: &str,
        port: &Port,
        date: NaiveDate,
        seats: &[u32],
    ) -> Result<bool> {
        let code = port.code.as_str();
        let day = date.to_string();
        if !self.store.closures(code, &day, &day).await?.is_empty()
            || self.seats_frozen_by(date).await?.is_some()
        {
            return Ok(false);
        }
        let rows: Vec<(String, i64)> = port
            .time_slots
            .iter()
            .zip(seats)
            .map(|(&slot, &n)| (slot_text(slot), i64::from(n)))
            .collect();
        let event = AuditEvent::new(self.now(), AppointmentAction::CapacitySet)
            .actor(actor)
            .subject(code)
            .detail(serde_json::json!({ "date": day, "slots": rows }).to_string());
        self.store
            .set_slot_seats(code, &day, &rows, Effects::audit(event))
            .await?;
        Ok(true)
    }

    /// Closes a port for a date and moves its appointments (earliest first, each group whole)
    /// to the earliest free seats at the same port; every group is told, in the same
    /// transaction.
    #[tracing::instrument(skip_all)]
    pub async fn close_port(
        &self,
        actor: &str,
        port: &Port,
        date: NaiveDate,
        reason: ClosureReason,
    ) -> Result<ClosureOutcome> {
        if date < self.today_at(port) {
            return Ok(ClosureOutcome::PastDate);
        }
        let day = date.to_string();
        for _ in 0..CLOSURE_ATTEMPTS {
            if let Some(outcome) = self.try_close(actor, port, date, reason).await? {
                return Ok(outcome);
            }
            let code = port.code.as_str();
            if !self.store.closures(code, &day, &day).await?.is_empty() {
                return Ok(ClosureOutcome::AlreadyClosed);
            }
        }
        Ok(ClosureOutcome::Busy)
    }

    /// One attempt: plan every move and write them with the closure; `None` if the store
    /// refused (closed meanwhile, or seats changed under the plan).
    async fn try_close(
        &self,
        actor: &str,
        port: &Port,
        date: NaiveDate,
        reason: ClosureReason,
    ) -> Result<Option<ClosureOutcome>> {
        let code = port.code.as_str();
        let day = date.to_string();
        let now = self.now();
        // A moved appointment keeps its time to confirm. One that ended stays put, and so does a
        // group of which someone already checked in (a closure during the day).
        let mut live: Vec<AppointmentRow> = vec![];
        for a in self.store.appointments_at(code, &day).await? {
            if matches!(a.status.as_str(), "won" | "offered" | "confirmed")
                && self.store.outcomes_of(&a.id).await?.is_empty()
            {
                live.push(a);
            }
        }
        let mut room = Room::new(self, port, date).await?;
        let mut moves = vec![];
        let mut effects = Effects::audit(
            AuditEvent::new(now, AppointmentAction::PortClosed)
                .actor(actor)
                .subject(code)
                .detail(serde_json::json!({ "date": day, "reason": reason.code() }).to_string()),
        );
        let mut unplaced = 0;
        for a in &live {
            let Some((to_date, to_slot)) = room.take(date, a.seats).await? else {
                unplaced += 1;
                continue;
            };
            let m = Move {
                appointment_id: a.id.clone(),
                from_port: a.port_code.clone(),
                from_date: a.appointment_date.clone(),
                from_slot: a.slot.clone(),
                to_port: a.port_code.clone(),
                to_date: to_date.to_string(),
                to_slot: slot_text(to_slot),
                reason: "closure".into(),
                moved_at: now,
            };
            effects
                .messages
                .extend(self.move_message(a, port, &m, reason.code()).await?);
            moves.push(m);
        }
        let closure = Closure {
            port_code: code.to_string(),
            service_date: day,
            reason: reason.code().to_string(),
            closed_by: actor.to_string(),
            closed_at: now,
        };
        let bounds = room.bounds(&moves);
        Ok(self
            .store
            .close_port(closure, &moves, &bounds, effects)
            .await?
            .then_some(ClosureOutcome::Closed {
                moved: moves.len(),
                unplaced,
            }))
    }

    /// A group whose appointment a closure moved chooses another port instead: the earliest
    /// free seats there from tomorrow (in the port's zone) or the appointment's date, whichever
    /// is later. `Ok(None)` if the appointment is not theirs to move or no seats are free.
    #[tracing::instrument(skip_all)]
    pub async fn choose_port(
        &self,
        account_id: &str,
        appointment_id: &str,
        to: &PortCode,
    ) -> Result<Option<Move>> {
        let Some(a) = self.store.appointment(appointment_id).await? else {
            return Ok(None);
        };
        let theirs = self.store.account_of_appointment(&a.id).await?.as_deref() == Some(account_id);
        let moved_by_closure = self
            .store
            .moves_of(&a.id)
            .await?
            .iter()
            .any(|m| m.reason == "closure");
        if !theirs
            || !moved_by_closure
            || !matches!(a.status.as_str(), "won" | "offered" | "confirmed")
        {
            return Ok(None);
        }
        let Some(port) = self.store.port(to).await? else {
            return Ok(None);
        };
        let Ok(current) = a.appointment_date.parse::<NaiveDate>() else {
            return Ok(None);
        };
        // `take` looks after the date it is given: today's seats are not offered.
        let after = self.today_at(&port).max(current - Days::new(1));
        let mut room = Room::new(self, &port, after).await?;
        let Some((to_date, to_slot)) = room.take(after, a.seats).await? else {
            return Ok(None);
        };
        let m = Move {
            appointment_id: a.id.clone(),
            from_port: a.port_code.clone(),
            from_date: a.appointment_date.clone(),
            from_slot: a.slot.clone(),
            to_port: port.code.to_string(),
            to_date: to_date.to_string(),
            to_slot: slot_text(to_slot),
            reason: "port-chosen".into(),
            moved_at: self.now(),
        };
        let mut effects = Effects::audit(
            AuditEvent::new(self.now(), AppointmentAction::AppointmentMoved)
                .actor(account_id)
                .subject(&a.id)
                .detail(serde_json::json!({ "to": port.code.as_str() }).to_string()),
        );
        effects
            .messages
            .extend(self.move_message(&a, &port, &m, "port-chosen").await?);
        let room = room
            .bounds(std::slice::from_ref(&m))
            .first()
            .map_or(0, |b| b.2);
        Ok(self
            .store
            .move_appointment(&m, room, effects)
            .await?
            .then_some(m))
    }

    /// Today in the port's own zone.
    pub fn today_at(&self, port: &Port) -> NaiveDate {
        chrono::DateTime::from_timestamp_millis(self.now())
            .unwrap_or_default()
            .with_timezone(&port.time_zone)
            .date_naive()
    }

    /// The message telling a group where its appointment is now.
    async fn move_message(
        &self,
        a: &AppointmentRow,
        to_port: &Port,
        m: &Move,
        reason: &str,
    ) -> Result<Option<NewMessage>> {
        let mut moved = a.clone();
        moved.port_code = to_port.code.to_string();
        moved.appointment_date = m.to_date.clone();
        moved.slot = m.to_slot.clone();
        let Some((account_id, mut payload)) = self
            .appointment_payload(&moved, a.confirm_by.unwrap_or_default())
            .await?
        else {
            return Ok(None);
        };
        let from_name = match PortCode::parse(&a.port_code) {
            Ok(code) => self.store.port(&code).await?.map(|p| p.name),
            Err(_) => None,
        };
        Facts::edit(&mut payload, |f| {
            f.moved = Some(MovedFacts {
                from_port: from_name.unwrap_or_else(|| a.port_code.clone()),
                from_date: a.appointment_date.clone(),
                from_time: a.slot.get(..5).unwrap_or(&a.slot).to_string(),
                reason: reason.to_string(),
            });
            f.confirmation_number = a.confirmation_number.clone();
        });
        Ok(Some(self.message(
            kinds::MOVED,
            Some(&account_id),
            format!("moved:{}:{}:{}", a.id, m.to_port, m.to_date),
            &payload,
        )))
    }
}
