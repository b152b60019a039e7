//! The service's flows, on the kernel's `Services` and its own store: the supporter files (every
//! field checked, nothing saved until all are right; each adult beneficiary invited by a message
//! in their language with a code to type; the supporter side's signals counted and review cases
//! opened), the beneficiary takes the invitation and confirms (attestations, passport, live
//! photo), a person decides within the pool's monthly cap, the supporter asks for the one
//! extension a programme may allow, and a job expires what was not answered or not used.

use crate::domain::{
    self, Beneficiary, BeneficiaryInput, ConfirmInput, Confirmed, Portrait, Problem, Programme,
    SupporterInput,
};
use crate::store::{self, BeneficiaryRow, CaseRow, Grant, Origin, ReviewRow, TravelStore, Written};
use crate::{Action, messages};
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_domain::geofence::Position;
use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_faces::liveness::Doubt;
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use garita_kernel::people::{Arrival, ArrivalDecision, PersonParts};
use garita_kernel::photos::{Challenge, PhotoProblem};
use garita_kernel::settings::Setting;
use garita_kernel::{Result, Services};
use garita_security::{Keys, codes};
use garita_store::StoreError;
use garita_store::records::{Effects, NewMessage};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

const DAY: i64 = 86_400_000;
/// How often unanswered invitations and unused authorizations are looked at.
const EXPIRY_EVERY: i64 = 10 * 60_000;

/// When the supporter side opens a review case (thresholds, over a window of days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    /// Filings from one network (keyed hash of its address block).
    pub network: i64,
    /// Filings from one device.
    pub device: i64,
    /// Filings by one supporter.
    pub supporter: i64,
    /// Over how many days filings are counted.
    pub days: i64,
}

/// The thresholds operators may set (`[settings]` in configuration).
pub const SETTINGS: &[Setting] = &[
    Setting {
        name: "travel-authorization.network-filings",
        default: 20,
        min: 2,
        max: 100_000,
        help: "filings from one network that open a review case",
    },
    Setting {
        name: "travel-authorization.device-filings",
        default: 10,
        min: 2,
        max: 100_000,
        help: "filings from one device that open a review case",
    },
    Setting {
        name: "travel-authorization.supporter-filings",
        default: 15,
        min: 2,
        max: 100_000,
        help: "filings by one supporter that open a review case",
    },
    Setting {
        name: "travel-authorization.signal-days",
        default: 30,
        min: 1,
        max: 3650,
        help: "over how many days filings are counted for review cases",
    },
];

impl Thresholds {
    pub fn of(services: &Services) -> Thresholds {
        Thresholds {
            network: services.setting(SETTINGS[0].name),
            device: services.setting(SETTINGS[1].name),
            supporter: services.setting(SETTINGS[2].name),
            days: services.setting(SETTINGS[3].name),
        }
    }
}

/// Where a filing came from, as the web layer saw it (raw; only keyed hashes are kept).
#[derive(Debug, Clone, Default)]
pub struct FiledFrom {
    /// The client's address block (`/24` of IPv4, `/48` of IPv6).
    pub network: Option<String>,
    /// The device cookie's value.
    pub device: Option<String>,
}

/// The service's context.
#[derive(Clone)]
pub struct TravelAuthorization {
    pub services: Services,
    pub store: Arc<dyn TravelStore>,
    pub thresholds: Thresholds,
}

/// How a filing went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filed {
    /// Saved: the case's id.
    Saved(String),
    /// Nothing saved: each refused field (`None`: the supporter's or the filing's; `Some(i)`:
    /// beneficiary `i`'s).
    Refused(Vec<(Option<usize>, Problem)>),
    /// The programme is closed to new filings (or unknown).
    Closed,
}

/// How a confirmation went.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfirmOutcome {
    /// Confirmed: a person decides next. `review` names why the photo needs a closer look.
    Confirmed {
        review: Option<PhotoProblem>,
    },
    Refused(Vec<Problem>),
    /// The photo cannot be used at all: take it again.
    RetakePhoto(PhotoProblem),
    /// Not this account's to confirm, or no longer awaiting confirmation.
    NotOpen,
}

/// How a decision went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decided {
    Authorized {
        number: String,
    },
    NotAuthorized,
    /// The pool's month is full: nothing written; decide again next month.
    CapReached,
    /// Not awaiting a decision.
    NotOpen,
}

/// The parole recorded at the port of arrival.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parole {
    pub port: String,
    pub admission_number: AdmissionNumber,
    pub class: AdmissionClass,
    pub until: NaiveDate,
}

/// How recording an arrival went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrived {
    Recorded,
    /// No valid authorization: expired, not authorized, or recorded already.
    NotValid,
}

/// One beneficiary, opened for the person allowed to see it.
#[derive(Debug, Clone)]
pub struct Opened {
    pub row: BeneficiaryRow,
    pub details: Beneficiary,
    pub confirmed: Option<Confirmed>,
    pub parole: Option<Parole>,
}

/// A confirmed beneficiary in the reviewers' queue, with the supporter side's signals.
#[derive(Debug, Clone)]
pub struct ToDecide {
    pub opened: Opened,
    pub case: CaseRow,
    pub programme: Programme,
    /// Filings from the same network, the same device, by the same supporter (in the window),
    /// and how often other supporters named the same person.
    pub from_network: i64,
    pub from_device: i64,
    pub by_supporter: i64,
    pub named_by_others: i64,
}

impl TravelAuthorization {
    pub fn on(services: &Services) -> TravelAuthorization {
        TravelAuthorization {
            store: store::on(&services.store.db()),
            services: services.clone(),
            thresholds: Thresholds::of(services),
        }
    }

    fn today(&self) -> NaiveDate {
        self.services.now_utc().date_naive()
    }

    /// A programme open for filings, if it is one.
    pub async fn open_programme(&self, code: &str) -> Result<Option<Programme>> {
        Ok(self.store.programme(code).await?.filter(Programme::is_open))
    }

    /// Opens or closes a programme (programme admins): `false` if it already was.
    pub async fn set_open(&self, admin: &str, code: &str, open: bool) -> Result<bool> {
        let now = self.services.now();
        let action = if open {
            Action::ProgrammeOpened
        } else {
            Action::ProgrammeClosed
        };
        let event = AuditEvent::new(now, action).actor(admin).subject(code);
        let state = if open { "open" } else { "closed" };
        Ok(self
            .store
            .set_programme_state(code, state, admin, now, Effects::audit(event))
            .await?)
    }

    /// A supporter files for `beneficiaries` under `programme`.
    pub async fn file(
        &self,
        supporter_id: &str,
        programme: &str,
        supporter: &SupporterInput,
        beneficiaries: &[BeneficiaryInput],
        from: &FiledFrom,
    ) -> Result<Filed> {
        let Some(programme) = self.open_programme(programme).await? else {
            return Ok(Filed::Closed);
        };
        let today = self.today();
        let mut problems = vec![];
        let you = supporter
            .parse()
            .map_err(|p| problems.extend(p.into_iter().map(|p| (None, p))))
            .ok();
        let people = domain::beneficiaries(beneficiaries, &programme, today)
            .map_err(|p| problems.extend(p))
            .ok();
        let (Some(you), Some(people), true) = (you, people, problems.is_empty()) else {
            return Ok(Filed::Refused(problems));
        };
        let now = self.services.now();
        let keys = &self.services.keys;
        let hashed = |kind: &str, v: &Option<String>| v.as_ref().map(|v| keys.lookup(kind, v));
        let case = CaseRow {
            id: codes::id(),
            reference: codes::readable("TA"),
            programme: programme.code.clone(),
            supporter_id: supporter_id.to_string(),
            supporter_sealed: seal(keys, &you, store::SUPPORTER),
            network: hashed("ta-network", &from.network),
            device: hashed("ta-device", &from.device),
            created_at: now,
        };
        let respond_by = now + domain::RESPOND_DAYS * DAY;
        let ids: Vec<String> = people.iter().map(|_| codes::id()).collect();
        let mut rows = vec![];
        let mut invitations = vec![];
        for (i, b) in people.iter().enumerate() {
            // A minor is invited through their guardian: no code of their own.
            let code = b.guardian.is_none().then(|| codes::readable("TAI"));
            rows.push(BeneficiaryRow {
                id: ids[i].clone(),
                case_id: case.id.clone(),
                position: i as i64,
                details_sealed: seal(keys, b, store::DETAILS),
                lookup: lookup(keys, &b.name.match_form(), b.birth.date()),
                guardian_id: b.guardian.map(|g| ids[g].clone()),
                invitation: code.as_ref().map(|c| invitation_hash(keys, c)),
                account_id: None,
                status: "invited".into(),
                respond_by,
                confirmation_sealed: None,
                photo_sealed: None,
                photo_check: None,
                confirmed_at: None,
                number: None,
                valid_until: None,
                extended: 0,
                decided_by: None,
                decided_at: None,
                arrival_sealed: None,
                arrived_at: None,
            });
            if let Some(code) = code {
                invitations.push(self.invitation(&case, &ids[i], b, &code, respond_by));
            }
        }
        let reviews = self.signals(&case, &rows).await?;
        let event = AuditEvent::new(now, Action::Filed)
            .actor(supporter_id)
            .subject(&case.id)
            .detail(
                serde_json::json!({
                    "programme": programme.code, "beneficiaries": rows.len(),
                    "reviews": reviews.iter().map(|r| r.signal.as_str()).collect::<Vec<_>>(),
                })
                .to_string(),
            );
        let effects = Effects {
            messages: invitations,
            ..Effects::audit(event)
        };
        self.store
            .create_case(&case, &rows, &reviews, effects)
            .await?;
        Ok(Filed::Saved(case.id))
    }

    /// The review cases a filing opens: the supporter side's signals over the thresholds. A
    /// review case never refuses anything by itself: a person looks.
    async fn signals(&self, case: &CaseRow, rows: &[BeneficiaryRow]) -> Result<Vec<ReviewRow>> {
        let t = self.thresholds;
        let since = case.created_at - t.days * DAY;
        let mut opened = vec![];
        let mut open = |signal: &str, subject: &str, count: i64| {
            opened.push(ReviewRow {
                id: codes::id(),
                signal: signal.into(),
                subject: subject.into(),
                opened_at: case.created_at,
                count,
                status: "open".into(),
                closed_by: None,
                closed_at: None,
            })
        };
        // This filing counts too.
        for (origin, signal, subject, limit) in [
            (Origin::Network, "network", &case.network, t.network),
            (Origin::Device, "device", &case.device, t.device),
            (
                Origin::Supporter,
                "many-filings",
                &Some(case.supporter_id.clone()),
                t.supporter,
            ),
        ] {
            if let Some(subject) = subject {
                let n = self.store.filings_from(origin, subject, since).await? + 1;
                if n >= limit {
                    open(signal, subject, n);
                }
            }
        }
        for b in rows {
            let n = self
                .store
                .named_by_others(&b.lookup, &case.supporter_id)
                .await?;
            if n > 0 {
                open("named-twice", &b.lookup, n + 1);
            }
        }
        Ok(opened)
    }

    /// The message inviting a beneficiary, in their language, with the code to type.
    fn invitation(
        &self,
        case: &CaseRow,
        beneficiary_id: &str,
        b: &Beneficiary,
        code: &str,
        respond_by: i64,
    ) -> NewMessage {
        let mut payload = garita_kernel::messages::Payload {
            to: b.email.clone(),
            locale: b.language.clone(),
            code: Some(code.to_string()),
            link: Some("/travel-authorization/invitation".into()),
            ..Default::default()
        };
        payload.facts.insert(
            messages::facts::REFERENCE.into(),
            case.reference.clone().into(),
        );
        payload
            .facts
            .insert(messages::facts::UNTIL.into(), respond_by.into());
        self.services.message(
            messages::INVITED,
            None,
            format!("{}:{beneficiary_id}", messages::INVITED.code),
            &payload,
        )
    }

    /// A supporter's filings.
    pub async fn cases_of(&self, supporter_id: &str) -> Result<Vec<CaseRow>> {
        Ok(self.store.cases_of(supporter_id).await?)
    }

    /// A case's beneficiaries, for its supporter only.
    pub async fn case_for_supporter(
        &self,
        supporter_id: &str,
        case_id: &str,
    ) -> Result<Option<(CaseRow, Vec<Opened>)>> {
        let Some(case) = self.store.case(case_id).await? else {
            return Ok(None);
        };
        if case.supporter_id != supporter_id {
            return Ok(None);
        }
        let rows = self.store.beneficiaries_of(&case.id).await?;
        Ok(Some((
            case,
            rows.into_iter().filter_map(|r| self.open(r)).collect(),
        )))
    }

    fn open(&self, row: BeneficiaryRow) -> Option<Opened> {
        let keys = &self.services.keys;
        let details = opened(keys, &row.details_sealed, store::DETAILS)?;
        let confirmed = row
            .confirmation_sealed
            .as_deref()
            .and_then(|c| opened(keys, c, store::CONFIRMATION));
        let parole = row
            .arrival_sealed
            .as_deref()
            .and_then(|c| opened(keys, c, store::ARRIVAL));
        Some(Opened {
            row,
            details,
            confirmed,
            parole,
        })
    }

    /// Takes an invitation by its code for `account_id`: the beneficiaries it gives (the
    /// invited person and any minors under them), none if the code is not an open invitation.
    pub async fn claim(&self, account_id: &str, typed: &str) -> Result<Vec<String>> {
        let Some(code) = domain::typed_code("TAI", typed) else {
            return Ok(vec![]);
        };
        let now = self.services.now();
        let hash = invitation_hash(&self.services.keys, &code);
        let event = AuditEvent::new(now, Action::InvitationTaken).actor(account_id);
        Ok(self
            .store
            .claim(&hash, account_id, now, Effects::audit(event))
            .await?)
    }

    /// The beneficiaries an account answers for, opened.
    pub async fn mine(&self, account_id: &str) -> Result<Vec<Opened>> {
        let rows = self.store.beneficiaries_for(account_id).await?;
        Ok(rows.into_iter().filter_map(|r| self.open(r)).collect())
    }

    /// A beneficiary the account answers for, with its case's programme.
    pub async fn beneficiary_for(
        &self,
        account_id: &str,
        id: &str,
    ) -> Result<Option<(Opened, Programme)>> {
        let Some(row) = self.store.beneficiary(id).await? else {
            return Ok(None);
        };
        if row.account_id.as_deref() != Some(account_id) {
            return Ok(None);
        }
        let Some(case) = self.store.case(&row.case_id).await? else {
            return Ok(None);
        };
        let Some(programme) = self.store.programme(&case.programme).await? else {
            return Ok(None);
        };
        Ok(self.open(row).map(|o| (o, programme)))
    }

    /// The head poses to ask a beneficiary for, bound to them (`None`: not theirs to confirm).
    pub async fn challenge(&self, account_id: &str, id: &str) -> Result<Option<Challenge>> {
        Ok(self
            .beneficiary_for(account_id, id)
            .await?
            .filter(|(o, _)| o.row.status == "invited")
            .map(|_| Challenge::issue(&self.services.keys, &bound(id), self.services.now())))
    }

    /// The beneficiary confirms: corrections, attestations, passport and a photo (the frames of
    /// a liveness challenge, or a still, which a person looks at more closely). `position` is
    /// where they are, for programmes that record it: only its country is kept. `portrait` is a
    /// picture of the passport's photo page, if sent: the live photo is compared with its face.
    /// Nothing is saved unless all is right.
    #[allow(clippy::too_many_arguments)]
    pub async fn confirm(
        &self,
        account_id: &str,
        id: &str,
        input: &ConfirmInput,
        position: Option<Position>,
        photo: &[u8],
        live: Option<(&str, Vec<Vec<u8>>)>,
        portrait: Option<&[u8]>,
    ) -> Result<ConfirmOutcome> {
        let Some((o, programme)) = self.beneficiary_for(account_id, id).await? else {
            return Ok(ConfirmOutcome::NotOpen);
        };
        if o.row.status != "invited" || self.services.now() >= o.row.respond_by {
            return Ok(ConfirmOutcome::NotOpen);
        }
        let mut confirmed = match input.parse(&o.details, &programme, self.today()) {
            Ok(c) => c,
            Err(p) => return Ok(ConfirmOutcome::Refused(p)),
        };
        if programme.records_location == 1 {
            match position {
                // At sea, or on a coast the map does not draw: kept as unknown, not refused.
                Some(p) => {
                    confirmed.country = garita_domain::world::country_at(p).map(str::to_string)
                }
                None => {
                    return Ok(ConfirmOutcome::Refused(vec![(
                        "position",
                        "ta-position-needed",
                    )]));
                }
            }
        }
        let now = self.services.now();
        let steps = live
            .as_ref()
            .map(|(token, _)| Challenge::steps(&self.services.keys, token, &bound(id), now));
        let still = live.is_none();
        let frames = live.map(|(_, f)| f);
        let settings = self.services.faces;
        let owned = photo.to_vec();
        let page = portrait.map(<[u8]>::to_vec);
        // Finding faces takes CPU: keep it off the threads that answer requests.
        let (checked, doubt, compared) = tokio::task::spawn_blocking(move || {
            let checked = garita_kernel::photos::check(&owned);
            let (doubt, described) = match (&checked.problem, steps, frames) {
                (None, Some(Some(steps)), Some(frames)) => {
                    match garita_kernel::photos::liveness(&checked, &frames, &steps, settings) {
                        Ok(first) => (None, Some(first)),
                        Err(doubt) => (Some(doubt), None),
                    }
                }
                (None, Some(None), _) => (Some(Doubt::NotOneCapture), None),
                _ => (None, None),
            };
            let compared = match (&checked.problem, page) {
                (None, Some(page)) => Some(
                    described
                        .or_else(|| checked.descriptor())
                        .zip(garita_kernel::photos::descriptor_of(&page))
                        .map_or(Portrait::Unusable, |(live, portrait)| {
                            let c = garita_faces::compare(&live, &portrait, settings);
                            Portrait::Compared {
                                distance: c.distance,
                                alike: c.alike,
                            }
                        }),
                ),
                _ => None,
            };
            (checked, doubt, compared)
        })
        .await
        .expect("the photo check does not panic");
        confirmed.portrait = compared;
        let (Some(clean), None) = (&checked.photo, checked.problem) else {
            return Ok(ConfirmOutcome::RetakePhoto(
                checked.problem.unwrap_or(PhotoProblem::NotAPhoto),
            ));
        };
        // No passport portrait to compare with: the reviewer compares, and reads why a photo
        // needs a closer look (a still, or a head that did not turn as asked).
        let check = match (still, doubt) {
            (true, _) => PhotoProblem::NotLive.code(),
            (false, Some(_)) => PhotoProblem::MoveAsAsked.code(),
            (false, None) => "passed",
        };
        let event = AuditEvent::new(now, Action::Confirmed)
            .actor(account_id)
            .subject(id)
            .detail(serde_json::json!({ "photo": check }).to_string());
        let keys = &self.services.keys;
        let done = self
            .store
            .confirm(
                id,
                &seal(keys, &confirmed, store::CONFIRMATION),
                &keys.seal(&clean.jpeg, store::PHOTO),
                check,
                now,
                Effects::audit(event),
            )
            .await?;
        Ok(if done {
            ConfirmOutcome::Confirmed {
                review: PhotoProblem::parse(check),
            }
        } else {
            ConfirmOutcome::NotOpen
        })
    }

    /// Confirmed beneficiaries awaiting a decision, with their signals (reviewers; audited by
    /// the page that shows them).
    pub async fn queue(&self) -> Result<Vec<ToDecide>> {
        let mut out = vec![];
        for row in self.store.queue().await? {
            if let Some(d) = self.to_decide(row).await? {
                out.push(d);
            }
        }
        Ok(out)
    }

    /// One beneficiary awaiting a decision, with its signals.
    pub async fn awaiting(&self, id: &str) -> Result<Option<ToDecide>> {
        match self.store.beneficiary(id).await? {
            Some(row) if row.status == "confirmed" => self.to_decide(row).await,
            _ => Ok(None),
        }
    }

    async fn to_decide(&self, row: BeneficiaryRow) -> Result<Option<ToDecide>> {
        let Some(case) = self.store.case(&row.case_id).await? else {
            return Ok(None);
        };
        let Some(programme) = self.store.programme(&case.programme).await? else {
            return Ok(None);
        };
        let since = case.created_at - self.thresholds.days * DAY;
        let count = |origin, subject: &Option<String>| {
            let subject = subject.clone();
            async move {
                match subject {
                    Some(s) => self.store.filings_from(origin, &s, since).await,
                    None => Ok(0),
                }
            }
        };
        let from_network = count(Origin::Network, &case.network).await?;
        let from_device = count(Origin::Device, &case.device).await?;
        let by_supporter = count(Origin::Supporter, &Some(case.supporter_id.clone())).await?;
        let named_by_others = self
            .store
            .named_by_others(&row.lookup, &case.supporter_id)
            .await?;
        Ok(self.open(row).map(|opened| ToDecide {
            opened,
            case,
            programme,
            from_network,
            from_device,
            by_supporter,
            named_by_others,
        }))
    }

    /// A reviewer decides a confirmed beneficiary. An authorization counts against its pool's
    /// month in the same transaction: at the cap, nothing is written.
    pub async fn decide(&self, reviewer: &str, id: &str, authorize: bool) -> Result<Decided> {
        let Some(d) = self.awaiting(id).await? else {
            return Ok(Decided::NotOpen);
        };
        let now = self.services.now();
        let grant = authorize.then(|| Grant {
            number: codes::readable("TA"),
            valid_until: now + d.programme.valid_days * DAY,
            pool: d.programme.pool.clone(),
            month: self.services.now_utc().format("%Y-%m").to_string(),
            cap: d.programme.monthly_cap,
        });
        let action = if authorize {
            Action::Authorized
        } else {
            Action::NotAuthorized
        };
        let event = AuditEvent::new(now, action).actor(reviewer).subject(id);
        let decided = BeneficiaryRow {
            status: if authorize {
                "authorized"
            } else {
                "not-authorized"
            }
            .into(),
            number: grant.as_ref().map(|g| g.number.clone()),
            valid_until: grant.as_ref().map(|g| g.valid_until),
            ..d.opened.row.clone()
        };
        let mut effects = Effects::audit(event);
        effects.messages.extend(
            self.told(messages::DECIDED, &d.case, &decided, &d.opened.details)
                .await?,
        );
        Ok(
            match self
                .store
                .decide(id, grant.as_ref(), reviewer, now, effects)
                .await?
            {
                Written::Done => match grant {
                    Some(g) => Decided::Authorized { number: g.number },
                    None => Decided::NotAuthorized,
                },
                Written::CapReached => Decided::CapReached,
                Written::NotOpen => Decided::NotOpen,
            },
        )
    }

    /// The supporter asks for the programme's extension of an authorization: `false` when the
    /// programme allows none, or it was used already.
    pub async fn extend(&self, supporter_id: &str, id: &str) -> Result<bool> {
        let Some(row) = self.store.beneficiary(id).await? else {
            return Ok(false);
        };
        let Some(case) = self.store.case(&row.case_id).await? else {
            return Ok(false);
        };
        let Some(programme) = self.store.programme(&case.programme).await? else {
            return Ok(false);
        };
        let (Some(until), true) = (row.valid_until, case.supporter_id == supporter_id) else {
            return Ok(false);
        };
        if row.status != "authorized" || row.extended >= programme.extensions {
            return Ok(false);
        }
        let now = self.services.now();
        let until = until + programme.extension_days * DAY;
        let event = AuditEvent::new(now, Action::Extended)
            .actor(supporter_id)
            .subject(id);
        let mut effects = Effects::audit(event);
        let Some(details) = self.open(row.clone()).map(|o| o.details) else {
            return Ok(false);
        };
        let extended = BeneficiaryRow {
            valid_until: Some(until),
            ..row
        };
        effects.messages.extend(
            self.told(messages::EXTENDED, &case, &extended, &details)
                .await?,
        );
        Ok(self
            .store
            .extend(id, until, programme.extensions, effects)
            .await?)
    }

    /// Expires invitations not answered in time (the supporter is told) and authorizations not
    /// used in their validity (both are told): how many.
    pub async fn expire_due(&self) -> Result<usize> {
        let now = self.services.now();
        let mut expired = 0;
        for (rows, from) in [
            (self.store.unanswered(now).await?, "invited"),
            (self.store.lapsed(now).await?, "authorized"),
        ] {
            for row in rows {
                let Some(case) = self.store.case(&row.case_id).await? else {
                    continue;
                };
                let Some(details) = self.open(row.clone()).map(|o| o.details) else {
                    continue;
                };
                let event = AuditEvent::new(now, Action::Expired)
                    .actor("travel-authorization")
                    .subject(&row.id)
                    .detail(serde_json::json!({ "was": from }).to_string());
                let gone = BeneficiaryRow {
                    status: "expired".into(),
                    ..row.clone()
                };
                let mut effects = Effects::audit(event);
                effects
                    .messages
                    .extend(self.told(messages::EXPIRED, &case, &gone, &details).await?);
                if self.store.expire(&row.id, from, now, effects).await? {
                    expired += 1;
                }
            }
        }
        Ok(expired)
    }

    /// The messages about a beneficiary's state: to the supporter, and to the beneficiary's
    /// account once they took the invitation (a minor's guardian reads it there).
    async fn told(
        &self,
        kind: &'static garita_kernel::messages::MessageKind,
        case: &CaseRow,
        row: &BeneficiaryRow,
        details: &Beneficiary,
    ) -> Result<Vec<NewMessage>> {
        let mut out = vec![];
        let recipients = [Some(case.supporter_id.as_str()), row.account_id.as_deref()];
        for (who, account_id) in ["supporter", "beneficiary"].into_iter().zip(recipients) {
            let Some(account_id) = account_id else {
                continue;
            };
            let Some(account) = self.services.store.account(account_id).await? else {
                continue;
            };
            let page = match who {
                "supporter" => format!("/travel-authorization/cases/{}", case.id),
                _ => format!("/travel-authorization/beneficiaries/{}", row.id),
            };
            let mut payload = self.services.payload_to(
                &account.email_sealed,
                account.phone_sealed.as_deref(),
                &account.locale,
                &page,
            )?;
            use messages::facts as f;
            let facts = &mut payload.facts;
            facts.insert(f::REFERENCE.into(), case.reference.clone().into());
            facts.insert(f::STATUS.into(), row.status.clone().into());
            facts.insert(f::NUMBER.into(), row.number.clone().into());
            facts.insert(f::UNTIL.into(), row.valid_until.into());
            facts.insert(f::GIVEN.into(), details.name.given.clone().into());
            out.push(self.services.message(
                kind,
                Some(account_id),
                format!("{}:{}:{}:{who}", kind.code, row.id, row.extended),
                &payload,
            ));
        }
        Ok(out)
    }

    /// Authorizations an officer finds: by number, by the QR code's text, or by name and date
    /// of birth.
    pub async fn find(&self, officer: &str, query: Query) -> Result<Vec<Opened>> {
        let rows = match &query {
            Query::Number(text) => {
                let number = crate::proofs::number(&self.services.keys, text)
                    .or_else(|| domain::typed_code("TA", text));
                match number {
                    Some(n) => self.store.by_number(&n).await?.into_iter().collect(),
                    None => vec![],
                }
            }
            Query::Person { name, birth } => {
                let key = lookup(&self.services.keys, &name.match_form(), *birth);
                self.store.by_lookup(&key).await?
            }
        };
        let now = self.services.now();
        let event = AuditEvent::new(now, Action::Searched)
            .actor(officer)
            .detail(serde_json::json!({ "found": rows.len() }).to_string());
        self.services.store.enqueue(Effects::audit(event)).await?;
        Ok(rows.into_iter().filter_map(|r| self.open(r)).collect())
    }

    /// An officer records the parole of an authorized beneficiary at the port of arrival.
    pub async fn arrive(&self, officer: &str, id: &str, parole: &Parole) -> Result<Arrived> {
        let now = self.services.now();
        let event = AuditEvent::new(now, Action::Paroled)
            .actor(officer)
            .subject(id)
            .detail(serde_json::json!({ "port": parole.port }).to_string());
        let sealed = seal(&self.services.keys, parole, store::ARRIVAL);
        Ok(
            if self
                .store
                .arrive(id, &sealed, now, Effects::audit(event))
                .await?
            {
                Arrived::Recorded
            } else {
                Arrived::NotValid
            },
        )
    }

    /// The supporter side's open review cases.
    pub async fn reviews(&self) -> Result<Vec<ReviewRow>> {
        Ok(self.store.open_reviews().await?)
    }

    /// A reviewer closes a review case once they looked.
    pub async fn close_review(&self, reviewer: &str, id: &str) -> Result<bool> {
        let now = self.services.now();
        let event = AuditEvent::new(now, Action::ReviewClosed)
            .actor(reviewer)
            .subject(id);
        Ok(self
            .store
            .close_review(id, reviewer, now, Effects::audit(event))
            .await?)
    }
}

/// What an officer looks for.
#[derive(Debug, Clone)]
pub enum Query {
    /// An authorization number, or the text of its QR code.
    Number(String),
    Person {
        name: garita_domain::travellers::PersonName,
        birth: NaiveDate,
    },
}

/// What a liveness challenge is bound to: this beneficiary's confirmation.
fn bound(id: &str) -> String {
    format!("travel-authorization/{id}")
}

fn seal(keys: &Keys, value: &impl Serialize, context: &str) -> Vec<u8> {
    keys.seal(&serde_json::to_vec(value).expect("serializes"), context)
}

/// A sealed JSON value, opened; `None` if it cannot be.
pub(crate) fn opened<T: serde::de::DeserializeOwned>(
    keys: &Keys,
    sealed: &[u8],
    context: &str,
) -> Option<T> {
    serde_json::from_slice(&keys.open(sealed, context).ok()?).ok()
}

/// The keyed hash a person is found by: name and date of birth.
pub fn lookup(keys: &Keys, name: &str, birth: NaiveDate) -> String {
    keys.lookup("ta-person", &format!("{name}|{birth}"))
}

fn invitation_hash(keys: &Keys, code: &str) -> String {
    keys.lookup("ta-invitation", code)
}

/// Job kinds: the recurring look at what expires.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<ExpireDue>().planner::<Services>(plan)
}

fn plan(services: &Services) -> Vec<garita_store::jobs::NewJob> {
    vec![new_job(&ExpireDue {}, services.now())]
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpireDue {}

impl BackgroundJob for ExpireDue {
    const KIND: &'static str = "travel-authorization.expire";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        let expired = TravelAuthorization::on(services).expire_due().await?;
        if expired > 0 {
            tracing::info!(expired, "travel authorizations expired");
        }
        Ok(Outcome::Again {
            at: services.now() + EXPIRY_EVERY,
        })
    }
}

/// Its part of a person's signed record: a supporter's filings (reference, programme, each
/// beneficiary's state), and what the beneficiary's own account holds (states, numbers, until
/// when, the parole recorded at arrival); names are left out (the record may be shown).
struct People(Arc<dyn TravelStore>, Arc<Keys>);

pub fn people(db: &garita_store::Db, keys: &Arc<Keys>) -> Arc<dyn PersonParts> {
    Arc::new(People(store::on(db), keys.clone()))
}

fn state_of(b: &BeneficiaryRow) -> serde_json::Value {
    serde_json::json!({
        "status": b.status, "number": b.number, "valid_until": b.valid_until,
        "extended": b.extended, "decided_at": b.decided_at, "arrived_at": b.arrived_at,
    })
}

#[async_trait::async_trait]
impl PersonParts for People {
    async fn fixes_travellers(&self, _: &str) -> std::result::Result<bool, StoreError> {
        Ok(false)
    }

    async fn paroled_between(
        &self,
        port: &str,
        from: i64,
        to: i64,
    ) -> std::result::Result<Vec<String>, StoreError> {
        let mut accounts = vec![];
        for b in self.0.arrived_between(from, to).await? {
            let at_port = b
                .arrival_sealed
                .as_deref()
                .and_then(|s| opened::<Parole>(&self.1, s, store::ARRIVAL))
                .is_some_and(|p| port.is_empty() || p.port.eq_ignore_ascii_case(port));
            if let Some(account) = b.account_id.filter(|_| at_port) {
                accounts.push(account);
            }
        }
        Ok(accounts)
    }

    async fn arrivals(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> std::result::Result<Vec<Arrival>, StoreError> {
        let mut arrivals = vec![];
        for b in self.0.beneficiaries_for(account_id).await? {
            let (Some(at), Some(sealed)) = (b.arrived_at, &b.arrival_sealed) else {
                continue;
            };
            let Some(parole) = opened::<Parole>(&self.1, sealed, store::ARRIVAL) else {
                continue;
            };
            let details: Option<Beneficiary> = opened(&self.1, &b.details_sealed, store::DETAILS);
            arrivals.push(Arrival {
                at,
                port: parole.port.clone(),
                traveller_id: None,
                name: details.map(|d| format!("{} {}", d.name.given, d.name.family)),
                decided: ArrivalDecision::Paroled {
                    until: parole.until,
                    admission_number: Some(parole.admission_number.to_string()),
                },
            });
        }
        Ok(arrivals)
    }

    async fn record(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> std::result::Result<serde_json::Map<String, serde_json::Value>, StoreError> {
        let mut filed = vec![];
        for c in self.0.cases_of(account_id).await? {
            let beneficiaries: Vec<_> = self
                .0
                .beneficiaries_of(&c.id)
                .await?
                .iter()
                .map(state_of)
                .collect();
            filed.push(serde_json::json!({
                "reference": c.reference, "programme": c.programme, "filed_at": c.created_at,
                "beneficiaries": beneficiaries,
            }));
        }
        let mine: Vec<_> = self
            .0
            .beneficiaries_for(account_id)
            .await?
            .iter()
            .map(state_of)
            .collect();
        let mut part = serde_json::Map::new();
        if !filed.is_empty() {
            part.insert("travel_authorization_filed".into(), filed.into());
        }
        if !mine.is_empty() {
            part.insert("travel_authorizations".into(), mine.into());
        }
        Ok(part)
    }
}
