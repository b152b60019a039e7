//! Who is asking: the session cookie (or an API bearer token), the device cookie, the CSRF
//! cookie, and the client's address for rate limits.
//!
//! Cookies are HttpOnly and SameSite=Lax, Secure behind HTTPS. Every form carries a token derived
//! from the browser's CSRF cookie (a signed double-submit token), checked by [`check_csrf`].

use crate::{AppError, AppState};
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use garita_storage::records::{Account, Session, SessionKind};
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "garita_session";
pub const DEVICE_COOKIE: &str = "garita_device";
pub const CSRF_COOKIE: &str = "garita_csrf";
/// The challenge a browser is answering (a code page in progress).
pub const CHALLENGE_COOKIE: &str = "garita_challenge";

/// A cookie with Garita's attributes. `lasting` cookies survive closing the browser (the device
/// cookie, so a phone stays known); others end with the browser session. Server-side limits apply
/// to sessions whatever the cookie says.
pub fn cookie(
    state: &AppState,
    name: &'static str,
    value: String,
    lasting: bool,
) -> Cookie<'static> {
    let mut c = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .build();
    if lasting {
        c.make_permanent();
    }
    c
}

pub fn removal(name: &'static str) -> Cookie<'static> {
    Cookie::build((name, "")).path("/").build()
}

/// The signed-in account, if any, and its session.
#[derive(Clone)]
pub struct CurrentUser {
    pub account: Account,
    pub session: Session,
    /// For a helper working with a person who is present: that person's account.
    pub subject: Option<Account>,
}

impl CurrentUser {
    /// The account the registration pages work in: the person a helper works for, or one's own.
    pub fn subject(&self) -> &Account {
        self.subject.as_ref().unwrap_or(&self.account)
    }
}

/// The signed-in account, if there is one. Web pages use the session cookie; the JSON API uses
/// `Authorization: Bearer`.
pub struct MaybeUser(pub Option<CurrentUser>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        if let Some(user) = parts.extensions.get::<CurrentUser>() {
            return Ok(MaybeUser(Some(user.clone())));
        }
        let bearer = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_string);
        let (token, kind) = match bearer {
            Some(token) => (Some(token), SessionKind::Api),
            None => (
                CookieJar::from_headers(&parts.headers)
                    .get(SESSION_COOKIE)
                    .map(|c| c.value().to_string()),
                SessionKind::Web,
            ),
        };
        let Some(token) = token else {
            return Ok(MaybeUser(None));
        };
        let found = state.services.current_session(&token, kind).await?;
        let user = match found {
            Some((session, account)) => {
                let subject = state.services.acting_subject(&account, &session).await?;
                Some(CurrentUser {
                    account,
                    session,
                    subject,
                })
            }
            None => None,
        };
        if let Some(user) = &user {
            parts.extensions.insert(user.clone());
        }
        Ok(MaybeUser(user))
    }
}

/// A signed-in account, or the sign-in page (a 401 problem for the API).
pub struct SignedIn(pub CurrentUser);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        match MaybeUser::from_request_parts(parts, state).await?.0 {
            Some(user) => Ok(SignedIn(user)),
            None => Err(AppError::SignInRequired),
        }
    }
}

/// The browser's CSRF cookie value (set by [`csrf_cookie`] when missing).
#[derive(Clone)]
pub struct CsrfCookie(pub String);

/// Middleware: makes sure every browser has a CSRF cookie, and hands its value to handlers.
pub async fn csrf_cookie(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let existing = jar.get(CSRF_COOKIE).map(|c| c.value().to_string());
    let value = existing
        .clone()
        .unwrap_or_else(garita_security::codes::token);
    request.extensions_mut().insert(CsrfCookie(value.clone()));
    let response = next.run(request).await;
    if existing.is_some() {
        return response;
    }
    let jar = CookieJar::new().add(cookie(&state, CSRF_COOKIE, value, false));
    (jar, response).into_response()
}

/// The form token to put in a hidden `csrf` field.
pub fn csrf_token(state: &AppState, parts: &CsrfCookie) -> String {
    state.services.keys.csrf_token(&parts.0)
}

/// Refuses a form whose token does not match this browser's CSRF cookie.
pub fn check_csrf(state: &AppState, cookie: &CsrfCookie, submitted: &str) -> Result<(), AppError> {
    if state.services.keys.csrf_matches(&cookie.0, submitted) {
        Ok(())
    } else {
        Err(AppError::FormExpired)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfCookie {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<CsrfCookie>()
            .cloned()
            .ok_or_else(|| AppError::internal("CSRF middleware missing"))
    }
}

/// The client's IP address (for rate limits only; it is hashed before it is stored).
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_else(|| "unknown".into());
        Ok(ClientIp(ip))
    }
}
