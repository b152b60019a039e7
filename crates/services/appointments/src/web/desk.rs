//! The officers' console at a port: the day's appointments by time slot with arrivals, finding
//! one by confirmation number or token, the pre-filled intake with the registration photo beside
//! the live one, and each traveller's arrival and outcome. Only staff of the port in the path get
//! here (`policy.rs`); an appointment at another port is not found.

use super::outcomes::{outcome_lines, version_line};
use crate::app::desk::{Recorded, Recording};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono_tz::Tz;
use garita_domain::ServiceDate;
use garita_domain::outcome::{Outcome, OutcomeInput};
use garita_domain::travellers::PersonName;
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage};
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
    let search = traveller_search(&page, &token, port, &SearchForm::default(), &[]);
    let mut view = GenericPage::new(page, "desk-find")
        .block(Block::default().form(find))
        .block(list)
        .block(Block::heading(state.i18n.text(locale, "desk-find-traveller")).form(search));
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

/// The search by a traveller's name and date of birth, for a group whose proof is lost.
fn traveller_search(
    page: &Chrome,
    token: &str,
    port: &str,
    typed: &SearchForm,
    problems: &[(&str, String)],
) -> Form {
    let error = |name: &str| problems.iter().find(|p| p.0 == name).map(|p| p.1.clone());
    Form::post(
        &format!("/staff/ports/{port}/find-traveller"),
        token,
        page.t("desk-find-traveller"),
    )
    .field(
        Field::new("given", "text", page.t("desk-search-given"))
            .value(&typed.given)
            .error(error("given")),
    )
    .field(
        Field::new("family", "text", page.t("desk-search-family"))
            .value(&typed.family)
            .error(error("family")),
    )
    .field(
        Field::new("born", "text", page.t("desk-search-born"))
            .value(&typed.born)
            .error(error("born")),
    )
    .secondary()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SearchForm {
    given: String,
    family: String,
    born: String,
}

pub async fn find_traveller(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    CsrfForm(form): CsrfForm<SearchForm>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = garita_web::csrf::csrf_token(&state, &csrf);
    let mut problems = vec![];
    let name = match PersonName::parse(&form.given, &form.family) {
        Ok(name) => Some(name),
        Err((given, family)) => {
            problems.extend(given.map(|e| ("given", page.t(e.message_key()))));
            problems.extend(family.map(|e| ("family", page.t(e.message_key()))));
            None
        }
    };
    let born = match ServiceDate::parse(&form.born) {
        Ok(d) => Some(d.date()),
        Err(e) => {
            problems.push(("born", page.t(e.message_key())));
            None
        }
    };
    let mut results = Block::default();
    if let (Some(name), Some(born)) = (name, born) {
        let found = crate::web::appointments(&state)
            .find_by_traveller(&user.account, &port, &name, born)
            .await?;
        if found.is_empty() {
            results = results.para(page.t("desk-search-none"));
        }
        for a in &found {
            let line = page.tf(
                "desk-search-found",
                &[
                    (
                        "date",
                        Value::from(when::stored_date(locale, &a.appointment_date)),
                    ),
                    ("time", Value::from(when::stored_time(locale, &a.slot))),
                    (
                        "number",
                        Value::from(a.confirmation_number.clone().unwrap_or_default()),
                    ),
                    (
                        "status",
                        Value::from(page.t(&format!("desk-status-{}", a.status))),
                    ),
                ],
            );
            results = results.para(line).link(
                &format!("/staff/ports/{port}/appointments/{}", a.id),
                page.t("desk-open"),
            );
        }
    }
    let status = if problems.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    };
    let search = traveller_search(&page, &token, &port, &form, &problems);
    let view = GenericPage::new(page, "desk-find-traveller")
        .block(results)
        .block(Block::default().form(search))
        .block(Block::default().link(
            &format!("/staff/ports/{port}/day"),
            state.i18n.text(locale, "desk-find"),
        ));
    Ok((status, view.render()?).into_response())
}

pub async fn appointment(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
) -> Result<Html<String>, AppError> {
    intake_page(&state, locale, &csrf, &user, &port, &id, None).await
}

/// A recording the page refused, shown again in its traveller's form with what was typed.
struct Refused {
    traveller: String,
    form: OutcomeForm,
    keep_typed: bool,
    /// Problems by field name, and one for the form as a whole.
    problems: Vec<(&'static str, String)>,
    notice: Option<String>,
}

async fn intake_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &garita_web::session::CurrentUser,
    port: &str,
    id: &str,
    refused: Option<Refused>,
) -> Result<Html<String>, AppError> {
    let intake = crate::web::appointments(state)
        .intake(&user.account, port, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = garita_web::csrf::csrf_token(state, csrf);
    let a = &intake.appointment;
    let threshold = (state.services.faces.match_distance * 100.0).round() as i64;
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
                    (
                        "born",
                        Value::from(when::date(page.locale, tr.birth_date.date())),
                    ),
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
                block = block.para(face_line(&page, t.face_distance_milli, threshold));
                if let Some(problem) = &t.reviewed {
                    let reason = match problem.as_str() {
                        "move-as-asked" | "not-live" => "liveness",
                        "compare-again" | "not-compared" => "compared",
                        _ => "quality",
                    };
                    block = block.para(page.tf("desk-face-reviewed", &[("reason", reason.into())]));
                }
            } else {
                block = block.para(page.t("desk-no-live"));
            }
        }
        if t.outcome.is_none() {
            block = block.para(page.t("desk-outcome-none"));
        } else {
            for line in outcome_lines(&page, &t.facts) {
                block = block.para(line);
            }
        }
        if t.history.len() > 1 {
            block = block.para(page.t("desk-history"));
            for v in &t.history {
                block = block.para(version_line(&page, v, Tz::UTC, &intake.port.name));
            }
        }
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
        let mine = refused.as_ref().filter(|r| r.traveller == tr.id);
        let typed = match mine {
            Some(r) if r.keep_typed => r.form.clone(),
            _ => OutcomeForm::from_facts(&t.facts, t.note.as_deref()),
        };
        let error = |name: &str| {
            mine.and_then(|r| r.problems.iter().find(|p| p.0 == name))
                .map(|p| p.1.clone())
        };
        let check = |name: &'static str, key: &str, on: bool| {
            Field::new(name, "checkbox", page.t(key))
                .value(if on { "yes" } else { "" })
                .error(error(name))
                .optional()
        };
        let text = |name: &'static str, key: &str, value: &str| {
            Field::new(name, "text", page.t(key))
                .value(value)
                .error(error(name))
                .optional()
        };
        let facts = FieldSet::new(Some(page.t("desk-facts-legend")))
            .field(check(
                "paroled",
                "desk-paroled-label",
                typed.paroled == "yes",
            ))
            .field(text(
                "parole_until",
                "desk-until-label",
                &typed.parole_until,
            ))
            .field(text(
                "notice_to_appear",
                "desk-nta-a-number-label",
                &typed.notice_to_appear,
            ))
            .field(check(
                "referred",
                "desk-referred-label",
                typed.referred == "yes",
            ))
            .field(check(
                "not_admitted",
                "desk-not-admitted-label",
                typed.not_admitted == "yes",
            ))
            .field(text(
                "admission_number",
                "desk-admission-number-label",
                &typed.admission_number,
            ))
            .field(text(
                "class_of_admission",
                "desk-class-label",
                &typed.class_of_admission,
            ));
        let form = Form::post(&base, &token, page.t("desk-save"))
            .set(facts)
            .field(
                text("reason", "desk-reason-label", &typed.reason).help(page.t("desk-reason-help")),
            )
            .field(text("note", "desk-note-label", &typed.note));
        if let Some(notice) = mine.and_then(|r| r.notice.clone()) {
            block = block.para(notice);
        }
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

/// What the automatic comparison of the two photos found, for the officer (or reviewer) beside
/// them.
pub(super) fn face_line(page: &Chrome, distance_milli: Option<i64>, threshold: i64) -> String {
    match distance_milli {
        Some(d) => page.tf(
            "desk-face-distance",
            &[
                (
                    "distance",
                    Value::from(garita_i18n::numbers::decimal(page.locale, (d + 5) / 10, 2)),
                ),
                (
                    "threshold",
                    Value::from(garita_i18n::numbers::decimal(page.locale, threshold, 2)),
                ),
            ],
        ),
        None => page.t("desk-face-not-compared"),
    }
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

/// What an officer typed for a traveller (the field names are the domain's, so each problem
/// lands on its field).
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct OutcomeForm {
    paroled: String,
    parole_until: String,
    notice_to_appear: String,
    referred: String,
    not_admitted: String,
    admission_number: String,
    class_of_admission: String,
    reason: String,
    note: String,
}

impl OutcomeForm {
    /// The form filled with what is recorded, so that a change is an edit of it.
    fn from_facts(facts: &Outcome, note: Option<&str>) -> Self {
        let yes = |on: bool| if on { "yes" } else { "" }.to_string();
        let text = |v: Option<String>| v.unwrap_or_default();
        OutcomeForm {
            paroled: yes(facts.parole_until.is_some()),
            parole_until: text(facts.parole_until.map(|d| d.to_string())),
            notice_to_appear: text(facts.notice_to_appear.as_ref().map(ToString::to_string)),
            referred: yes(facts.referred),
            not_admitted: yes(facts.not_admitted),
            admission_number: text(facts.admission_number.as_ref().map(ToString::to_string)),
            class_of_admission: text(facts.class_of_admission.as_ref().map(ToString::to_string)),
            reason: String::new(),
            note: note.unwrap_or_default().to_string(),
        }
    }
}

pub async fn decide(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id, traveller)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<OutcomeForm>,
) -> Result<Response, AppError> {
    let recording = Recording {
        facts: OutcomeInput {
            paroled: form.paroled == "yes",
            parole_until: &form.parole_until,
            notice_to_appear: &form.notice_to_appear,
            referred: form.referred == "yes",
            not_admitted: form.not_admitted == "yes",
            admission_number: &form.admission_number,
            class_of_admission: &form.class_of_admission,
        },
        reason: &form.reason,
        note: &form.note,
    };
    let recorded = crate::web::appointments(&state)
        .record_outcome(&user.account, &port, &id, &traveller, &recording)
        .await?;
    let t = |key: &str| state.i18n.text(locale, key);
    let (problems, notice) = match recorded {
        Recorded::Saved => {
            let to = format!("/staff/ports/{port}/appointments/{id}");
            return Ok(Redirect::to(&to).into_response());
        }
        Recorded::NotFound => return Err(AppError::NotFound),
        Recorded::Invalid(problems) => (
            problems
                .into_iter()
                .map(|(field, e)| (field, t(e.message_key())))
                .collect(),
            None,
        ),
        Recorded::ReasonNeeded => (vec![("reason", t("desk-reason-needed"))], None),
        Recorded::ChangedMeanwhile => (vec![], Some(t("desk-changed-meanwhile"))),
    };
    // Another officer's change is shown as it now stands, not hidden by what was typed.
    let refused = Refused {
        traveller,
        keep_typed: notice.is_none(),
        form,
        problems,
        notice,
    };
    let page = intake_page(&state, locale, &csrf, &user, &port, &id, Some(refused)).await?;
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
