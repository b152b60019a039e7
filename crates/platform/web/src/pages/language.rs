//! Choosing a language: a plain link per language (works without JavaScript), remembered in a
//! cookie, then back to the page the person was on.

use crate::{AppError, AppState};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect};
use axum_extra::extract::CookieJar;
use garita_i18n::Locale;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn choose(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(code): Path<String>,
    Query(Next { next }): Query<Next>,
) -> Result<impl IntoResponse, AppError> {
    let locale = Locale::from_code(&code).ok_or(AppError::NotFound)?;
    // Secure (and `__Host-`) behind HTTPS like every other cookie of ours.
    let cookie = crate::session::cookie(&state, state.cookies.lang, locale.code().into(), true);
    let target = next
        .filter(|n| is_local_path(n))
        .unwrap_or_else(|| "/".into());
    Ok((jar.add(cookie), Redirect::to(&target)))
}

/// Only paths on this site: no scheme, no host, no `//` (which browsers read as another host).
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/"));
        assert!(is_local_path("/ports"));
        for bad in [
            "",
            "ports",
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "/a?b=c",
        ] {
            assert!(!is_local_path(bad), "{bad}");
        }
    }
}
