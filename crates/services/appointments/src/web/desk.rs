//! The officers' console at a port: the day's appointments by time slot with arrivals, finding
//! one by confirmation number or token, the pre-filled intake with the registration photo beside
//! the live one, and each traveller's arrival and outcome. Only staff of the port in the path get
//! here (`policy.rs`); an appointment at another port is not found.

use crate::app::desk::Decision;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Locale, Value};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DayQuery {
    date: String,
}

fn today(state: &AppState) -> String {
    chrono::DateTime::from_timestamp_millis(crate::web::appointments(state).now())
        .unwrap_or_default()
        .date_naive()
        .to_string()
}

async fn day_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    port: &str,
    date: &str,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let day = crate::web::appointments(state).port_day(port, date).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = garita_web::csrf::csrf_token(state, csrf);
    let find = Form::post(
        &format!("/staff/ports/{port}/find"),
        &token,
        page.t("desk-find"),
    )
    .field(Field::new("text", "text", page.t("desk-find-label")).error(error));
    let mut list = Block::default();
    if day.is_empty() {
        list = list.para(page.t("desk-none"));
    }
    for (a, arrived) in &day {
        let line = page.tf(
            "desk-row",
            &[
                (
                    "time",
                    Value::from(a.slot.get(..5).unwrap_or(&a.slot).to_string()),
                ),
                (
                    "number",
                    Value::from(a.confirmation_number.clone().unwrap_or_default()),
                ),
                ("seats", Value::from(a.seats)),
                (
                    "status",
                    Value::from(page.t(&format!("desk-status-{}", a.status))),
                ),
                ("arrived", Value::from(*arrived as i64)),
            ],
        );
        list = list.para(line).link(
            &format!("/staff/ports/{port}/appointments/{}", a.id),
            page.t("desk-open"),
        );
    }
    let title = page.tf(
        "desk-title",
        &[
            ("port", Value::from(port.to_string())),
            ("date", Value::from(date.to_string())),
        ],
    );
    let mut view = GenericPage::new(page, "desk-find")
        .block(Block::default().form(find))
        .block(list);
    view.title = title;
    // verify.js scans QR codes into the find form and checks signatures offline.
    super::proof::with_checker(view).render()
}

pub async fn day(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
    Path(port): Path<String>,
    Query(q): Query<DayQuery>,
) -> Result<Html<String>, AppError> {
    let date = if q.date.is_empty() {
        today(&state)
    } else {
        q.date
    };
    day_page(&state, locale, &csrf, &port, &date, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FindForm {
    text: String,
}

pub async fn find(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
    Path(port): Path<String>,
    CsrfForm(form): CsrfForm<FindForm>,
) -> Result<Response, AppError> {
    match crate::web::appointments(&state)
        .find_at_port(&port, &form.text)
        .await?
    {
        Some(a) => {
            Ok(Redirect::to(&format!("/staff/ports/{port}/appointments/{}", a.id)).into_response())
        }
        None => {
            let error = state.i18n.text(locale, "desk-not-found");
            Ok(
                day_page(&state, locale, &csrf, &port, &today(&state), Some(error))
                    .await?
                    .into_response(),
            )
        }
    }
}

pub async fn appointment(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    let intake = crate::web::appointments(&state)
        .intake(&user.account, &port, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = garita_web::csrf::csrf_token(&state, &csrf);
    let a = &intake.appointment;
    let mut blocks = vec![];
    for t in &intake.travellers {
        let tr = &t.traveller;
        let base = format!(
            "/staff/ports/{port}/appointments/{}/travellers/{}",
            a.id, tr.id
        );
        let mut block = Block::heading(format!("{} {}", tr.name.given, tr.name.family)).para(
            page.tf(
                "desk-traveller",
                &[
                    ("born", Value::from(tr.birth_date.date().to_string())),
                    (
                        "nationality",
                        Value::from(tr.details.nationality.code().to_string()),
                    ),
                    (
                        "document",
                        Value::from(
                            tr.document
                                .as_ref()
                                .map_or_else(|| "—".to_string(), |d| d.number.clone()),
                        ),
                    ),
                ],
            ),
        );
        if tr.needs_photo {
            block
                .images
                .push((format!("{base}/photo"), page.t("desk-photo-registration")));
            if t.live_photo {
                block
                    .images
                    .push((format!("{base}/live-photo"), page.t("desk-photo-live")));
            } else {
                block = block.para(page.t("desk-no-live"));
            }
        }
        let state_line = match t.outcome.as_ref() {
            None => page.t("desk-outcome-none"),
            Some(o) => match o.outcome.as_deref() {
                None => page.t("desk-outcome-arrived"),
                Some("paroled") => page.tf(
                    "desk-outcome-paroled",
                    &[(
                        "until",
                        Value::from(o.parole_until.clone().unwrap_or_default()),
                    )],
                ),
                Some("nta") => page.tf(
                    "desk-outcome-nta",
                    &[(
                        "number",
                        Value::from(o.nta_number.clone().unwrap_or_default()),
                    )],
                ),
                Some(other) => page.t(&format!("desk-outcome-{other}")),
            },
        };
        block = block.para(state_line);
        for c in &t.corrected {
            block = block.para(page.tf(
                "desk-corrected",
                &[
                    ("field", Value::from(c.field.clone())),
                    ("before", Value::from(c.before.clone().unwrap_or_default())),
                    ("after", Value::from(c.after.clone().unwrap_or_default())),
                ],
            ));
        }
        if let Some(note) = &t.note {
            block = block.para(note.clone());
        }
        let options = ["arrived", "paroled", "nta", "referred", "not-admitted"]
            .iter()
            .map(|d| (d.to_string(), page.t(&format!("desk-decision-{d}")), false))
            .collect();
        let form = Form::post(&base, &token, page.t("desk-save"))
            .field(Field::new("decision", "select", page.t("desk-decision-label")).options(options))
            .field(Field::new("until", "text", page.t("desk-until-label")).optional())
            .field(Field::new("nta", "text", page.t("desk-nta-label")).optional())
            .field(Field::new("note", "text", page.t("desk-note-label")).optional());
        blocks.push(block.form(form));
    }
    let title = page.tf(
        "desk-intake-title",
        &[
            (
                "number",
                Value::from(a.confirmation_number.clone().unwrap_or_default()),
            ),
            ("port", Value::from(intake.port.name.clone())),
            ("date", Value::from(a.appointment_date.clone())),
            (
                "time",
                Value::from(a.slot.get(..5).unwrap_or(&a.slot).to_string()),
            ),
        ],
    );
    let mut view = GenericPage::new(page, "desk-find");
    view.title = title;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn photo(
    state: &AppState,
    user: &garita_web::session::CurrentUser,
    (port, id, traveller): (String, String, String),
    live: bool,
) -> Result<Response, AppError> {
    let jpeg = crate::web::appointments(state)
        .desk_photo(&user.account, &port, &id, &traveller, live)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(garita_web::pages::jpeg(jpeg))
}

pub async fn registration_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(ids): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    photo(&state, &user, ids, false).await
}

pub async fn live_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(ids): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    photo(&state, &user, ids, true).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    until: String,
    nta: String,
    note: String,
}

pub async fn decide(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((port, id, traveller)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Redirect, AppError> {
    let decision = match form.decision.as_str() {
        "paroled" => Decision::Paroled {
            until: chrono::NaiveDate::parse_from_str(form.until.trim(), "%Y-%m-%d").ok(),
        },
        "nta" if !form.nta.trim().is_empty() => Decision::NoticeToAppear {
            number: form.nta.trim().to_string(),
        },
        "referred" => Decision::Referred,
        "not-admitted" => Decision::NotAdmitted,
        _ => Decision::Arrived,
    };
    let recorded = crate::web::appointments(&state)
        .record_decision(&user.account, &port, &id, &traveller, decision, &form.note)
        .await?;
    if !recorded {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!(
        "/staff/ports/{port}/appointments/{id}"
    )))
}
