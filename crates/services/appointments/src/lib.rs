//! The appointments service: people in Mexico ask each day for one of the inspection
//! appointments at the land ports, a daily draw that anyone can re-run gives them out, winners
//! confirm, officers check them in. See `README.md` for the code map and what still lives in the
//! shared crates while the service moves here.

pub mod app;
pub mod domain;
pub mod messages;
pub mod people;
pub mod store;
pub mod web;

/// The service's messages in every language (`locales/<code>/*.ftl`), handed to the platform's
/// catalogs (`garita_i18n::Catalogs::load_with`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!(
    "draws.ftl",
    "desk.ftl",
    "proofs.ftl",
    "statistics.ftl",
    "reminders.ftl",
    "outcomes.ftl",
    "programme.ftl",
    "withdrawals.ftl",
    "service_status.ftl"
);
