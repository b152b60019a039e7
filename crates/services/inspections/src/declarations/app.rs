//! The declarations' flows: a person declares (what is declared and each scan sealed); the
//! port's specialists see the day's arrivals, open one and its scans (audited) and decide, and
//! the person is told in their language; the person may withdraw one still waiting; the
//! retention job deletes them a configured number of days after the arrival.

use super::domain::{self, DeclarationRow, Declared, scans_in_order};
use super::store::{self, DECLARED, DeclarationRecord, DeclarationStore, SCAN, ScanRecord};
use crate::app::today_at;
use crate::domain::Problem;
use crate::messages::{self, facts};
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_kernel::settings::Setting;
use garita_kernel::{Result, Services};
use garita_store::records::{Effects, NewMessage};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// What operators may set.
pub const SETTINGS: &[Setting] = &[Setting {
    name: "inspections.declarations-retention-days",
    default: 90,
    min: 1,
    max: 3650,
    help: "days a declaration and its permits' scans are kept after the arrival, then deleted",
}];

/// What the declarations write in the audit log (ports, counts, decisions; never an item, a
/// permit or a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclarationAction {
    Declared,
    /// A specialist opened a declaration, or one of its scans.
    Opened,
    Decided,
    Withdrawn,
    Purged,
}

impl garita_domain::audit::AuditCode for DeclarationAction {
    fn code(&self) -> &'static str {
        match self {
            DeclarationAction::Declared => "declarations.declared",
            DeclarationAction::Opened => "declarations.opened",
            DeclarationAction::Decided => "declarations.decided",
            DeclarationAction::Withdrawn => "declarations.withdrawn",
            DeclarationAction::Purged => "declarations.purged",
        }
    }
}

#[derive(Clone)]
pub struct Declarations {
    pub services: Services,
    pub store: Arc<dyn DeclarationStore>,
}

impl Declarations {
    pub fn on(services: &Services) -> Declarations {
        Declarations {
            store: store::on(&services.store.db()),
            services: services.clone(),
        }
    }

    /// A person declares what they bring (`scans`: each permit row's file, in the rows' order).
    pub async fn declare(
        &self,
        account: &str,
        row: &DeclarationRow,
        scans: &[Vec<u8>],
    ) -> Result<std::result::Result<DeclarationRecord, Vec<Problem>>> {
        let ports = self.services.store.all_ports().await?;
        let now = self.services.now();
        let port_of = |code: &str| ports.iter().find(|p| p.code.as_str() == code);
        let parsed = row.parse(
            |code| port_of(code).is_some(),
            |code| port_of(code).map_or_else(|| today_utc(now), |p| today_at(p, now)),
            scans,
        );
        let d = match parsed {
            Ok(d) => d,
            Err(p) => return Ok(Err(p)),
        };
        let id = garita_security::codes::id();
        let keys = &self.services.keys;
        let record = DeclarationRecord {
            id: id.clone(),
            account_id: account.to_string(),
            port: d.port.clone(),
            arrives_on: d.arrives_on.to_string(),
            items: d.declared.items.len() as i64,
            permits: d.declared.permits.len() as i64,
            declared_sealed: keys.seal(
                &serde_json::to_vec(&d.declared).expect("a declaration serializes"),
                DECLARED,
            ),
            status: "declared".into(),
            reasons: "[]".into(),
            decided_by: None,
            decided_at: None,
            version: 1,
            created_at: now,
            updated_at: now,
        };
        let scans: Vec<ScanRecord> = scans_in_order(row, scans)
            .iter()
            .zip(&d.declared.permits)
            .enumerate()
            .map(|(i, (bytes, permit))| ScanRecord {
                permit: i as i64 + 1,
                media_type: permit.media_type.clone(),
                scan_sealed: keys.seal(bytes, SCAN),
            })
            .collect();
        let event = AuditEvent::new(now, DeclarationAction::Declared)
            .actor(account)
            .subject(&id)
            .detail(
                serde_json::json!({
                    "port": record.port, "items": record.items, "permits": record.permits,
                })
                .to_string(),
            );
        self.store
            .declare(&record, &scans, Effects::audit(event))
            .await?;
        Ok(Ok(record))
    }

    /// A person's declarations.
    pub async fn mine(&self, account: &str) -> Result<Vec<DeclarationRecord>> {
        Ok(self.store.of_account(account, 100).await?)
    }

    /// One of a person's declarations.
    pub async fn own(&self, account: &str, id: &str) -> Result<Option<DeclarationRecord>> {
        Ok(self
            .store
            .declaration(id)
            .await?
            .filter(|d| d.account_id == account))
    }

    /// One of a port's declarations.
    pub async fn at_port(&self, port: &str, id: &str) -> Result<Option<DeclarationRecord>> {
        Ok(self
            .store
            .declaration(id)
            .await?
            .filter(|d| d.port.eq_ignore_ascii_case(port)))
    }

    /// A port's declarations for a day of arrival.
    pub async fn day(&self, port: &str, day: NaiveDate) -> Result<Vec<DeclarationRecord>> {
        Ok(self
            .store
            .of_port_day(&port.to_ascii_uppercase(), &day.to_string())
            .await?)
    }

    /// What was declared (for the person who declared it).
    pub fn declared(&self, d: &DeclarationRecord) -> Result<Declared> {
        let json = self.services.keys.open(&d.declared_sealed, DECLARED)?;
        // Written by `declare` above from the same type.
        Ok(serde_json::from_slice(&json).expect("a sealed declaration is one this service wrote"))
    }

    /// A specialist opens a declaration (audited, naming nothing in it).
    pub async fn open(&self, staff: &str, d: &DeclarationRecord) -> Result<Declared> {
        let declared = self.declared(d)?;
        self.audit_opened(staff, d, None).await?;
        Ok(declared)
    }

    /// A specialist opens a permit's scan (audited): its media type and bytes.
    pub async fn scan(
        &self,
        staff: &str,
        d: &DeclarationRecord,
        permit: i64,
    ) -> Result<Option<(String, Vec<u8>)>> {
        let Some(scan) = self.store.scan(&d.id, permit).await? else {
            return Ok(None);
        };
        let bytes = self.services.keys.open(&scan.scan_sealed, SCAN)?;
        self.audit_opened(staff, d, Some(permit)).await?;
        Ok(Some((scan.media_type, bytes)))
    }

    async fn audit_opened(
        &self,
        staff: &str,
        d: &DeclarationRecord,
        permit: Option<i64>,
    ) -> Result<()> {
        let event = AuditEvent::new(self.services.now(), DeclarationAction::Opened)
            .actor(staff)
            .subject(&d.id)
            .detail(serde_json::json!({ "port": d.port, "scan": permit }).to_string());
        self.services.store.append_audit(vec![event]).await?;
        Ok(())
    }

    /// A specialist decides, with at least one reason; the person is told.
    pub async fn decide(
        &self,
        staff: &str,
        d: &DeclarationRecord,
        decision: &str,
        reasons: &[String],
    ) -> Result<std::result::Result<DeclarationRecord, crate::app::NotRecorded>> {
        let mut problems: Vec<Problem> = vec![];
        if !domain::DECISIONS.contains(&decision) {
            problems.push(("decision".into(), "declarations-problem-decision"));
        }
        // Each reason once, in the list's order; one that is not a reason refuses them all.
        let known = reasons.iter().all(|r| domain::REASONS.contains(&r.trim()));
        let codes: Vec<&str> = domain::REASONS
            .into_iter()
            .filter(|code| reasons.iter().any(|r| r.trim() == *code))
            .collect();
        if codes.is_empty() || !known {
            problems.push(("reasons".into(), "declarations-problem-reasons"));
        }
        if !problems.is_empty() {
            return Ok(Err(crate::app::NotRecorded::Fields(problems)));
        }
        self.settle(d, staff, decision, &codes).await
    }

    /// The person withdraws a declaration still waiting.
    pub async fn withdraw(&self, account: &str, d: &DeclarationRecord) -> Result<bool> {
        Ok(self.settle(d, account, "withdrawn", &[]).await?.is_ok())
    }

    async fn settle(
        &self,
        d: &DeclarationRecord,
        by: &str,
        status: &str,
        reasons: &[&str],
    ) -> Result<std::result::Result<DeclarationRecord, crate::app::NotRecorded>> {
        if d.status != "declared" {
            return Ok(Err(crate::app::NotRecorded::Ended));
        }
        let now = self.services.now();
        let settled = DeclarationRecord {
            status: status.to_string(),
            reasons: serde_json::to_string(reasons).expect("codes serialize"),
            decided_by: Some(by.to_string()),
            decided_at: Some(now),
            version: d.version + 1,
            updated_at: now,
            ..d.clone()
        };
        let action = if status == "withdrawn" {
            DeclarationAction::Withdrawn
        } else {
            DeclarationAction::Decided
        };
        let event = AuditEvent::new(now, action)
            .actor(by)
            .subject(&d.id)
            .detail(serde_json::json!({ "port": d.port, "status": status }).to_string());
        let mut effects = Effects::audit(event);
        if status != "withdrawn" {
            effects.messages.extend(self.tell(&settled).await?);
        }
        if self.store.settle(&settled, effects).await? {
            Ok(Ok(settled))
        } else {
            Ok(Err(crate::app::NotRecorded::Ended))
        }
    }

    /// The message telling the person the decision, in their language.
    async fn tell(&self, d: &DeclarationRecord) -> Result<Option<NewMessage>> {
        let Some(account) = self.services.store.account(&d.account_id).await? else {
            return Ok(None);
        };
        let port = crate::app::Inspections::on(&self.services)
            .port(&d.port)
            .await?;
        let mut payload = self.services.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
            &format!("/inspections/declarations/{}", d.id),
        )?;
        let f = &mut payload.facts;
        f.insert(facts::PORT.into(), port.map(|p| p.name).into());
        f.insert(facts::DAY.into(), d.arrives_on.clone().into());
        f.insert(facts::STATUS.into(), d.status.clone().into());
        let key = format!("{}:{}:{}", messages::DECIDED.code, d.id, d.version);
        Ok(Some(self.services.message(
            messages::DECIDED,
            Some(&account.id),
            key,
            &payload,
        )))
    }

    /// Deletes the declarations (and their scans) whose arrival is more than the retention
    /// period past: how many declarations and scans.
    pub async fn purge(&self) -> Result<(u64, u64)> {
        let now = self.services.now();
        let days = self.services.setting(SETTINGS[0].name);
        let before = today_utc(now) - chrono::Duration::days(days);
        let event = AuditEvent::new(now, DeclarationAction::Purged);
        Ok(self
            .store
            .purge_declarations(&before.to_string(), Effects::audit(event))
            .await?)
    }
}

fn today_utc(now: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp_millis(now)
        .unwrap_or_default()
        .date_naive()
}

const PURGE_EVERY: i64 = 60 * 60_000;

/// Job kinds: the hourly look for declarations past their retention.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<PurgeDue>().planner::<Services>(plan)
}

fn plan(services: &Services) -> Vec<garita_store::jobs::NewJob> {
    vec![new_job(&PurgeDue {}, services.now())]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgeDue {}

impl BackgroundJob for PurgeDue {
    const KIND: &'static str = "declarations.purge";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        let (declarations, scans) = Declarations::on(services).purge().await?;
        if declarations > 0 {
            tracing::info!(
                declarations,
                scans,
                "declarations deleted after their retention"
            );
        }
        Ok(Outcome::Again {
            at: services.now() + PURGE_EVERY,
        })
    }
}
