//! Who may use which staff route. The kernel and each service list their routes under `/staff`
//! (`STAFF_ROUTES` here, `Service::staff_routes`); the web layer's one check refuses a route that
//! no list names to everyone (fail closed). Officers and port supervisors only reach their own
//! port's routes; programme admins reach every port.

use garita_domain::{Grant, Role};

/// Who a rule lets in.
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// Any staff role.
    AnyStaff,
    /// These roles, wherever they work.
    Roles(&'static [Role]),
    /// These roles, for the `{port}` in the path: officers and supervisors only their own port.
    AtPort(&'static [Role]),
}

#[derive(Debug)]
pub struct StaffRoute {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The route's pattern, as the router has it (`/staff/ports/{port}`).
    pub path: &'static str,
    pub rule: Rule,
    /// The catalog key of its link on the staff home page, for a page people start from.
    pub menu: Option<&'static str>,
}

impl StaffRoute {
    pub const fn get(path: &'static str, rule: Rule) -> Self {
        StaffRoute {
            method: "GET",
            path,
            rule,
            menu: None,
        }
    }

    pub const fn post(path: &'static str, rule: Rule) -> Self {
        StaffRoute {
            method: "POST",
            path,
            rule,
            menu: None,
        }
    }

    /// A page linked from the staff home page under the catalog key `title`.
    pub const fn page(path: &'static str, rule: Rule, title: &'static str) -> Self {
        StaffRoute {
            method: "GET",
            path,
            rule,
            menu: Some(title),
        }
    }

    /// Whether a grant passes the route's rule, for the port named in the path (if any).
    pub fn allows(&self, grant: &Grant, port: Option<&str>) -> bool {
        allows(self.rule, grant, port)
    }
}

/// Whether a grant passes a rule, for the port named in the path (if any).
pub fn allows(rule: Rule, grant: &Grant, port: Option<&str>) -> bool {
    if !grant.role.is_staff() {
        return false;
    }
    match rule {
        Rule::AnyStaff => true,
        Rule::Roles(roles) => roles.contains(&grant.role),
        Rule::AtPort(roles) => {
            roles.contains(&grant.role)
                && (grant.role == Role::ProgrammeAdmin
                    || matches!((&grant.port, port), (Some(own), Some(asked)) if own.as_str().eq_ignore_ascii_case(asked)))
        }
    }
}

const AUDIT_READERS: &[Role] = &[Role::Auditor, Role::ProgrammeAdmin];
const HELPERS: &[Role] = &[Role::Helper, Role::ProgrammeAdmin];
/// Working for a person who is present: helpers only (the services also check that the person is
/// assisted by the helper's own organization).
const ASSISTING: &[Role] = &[Role::Helper];
const REVIEWERS: &[Role] = &[Role::ProgrammeAdmin];
const OUTBOX_KEEPERS: &[Role] = &[Role::ProgrammeAdmin];
const STAFF_KEEPERS: &[Role] = &[Role::ProgrammeAdmin];
/// Who looks at what the payments' reconciliation found; admins close it.
const PAYMENT_READERS: &[Role] = &[Role::ProgrammeAdmin, Role::Auditor];
const PAYMENT_KEEPERS: &[Role] = &[Role::ProgrammeAdmin];
/// Programme admins send notices to a defined set of people.
const NOTICE_SENDERS: &[Role] = &[Role::ProgrammeAdmin];
/// An organisation's own admins keep its helpers and its systems' API tokens.
const ORGANIZATION_ADMINS: &[Role] = &[Role::OrganizationAdmin];

/// The kernel's staff routes.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::get("/staff", Rule::AnyStaff),
    StaffRoute::page(
        "/staff/audit",
        Rule::Roles(AUDIT_READERS),
        "staff-audit-title",
    ),
    StaffRoute::get("/staff/audit.csv", Rule::Roles(AUDIT_READERS)),
    StaffRoute::page(
        "/staff/recover",
        Rule::Roles(HELPERS),
        "staff-recover-title",
    ),
    StaffRoute::post("/staff/recover", Rule::Roles(HELPERS)),
    StaffRoute::page(
        "/staff/people",
        Rule::Roles(ASSISTING),
        "staff-people-title",
    ),
    StaffRoute::post("/staff/people", Rule::Roles(ASSISTING)),
    StaffRoute::post("/staff/people/{id}/act", Rule::Roles(ASSISTING)),
    StaffRoute::post("/staff/people/{id}/handover", Rule::Roles(ASSISTING)),
    StaffRoute::post("/staff/stop-acting", Rule::Roles(ASSISTING)),
    StaffRoute::page("/staff/reviews", Rule::Roles(REVIEWERS), "review-title"),
    StaffRoute::get("/staff/reviews/photos/{traveller}", Rule::Roles(REVIEWERS)),
    StaffRoute::post("/staff/reviews/photos/{traveller}", Rule::Roles(REVIEWERS)),
    StaffRoute::post("/staff/reviews/cases/{id}/decide", Rule::Roles(REVIEWERS)),
    StaffRoute::post("/staff/reviews/cases/{id}/accept", Rule::Roles(REVIEWERS)),
    StaffRoute::page(
        "/staff/messages",
        Rule::Roles(OUTBOX_KEEPERS),
        "messages-admin-title",
    ),
    StaffRoute::post("/staff/messages/{id}/retry", Rule::Roles(OUTBOX_KEEPERS)),
    StaffRoute::page(
        "/staff/notices",
        Rule::Roles(NOTICE_SENDERS),
        "staff-notices-title",
    ),
    StaffRoute::post("/staff/notices", Rule::Roles(NOTICE_SENDERS)),
    StaffRoute::page(
        "/staff/payments",
        Rule::Roles(PAYMENT_READERS),
        "payments-admin-title",
    ),
    StaffRoute::post(
        "/staff/payments/differences/{id}/close",
        Rule::Roles(PAYMENT_KEEPERS),
    ),
    StaffRoute::page(
        "/staff/accounts",
        Rule::Roles(STAFF_KEEPERS),
        "staff-accounts-title",
    ),
    StaffRoute::post("/staff/accounts", Rule::Roles(STAFF_KEEPERS)),
    StaffRoute::page(
        "/staff/organizations",
        Rule::Roles(STAFF_KEEPERS),
        "organizations-title",
    ),
    StaffRoute::post("/staff/organizations", Rule::Roles(STAFF_KEEPERS)),
    StaffRoute::post(
        "/staff/organizations/requests/{id}",
        Rule::Roles(STAFF_KEEPERS),
    ),
    StaffRoute::page(
        "/staff/organization",
        Rule::Roles(ORGANIZATION_ADMINS),
        "organization-title",
    ),
    StaffRoute::post(
        "/staff/organization/helpers",
        Rule::Roles(ORGANIZATION_ADMINS),
    ),
    StaffRoute::post(
        "/staff/organization/helpers/{id}/remove",
        Rule::Roles(ORGANIZATION_ADMINS),
    ),
    StaffRoute::post(
        "/staff/organization/tokens",
        Rule::Roles(ORGANIZATION_ADMINS),
    ),
    StaffRoute::post(
        "/staff/organization/tokens/{id}/revoke",
        Rule::Roles(ORGANIZATION_ADMINS),
    ),
    StaffRoute::post("/staff/accounts/{id}/grant", Rule::Roles(STAFF_KEEPERS)),
    StaffRoute::post("/staff/accounts/{id}/reset", Rule::Roles(STAFF_KEEPERS)),
    StaffRoute::post("/staff/accounts/{id}/disable", Rule::Roles(STAFF_KEEPERS)),
];
