//! Which language a request is answered in.

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::{HeaderMap, request::Parts};
use axum_extra::extract::CookieJar;
use garita_i18n::{Locale, negotiate};
use std::convert::Infallible;

/// The cookie that keeps a person's explicit choice of language.
pub const LANG_COOKIE: &str = "garita_lang";

/// The requester's language: their explicit choice (cookie), then `Accept-Language`, then English.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        Ok(Lang(locale_of(&parts.headers)))
    }
}

pub(crate) fn locale_of(headers: &HeaderMap) -> Locale {
    let jar = CookieJar::from_headers(headers);
    let choice = jar.get(LANG_COOKIE).map(|c| c.value());
    let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    negotiate(choice, accept)
}
