//! Programme admins review what the machines could not decide: photos and integrity cases.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, Redirect, Response};
use garita_i18n::Value;
use serde::Deserialize;

fn date(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// A photo waiting for a person: when, what the check found, a link to see it, and the two
/// decisions (posted to `path`).
fn photo_to_review(
    page: &Chrome,
    token: &str,
    path: &str,
    at: i64,
    problem: &Option<String>,
) -> [Block; 2] {
    let problem = problem
        .as_deref()
        .map(|c| page.t(&format!("photo-{c}")))
        .unwrap_or_default();
    let line = page.tf(
        "review-photo-line",
        &[
            ("date", Value::from(date(at))),
            ("problem", Value::from(problem)),
        ],
    );
    [
        Block::text(line)
            .link(path, page.t("review-photo-see"))
            .form(
                Form::post(path, token, page.t("review-photo-accept")).hidden("decision", "accept"),
            ),
        Block::default().form(
            Form::post(path, token, page.t("review-photo-retake"))
                .hidden("decision", "retake")
                .secondary(),
        ),
    ]
}

pub async fn queue(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    let (photos, cases) = state.services.review_queue().await?;
    let page = Chrome::new(&state.i18n, locale, "/staff/reviews");
    let token = crate::csrf::csrf_token(&state, &csrf);
    let mut blocks = vec![Block::heading(page.t("review-photos"))];
    for p in &photos {
        let path = format!("/staff/reviews/photos/{}", p.traveller_id);
        blocks.extend(photo_to_review(
            &page,
            &token,
            &path,
            p.updated_at,
            &p.problem,
        ));
    }
    if photos.is_empty() {
        blocks.push(Block::text(page.t("review-none")));
    }
    blocks.push(Block::heading(page.t("review-confirmations")));
    let checks = state.services.store.checks_in_review().await?;
    for c in &checks {
        let path = format!(
            "/staff/reviews/confirmations/{}/{}",
            c.appointment_id, c.traveller_id
        );
        blocks.extend(photo_to_review(
            &page,
            &token,
            &path,
            c.updated_at,
            &c.problem,
        ));
    }
    if checks.is_empty() {
        blocks.push(Block::text(page.t("review-none")));
    }
    blocks.push(Block::heading(page.t("review-cases")));
    for c in &cases {
        let kind = page.t(&format!("case-{}", c.kind));
        let line = page.tf(
            "review-case-line",
            &[
                ("kind", Value::from(kind)),
                ("date", Value::from(date(c.opened_at))),
            ],
        );
        let close = Form::post(
            &format!("/staff/reviews/cases/{}/close", c.id),
            &token,
            page.t("review-case-close"),
        )
        .secondary();
        blocks.push(Block::text(line).form(close));
    }
    if cases.is_empty() {
        blocks.push(Block::text(page.t("review-none")));
    }
    let mut view = GenericPage::new(page, "review-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

pub async fn photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(traveller): Path<String>,
) -> Result<Response, AppError> {
    let jpeg = state
        .services
        .photo_for_review(&user.account, &traveller)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::pages::jpeg(jpeg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Decision {
    decision: String,
}

pub async fn decide_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(traveller): Path<String>,
    CsrfForm(form): CsrfForm<Decision>,
) -> Result<Redirect, AppError> {
    let accept = form.decision == "accept";
    state
        .services
        .review_photo(&user.account, &traveller, accept)
        .await?;
    Ok(Redirect::to("/staff/reviews"))
}

pub async fn close_case(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    state.services.close_case(&user.account, &id).await?;
    Ok(Redirect::to("/staff/reviews"))
}

pub async fn confirmation_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((appointment, traveller)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let jpeg = state
        .services
        .confirmation_photo_for_review(&user.account, &appointment, &traveller)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::pages::jpeg(jpeg))
}

pub async fn decide_confirmation_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((appointment, traveller)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<Decision>,
) -> Result<Redirect, AppError> {
    state
        .services
        .review_confirmation_photo(
            &user.account,
            &appointment,
            &traveller,
            form.decision == "accept",
        )
        .await?;
    Ok(Redirect::to("/staff/reviews"))
}
