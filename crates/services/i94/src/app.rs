//! The service's flows, on the kernel's `Services` and its own store: applying (every field
//! checked, nothing saved until all are right), paying once for the group (the platform's
//! payments), settling when the payment is confirmed (each traveller numbered, the group told,
//! the ledger entry written in the same transaction), expiring unused numbers (a job), and the
//! officer's decision for one traveller at a time.

use crate::domain::{self, Problem, Traveller, TravellerInput, TripInput};
use crate::store::{self, GroupRow, I94Store, TravellerRow};
use crate::{I94Action, PURPOSE, messages};
use async_trait::async_trait;
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_domain::money::{Currency, FeeSchedule, Money};
use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_kernel::payments::{Charge, Payable, Settled, Started};
use garita_kernel::people::{Arrival, ArrivalDecision, PersonParts};
use garita_kernel::{Result, Services};
use garita_security::{Keys, codes};
use garita_store::payments::PaymentRow;
use garita_store::records::{Effects, LedgerEntry};
use garita_store::{Db, StoreError};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

const DAY: i64 = 86_400_000;
/// How often unused numbers are looked at.
const EXPIRY_EVERY: i64 = 10 * 60_000;

/// The fee per traveller by date: $6 for years, $30 from 30 September 2025 (that year's budget
/// law). Configuration replaces it (`fees.i94`); a later adjustment is one more line.
pub const DEFAULT_FEES: &str = "2000-01-01 6.00 USD
2025-09-30 30.00 USD";

pub fn default_fees() -> FeeSchedule {
    FeeSchedule::parse(DEFAULT_FEES).expect("a valid schedule")
}

/// The service's context: the kernel's services, its store and its fees.
#[derive(Clone)]
pub struct I94 {
    pub services: Services,
    pub store: Arc<dyn I94Store>,
    pub fees: FeeSchedule,
}

/// How an application went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// Saved, awaiting payment: the group's id.
    Saved(String),
    /// Nothing saved: each refused field (`None`: the trip's; `Some(i)`: traveller `i`'s).
    Refused(Vec<(Option<usize>, Problem)>),
}

/// What [`I94::books`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Books {
    pub applications: usize,
    pub paid: usize,
    pub travellers_paid: i64,
    /// The money received for the paid applications, in minor units.
    pub received_minor: i64,
    /// Applications whose state and ledger disagree.
    pub disagreements: Vec<String>,
}

/// What an officer decides for one traveller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Admitted {
        admission_number: AdmissionNumber,
        class: AdmissionClass,
        until: NaiveDate,
    },
    Refused,
}

/// How a decision went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Recorded,
    /// No provisional I-94 has that number.
    Unknown,
    /// It is for another port than the officer's.
    OtherPort,
    /// It is not provisional (not paid, expired, or decided already): nothing changed.
    NotOpen,
}

impl I94 {
    pub fn on(services: &Services) -> I94 {
        I94 {
            store: store::on(&services.store.db()),
            services: services.clone(),
            fees: services
                .fees
                .get(PURPOSE)
                .cloned()
                .unwrap_or_else(default_fees),
        }
    }

    fn today(&self) -> NaiveDate {
        self.services.now_utc().date_naive()
    }

    /// Applies for `travellers` on `trip`. Every field is checked first; nothing is saved
    /// until all are right.
    pub async fn apply(
        &self,
        account_id: &str,
        trip: &TripInput,
        travellers: &[TravellerInput],
    ) -> Result<Applied> {
        self.apply_with(account_id, trip, travellers, true).await
    }

    async fn apply_with(
        &self,
        account_id: &str,
        trip: &TripInput,
        travellers: &[TravellerInput],
        whole: bool,
    ) -> Result<Applied> {
        let today = self.today();
        let mut problems = vec![];
        if (whole && travellers.is_empty()) || travellers.len() > domain::MAX_TRAVELLERS {
            problems.push((None, ("travellers", "i94-travellers-count")));
        }
        let trip = trip
            .parse(today)
            .map_err(|p| problems.extend(p.into_iter().map(|p| (None, p))))
            .ok();
        let port = match &trip {
            Some(t) => self.services.store.port(&t.port).await?,
            None => None,
        };
        if trip.is_some() && port.is_none() {
            problems.push((None, ("port", "input-port-code-format")));
        }
        let arrival = trip.as_ref().map_or(today, |t| t.arrival);
        let mut parsed = vec![];
        for (i, t) in travellers.iter().enumerate() {
            match t.parse(today, arrival) {
                Ok(t) => parsed.push(t),
                Err(p) => problems.extend(p.into_iter().map(|p| (Some(i), p))),
            }
        }
        let fee = self.fees.on(today);
        let (Some(trip), Some(fee), true) = (trip, fee, problems.is_empty()) else {
            return Ok(Applied::Refused(problems));
        };
        let now = self.services.now();
        let keys = &self.services.keys;
        let group = GroupRow {
            id: codes::id(),
            reference: domain::group_reference(),
            account_id: account_id.to_string(),
            port_code: trip.port.as_str().to_string(),
            arrival_date: trip.arrival.to_string(),
            purpose: trip.purpose.code().to_string(),
            address_sealed: keys.seal(
                &serde_json::to_vec(&trip.address).expect("serializes"),
                store::ADDRESS,
            ),
            fee_minor: fee.minor,
            currency: fee.currency.as_str().to_string(),
            status: "awaiting-payment".into(),
            payment_id: None,
            created_at: now,
            paid_at: None,
        };
        let rows: Vec<TravellerRow> = parsed
            .iter()
            .enumerate()
            .map(|(i, t)| self.row(&group.id, i as i64, t))
            .collect();
        let event = AuditEvent::new(now, I94Action::Applied)
            .actor(account_id)
            .subject(&group.id)
            .detail(serde_json::json!({ "travellers": rows.len() }).to_string());
        self.store
            .create_group(&group, &rows, Effects::audit(event))
            .await?;
        Ok(Applied::Saved(group.id))
    }

    /// Starts an application with its trip and no traveller yet (the page adds them one at a
    /// time): the group's id, or the trip's refused fields.
    pub async fn start(
        &self,
        account_id: &str,
        trip: &TripInput,
    ) -> Result<Result<String, Vec<Problem>>> {
        match self.apply_with(account_id, trip, &[], false).await? {
            Applied::Saved(id) => Ok(Ok(id)),
            Applied::Refused(p) => Ok(Err(p.into_iter().map(|(_, p)| p).collect())),
        }
    }

    /// Adds a traveller to the account's group still awaiting payment: `Ok(Ok(false))` when the
    /// group is full, paid or not the account's.
    pub async fn add_traveller(
        &self,
        account_id: &str,
        group_id: &str,
        input: &TravellerInput,
    ) -> Result<Result<bool, Vec<Problem>>> {
        let Some(group) = self.store.group(group_id).await? else {
            return Ok(Ok(false));
        };
        if group.account_id != account_id {
            return Ok(Ok(false));
        }
        let arrival = group.arrival_date.parse().unwrap_or_else(|_| self.today());
        let t = match input.parse(self.today(), arrival) {
            Ok(t) => t,
            Err(problems) => return Ok(Err(problems)),
        };
        let row = self.row(&group.id, 0, &t);
        let event = AuditEvent::new(self.services.now(), I94Action::TravellerAdded)
            .actor(account_id)
            .subject(&group.id);
        Ok(Ok(self
            .store
            .add_traveller(&row, domain::MAX_TRAVELLERS as i64, Effects::audit(event))
            .await?))
    }

    /// Takes a traveller out of the account's group still awaiting payment.
    pub async fn remove_traveller(
        &self,
        account_id: &str,
        group_id: &str,
        traveller_id: &str,
    ) -> Result<bool> {
        match self.store.group(group_id).await? {
            Some(g) if g.account_id == account_id => {
                Ok(self.store.remove_traveller(group_id, traveller_id).await?)
            }
            _ => Ok(false),
        }
    }

    /// The payer came back from the payment page: the payment is looked up (the return itself
    /// proves nothing) and settled if the provider says it is paid.
    pub async fn returned(
        &self,
        account_id: &str,
        group_id: &str,
    ) -> Result<Option<garita_kernel::payments::Settled>> {
        match self.store.group(group_id).await? {
            Some(g) if g.account_id == account_id => match g.payment_id {
                Some(p) => Ok(Some(self.services.payment_returned(&p).await?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn row(&self, group_id: &str, position: i64, t: &Traveller) -> TravellerRow {
        let keys = &self.services.keys;
        TravellerRow {
            id: codes::id(),
            group_id: group_id.to_string(),
            position,
            number: None,
            details_sealed: keys.seal(&serde_json::to_vec(t).expect("serializes"), store::DETAILS),
            lookup: lookup(keys, t),
            status: "draft".into(),
            expires_at: None,
            decision_sealed: None,
            decided_by: None,
            decided_at: None,
        }
    }

    /// Asks for the group's fee (per traveller × travellers) once; the same group is the same
    /// payment however often it is asked. `None` if the group is not the account's or is paid.
    pub async fn pay(
        &self,
        account_id: &str,
        group_id: &str,
        page: &str,
    ) -> Result<Option<Started>> {
        let Some(group) = self.store.group(group_id).await? else {
            return Ok(None);
        };
        if group.account_id != account_id || group.status != "awaiting-payment" {
            return Ok(None);
        }
        let travellers = self.store.travellers_of(group_id).await?.len() as i64;
        if travellers == 0 {
            return Ok(None);
        }
        let Some(currency) = Currency::parse(&group.currency) else {
            return Ok(None);
        };
        let back = format!("{}{page}", self.services.public_url);
        let charge = Charge {
            payment_id: codes::id(),
            idempotency_key: format!("{PURPOSE}:{group_id}"),
            unit: Money::new(group.fee_minor, currency),
            quantity: travellers,
            description: format!("Provisional I-94 ({travellers})"),
            success_url: back.clone(),
            cancel_url: back,
        };
        let started = self
            .services
            .start_payment(Some(account_id), PURPOSE, group_id, charge)
            .await?;
        let payment_id = match &started {
            Started::Redirect { payment_id, .. }
            | Started::AtThePort { payment_id }
            | Started::TryLater { payment_id }
            | Started::Paid { payment_id } => payment_id,
        };
        self.store.set_payment(group_id, payment_id).await?;
        Ok(Some(started))
    }

    /// An officer at `port` records the fee of the application with `reference` as paid at
    /// the port (no payment provider is configured): its travellers are numbered at once.
    pub async fn receive_at_port(
        &self,
        officer: &str,
        port: &str,
        reference: &str,
    ) -> Result<Option<Settled>> {
        let reference = reference.trim().to_uppercase();
        let Some(group) = self.store.group_by_reference(&reference).await? else {
            return Ok(None);
        };
        if group.port_code != port {
            return Ok(None);
        }
        let payment_id = match self.pay(&group.account_id, &group.id, "/i94").await? {
            Some(Started::AtThePort { payment_id }) => payment_id,
            Some(Started::Paid { .. }) => return Ok(Some(Settled::Already)),
            _ => match group.payment_id {
                // Asked for at the port earlier (the group is frozen since).
                Some(p) => p,
                None => return Ok(None),
            },
        };
        match self.services.store.payment(&payment_id).await? {
            Some(p) if p.provider == garita_kernel::payments::AT_THE_PORT => Ok(Some(
                self.services.record_receipt(officer, &payment_id).await?,
            )),
            _ => Ok(None),
        }
    }

    /// Numbers not presented by their expiry end, each traveller's group told once.
    pub async fn expire_due(&self) -> Result<usize> {
        let now = self.services.now();
        let mut expired = 0;
        for t in self.store.due_to_expire(now).await? {
            let mut effects = Effects::audit(
                AuditEvent::new(now, I94Action::Expired)
                    .actor("system")
                    .subject(&t.id),
            );
            if let Some(message) = self.message(messages::EXPIRED, &t, None).await? {
                effects.messages.push(message);
            }
            if self
                .store
                .close_traveller(&t.id, "expired", None, None, now, effects)
                .await?
            {
                expired += 1;
            }
        }
        Ok(expired)
    }

    /// An officer at `port` decides for the traveller with the provisional `number`.
    pub async fn decide(
        &self,
        officer: &str,
        port: &str,
        number: &str,
        decision: Decision,
    ) -> Result<Decided> {
        let number = number.trim().to_uppercase();
        let Some(t) = self.store.traveller_by_number(&number).await? else {
            return Ok(Decided::Unknown);
        };
        let Some(group) = self.store.group(&t.group_id).await? else {
            return Ok(Decided::Unknown);
        };
        if group.port_code != port {
            return Ok(Decided::OtherPort);
        }
        if t.status != "provisional" {
            return Ok(Decided::NotOpen);
        }
        let now = self.services.now();
        let (status, action) = match &decision {
            Decision::Admitted { .. } => ("admitted", I94Action::Admitted),
            Decision::Refused => ("refused", I94Action::Refused),
        };
        let sealed = self.services.keys.seal(
            &serde_json::to_vec(&decision).expect("serializes"),
            store::DECISION,
        );
        let mut effects =
            Effects::audit(AuditEvent::new(now, action).actor(officer).subject(&t.id));
        if let Some(message) = self.message(messages::DECIDED, &t, None).await? {
            effects.messages.push(message);
        }
        Ok(
            if self
                .store
                .close_traveller(&t.id, status, Some(sealed), Some(officer), now, effects)
                .await?
            {
                Decided::Recorded
            } else {
                Decided::NotOpen
            },
        )
    }

    /// An officer at `port` looks for a traveller who lost their number, by name and date of
    /// birth (as typed: compared by keyed hash, never stored). Audited with how many were found,
    /// never with what was typed. `None` when the name or date is not one.
    pub async fn find_by_person(
        &self,
        officer: &str,
        port: &str,
        given: &str,
        family: &str,
        born: &str,
    ) -> Result<Option<Vec<TravellerRow>>> {
        let (Ok(name), Ok(born)) = (
            garita_domain::travellers::PersonName::parse(given, family),
            born.trim().parse::<NaiveDate>(),
        ) else {
            return Ok(None);
        };
        let key = self
            .services
            .keys
            .lookup("i94-person", &format!("{}|{born}", name.match_form()));
        let found = self.store.travellers_by_lookup(&key, port).await?;
        let event = AuditEvent::new(self.services.now(), I94Action::Searched)
            .actor(officer)
            .detail(serde_json::json!({ "port": port, "found": found.len() }).to_string());
        self.services.store.enqueue(Effects::audit(event)).await?;
        Ok(Some(found))
    }

    /// A traveller's details and decision, opened.
    pub fn open(&self, t: &TravellerRow) -> Result<(Traveller, Option<Decision>)> {
        let keys = &self.services.keys;
        let details = keys.open(&t.details_sealed, store::DETAILS)?;
        let decision = match &t.decision_sealed {
            Some(sealed) if !sealed.is_empty() => {
                serde_json::from_slice(&keys.open(sealed, store::DECISION)?).ok()
            }
            _ => None,
        };
        let details =
            serde_json::from_slice(&details).map_err(|_| garita_security::KeyError::CannotOpen)?;
        Ok((details, decision))
    }

    /// The books: each paid application has exactly one receipt of money (a provider's charge
    /// or a fee recorded at the port) of its fee times its travellers, and every traveller
    /// numbered; an unpaid one has neither. Each application that breaks this is named.
    pub async fn books(&self) -> Result<Books> {
        let mut books = Books::default();
        for g in self.store.tally().await? {
            books.applications += 1;
            let mut received = vec![];
            for p in self.services.store.payments_for(PURPOSE, &g.id).await? {
                received.extend(
                    self.services
                        .store
                        .ledger_of(&p.id)
                        .await?
                        .into_iter()
                        .filter(|l| matches!(l.kind.as_str(), "charge" | "receipt")),
                );
            }
            let due = g.fee_minor * g.travellers;
            let agrees = if g.status == "paid" {
                books.paid += 1;
                books.travellers_paid += g.travellers;
                books.received_minor += received.iter().map(|l| l.amount_minor).sum::<i64>();
                matches!(&received[..], [l] if l.amount_minor == due && l.currency == g.currency)
                    && g.numbered == g.travellers
            } else {
                received.is_empty() && g.numbered == 0
            };
            if !agrees {
                books.disagreements.push(g.id);
            }
        }
        Ok(books)
    }

    /// A message to the group about traveller `t` (or about the whole group, with `count`).
    async fn message(
        &self,
        kind: &garita_kernel::messages::MessageKind,
        t: &TravellerRow,
        count: Option<usize>,
    ) -> Result<Option<garita_store::records::NewMessage>> {
        let Some(group) = self.store.group(&t.group_id).await? else {
            return Ok(None);
        };
        message_for(&self.services, kind, &group, t, count).await
    }
}

/// A message about `group` (and its traveller `t`) to its account.
async fn message_for(
    services: &Services,
    kind: &garita_kernel::messages::MessageKind,
    group: &GroupRow,
    t: &TravellerRow,
    count: Option<usize>,
) -> Result<Option<garita_store::records::NewMessage>> {
    let Some(account) = services.store.account(&group.account_id).await? else {
        return Ok(None);
    };
    let port = match garita_domain::PortCode::parse(&group.port_code) {
        Ok(code) => services.store.port(&code).await?,
        Err(_) => None,
    };
    let mut payload = services.payload_to(
        &account.email_sealed,
        account.phone_sealed.as_deref(),
        &account.locale,
        "/i94",
    )?;
    let facts = &mut payload.facts;
    use messages::facts as f;
    facts.insert(f::PORT.into(), port.as_ref().map(|p| p.name.clone()).into());
    facts.insert(
        f::ZONE.into(),
        port.map(|p| p.time_zone.name().to_string()).into(),
    );
    facts.insert(f::UNTIL.into(), t.expires_at.into());
    facts.insert(f::NUMBER.into(), t.number.clone().into());
    facts.insert(f::TRAVELLERS.into(), count.map(|c| c as i64).into());
    let key = match count {
        Some(_) => format!("{}:{}", kind.code, group.id),
        None => format!("{}:{}", kind.code, t.id),
    };
    Ok(Some(services.message(
        kind,
        Some(&account.id),
        key,
        &payload,
    )))
}

/// The keyed hash an officer finds a traveller by: name and date of birth.
pub fn lookup(keys: &Keys, t: &Traveller) -> String {
    keys.lookup(
        "i94-person",
        &format!("{}|{}", t.name.match_form(), t.birth.date()),
    )
}

/// Settles a paid group: each traveller numbered, expiring `VALID_DAYS` later, the group told.
struct Settler(Arc<dyn I94Store>);

pub fn payable(db: &Db, _: &Arc<Keys>) -> Arc<dyn Payable> {
    Arc::new(Settler(store::on(db)))
}

#[async_trait]
impl Payable for Settler {
    fn purpose(&self) -> &'static str {
        PURPOSE
    }

    async fn settle(
        &self,
        services: &Services,
        payment: &PaymentRow,
        entry: LedgerEntry,
    ) -> Result<bool> {
        let Some(group) = self.0.group(&payment.reference).await? else {
            return Ok(false);
        };
        if group.status != "awaiting-payment" {
            return Ok(false);
        }
        let travellers = self.0.travellers_of(&group.id).await?;
        let now = services.now();
        let expires_at = now + domain::VALID_DAYS * DAY;
        let numbers: Vec<(String, String)> = travellers
            .iter()
            .map(|t| (t.id.clone(), domain::provisional_number()))
            .collect();
        let mut effects = Effects {
            ledger: vec![entry],
            ..Effects::default()
        }
        .and_audit(
            AuditEvent::new(now, I94Action::Paid)
                .actor("payments")
                .subject(&group.id)
                .detail(serde_json::json!({ "travellers": travellers.len() }).to_string()),
        );
        if let Some(first) = travellers.first() {
            let told = TravellerRow {
                expires_at: Some(expires_at),
                ..first.clone()
            };
            let message = message_for(
                services,
                messages::PAID,
                &group,
                &told,
                Some(travellers.len()),
            )
            .await?;
            effects.messages.extend(message);
        }
        Ok(self
            .0
            .settle(&group.id, &numbers, now, expires_at, effects)
            .await?)
    }
}

/// Job kinds: the recurring look at unused numbers.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<ExpireUnused>().planner::<Services>(plan)
}

fn plan(services: &Services) -> Vec<garita_store::jobs::NewJob> {
    vec![new_job(&ExpireUnused {}, services.now())]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpireUnused {}

impl BackgroundJob for ExpireUnused {
    const KIND: &'static str = "i94.expire-unused";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        let expired = I94::on(services).expire_due().await?;
        if expired > 0 {
            tracing::info!(expired, "provisional I-94s expired unused");
        }
        Ok(Outcome::Again {
            at: services.now() + EXPIRY_EVERY,
        })
    }
}

/// A sealed JSON value, opened; `None` if it cannot be.
fn opened<T: serde::de::DeserializeOwned>(keys: &Keys, sealed: &[u8], context: &str) -> Option<T> {
    serde_json::from_slice(&keys.open(sealed, context).ok()?).ok()
}

/// Its part of a person's signed record: each application, its travellers' numbers and states,
/// and each decision at the port as recorded (admission number, class, until when); names and
/// passports are left out (the person typed them, and the record may be shown to others).
struct People(Arc<dyn I94Store>, Arc<Keys>);

pub fn people(db: &Db, keys: &Arc<Keys>) -> Arc<dyn PersonParts> {
    Arc::new(People(store::on(db), keys.clone()))
}

#[async_trait]
impl PersonParts for People {
    async fn fixes_travellers(&self, _: &str) -> std::result::Result<bool, StoreError> {
        Ok(false)
    }

    async fn arrivals(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> std::result::Result<Vec<Arrival>, StoreError> {
        let mut arrivals = vec![];
        for g in self.0.groups_of(account_id).await? {
            for t in self.0.travellers_of(&g.id).await? {
                let Some(at) = t.decided_at else { continue };
                let details: Option<Traveller> = opened(&self.1, &t.details_sealed, store::DETAILS);
                let decision: Option<Decision> = t
                    .decision_sealed
                    .as_deref()
                    .and_then(|d| opened(&self.1, d, store::DECISION));
                let decided = match decision {
                    Some(Decision::Admitted {
                        admission_number,
                        class,
                        until,
                    }) => ArrivalDecision::Admitted {
                        admission_number: Some(admission_number.to_string()),
                        class: Some(class.to_string()),
                        until: Some(until),
                    },
                    _ => ArrivalDecision::NotAdmitted,
                };
                arrivals.push(Arrival {
                    at,
                    port: g.port_code.clone(),
                    traveller_id: None,
                    name: details.map(|d| {
                        format!("{} {}", d.name.given, d.name.family)
                            .trim()
                            .to_string()
                    }),
                    decided,
                });
            }
        }
        Ok(arrivals)
    }

    async fn record(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> std::result::Result<serde_json::Map<String, serde_json::Value>, StoreError> {
        let mut applications = vec![];
        for g in self.0.groups_of(account_id).await? {
            let travellers: Vec<_> = self
                .0
                .travellers_of(&g.id)
                .await?
                .into_iter()
                .map(|t| {
                    let decision: Option<Decision> = t
                        .decision_sealed
                        .as_deref()
                        .and_then(|d| opened(&self.1, d, store::DECISION));
                    serde_json::json!({
                        "number": t.number, "status": t.status,
                        "expires_at": t.expires_at, "decided_at": t.decided_at,
                        "decision": decision,
                    })
                })
                .collect();
            applications.push(serde_json::json!({
                "id": g.id, "port": g.port_code, "arrival_date": g.arrival_date,
                "purpose": g.purpose, "fee_minor": g.fee_minor, "currency": g.currency,
                "status": g.status, "created_at": g.created_at, "paid_at": g.paid_at,
                "travellers": travellers,
            }));
        }
        let mut part = serde_json::Map::new();
        if !applications.is_empty() {
            part.insert("i94_applications".into(), applications.into());
        }
        Ok(part)
    }
}
