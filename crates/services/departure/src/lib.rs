//! Departure: a person in the United States files an intent to depart for themselves and
//! co-travellers (having read what the filing does and does not do legally); a reviewer vets it
//! and, if help was asked, arranges the travel; each traveller's departure is confirmed with
//! proof (by land: a live photo and a position at least 3 miles from the United States; by air
//! or sea: the carrier's confirmation, recorded by staff); the stipend's ledger is append-only,
//! each entry chained to the one before by a keyed hash, and a stipend is paid once per person
//! and programme. See `README.md` for the code map.

pub mod api;
pub mod app;
pub mod domain;
pub mod figures;
pub mod messages;
pub mod outline;
pub mod proofs;
pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::{Service, Services};

/// The service's words in every language.
pub const CATALOGS: garita_i18n::checks::Sources =
    garita_i18n::catalogs!("departure.ftl", "departure_pages.ftl");

/// What the service hands the platform.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "departure",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: messages::KINDS,
        people: app::people,
        payable: None,
        proofs: Some(proofs::check),
        jobs: |kinds| kinds,
        staff_routes: web::STAFF_ROUTES,
        settings: &[],
        amounts: app::AMOUNTS,
    }
}

/// What the service writes in the audit log (stable codes; never personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Filed,
    Vetted,
    TravelArranged,
    Departed,
    Paid,
    /// A reviewer opened an intent (names, documents).
    Opened,
}

impl AuditCode for Action {
    fn code(&self) -> &'static str {
        match self {
            Action::Filed => "departure.filed",
            Action::Vetted => "departure.vetted",
            Action::TravelArranged => "departure.travel-arranged",
            Action::Departed => "departure.departed",
            Action::Paid => "departure.stipend-paid",
            Action::Opened => "departure.opened",
        }
    }
}
