//! Forms that check their own CSRF token, so that a forgotten check cannot happen.
//!
//! Every browser gets a CSRF cookie ([`csrf_cookie`]); every form carries a hidden `csrf` field
//! whose token is keyed on that cookie *and* on the session cookie ([`csrf_token`]). A handler
//! takes its body as [`CsrfForm<T>`] or [`CsrfMultipart`]; neither hands anything over before the
//! token matched. A cookie and token planted in a victim's browser (through a sibling host, say)
//! stop matching once the victim signs in, and `__Host-` cookie names (behind HTTPS) stop the
//! planting itself.

use crate::{AppError, AppState};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Multipart, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// The browser's CSRF cookie value and its session cookie's (set by [`csrf_cookie`]).
#[derive(Clone)]
pub struct CsrfCookie {
    cookie: String,
    session: Option<String>,
}

impl CsrfCookie {
    /// What stays the same for this browser across sign-ins (its CSRF cookie): for counting
    /// what one device does. Never store it as it is: keep a keyed hash.
    pub fn browser(&self) -> &str {
        &self.cookie
    }

    /// For a page rendered by the response that ends the session: its forms are sent without it.
    pub fn signed_out(&self) -> CsrfCookie {
        CsrfCookie {
            cookie: self.cookie.clone(),
            session: None,
        }
    }
}

/// Middleware: makes sure every browser has a CSRF cookie, and hands it (with the session
/// cookie) to handlers.
pub async fn csrf_cookie(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    // The API and the operations endpoints have no forms: no cookie to read or to give.
    let path = request.uri().path();
    if path.starts_with("/api/") || matches!(path, "/healthz" | "/readyz" | "/metrics") {
        return next.run(request).await;
    }
    let jar = CookieJar::from_headers(request.headers());
    let names = state.cookies;
    let existing = jar.get(names.csrf).map(|c| c.value().to_string());
    let session = jar.get(names.session).map(|c| c.value().to_string());
    let value = existing
        .clone()
        .unwrap_or_else(garita_security::codes::token);
    request.extensions_mut().insert(CsrfCookie {
        cookie: value.clone(),
        session,
    });
    let response = next.run(request).await;
    if existing.is_some() {
        return response;
    }
    let jar = CookieJar::new().add(crate::session::cookie(&state, names.csrf, value, false));
    (jar, response).into_response()
}

/// The form token to put in a hidden `csrf` field.
pub fn csrf_token(state: &AppState, csrf: &CsrfCookie) -> String {
    state
        .services
        .keys
        .csrf_token(&csrf.cookie, csrf.session.as_deref())
}

fn check(state: &AppState, csrf: &CsrfCookie, submitted: &str) -> Result<(), AppError> {
    if state
        .services
        .keys
        .csrf_matches(&csrf.cookie, csrf.session.as_deref(), submitted)
    {
        Ok(())
    } else {
        Err(AppError::FormExpired)
    }
}

fn csrf_of(extensions: &axum::http::Extensions) -> Result<CsrfCookie, AppError> {
    extensions
        .get::<CsrfCookie>()
        .cloned()
        .ok_or_else(|| AppError::internal("CSRF middleware missing"))
}

impl<S: Send + Sync> FromRequestParts<S> for CsrfCookie {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        csrf_of(&parts.extensions)
    }
}

/// A URL-encoded form whose `csrf` field matched; `T` is the rest of it.
pub struct CsrfForm<T>(pub T);

/// A form with nothing in it but its token (a button).
#[derive(serde::Deserialize)]
pub struct NoFields {}

#[derive(serde::Deserialize)]
struct TokenField {
    #[serde(default)]
    csrf: String,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let csrf = csrf_of(request.extensions())?;
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::unread_body(e, AppError::FormUnreadable))?;
        let token: TokenField =
            serde_urlencoded::from_bytes(&body).map_err(|_| AppError::FormUnreadable)?;
        check(state, &csrf, &token.csrf)?;
        // A form that does not fit its type was not made by our page (or by an older one).
        serde_urlencoded::from_bytes(&body)
            .map(CsrfForm)
            .map_err(|_| AppError::FormUnreadable)
    }
}

/// A multipart form (a photo with a few fields) whose `csrf` field matched.
pub struct CsrfMultipart {
    /// The text fields, by name.
    pub fields: HashMap<String, String>,
    /// The `photo` file field's bytes (empty when none was chosen).
    pub photo: Vec<u8>,
    /// The `frame` file fields' bytes, in order: the frames a page took during a liveness
    /// challenge (`garita_faces::liveness`); empty without a script or a camera.
    pub frames: Vec<Vec<u8>>,
    /// Other file fields' bytes, by name (a file chosen: not empty); one that is text is in
    /// `fields` too.
    pub files: HashMap<String, Vec<u8>>,
}

impl CsrfMultipart {
    /// A text field, or "" when it was not sent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

impl FromRequest<AppState> for CsrfMultipart {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let csrf = csrf_of(request.extensions())?;
        let mut multipart = Multipart::from_request(request, state)
            .await
            .map_err(|_| AppError::FormUnreadable)?;
        let mut form = CsrfMultipart {
            fields: HashMap::new(),
            photo: Vec::new(),
            frames: Vec::new(),
            files: HashMap::new(),
        };
        // A body over the route's limit fails while it is read: the photo was too large, and
        // the person is told so, with the limit and what to do.
        let unread = |e: axum::extract::multipart::MultipartError| {
            if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge {
                    megabytes: crate::pages::registration::photo::MAX_UPLOAD / (1024 * 1024),
                }
            } else {
                AppError::FormUnreadable
            }
        };
        while let Some(field) = multipart.next_field().await.map_err(unread)? {
            let name = field.name().unwrap_or_default().to_string();
            if name == "photo" {
                form.photo = field.bytes().await.map_err(unread)?.to_vec();
            } else if name == "frame" {
                form.frames
                    .push(field.bytes().await.map_err(unread)?.to_vec());
            } else if field.file_name().is_some() {
                // A file of text (a record) is read as a field too.
                let bytes = field.bytes().await.map_err(unread)?.to_vec();
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    form.fields.insert(name.clone(), text.to_string());
                }
                if !bytes.is_empty() {
                    form.files.insert(name, bytes);
                }
            } else {
                let text = field.text().await.map_err(|_| AppError::FormUnreadable)?;
                form.fields.insert(name, text);
            }
        }
        check(state, &csrf, form.field("csrf"))?;
        Ok(form)
    }
}
