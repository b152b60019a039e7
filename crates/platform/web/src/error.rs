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
    /// A form that does not have the fields its page sends (an old page, or not ours).
    FormUnreadable,
    /// A photo over its route's limit.
    TooLarge {
        megabytes: usize,
    },
    /// A form or API body over [`crate::BODY_LIMIT`].
    BodyTooLarge,
    /// An API body that is not JSON at all (its syntax, or its end, is wrong).
    BodyNotJson,
    /// An API body sent as something other than JSON.
    BodyMediaType,
    /// Fields that are not valid: (where, message key), e.g. ("travellers[1].birth_day", ...).
    Fields(Vec<(String, &'static str)>),
    /// The request is valid but conflicts with what is stored; the key says how.
    Conflict(&'static str),
    /// The database is out of reach for a moment (a failover, a restart): nothing is
    /// acknowledged, the person is told to send the same thing again shortly.
    Unavailable {
        reference: String,
    },
    /// Something that should not happen; the cause is logged under `reference` and not shown.
    Internal {
        reference: String,
    },
}

impl AppError {
    /// A body that could not be read: over [`crate::BODY_LIMIT`] (said with the limit), or
    /// `otherwise` (what is wrong with it for the form or API that read it).
    pub fn unread_body(e: axum::extract::rejection::BytesRejection, otherwise: AppError) -> Self {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            AppError::BodyTooLarge
        } else {
            otherwise
        }
    }

    /// A failure of the database's reach (logged as a warning with a reference number), or any
    /// other failure (logged as an error).
    fn from_failure(cause: impl std::fmt::Display, unavailable: bool) -> Self {
        if !unavailable {
            return AppError::internal(cause);
        }
        let reference = reference_number();
        tracing::warn!(%reference, error = %cause, "database unavailable");
        AppError::Unavailable { reference }
    }

    /// Logs an unexpected failure with a fresh reference number and returns the error to show.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let reference = reference_number();
        tracing::error!(%reference, error = %cause, "internal error");
        AppError::Internal { reference }
    }

    /// The one table from a variant to what it answers: status, problem type, and the words a
    /// page and a problem show (their own keys: a problem points to the API's documents).
    pub(crate) fn told(&self) -> Told {
        use AppError::*;
        let no_args = Vec::new;
        let (status, problem_type, page, problem, args) = match self {
            NotFound => (
                StatusCode::NOT_FOUND,
                "/problems/not-found",
                ("error-not-found-title", "error-not-found-body"),
                ("problem-not-found-title", "problem-not-found-detail"),
                no_args(),
            ),
            PortNotFound(code) => (
                StatusCode::NOT_FOUND,
                "/problems/port-not-found",
                ("error-not-found-title", "error-not-found-body"),
                (
                    "problem-port-not-found-title",
                    "problem-port-not-found-detail",
                ),
                vec![("code", Value::from(code.as_str().to_string()))],
            ),
            Input(e) => (
                StatusCode::BAD_REQUEST,
                "/problems/invalid-input",
                ("problem-invalid-input-title", e.message_key()),
                ("problem-invalid-input-title", e.message_key()),
                no_args(),
            ),
            SignInRequired => (
                StatusCode::UNAUTHORIZED,
                "/problems/sign-in-required",
                ("signin-required-title", "signin-required-body"),
                ("signin-required-title", "signin-required-body"),
                no_args(),
            ),
            Forbidden => (
                StatusCode::FORBIDDEN,
                "/problems/forbidden",
                ("forbidden-title", "forbidden-body"),
                ("forbidden-title", "forbidden-body"),
                no_args(),
            ),
            RateLimited { minutes } => (
                StatusCode::TOO_MANY_REQUESTS,
                "/problems/rate-limited",
                ("rate-limited-title", "rate-limited"),
                ("rate-limited-title", "rate-limited"),
                vec![("minutes", Value::from(*minutes))],
            ),
            FormExpired => (
                StatusCode::BAD_REQUEST,
                "/problems/form-expired",
                ("form-expired-title", "form-expired"),
                ("form-expired-title", "form-expired"),
                no_args(),
            ),
            FormUnreadable => (
                StatusCode::BAD_REQUEST,
                "/problems/form-unreadable",
                ("form-expired-title", "form-unreadable"),
                ("form-expired-title", "form-unreadable"),
                no_args(),
            ),
            TooLarge { megabytes } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "/problems/too-large",
                ("form-expired-title", "upload-too-large"),
                ("form-expired-title", "upload-too-large"),
                vec![("megabytes", Value::from(*megabytes))],
            ),
            BodyTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "/problems/too-large",
                ("form-expired-title", "body-too-large"),
                ("problem-invalid-input-title", "body-too-large"),
                vec![("kilobytes", Value::from(crate::BODY_LIMIT / 1024))],
            ),
            BodyNotJson => (
                StatusCode::BAD_REQUEST,
                "/problems/body-not-json",
                ("problem-invalid-input-title", "problem-body-not-json"),
                ("problem-invalid-input-title", "problem-body-not-json"),
                no_args(),
            ),
            BodyMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "/problems/body-media-type",
                ("problem-invalid-input-title", "problem-body-media-type"),
                ("problem-invalid-input-title", "problem-body-media-type"),
                no_args(),
            ),
            Fields(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "/problems/invalid-fields",
                ("problem-invalid-input-title", "registration-fix-fields"),
                ("problem-invalid-input-title", "registration-fix-fields"),
                no_args(),
            ),
            Conflict(key) => (
                StatusCode::CONFLICT,
                "/problems/conflict",
                ("problem-invalid-input-title", *key),
                ("problem-invalid-input-title", *key),
                no_args(),
            ),
            Unavailable { reference } => (
                StatusCode::SERVICE_UNAVAILABLE,
                "/problems/unavailable",
                ("error-unavailable-title", "error-unavailable-body"),
                ("problem-unavailable-title", "problem-unavailable-detail"),
                vec![("reference", Value::from(reference.clone()))],
            ),
            Internal { reference } => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "/problems/internal",
                ("error-internal-title", "error-internal-body"),
                ("problem-internal-title", "problem-internal-detail"),
                vec![("reference", Value::from(reference.clone()))],
            ),
        };
        Told {
            status,
            problem_type,
            page,
            problem,
            args,
        }
    }

    fn status(&self) -> StatusCode {
        self.told().status
    }

    fn problem(&self, i18n: &Catalogs, locale: Locale) -> Problem {
        let told = self.told();
        let (title, detail) = told.problem;
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
            problem_type: told.problem_type.to_string(),
            title: i18n.text(locale, title),
            status: told.status.as_u16(),
            detail: i18n.format(locale, detail, &told.args),
            reference: self.reference().map(str::to_string),
        }
    }

    /// For server errors: the number that ties what the person sees to the logged cause.
    pub(crate) fn reference(&self) -> Option<&str> {
        match self {
            AppError::Internal { reference } | AppError::Unavailable { reference } => {
                Some(reference)
            }
            _ => None,
        }
    }
}

/// What an error answers (see [`AppError::told`]): (title key, detail key) for a page and for a
/// problem, and the detail's arguments.
pub(crate) struct Told {
    pub status: StatusCode,
    pub problem_type: &'static str,
    pub page: (&'static str, &'static str),
    pub problem: (&'static str, &'static str),
    pub args: Vec<(&'static str, Value<'static>)>,
}

impl From<garita_kernel::ServiceError> for AppError {
    fn from(cause: garita_kernel::ServiceError) -> Self {
        let unavailable = cause.is_unavailable();
        AppError::from_failure(cause, unavailable)
    }
}

impl From<garita_store::StoreError> for AppError {
    fn from(cause: garita_store::StoreError) -> Self {
        let unavailable = cause.is_unavailable();
        AppError::from_failure(cause, unavailable)
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
    let locale = locale_of(request.headers(), state.cookies.lang);
    let is_api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    if let Some(error) = response.extensions_mut().remove::<AppError>() {
        let retry_after = match &error {
            AppError::RateLimited { minutes } => Some(minutes * 60),
            AppError::Unavailable { .. } => Some(UNAVAILABLE_RETRY_SECONDS),
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

/// How long a client waits before sending again while the database is out of reach: about
/// what a failover takes.
const UNAVAILABLE_RETRY_SECONDS: i64 = 15;

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
