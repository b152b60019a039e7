//! The signed confirmation: the person's printable page (number, QR code, the token as text;
//! kept for offline use by the service worker), and the public `/verify` page that answers
//! genuine, not genuine, expired or cancelled for any token, with no personal data. `verify.js`
//! also checks the signature in the page without a connection and scans QR codes where the
//! browser can.

use axum::extract::State;
use axum::response::Html;
use garita_i18n::{Locale, Value};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

pub async fn confirmation(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let status = crate::web::appointments(&state)
        .appointment_status(&user.subject().id)
        .await?;
    let (a, port) = status
        .appointment
        .filter(|(a, _)| a.status == "confirmed")
        .ok_or(AppError::NotFound)?;
    let token = crate::web::appointments(&state)
        .proof_token(&a, &port)
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/status");
    let number = a.confirmation_number.clone().unwrap_or_default();
    let mut block = Block::text(page.t("confirmation-intro")).para(page.tf(
        "confirmation-appointment",
        &super::status::appointment_args(locale, &a, &port),
    ));
    block.codes.push(number.clone());
    let qr_block = Block {
        svg: garita_web::view::qr(&token),
        ..Block::default()
    };
    let token_block = Block {
        mono: Some(token),
        ..Block::text(page.t("confirmation-token"))
    };
    let free = Block::text(page.t("confirmation-free"));
    let title = page.tf("confirmation-number", &[("number", Value::from(number))]);
    let mut view = GenericPage::new(page, "confirmation-title")
        .block(block)
        .block(qr_block)
        .block(token_block)
        .block(free);
    view.title = format!("{} · {title}", view.title);
    view.script = Some("/static/offline.js");
    view.render()
}

fn check_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    token: &str,
    answer: Option<(bool, String)>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/verify");
    let form = Form::post(
        "/verify",
        &garita_web::csrf::csrf_token(state, csrf),
        page.t("check-submit"),
    )
    .field(
        Field::new("token", "textarea", page.t("check-token-label"))
            .value(token)
            .optional(),
    );
    let block = Block::text(page.t("check-intro")).form(form);
    let mut view = GenericPage::new(page, "check-title").block(block);
    if let Some((good, text)) = answer {
        view = if good {
            view.notice(text)
        } else {
            view.error(text)
        };
    }
    with_checker(view).render()
}

/// A page whose form takes a confirmation's text, improved by `verify.js`: QR scanning, and the
/// signature checked with the kept keys without a connection (with what the script says then).
pub(crate) fn with_checker(mut view: GenericPage<'_>) -> GenericPage<'_> {
    view.data = vec![
        ("offline", view.page.t("check-offline")),
        ("not-genuine", view.page.t("check-not-genuine")),
        ("scan", view.page.t("check-scan")),
        ("no-camera", view.page.t("check-no-camera")),
    ];
    view.script = Some("/static/verify.js");
    view
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    check_page(&state, locale, &csrf, "", None)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckForm {
    token: String,
}

pub async fn check(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    CsrfForm(form): CsrfForm<CheckForm>,
) -> Result<Html<String>, AppError> {
    let t = |key: &str, args: &[(&str, Value)]| state.i18n.format(locale, key, args);
    // An empty box is not a forgery: say what to put in it.
    if form.token.trim().is_empty() {
        let answer = (false, t("check-empty", &[]));
        return check_page(&state, locale, &csrf, &form.token, Some(answer));
    }
    // Each service answers for its own proofs (a confirmation, a provisional I-94, ...).
    let answer = match state.services.check_proof(&form.token, locale).await? {
        Some(a) => (a.genuine, t(a.key, &a.args)),
        None => (false, t("check-not-genuine", &[])),
    };
    check_page(&state, locale, &csrf, &form.token, Some(answer))
}
