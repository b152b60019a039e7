//! Partner organizations check a confirmation number against a traveller's date of birth and
//! learn only yes or no (rate-limited and audited by the services).

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

fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &CheckForm,
    answer: Option<(bool, String)>,
    error: Option<String>,
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
    let mut view = GenericPage::new(page, "partner-title").block(block);
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
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, &CheckForm::default(), None, None)
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
            return page(&state, locale, &csrf, &form, None, Some(error));
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
    page(&state, locale, &csrf, &form, Some(answer), None)
}
