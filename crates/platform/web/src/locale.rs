//! Which language a request is answered in.

use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::{HeaderMap, request::Parts};
use axum_extra::extract::CookieJar;
use garita_i18n::{Locale, negotiate};
use std::convert::Infallible;

/// The requester's language: their explicit choice (cookie), then `Accept-Language`, then English.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub Locale);

impl FromRequestParts<AppState> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(Lang(locale_of(&parts.headers, state.cookies.lang)))
    }
}

/// `cookie` is the language cookie's name (`CookieNames::lang`).
pub(crate) fn locale_of(headers: &HeaderMap, cookie: &str) -> Locale {
    let jar = CookieJar::from_headers(headers);
    let choice = jar.get(cookie).map(|c| c.value());
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    negotiate(choice, accept)
}
