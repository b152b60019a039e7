//! Registrations: a group of 1 to 10 travellers going to one U.S. address.
//!
//! - Correcting anything keeps the registration's creation date, its seniority with services
//!   that rank by it.
//! - Every save is a version: who, when, and each changed field with its old and new value
//!   (sealed), which the applicant can read back.
//! - A traveller already in another active registration (same document, or same name, date and
//!   country of birth) is refused with a neutral answer; the applicant may ask for a review.
//! - Many registrations at one address open a case for a person to review. Nothing is deleted.

use crate::{Result, Services};
use garita_domain::travellers::{
    Country, DateOfBirth, Document, EyeColour, Gender, Height, MAX_TRAVELLERS, MaritalStatus,
    PHOTO_AGE, PersonName, UsAddress, Weight,
};
use garita_domain::{AuditAction, AuditEvent, Email, PhoneNumber};
use garita_security::codes;
use garita_store::records::{Account, Effects};
use garita_store::registrations::{
    IntegrityCase, RegistrationRow, SaveRegistration, Saved, TravellerRow, VersionRow,
};
use serde::{Deserialize, Serialize};

/// The default for `Services::address_threshold`: above this many active registrations at one
/// address, a case opens for review (setting `address_cluster_threshold`).
pub const ADDRESS_THRESHOLD: i64 = 5;

pub(crate) const NAME: &str = "travellers.name";
const BIRTH: &str = "travellers.birth-date";
const DOCUMENT: &str = "travellers.document";
const CONTACT: &str = "travellers.contact";
const DETAILS: &str = "travellers.details";
const ADDRESS: &str = "registrations.address";
const CHANGES: &str = "registrations.changes";
const IDENTITY_PROPOSAL: &str = "registrations.identity-proposal";

/// Who a traveller would become: the change a reviewer accepts or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityProposal {
    pub name: PersonName,
    pub birth_date: DateOfBirth,
    pub document: Option<Document>,
}

/// Contact details of one traveller.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Everything about a traveller that is not sealed on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    pub birth_country: Country,
    pub birth_city: String,
    pub residence: Country,
    pub nationality: Country,
    pub gender: Gender,
    pub language: String,
    pub height: Height,
    pub weight: Weight,
    pub eyes: EyeColour,
    pub home_address: String,
    pub travel_history: String,
    pub work: String,
    pub emergency_contact: String,
    pub family: String,
    pub marital: Option<MaritalStatus>,
}

/// One traveller, valid in every field. `id` is `None` for someone new to the group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traveller {
    pub id: Option<String>,
    pub name: PersonName,
    pub birth_date: DateOfBirth,
    pub document: Option<Document>,
    pub phone: Option<PhoneNumber>,
    pub email: Option<Email>,
    pub details: Details,
}

impl Traveller {
    fn contact(&self) -> Contact {
        Contact {
            phone: self.phone.as_ref().map(|p| p.as_str().to_string()),
            email: self.email.as_ref().map(|e| e.as_str().to_string()),
        }
    }
}

/// A registration as its owner sees it, unsealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Registration {
    pub id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
    pub address: UsAddress,
    pub travellers: Vec<StoredTraveller>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredTraveller {
    pub id: String,
    pub name: PersonName,
    pub birth_date: DateOfBirth,
    pub document: Option<Document>,
    pub contact: Contact,
    pub details: Details,
    /// 14 or over: a photo and their own confirmation are needed.
    pub needs_photo: bool,
    /// When this traveller joined the group.
    pub added_at: i64,
}

impl StoredTraveller {
    /// The traveller as input again (to save the group with one of them changed).
    pub fn as_input(&self) -> Traveller {
        Traveller {
            id: Some(self.id.clone()),
            name: self.name.clone(),
            birth_date: self.birth_date,
            document: self.document.clone(),
            phone: self
                .contact
                .phone
                .as_deref()
                .and_then(|p| PhoneNumber::parse(p).ok()),
            email: self
                .contact
                .email
                .as_deref()
                .and_then(|e| Email::parse(e).ok()),
            details: self.details.clone(),
        }
    }
}

/// One changed field, as the applicant sees it in their history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The traveller's id, or `group` for the address.
    pub traveller: String,
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub version: i64,
    pub at: i64,
    pub actor: String,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    Saved {
        version: i64,
        created_at: i64,
    },
    /// This traveller (position from 0) is already in another registration.
    AlreadyRegistered {
        position: usize,
    },
    /// The registration changed since it was shown; show it again and redo the change.
    Stale,
    /// Zero travellers, or more than ten.
    GroupSize,
    /// The traveller at this position is one listed before it in the same group: the same
    /// person (name, date and country of birth) or the same document.
    Duplicate {
        position: usize,
        error: garita_domain::InputError,
    },
    /// A traveller id that is not one of this registration's (ids are Garita's to give).
    UnknownTraveller,
    /// A service holds who travels fixed (`PersonParts::fixes_travellers`) until what it holds
    /// for the group ends. `key` says what was refused (adding someone, or turning one person into another).
    Fixed {
        position: usize,
        key: &'static str,
    },
}

impl Services {
    /// The keyed hash that recognises one person: name, date and country of birth.
    fn person_key(
        &self,
        name: &PersonName,
        birth_date: DateOfBirth,
        birth_country: &Country,
    ) -> String {
        let person = format!(
            "{}|{}|{}",
            name.match_form(),
            birth_date.date(),
            birth_country.code()
        );
        self.keys.lookup("person", &person)
    }

    fn identity_keys(&self, t: &Traveller) -> (String, Option<String>) {
        (
            self.person_key(&t.name, t.birth_date, &t.details.birth_country),
            t.document
                .as_ref()
                .map(|d| self.keys.lookup("document", &d.match_form())),
        )
    }

    /// While a service holds who travels fixed (what a group won stays with the people who won
    /// it), nobody is added and nobody becomes somebody else (name and date of birth both
    /// changed, or the document changed). Removing someone and correcting details stay allowed.
    async fn who_travels_is_fixed(
        &self,
        before: &Registration,
        travellers: &[Traveller],
        reviewed: Option<&str>,
    ) -> Result<Option<SaveOutcome>> {
        let mut locked = false;
        for part in &self.people {
            locked = locked || part.fixes_travellers(&before.id).await?;
        }
        if !locked {
            return Ok(None);
        }
        for (position, t) in travellers.iter().enumerate() {
            let Some(was) = before
                .travellers
                .iter()
                .find(|s| Some(&s.id) == t.id.as_ref())
            else {
                let key = "registration-travellers-fixed";
                return Ok(Some(SaveOutcome::Fixed { position, key }));
            };
            let other_person = (was.name != t.name && was.birth_date != t.birth_date)
                || was.document != t.document;
            if other_person && reviewed != Some(was.id.as_str()) {
                let key = "registration-identity-fixed";
                return Ok(Some(SaveOutcome::Fixed { position, key }));
            }
        }
        Ok(None)
    }

    /// Saves an account's registration whole: new (`expected_version` 0) or a correction of the
    /// version the person last saw. `actor` is the applicant or the helper acting for them.
    #[tracing::instrument(skip_all)]
    pub async fn save_registration(
        &self,
        actor: &Account,
        account_id: &str,
        address: UsAddress,
        travellers: Vec<Traveller>,
        expected_version: i64,
    ) -> Result<SaveOutcome> {
        self.save_registration_reviewed(
            actor,
            account_id,
            address,
            travellers,
            expected_version,
            None,
        )
        .await
    }

    /// `save_registration`, with the traveller `reviewed` allowed to become another person
    /// while the group is fixed (a reviewer accepted it: `accept_identity_change`).
    async fn save_registration_reviewed(
        &self,
        actor: &Account,
        account_id: &str,
        address: UsAddress,
        travellers: Vec<Traveller>,
        expected_version: i64,
        reviewed: Option<&str>,
    ) -> Result<SaveOutcome> {
        if travellers.is_empty() || travellers.len() > MAX_TRAVELLERS {
            return Ok(SaveOutcome::GroupSize);
        }
        let now = self.now();
        let before = self.registration(account_id).await?;
        if before.as_ref().map_or(0, |r| r.version) != expected_version {
            return Ok(SaveOutcome::Stale);
        }
        let id = before.as_ref().map_or_else(codes::id, |r| r.id.clone());
        let known = |tid: &str| {
            before
                .as_ref()
                .is_some_and(|r| r.travellers.iter().any(|s| s.id == tid))
        };
        if travellers
            .iter()
            .any(|t| t.id.as_deref().is_some_and(|tid| !known(tid)))
        {
            return Ok(SaveOutcome::UnknownTraveller);
        }
        let keys: Vec<(String, Option<String>)> =
            travellers.iter().map(|t| self.identity_keys(t)).collect();
        for (position, (person, document)) in keys.iter().enumerate() {
            let earlier = &keys[..position];
            let same_id = travellers[position].id.is_some()
                && travellers[..position]
                    .iter()
                    .any(|t| t.id == travellers[position].id);
            let error = if same_id || earlier.iter().any(|(p, _)| p == person) {
                Some(garita_domain::InputError::SamePersonTwice)
            } else if document.is_some() && earlier.iter().any(|(_, d)| d == document) {
                Some(garita_domain::InputError::SameDocumentTwice)
            } else {
                None
            };
            if let Some(error) = error {
                return Ok(SaveOutcome::Duplicate { position, error });
            }
        }
        if let Some(before) = &before
            && let Some(refused) = self
                .who_travels_is_fixed(before, &travellers, reviewed)
                .await?
        {
            return Ok(refused);
        }
        let mut rows = Vec::with_capacity(travellers.len());
        let mut after = Vec::with_capacity(travellers.len());
        for (position, (t, keys)) in travellers.iter().zip(keys).enumerate() {
            let traveller_id = t.id.clone().unwrap_or_else(codes::id);
            let added_at = before
                .as_ref()
                .and_then(|r| r.travellers.iter().find(|s| s.id == traveller_id))
                .map_or(now, |s| s.added_at);
            let (row, stored) =
                self.traveller_row(&id, traveller_id, position, t, keys, added_at, now);
            rows.push(row);
            after.push(stored);
        }
        let changes = diff(before.as_ref(), &address, &after);
        let version = expected_version + 1;
        let address_key = self.keys.lookup("address", &address.match_form());
        let save = SaveRegistration {
            registration: RegistrationRow {
                id: id.clone(),
                account_id: account_id.to_string(),
                created_at: now,
                updated_at: now,
                version,
                status: "active".into(),
                address_sealed: self.seal_json(&address, ADDRESS),
                address_key: address_key.clone(),
            },
            travellers: rows,
            version: VersionRow {
                version,
                at: now,
                actor: actor.id.clone(),
                changes_sealed: self.seal_json(&changes, CHANGES),
            },
            address_threshold: self.address_threshold,
            address_case: IntegrityCase {
                id: codes::id(),
                kind: "address-cluster".into(),
                dedup_key: format!("address-cluster:{address_key}"),
                subject: address_key,
                detail: format!("{{\"more_than\":{}}}", self.address_threshold),
                status: "open".into(),
                opened_at: now,
            },
        };
        let event = AuditEvent::new(now, AuditAction::RegistrationSaved)
            .actor(&actor.id)
            .subject(account_id)
            .detail(format!(
                "{{\"registration\":\"{id}\",\"version\":{version},\"travellers\":{}}}",
                travellers.len()
            ));
        Ok(
            match self
                .store
                .save_registration(save, Effects::audit(event))
                .await?
            {
                Saved::Saved {
                    version,
                    created_at,
                } => SaveOutcome::Saved {
                    version,
                    created_at,
                },
                Saved::AlreadyRegistered { position } => SaveOutcome::AlreadyRegistered {
                    position: position as usize,
                },
                Saved::Stale => SaveOutcome::Stale,
            },
        )
    }

    /// A traveller's stored row (sealed, with its identity keys) and what it says, unsealed.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn traveller_row(
        &self,
        registration_id: &str,
        id: String,
        position: usize,
        t: &Traveller,
        (person_key, document_key): (String, Option<String>),
        added_at: i64,
        now: i64,
    ) -> (TravellerRow, StoredTraveller) {
        let today = chrono::DateTime::from_timestamp_millis(now)
            .map(|d| d.date_naive())
            .unwrap_or_default();
        let needs_photo = t.birth_date.age_on(today) >= PHOTO_AGE;
        let row = TravellerRow {
            id: id.clone(),
            registration_id: registration_id.to_string(),
            position: position as i64,
            name_sealed: self.seal_json(&t.name, NAME),
            birth_date_sealed: self.seal_json(&t.birth_date, BIRTH),
            document_sealed: t.document.as_ref().map(|d| self.seal_json(d, DOCUMENT)),
            contact_sealed: (t.phone.is_some() || t.email.is_some())
                .then(|| self.seal_json(&t.contact(), CONTACT)),
            details_sealed: self.seal_json(&t.details, DETAILS),
            person_key,
            document_key,
            age_band: if needs_photo { "photo" } else { "child" }.into(),
            created_at: added_at,
            updated_at: now,
        };
        let stored = StoredTraveller {
            id,
            name: t.name.clone(),
            birth_date: t.birth_date,
            document: t.document.clone(),
            contact: t.contact(),
            details: t.details.clone(),
            needs_photo,
            added_at,
        };
        (row, stored)
    }

    /// The rows of an account's first registration, saved by the account itself, without the
    /// checks `save_registration` makes (made-up applicants: `synthetic.rs`).
    pub(crate) fn first_registration_rows(
        &self,
        account_id: &str,
        address: &UsAddress,
        travellers: &[Traveller],
        now: i64,
    ) -> (RegistrationRow, Vec<TravellerRow>, VersionRow) {
        let id = codes::id();
        let (rows, after): (Vec<_>, Vec<_>) = travellers
            .iter()
            .enumerate()
            .map(|(position, t)| {
                let keys = self.identity_keys(t);
                self.traveller_row(&id, codes::id(), position, t, keys, now, now)
            })
            .unzip();
        let registration = RegistrationRow {
            id,
            account_id: account_id.to_string(),
            created_at: now,
            updated_at: now,
            version: 1,
            status: "active".into(),
            address_sealed: self.seal_json(address, ADDRESS),
            address_key: self.keys.lookup("address", &address.match_form()),
        };
        let version = VersionRow {
            version: 1,
            at: now,
            actor: account_id.to_string(),
            changes_sealed: self.seal_json(&diff(None, address, &after), CHANGES),
        };
        (registration, rows, version)
    }

    /// The account's registration, unsealed, or `None`.
    #[tracing::instrument(skip_all)]
    pub async fn registration(&self, account_id: &str) -> Result<Option<Registration>> {
        let Some((r, travellers)) = self.store.registration_of(account_id).await? else {
            return Ok(None);
        };
        let travellers = travellers
            .iter()
            .map(|t| {
                Ok(StoredTraveller {
                    id: t.id.clone(),
                    name: self.open_json(&t.name_sealed, NAME)?,
                    birth_date: self.open_json(&t.birth_date_sealed, BIRTH)?,
                    document: t
                        .document_sealed
                        .as_ref()
                        .map(|d| self.open_json(d, DOCUMENT))
                        .transpose()?,
                    contact: t
                        .contact_sealed
                        .as_ref()
                        .map(|c| self.open_json(c, CONTACT))
                        .transpose()?
                        .unwrap_or_default(),
                    details: self.open_json(&t.details_sealed, DETAILS)?,
                    needs_photo: t.age_band == "photo",
                    added_at: t.created_at,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(Registration {
            id: r.id,
            created_at: r.created_at,
            updated_at: r.updated_at,
            version: r.version,
            address: self.open_json(&r.address_sealed, ADDRESS)?,
            travellers,
        }))
    }

    /// Every version of the account's registration, oldest first.
    #[tracing::instrument(skip_all)]
    pub async fn registration_history(&self, account_id: &str) -> Result<Vec<Version>> {
        let Some((r, _)) = self.store.registration_of(account_id).await? else {
            return Ok(vec![]);
        };
        self.store
            .registration_versions(&r.id)
            .await?
            .into_iter()
            .map(|v| {
                Ok(Version {
                    version: v.version,
                    at: v.at,
                    actor: v.actor,
                    changes: self.open_json(&v.changes_sealed, CHANGES)?,
                })
            })
            .collect()
    }

    /// The applicant asks a person to look at a refusal ("already registered") of the person
    /// with this name, date and country of birth (and document, if one was typed). They are
    /// told the case opened.
    #[tracing::instrument(skip_all)]
    pub async fn request_review(
        &self,
        account_id: &str,
        name: &PersonName,
        birth_date: DateOfBirth,
        birth_country: &Country,
        document: Option<&Document>,
    ) -> Result<()> {
        let now = self.now();
        let person_key = self.person_key(name, birth_date, birth_country);
        let document_key = document.map(|d| self.keys.lookup("document", &d.match_form()));
        let dedup_key = format!("already-registered:{account_id}:{person_key}");
        let case = IntegrityCase {
            id: codes::id(),
            kind: "already-registered".into(),
            dedup_key: dedup_key.clone(),
            subject: account_id.to_string(),
            detail: serde_json::json!({
                "person_key": person_key,
                "document_key": document_key,
            })
            .to_string(),
            status: "open".into(),
            opened_at: now,
        };
        let mut effects =
            Effects::audit(AuditEvent::new(now, AuditAction::ReviewRequested).actor(account_id));
        if let Some(message) = self
            .case_message(
                &case_row(&case),
                crate::cases::CASE_OPENED,
                None,
                format!("case-opened:{dedup_key}"),
            )
            .await?
        {
            effects = effects.and_message(message);
        }
        Ok(self.store.open_case(case, effects).await?)
    }

    /// The person asks a reviewer to accept a change that would make a traveller someone else
    /// while the group is fixed (`who_travels_is_fixed`). `Ok(false)` if the traveller is not
    /// the registration's, or the same change waits already.
    #[tracing::instrument(skip_all)]
    pub async fn request_identity_review(
        &self,
        actor: &Account,
        account_id: &str,
        traveller_id: &str,
        proposal: &IdentityProposal,
    ) -> Result<bool> {
        let Some(registration) = self.registration(account_id).await? else {
            return Ok(false);
        };
        if !registration.travellers.iter().any(|t| t.id == traveller_id) {
            return Ok(false);
        }
        let now = self.now();
        let sealed = self.seal_json(proposal, IDENTITY_PROPOSAL);
        let fingerprint = self.keys.lookup(
            "identity-proposal",
            &serde_json::to_string(proposal).expect("proposals serialize"),
        );
        let case = IntegrityCase {
            id: codes::id(),
            kind: "identity-change".into(),
            dedup_key: format!(
                "identity-change:{traveller_id}:{}:{fingerprint}",
                registration.version
            ),
            subject: account_id.to_string(),
            // The version the change was asked against: accepted only while it is still current.
            detail: serde_json::json!({
                "traveller": traveller_id,
                "version": registration.version,
            })
            .to_string(),
            status: "open".into(),
            opened_at: now,
        };
        let event = AuditEvent::new(now, AuditAction::ReviewRequested)
            .actor(&actor.id)
            .subject(account_id)
            .detail(format!("{{\"identity_change\":\"{traveller_id}\"}}"));
        let mut effects = Effects::audit(event);
        let dedup = format!("case-opened:{}", case.dedup_key);
        if let Some(message) = self
            .case_message(&case_row(&case), crate::cases::CASE_OPENED, None, dedup)
            .await?
        {
            effects = effects.and_message(message);
        }
        Ok(self
            .store
            .open_identity_case(case, traveller_id, sealed, effects)
            .await?)
    }

    /// An identity case's traveller as stored and as proposed, for a reviewer (audited: the
    /// reviewer sees personal data). `None` if the case or the traveller is gone.
    #[tracing::instrument(skip_all)]
    pub async fn identity_change(
        &self,
        reviewer: &Account,
        case: &IntegrityCase,
    ) -> Result<Option<(StoredTraveller, IdentityProposal)>> {
        let Some((traveller_id, sealed)) = self.store.identity_proposal(&case.id).await? else {
            return Ok(None);
        };
        let Some(registration) = self.registration(&case.subject).await? else {
            return Ok(None);
        };
        let Some(now) = registration
            .travellers
            .into_iter()
            .find(|t| t.id == traveller_id)
        else {
            return Ok(None);
        };
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedRegistration)
            .actor(&reviewer.id)
            .subject(&case.subject)
            .detail(format!("{{\"case\":\"{}\"}}", case.id));
        self.store.append_audit(vec![event]).await?;
        Ok(Some((now, self.open_json(&sealed, IDENTITY_PROPOSAL)?)))
    }

    /// A reviewer accepts an identity change: the traveller becomes the proposed person (a new
    /// version written by the reviewer, audited) and the case closes. `Ok(false)` if the case
    /// is not an open identity case, or the registration changed so that it no longer applies.
    #[tracing::instrument(skip_all)]
    pub async fn accept_identity_change(&self, reviewer: &Account, case_id: &str) -> Result<bool> {
        let Some(case) = self
            .store
            .open_cases()
            .await?
            .into_iter()
            .find(|c| c.id == case_id && c.kind == "identity-change")
        else {
            return Ok(false);
        };
        let Some((traveller_id, sealed)) = self.store.identity_proposal(case_id).await? else {
            return Ok(false);
        };
        let proposal: IdentityProposal = self.open_json(&sealed, IDENTITY_PROPOSAL)?;
        let Some(registration) = self.registration(&case.subject).await? else {
            return Ok(false);
        };
        // Changed since the person asked: the proposal may undo a later correction.
        let asked_on = serde_json::from_str::<serde_json::Value>(&case.detail)
            .ok()
            .and_then(|d| d["version"].as_i64());
        if asked_on != Some(registration.version) {
            return Ok(false);
        }
        let travellers: Vec<Traveller> = registration
            .travellers
            .iter()
            .map(|t| {
                let mut input = t.as_input();
                if t.id == traveller_id {
                    input.name = proposal.name.clone();
                    input.birth_date = proposal.birth_date;
                    input.document = proposal.document.clone();
                }
                input
            })
            .collect();
        let saved = self
            .save_registration_reviewed(
                reviewer,
                &case.subject,
                registration.address.clone(),
                travellers,
                registration.version,
                Some(&traveller_id),
            )
            .await?;
        if !matches!(saved, SaveOutcome::Saved { .. }) {
            return Ok(false);
        }
        // The photo was of the person the traveller was: the new one needs their own.
        let forgotten = AuditEvent::new(self.now(), AuditAction::PhotoReviewed)
            .actor(&reviewer.id)
            .detail(format!(
                "{{\"traveller\":\"{traveller_id}\",\"decision\":\"identity-changed\"}}"
            ));
        self.store
            .forget_photo(&traveller_id, self.now(), Effects::audit(forgotten))
            .await?;
        let event = AuditEvent::new(self.now(), AuditAction::CaseClosed)
            .actor(&reviewer.id)
            .subject(&case.subject)
            .detail(format!(
                "{{\"case\":\"{case_id}\",\"decision\":\"identity-change-accepted\"}}"
            ));
        Ok(self
            .store
            .close_case(case_id, self.now(), Effects::audit(event))
            .await?)
    }

    fn seal_json<T: Serialize>(&self, value: &T, context: &str) -> Vec<u8> {
        let json = serde_json::to_vec(value).expect("domain values serialize");
        self.keys.seal(&json, context)
    }

    /// A sealed JSON value opened and read (a traveller's details, a document).
    pub fn open_json<T: for<'de> Deserialize<'de>>(
        &self,
        sealed: &[u8],
        context: &str,
    ) -> Result<T> {
        let json = self.keys.open(sealed, context)?;
        serde_json::from_slice(&json)
            .map_err(|_| crate::ServiceError::Keys(garita_security::KeyError::CannotOpen))
    }
}

/// Field-by-field changes from the stored registration to the new one.
fn diff(
    before: Option<&Registration>,
    address: &UsAddress,
    after: &[StoredTraveller],
) -> Vec<Change> {
    fn fields<T: Serialize>(value: &T) -> Vec<(String, String)> {
        let json = serde_json::to_value(value).unwrap_or_default();
        let mut out = vec![];
        flatten("address", &json, &mut out);
        out
    }
    fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let key = format!("{prefix}.{k}");
                    flatten(&key, v, out);
                }
            }
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => out.push((prefix.to_string(), s.clone())),
            other => out.push((prefix.to_string(), other.to_string())),
        }
    }
    fn compare(
        traveller: &str,
        old: Vec<(String, String)>,
        new: Vec<(String, String)>,
        out: &mut Vec<Change>,
    ) {
        let mut names: Vec<&String> = old.iter().chain(new.iter()).map(|(k, _)| k).collect();
        names.sort();
        names.dedup();
        for name in names {
            let get = |list: &Vec<(String, String)>| {
                list.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
            };
            let (b, a) = (get(&old), get(&new));
            if b != a {
                out.push(Change {
                    traveller: traveller.to_string(),
                    field: name.clone(),
                    before: b,
                    after: a,
                });
            }
        }
    }
    let mut out = vec![];
    compare(
        "group",
        before.map(|r| fields(&r.address)).unwrap_or_default(),
        fields(address),
        &mut out,
    );
    // Each field a person typed, named like `name.given` or `details.height`. (`added_at` and
    // `needs_photo` follow from the rest: they are not changes a person made.)
    let visible = |t: &StoredTraveller| {
        let mut f = vec![];
        let parts = [
            ("name", serde_json::to_value(&t.name)),
            ("birth_date", serde_json::to_value(t.birth_date)),
            ("document", serde_json::to_value(&t.document)),
            ("contact", serde_json::to_value(&t.contact)),
            ("details", serde_json::to_value(&t.details)),
        ];
        for (prefix, value) in parts {
            flatten(prefix, &value.unwrap_or_default(), &mut f);
        }
        f
    };
    for t in after {
        let old = before
            .and_then(|r| r.travellers.iter().find(|o| o.id == t.id))
            .map(visible)
            .unwrap_or_default();
        compare(&t.id, old, visible(t), &mut out);
    }
    if let Some(before) = before {
        for gone in before
            .travellers
            .iter()
            .filter(|o| after.iter().all(|t| t.id != o.id))
        {
            compare(&gone.id, visible(gone), vec![], &mut out);
        }
    }
    out
}

/// After this many refused photos, the next refused one goes to a person instead.
pub const PHOTO_TRIES: i64 = 3;
const PHOTO: &str = "photos.jpeg";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoOutcome {
    Accepted,
    /// The automatic check could not use it; `tries_left` before a person looks instead.
    TryAgain {
        problem: crate::photos::PhotoProblem,
        tries_left: i64,
    },
    /// A person will look at it; the registration carries on.
    SentToReview,
}

/// Where a traveller's photo stands, for the summary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoStatus {
    Missing,
    Accepted,
    InReview,
}

impl Services {
    /// A photo for a traveller of the account's registration (`None` if there is no such
    /// traveller). Checked automatically; after three refusals it goes to a person.
    #[tracing::instrument(skip_all)]
    pub async fn submit_photo(
        &self,
        actor: &Account,
        account_id: &str,
        traveller_id: &str,
        bytes: &[u8],
    ) -> Result<Option<PhotoOutcome>> {
        let Some((registration, travellers)) = self.store.registration_of(account_id).await? else {
            return Ok(None);
        };
        if travellers.iter().all(|t| t.id != traveller_id) {
            return Ok(None);
        }
        // Face detection takes a moment of CPU: keep it off the threads that answer requests.
        let owned = bytes.to_vec();
        let checked = tokio::task::spawn_blocking(move || crate::photos::check(&owned))
            .await
            .expect("the photo check does not panic");
        let now = self.now();
        let previous = self.store.photo(traveller_id).await?;
        let failed = previous.as_ref().map_or(0, |p| p.failed_attempts);
        let mut row = previous.unwrap_or(garita_store::registrations::PhotoRow {
            traveller_id: traveller_id.to_string(),
            registration_id: registration.id.clone(),
            photo_sealed: None,
            status: "missing".into(),
            problem: None,
            failed_attempts: 0,
            updated_at: now,
        });
        row.updated_at = now;
        let sealed = checked
            .photo
            .as_ref()
            .map(|p| self.keys.seal(&p.jpeg, PHOTO));
        let outcome = match (checked.problem, sealed) {
            (None, Some(sealed)) => {
                row.photo_sealed = Some(sealed);
                row.status = "accepted".into();
                row.problem = None;
                row.failed_attempts = 0;
                PhotoOutcome::Accepted
            }
            // Not a picture at all: ask again; there is nothing a person could review.
            (Some(problem), None) | (Some(problem @ crate::photos::PhotoProblem::NotAPhoto), _) => {
                return Ok(Some(PhotoOutcome::TryAgain {
                    problem,
                    tries_left: PHOTO_TRIES - failed,
                }));
            }
            (Some(problem), Some(sealed)) if failed + 1 >= PHOTO_TRIES => {
                row.photo_sealed = Some(sealed);
                row.status = "review".into();
                row.problem = Some(problem.code().into());
                row.failed_attempts = failed + 1;
                PhotoOutcome::SentToReview
            }
            (Some(problem), Some(_)) => {
                row.problem = Some(problem.code().into());
                row.failed_attempts = failed + 1;
                PhotoOutcome::TryAgain {
                    problem,
                    tries_left: PHOTO_TRIES - failed - 1,
                }
            }
            (None, None) => {
                return Ok(Some(PhotoOutcome::TryAgain {
                    problem: crate::photos::PhotoProblem::NotAPhoto,
                    tries_left: PHOTO_TRIES - failed,
                }));
            }
        };
        let event = AuditEvent::new(now, AuditAction::PhotoSubmitted)
            .actor(&actor.id)
            .subject(account_id)
            .detail(format!(
                "{{\"traveller\":\"{traveller_id}\",\"status\":\"{}\",\"problem\":{}}}",
                row.status,
                row.problem
                    .as_deref()
                    .map_or("null".into(), |p| format!("\"{p}\""))
            ));
        self.store.record_photo(row, Effects::audit(event)).await?;
        Ok(Some(outcome))
    }

    /// The photo status of every traveller of a registration who needs one.
    #[tracing::instrument(skip_all)]
    pub async fn photo_statuses(
        &self,
        registration: &Registration,
    ) -> Result<Vec<(String, PhotoStatus)>> {
        let rows = self.store.photos_of(&registration.id).await?;
        Ok(registration
            .travellers
            .iter()
            .filter(|t| t.needs_photo)
            .map(|t| {
                let status = match rows
                    .iter()
                    .find(|p| p.traveller_id == t.id)
                    .map(|p| p.status.as_str())
                {
                    Some("accepted") => PhotoStatus::Accepted,
                    Some("review") => PhotoStatus::InReview,
                    _ => PhotoStatus::Missing,
                };
                (t.id.clone(), status)
            })
            .collect())
    }

    /// The stored photo of a traveller of the account's registration, as JPEG, for its owner.
    #[tracing::instrument(skip_all)]
    pub async fn own_photo(&self, account_id: &str, traveller_id: &str) -> Result<Option<Vec<u8>>> {
        let Some((registration, _)) = self.store.registration_of(account_id).await? else {
            return Ok(None);
        };
        match self.store.photo(traveller_id).await? {
            Some(p) if p.registration_id == registration.id => match p.photo_sealed {
                Some(sealed) => Ok(Some(self.keys.open(&sealed, PHOTO)?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
}

/// A case about to be opened, as a stored one reads (nothing decided yet).
fn case_row(case: &IntegrityCase) -> garita_store::registrations::CaseRow {
    garita_store::registrations::CaseRow {
        id: case.id.clone(),
        kind: case.kind.clone(),
        subject: case.subject.clone(),
        detail: case.detail.clone(),
        status: case.status.clone(),
        opened_at: case.opened_at,
        closed_at: None,
        decision: None,
        decided_by: None,
        reason_sealed: None,
        appeal_sealed: None,
        appealed_at: None,
        appeal_decision: None,
        appeal_decided_by: None,
        appeal_reason_sealed: None,
        appeal_decided_at: None,
    }
}
