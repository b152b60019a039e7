//! Organisations' API tokens: an organisation's admin makes one for each of its systems (shown
//! once; only its keyed hash is kept) and revokes it when it is no longer needed. A service's
//! API for organisations (a carrier's manifests) takes `Authorization: Bearer` with one.

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent, Role};
use garita_store::org_tokens::OrganizationTokenRow;
use garita_store::records::{Account, Effects, OrganizationRow};

/// Every organisation token begins so: a log scanner can spot one, and it is never mistaken
/// for a person's session token.
pub const PREFIX: &str = "garita_org_";

/// The organisation a live token speaks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationClient {
    pub organization: OrganizationRow,
    pub token_id: String,
}

/// Who did something for an organisation: one of its people signed in, or one of its systems
/// with a token (by the token's id, never the token).
#[derive(Debug, Clone, Copy)]
pub enum By<'a> {
    Account(&'a str),
    Token(&'a str),
}

impl<'a> By<'a> {
    /// The audit event with its actor: the person (a system's token is named in the detail).
    pub fn on(self, event: AuditEvent) -> AuditEvent {
        match self {
            By::Account(id) => event.actor(id),
            By::Token(_) => event,
        }
    }

    /// The token's id, for an audit entry's detail.
    pub fn token(self) -> Option<String> {
        match self {
            By::Token(id) => Some(id.to_string()),
            By::Account(_) => None,
        }
    }

    /// The account, when a person did it.
    pub fn account(self) -> Option<&'a str> {
        match self {
            By::Account(id) => Some(id),
            By::Token(_) => None,
        }
    }
}

impl Services {
    /// An organisation admin's tokens (revoked ones too); none for anyone else.
    #[tracing::instrument(skip_all)]
    pub async fn own_tokens(&self, admin: &Account) -> Result<Vec<OrganizationTokenRow>> {
        match own_organization(admin) {
            Some(org) => Ok(self.store.organization_tokens(org).await?),
            None => Ok(vec![]),
        }
    }

    /// An organisation admin makes a token for one of its systems: the token, shown once, or
    /// `None` for a label empty or over 60 characters, or for anyone but an organisation admin.
    #[tracing::instrument(skip_all)]
    pub async fn make_own_token(&self, admin: &Account, label: &str) -> Result<Option<String>> {
        let label = label.trim();
        let Some(org) = own_organization(admin) else {
            return Ok(None);
        };
        if label.is_empty() || label.chars().count() > 60 {
            return Ok(None);
        }
        let token = format!("{PREFIX}{}", garita_security::codes::token());
        let now = self.now();
        let row = OrganizationTokenRow {
            id: garita_security::codes::id(),
            organization: org.to_string(),
            label: label.to_string(),
            token_hash: self.keys.token_hash(&token),
            created_by: admin.id.clone(),
            created_at: now,
            revoked_at: None,
        };
        let event = AuditEvent::new(now, AuditAction::OrganizationTokenMade)
            .actor(&admin.id)
            .subject(&row.id)
            .detail(serde_json::json!({ "organization": org }).to_string());
        self.store
            .add_organization_token(&row, Effects::audit(event))
            .await?;
        Ok(Some(token))
    }

    /// An organisation admin revokes one of its tokens: it stops working at once.
    #[tracing::instrument(skip_all)]
    pub async fn revoke_own_token(&self, admin: &Account, id: &str) -> Result<bool> {
        let Some(org) = own_organization(admin) else {
            return Ok(false);
        };
        let now = self.now();
        let event = AuditEvent::new(now, AuditAction::OrganizationTokenRevoked)
            .actor(&admin.id)
            .subject(id)
            .detail(serde_json::json!({ "organization": org }).to_string());
        Ok(self
            .store
            .revoke_organization_token(org, id, now, Effects::audit(event))
            .await?)
    }

    /// The organisation a bearer token speaks for, if it is a live organisation token.
    #[tracing::instrument(skip_all)]
    pub async fn organization_client(&self, token: &str) -> Result<Option<OrganizationClient>> {
        if !token.starts_with(PREFIX) {
            return Ok(None);
        }
        let Some(row) = self
            .store
            .live_organization_token(&self.keys.token_hash(token))
            .await?
        else {
            return Ok(None);
        };
        let organization = self
            .organizations()
            .await?
            .into_iter()
            .find(|o| o.name == row.organization);
        Ok(organization.map(|organization| OrganizationClient {
            organization,
            token_id: row.id,
        }))
    }
}

fn own_organization(admin: &Account) -> Option<&str> {
    (admin.grant.role == Role::OrganizationAdmin)
        .then_some(admin.grant.organization.as_deref())
        .flatten()
}
