//! Organisations as records (name, kind, city, public contact), kept by programme admins, and
//! each organisation's own admins, who add and remove its helpers. A grant names its
//! organisation; the pages only accept one that is a record.

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent, Email, Grant, Role};
use garita_i18n::Locale;
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

/// Shelters and legal aid groups (helpers), partners that check confirmations, observers of the
/// draws, and those that work with the ports: bus carriers, customs brokers, importers.
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
