//! Who is asking: the session cookie (or an API bearer token), the device cookie, and the
//! client's address for rate limits. Forms and their CSRF tokens are in `csrf.rs`.
//!
//! Cookies are HttpOnly and SameSite=Lax; behind HTTPS they are Secure and named with the
//! `__Host-` prefix, so no other host or path can set or shadow them.

use crate::{AppError, AppState};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use garita_domain::Role;
use garita_store::records::{Account, Session, SessionKind};
use std::net::SocketAddr;

/// The names of Garita's cookies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookieNames {
    pub session: &'static str,
    /// Keeps a phone known across sessions.
    pub device: &'static str,
    pub csrf: &'static str,
    /// The challenge a browser is answering (a code page in progress).
    pub challenge: &'static str,
    /// A person's explicit choice of language.
    pub lang: &'static str,
}

impl CookieNames {
    /// Over plain HTTP (a local trial): browsers refuse `__Host-` cookies that are not Secure.
    pub const PLAIN: CookieNames = CookieNames {
        session: "garita_session",
        device: "garita_device",
        csrf: "garita_csrf",
        challenge: "garita_challenge",
        lang: "garita_lang",
    };
    /// Behind HTTPS: Secure, `Path=/`, no `Domain`, which the prefix makes browsers enforce.
    pub const HOST: CookieNames = CookieNames {
        session: "__Host-garita_session",
        device: "__Host-garita_device",
        csrf: "__Host-garita_csrf",
        challenge: "__Host-garita_challenge",
        lang: "__Host-garita_lang",
    };

    pub fn for_secure(secure: bool) -> CookieNames {
        if secure { Self::HOST } else { Self::PLAIN }
    }
}

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

/// What removes a cookie: the same name, path and `Secure` (a browser ignores a removal of a
/// `__Host-` cookie that is not Secure).
pub fn removal(state: &AppState, name: &'static str) -> Cookie<'static> {
    Cookie::build((name, ""))
        .path("/")
        .secure(state.secure_cookies)
        .build()
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
                    .get(state.cookies.session)
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

/// An organisation's system calling the API with one of its tokens (`Authorization: Bearer
/// garita_org_...`, made by the organisation's admin), or a 401 problem.
pub struct OrganizationCaller(pub garita_kernel::org_tokens::OrganizationClient);

impl FromRequestParts<AppState> for OrganizationCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(AppError::SignInRequired)?;
        match state.services.organization_client(token).await? {
            Some(client) => Ok(OrganizationCaller(client)),
            None => Err(AppError::SignInRequired),
        }
    }
}

impl OrganizationCaller {
    /// The organisation's name and the token's id, if the organisation is of one of `kinds`
    /// (a bus carrier's token cannot book a cargo inspection); 403 otherwise.
    pub fn of_kind(&self, kinds: &[&str]) -> Result<(&str, &str), AppError> {
        let org = &self.0.organization;
        if kinds.contains(&org.kind.as_str()) {
            Ok((&org.name, &self.0.token_id))
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The organisation a signed-in person works for (as its admin or one of its members), if it
/// is of one of `kinds`; anyone else may not use a page for such organisations (403).
pub async fn member_of(
    state: &AppState,
    user: &CurrentUser,
    kinds: &[&str],
) -> Result<String, AppError> {
    let grant = &user.account.grant;
    let org = grant
        .organization
        .as_ref()
        .filter(|_| matches!(grant.role, Role::OrganizationAdmin | Role::Helper))
        .ok_or(AppError::Forbidden)?;
    let of_kind = state
        .services
        .organizations()
        .await?
        .iter()
        .any(|o| &o.name == org && kinds.contains(&o.kind.as_str()));
    if of_kind {
        Ok(org.clone())
    } else {
        Err(AppError::Forbidden)
    }
}
