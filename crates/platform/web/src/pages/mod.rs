//! Server-rendered pages. Each handler builds a view model of ready-to-print strings and renders
//! an askama template; templates print, they do not decide.

mod about;
mod account;
mod audit_log;
mod cases;
mod close;
pub(crate) mod home;
mod joining;
mod language;
mod notices;
mod organizations;
mod outbox;
mod payment_differences;
mod people;
mod ports;
mod record_check;
mod recover;
pub mod registration;
pub mod reviews;
mod setup;
mod signin;
mod signup;
mod staff;
mod staff_accounts;

use crate::view::Block;
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::{get, post};
use garita_i18n::{Catalogs, Locale, Value};

/// The kernel's pages, then each service's.
pub fn routes<C>(state: &AppState, services: &[crate::WebService<C>]) -> Router<AppState> {
    let mut router = Router::new()
        .route("/", get(home::show))
        .route("/ports", get(ports::show))
        .route("/privacy", get(about::privacy))
        .route(
            "/record/check",
            get(record_check::show).post(record_check::submit).layer(
                axum::extract::DefaultBodyLimit::max(record_check::MAX_RECORD),
            ),
        )
        .route("/accessibility", get(about::accessibility))
        .route("/language/{code}", get(language::choose))
        .route("/static/garita.css", get(stylesheet))
        .route("/favicon.ico", get(favicon))
        .route("/static/camera.js", get(camera_script))
        .route("/static/countdown.js", get(countdown_script))
        .route("/signup", get(signup::consent))
        .route("/signup/details", get(signup::details).post(signup::submit))
        .route(
            "/signup/verify",
            get(signup::verify).post(signup::verify_submit),
        )
        .route("/signup/verify/resend", post(signup::resend))
        .route("/verify-email/{link}", get(signup::verify_link))
        .route("/signin", get(signin::show).post(signin::submit))
        .route(
            "/signin/device",
            get(signin::device).post(signin::device_submit),
        )
        .route(
            "/signin/code",
            get(signin::authenticator).post(signin::authenticator_submit),
        )
        .route("/signout", post(signin::sign_out))
        .route("/signout/everywhere", post(signin::sign_out_everywhere))
        .route(
            "/consent",
            get(signin::consent_again).post(signin::consent_accept),
        )
        .route("/account", get(account::show))
        .route("/account/close", get(close::show).post(close::submit))
        .route("/account/cases", get(cases::show))
        .route("/account/cases/{id}/appeal", post(cases::appeal))
        .route("/account/language", post(account::set_language))
        .route("/account/notices", post(account::set_notices))
        .route("/account/helpers/withdraw", post(account::withdraw_help))
        .route("/account/recovery-codes", post(account::new_recovery_codes))
        .route("/account/sessions/end", post(account::end_session))
        .route(
            "/account/authenticator",
            get(account::authenticator).post(account::authenticator_submit),
        )
        .route("/recover", get(recover::show))
        .route("/recover/code", post(recover::with_code))
        .route(
            "/recover/email",
            get(recover::email_code).post(recover::by_email),
        )
        .route("/recover/email/finish", post(recover::email_finish))
        .route("/setup/{link}", get(setup::show).post(setup::submit))
        .route("/registration", get(registration::show))
        .route(
            "/registration/start",
            get(registration::start).post(registration::start_submit),
        )
        .route(
            "/registration/address",
            get(registration::address).post(registration::address_submit),
        )
        .route(
            "/registration/travellers/{id}",
            get(registration::traveller).post(registration::traveller_submit),
        )
        .route(
            "/registration/travellers/{id}/remove",
            post(registration::remove_traveller),
        )
        .route(
            "/registration/travellers/{id}/identity-review",
            post(registration::ask_identity_review),
        )
        .route("/registration/history", get(registration::history))
        .route("/notices", get(notices::mine))
        .route(
            "/organizations/apply",
            get(joining::form).post(joining::apply),
        )
        .route("/registration/review", post(registration::ask_review))
        .route(
            "/registration/travellers/{id}/photo",
            get(registration::photo::show)
                .post(registration::photo::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    registration::photo::MAX_UPLOAD,
                )),
        )
        .route(
            "/registration/travellers/{id}/photo.jpg",
            get(registration::photo::image),
        )
        .route("/registration/record", get(registration::record::page))
        .route(
            "/registration/record.json",
            get(registration::record::download),
        )
        .route(
            "/.well-known/garita-keys.json",
            get(registration::record::keys),
        )
        .route(
            "/audit/checkpoints",
            get(registration::record::audit_checkpoints),
        );
    for service in services {
        router = router.merge((service.pages)(state));
    }
    router
}

/// Staff pages, the kernel's and each service's; every one passes `policy::authorize` (listed
/// in the build's staff routes).
pub fn staff_routes<C>(state: &AppState, services: &[crate::WebService<C>]) -> Router<AppState> {
    let mut router = Router::new()
        .route("/staff", get(staff::home))
        .route("/staff/audit", get(audit_log::show))
        .route("/staff/audit.csv", get(audit_log::csv))
        .route("/staff/messages", get(outbox::show))
        .route("/staff/notices", get(notices::staff).post(notices::send))
        .route("/staff/payments", get(payment_differences::show))
        .route(
            "/staff/payments/differences/{id}/close",
            post(payment_differences::close),
        )
        .route(
            "/staff/accounts",
            get(staff_accounts::show).post(staff_accounts::create),
        )
        .route("/staff/accounts/{id}/grant", post(staff_accounts::change))
        .route(
            "/staff/organizations",
            get(organizations::list).post(organizations::add),
        )
        .route("/staff/organization", get(organizations::own))
        .route("/staff/organizations/requests/{id}", post(joining::decide))
        .route(
            "/staff/organization/helpers",
            post(organizations::add_helper),
        )
        .route(
            "/staff/organization/helpers/{id}/remove",
            post(organizations::remove_helper),
        )
        .route(
            "/staff/organization/tokens",
            post(organizations::make_token),
        )
        .route(
            "/staff/organization/tokens/{id}/revoke",
            post(organizations::revoke_token),
        )
        .route("/staff/accounts/{id}/reset", post(staff_accounts::reset))
        .route(
            "/staff/accounts/{id}/disable",
            post(staff_accounts::disable),
        )
        .route("/staff/messages/{id}/retry", post(outbox::retry))
        .route(
            "/staff/recover",
            get(staff::recover).post(staff::recover_submit),
        )
        .route("/staff/people", get(people::list).post(people::create))
        .route("/staff/people/{id}/act", post(people::act))
        .route("/staff/people/{id}/handover", post(people::handover))
        .route("/staff/stop-acting", post(people::stop))
        .route("/staff/reviews", get(reviews::queue))
        .route(
            "/staff/reviews/photos/{traveller}",
            get(reviews::photo).post(reviews::decide_photo),
        )
        .route(
            "/staff/reviews/cases/{id}/decide",
            post(reviews::decide_case),
        )
        .route(
            "/staff/reviews/cases/{id}/accept",
            post(reviews::accept_identity),
        );
    for service in services {
        router = router.merge((service.staff)(state));
    }
    router.route_layer(axum::middleware::from_fn_with_state(
        state.clone(),
        crate::policy::authorize,
    ))
}

/// The services' links on a platform page, in their words: the main steps (buttons), then the
/// others.
pub struct Links {
    pub buttons: Vec<(&'static str, String)>,
    pub others: Vec<(&'static str, String)>,
}

impl Links {
    pub fn on(state: &AppState, page: &Chrome, on: crate::On) -> Links {
        let words = |l: &&&crate::Link| (l.href, page.t(l.key));
        let here: Vec<&&crate::Link> = state.links.iter().filter(|l| l.on == on).collect();
        Links {
            buttons: here.iter().filter(|l| l.button).map(words).collect(),
            others: here.iter().filter(|l| !l.button).map(words).collect(),
        }
    }

    /// The links added to `block`, the main steps first (on pages built with the page kit).
    pub fn onto(self, block: Block) -> Block {
        self.buttons
            .into_iter()
            .chain(self.others)
            .fold(block, |block, (href, text)| block.link(href, text))
    }
}

/// The zone a person's times are shown in: their browser's (a cookie set by the pages' script),
/// else Mexico City's, where most people using Garita are.
pub fn person_zone(jar: &axum_extra::extract::CookieJar) -> chrono_tz::Tz {
    jar.get("tz")
        .and_then(|c| c.value().parse().ok())
        .unwrap_or(chrono_tz::America::Mexico_City)
}

/// What every page shows around its content: language, direction, navigation, language picker.
pub struct Chrome<'a> {
    pub locale: Locale,
    i18n: &'a Catalogs,
    pub languages: Vec<LanguageLink>,
}

pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl<'a> Chrome<'a> {
    /// `path` is the page's own path, so that choosing a language comes back to it.
    pub fn new(i18n: &'a Catalogs, locale: Locale, path: &str) -> Self {
        let languages = Locale::ALL
            .into_iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.native_name(),
                href: format!("/language/{}?next={}", l.code(), path),
                current: l == locale,
            })
            .collect();
        Chrome {
            locale,
            i18n,
            languages,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.text(self.locale, key)
    }

    pub fn tf(&self, key: &str, args: &[(&str, Value)]) -> String {
        self.i18n.format(self.locale, key, args)
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }

    pub fn stylesheet(&self) -> &'static str {
        STYLESHEET_URL
    }
}

const STYLESHEET_URL: &str = concat!("/static/garita.css?v=", env!("CARGO_PKG_VERSION"));

/// Renders a template, or a calm error page if rendering itself fails.
pub fn render(template: &impl Template) -> Result<Html<String>, AppError> {
    template.render().map(Html).map_err(AppError::internal)
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    page: Chrome<'a>,
    title: String,
    body: String,
    reference: Option<String>,
}

impl ErrorPage<'_> {
    /// The page shown for an [`AppError`] on a page route.
    pub fn render(i18n: &Catalogs, locale: Locale, error: &AppError) -> Html<String> {
        let page = Chrome::new(i18n, locale, "/");
        let told = error.told();
        let (title, body) = told.page;
        // The page's body takes no arguments but rate limits' minutes; the reference is a line
        // of its own.
        let (title, body) = (page.t(title), page.tf(body, &told.args));
        let reference = error
            .reference()
            .map(|r| page.tf("error-reference", &[("reference", Value::from(r))]));
        let view = ErrorPage {
            page,
            title,
            body,
            reference,
        };
        // The error page has no inputs that could fail to render; fall back to plain text anyway.
        Html(view.render().unwrap_or_else(|_| "Error".to_string()))
    }
}

/// A person's photo: never kept by the browser or anything in between.
pub fn jpeg(bytes: Vec<u8>) -> axum::response::Response {
    (
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        bytes,
    )
        .into_response()
}

/// A script of ours with its cache policy (a week; the service worker: re-checked on every
/// load, so a new version reaches phones).
pub fn script(body: &'static str, cache: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        body,
    )
}

/// The port a path names: a code that is not one answers 400, an unknown port 404.
pub async fn port_named(state: &AppState, code: &str) -> Result<garita_domain::Port, AppError> {
    let code = garita_domain::PortCode::parse(code).map_err(AppError::Input)?;
    state
        .store
        .port(&code)
        .await?
        .ok_or(AppError::PortNotFound(code))
}

const WEEK: &str = "public, max-age=604800";

async fn camera_script() -> impl IntoResponse {
    script(include_str!("../../static/camera.js"), WEEK)
}

async fn countdown_script() -> impl IntoResponse {
    script(include_str!("../../static/countdown.js"), WEEK)
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, WEEK),
        ],
        include_str!("../../static/garita.css"),
    )
}

/// The tab's icon (an SVG, which browsers take at `/favicon.ico` too): no 404 on every page.
async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, WEEK),
        ],
        include_str!("../../static/favicon.svg"),
    )
}
