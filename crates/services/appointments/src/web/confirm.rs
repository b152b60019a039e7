//! One traveller confirms: the phone's position (asked once by `request.js` when the form is
//! sent) and a photo of their face taken now. With the camera in the page, `camera.js` takes it
//! during a short liveness challenge (the head poses the server drew, sent back as frames with
//! the challenge's token); the phone's camera through the file input sends a still. Without a
//! script the position cannot be sent, so the form stays hidden and the page says what to do
//! instead.

use super::draws::{outside_text, position};
use crate::app::confirmations::{CheckState, ConfirmOutcome, LiveCapture};
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

async fn confirm_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    id: &str,
    name: &str,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let challenge = crate::web::appointments(state)
        .liveness_challenge(account, id)
        .await?
        .ok_or(AppError::NotFound)?;
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
    .hidden("challenge", &challenge.token)
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
    let steps: Vec<&str> = challenge.steps.iter().map(|p| p.code()).collect();
    view.data = vec![
        ("liveness-steps", steps.join(",")),
        ("liveness-front", view.page.t("liveness-front")),
        ("liveness-left", view.page.t("liveness-left")),
        ("liveness-right", view.page.t("liveness-right")),
    ];
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
    let account = &user.subject().id;
    let name = traveller(&state, account, &id).await?;
    confirm_page(&state, locale, &csrf, account, &id, &name, None).await
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let CsrfMultipart {
        fields,
        photo,
        frames,
        ..
    } = form;
    let field = |name: &str| fields.get(name).map(String::as_str).unwrap_or_default();
    let account = &user.subject().id;
    let name = traveller(&state, account, &id).await?;
    let here = position(field("latitude"), field("longitude"), field("accuracy")).ok();
    let services = crate::web::appointments(&state);
    let outcome = if frames.is_empty() {
        services
            .confirm_traveller(&user.account, account, &id, here, &photo)
            .await?
    } else {
        let live = LiveCapture {
            token: field("challenge").to_string(),
            frames,
        };
        services
            .confirm_traveller_live(&user.account, account, &id, here, &live)
            .await?
    }
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
    Ok(
        confirm_page(&state, locale, &csrf, account, &id, &name, Some(error))
            .await?
            .into_response(),
    )
}
