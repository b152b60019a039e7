//! Trusted-traveller status (Global Entry, NEXUS, SENTRI, FAST): programme admins import the
//! membership roster (CSV) or a system pushes it through the API; a member looks up their own
//! status by membership number and date of birth, with its next step in their language. Garita
//! keeps no name and no membership number: a member is found by a keyed hash. See `README.md`
//! for the code map.

pub mod app;
pub mod domain;
pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};

/// The service's words in every language (`locales/<code>/trusted.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!("trusted.ftl");

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "trusted",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: &[],
        messages: &[],
        people: garita_kernel::people::nobody,
        payable: None,
        proofs: None,
        jobs: |kinds| kinds,
        staff_routes: STAFF_ROUTES,
        settings: &[],
        amounts: &[],
    }
}

const ADMINS: &[garita_domain::Role] = &[garita_domain::Role::ProgrammeAdmin];

/// Importing the roster.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/trusted-traveler",
        Rule::Roles(ADMINS),
        "trusted-staff-title",
    ),
    StaffRoute::post("/staff/trusted-traveler/roster", Rule::Roles(ADMINS)),
];

/// What the service writes in the audit log (stable codes; counts only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustedAction {
    RosterImported,
}

impl AuditCode for TrustedAction {
    fn code(&self) -> &'static str {
        match self {
            TrustedAction::RosterImported => "trusted.roster-imported",
        }
    }
}
