//! The service's pages, rendered on the server (the photo's movement check and the position need
//! the page's script; without it a still goes to a person, and a programme that records the
//! country says what to do):
//! - `/travel-authorization`: the programmes in plain words, one's filings and one's own part;
//! - `supporter.rs`: filing (`/travel-authorization/file`) and a case with its extension;
//! - `beneficiary.rs`: taking an invitation's code and confirming, then the authorization's QR;
//! - `staff.rs`: the reviewers' queue and decision, the review cases, opening and closing a
//!   programme, and the officers' page at the port of arrival.

mod beneficiary;
mod staff;
mod supporter;

use crate::app::TravelAuthorization;
use crate::domain::{Problem, Programme};
use axum::Router;
use axum::extract::State;
use axum::response::Html;
use axum::routing::{get, post};
use garita_i18n::{Locale, Value};
use garita_kernel::Services;
use garita_web::pages::Chrome;
use garita_web::session::MaybeUser;
use garita_web::view::{Block, GenericPage, Table};
use garita_web::{AppError, AppState, Lang, Link, On, WebService};

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/travel-authorization",
            key: "ta-title",
            button: false,
        }],
        pages,
        staff: staff::routes,
        api: crate::api::routes,
        openapi: crate::api::openapi,
    }
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/travel-authorization", get(home))
        .route(
            "/travel-authorization/file",
            get(supporter::show).post(supporter::file),
        )
        .route("/travel-authorization/cases/{case}", get(supporter::case))
        .route(
            "/travel-authorization/cases/{case}/beneficiaries/{id}/extend",
            post(supporter::extend),
        )
        .route(
            "/travel-authorization/invitation",
            get(beneficiary::invitation).post(beneficiary::claim),
        )
        .route(
            "/travel-authorization/beneficiaries/{id}",
            get(beneficiary::show).post(beneficiary::confirm).layer(
                axum::extract::DefaultBodyLimit::max(
                    garita_web::pages::registration::photo::MAX_UPLOAD,
                ),
            ),
        )
}

/// Its staff routes and who may use them.
pub const STAFF_ROUTES: &[garita_kernel::staff::StaffRoute] = staff::ROUTES;

pub(crate) fn service_on(state: &AppState) -> TravelAuthorization {
    TravelAuthorization::on(&state.services)
}

/// The message of the first problem with `field`.
pub(crate) fn problem(page: &Chrome, problems: &[Problem], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, key)| page.t(key))
}

/// A programme's nationalities, named in the reader's language.
pub(crate) fn nationalities(locale: Locale, p: &Programme) -> Vec<(String, String)> {
    p.nationalities
        .split(',')
        .map(str::trim)
        .map(|c| {
            let name = garita_i18n::countries::name(locale, c).unwrap_or(c);
            (c.to_string(), name.to_string())
        })
        .collect()
}

/// A beneficiary's state in words.
pub(crate) fn status(page: &Chrome, status: &str) -> String {
    page.tf("ta-status", &[("status", Value::from(status.to_string()))])
}

async fn home(
    State(state): State<AppState>,
    Lang(locale): Lang,
    MaybeUser(user): MaybeUser,
) -> Result<Html<String>, AppError> {
    let service = service_on(&state);
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let mut rows = vec![];
    for p in service.store.programmes().await? {
        let who: Vec<String> = nationalities(locale, &p)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let extension = if p.extensions > 0 {
            page.tf(
                "ta-programme-extension",
                &[("days", Value::from(p.extension_days))],
            )
        } else {
            page.t("ta-programme-no-extension")
        };
        rows.push(vec![
            page.t(&p.name_key()),
            who.join(", "),
            page.tf("ta-programme-days", &[("days", Value::from(p.valid_days))]),
            extension,
            page.t(if p.is_open() {
                "ta-programme-open"
            } else {
                "ta-programme-closed"
            }),
        ]);
    }
    let programmes = Block {
        table: Some(Table {
            head: vec![
                page.t("ta-programme"),
                page.t("ta-programme-who"),
                page.t("ta-programme-validity"),
                page.t("ta-programme-extension-head"),
                page.t("ta-programme-state"),
            ],
            rows,
        }),
        ..Block::text(page.t("ta-intro"))
    }
    .para(page.t("ta-intro-decision"));
    let mut steps = Block::heading(page.t("ta-steps"))
        .link("/travel-authorization/file", page.t("ta-file-link"))
        .link(
            "/travel-authorization/invitation",
            page.t("ta-invitation-link"),
        );
    steps.paragraphs.push(page.t("ta-no-fee"));
    let mut view = GenericPage::new(page, "ta-title")
        .block(programmes)
        .block(steps);
    if let Some(user) = user {
        let account = &user.subject().id;
        let cases = service.cases_of(account).await?;
        if !cases.is_empty() {
            let mut block = Block::heading(view.page.t("ta-your-filings"));
            for c in cases {
                let text = view.page.tf(
                    "ta-filing-line",
                    &[
                        ("reference", Value::from(c.reference.clone())),
                        (
                            "programme",
                            Value::from(view.page.t(&format!("ta-programme-{}", c.programme))),
                        ),
                    ],
                );
                block = block.link(&format!("/travel-authorization/cases/{}", c.id), text);
            }
            view = view.block(block);
        }
        let mine = service.mine(account).await?;
        if !mine.is_empty() {
            let mut block = Block::heading(view.page.t("ta-your-part"));
            for o in mine {
                let text = format!(
                    "{} {}: {}",
                    o.details.name.given,
                    o.details.name.family,
                    status(&view.page, &o.row.status)
                );
                block = block.link(
                    &format!("/travel-authorization/beneficiaries/{}", o.row.id),
                    text,
                );
            }
            view = view.block(block);
        }
    }
    view.render()
}
