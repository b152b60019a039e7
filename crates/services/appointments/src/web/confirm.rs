//! One traveller confirms: the phone's position (asked once by `request.js` when the form is
//! sent) and a photo of their face taken now (the camera in the page, or the phone's camera
//! through the file input). Without a script the position cannot be sent, so the form stays
//! hidden and the page says what to do instead.

use super::draws::{outside_text, position};
use crate::app::confirmations::{CheckState, ConfirmOutcome};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Locale, Value};
use garita_web::csrf::{CsrfCookie, CsrfMultipart};
use garita_web::pages::{Chrome, Links};
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang, On};

/// The given name of a traveller who still has to confirm, or not found.
async fn traveller(state: &AppState, account: &str, id: &str) -> Result<String, AppError> {
    let c = crate::web::appointments(state)
        .confirmation(account)
        .await?
        .ok_or(AppError::NotFound)?;
    c.travellers
        .into_iter()
        .find(|t| t.id == id && !matches!(t.state, CheckState::Passed | CheckState::InReview))
        .map(|t| t.given_name)
        .ok_or(AppError::NotFound)
}

fn confirm_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    id: &str,
    name: &str,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/status");
    let refused = error.is_some();
    let who = [("name", Value::from(name.to_string()))];
    let form = Form::post(
        &format!("/status/travellers/{id}/confirm"),
        &garita_web::csrf::csrf_token(state, csrf),
        page.t("confirm-submit"),
    )
    .multipart()
    .hidden("latitude", "")
    .hidden("longitude", "")
    .hidden("accuracy", "")
    .field(Field::new("photo", "photo", page.t("photo-label")).error(error));
    let block = Block::text(page.tf("confirm-intro", &who))
        .para(page.t("photo-tips"))
        .form(form)
        .needing_script();
    let without = super::draws::without_position(state, &page);
    let helpers = refused.then(|| Links::on(state, &page, On::Helpers).onto(Block::default()));
    let title = page.tf("confirm-title", &who);
    let camera = (page.t("photo-camera-start"), page.t("photo-camera-take"));
    let mut view = GenericPage::new(page, "status-title");
    view.blocks.extend(helpers);
    view = view.block(block).block(without);
    view.title = title;
    view.camera = Some(camera);
    view.script = Some("/static/request.js");
    view.render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let name = traveller(&state, &user.subject().id, &id).await?;
    confirm_page(&state, locale, &csrf, &id, &name, None)
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let CsrfMultipart { fields, photo } = form;
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let name = traveller(&state, &user.subject().id, &id).await?;
    let here = position(field("latitude"), field("longitude"), field("accuracy")).ok();
    let outcome = crate::web::appointments(&state)
        .confirm_traveller(&user.account, &user.subject().id, &id, here, &photo)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/status");
    let error = match outcome {
        ConfirmOutcome::Passed { .. } | ConfirmOutcome::SentToReview => {
            return Ok(Redirect::to("/status").into_response());
        }
        ConfirmOutcome::TooLate => page.t("confirm-too-late"),
        ConfirmOutcome::NeedsLocation => page.t("confirm-needs-location"),
        ConfirmOutcome::OutsideArea(verdict) => outside_text(&page, &verdict, "confirm"),
        ConfirmOutcome::TryAgain {
            problem,
            tries_left,
        } => format!(
            "{} {}",
            page.t(problem.message_key()),
            page.tf("photo-tries-left", &[("tries", Value::from(tries_left))])
        ),
    };
    Ok(confirm_page(&state, locale, &csrf, &id, &name, Some(error))?.into_response())
}
