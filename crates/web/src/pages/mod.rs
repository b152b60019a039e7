//! Server-rendered pages. Each handler builds a view model of ready-to-print strings and renders
//! an askama template; templates print, they do not decide.

mod home;
mod language;
mod ports;

use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use garita_i18n::{Catalogs, Locale, Value};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/ports", get(ports::show))
        .route("/language/{code}", get(language::choose))
        .route("/static/garita.css", get(stylesheet))
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
        let (title, body, reference) = match error {
            AppError::Internal { reference } => (
                page.t("error-internal-title"),
                page.t("error-internal-body"),
                Some(page.tf(
                    "error-reference",
                    &[("reference", Value::from(reference.as_str()))],
                )),
            ),
            AppError::Input(e) => (
                page.t("problem-invalid-input-title"),
                page.t(e.message_key()),
                None,
            ),
            AppError::NotFound | AppError::PortNotFound(_) => (
                page.t("error-not-found-title"),
                page.t("error-not-found-body"),
                None,
            ),
        };
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

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=604800"),
        ],
        include_str!("../../static/garita.css"),
    )
}
