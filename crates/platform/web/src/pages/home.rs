//! The home page: what Garita is and what a person can do.

use super::{Chrome, render};
use crate::{AppError, AppState, Lang};
use askama::Template;
use axum::extract::State;
use axum::response::Html;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Chrome<'a>,
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    render(&HomePage {
        page: Chrome::new(&state.i18n, locale, "/"),
    })
}
