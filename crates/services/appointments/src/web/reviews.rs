//! Confirmation photos the automatic check could not accept (after three tries, or at once when
//! it could not compare them or they were stills): the programme admin's queue, each with the
//! registration photo beside it and the comparison's distance, and decisions (the kernel's
//! review page has the registration photos and cases).

use axum::extract::{Path, State};
use axum::response::{Html, Redirect, Response};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::pages::reviews::{Decision, photo_to_review};
use garita_web::session::SignedIn;
use garita_web::view::{Block, GenericPage};
use garita_web::{AppError, AppState, Lang};

pub async fn queue(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/reviews/confirmations");
    let token = garita_web::csrf::csrf_token(&state, &csrf);
    let mut view = GenericPage::new(page, "review-confirmations");
    let checks = super::appointments(&state).store.checks_in_review().await?;
    let threshold = (state.services.faces.match_distance * 100.0).round() as i64;
    let mut blocks = vec![];
    for c in &checks {
        let path = format!(
            "/staff/reviews/confirmations/{}/{}",
            c.appointment_id, c.traveller_id
        );
        let [mut line, retake] =
            photo_to_review(&view.page, &token, &path, c.updated_at, &c.problem);
        line.images.push((
            format!("{path}/registration"),
            view.page.t("desk-photo-registration"),
        ));
        line.images.push((path, view.page.t("desk-photo-live")));
        blocks.push(line.para(super::desk::face_line(
            &view.page,
            c.face_distance_milli,
            threshold,
        )));
        blocks.push(retake);
    }
    if checks.is_empty() {
        blocks.push(Block::text(view.page.t("review-none")));
    }
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn photo(
    state: &AppState,
    user: &garita_web::session::CurrentUser,
    (appointment, traveller): (String, String),
    registration: bool,
) -> Result<Response, AppError> {
    let jpeg = super::appointments(state)
        .confirmation_photo_for_review(&user.account, &appointment, &traveller, registration)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(garita_web::pages::jpeg(jpeg))
}

pub async fn confirmation_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(ids): Path<(String, String)>,
) -> Result<Response, AppError> {
    photo(&state, &user, ids, false).await
}

pub async fn registration_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(ids): Path<(String, String)>,
) -> Result<Response, AppError> {
    photo(&state, &user, ids, true).await
}

pub async fn decide_confirmation_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((appointment, traveller)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Decision>,
) -> Result<Redirect, AppError> {
    super::appointments(&state)
        .review_confirmation_photo(
            &user.account,
            &appointment,
            &traveller,
            form.decision == "accept",
        )
        .await?;
    Ok(Redirect::to("/staff/reviews/confirmations"))
}
