//! Integrity cases decided by a person. A reviewer sees the evidence (what matched, when each
//! registration was made, masked names, the size of an address cluster) and decides with a
//! reason; the person the case is about is told in neutral words when it opens and when it is
//! decided, and may appeal once with a statement, which a different reviewer decides.
//!
//! "Already registered": the same person (the earlier registration keeps its place, or the
//! applicant's does and the other is withdrawn with a kind message), different people (the
//! duplicate check stops refusing them), or no action.

use crate::messages::{Keys, Length, MessageKind, Payload};
use crate::{Result, Services};
use garita_domain::travellers::PersonName;
use garita_domain::{AuditAction, AuditEvent};
use garita_i18n::Value;
use garita_store::records::{Account, Effects};
use garita_store::registrations::{CaseRow, CaseVerdict};

const REASON: &str = "cases.reason";
const APPEAL: &str = "cases.appeal";
/// The longest statement or reason kept (characters).
pub const STATEMENT_LIMIT: usize = 2000;

/// What a reviewer decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseDecision {
    /// The same person: the earlier registration keeps its place; the applicant's stays refused.
    SamePersonEarlierKeeps,
    /// The same person: the applicant's registration keeps it; the other is withdrawn.
    SamePersonApplicantKeeps,
    /// Different people: the duplicate check no longer refuses the applicant's traveller.
    DifferentPeople,
    NoAction,
}

impl CaseDecision {
    pub const ALL: [CaseDecision; 4] = [
        CaseDecision::DifferentPeople,
        CaseDecision::SamePersonEarlierKeeps,
        CaseDecision::SamePersonApplicantKeeps,
        CaseDecision::NoAction,
    ];

    /// The stable code, stored and shown in the person's words by the catalogs.
    pub fn code(self) -> &'static str {
        match self {
            CaseDecision::SamePersonEarlierKeeps => "same-person-earlier",
            CaseDecision::SamePersonApplicantKeeps => "same-person-applicant",
            CaseDecision::DifferentPeople => "different-people",
            CaseDecision::NoAction => "no-action",
        }
    }

    pub fn parse(code: &str) -> Option<CaseDecision> {
        CaseDecision::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The decisions a case of this kind allows (an "already registered" case all; others
    /// only closing with a reason).
    pub fn allowed_for(kind: &str) -> &'static [CaseDecision] {
        if kind == "already-registered" {
            &CaseDecision::ALL
        } else {
            &[CaseDecision::NoAction]
        }
    }
}

/// A registration of another account that holds what the case is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub registration_created_at: i64,
    /// First letters only: enough to tell people apart, not to read a name.
    pub masked_name: String,
    pub same_person: bool,
    pub same_document: bool,
}

/// What a reviewer sees of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub case: CaseRow,
    /// When the subject's own registration was made, if they have one.
    pub applicant_registered_at: Option<i64>,
    pub matches: Vec<Match>,
    /// How many active registrations share the address (an address-cluster case).
    pub address_cluster: Option<i64>,
    /// The first decision's reason and the appeal's statement, opened for the reviewer.
    pub reason: Option<String>,
    pub statement: Option<String>,
}

/// What came of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Done,
    /// No such case waiting for a decision (decided meanwhile, or not open).
    NotWaiting,
    /// The reviewer who made the first decision may not decide its appeal.
    SameReviewer,
    /// A decision this kind of case does not allow.
    NotAllowed,
    /// Every decision says why.
    ReasonNeeded,
    /// The other group holds something that keeps who travels fixed: decide once it ends.
    OtherGroupHolds,
}

/// What came of an appeal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Appealed {
    Done,
    /// Not decided yet, already appealed once, or not the person's case.
    NotAllowed,
    StatementNeeded,
}

/// The message kinds of cases: opened, and decided (the decision in the person's words).
pub const CASE_OPENED: &MessageKind = &MessageKind {
    code: "case-opened",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[Keys {
        subject: "case-opened-v1-subject",
        body: "case-opened-v1-body",
        next: Some("case-opened-v1-next"),
        sms: Some("case-opened-v1-sms"),
    }],
    in_inbox: true,
    arguments: case_arguments,
};
pub const CASE_DECIDED: &MessageKind = &MessageKind {
    code: "case-decided",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[Keys {
        subject: "case-decided-v1-subject",
        body: "case-decided-v1-body",
        next: Some("case-decided-v1-next"),
        sms: Some("case-decided-v1-sms"),
    }],
    in_inbox: true,
    arguments: case_arguments,
};
/// To the account whose registration was withdrawn because the same person keeps their place
/// in another.
pub const REGISTRATION_WITHDRAWN: &MessageKind = &MessageKind {
    code: "registration-withdrawn",
    purpose: garita_domain::purposes::BOOKING,
    versions: &[Keys {
        subject: "case-withdrawn-v1-subject",
        body: "case-withdrawn-v1-body",
        next: Some("case-withdrawn-v1-next"),
        sms: Some("case-withdrawn-v1-sms"),
    }],
    in_inbox: true,
    arguments: case_arguments,
};

/// `decision` (a `CaseDecision` code) and `appeal` (`yes` or `no`) from the payload's facts.
fn case_arguments(payload: &Payload, _: Length) -> Vec<(&'static str, Value<'static>)> {
    let text = |name: &str| payload.text(name);
    vec![
        ("decision", Value::from(text("case_decision"))),
        ("appeal", Value::from(text("case_appeal"))),
    ]
}

/// First letters of each name, the rest hidden: "M. P." for "María Pérez".
fn masked(name: &PersonName) -> String {
    format!("{} {}", name.given, name.family)
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Services {
    /// The evidence of a case, for a reviewer (audited: masked names are still about people).
    #[tracing::instrument(skip_all)]
    pub async fn case_evidence(
        &self,
        reviewer: &Account,
        case_id: &str,
    ) -> Result<Option<Evidence>> {
        let Some(case) = self.store.case(case_id).await? else {
            return Ok(None);
        };
        let detail: serde_json::Value = serde_json::from_str(&case.detail).unwrap_or_default();
        let mut matches = vec![];
        let mut applicant_registered_at = None;
        let mut address_cluster = None;
        if case.kind == "already-registered" {
            let person_key = detail["person_key"].as_str().unwrap_or_default();
            let document_key = detail["document_key"].as_str();
            applicant_registered_at = self
                .store
                .registration_of(&case.subject)
                .await?
                .map(|(r, _)| r.created_at);
            for h in self
                .store
                .holders(person_key, document_key, &case.subject)
                .await?
            {
                let name: PersonName =
                    self.open_json(&h.name_sealed, crate::registrations::NAME)?;
                matches.push(Match {
                    registration_created_at: h.registration_created_at,
                    masked_name: masked(&name),
                    same_person: h.person_key == person_key,
                    same_document: document_key.is_some()
                        && h.document_key.as_deref() == document_key,
                });
            }
        } else if case.kind == "address-cluster" {
            address_cluster = Some(self.store.registrations_at_address(&case.subject).await?);
        }
        let open = |sealed: &Option<Vec<u8>>, context| {
            sealed
                .as_ref()
                .filter(|s| !s.is_empty())
                .map(|s| self.keys.open_str(s, context))
                .transpose()
        };
        let reason = open(&case.reason_sealed, REASON)?;
        let statement = open(&case.appeal_sealed, APPEAL)?;
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedCase)
            .actor(&reviewer.id)
            .subject(&case.subject)
            .detail(serde_json::json!({ "case": case.id }).to_string());
        self.store.append_audit(vec![event]).await?;
        Ok(Some(Evidence {
            case,
            applicant_registered_at,
            matches,
            address_cluster,
            reason,
            statement,
        }))
    }

    /// Decides a case waiting for a decision, or for its appeal's (then by another reviewer).
    /// The person the case is about is told; a registration withdrawn, its account too.
    #[tracing::instrument(skip_all)]
    pub async fn decide_case(
        &self,
        reviewer: &Account,
        case_id: &str,
        decision: CaseDecision,
        reason: &str,
    ) -> Result<Decided> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Ok(Decided::ReasonNeeded);
        }
        let Some(case) = self
            .store
            .case(case_id)
            .await?
            .filter(|c| c.status == "open")
        else {
            return Ok(Decided::NotWaiting);
        };
        if !CaseDecision::allowed_for(&case.kind).contains(&decision) {
            return Ok(Decided::NotAllowed);
        }
        let appeal = case.appealed_at.is_some();
        if appeal && case.decided_by.as_deref() == Some(reviewer.id.as_str()) {
            return Ok(Decided::SameReviewer);
        }
        let detail: serde_json::Value = serde_json::from_str(&case.detail).unwrap_or_default();
        let keys: Vec<String> = ["person_key", "document_key"]
            .iter()
            .filter_map(|k| detail[*k].as_str().map(str::to_string))
            .collect();
        let now = self.now();
        let mut exceptions = vec![];
        let mut withdraw = None;
        let mut effects = Effects::audit(
            AuditEvent::new(now, AuditAction::CaseDecided)
                .actor(&reviewer.id)
                .subject(&case.subject)
                .detail(
                    serde_json::json!({
                        "case": case.id,
                        "decision": decision.code(),
                        "appeal": appeal,
                    })
                    .to_string(),
                ),
        );
        // The other registrations that hold the person (an "already registered" case's).
        let holders = match case.kind.as_str() {
            "already-registered" => {
                self.store
                    .holders(
                        detail["person_key"].as_str().unwrap_or_default(),
                        detail["document_key"].as_str(),
                        &case.subject,
                    )
                    .await?
            }
            _ => vec![],
        };
        match decision {
            CaseDecision::DifferentPeople => {
                // Both ways: neither group's next edit is refused because of the other.
                let mut accounts = vec![case.subject.clone()];
                accounts.extend(holders.iter().map(|h| h.account_id.clone()));
                accounts.sort();
                accounts.dedup();
                for account in accounts {
                    exceptions.extend(keys.iter().map(|k| (account.clone(), k.clone())));
                }
            }
            CaseDecision::SamePersonApplicantKeeps => {
                // The earliest other registration holding the person gives its place up.
                if let Some(h) = holders.first() {
                    for part in &self.people {
                        if part.holds_before_closing(&h.registration_id).await?
                            || part.fixes_travellers(&h.registration_id).await?
                        {
                            return Ok(Decided::OtherGroupHolds);
                        }
                    }
                    withdraw = Some(h.registration_id.clone());
                    if let Some(other) = self.store.account(&h.account_id).await? {
                        let mut payload = self.payload_to(
                            &other.email_sealed,
                            other.phone_sealed.as_deref(),
                            &other.locale,
                            "/registration",
                        )?;
                        payload
                            .facts
                            .insert("case_decision".into(), decision.code().into());
                        effects = effects.and_message(self.message(
                            REGISTRATION_WITHDRAWN,
                            Some(&other.id),
                            format!("registration-withdrawn:{}:{}", case.id, h.registration_id),
                            &payload,
                        ));
                    }
                }
            }
            CaseDecision::SamePersonEarlierKeeps | CaseDecision::NoAction => {}
        }
        let dedup = format!(
            "case-decided:{}:{}",
            case.id,
            if appeal { "appeal" } else { "first" }
        );
        if let Some(message) = self
            .case_message(&case, CASE_DECIDED, Some((decision, appeal)), dedup)
            .await?
        {
            effects = effects.and_message(message);
        }
        let verdict = CaseVerdict {
            case_id: case.id.clone(),
            appeal,
            decision: decision.code().into(),
            by: reviewer.id.clone(),
            reason_sealed: self.keys.seal_str(&clip(reason), REASON),
            at: now,
            exceptions,
            withdraw,
        };
        Ok(if self.store.decide_case(verdict, effects).await? {
            Decided::Done
        } else {
            Decided::NotWaiting
        })
    }

    /// The cases about the person's account, newest first.
    #[tracing::instrument(skip_all)]
    pub async fn cases_about(&self, account_id: &str) -> Result<Vec<CaseRow>> {
        Ok(self.store.cases_about(account_id).await?)
    }

    /// The person appeals a decided case once, with a statement in their own words.
    #[tracing::instrument(skip_all)]
    pub async fn appeal_case(
        &self,
        actor: &Account,
        account_id: &str,
        case_id: &str,
        statement: &str,
    ) -> Result<Appealed> {
        let statement = statement.trim();
        if statement.is_empty() {
            return Ok(Appealed::StatementNeeded);
        }
        let Some(case) = self
            .store
            .case(case_id)
            .await?
            .filter(|c| c.subject == account_id)
        else {
            return Ok(Appealed::NotAllowed);
        };
        let now = self.now();
        let mut effects = Effects::audit(
            AuditEvent::new(now, AuditAction::CaseAppealed)
                .actor(&actor.id)
                .subject(account_id)
                .detail(serde_json::json!({ "case": case.id }).to_string()),
        );
        let dedup = format!("case-appealed:{}", case.id);
        if let Some(message) = self.case_message(&case, CASE_OPENED, None, dedup).await? {
            effects = effects.and_message(message);
        }
        let sealed = self.keys.seal_str(&clip(statement), APPEAL);
        Ok(
            if self
                .store
                .appeal_case(case_id, account_id, sealed, now, effects)
                .await?
            {
                Appealed::Done
            } else {
                Appealed::NotAllowed
            },
        )
    }

    /// A message to the account a case is about (none for a case about an address), with
    /// the decision when there is one.
    pub(crate) async fn case_message(
        &self,
        case: &CaseRow,
        kind: &MessageKind,
        decided: Option<(CaseDecision, bool)>,
        dedup_key: String,
    ) -> Result<Option<garita_store::records::NewMessage>> {
        if case.kind == "address-cluster" {
            return Ok(None);
        }
        let Some(account) = self.store.account(&case.subject).await? else {
            return Ok(None);
        };
        let mut payload = self.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
            "/account/cases",
        )?;
        let (code, appeal) = match decided {
            Some((d, appeal)) => (d.code(), if appeal { "yes" } else { "no" }),
            None => ("", "no"),
        };
        payload.facts.insert("case_decision".into(), code.into());
        payload.facts.insert("case_appeal".into(), appeal.into());
        Ok(Some(self.message(
            kind,
            Some(&account.id),
            dedup_key,
            &payload,
        )))
    }
}

fn clip(text: &str) -> String {
    text.chars().take(STATEMENT_LIMIT).collect()
}
