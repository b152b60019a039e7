//! Provisional I-94s for land arrivals: one applicant applies for 1 to 25 travellers up to 7 days
//! before arriving, pays once for all of them (the platform's payments: a hosted page, or at the
//! port), and each traveller gets a provisional number that expires unused 7 days after payment;
//! at the port an officer admits (admission number, class, until when) or refuses each traveller
//! on their own. See `README.md` for the code map.

pub mod api;
pub mod app;
pub mod domain;
pub mod messages;
pub mod proofs;
pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};

/// The service's words in every language (`locales/<code>/i94.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!(
    "i94.ftl",
    "i94_pages.ftl",
    "i94_port.ftl",
    "i94_search.ftl",
    "i94_history.ftl",
    "i94_proof.ftl"
);

/// The `payments.purpose` of its charges.
pub const PURPOSE: &str = "i94";

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "i94",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: messages::KINDS,
        people: app::people,
        payable: Some(app::payable),
        proofs: Some(proofs::check),
        jobs: app::kinds::<C>,
        staff_routes: STAFF_ROUTES,
        settings: &[],
        amounts: &[],
    }
}

const OFFICERS: &[garita_domain::Role] = &[garita_domain::Role::Officer];

/// The officers' page at their own port.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/ports/{port}/i94",
        Rule::AtPort(OFFICERS),
        "i94-staff-title",
    ),
    StaffRoute::post("/staff/ports/{port}/i94/receipts", Rule::AtPort(OFFICERS)),
    StaffRoute::post(
        "/staff/ports/{port}/i94/{number}/admit",
        Rule::AtPort(OFFICERS),
    ),
    StaffRoute::post(
        "/staff/ports/{port}/i94/{number}/refuse",
        Rule::AtPort(OFFICERS),
    ),
];

/// What the service writes in the audit log (stable codes; never personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum I94Action {
    Applied,
    TravellerAdded,
    Paid,
    Expired,
    Admitted,
    Refused,
    /// An officer opened a traveller's data at the port.
    Opened,
    /// An officer looked for a traveller by name and date of birth (how many found, only).
    Searched,
}

impl AuditCode for I94Action {
    fn code(&self) -> &'static str {
        match self {
            I94Action::Applied => "i94.applied",
            I94Action::TravellerAdded => "i94.traveller-added",
            I94Action::Paid => "i94.paid",
            I94Action::Expired => "i94.expired",
            I94Action::Admitted => "i94.admitted",
            I94Action::Refused => "i94.refused",
            I94Action::Opened => "i94.opened",
            I94Action::Searched => "i94.searched",
        }
    }
}
