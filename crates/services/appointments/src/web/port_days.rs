//! A port's days, for its supervisors: places per date and per time slot, and closures that
//! move the day's appointments. Who may change them is decided in `policy.rs`.

use crate::app::port_days::{ClosureOutcome, ClosureReason};
use crate::domain::audit::AppointmentAction;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect};
use garita_domain::{AuditEvent, PortCode, Seats, ServiceDate};
use garita_i18n::Value;
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::policy;
use garita_web::session::{CurrentUser, SignedIn};
use garita_web::view::{Block, Field, Form, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;
use std::collections::HashMap;

pub async fn port(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    port_page(&state, locale, &csrf, &user, &code, None, None).await
}

/// A port's next two weeks (places, places per slot, closures) and, for its supervisors, the
/// forms that change them. `notice` reports what the last change did.
pub(crate) async fn port_page(
    state: &AppState,
    locale: garita_i18n::Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    code: &str,
    notice: Option<String>,
    unconfirmed: Option<String>,
) -> Result<Html<String>, AppError> {
    let port = garita_web::pages::port_named(state, code).await?;
    let code = port.code.clone();
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let today = crate::web::appointments(state).today_at(&port);
    let last = today + chrono::Days::new(13);
    let closures = crate::web::appointments(state)
        .store
        .closures(code.as_str(), &today.to_string(), &last.to_string())
        .await?;
    let mut rows = vec![];
    let mut today_plan = vec![];
    for day in today.iter_days().take(14) {
        let plan = crate::web::appointments(state)
            .slot_plan(&port, day)
            .await?;
        if day == today {
            today_plan = plan.iter().map(|(_, n)| n.to_string()).collect();
        }
        let seats: u32 = plan.iter().map(|(_, n)| n).sum();
        let by_slot = plan
            .iter()
            .map(|(slot, n)| format!("{} {n}", slot.format("%H:%M")))
            .collect::<Vec<_>>()
            .join(" · ");
        let closed = closures
            .iter()
            .find(|c| c.service_date == day.to_string())
            .map(|c| page.t(&format!("staff-port-closed-{}", c.reason)))
            .unwrap_or_default();
        rows.push(vec![day.to_string(), seats.to_string(), by_slot, closed]);
    }
    let mut view = GenericPage::new(page, "staff-port-capacity");
    let page = &view.page;
    let mut block = Block::text(format!("{} — {}, {}", port.name, port.city, port.state));
    block.table = Some(Table {
        head: vec![
            page.t("staff-port-date-label"),
            page.t("staff-port-seats-label"),
            page.t("staff-port-slots-label"),
            page.t("staff-port-closed-label"),
        ],
        rows,
    });
    let mut blocks = vec![block];
    let route =
        policy::staff_route(state, "POST", "/staff/ports/{port}/capacity").expect("capacity route");
    if route.allows(&user.account.grant, Some(code.as_str())) {
        let token = garita_web::csrf::csrf_token(state, csrf);
        let date = || {
            Field::new("date", "date", page.t("staff-port-date-label")).value(&today.to_string())
        };
        blocks.push(
            Block::heading(page.t("staff-port-capacity")).form(
                Form::post(
                    &format!("/staff/ports/{code}/capacity"),
                    &token,
                    page.t("staff-port-save"),
                )
                .field(date())
                .field(Field::new("seats", "number", page.t("staff-port-seats-label")).numeric()),
            ),
        );
        let mut slots = Form::post(
            &format!("/staff/ports/{code}/slots"),
            &token,
            page.t("staff-port-save"),
        )
        .field(date());
        for (i, slot) in port.time_slots.iter().enumerate().take(SLOT_FIELDS.len()) {
            slots = slots.field(
                Field::new(
                    SLOT_FIELDS[i],
                    "number",
                    page.tf(
                        "staff-port-slot-seats",
                        &[("time", Value::from(slot.format("%H:%M").to_string()))],
                    ),
                )
                .numeric()
                .value(today_plan.get(i).map_or("", String::as_str)),
            );
        }
        blocks.push(
            Block::heading(page.t("staff-port-slots-title"))
                .para(page.t("staff-port-slots-help"))
                .form(slots),
        );
        let reasons = crate::app::port_days::ClosureReason::ALL
            .iter()
            .map(|r| {
                (
                    r.code().to_string(),
                    page.t(&format!("staff-port-closed-{}", r.code())),
                    false,
                )
            })
            .collect();
        blocks.push(
            Block::heading(page.t("staff-port-close-title"))
                .para(page.t("staff-port-close-help"))
                .form(
                    Form::post(
                        &format!("/staff/ports/{code}/close"),
                        &token,
                        page.t("staff-port-close"),
                    )
                    .field(date())
                    .field(
                        Field::new("reason", "select", page.t("staff-port-close-reason"))
                            .options(reasons),
                    )
                    .field(
                        Field::new("confirm", "checkbox", page.t("staff-port-close-confirm"))
                            .error(unconfirmed),
                    ),
                ),
        );
    }
    view.title = view.page.tf(
        "staff-port-title",
        &[("port", Value::from(code.to_string()))],
    );
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    for block in blocks {
        view = view.block(block);
    }
    view.render()
}

/// Form names of a date's slots, in the port's slot order.
pub(crate) const SLOT_FIELDS: [&str; 24] = [
    "slot0", "slot1", "slot2", "slot3", "slot4", "slot5", "slot6", "slot7", "slot8", "slot9",
    "slot10", "slot11", "slot12", "slot13", "slot14", "slot15", "slot16", "slot17", "slot18",
    "slot19", "slot20", "slot21", "slot22", "slot23",
];

#[derive(Deserialize)]
pub struct CapacityForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    seats: String,
}

pub async fn set_capacity(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<CapacityForm>,
) -> Result<Redirect, AppError> {
    let code = PortCode::parse(&code).map_err(AppError::Input)?;
    let date = ServiceDate::parse(&form.date).map_err(AppError::Input)?;
    let seats = Seats::parse(&form.seats).map_err(AppError::Input)?;
    if crate::web::appointments(&state)
        .seats_frozen_by(date.date())
        .await?
        .is_some()
    {
        return Err(AppError::Conflict("staff-port-seats-frozen"));
    }
    let event = AuditEvent::new(
        crate::web::appointments(&state).now(),
        AppointmentAction::CapacitySet,
    )
    .actor(&user.account.id)
    .subject(code.as_str())
    .detail(format!("{{\"date\":\"{date}\",\"seats\":{seats}}}"));
    crate::web::appointments(&state)
        .store
        .set_capacity(&code, date, seats, Effects::audit(event))
        .await
        .map_err(|e| match e {
            garita_store::StoreError::UnknownPort(code) => AppError::PortNotFound(code),
            e => AppError::internal(e),
        })?;
    Ok(Redirect::to(&format!("/staff/ports/{code}")))
}

/// Places per slot for one date (`slot0`, `slot1`, ... in the port's slot order).
pub async fn set_slots(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Html<String>, AppError> {
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let port = garita_web::pages::port_named(&state, &code).await?;
    let date = ServiceDate::parse(field("date")).map_err(AppError::Input)?;
    let seats = SLOT_FIELDS
        .iter()
        .take(port.time_slots.len())
        .map(|name| Seats::parse(field(name)).map(|s| s.get()))
        .collect::<Result<Vec<u32>, _>>()
        .map_err(AppError::Input)?;
    let saved = crate::web::appointments(&state)
        .set_slot_seats(&user.account.id, &port, date.date(), &seats)
        .await?;
    let key = if saved {
        "staff-port-slots-saved"
    } else if crate::web::appointments(&state)
        .seats_frozen_by(date.date())
        .await?
        .is_some()
    {
        "staff-port-seats-frozen"
    } else {
        "staff-port-slots-closed"
    };
    let notice = state
        .i18n
        .format(locale, key, &[("date", Value::from(date.to_string()))]);
    port_page(&state, locale, &csrf, &user, &code, Some(notice), None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CloseForm {
    date: String,
    reason: String,
    /// The supervisor ticked that every appointment of the date moves.
    confirm: String,
}

/// Closes the port for a date: its appointments move to the earliest free seats, every group is
/// told, and the page says how many moved.
pub async fn close(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Html<String>, AppError> {
    let port = garita_web::pages::port_named(&state, &code).await?;
    let date = ServiceDate::parse(&form.date).map_err(AppError::Input)?;
    let reason = ClosureReason::parse(&form.reason).unwrap_or(ClosureReason::Other);
    if form.confirm != "yes" {
        let error = state.i18n.text(locale, "staff-port-close-unconfirmed");
        return port_page(&state, locale, &csrf, &user, &code, None, Some(error)).await;
    }
    let outcome = crate::web::appointments(&state)
        .close_port(&user.account.id, &port, date.date(), reason)
        .await?;
    let args = |moved: usize, unplaced: usize| {
        [
            ("date", Value::from(date.to_string())),
            ("moved", Value::from(moved)),
            ("unplaced", Value::from(unplaced)),
        ]
    };
    let notice = match outcome {
        ClosureOutcome::Closed { moved, unplaced } => {
            state
                .i18n
                .format(locale, "staff-port-closed-done", &args(moved, unplaced))
        }
        ClosureOutcome::AlreadyClosed => {
            state
                .i18n
                .format(locale, "staff-port-already-closed", &args(0, 0))
        }
        ClosureOutcome::PastDate => state
            .i18n
            .format(locale, "staff-port-close-past", &args(0, 0)),
        ClosureOutcome::Busy => state
            .i18n
            .format(locale, "staff-port-close-busy", &args(0, 0)),
    };
    port_page(&state, locale, &csrf, &user, &code, Some(notice), None).await
}
