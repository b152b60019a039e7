//! The help directory: organisations that help people in person (name, city, address, hours,
//! phone, languages spoken, whether it is free), kept by programme admins and shown by city at
//! `/help`. It starts empty, and says so: nothing in it is invented.

pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::jobs::JobKinds;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};

/// The directory's words in every language (`locales/<code>/help.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!("help.ftl");

/// What the directory hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "help",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: &[],
        messages: &[],
        people: garita_kernel::people::nobody,
        payable: None,
        proofs: None,
        jobs: no_jobs::<C>,
        staff_routes: STAFF_ROUTES,
        settings: &[],
        amounts: &[],
    }
}

const KEEPERS: &[garita_domain::Role] = &[garita_domain::Role::ProgrammeAdmin];

/// Programme admins keep the list.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page("/staff/help", Rule::Roles(KEEPERS), "help-staff-title"),
    StaffRoute::post("/staff/help", Rule::Roles(KEEPERS)),
    StaffRoute::post("/staff/help/{id}/remove", Rule::Roles(KEEPERS)),
];

/// What the directory writes in the audit log (stable codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpAction {
    PlaceAdded,
    PlaceRemoved,
}

impl AuditCode for HelpAction {
    fn code(&self) -> &'static str {
        match self {
            HelpAction::PlaceAdded => "help.place-added",
            HelpAction::PlaceRemoved => "help.place-removed",
        }
    }
}

fn no_jobs<C>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds
}
