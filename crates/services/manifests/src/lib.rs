//! Bus passenger manifests: a carrier sends each trip before its bus reaches a land port, by
//! API (JSON, idempotent by the carrier's trip id) or as a CSV on a page; each person is
//! checked field by field (a bad row is named, never the whole sending refused) and sealed;
//! corrections and cancellation until arrival; officers at the port see the arrival board, open
//! a manifest (audited) and mark the bus arrived; the people are deleted a configured time
//! after. See `README.md` for the code map.

pub mod app;
pub mod domain;
pub mod store;
pub mod synthetic;
pub mod web;

use garita_domain::Role;
use garita_domain::audit::AuditCode;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};

/// The service's words in every language (`locales/<code>/manifests.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!("manifests.ftl");

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "manifests",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: &[],
        people: garita_kernel::people::nobody,
        payable: None,
        proofs: None,
        jobs: app::kinds::<C>,
        staff_routes: STAFF_ROUTES,
        settings: app::SETTINGS,
        amounts: &[],
    }
}

/// Officers and supervisors of the port, and programme admins.
const AT_PORT: &[Role] = &[Role::Officer, Role::PortSupervisor, Role::ProgrammeAdmin];

/// The arrival board, a manifest, and marking a bus arrived.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::get("/staff/ports/{port}/manifests", Rule::AtPort(AT_PORT)),
    StaffRoute::get("/staff/ports/{port}/manifests/{id}", Rule::AtPort(AT_PORT)),
    StaffRoute::post(
        "/staff/ports/{port}/manifests/{id}/arrived",
        Rule::AtPort(AT_PORT),
    ),
];

/// What the service writes in the audit log (stable codes; counts and ports, never a name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManifestAction {
    Sent,
    Cancelled,
    /// An officer opened a manifest's people.
    Opened,
    Arrived,
    /// The retention job deleted the people of buses past their retention.
    Purged,
}

impl AuditCode for ManifestAction {
    fn code(&self) -> &'static str {
        match self {
            ManifestAction::Sent => "manifests.sent",
            ManifestAction::Cancelled => "manifests.cancelled",
            ManifestAction::Opened => "manifests.opened",
            ManifestAction::Arrived => "manifests.arrived",
            ManifestAction::Purged => "manifests.purged",
        }
    }
}
