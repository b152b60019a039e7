//! Closing one's account (`/account/close`): what happens, asked plainly, then done. What a
//! service holds for the group is ended first, on the service's page; closing ends every
//! session (the browser's cookie too), frees the address for a new account, and the daily
//! retention job forgets the rest after the period the consent text names
//! (`garita_kernel::closing`).

use super::Chrome;
use super::signin::CLEAR_SITE_DATA;
use crate::csrf::{CsrfCookie, CsrfForm};
use crate::session::{self, SignedIn};
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use garita_i18n::Locale;
use garita_kernel::closing::Closing;
use serde::Deserialize;

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, None)
}

fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/account/close");
    let form = Form::post(
        "/account/close",
        &crate::csrf::csrf_token(state, csrf),
        page.t("close-submit"),
    )
    .field(Field::new("sure", "checkbox", page.t("close-sure")).error(error));
    let what = Block::text(page.t("close-what"))
        .para(page.t("close-kept"))
        .para(page.t("close-again"))
        .form(form)
        .link("/account", page.t("close-keep"));
    GenericPage::new(page, "close-title").block(what).render()
}

#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    sure: String,
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    let chrome = Chrome::new(&state.i18n, locale, "/account/close");
    if form.sure != "yes" {
        let error = chrome.t("close-not-sure");
        return Ok(page(&state, locale, &csrf, Some(error))?.into_response());
    }
    // The person, or a helper with them (then the helper is the actor, and stays signed in).
    let (person, actor) = (user.subject().id.clone(), user.account.id.clone());
    let closing = state.services.close_account(&person, &actor).await?;
    if closing == Closing::EndFirst {
        let error = chrome.t("close-end-first");
        return Ok(page(&state, locale, &csrf, Some(error))?.into_response());
    }
    let key = "close-done";
    let notice = chrome.t(key);
    let view = GenericPage::new(chrome, "close-title").notice(notice);
    if person != actor {
        return Ok(view.render()?.into_response());
    }
    let jar = jar.remove(session::removal(&state, state.cookies.session));
    Ok((CLEAR_SITE_DATA, jar, view.render()?).into_response())
}
