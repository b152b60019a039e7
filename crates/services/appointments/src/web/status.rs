//! A person's status page, where every message links: their appointment and deadline, what came
//! of their latest request, and their in-app inbox (all messages, whatever became of them by
//! e-mail or SMS). A service worker keeps its last copy for reading offline.

use super::draws::person_zone;
use super::outcomes::{outcome_lines, version_line};
use crate::app::confirmations::{CheckState, Confirmation};
use crate::app::draws::RequestResult;
use axum::extract::State;
use axum::response::Html;
use axum_extra::extract::CookieJar;
use chrono_tz::Tz;
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang};

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/status");
    let zone = person_zone(&jar);
    let account = &user.subject().id;
    let status = crate::web::appointments(&state)
        .appointment_status(account)
        .await?;
    let inbox = crate::web::appointments(&state)
        .inbox(&state.i18n, account, locale)
        .await?;
    let confirmation = crate::web::appointments(&state)
        .confirmation(account)
        .await?;
    let arrivals = crate::web::appointments(&state).arrivals(account).await?;

    let token = garita_web::csrf::csrf_token(&state, &csrf);
    let mut cancel = None;
    let mut appointment = Block::heading(page.t("status-appointment-title"));
    match &status.appointment {
        Some((a, port)) => {
            appointment = appointment.para(page.tf(
                "status-appointment",
                &appointment_args(page.locale, a, port),
            ));
            if a.status == "confirmed" {
                appointment = appointment
                    .para(page.t("status-confirmed"))
                    .link("/status/confirmation", page.t("status-confirmation-link"));
            }
            let moves = crate::web::appointments(&state)
                .store
                .moves_of(&a.id)
                .await?;
            let ports = crate::web::appointments(&state).store.list_ports().await?;
            let name = |code: &str| {
                ports
                    .iter()
                    .find(|p| p.code.as_str() == code)
                    .map_or_else(|| code.to_string(), |p| p.name.clone())
            };
            for m in &moves {
                appointment = appointment.para(page.tf(
                    "status-moved",
                    &[
                        ("from_port", Value::from(name(&m.from_port))),
                        (
                            "from_date",
                            Value::from(when::stored_date(locale, &m.from_date)),
                        ),
                        (
                            "from_time",
                            Value::from(when::stored_time(locale, &m.from_slot)),
                        ),
                        ("reason", Value::from(m.reason.clone())),
                    ],
                ));
            }
            // After a closure the group may prefer another port (once is enough to ask).
            if moves.iter().any(|m| m.reason == "closure")
                && !moves.iter().any(|m| m.reason == "port-chosen")
            {
                let options = ports
                    .iter()
                    .filter(|p| p.code.as_str() != a.port_code)
                    .map(|p| {
                        (
                            p.code.to_string(),
                            format!("{} ({})", p.name, p.crossing),
                            false,
                        )
                    })
                    .collect();
                appointment = appointment.form(
                    Form::post("/status/port", &token, page.t("status-choose-port"))
                        .hidden("appointment", &a.id)
                        .field(
                            Field::new("port", "select", page.t("status-choose-port-label"))
                                .options(options)
                                .help(page.t("status-choose-port-help")),
                        ),
                );
            }
            cancel = Some(
                Block::text(page.t("status-cancel-help")).form(
                    Form::post("/status/cancel", &token, page.t("status-cancel"))
                        .hidden("appointment", &a.id)
                        .secondary(),
                ),
            );
        }
        None => appointment = appointment.para(page.t("status-no-appointment")),
    }

    let confirm =
        confirmation.map(|c| confirm_block(&page, &c, crate::web::appointments(&state).now()));

    let mut request = Block::heading(page.t("status-request-title"));
    match &status.latest {
        None => {
            request = request
                .para(page.t("status-request-none"))
                .link("/request", page.t("request-title"))
        }
        Some((r, port, result)) => {
            let key = match result {
                RequestResult::Waiting => "status-request-waiting",
                RequestResult::Won => "status-request-won",
                RequestResult::Lapsed => "status-request-lapsed",
                RequestResult::Cancelled => "status-cancelled",
                RequestResult::NoShow => "status-request-no-show",
                RequestResult::NotChosen => "status-request-not-chosen",
            };
            request = request
                .para(page.tf(
                    key,
                    &[
                        ("day", Value::from(r.service_date.clone())),
                        ("port", Value::from(port.clone())),
                    ],
                ))
                .link(
                    &format!("/draws/{}", r.service_date),
                    page.t("request-check-draw"),
                );
            if matches!(
                result,
                RequestResult::NotChosen
                    | RequestResult::Lapsed
                    | RequestResult::Cancelled
                    | RequestResult::NoShow
            ) {
                request = request.link("/request", page.t("request-title"));
            }
        }
    }

    let mut messages = Block::heading(page.t("inbox-title"));
    if inbox.is_empty() {
        messages = messages.para(page.t("inbox-empty"));
    }
    // Only true once `offline.js` has kept a copy: shown by it, never promised without it.
    let offline = Block::text(page.t("inbox-offline")).needing_script();
    let at_port = (!arrivals.is_empty()).then(|| arrivals_block(&page, &arrivals, zone));
    let mut view = GenericPage::new(page, "status-title").block(appointment);
    if let Some(at_port) = at_port {
        view = view.block(at_port);
    }
    if let Some(confirm) = confirm {
        view = view.block(confirm);
    }
    if let Some(cancel) = cancel {
        view = view.block(cancel);
    }
    view = view.block(request).block(messages).block(offline);
    for item in inbox {
        let mut block = Block::heading(item.subject)
            .para(when::moment_ms(locale, item.at, zone))
            .para(item.body);
        if let Some(next) = item.next {
            block = block.para(next);
        }
        view = view.block(block);
    }
    view.script = Some("/static/offline.js");
    view.render()
}

/// What was recorded at the port for each traveller who arrived, and every version of it.
fn arrivals_block(page: &Chrome, arrivals: &[crate::app::outcomes::Arrival], zone: Tz) -> Block {
    let mut block = Block::heading(page.t("status-arrivals-title"));
    for a in arrivals {
        block = block.para(page.tf(
            "status-arrival",
            &[
                ("name", Value::from(a.given_name.clone())),
                ("port", Value::from(a.port.name.clone())),
                (
                    "date",
                    Value::from(when::moment_ms(page.locale, a.arrived_at, zone)),
                ),
            ],
        ));
        for line in outcome_lines(page, &a.facts) {
            block = block.para(line);
        }
        if a.history.len() > 1 {
            block = block.para(page.t("status-arrival-history"));
            for v in &a.history {
                block = block.para(version_line(page, v, zone, &a.port.name));
            }
        }
    }
    block.para(page.t("status-arrival-help"))
}

/// The deadline, the time left, and each traveller's part.
/// The deadline is shown in the zone its messages give it in (`Confirmation::zone`).
fn confirm_block(page: &Chrome, c: &Confirmation, now: i64) -> Block {
    let zone = c.zone;
    let left = |minutes: i64| {
        page.tf(
            "status-time-left",
            &[
                ("hours", Value::from(minutes / 60)),
                ("minutes", Value::from(minutes % 60)),
            ],
        )
    };
    let template = page.tf(
        "status-time-left",
        &[("hours", Value::from("%H")), ("minutes", Value::from("%M"))],
    );
    let mut block = Block::heading(page.t("status-confirm-title"))
        .para(page.tf(
            "status-confirm-by",
            &[
                (
                    "deadline",
                    Value::from(when::moment_ms(page.locale, c.deadline, zone)),
                ),
                ("zone", Value::from(when::zone(page.locale, zone))),
            ],
        ))
        .countdown(
            left((c.deadline - now).max(0) / 60_000),
            c.deadline,
            template,
        )
        .para(page.t("status-confirm-intro"));
    for t in &c.travellers {
        let name = [("name", Value::from(t.given_name.clone()))];
        let (key, act) = match &t.state {
            CheckState::ToDo => ("status-traveller-todo", true),
            CheckState::Retake(_) => ("status-traveller-retake", true),
            CheckState::InReview => ("status-traveller-review", false),
            CheckState::Passed => ("status-traveller-passed", false),
        };
        block = block.para(page.tf(key, &name));
        if act {
            block = block.link(
                &format!("/status/travellers/{}/confirm", t.id),
                page.tf("status-confirm-link", &name),
            );
        }
    }
    block
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct CancelForm {
    appointment: String,
}

/// The group gives its appointment up: the place goes to the next groups at once.
pub async fn cancel(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<CancelForm>,
) -> Result<axum::response::Redirect, AppError> {
    own_appointment(&state, &user, &form.appointment).await?;
    crate::web::appointments(&state)
        .cancel_appointment(&user.account.id, &form.appointment, "given up by the group")
        .await?;
    Ok(axum::response::Redirect::to("/status"))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct PortForm {
    appointment: String,
    port: String,
}

/// After a closure moved its appointment, the group chooses another port: the earliest free
/// seats there. No seats free: the page says so and nothing changes.
pub async fn choose_port(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<PortForm>,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    own_appointment(&state, &user, &form.appointment).await?;
    let port = garita_domain::PortCode::parse(&form.port).map_err(AppError::Input)?;
    let moved = crate::web::appointments(&state)
        .choose_port(&user.subject().id, &form.appointment, &port)
        .await?;
    if moved.is_some() {
        return Ok(axum::response::Redirect::to("/status").into_response());
    }
    let page = Chrome::new(&state.i18n, locale, "/status");
    Ok(GenericPage::new(page, "status-title")
        .error(state.i18n.text(locale, "status-choose-port-full"))
        .block(Block::default().link("/status", state.i18n.text(locale, "status-title")))
        .render()?
        .into_response())
}

/// Another group's appointment (or none) is not found: the same answer either way.
async fn own_appointment(
    state: &AppState,
    user: &garita_web::session::CurrentUser,
    appointment: &str,
) -> Result<(), AppError> {
    let owner = crate::web::appointments(state)
        .store
        .account_of_appointment(appointment)
        .await?;
    if owner.as_deref() == Some(user.subject().id.as_str()) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// What a sentence about an appointment names: port, crossing, date, time at the port, seats.
pub(crate) fn appointment_args(
    locale: Locale,
    a: &crate::store::draws::AppointmentRow,
    port: &garita_domain::Port,
) -> [(&'static str, Value<'static>); 5] {
    [
        ("port", Value::from(port.name.clone())),
        ("crossing", Value::from(port.crossing.clone())),
        (
            "date",
            Value::from(when::stored_date(locale, &a.appointment_date)),
        ),
        ("time", Value::from(when::stored_time(locale, &a.slot))),
        ("seats", Value::from(a.seats)),
    ]
}
