//! Observers of the draw (`docs/draw.md` 11.3): commit to a secret before a day's requests open,
//! reveal it after they close, and see at once how each reveal was judged (a receipt). The
//! commitment is made where the secret is (`garita observe commit`, or any tool following the
//! document): Garita never sees the secret before the reveal.

use crate::app::observers::ObserverRefusal;
use crate::domain::observers::RevealStatus;
use axum::extract::State;
use axum::response::Html;
use chrono::NaiveDate;
use garita_domain::ServiceDate;
use garita_i18n::{Locale, Value};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};

#[derive(serde::Deserialize)]
pub struct ObserveForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    value: String,
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    render(&state, locale, &csrf, &user.account.id, None, None).await
}

pub async fn commit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<ObserveForm>,
) -> Result<Html<String>, AppError> {
    let id = &user.account.id;
    let Ok(date) = ServiceDate::parse(&form.date).map(ServiceDate::date) else {
        let error = state.i18n.text(locale, "observe-error-date");
        return render(&state, locale, &csrf, id, None, Some(error)).await;
    };
    let said = match crate::web::appointments(&state)
        .observer_commit(id, date, &form.value)
        .await?
    {
        Ok(()) => Ok(words(&state, locale, "observe-committed", date)),
        Err(refusal) => Err(refused(&state, locale, refusal)),
    };
    let (notice, error) = split(said);
    render(&state, locale, &csrf, id, notice, error).await
}

pub async fn reveal(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<ObserveForm>,
) -> Result<Html<String>, AppError> {
    let id = &user.account.id;
    let Ok(date) = ServiceDate::parse(&form.date).map(ServiceDate::date) else {
        let error = state.i18n.text(locale, "observe-error-date");
        return render(&state, locale, &csrf, id, None, Some(error)).await;
    };
    let said = match crate::web::appointments(&state)
        .observer_reveal(id, date, &form.value)
        .await?
    {
        Ok(RevealStatus::Accepted) => Ok(words(&state, locale, "observe-accepted", date)),
        Ok(_) => Err(words(&state, locale, "observe-wrong", date)),
        Err(refusal) => Err(refused(&state, locale, refusal)),
    };
    let (notice, error) = split(said);
    render(&state, locale, &csrf, id, notice, error).await
}

fn words(state: &AppState, locale: Locale, key: &str, date: NaiveDate) -> String {
    state
        .i18n
        .format(locale, key, &[("date", Value::from(date.to_string()))])
}

fn split(said: Result<String, String>) -> (Option<String>, Option<String>) {
    match said {
        Ok(notice) => (Some(notice), None),
        Err(error) => (None, Some(error)),
    }
}

fn refused(state: &AppState, locale: Locale, refusal: ObserverRefusal) -> String {
    let key = match refusal {
        ObserverRefusal::NotHex => "observe-error-hex",
        ObserverRefusal::TooLateToCommit => "observe-too-late-commit",
        ObserverRefusal::AlreadyCommitted => "observe-already-committed",
        ObserverRefusal::TooEarlyToReveal => "observe-too-early",
        ObserverRefusal::TooLateToReveal => "observe-too-late-reveal",
        ObserverRefusal::NothingCommitted => "observe-nothing-committed",
        ObserverRefusal::AlreadyRevealed => "observe-already-revealed",
    };
    state.i18n.text(locale, key)
}

async fn render(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    observer_id: &str,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = garita_web::csrf::csrf_token(state, csrf);
    let form = |action: &str, value_key: &str, submit_key: &str| {
        Form::post(action, &token, page.t(submit_key))
            .field(Field::new("date", "text", page.t("observe-date")))
            .field(Field::new("value", "text", page.t(value_key)))
    };
    let intro = Block::text(page.t("observe-intro")).para(page.tf(
        "observe-your-id",
        &[("id", Value::from(observer_id.to_string()))],
    ));
    let commit = Block::heading(page.t("observe-commit")).form(form(
        "/staff/observe/commit",
        "observe-commitment",
        "observe-commit",
    ));
    let reveal = Block::heading(page.t("observe-reveal")).form(form(
        "/staff/observe/reveal",
        "observe-secret",
        "observe-reveal",
    ));
    let days = crate::web::appointments(state)
        .observer_days(observer_id)
        .await?;
    let mut history = Block::heading(page.t("observe-history"));
    if days.is_empty() {
        history = history.para(page.t("observe-none"));
    } else {
        let rows = days
            .iter()
            .map(|(date, o)| {
                let status = match (o.reveal.is_some(), o.status) {
                    (false, _) => "observe-status-not-revealed",
                    (true, RevealStatus::Accepted) => "observe-status-accepted",
                    (true, _) => "observe-status-wrong",
                };
                vec![date.to_string(), o.commitment.clone(), page.t(status)]
            })
            .collect();
        history.table = Some(Table {
            head: vec![
                page.t("observe-col-date"),
                page.t("observe-col-commitment"),
                page.t("observe-col-status"),
            ],
            rows,
        });
    }
    let mut view = GenericPage::new(page, "observe-title");
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    if let Some(error) = error {
        view = view.error(error);
    }
    view.block(intro)
        .block(commit)
        .block(reveal)
        .block(history)
        .render()
}
