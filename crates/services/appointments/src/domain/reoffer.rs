//! After the draw (`docs/draw.md`, section 10): a chosen group that does not confirm in time
//! lapses, and its seats are offered to the port's alternates in the published ranking. Every
//! lapse and offer is appended to the day's published record, so that anyone can check that the
//! offers went where the rule says.
//!
//! The rule, per port: seats that lapse (or, in v2, that a group releases when travellers leave
//! it) join the port's free seats; then the alternates are gone
//! through in ranking order, skipping those already offered seats, and each group whose size fits
//! in the free seats is offered them (and takes them out of the free seats), until none are free
//! or the alternates end. An offer must leave its group its whole time to confirm before the
//! appointment day: after `offers_until`, a lapse offers nothing.

use crate::domain::draw::{DrawRecord, Entry, entry_hex};
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// One event after the draw, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "lowercase")]
pub enum AfterDraw {
    /// A chosen or offered group did not confirm by its deadline.
    Lapsed {
        port: String,
        entry_id: String,
        seats: u32,
        slot: NaiveTime,
        /// Unix milliseconds.
        at: i64,
    },
    /// v2: a group that holds seats took travellers out of it; the seats it no longer needs
    /// are freed like a lapse's (the group keeps the rest).
    Released {
        port: String,
        entry_id: String,
        seats: u32,
        slot: NaiveTime,
        at: i64,
    },
    /// A group's appointment cancelled by a programme decision (`docs/draw.md` section 10.5):
    /// it holds no seats any more, and its seats are not offered (every appointment in the
    /// decision's scope is cancelled, so an offer would be cancelled in turn).
    Withdrawn {
        port: String,
        entry_id: String,
        seats: u32,
        slot: NaiveTime,
        at: i64,
    },
    /// Seats offered to an alternate, right after the lapse (or release) that freed them, in
    /// its slot.
    Offered {
        port: String,
        entry_id: String,
        seats: u32,
        slot: NaiveTime,
        at: i64,
    },
}

/// What happened at one port so far.
#[derive(Debug, Default)]
struct PortState {
    free: u32,
    /// Entries holding seats (chosen, or offered), with their slot.
    holding: HashMap<String, NaiveTime>,
    lapsed: HashSet<String>,
    offered: HashSet<String>,
}

/// Everything a day's events add up to, for computing the next offers and for checking them.
pub struct Replay<'a> {
    record: &'a DrawRecord,
    /// Each entry's seats: its group's size, less what it released.
    seats: HashMap<String, u32>,
    ports: HashMap<String, PortState>,
}

impl<'a> Replay<'a> {
    pub fn new(record: &'a DrawRecord, entries: &[Entry]) -> Self {
        let seats = entries
            .iter()
            .map(|e| (entry_hex(&e.entry_id), e.seats))
            .collect();
        let ports = record
            .ports
            .iter()
            .map(|p| {
                let holding = p
                    .winners
                    .iter()
                    .map(|w| (w.entry_id.clone(), w.slot))
                    .collect();
                let state = PortState {
                    holding,
                    ..PortState::default()
                };
                (p.rule.port.as_str().to_string(), state)
            })
            .collect();
        Replay {
            record,
            seats,
            ports,
        }
    }

    /// The slot and seats an entry holds at a port, if it holds any.
    pub fn holding(&self, port: &str, entry_id: &str) -> Option<(NaiveTime, u32)> {
        let state = self.ports.get(port)?;
        let slot = *state.holding.get(entry_id)?;
        Some((slot, *self.seats.get(entry_id)?))
    }

    /// The lapse of `entry_id` and the offers it makes (empty if `offer` is false), as events.
    pub fn lapse(
        &mut self,
        port: &str,
        entry_id: &str,
        at: i64,
        offer: bool,
    ) -> Result<Vec<AfterDraw>, String> {
        let (slot, seats) = self
            .holding(port, entry_id)
            .ok_or_else(|| format!("{entry_id} holds no seats at {port}"))?;
        let state = self.ports.get_mut(port).expect("held at a known port");
        state.holding.remove(entry_id);
        state.lapsed.insert(entry_id.to_string());
        state.free += seats;
        let lapsed = AfterDraw::Lapsed {
            port: port.into(),
            entry_id: entry_id.into(),
            seats,
            slot,
            at,
        };
        Ok(self.offers(lapsed, port, slot, at, offer))
    }

    /// v2: `entry_id` keeps all but `seats` of the seats it holds (travellers left its group);
    /// those are freed and offered like a lapse's. At least one seat is kept: a group that keeps
    /// none lapses or is cancelled instead.
    pub fn release(
        &mut self,
        port: &str,
        entry_id: &str,
        seats: u32,
        at: i64,
        offer: bool,
    ) -> Result<Vec<AfterDraw>, String> {
        let (slot, held) = self
            .holding(port, entry_id)
            .ok_or_else(|| format!("{entry_id} holds no seats at {port}"))?;
        if seats == 0 || seats >= held {
            return Err(format!(
                "{entry_id} holds {held} seats and cannot release {seats} of them"
            ));
        }
        self.seats.insert(entry_id.to_string(), held - seats);
        self.ports.get_mut(port).expect("held at a known port").free += seats;
        let released = AfterDraw::Released {
            port: port.into(),
            entry_id: entry_id.into(),
            seats,
            slot,
            at,
        };
        Ok(self.offers(released, port, slot, at, offer))
    }

    /// The withdrawal of `entry_id` by a programme decision: it stops holding seats, which are
    /// not freed, so nothing is offered.
    pub fn withdraw(
        &mut self,
        port: &str,
        entry_id: &str,
        at: i64,
    ) -> Result<Vec<AfterDraw>, String> {
        let (slot, seats) = self
            .holding(port, entry_id)
            .ok_or_else(|| format!("{entry_id} holds no seats at {port}"))?;
        let state = self.ports.get_mut(port).expect("held at a known port");
        state.holding.remove(entry_id);
        state.lapsed.insert(entry_id.to_string());
        Ok(vec![AfterDraw::Withdrawn {
            port: port.into(),
            entry_id: entry_id.into(),
            seats,
            slot,
            at,
        }])
    }

    /// Replays one event read back from the store: lapses and releases with the offers they
    /// made (when `at` is before `until`), withdrawals; offers come with the event before them.
    pub fn replay(&mut self, event: &AfterDraw, until: i64) -> Result<Vec<AfterDraw>, String> {
        match event {
            AfterDraw::Lapsed {
                port, entry_id, at, ..
            } => self.lapse(port, entry_id, *at, *at < until),
            AfterDraw::Released {
                port,
                entry_id,
                seats,
                at,
                ..
            } => self.release(port, entry_id, *seats, *at, *at < until),
            AfterDraw::Withdrawn {
                port, entry_id, at, ..
            } => self.withdraw(port, entry_id, *at),
            AfterDraw::Offered { .. } => Ok(vec![]),
        }
    }

    /// The event that freed seats, then the offers the port's free seats make in ranking order.
    fn offers(
        &mut self,
        freed: AfterDraw,
        port: &str,
        slot: NaiveTime,
        at: i64,
        offer: bool,
    ) -> Vec<AfterDraw> {
        let mut events = vec![freed];
        if !offer {
            return events;
        }
        let alternates = self
            .record
            .ports
            .iter()
            .find(|p| p.rule.port.as_str() == port)
            .map(|p| p.alternates.iter().map(ToString::to_string).collect())
            .unwrap_or_else(Vec::new);
        let state = self.ports.get_mut(port).expect("held at a known port");
        for alternate in alternates {
            if state.free == 0 {
                break;
            }
            let size = self.seats.get(&alternate).copied().unwrap_or(u32::MAX);
            if state.offered.contains(&alternate) || size > state.free {
                continue;
            }
            state.free -= size;
            state.offered.insert(alternate.clone());
            state.holding.insert(alternate.clone(), slot);
            events.push(AfterDraw::Offered {
                port: port.into(),
                entry_id: alternate,
                seats: size,
                slot,
                at,
            });
        }
        events
    }
}

/// Checks a day's events against the rule; names the first one that differs.
pub fn verify(
    record: &DrawRecord,
    entries: &[Entry],
    events: &[AfterDraw],
    offers_until: Option<i64>,
) -> Result<(), String> {
    let mut replay = Replay::new(record, entries);
    let v2 = record.version == crate::domain::draw::VERSION_V2;
    let mut i = 0;
    while i < events.len() {
        let expected = match &events[i] {
            AfterDraw::Lapsed {
                port, entry_id, at, ..
            } => {
                let offer = offers_until.is_some_and(|until| *at < until);
                replay.lapse(port, entry_id, *at, offer)
            }
            AfterDraw::Released {
                port,
                entry_id,
                seats,
                at,
                ..
            } if v2 => {
                let offer = offers_until.is_some_and(|until| *at < until);
                replay.release(port, entry_id, *seats, *at, offer)
            }
            AfterDraw::Released { .. } => {
                return Err(format!("after[{i}]: a release, which only v2 records have"));
            }
            // Any version: a programme decision can come after any day's draw.
            AfterDraw::Withdrawn {
                port, entry_id, at, ..
            } => replay.withdraw(port, entry_id, *at),
            AfterDraw::Offered { .. } => {
                return Err(format!("after[{i}]: an offer that no lapse made"));
            }
        }
        .map_err(|e| format!("after[{i}]: {e}"))?;
        for (k, want) in expected.iter().enumerate() {
            match events.get(i + k) {
                Some(got) if got == want => {}
                Some(got) => {
                    return Err(format!(
                        "after[{}]: the rule gives {want:?}, the record says {got:?}",
                        i + k
                    ));
                }
                None => return Err(format!("after[{}]: missing {want:?}", i + k)),
            }
        }
        i += expected.len();
    }
    Ok(())
}
