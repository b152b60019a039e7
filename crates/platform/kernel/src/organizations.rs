//! Organisations as records (name, kind, city, public contact), kept by programme admins, and
//! each organisation's own admins, who add and remove its helpers. A grant names its
//! organisation; the pages only accept one that is a record. Those that work with the ports
//! (bus carriers, customs brokers, importers) ask to join themselves; a programme admin approves
//! (their admin gets a staff account, set up through a link sent by e-mail) or refuses.

use crate::messages::{Keys, Length, MessageKind, Payload};
use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent, Email, Grant, Role};
use garita_i18n::{Locale, Value};
use garita_store::org_requests::OrganizationRequestRow;
use garita_store::records::{Account, Effects, OrganizationRow};

/// What a programme admin types for a new organisation; each text is required, 1 to 100
/// characters.
pub struct NewOrganization<'a> {
    pub name: &'a str,
    /// One of `KINDS`.
    pub kind: &'a str,
    pub city: &'a str,
    pub contact: &'a str,
}

/// What came of adding an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrganizationAdded {
    Added,
    /// A text left empty or over 100 characters, or a kind not offered.
    Incomplete,
    /// One has that name already.
    Taken,
}

/// Shelters and legal aid groups (helpers), partners that check what people show, observers of
/// a service's public lottery, and those that work with the ports: bus carriers, customs
/// brokers, importers.
pub const KINDS: [&str; 6] = [
    "helpers", "partner", "observer", "carrier", "broker", "importer",
];

impl Services {
    #[tracing::instrument(skip_all)]
    pub async fn organizations(&self) -> Result<Vec<OrganizationRow>> {
        Ok(self.store.organizations().await?)
    }

    /// Whether a grant's organisation (if it names one) is a record.
    #[tracing::instrument(skip_all)]
    pub async fn organization_known(&self, grant: &Grant) -> Result<bool> {
        let Some(name) = &grant.organization else {
            return Ok(true);
        };
        Ok(self.organizations().await?.iter().any(|o| &o.name == name))
    }

    #[tracing::instrument(skip_all)]
    pub async fn add_organization(
        &self,
        admin: &Account,
        new: &NewOrganization<'_>,
    ) -> Result<OrganizationAdded> {
        let text = |t: &str| {
            let t = t.trim();
            (!t.is_empty() && t.chars().count() <= 100).then(|| t.to_string())
        };
        let (Some(name), Some(city), Some(contact)) =
            (text(new.name), text(new.city), text(new.contact))
        else {
            return Ok(OrganizationAdded::Incomplete);
        };
        if !KINDS.contains(&new.kind) {
            return Ok(OrganizationAdded::Incomplete);
        }
        let now = self.now();
        let event = AuditEvent::new(now, AuditAction::OrganizationAdded)
            .actor(&admin.id)
            .detail(serde_json::json!({ "name": name, "kind": new.kind }).to_string());
        let row = OrganizationRow {
            name,
            kind: new.kind.to_string(),
            city,
            contact,
            created_at: now,
        };
        Ok(
            if self
                .store
                .add_organization(row, Effects::audit(event))
                .await?
            {
                OrganizationAdded::Added
            } else {
                OrganizationAdded::Taken
            },
        )
    }

    /// The helpers of an organisation admin's own organisation.
    #[tracing::instrument(skip_all)]
    pub async fn own_helpers(&self, org_admin: &Account) -> Result<Vec<Account>> {
        let Some(org) = &org_admin.grant.organization else {
            return Ok(vec![]);
        };
        Ok(self
            .store
            .staff_accounts()
            .await?
            .into_iter()
            .filter(|a| a.grant.role == Role::Helper && a.grant.organization.as_ref() == Some(org))
            .collect())
    }

    /// An organisation admin adds a helper to their own organisation: its one-time set-up link,
    /// or `None` if the address has an account.
    #[tracing::instrument(skip_all)]
    pub async fn add_own_helper(
        &self,
        org_admin: &Account,
        email: &Email,
        locale: Locale,
    ) -> Result<Option<String>> {
        if org_admin.grant.role != Role::OrganizationAdmin {
            return Ok(None);
        }
        let grant = Grant {
            role: Role::Helper,
            port: None,
            organization: org_admin.grant.organization.clone(),
        };
        self.create_staff_by(Some(org_admin), email, grant, locale)
            .await
    }

    /// An organisation admin removes one of their own organisation's helpers: disabled at once
    /// (`Ok(false)` for anyone else).
    #[tracing::instrument(skip_all)]
    pub async fn remove_own_helper(&self, org_admin: &Account, helper_id: &str) -> Result<bool> {
        let own = self
            .own_helpers(org_admin)
            .await?
            .iter()
            .any(|h| h.id == helper_id);
        if org_admin.grant.role != Role::OrganizationAdmin || !own {
            return Ok(false);
        }
        self.disable_staff(org_admin, helper_id).await
    }
}

/// The kinds of organisation that ask to join themselves: those that work with the ports.
pub const JOINING_KINDS: [&str; 3] = ["carrier", "broker", "importer"];

/// To its future admin: the request was approved, with the one-time link to set up their
/// staff account (a password and an authenticator app).
pub const APPROVED: &MessageKind = &MessageKind {
    code: "organization-approved",
    purpose: garita_domain::purposes::ACCOUNT,
    versions: &[Keys {
        subject: "org-approved-v1-subject",
        body: "org-approved-v1-body",
        next: Some("org-approved-v1-next"),
        sms: None,
    }],
    in_inbox: false,
    arguments: organization_arguments,
};

/// To its would-be admin: the request was not approved.
pub const REFUSED: &MessageKind = &MessageKind {
    code: "organization-refused",
    purpose: garita_domain::purposes::ACCOUNT,
    versions: &[Keys {
        subject: "org-refused-v1-subject",
        body: "org-refused-v1-body",
        next: None,
        sms: None,
    }],
    in_inbox: false,
    arguments: organization_arguments,
};

const ORGANIZATION: &str = "organization_name";

fn organization_arguments(payload: &Payload, _: Length) -> Vec<(&'static str, Value<'static>)> {
    vec![("organization", Value::from(payload.text(ORGANIZATION)))]
}

/// What an organisation that works with the ports types to ask to join.
pub struct Application<'a> {
    pub organization: NewOrganization<'a>,
    /// The person who will run it: their staff account is made for this address.
    pub email: &'a str,
    pub locale: Locale,
}

/// How asking went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Received,
    /// A text left empty or over 100 characters, a kind that does not ask itself, or an
    /// address that is not one.
    Incomplete,
    /// An organisation has that name already.
    Taken,
}

/// How a programme admin's decision went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Approved,
    Refused,
    /// Decided already, or no such request: nothing changed.
    Gone,
    /// The name was taken meanwhile, or the address already has an account: nothing changed;
    /// the admin adds the organisation and its admin by hand.
    Conflict,
}

impl Services {
    /// An organisation that works with the ports asks to join; a programme admin decides.
    #[tracing::instrument(skip_all)]
    pub async fn apply_for_organization(&self, a: &Application<'_>) -> Result<Applied> {
        let text = |t: &str| {
            let t = t.trim();
            (!t.is_empty() && t.chars().count() <= 100).then(|| t.to_string())
        };
        let o = &a.organization;
        let (Some(name), Some(city), Some(contact), Ok(email)) = (
            text(o.name),
            text(o.city),
            text(o.contact),
            Email::parse(a.email),
        ) else {
            return Ok(Applied::Incomplete);
        };
        if !JOINING_KINDS.contains(&o.kind) {
            return Ok(Applied::Incomplete);
        }
        if self.organizations().await?.iter().any(|k| k.name == name) {
            return Ok(Applied::Taken);
        }
        let now = self.now();
        let id = garita_security::codes::id();
        let event = AuditEvent::new(now, AuditAction::OrganizationRequested)
            .subject(&id)
            .detail(serde_json::json!({ "name": name, "kind": o.kind }).to_string());
        let row = OrganizationRequestRow {
            id,
            name,
            kind: o.kind.to_string(),
            city,
            contact,
            email_sealed: self.keys.seal_str(email.as_str(), REQUEST_EMAIL),
            locale: a.locale.code().to_string(),
            status: "pending".into(),
            created_at: now,
            decided_by: None,
            decided_at: None,
        };
        self.store
            .add_organization_request(&row, Effects::audit(event))
            .await?;
        Ok(Applied::Received)
    }

    /// The requests waiting for a programme admin, oldest first.
    pub async fn organization_requests(&self) -> Result<Vec<OrganizationRequestRow>> {
        Ok(self.store.pending_organization_requests().await?)
    }

    /// A programme admin approves (the organisation becomes a record, and the person who asked
    /// gets a staff account as its admin, set up through a link sent by e-mail) or refuses (they
    /// are told). Either way the request then keeps no address.
    #[tracing::instrument(skip_all)]
    pub async fn decide_organization_request(
        &self,
        admin: &Account,
        id: &str,
        approve: bool,
    ) -> Result<Decided> {
        let Some(request) = self
            .store
            .organization_request(id)
            .await?
            .filter(|r| r.status == "pending")
        else {
            return Ok(Decided::Gone);
        };
        let email = self.keys.open_str(&request.email_sealed, REQUEST_EMAIL)?;
        // It was an address when it was sealed: one that no longer reads as one cannot open.
        let email = Email::parse(&email).map_err(|_| garita_security::KeyError::CannotOpen)?;
        let locale = Locale::from_code(&request.locale).unwrap_or(Locale::En);
        let now = self.now();
        let mut payload = Payload {
            to: email.as_str().to_string(),
            locale: locale.code().to_string(),
            ..Payload::default()
        };
        payload
            .facts
            .insert(ORGANIZATION.into(), request.name.clone().into());
        let (status, kind) = if approve {
            // A name taken meanwhile is `add_organization`'s to find; the address is checked
            // first, so that no organisation is made without its admin.
            if self
                .store
                .account_by_email(&self.email_lookup(&email))
                .await?
                .is_some()
            {
                return Ok(Decided::Conflict);
            }
            let Ok(grant) = Grant::new(Role::OrganizationAdmin, None, Some(request.name.clone()))
            else {
                return Ok(Decided::Conflict);
            };
            let added = self
                .add_organization(
                    admin,
                    &NewOrganization {
                        name: &request.name,
                        kind: &request.kind,
                        city: &request.city,
                        contact: &request.contact,
                    },
                )
                .await?;
            if added != OrganizationAdded::Added {
                return Ok(Decided::Conflict);
            }
            let Some(link) = self
                .create_staff_by(Some(admin), &email, grant, locale)
                .await?
            else {
                return Ok(Decided::Conflict);
            };
            payload.link = Some(link);
            ("approved", APPROVED)
        } else {
            ("refused", REFUSED)
        };
        let message = self.message(kind, None, format!("organization-request:{id}"), &payload);
        let event = AuditEvent::new(now, AuditAction::OrganizationRequestDecided)
            .actor(&admin.id)
            .subject(id)
            .detail(serde_json::json!({ "status": status }).to_string());
        let effects = Effects::audit(event).and_message(message);
        Ok(
            if self
                .store
                .decide_organization_request(id, status, &admin.id, now, effects)
                .await?
            {
                if approve {
                    Decided::Approved
                } else {
                    Decided::Refused
                }
            } else {
                Decided::Gone
            },
        )
    }
}

/// The sealing context of a request's address.
const REQUEST_EMAIL: &str = "organizations.request-email";
