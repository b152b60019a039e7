//! The service's flows on the kernel's `Services`: a carrier sends a trip (by API or CSV), each
//! person checked and sealed, the wrong rows named and the others stored; the same sending again
//! changes nothing, a different one corrects the manifest until the bus arrives; the carrier may
//! cancel; officers at the port see the board, open a manifest (audited) and mark the bus
//! arrived; the retention job deletes the people a configured time after.

use crate::ManifestAction;
use crate::domain::{DAY_MS, Person, PersonRow, Problem, Trip, TripRow};
use crate::store::{self, ManifestRow, ManifestStore, PERSON, SealedPerson};
use garita_domain::AuditEvent;
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_kernel::settings::Setting;
use garita_kernel::{Result, Services};
use garita_store::records::Effects;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What operators may set.
pub const SETTINGS: &[Setting] = &[Setting {
    name: "manifests.retention-days",
    default: 30,
    min: 1,
    max: 3650,
    help: "days a bus's passengers are kept after it arrived (or was due), then deleted",
}];

pub use garita_kernel::org_tokens::By;

/// What came of a sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Created,
    Corrected,
    /// The same as the manifest already held: nothing was written.
    Unchanged,
}

/// What a carrier reads back: the manifest and what was wrong in the sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub manifest: ManifestRow,
    pub change: Change,
    pub problems: Vec<Problem>,
}

/// Why nothing was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotSent {
    /// The trip's own fields are wrong (line 0); nothing can be stored without them.
    Trip(Vec<Problem>),
    /// The bus arrived or the trip was cancelled: a manifest no longer changes.
    Ended(Box<ManifestRow>),
    /// Other sendings of the same trip kept changing it meanwhile: send again.
    Busy,
}

/// The service's context: the kernel's services and its store.
#[derive(Clone)]
pub struct Manifests {
    pub services: Services,
    pub store: Arc<dyn ManifestStore>,
}

impl Manifests {
    pub fn on(services: &Services) -> Manifests {
        Manifests {
            store: store::on(&services.store.db()),
            services: services.clone(),
        }
    }

    /// A carrier sends a trip and its people (each with its line): the right rows are stored
    /// with the trip, the others named; a sending the manifest already holds changes nothing,
    /// another one replaces it while the bus is expected. `problems` are those found before
    /// (lines of a CSV that could not be read).
    pub async fn send(
        &self,
        carrier: &str,
        by: By<'_>,
        trip: &TripRow,
        people: &[(usize, PersonRow)],
        mut problems: Vec<Problem>,
    ) -> Result<std::result::Result<Sent, NotSent>> {
        let ports = self.services.store.list_ports().await?;
        let zone_of = |code: &str| {
            ports
                .iter()
                .find(|p| p.code.as_str() == code)
                .map(|p| p.time_zone)
        };
        let now = self.services.now();
        let trip = match trip.parse(zone_of, now) {
            Ok(t) => t,
            Err(p) => return Ok(Err(NotSent::Trip(p))),
        };
        let zone = zone_of(&trip.port).expect("the trip's port was checked");
        let arrives = chrono::DateTime::from_timestamp_millis(trip.arrives_at)
            .expect("a checked arrival is a moment")
            .with_timezone(&zone)
            .date_naive();
        let mut sealed = vec![];
        for (line, row) in people {
            match row.parse(*line, arrives) {
                Ok(person) => sealed.push(self.seal(*line, &person)),
                Err(p) => problems.extend(p),
            }
        }
        if !sealed.iter().any(|p| p.role == "driver") {
            problems.push((0, "role", "manifest-problem-no-driver"));
        }
        problems.sort();
        let content_hash = self.content_hash(&trip, people);
        // Two sendings of one trip at once: the second reads again what the first wrote.
        for _ in 0..3 {
            let held = self.store.manifest_by_trip(carrier, &trip.trip_id).await?;
            if let Some(held) = &held {
                if held.status != "expected" {
                    return Ok(Err(NotSent::Ended(Box::new(held.clone()))));
                }
                if held.content_hash == content_hash {
                    return Ok(Ok(Sent {
                        manifest: held.clone(),
                        change: Change::Unchanged,
                        problems,
                    }));
                }
            }
            let row = ManifestRow {
                id: held
                    .as_ref()
                    .map_or_else(garita_security::codes::id, |h| h.id.clone()),
                carrier: carrier.to_string(),
                trip_id: trip.trip_id.clone(),
                port: trip.port.clone(),
                bus_plate: trip.bus_plate.clone(),
                bus_number: trip.bus_number.clone(),
                origin: trip.origin.clone(),
                arrives_at: trip.arrives_at,
                status: "expected".into(),
                people: sealed.len() as i64,
                problems: serde_json::to_string(&problems).expect("problems serialize"),
                content_hash: content_hash.clone(),
                version: held.as_ref().map_or(1, |h| h.version + 1),
                created_at: held.as_ref().map_or(now, |h| h.created_at),
                updated_at: now,
                arrived_at: None,
                purged_at: None,
            };
            let refused_rows = {
                let mut lines: Vec<usize> = problems.iter().map(|p| p.0).collect();
                lines.dedup();
                lines.iter().filter(|l| **l > 0).count()
            };
            let event = by
                .on(AuditEvent::new(now, ManifestAction::Sent))
                .subject(&row.id)
                .detail(
                    serde_json::json!({
                        "carrier": carrier, "port": row.port, "version": row.version,
                        "people": row.people, "refused_rows": refused_rows, "token": by.token(),
                    })
                    .to_string(),
                );
            let replacing = held.as_ref().map(|h| h.version);
            if self
                .store
                .put_manifest(&row, &sealed, replacing, Effects::audit(event))
                .await?
            {
                let change = if held.is_some() {
                    Change::Corrected
                } else {
                    Change::Created
                };
                return Ok(Ok(Sent {
                    manifest: row,
                    change,
                    problems,
                }));
            }
        }
        Ok(Err(NotSent::Busy))
    }

    fn seal(&self, line: usize, person: &Person) -> SealedPerson {
        let json = serde_json::to_vec(person).expect("a person serializes");
        SealedPerson {
            line: line as i64,
            role: person.role.clone(),
            person_sealed: self.services.keys.seal(&json, PERSON),
        }
    }

    /// What was sent, as a keyed hash: the same trip and rows give the same hash.
    fn content_hash(&self, trip: &Trip, people: &[(usize, PersonRow)]) -> String {
        let text = serde_json::json!({
            "trip": [&trip.trip_id, &trip.bus_plate, &trip.bus_number, &trip.origin, &trip.port, trip.arrives_at],
            "people": people,
        })
        .to_string();
        self.services.keys.lookup("manifest-content", &text)
    }

    /// A carrier's latest trips.
    pub async fn of_carrier(&self, carrier: &str) -> Result<Vec<ManifestRow>> {
        Ok(self.store.carrier_manifests(carrier, 100).await?)
    }

    /// One of the carrier's trips, by its id or its trip id.
    pub async fn carriers(&self, carrier: &str, trip_id: &str) -> Result<Option<ManifestRow>> {
        Ok(self.store.manifest_by_trip(carrier, trip_id).await?)
    }

    /// The carrier cancels a trip whose bus has not arrived.
    pub async fn cancel(&self, carrier: &str, by: By<'_>, trip_id: &str) -> Result<bool> {
        let Some(m) = self.store.manifest_by_trip(carrier, trip_id).await? else {
            return Ok(false);
        };
        let now = self.services.now();
        let event = by
            .on(AuditEvent::new(now, ManifestAction::Cancelled))
            .subject(&m.id)
            .detail(
                serde_json::json!({ "carrier": carrier, "port": m.port, "token": by.token() })
                    .to_string(),
            );
        Ok(self
            .store
            .end_manifest(&m.id, "cancelled", now, Effects::audit(event))
            .await?)
    }

    /// The board of a port: the trips due from 12 hours ago to 48 hours ahead.
    pub async fn board(&self, port: &str) -> Result<Vec<ManifestRow>> {
        let now = self.services.now();
        Ok(self
            .store
            .port_manifests(port, now - DAY_MS / 2, now + 2 * DAY_MS)
            .await?)
    }

    /// A manifest of a port, for its officers.
    pub async fn at_port(&self, port: &str, id: &str) -> Result<Option<ManifestRow>> {
        Ok(self
            .store
            .manifest(id)
            .await?
            .filter(|m| m.port.eq_ignore_ascii_case(port)))
    }

    /// An officer opens a manifest's people (audited, naming nobody): each with its line.
    pub async fn open(&self, officer: &str, m: &ManifestRow) -> Result<Vec<(i64, Person)>> {
        let mut people = vec![];
        for p in self.store.manifest_people(&m.id).await? {
            let json = self.services.keys.open(&p.person_sealed, PERSON)?;
            // Written by `seal` above from the same type.
            let person: Person =
                serde_json::from_slice(&json).expect("a sealed person is one this service wrote");
            people.push((p.line, person));
        }
        let event = AuditEvent::new(self.services.now(), ManifestAction::Opened)
            .actor(officer)
            .subject(&m.id)
            .detail(serde_json::json!({ "port": m.port, "people": people.len() }).to_string());
        self.services.store.append_audit(vec![event]).await?;
        Ok(people)
    }

    /// An officer marks the bus arrived: the manifest no longer changes, and the retention
    /// period starts.
    pub async fn arrived(&self, officer: &str, m: &ManifestRow) -> Result<bool> {
        let now = self.services.now();
        let event = AuditEvent::new(now, ManifestAction::Arrived)
            .actor(officer)
            .subject(&m.id)
            .detail(serde_json::json!({ "port": m.port, "people": m.people }).to_string());
        Ok(self
            .store
            .end_manifest(&m.id, "arrived", now, Effects::audit(event))
            .await?)
    }

    /// Deletes the people of buses that arrived (or were due) more than the retention period
    /// ago: how many manifests and people.
    pub async fn purge(&self) -> Result<(u64, u64)> {
        let now = self.services.now();
        let days = self.services.setting(SETTINGS[0].name);
        let event = AuditEvent::new(now, ManifestAction::Purged);
        let (manifests, people) = self
            .store
            .purge_manifests(now - days * DAY_MS, now, Effects::audit(event))
            .await?;
        Ok((manifests, people))
    }
}

const PURGE_EVERY: i64 = 60 * 60_000;

/// Job kinds: the hourly look for what the retention period ended.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<PurgeDue>().planner::<Services>(plan)
}

fn plan(services: &Services) -> Vec<garita_store::jobs::NewJob> {
    vec![new_job(&PurgeDue {}, services.now())]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeDue {}

impl BackgroundJob for PurgeDue {
    const KIND: &'static str = "manifests.purge";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        let (manifests, people) = Manifests::on(services).purge().await?;
        if manifests > 0 {
            tracing::info!(
                manifests,
                people,
                "bus passengers deleted after their retention"
            );
        }
        Ok(Outcome::Again {
            at: services.now() + PURGE_EVERY,
        })
    }
}
