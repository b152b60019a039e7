//! Partner organizations check a confirmation number against a traveller's date of birth and
//! learn only yes or no (rate-limited and audited by the services), and see their
//! organisation's own history of checks (from the audit log). Their systems use
//! `POST /api/v1/partner/checks` (`api/partner.rs`).

use axum::extract::State;
use axum::response::Html;
use garita_domain::travellers::DateOfBirth;
use garita_i18n::Locale;
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CheckForm {
    number: String,
    day: String,
    month: String,
    year: String,
}

/// How many of the organisation's latest checks the page lists.
const HISTORY: i64 = 50;

/// The organisation's latest checks: when (in words), which number, and the answer.
async fn history(
    state: &AppState,
    locale: garita_i18n::Locale,
    partner: &garita_store::records::Account,
) -> Result<Vec<Vec<String>>, AppError> {
    let org = partner.grant.organization.clone();
    let colleagues: Vec<String> = state
        .store
        .staff_accounts()
        .await?
        .into_iter()
        .filter(|a| {
            a.id == partner.id
                || (a.grant.role == garita_domain::Role::PartnerValidator
                    && org.is_some()
                    && a.grant.organization == org)
        })
        .map(|a| a.id)
        .collect();
    let mut entries = vec![];
    for actor in colleagues {
        let query = garita_store::AuditQuery {
            action: "partner.checked".into(),
            actor,
            to: i64::MAX,
            before: i64::MAX,
            limit: HISTORY,
            ..Default::default()
        };
        entries.extend(state.store.search_audit(&query).await?);
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.seq));
    entries.truncate(HISTORY as usize);
    Ok(entries
        .into_iter()
        .map(|e| {
            let detail: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
            vec![
                garita_i18n::when::moment_utc(locale, e.at_ms),
                detail["number"].as_str().unwrap_or_default().to_string(),
                if detail["match"].as_bool().unwrap_or(false) {
                    "yes"
                } else {
                    "no"
                }
                .to_string(),
            ]
        })
        .collect())
}

fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &CheckForm,
    answer: Option<(bool, String)>,
    error: Option<String>,
    past: Vec<Vec<String>>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/check");
    let check = Form::post(
        "/staff/check",
        &garita_web::csrf::csrf_token(state, csrf),
        page.t("check-submit"),
    )
    .field(Field::new("number", "text", page.t("partner-number")).value(&form.number))
    .field(
        Field::new("day", "text", page.t("traveller-day"))
            .value(&form.day)
            .numeric()
            .help(page.t("partner-born"))
            .error(error),
    )
    .field(
        Field::new("month", "text", page.t("traveller-month"))
            .value(&form.month)
            .numeric(),
    )
    .field(
        Field::new("year", "text", page.t("traveller-year"))
            .value(&form.year)
            .numeric(),
    );
    let block = garita_web::view::Block::text(page.t("partner-intro")).form(check);
    let mut earlier = garita_web::view::Block::heading(page.t("partner-history"));
    if past.is_empty() {
        earlier = earlier.para(page.t("partner-history-none"));
    } else {
        let rows = past
            .into_iter()
            .map(|mut row| {
                row[2] = page.t(if row[2] == "yes" {
                    "review-yes"
                } else {
                    "review-no"
                });
                row
            })
            .collect();
        earlier.table = Some(garita_web::view::Table {
            head: vec![
                page.t("staff-audit-when"),
                page.t("partner-number"),
                page.t("partner-history-answer"),
            ],
            rows,
        });
    }
    let mut view = GenericPage::new(page, "partner-title")
        .block(block)
        .block(earlier);
    if let Some((yes, text)) = answer {
        view = if yes {
            view.notice(text)
        } else {
            view.error(text)
        };
    }
    view.render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let past = history(&state, locale, &user.account).await?;
    page(
        &state,
        locale,
        &csrf,
        &CheckForm::default(),
        None,
        None,
        past,
    )
}

pub async fn check(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<CheckForm>,
) -> Result<Html<String>, AppError> {
    let today = chrono::DateTime::from_timestamp_millis(crate::web::appointments(&state).now())
        .unwrap_or_default()
        .date_naive();
    let born = match DateOfBirth::parse(&form.day, &form.month, &form.year, today) {
        Ok(born) => born,
        Err(e) => {
            let error = state.i18n.text(locale, e.message_key());
            let past = history(&state, locale, &user.account).await?;
            return page(&state, locale, &csrf, &form, None, Some(error), past);
        }
    };
    let answer = crate::web::appointments(&state)
        .partner_check(&user.account, &form.number, &born)
        .await?;
    let t = |key: &str| state.i18n.text(locale, key);
    let answer = match answer {
        Some(true) => (true, t("partner-yes")),
        Some(false) => (false, t("partner-no")),
        None => (false, t("partner-too-many")),
    };
    let past = history(&state, locale, &user.account).await?;
    page(&state, locale, &csrf, &form, Some(answer), None, past)
}
