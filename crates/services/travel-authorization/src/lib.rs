//! Advance travel authorization: a supporter in the United States files for one or more
//! beneficiaries under a programme (who may be one, a monthly cap shared by a pool, 90 days'
//! validity, perhaps one extension); each beneficiary is invited in their language, confirms
//! their data, answers the attestations, enters the passport's machine-readable zone and takes a
//! live photo; a reviewer decides within the cap; the authorization is a signed proof with a QR
//! code that `/verify` checks; at the port of arrival an officer records the parole. The
//! supporter side's signals open review cases, never refusals. See `README.md` for the code map.

pub mod api;
pub mod app;
pub mod domain;
pub mod messages;
pub mod proofs;
pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::staff::StaffRoute;
use garita_kernel::{Service, Services};

/// The service's words in every language (`locales/<code>/`).
pub const CATALOGS: garita_i18n::checks::Sources =
    garita_i18n::catalogs!("travel_authorization.ftl", "travel_authorization_pages.ftl");

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "travel-authorization",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: messages::KINDS,
        people: app::people,
        payable: None,
        proofs: Some(proofs::check),
        jobs: app::kinds::<C>,
        staff_routes: STAFF_ROUTES,
        settings: app::SETTINGS,
        amounts: &[],
    }
}

/// Its staff pages and who may use them (`web/staff.rs`).
pub const STAFF_ROUTES: &[StaffRoute] = web::STAFF_ROUTES;

/// What the service writes in the audit log (stable codes; never personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ProgrammeOpened,
    ProgrammeClosed,
    Filed,
    InvitationTaken,
    Confirmed,
    Authorized,
    NotAuthorized,
    Extended,
    Expired,
    /// An officer looked for an authorization (how many found, only).
    Searched,
    /// A reviewer opened a person's evidence.
    Opened,
    /// A reviewer looked at a person's photo.
    PhotoViewed,
    Paroled,
    ReviewClosed,
}

impl AuditCode for Action {
    fn code(&self) -> &'static str {
        match self {
            Action::ProgrammeOpened => "travel-authorization.programme-opened",
            Action::ProgrammeClosed => "travel-authorization.programme-closed",
            Action::Filed => "travel-authorization.filed",
            Action::InvitationTaken => "travel-authorization.invitation-taken",
            Action::Confirmed => "travel-authorization.confirmed",
            Action::Authorized => "travel-authorization.authorized",
            Action::NotAuthorized => "travel-authorization.not-authorized",
            Action::Extended => "travel-authorization.extended",
            Action::Expired => "travel-authorization.expired",
            Action::Searched => "travel-authorization.searched",
            Action::Opened => "travel-authorization.opened",
            Action::PhotoViewed => "travel-authorization.photo-viewed",
            Action::Paroled => "travel-authorization.paroled",
            Action::ReviewClosed => "travel-authorization.review-closed",
        }
    }
}
