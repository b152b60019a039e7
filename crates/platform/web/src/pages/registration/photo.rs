//! A traveller's photo: taken with the phone's camera (the file input opens it, no JavaScript
//! needed) or chosen from the phone. The automatic check advises; it never blocks alone.

use crate::csrf::{CsrfCookie, CsrfMultipart};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Locale, Value};
use garita_kernel::registrations::PhotoOutcome;

/// Phone photos are a few megabytes; this leaves room without inviting abuse.
pub const MAX_UPLOAD: usize = 12 * 1024 * 1024;

/// A form with a `photo` file and text fields: the fields by name, and the photo's bytes (empty
/// if none was sent). A broken or oversized upload reads as an expired form.
async fn traveller_name(state: &AppState, account: &str, id: &str) -> Result<String, AppError> {
    let r = state
        .services
        .registration(account)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = r
        .travellers
        .iter()
        .find(|t| t.id == id)
        .ok_or(AppError::NotFound)?;
    Ok(t.name.given.clone())
}

fn photo_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    id: &str,
    name: &str,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/registration");
    let form = Form::post(
        &format!("/registration/travellers/{id}/photo"),
        &crate::csrf::csrf_token(state, csrf),
        page.t("photo-submit"),
    )
    .multipart()
    .field(Field::new("photo", "photo", page.t("photo-label")).error(error));
    let block = Block::text(page.t("photo-intro"))
        .para(page.t("photo-tips"))
        .form(form);
    let title = page.tf("photo-title", &[("name", Value::from(name.to_string()))]);
    let camera = (page.t("photo-camera-start"), page.t("photo-camera-take"));
    let mut view = GenericPage::new(page, "photo-label").block(block);
    view.title = title;
    view.camera = Some(camera);
    view.render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let name = traveller_name(&state, &user.subject().id, &id).await?;
    photo_page(&state, locale, &csrf, &id, &name, None)
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let CsrfMultipart { photo, .. } = form;
    let name = traveller_name(&state, &user.subject().id, &id).await?;
    let outcome = state
        .services
        .submit_photo(&user.account, &user.subject().id, &id, &photo)
        .await?
        .ok_or(AppError::NotFound)?;
    match outcome {
        PhotoOutcome::Accepted | PhotoOutcome::SentToReview => {
            Ok(Redirect::to("/registration").into_response())
        }
        PhotoOutcome::TryAgain {
            problem,
            tries_left,
        } => {
            let t = |key: &str, args: &[(&str, Value)]| state.i18n.format(locale, key, args);
            let error = format!(
                "{} {}",
                t(problem.message_key(), &[]),
                t("photo-tries-left", &[("tries", Value::from(tries_left))])
            );
            Ok(photo_page(&state, locale, &csrf, &id, &name, Some(error))?.into_response())
        }
    }
}

/// The owner's own stored photo (never cached by the browser or anything in between).
pub async fn image(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let jpeg = state
        .services
        .own_photo(&user.subject().id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::pages::jpeg(jpeg))
}
