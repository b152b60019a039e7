//! Who may use which staff route: one table, one check. Every route under `/staff` must be listed
//! here; a route that is not is refused to everyone (fail closed). Officers and port supervisors
//! only reach their own port's routes; programme admins reach every port.

use crate::session::MaybeUser;
use crate::{AppError, AppState};
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
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

pub struct StaffRoute {
    pub method: Method,
    pub path: &'static str,
    pub rule: Rule,
}

const AUDIT_READERS: &[Role] = &[Role::Auditor, Role::ProgrammeAdmin];
const PORT_READERS: &[Role] = &[Role::Officer, Role::PortSupervisor, Role::ProgrammeAdmin];
const CAPACITY_WRITERS: &[Role] = &[Role::PortSupervisor, Role::ProgrammeAdmin];
const HELPERS: &[Role] = &[Role::Helper, Role::ProgrammeAdmin];
/// Working for a person who is present: helpers only (the services also check that the person is
/// assisted by the helper's own organization).
const ASSISTING: &[Role] = &[Role::Helper];
const REVIEWERS: &[Role] = &[Role::ProgrammeAdmin];
const OUTBOX_KEEPERS: &[Role] = &[Role::ProgrammeAdmin];
const PARTNERS: &[Role] = &[Role::PartnerValidator];
const OBSERVERS: &[Role] = &[Role::Observer];
/// Counts per port and day, no personal data.
const OVERVIEW_READERS: &[Role] = &[Role::ProgrammeAdmin, Role::Auditor];

pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute {
        method: Method::GET,
        path: "/staff",
        rule: Rule::AnyStaff,
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/audit",
        rule: Rule::Roles(AUDIT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/observe",
        rule: Rule::Roles(OBSERVERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/observe/commit",
        rule: Rule::Roles(OBSERVERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/observe/reveal",
        rule: Rule::Roles(OBSERVERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/overview",
        rule: Rule::Roles(OVERVIEW_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/overview.csv",
        rule: Rule::Roles(OVERVIEW_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/capacity",
        rule: Rule::AtPort(CAPACITY_WRITERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/slots",
        rule: Rule::AtPort(CAPACITY_WRITERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/close",
        rule: Rule::AtPort(CAPACITY_WRITERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}/wait-times",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/wait-times",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/recover",
        rule: Rule::Roles(HELPERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/recover",
        rule: Rule::Roles(HELPERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/people",
        rule: Rule::Roles(ASSISTING),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/people",
        rule: Rule::Roles(ASSISTING),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/people/{id}/act",
        rule: Rule::Roles(ASSISTING),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/people/{id}/handover",
        rule: Rule::Roles(ASSISTING),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/stop-acting",
        rule: Rule::Roles(ASSISTING),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/reviews",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/reviews/photos/{traveller}",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/reviews/photos/{traveller}",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/reviews/cases/{id}/close",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/reviews/cases/{id}/accept",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/reviews/confirmations/{appointment}/{traveller}",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/reviews/confirmations/{appointment}/{traveller}",
        rule: Rule::Roles(REVIEWERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}/day",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/find",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}/appointments/{id}",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/ports/{port}/appointments/{id}/travellers/{traveller}",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/photo",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/live-photo",
        rule: Rule::AtPort(PORT_READERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/check",
        rule: Rule::Roles(PARTNERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/check",
        rule: Rule::Roles(PARTNERS),
    },
    StaffRoute {
        method: Method::GET,
        path: "/staff/messages",
        rule: Rule::Roles(OUTBOX_KEEPERS),
    },
    StaffRoute {
        method: Method::POST,
        path: "/staff/messages/{id}/retry",
        rule: Rule::Roles(OUTBOX_KEEPERS),
    },
];

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

/// Middleware on every staff route.
pub async fn authorize(
    State(_state): State<AppState>,
    matched: Option<MatchedPath>,
    params: RawPathParams,
    MaybeUser(user): MaybeUser,
    request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let user = user.ok_or(AppError::SignInRequired)?;
    let path = matched.as_ref().map(|m| m.as_str()).unwrap_or_default();
    let route = STAFF_ROUTES
        .iter()
        .find(|r| r.path == path && r.method == *request.method())
        .ok_or(AppError::Forbidden)?;
    let port = params
        .iter()
        .find(|(name, _)| *name == "port")
        .map(|(_, v)| v);
    if !allows(route.rule, &user.account.grant, port) {
        return Err(AppError::Forbidden);
    }
    Ok(next.run(request).await)
}
