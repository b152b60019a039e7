//! Perishable-cargo inspections: a customs broker or importer books an inspection slot at a
//! port for a shipment (its entry, bill of lading or air waybill, importer of record, each
//! commodity by HTS code, its containers by ISO 6346 number), first come, first served, in
//! the slots the port's supervisors open; agriculture specialists of the port see the day's
//! inspections and record each result (released, held for a treatment, re-export, destroy) and
//! the broker is told of each change; a slot that passes without the goods ends the request.
//! See `README.md` for the code map.

pub mod app;
pub mod declarations;
pub mod domain;
pub mod messages;
pub mod store;
pub mod web;

use garita_domain::Role;
use garita_domain::audit::AuditCode;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};

/// The service's words in every language (`locales/<code>/inspections.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!("inspections.ftl");

/// The organisations that book inspections.
pub const BOOKERS: &[&str] = &["broker", "importer"];

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "inspections",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: messages::KINDS,
        people: garita_kernel::people::nobody,
        payable: None,
        proofs: None,
        jobs: jobs::<C>,
        staff_routes: STAFF_ROUTES,
        settings: declarations::app::SETTINGS,
        amounts: &[],
    }
}

/// Job kinds: cargo requests whose slot passed, declarations past their retention.
fn jobs<C: AsRef<Services> + Sync + 'static>(
    kinds: garita_kernel::jobs::JobKinds<C>,
) -> garita_kernel::jobs::JobKinds<C> {
    declarations::app::kinds(app::kinds(kinds))
}

/// The port's agriculture specialists and supervisors, and programme admins: the day's
/// inspections, a shipment opened, a result recorded.
const SPECIALISTS: &[Role] = &[
    Role::AgricultureSpecialist,
    Role::PortSupervisor,
    Role::ProgrammeAdmin,
];
/// Who opens slots and sets how many inspections each takes.
pub(crate) const CAPACITY_KEEPERS: &[Role] = &[Role::PortSupervisor, Role::ProgrammeAdmin];

pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/ports/{port}/inspections",
        Rule::AtPort(SPECIALISTS),
        "inspections-day-title",
    ),
    StaffRoute::post(
        "/staff/ports/{port}/inspections/capacity",
        Rule::AtPort(CAPACITY_KEEPERS),
    ),
    StaffRoute::get(
        "/staff/ports/{port}/inspections/{id}",
        Rule::AtPort(SPECIALISTS),
    ),
    StaffRoute::post(
        "/staff/ports/{port}/inspections/{id}/result",
        Rule::AtPort(SPECIALISTS),
    ),
    StaffRoute::page(
        "/staff/ports/{port}/declarations",
        Rule::AtPort(SPECIALISTS),
        "declarations-day-title",
    ),
    StaffRoute::get(
        "/staff/ports/{port}/declarations/{id}",
        Rule::AtPort(SPECIALISTS),
    ),
    StaffRoute::get(
        "/staff/ports/{port}/declarations/{id}/scans/{permit}",
        Rule::AtPort(SPECIALISTS),
    ),
    StaffRoute::post(
        "/staff/ports/{port}/declarations/{id}/decide",
        Rule::AtPort(SPECIALISTS),
    ),
];

/// What the service writes in the audit log (stable codes; ports, counts and states, never a
/// shipment's contents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InspectionAction {
    /// A supervisor set the capacity of a port's slots.
    Capacity,
    Booked,
    /// A specialist's result, a cancellation, or a slot that passed.
    Changed,
    /// A specialist opened a shipment.
    Opened,
}

impl AuditCode for InspectionAction {
    fn code(&self) -> &'static str {
        match self {
            InspectionAction::Capacity => "inspections.capacity",
            InspectionAction::Booked => "inspections.booked",
            InspectionAction::Changed => "inspections.changed",
            InspectionAction::Opened => "inspections.opened",
        }
    }
}
