//! The service's flows: filing an intent (every field checked, nothing saved until all are
//! right; each traveller's stipend pending in the ledger), a reviewer's vetting and the travel
//! arranged (the person told each step), a departure by land shown by a live photo and a
//! position at least 3 miles from the United States, or by air or sea recorded from the
//! carrier's confirmation (each makes that traveller's stipend eligible and gives a signed
//! confirmation), the stipend paid once per person and programme however often the payout is
//! tried, and the ledger's chain checked.

use crate::domain::{self, Intent, IntentInput, LandCheck, Problem, Travel};
use crate::store::{self, DepartureRow, DepartureStore, IntentRow, LedgerRow};
use crate::{Action, messages};
use garita_domain::AuditEvent;
use garita_domain::geofence::Position;
use garita_domain::money::FeeSchedule;
use garita_faces::liveness::Doubt;
use garita_kernel::payments::{PaidOut, Payout};
use garita_kernel::photos::{Challenge, PhotoProblem};
use garita_kernel::settings::DatedAmount;
use garita_kernel::{Result, Services};
use garita_security::{Keys, codes};
use garita_store::records::Effects;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The stipend's programme (its ledger's name).
pub const PROGRAMME: &str = "departure-stipend";
/// The stipend by date, set under `[amounts]` as `departure.stipend`: $1,000 from 5 May 2025
/// unless configuration says otherwise.
pub const AMOUNTS: &[DatedAmount] = &[DatedAmount {
    name: "departure.stipend",
    default: "2025-05-05 1000.00 USD",
    help: "the stipend paid once per person after a verified departure, by the day it became due",
}];

/// The service's context.
#[derive(Clone)]
pub struct Departure {
    pub services: Services,
    pub store: Arc<dyn DepartureStore>,
    pub stipend: FeeSchedule,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filed {
    Saved(String),
    Refused(Vec<(Option<usize>, Problem)>),
}

/// How a land departure went.
#[derive(Debug, Clone, PartialEq)]
pub enum Land {
    Recorded,
    /// Not yet 3 miles out: how far, in whole kilometres.
    TooClose {
        km: i64,
    },
    Inside,
    /// At sea, or where the map cannot tell: try again on land.
    Unknown,
    RetakePhoto(PhotoProblem),
    /// A still without the camera's movement check: the camera in the page is needed (or an
    /// officer records the departure).
    NeedsCamera,
    /// Not this account's traveller, or already departed.
    NotOpen,
}

/// How a payout went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paid {
    Now {
        payout_id: String,
    },
    /// Paid before: nothing new was written.
    Already,
    /// No verified departure yet.
    NotEligible,
    /// The payment provider is out of reach: nothing was paid; try again (the same payout id).
    TryLater,
    /// The payment provider refused (its reason, e.g. an account it does not know).
    Refused(String),
}

/// What a land departure's evidence keeps (sealed): never the position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Evidence {
    Land {
        country: Option<String>,
        /// Metres from the United States the claim stands on.
        metres: i64,
        accuracy_m: i64,
    },
    Carrier {
        how: String,
        confirmation: String,
    },
}

impl Departure {
    pub fn on(services: &Services) -> Departure {
        Departure {
            store: store::on(&services.store.db()),
            services: services.clone(),
            stipend: services.amounts(AMOUNTS[0].name),
        }
    }

    fn today(&self) -> chrono::NaiveDate {
        self.services.now_utc().date_naive()
    }

    /// Files an intent to depart for the filer and co-travellers.
    pub async fn file(&self, account_id: &str, input: &IntentInput) -> Result<Filed> {
        let intent = match input.parse(self.today()) {
            Ok(i) => i,
            Err(p) => return Ok(Filed::Refused(p)),
        };
        let now = self.services.now();
        let keys = &self.services.keys;
        let row = IntentRow {
            id: codes::id(),
            reference: codes::readable("DEP"),
            account_id: account_id.to_string(),
            programme: PROGRAMME.into(),
            details_sealed: seal(keys, &intent, store::DETAILS),
            travellers: intent.travellers.len() as i64,
            status: "filed".into(),
            vetted_by: None,
            vetted_at: None,
            travel_sealed: None,
            arranged_by: None,
            arranged_at: None,
            created_at: now,
        };
        let amount = self.stipend.on(self.today());
        let ledger: Vec<LedgerRow> = (0..row.travellers)
            .filter_map(|position| {
                let amount = amount?;
                Some(entry(
                    keys, &row.id, position, "pending", amount, None, now, None, 1,
                ))
            })
            .collect();
        let event = AuditEvent::new(now, Action::Filed)
            .actor(account_id)
            .subject(&row.id)
            .detail(serde_json::json!({ "travellers": row.travellers }).to_string());
        self.store
            .create_intent(&row, &ledger, Effects::audit(event))
            .await?;
        Ok(Filed::Saved(row.id))
    }

    /// An account's intent, opened.
    pub async fn intent_for(
        &self,
        account_id: &str,
        id: &str,
    ) -> Result<Option<(IntentRow, Intent)>> {
        let Some(row) = self.store.intent(id).await? else {
            return Ok(None);
        };
        if row.account_id != account_id {
            return Ok(None);
        }
        Ok(opened(&self.services.keys, &row.details_sealed, store::DETAILS).map(|i| (row, i)))
    }

    /// A reviewer records the vetting (the person is told).
    pub async fn vet(&self, reviewer: &str, id: &str) -> Result<bool> {
        self.advance(
            reviewer,
            id,
            "filed",
            "vetted",
            None,
            Action::Vetted,
            messages::VETTED,
        )
        .await
    }

    /// A reviewer records the travel arranged for an intent that asked for help: `Err` names
    /// the refused fields.
    pub async fn arrange(
        &self,
        reviewer: &str,
        id: &str,
        date: &str,
        carrier: &str,
        from: &str,
    ) -> Result<Result<bool, Vec<Problem>>> {
        let travel = match Travel::parse(date, carrier, from, self.today()) {
            Ok(t) => t,
            Err(p) => return Ok(Err(p)),
        };
        let sealed = seal(&self.services.keys, &travel, store::TRAVEL);
        Ok(Ok(self
            .advance(
                reviewer,
                id,
                "vetted",
                "travel-arranged",
                Some(&sealed),
                Action::TravelArranged,
                messages::ARRANGED,
            )
            .await?))
    }

    #[allow(clippy::too_many_arguments)]
    async fn advance(
        &self,
        reviewer: &str,
        id: &str,
        from: &str,
        to: &str,
        travel: Option<&[u8]>,
        action: Action,
        kind: &'static garita_kernel::messages::MessageKind,
    ) -> Result<bool> {
        let Some(row) = self.store.intent(id).await? else {
            return Ok(false);
        };
        let now = self.services.now();
        let mut effects = Effects::audit(AuditEvent::new(now, action).actor(reviewer).subject(id));
        effects.messages.extend(self.told(kind, &row).await?);
        Ok(self
            .store
            .advance(id, from, to, reviewer, now, travel, effects)
            .await?)
    }

    async fn told(
        &self,
        kind: &'static garita_kernel::messages::MessageKind,
        row: &IntentRow,
    ) -> Result<Option<garita_store::records::NewMessage>> {
        let Some(account) = self.services.store.account(&row.account_id).await? else {
            return Ok(None);
        };
        let mut payload = self.services.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
            &format!("/departure/{}", row.id),
        )?;
        payload
            .facts
            .insert(messages::REFERENCE.into(), row.reference.clone().into());
        Ok(Some(self.services.message(
            kind,
            Some(&account.id),
            format!("{}:{}", kind.code, row.id),
            &payload,
        )))
    }

    /// The head poses for a traveller's land departure (`None`: not this account's to confirm).
    pub async fn challenge(
        &self,
        account_id: &str,
        id: &str,
        position: i64,
    ) -> Result<Option<Challenge>> {
        Ok(self
            .intent_for(account_id, id)
            .await?
            .filter(|(row, _)| (0..row.travellers).contains(&position))
            .map(|_| {
                Challenge::issue(
                    &self.services.keys,
                    &bound(id, position),
                    self.services.now(),
                )
            }))
    }

    /// A traveller confirms their departure by land: the frames of the camera's movement check
    /// and the phone's position, at least 3 miles from the United States once its accuracy is
    /// counted against the claim. Only the country and the distance are kept.
    pub async fn depart_by_land(
        &self,
        account_id: &str,
        id: &str,
        position: i64,
        at: Position,
        photo: &[u8],
        live: Option<(&str, Vec<Vec<u8>>)>,
    ) -> Result<Land> {
        let Some((row, _)) = self.intent_for(account_id, id).await? else {
            return Ok(Land::NotOpen);
        };
        if !(0..row.travellers).contains(&position)
            || self
                .store
                .departures_of(id)
                .await?
                .iter()
                .any(|d| d.position == position)
        {
            return Ok(Land::NotOpen);
        }
        let Some((token, frames)) = live else {
            return Ok(Land::NeedsCamera);
        };
        let metres = match domain::land_check(crate::outline::from_us(at), at.accuracy_m) {
            LandCheck::Left { metres } => metres,
            LandCheck::TooClose { metres } => {
                return Ok(Land::TooClose {
                    km: (metres / 1000.0).floor() as i64,
                });
            }
            LandCheck::Inside => return Ok(Land::Inside),
            LandCheck::Unknown => return Ok(Land::Unknown),
        };
        let now = self.services.now();
        let steps = Challenge::steps(&self.services.keys, token, &bound(id, position), now);
        let settings = self.services.faces;
        let owned = photo.to_vec();
        let (checked, doubt) = tokio::task::spawn_blocking(move || {
            let checked = garita_kernel::photos::check(&owned);
            let doubt = match (&checked.problem, steps) {
                (None, Some(steps)) => {
                    garita_kernel::photos::liveness(&checked, &frames, &steps, settings).err()
                }
                (None, None) => Some(Doubt::NotOneCapture),
                _ => None,
            };
            (checked, doubt)
        })
        .await
        .expect("the photo check does not panic");
        let Some(clean) = checked.photo.as_ref().filter(|_| checked.problem.is_none()) else {
            return Ok(Land::RetakePhoto(
                checked.problem.unwrap_or(PhotoProblem::NotAPhoto),
            ));
        };
        if doubt.is_some() {
            return Ok(Land::RetakePhoto(PhotoProblem::MoveAsAsked));
        }
        let evidence = Evidence::Land {
            country: garita_domain::world::country_at(at).map(str::to_string),
            metres: metres as i64,
            accuracy_m: at.accuracy_m as i64,
        };
        let photo = self.services.keys.seal(&clean.jpeg, store::PHOTO);
        Ok(
            if self
                .departed(&row, position, "land", &evidence, Some(photo), account_id)
                .await?
            {
                Land::Recorded
            } else {
                Land::NotOpen
            },
        )
    }

    /// An officer or reviewer records a departure by air or sea from the carrier's confirmation.
    pub async fn record_by_carrier(
        &self,
        staff: &str,
        id: &str,
        position: i64,
        how: &str,
        confirmation: &str,
    ) -> Result<bool> {
        let Some(row) = self.store.intent(id).await? else {
            return Ok(false);
        };
        if !matches!(how, "air" | "sea") || !(0..row.travellers).contains(&position) {
            return Ok(false);
        }
        let Ok(confirmation) = garita_domain::travellers::bounded(confirmation, 200, true) else {
            return Ok(false);
        };
        let evidence = Evidence::Carrier {
            how: how.to_string(),
            confirmation,
        };
        self.departed(&row, position, how, &evidence, None, staff)
            .await
    }

    async fn departed(
        &self,
        row: &IntentRow,
        position: i64,
        how: &str,
        evidence: &Evidence,
        photo: Option<Vec<u8>>,
        by: &str,
    ) -> Result<bool> {
        let now = self.services.now();
        let keys = &self.services.keys;
        let departure = DepartureRow {
            id: codes::id(),
            intent_id: row.id.clone(),
            position,
            how: how.to_string(),
            evidence_sealed: seal(keys, evidence, store::EVIDENCE),
            photo_sealed: photo,
            recorded_by: by.to_string(),
            departed_at: now,
        };
        let before = self.store.ledger(&row.id, position, PROGRAMME).await?;
        let Some(amount) = self.stipend.on(self.today()) else {
            return Ok(false);
        };
        let eligible = entry(
            keys,
            &row.id,
            position,
            "eligible",
            amount,
            None,
            now,
            before.last().map(|e| e.hash.as_str()),
            before.len() as i64 + 1,
        );
        let event = AuditEvent::new(now, Action::Departed)
            .actor(by)
            .subject(&row.id)
            .detail(serde_json::json!({ "position": position, "how": how }).to_string());
        let mut effects = Effects::audit(event);
        effects
            .messages
            .extend(self.told(messages::DEPARTED, row).await?);
        Ok(self
            .store
            .record_departure(&departure, &eligible, effects)
            .await?)
    }

    /// Pays a traveller's stipend once, through the payments capability: to `destination`,
    /// the person's account at the configured provider, or, with none, by other means that
    /// staff record here. The payout's id is the same however often it is tried (the provider
    /// answers a retry with the payout it made), and a second paid entry is refused by the
    /// ledger itself.
    pub async fn pay(&self, by: &str, id: &str, position: i64, destination: &str) -> Result<Paid> {
        let before = self.store.ledger(id, position, PROGRAMME).await?;
        if before.iter().any(|e| e.kind == "paid") {
            return Ok(Paid::Already);
        }
        let Some(eligible) = before.iter().find(|e| e.kind == "eligible") else {
            return Ok(Paid::NotEligible);
        };
        let payout_id = format!("stipend:{id}:{position}:{PROGRAMME}");
        let amount = garita_domain::money::Money {
            minor: eligible.amount_minor,
            currency: garita_domain::money::Currency::parse(&eligible.currency)
                .unwrap_or(garita_domain::money::Currency::USD),
        };
        let payout = Payout {
            payout_id: payout_id.clone(),
            amount,
            destination: destination.trim().to_string(),
            description: "Departure stipend".into(),
        };
        let provider_ref = match self.services.pay_out(&payout).await {
            PaidOut::Sent { provider_ref } => Some(provider_ref),
            PaidOut::ByOtherMeans => None,
            PaidOut::TryLater => return Ok(Paid::TryLater),
            PaidOut::Refused(why) => return Ok(Paid::Refused(why)),
        };
        let now = self.services.now();
        let paid = entry(
            &self.services.keys,
            id,
            position,
            "paid",
            amount,
            Some(payout_id.clone()),
            now,
            before.last().map(|e| e.hash.as_str()),
            before.len() as i64 + 1,
        );
        // The provider's reference only (a transfer's id), never the person's account.
        let event = AuditEvent::new(now, Action::Paid)
            .actor(by)
            .subject(id)
            .detail(
                serde_json::json!({ "position": position, "provider_ref": provider_ref })
                    .to_string(),
            );
        Ok(if self.store.append(&paid, Effects::audit(event)).await? {
            Paid::Now { payout_id }
        } else {
            Paid::Already
        })
    }

    /// Whether a traveller's ledger is as it was written: each entry's keyed hash over the one
    /// before it and its own fields.
    pub async fn ledger_holds(&self, id: &str, position: i64) -> Result<bool> {
        let entries = self.store.ledger(id, position, PROGRAMME).await?;
        let mut previous: Option<String> = None;
        for (i, e) in entries.iter().enumerate() {
            let expected = chain_hash(&self.services.keys, e, previous.as_deref());
            if e.seq != i as i64 + 1 || expected != e.hash {
                return Ok(false);
            }
            previous = Some(e.hash.clone());
        }
        Ok(true)
    }
}

/// What a liveness challenge is bound to: this traveller's departure.
fn bound(id: &str, position: i64) -> String {
    format!("departure/{id}/{position}")
}

/// A ledger entry with its keyed hash over the previous entry's.
#[allow(clippy::too_many_arguments)]
fn entry(
    keys: &Keys,
    intent: &str,
    position: i64,
    kind: &str,
    amount: garita_domain::money::Money,
    payout_id: Option<String>,
    at: i64,
    previous: Option<&str>,
    seq: i64,
) -> LedgerRow {
    let mut row = LedgerRow {
        id: codes::id(),
        intent_id: intent.to_string(),
        position,
        programme: PROGRAMME.into(),
        seq,
        kind: kind.to_string(),
        amount_minor: amount.minor,
        currency: amount.currency.as_str().to_string(),
        payout_id,
        at,
        hash: String::new(),
    };
    row.hash = chain_hash(keys, &row, previous);
    row
}

fn chain_hash(keys: &Keys, e: &LedgerRow, previous: Option<&str>) -> String {
    let fields = serde_json::json!([
        previous.unwrap_or(""),
        e.id,
        e.intent_id,
        e.position,
        e.programme,
        e.seq,
        e.kind,
        e.amount_minor,
        e.currency,
        e.payout_id,
        e.at,
    ]);
    keys.lookup("dep-ledger", &fields.to_string())
}

fn seal(keys: &Keys, value: &impl Serialize, context: &str) -> Vec<u8> {
    keys.seal(&serde_json::to_vec(value).expect("serializes"), context)
}

pub(crate) fn opened<T: serde::de::DeserializeOwned>(
    keys: &Keys,
    sealed: &[u8],
    context: &str,
) -> Option<T> {
    serde_json::from_slice(&keys.open(sealed, context).ok()?).ok()
}

/// Its part of a person's record: each intent's state and each traveller's departure and
/// ledger (amounts and states; no names).
struct People(Arc<dyn DepartureStore>);

pub fn people(db: &garita_store::Db, _: &Arc<Keys>) -> Arc<dyn garita_kernel::people::PersonParts> {
    Arc::new(People(store::on(db)))
}

#[async_trait::async_trait]
impl garita_kernel::people::PersonParts for People {
    async fn fixes_travellers(
        &self,
        _: &str,
    ) -> std::result::Result<bool, garita_store::StoreError> {
        Ok(false)
    }

    async fn arrivals(
        &self,
        _: &str,
        _: Option<&str>,
    ) -> std::result::Result<Vec<garita_kernel::people::Arrival>, garita_store::StoreError> {
        Ok(vec![])
    }

    async fn record(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> std::result::Result<serde_json::Map<String, serde_json::Value>, garita_store::StoreError>
    {
        let mut intents = vec![];
        for i in self.0.intents_of(account_id).await? {
            let departures: Vec<_> = self
                .0
                .departures_of(&i.id)
                .await?
                .into_iter()
                .map(|d| serde_json::json!({"position": d.position, "how": d.how, "at": d.departed_at}))
                .collect();
            let mut ledger = vec![];
            for position in 0..i.travellers {
                for e in self.0.ledger(&i.id, position, &i.programme).await? {
                    ledger.push(serde_json::json!({
                        "position": e.position, "kind": e.kind, "amount_minor": e.amount_minor,
                        "currency": e.currency, "at": e.at, "hash": e.hash,
                    }));
                }
            }
            intents.push(serde_json::json!({
                "reference": i.reference, "status": i.status, "filed_at": i.created_at,
                "travellers": i.travellers, "departures": departures, "ledger": ledger,
            }));
        }
        let mut part = serde_json::Map::new();
        if !intents.is_empty() {
            part.insert("departure_intents".into(), intents.into());
        }
        Ok(part)
    }
}
