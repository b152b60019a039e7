//! The appointments' staff routes, checked by the platform's one policy engine
//! (`garita_kernel::staff`).

use garita_domain::Role;
use garita_kernel::staff::{Rule, StaffRoute};

const PORT_READERS: &[Role] = &[Role::Officer, Role::PortSupervisor, Role::ProgrammeAdmin];
const CAPACITY_WRITERS: &[Role] = &[Role::PortSupervisor, Role::ProgrammeAdmin];
/// Reviewing a confirmation's photo a person was sent to.
const REVIEWERS: &[Role] = &[Role::ProgrammeAdmin];
const PARTNERS: &[Role] = &[Role::PartnerValidator];
const OBSERVERS: &[Role] = &[Role::Observer];
/// Counts per port and day, no personal data.
const OVERVIEW_READERS: &[Role] = &[Role::ProgrammeAdmin, Role::Auditor];
/// Incidents, held draws and cancellations by a programme decision.
const OPERATORS: &[Role] = &[Role::ProgrammeAdmin];

pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/overview",
        Rule::Roles(OVERVIEW_READERS),
        "overview-title",
    ),
    StaffRoute::get("/staff/overview.csv", Rule::Roles(OVERVIEW_READERS)),
    StaffRoute::page(
        "/staff/programme",
        Rule::Roles(OPERATORS),
        "programme-title",
    ),
    StaffRoute::post("/staff/programme/incident", Rule::Roles(OPERATORS)),
    StaffRoute::post("/staff/programme/incident/end", Rule::Roles(OPERATORS)),
    StaffRoute::post(
        "/staff/programme/draws/{date}/release",
        Rule::Roles(OPERATORS),
    ),
    StaffRoute::post("/staff/programme/cancel", Rule::Roles(OPERATORS)),
    StaffRoute::post("/staff/programme/withdraw", Rule::Roles(OPERATORS)),
    StaffRoute::post("/staff/programme/withdraw/confirm", Rule::Roles(OPERATORS)),
    StaffRoute::page("/staff/check", Rule::Roles(PARTNERS), "partner-title"),
    StaffRoute::post("/staff/check", Rule::Roles(PARTNERS)),
    StaffRoute::page("/staff/observe", Rule::Roles(OBSERVERS), "observe-title"),
    StaffRoute::post("/staff/observe/commit", Rule::Roles(OBSERVERS)),
    StaffRoute::post("/staff/observe/reveal", Rule::Roles(OBSERVERS)),
    StaffRoute::page(
        "/staff/ports/{port}",
        Rule::AtPort(PORT_READERS),
        "staff-port-capacity",
    ),
    StaffRoute::post(
        "/staff/ports/{port}/capacity",
        Rule::AtPort(CAPACITY_WRITERS),
    ),
    StaffRoute::post("/staff/ports/{port}/slots", Rule::AtPort(CAPACITY_WRITERS)),
    StaffRoute::post("/staff/ports/{port}/close", Rule::AtPort(CAPACITY_WRITERS)),
    StaffRoute::page(
        "/staff/ports/{port}/figures",
        Rule::AtPort(CAPACITY_WRITERS),
        "overview-port-title",
    ),
    StaffRoute::get(
        "/staff/ports/{port}/figures.csv",
        Rule::AtPort(CAPACITY_WRITERS),
    ),
    StaffRoute::page(
        "/staff/ports/{port}/day",
        Rule::AtPort(PORT_READERS),
        "desk-find",
    ),
    StaffRoute::post("/staff/ports/{port}/find", Rule::AtPort(PORT_READERS)),
    StaffRoute::post(
        "/staff/ports/{port}/find-traveller",
        Rule::AtPort(PORT_READERS),
    ),
    StaffRoute::get(
        "/staff/ports/{port}/appointments/{id}",
        Rule::AtPort(PORT_READERS),
    ),
    StaffRoute::post(
        "/staff/ports/{port}/appointments/{id}/travellers/{traveller}",
        Rule::AtPort(PORT_READERS),
    ),
    StaffRoute::get(
        "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/photo",
        Rule::AtPort(PORT_READERS),
    ),
    StaffRoute::get(
        "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/live-photo",
        Rule::AtPort(PORT_READERS),
    ),
    StaffRoute::page(
        "/staff/ports/{port}/wait-times",
        Rule::AtPort(PORT_READERS),
        "wait-post-title",
    ),
    StaffRoute::post("/staff/ports/{port}/wait-times", Rule::AtPort(PORT_READERS)),
    StaffRoute::page(
        "/staff/reviews/confirmations",
        Rule::Roles(REVIEWERS),
        "review-confirmations",
    ),
    StaffRoute::get(
        "/staff/reviews/confirmations/{appointment}/{traveller}",
        Rule::Roles(REVIEWERS),
    ),
    StaffRoute::post(
        "/staff/reviews/confirmations/{appointment}/{traveller}",
        Rule::Roles(REVIEWERS),
    ),
    StaffRoute::get(
        "/staff/reviews/confirmations/{appointment}/{traveller}/registration",
        Rule::Roles(REVIEWERS),
    ),
];
