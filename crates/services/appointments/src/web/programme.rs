//! The programme admins' operations page (`/staff/programme`), what the command line did
//! before: declaring an incident (deadlines to confirm move later until it ends) and ending it,
//! releasing a draw held by a failed fairness check, and cancelling one appointment by its
//! confirmation number (its group told, its record kept, its proof checking as cancelled), and
//! cancelling every standing appointment of some days at once (`app::withdrawals`: the admin sees
//! how many first, then confirms). Every action is audited by the services it calls.

use crate::app::withdrawals::Scope;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect, Response};
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

/// How far back an open incident is looked for (one is never left open longer).
const INCIDENT_LOOKBACK_MS: i64 = 90 * 86_400_000;

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, None, None, None).await
}

/// The page, with a notice (what was done) or an error (what could not be, and why).
async fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
    error: Option<String>,
    confirm: Option<Block>,
) -> Result<Html<String>, AppError> {
    let service = crate::web::appointments(state);
    let page = Chrome::new(&state.i18n, locale, "/staff/programme");
    let token = garita_web::csrf::csrf_token(state, csrf);
    let now = service.now();
    let open = service
        .store
        .periods_since(now - INCIDENT_LOOKBACK_MS)
        .await?
        .into_iter()
        .find(|p| p.source == "declared" && p.ended_at.is_none());
    let reason = |name: &'static str| {
        Field::new(name, "text", page.t("programme-reason")).help(page.t("programme-reason-help"))
    };
    let incident = Block::heading(page.t("programme-incident-title"));
    let incident = match open {
        Some(p) => incident
            .para(page.tf(
                "programme-incident-since",
                &[
                    (
                        "when",
                        Value::from(when::moment_ms(locale, p.started_at, chrono_tz::UTC)),
                    ),
                    ("reason", Value::from(p.reason)),
                ],
            ))
            .form(Form::post(
                "/staff/programme/incident/end",
                &token,
                page.t("programme-incident-end"),
            )),
        None => incident.para(page.t("programme-incident-none")).form(
            Form::post(
                "/staff/programme/incident",
                &token,
                page.t("programme-incident-declare"),
            )
            .field(reason("reason"))
            .secondary(),
        ),
    };
    let mut held = Block::heading(page.t("programme-held-title"));
    let days: Vec<_> = service
        .store
        .days()
        .await?
        .into_iter()
        .filter(|d| d.status == "held")
        .collect();
    if days.is_empty() {
        held = held.para(page.t("programme-held-none"));
    }
    for d in &days {
        held = held
            .para(page.tf(
                "programme-held-line",
                &[
                    (
                        "date",
                        Value::from(when::stored_date(locale, &d.service_date)),
                    ),
                    (
                        "reason",
                        Value::from(d.held_reason.clone().unwrap_or_default()),
                    ),
                ],
            ))
            .link(
                &format!("/draws/{}", d.service_date),
                page.t("programme-held-see"),
            )
            .form(Form::post(
                &format!("/staff/programme/draws/{}/release", d.service_date),
                &token,
                page.t("programme-held-release"),
            ));
    }
    let cancel = Block::heading(page.t("programme-cancel-title"))
        .para(page.t("programme-cancel-help"))
        .form(
            Form::post(
                "/staff/programme/cancel",
                &token,
                page.t("programme-cancel-submit"),
            )
            .field(Field::new(
                "number",
                "text",
                page.t("programme-cancel-number"),
            ))
            .field(reason("reason"))
            .secondary(),
        );
    let ports = service.store.list_ports().await?;
    let mut port_options = vec![(String::new(), page.t("programme-withdraw-all-ports"), true)];
    port_options.extend(
        ports
            .iter()
            .map(|p| (p.code.as_str().to_string(), p.name.clone(), false)),
    );
    let withdraw = Block::heading(page.t("programme-withdraw-title"))
        .para(page.t("programme-withdraw-help"))
        .form(
            Form::post(
                "/staff/programme/withdraw",
                &token,
                page.t("programme-withdraw-preview"),
            )
            .field(
                Field::new("port", "select", page.t("programme-withdraw-port"))
                    .options(port_options)
                    .optional(),
            )
            .field(Field::new(
                "from",
                "date",
                page.t("programme-withdraw-from"),
            ))
            .field(Field::new("to", "date", page.t("programme-withdraw-to")))
            .field(reason("reason"))
            .secondary(),
        );
    let mut view = GenericPage::new(page, "programme-title");
    if let Some(confirm) = confirm {
        view = view.block(confirm);
    }
    let mut view = view
        .block(incident)
        .block(held)
        .block(cancel)
        .block(withdraw);
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    if let Some(error) = error {
        view = view.error(error);
    }
    view.render()
}

/// What an answer says, and whether it is an error (said with 422, nothing changed).
async fn answer(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    key: &str,
    done: bool,
) -> Result<Response, AppError> {
    let text = Some(state.i18n.text(locale, key));
    let (notice, error) = if done { (text, None) } else { (None, text) };
    Ok(garita_web::view::said(
        done,
        page(state, locale, csrf, notice, error, None).await?,
    ))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReasonForm {
    reason: String,
    number: String,
}

pub async fn declare(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> Result<Response, AppError> {
    let reason = form.reason.trim();
    if reason.is_empty() {
        return answer(&state, locale, &csrf, "programme-reason-needed", false).await;
    }
    let declared = crate::web::appointments(&state)
        .declare_incident(&user.account.id, reason)
        .await?;
    let key = if declared {
        "programme-incident-declared"
    } else {
        "programme-incident-already"
    };
    answer(&state, locale, &csrf, key, declared).await
}

pub async fn end(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    // Ended here or by another admin meanwhile: either way the page shows none open.
    crate::web::appointments(&state)
        .end_incident(&user.account.id)
        .await?;
    Ok(Redirect::to("/staff/programme"))
}

pub async fn release(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(date): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let Ok(date) = date.parse::<chrono::NaiveDate>() else {
        return answer(&state, locale, &csrf, "programme-not-held", false).await;
    };
    let released = crate::web::appointments(&state)
        .publish_day(date, Some(&user.account.id))
        .await?;
    let key = if released {
        "programme-released"
    } else {
        "programme-not-held"
    };
    answer(&state, locale, &csrf, key, released).await
}

pub async fn cancel(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<ReasonForm>,
) -> Result<Response, AppError> {
    let reason = form.reason.trim();
    if reason.is_empty() {
        return answer(&state, locale, &csrf, "programme-reason-needed", false).await;
    }
    let service = crate::web::appointments(&state);
    let number = form.number.trim().to_uppercase();
    let Some(appointment) = service.store.appointment_by_number(&number).await? else {
        return answer(&state, locale, &csrf, "programme-cancel-unknown", false).await;
    };
    let cancelled = service
        .cancel_appointment(&user.account.id, &appointment.id, reason)
        .await?;
    let key = if cancelled {
        "programme-cancelled"
    } else {
        "programme-cancel-not-live"
    };
    answer(&state, locale, &csrf, key, cancelled).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WithdrawForm {
    port: String,
    from: String,
    to: String,
    reason: String,
    /// The decision's id, made when the admin saw what it cancels (a second confirmation of
    /// the same decision queues nothing more).
    decision: String,
}

impl WithdrawForm {
    /// The scope and the reason, or the key of what is missing.
    fn read(&self) -> Result<(Scope, &str), &'static str> {
        let reason = self.reason.trim();
        if reason.is_empty() {
            return Err("programme-reason-needed");
        }
        let port = Some(self.port.trim().to_uppercase()).filter(|p| !p.is_empty());
        let day = |s: &str| s.trim().parse::<chrono::NaiveDate>().ok();
        match (day(&self.from), day(&self.to)) {
            (Some(from), Some(to)) => Scope::new(port, from, to)
                .map(|scope| (scope, reason))
                .ok_or("programme-withdraw-dates"),
            _ => Err("programme-withdraw-dates"),
        }
    }
}

/// What a decision would cancel, and a form that confirms it (nothing is cancelled yet).
pub async fn withdraw_preview(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, AppError> {
    let (scope, reason) = match form.read() {
        Ok(read) => read,
        Err(key) => return answer(&state, locale, &csrf, key, false).await,
    };
    let service = crate::web::appointments(&state);
    let standing = service.standing_in(&scope).await?.len();
    if standing == 0 {
        return answer(&state, locale, &csrf, "programme-withdraw-none", false).await;
    }
    let chrome = Chrome::new(&state.i18n, locale, "/staff/programme");
    let ports = match &scope.port {
        Some(code) => service
            .store
            .list_ports()
            .await?
            .into_iter()
            .find(|p| p.code.as_str() == code)
            .map_or_else(|| code.clone(), |p| p.name),
        None => chrome.t("programme-withdraw-all-ports"),
    };
    let token = garita_web::csrf::csrf_token(&state, &csrf);
    let day = |d: chrono::NaiveDate| Value::from(when::date(locale, d));
    let confirm = Block::heading(chrome.t("programme-withdraw-title"))
        .para(chrome.tf(
            "programme-withdraw-count",
            &[
                ("count", Value::from(standing)),
                ("ports", Value::from(ports)),
                ("from", day(scope.from)),
                ("to", day(scope.to)),
            ],
        ))
        .form(
            Form::post(
                "/staff/programme/withdraw/confirm",
                &token,
                chrome.t("programme-withdraw-confirm"),
            )
            .hidden("port", scope.port.as_deref().unwrap_or_default())
            .hidden("from", &scope.from.to_string())
            .hidden("to", &scope.to.to_string())
            .hidden("reason", reason)
            .hidden("decision", &garita_security::codes::id()),
        );
    Ok(garita_web::view::said(
        true,
        page(&state, locale, &csrf, None, None, Some(confirm)).await?,
    ))
}

/// Confirms a decision: the job that cancels is queued, and the page says how many.
pub async fn withdraw(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, AppError> {
    let (scope, reason) = match form.read() {
        Ok(read) => read,
        Err(key) => return answer(&state, locale, &csrf, key, false).await,
    };
    let decision = form.decision.trim();
    if decision.is_empty() {
        return answer(&state, locale, &csrf, "programme-withdraw-dates", false).await;
    }
    let standing = crate::web::appointments(&state)
        .withdraw_appointments(decision, &user.account.id, scope, reason)
        .await?;
    let text = state.i18n.format(
        locale,
        "programme-withdraw-started",
        &[("count", Value::from(standing))],
    );
    Ok(garita_web::view::said(
        true,
        page(&state, locale, &csrf, Some(text), None, None).await?,
    ))
}
