//! One error type for the HTTP layer and one place that turns it into a response.
//!
//! Policy: an expected failure (not found, invalid input) is a variant with a message key, shown in
//! the requester's language. An unexpected one is logged with its cause and a reference number;
//! the person sees a calm page (or problem) with that reference and never the cause. Handlers
//! return `AppError` without knowing the language: [`localize`] renders it, as an HTML page for
//! pages and as `application/problem+json` (RFC 9457) under `/api/`.

use crate::AppState;
use crate::locale::locale_of;
use crate::pages::ErrorPage;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use garita_domain::{InputError, PortCode};
use garita_i18n::{Catalogs, Locale, Value};
use serde::Serialize;

#[derive(Debug, Clone)]
pub enum AppError {
    NotFound,
    PortNotFound(PortCode),
    Input(InputError),
    /// Pages send the person to sign in; the API answers 401.
    SignInRequired,
    /// Signed in, but this is for another role or another port.
    Forbidden,
    RateLimited {
        minutes: i64,
    },
    /// A form whose CSRF token does not match this browser (old, or from another site).
    FormExpired,
    /// Fields that are not valid: (where, message key), e.g. ("travellers[1].birth_day", ...).
    Fields(Vec<(String, &'static str)>),
    /// The request is valid but conflicts with what is stored; the key says how.
    Conflict(&'static str),
    /// Something that should not happen; the cause is logged under `reference` and not shown.
    Internal {
        reference: String,
    },
}

impl AppError {
    /// Logs an unexpected failure with a fresh reference number and returns the error to show.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let reference = reference_number();
        tracing::error!(%reference, error = %cause, "internal error");
        AppError::Internal { reference }
    }

    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound | AppError::PortNotFound(_) => StatusCode::NOT_FOUND,
            AppError::Input(_) | AppError::FormExpired => StatusCode::BAD_REQUEST,
            AppError::Fields(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem's stable type (a URI reference relative to the service), never translated.
    fn problem_type(&self) -> &'static str {
        match self {
            AppError::NotFound => "/problems/not-found",
            AppError::PortNotFound(_) => "/problems/port-not-found",
            AppError::Input(_) => "/problems/invalid-input",
            AppError::SignInRequired => "/problems/sign-in-required",
            AppError::Forbidden => "/problems/forbidden",
            AppError::RateLimited { .. } => "/problems/rate-limited",
            AppError::FormExpired => "/problems/form-expired",
            AppError::Fields(_) => "/problems/invalid-fields",
            AppError::Conflict(_) => "/problems/conflict",
            AppError::Internal { .. } => "/problems/internal",
        }
    }

    fn problem(&self, i18n: &Catalogs, locale: Locale) -> Problem {
        let (title, detail) = match self {
            AppError::NotFound => (
                "problem-not-found-title",
                i18n.text(locale, "problem-not-found-detail"),
            ),
            AppError::PortNotFound(code) => (
                "problem-port-not-found-title",
                i18n.format(
                    locale,
                    "problem-port-not-found-detail",
                    &[("code", Value::from(code.as_str()))],
                ),
            ),
            AppError::Input(e) => (
                "problem-invalid-input-title",
                i18n.text(locale, e.message_key()),
            ),
            AppError::SignInRequired => (
                "signin-required-title",
                i18n.text(locale, "signin-required-body"),
            ),
            AppError::Forbidden => ("forbidden-title", i18n.text(locale, "forbidden-body")),
            AppError::RateLimited { minutes } => (
                "rate-limited-title",
                i18n.format(
                    locale,
                    "rate-limited",
                    &[("minutes", Value::from(*minutes))],
                ),
            ),
            AppError::Fields(_) => (
                "problem-invalid-input-title",
                i18n.text(locale, "registration-fix-fields"),
            ),
            AppError::Conflict(key) => ("problem-invalid-input-title", i18n.text(locale, key)),
            AppError::FormExpired => ("form-expired-title", i18n.text(locale, "form-expired")),
            AppError::Internal { reference } => (
                "problem-internal-title",
                i18n.format(
                    locale,
                    "problem-internal-detail",
                    &[("reference", Value::from(reference.as_str()))],
                ),
            ),
        };
        let errors = match self {
            AppError::Fields(fields) => fields
                .iter()
                .map(|(field, key)| FieldProblem {
                    field: field.clone(),
                    detail: i18n.text(locale, key),
                })
                .collect(),
            _ => vec![],
        };
        Problem {
            errors,
            problem_type: self.problem_type().to_string(),
            title: i18n.text(locale, title),
            status: self.status().as_u16(),
            detail,
            reference: match self {
                AppError::Internal { reference } => Some(reference.clone()),
                _ => None,
            },
        }
    }
}

impl IntoResponse for AppError {
    /// A bare status carrying the error; [`localize`] renders it in the requester's language.
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Stable identifier of the kind of problem, e.g. `/problems/port-not-found`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short summary in the requester's language.
    pub title: String,
    pub status: u16,
    /// What happened and what to do next, in the requester's language.
    pub detail: String,
    /// For server errors: the number to quote to the help team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// For invalid fields: each field and what to do about it, in the requester's language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    /// Where, e.g. `travellers[1].birth_day` or `address.zip`.
    pub field: String,
    pub detail: String,
}

/// Middleware: says which language the answer is in and renders any [`AppError`] in it.
pub async fn localize(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = locale_of(request.headers());
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    if let Some(error) = response.extensions_mut().remove::<AppError>() {
        let retry_after = match &error {
            AppError::RateLimited { minutes } => Some(minutes * 60),
            _ => None,
        };
        response = if is_api {
            let problem = error.problem(&state.i18n, locale);
            let mut r = (error.status(), Json(problem)).into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/problem+json"),
            );
            r
        } else if matches!(error, AppError::SignInRequired) {
            axum::response::Redirect::to("/signin").into_response()
        } else {
            (
                error.status(),
                ErrorPage::render(&state.i18n, locale, &error),
            )
                .into_response()
        };
        if let Some(seconds) = retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(locale.code()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// A short random number that ties what a person sees to the log line with the cause.
fn reference_number() -> String {
    use std::hash::{BuildHasher, Hasher};
    // RandomState is seeded from the OS; this needs to be unpredictable enough to be unique, not
    // secret.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    format!("{:08X}", hasher.finish() as u32)
}
