//! The home page: what Garita is and what a person can do (each service's links).

use super::{Chrome, render};
use crate::{AppError, AppState, Lang};
use askama::Template;
use axum::extract::State;
use axum::response::Html;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    page: Chrome<'a>,
    links: super::Links,
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/");
    let mut links = super::Links::on(&state, &page, crate::On::Home);
    // Organisations that work with the ports ask to join here.
    links
        .others
        .push(("/organizations/apply", page.t("joining-link")));
    render(&HomePage { links, page })
}
