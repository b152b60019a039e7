//! The reviews about a person (`/account/cases`): each case in neutral words, where it stands,
//! what a person decided, and the one appeal, with a statement in the person's own words, which
//! a different reviewer decides (`garita_kernel::cases`).

use super::Chrome;
use crate::csrf::{CsrfCookie, CsrfForm};
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Locale, Value, when};
use garita_kernel::cases::Appealed;
use serde::Deserialize;

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, &user.subject().id, None).await
}

async fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account_id: &str,
    error: Option<(String, String)>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/account/cases");
    let token = crate::csrf::csrf_token(state, csrf);
    let cases = state.services.cases_about(account_id).await?;
    let day = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|d| when::day(locale, d.date_naive()))
            .unwrap_or_default()
    };
    let decision = |code: &str| page.t(&format!("cases-decision-{code}"));
    let mut blocks = vec![];
    if cases.is_empty() {
        blocks.push(Block::text(page.t("cases-none")));
    }
    for c in &cases {
        let mut block = Block::heading(page.t(&format!("cases-kind-{}", c.kind)))
            .para(page.tf("cases-opened", &[("date", Value::from(day(c.opened_at)))]));
        match (&c.decision, c.appealed_at, &c.appeal_decision) {
            (None, _, _) => block = block.para(page.t("cases-waiting")),
            (Some(first), None, _) => {
                block = block
                    .para(page.tf(
                        "cases-decided",
                        &[("date", Value::from(day(c.closed_at.unwrap_or_default())))],
                    ))
                    .para(decision(first))
                    .para(page.t("cases-appeal-intro"));
                let mine = error.as_ref().filter(|e| e.0 == c.id).map(|e| e.1.clone());
                block = block.form(
                    Form::post(
                        &format!("/account/cases/{}/appeal", c.id),
                        &token,
                        page.t("cases-appeal-submit"),
                    )
                    .field(
                        Field::new("statement", "text", page.t("cases-appeal-label"))
                            .help(page.t("cases-appeal-help"))
                            .error(mine),
                    ),
                );
            }
            (Some(_), Some(at), None) => {
                block = block.para(page.tf("cases-appealed", &[("date", Value::from(day(at)))]))
            }
            (Some(_), Some(_), Some(last)) => {
                block = block
                    .para(page.tf(
                        "cases-appeal-decided",
                        &[(
                            "date",
                            Value::from(day(c.appeal_decided_at.unwrap_or_default())),
                        )],
                    ))
                    .para(decision(last))
            }
        }
        blocks.push(block);
    }
    blocks.push(Block::default().link("/account", page.t("account-title")));
    let mut view = GenericPage::new(page, "cases-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AppealForm {
    statement: String,
}

pub async fn appeal(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<AppealForm>,
) -> Result<Response, AppError> {
    let subject = user.subject().id.clone();
    let key = match state
        .services
        .appeal_case(&user.account, &subject, &id, &form.statement)
        .await?
    {
        Appealed::Done => return Ok(Redirect::to("/account/cases").into_response()),
        Appealed::StatementNeeded => "cases-appeal-needed",
        Appealed::NotAllowed => "cases-appeal-not-allowed",
    };
    let error = Some((id, state.i18n.text(locale, key)));
    let html = page(&state, locale, &csrf, &subject, error).await?;
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
}
