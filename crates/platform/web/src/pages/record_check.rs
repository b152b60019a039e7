//! `/record/check`: anyone holding a record file (`garita-record.json`, as a person downloads
//! theirs) learns whether it is exactly as Garita signed it, with the keys Garita publishes,
//! on the server and without JavaScript. No sign-in; the file is read, checked and forgotten.

use super::Chrome;
use crate::csrf::{CsrfCookie, CsrfMultipart};
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::Html;
use garita_i18n::{Locale, Value, when};
use garita_kernel::records::RecordCheck;

/// A record with its photos is larger than a form: as large as a photo upload may be.
pub const MAX_RECORD: usize = super::registration::photo::MAX_UPLOAD;

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, None)
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    form: CsrfMultipart,
) -> Result<Html<String>, AppError> {
    let check = state.services.check_record(form.field("record"));
    page(&state, locale, &csrf, Some(check))
}

fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    check: Option<RecordCheck>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/record/check");
    let form = Form::post(
        "/record/check",
        &crate::csrf::csrf_token(state, csrf),
        page.t("record-check-submit"),
    )
    .multipart()
    .field(Field::new("record", "file", page.t("record-check-file")));
    let answer = check.map(|c| match c {
        RecordCheck::Genuine { issued_at } => {
            let date = chrono::DateTime::from_timestamp_millis(issued_at)
                .map(|d| when::date(locale, d.date_naive()))
                .unwrap_or_default();
            (
                true,
                page.tf("record-check-genuine", &[("date", Value::from(date))]),
            )
        }
        RecordCheck::NotGenuine => (false, page.t("record-check-not-genuine")),
        RecordCheck::NotARecord => (false, page.t("record-check-not-record")),
    });
    let intro = Block::text(page.t("record-check-intro")).form(form);
    let mut view = GenericPage::new(page, "record-check-title");
    match answer {
        Some((true, text)) => view = view.notice(text),
        Some((false, text)) => view = view.error(text),
        None => {}
    }
    view.block(intro).render()
}
