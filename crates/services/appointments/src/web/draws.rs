//! The daily request (`/request`) and the published draws (`/draws`, `/draws/{date}` and its
//! downloads).

use super::statistics::day_table;
use crate::app::draws::{Channel, Origin, RequestOutcome};
use crate::domain::beacon::BeaconStatus;
use crate::domain::observers::RevealStatus;
use crate::store::draws::RequestRow;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::CookieJar;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use garita_domain::geofence::{Place, Position, Verdict};
use garita_domain::window::WindowState;
use garita_domain::{InputError, Port, PortCode};
use garita_i18n::{Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::{Chrome, Links};
use garita_web::session::{MaybeUser, SignedIn};
use garita_web::view::{Block, Field, Form, GenericPage, Table};
use garita_web::{AppError, AppState, Lang, On};
use serde::Deserialize;

pub use garita_web::pages::person_zone;

/// What a request's outcome says to the person, in their language and time zone.
pub fn outcome_text(page: &Chrome, outcome: &RequestOutcome, zone: Tz, ports: &[Port]) -> String {
    match outcome {
        RequestOutcome::Accepted(r) | RequestOutcome::Repeated(r) => {
            page.tf("request-accepted", &request_args(page, r, ports))
        }
        RequestOutcome::AlreadyRequested(r) => {
            page.tf("request-already", &request_args(page, r, ports))
        }
        RequestOutcome::WindowClosed {
            next_date,
            opens_at,
        } => closed_text(page, *next_date, *opens_at, zone),
        RequestOutcome::OutsideArea(verdict) => outside_text(page, verdict, "request"),
        RequestOutcome::NoRegistration => page.t("request-no-registration"),
        RequestOutcome::PhotosMissing => page.t("request-photos-missing"),
        RequestOutcome::HoldsAppointment(a) => page.tf(
            "request-holds-appointment",
            &[
                (
                    "date",
                    Value::from(when::stored_date(page.locale, &a.appointment_date)),
                ),
                ("time", Value::from(when::stored_time(page.locale, &a.slot))),
                ("port", Value::from(port_name(ports, &a.port_code))),
            ],
        ),
    }
}

/// A request's day in words and its port by name.
fn request_args(
    page: &Chrome,
    r: &RequestRow,
    ports: &[Port],
) -> [(&'static str, Value<'static>); 2] {
    [
        (
            "date",
            Value::from(when::stored_date(page.locale, &r.service_date)),
        ),
        ("port", Value::from(port_name(ports, &r.port_code))),
    ]
}

/// A port as people read it: its name, never its code.
fn port_name(ports: &[Port], code: &str) -> String {
    ports
        .iter()
        .find(|p| p.code.as_str() == code)
        .map_or_else(|| code.to_string(), |p| p.name.clone())
}

/// What a browser that cannot send the phone's position is told instead of a form that could
/// not work: why the position is needed, how to turn the script and location on, and that a
/// helper organisation can do the step with the person (the help directory's link).
pub fn without_position(state: &AppState, page: &Chrome) -> Block {
    let block = Block::text(page.t("location-without-script")).for_no_script();
    Links::on(state, page, On::Helpers).onto(block)
}

/// Where the phone seems to be and how far from the area, for a request or a confirmation
/// (`{what}-outside-state`, `{what}-outside-country`).
pub fn outside_text(page: &Chrome, verdict: &Verdict, what: &str) -> String {
    let Verdict::Refused {
        place, distance_km, ..
    } = verdict
    else {
        return String::new();
    };
    let (key, name) = match place {
        Place::State { name, .. } => ("outside-state", name),
        Place::OutsideMexico { near_name, .. } => ("outside-country", near_name),
    };
    page.tf(
        &format!("{what}-{key}"),
        &[
            ("place", Value::from(name.clone())),
            ("km", Value::from(*distance_km)),
        ],
    )
}

fn closed_text(page: &Chrome, date: NaiveDate, opens_at: DateTime<Utc>, zone: Tz) -> String {
    page.tf(
        "request-closed",
        &[
            ("date", Value::from(when::date(page.locale, date))),
            (
                "time",
                Value::from(when::moment(page.locale, opens_at, zone)),
            ),
            ("zone", Value::from(when::zone(page.locale, zone))),
        ],
    )
}

async fn request_page(
    state: &AppState,
    page: Chrome<'_>,
    csrf: &CsrfCookie,
    account_id: &str,
    zone: Tz,
    message: Option<(bool, String)>,
) -> Result<Html<String>, AppError> {
    let services = &crate::web::appointments(state);
    let window = &services.draws.window;
    // The window's hours on the person's own clock, for the day requests are taken now.
    let day = window.service_date(services.now_utc());
    let on_their_clock =
        |at: DateTime<Utc>| when::time(page.locale, at.with_timezone(&zone).time());
    let intro = page.tf(
        "request-intro",
        &[
            ("opens", Value::from(on_their_clock(window.opens_at(day)))),
            ("closes", Value::from(on_their_clock(window.closes_at(day)))),
            ("zone", Value::from(when::zone(page.locale, zone))),
        ],
    );
    let mut view = GenericPage::new(page, "request-title");
    view.script = Some("/static/request.js");
    match message {
        Some((true, text)) => view = view.notice(text),
        Some((false, text)) => {
            // Every refusal may send the person to a helper: the directory is one tap away.
            let helpers = Links::on(state, &view.page, On::Helpers).onto(Block::default());
            view = view.error(text).block(helpers);
        }
        None => {}
    }
    view.blocks.push(Block::text(intro));
    let today = services.todays_request(account_id).await?;
    let ports = services.store.list_ports().await?;
    if let Some(r) = today {
        let text = view
            .page
            .tf("request-already", &request_args(&view.page, &r, &ports));
        let mut block = Block::text(text).para(view.page.t("request-entry-id"));
        block.codes.push(r.entry_id.clone());
        // What comes next, and where: the draw at the close, the result on the status page.
        if let Ok(day) = NaiveDate::parse_from_str(&r.service_date, "%Y-%m-%d") {
            let closes = window.closes_at(day);
            block = block.para(view.page.tf(
                "request-next",
                &[
                    (
                        "time",
                        Value::from(when::moment(view.page.locale, closes, zone)),
                    ),
                    ("zone", Value::from(when::zone(view.page.locale, zone))),
                ],
            ));
        }
        let link = format!("/draws/{}", r.service_date);
        let block = block
            .link("/status", view.page.t("request-status-link"))
            .link(&link, view.page.t("request-check-draw"));
        return view.block(block).render();
    }
    match services.window_state() {
        WindowState::Closed {
            next_date,
            opens_at,
        } => {
            let text = closed_text(&view.page, next_date, opens_at, zone);
            view.blocks.push(Block::text(text));
            view.render()
        }
        WindowState::Open { .. } => {
            let mut port = Field::new("port", "select", view.page.t("request-port"));
            port.options = ports
                .iter()
                .map(|p| {
                    let label = format!("{} — {} / {}", p.name, p.mexican_city, p.crossing);
                    (p.code.as_str().to_string(), label, false)
                })
                .collect();
            let form = Form::post(
                "/request",
                &garita_web::csrf::csrf_token(state, csrf),
                view.page.t("request-submit"),
            )
            .hidden("request_id", &garita_security::codes::id())
            .hidden("latitude", "")
            .hidden("longitude", "")
            .hidden("accuracy", "")
            .field(port.help(view.page.t("request-location-help")));
            let without = without_position(state, &view.page);
            view.block(Block::default().form(form).needing_script())
                .block(without)
                .render()
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/request");
    let zone = person_zone(&jar);
    request_page(&state, page, &csrf, &user.subject().id, zone, None).await
}

#[derive(Deserialize)]
pub struct RequestForm {
    request_id: String,
    port: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
    #[serde(default)]
    accuracy: String,
}

/// A position typed by `request.js` into the form, or why there is none.
pub fn position(latitude: &str, longitude: &str, accuracy: &str) -> Result<Position, InputError> {
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| InputError::PositionInvalid)
    };
    Position::new(number(latitude)?, number(longitude)?, number(accuracy)?)
}

/// A client's request id: up to 64 letters, digits, `-` and `_`.
pub fn valid_request_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<RequestForm>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/request");
    let zone = person_zone(&jar);
    let account = user.subject().id.clone();
    let port = PortCode::parse(&form.port).map_err(AppError::Input)?;
    if !valid_request_id(&form.request_id) {
        return Err(AppError::Input(InputError::Characters));
    }
    let Ok(here) = position(&form.latitude, &form.longitude, &form.accuracy) else {
        // Only a browser with a script sends this form; it sent no position.
        let text = page.t("request-needs-location");
        return request_page(&state, page, &csrf, &account, zone, Some((false, text))).await;
    };
    let outcome = crate::web::appointments(&state)
        .request_appointment(
            &account,
            &port,
            here,
            &form.request_id,
            Origin {
                channel: Channel::Web,
                time_zone: jar.get("tz").and_then(|c| c.value().parse().ok()),
            },
        )
        .await?;
    let good = matches!(
        outcome,
        RequestOutcome::Accepted(_) | RequestOutcome::Repeated(_)
    );
    let ports = state.store.list_ports().await?;
    let text = outcome_text(&page, &outcome, zone, &ports);
    request_page(&state, page, &csrf, &account, zone, Some((good, text))).await
}

fn parse_date(text: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| AppError::NotFound)
}

pub async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    jar: CookieJar,
) -> Result<Html<String>, AppError> {
    let zone = person_zone(&jar);
    let page = Chrome::new(&state.i18n, locale, "/draws");
    let days = crate::web::appointments(&state).store.days().await?;
    let mut view = GenericPage::new(page, "draws-title");
    view.blocks.push(
        Block::text(view.page.t("draws-intro")).link("/statistics", view.page.t("stats-title")),
    );
    if days.is_empty() {
        view.blocks.push(Block::text(view.page.t("draws-none")));
        return view.render();
    }
    let mut block = Block::default();
    for d in &days {
        let status = match d.service_date.parse() {
            Ok(date) => status_text(&state, &view.page, date, &d.status, zone),
            Err(_) => view.page.t(&format!("draws-status-{}", d.status)),
        };
        let day = when::stored_date(view.page.locale, &d.service_date);
        block.links.push((
            format!("/draws/{}", d.service_date),
            format!("{day} — {status}"),
        ));
    }
    view.block(block).render()
}

pub async fn day(
    State(state): State<AppState>,
    Lang(locale): Lang,
    MaybeUser(user): MaybeUser,
    jar: CookieJar,
    Path(date): Path<String>,
) -> Result<Html<String>, AppError> {
    let date = parse_date(&date)?;
    let day = crate::web::appointments(&state)
        .public_day(date)
        .await?
        .ok_or(AppError::NotFound)?;
    let path = format!("/draws/{date}");
    let page = Chrome::new(&state.i18n, locale, &path);
    let mut view = GenericPage::new(page, "draws-day-title");
    view.title = view.page.tf(
        "draws-day-title",
        &[("date", Value::from(when::date(view.page.locale, date)))],
    );
    let status = status_text(&state, &view.page, date, &day.status, person_zone(&jar));
    let mut facts = Block::text(status);
    let mut rows = vec![vec![
        view.page.t("draws-commitment"),
        day.commitment.clone(),
    ]];
    rows.push(vec![
        view.page.t("draws-beacon-round"),
        day.beacon_round.to_string(),
    ]);
    for o in &day.observers {
        let name = Value::from(o.name.clone());
        let status = o.status.map(|s| match s {
            RevealStatus::Accepted => "observe-status-accepted",
            RevealStatus::Wrong => "observe-status-wrong",
            RevealStatus::Missing => "observe-status-not-revealed",
        });
        let commitment = match status {
            Some(key) => format!("{} ({})", o.commitment, view.page.t(key)),
            None => o.commitment.clone(),
        };
        rows.push(vec![
            view.page.tf("draws-observer-commitment", &[("name", name)]),
            commitment,
        ]);
    }
    if let (Some(count), Some(digest)) = (day.entry_count, &day.entries_digest) {
        rows.push(vec![view.page.t("draws-entries"), count.to_string()]);
        rows.push(vec![view.page.t("draws-digest"), digest.clone()]);
        if let Some(rules) = &day.rules_digest {
            rows.push(vec![view.page.t("draws-rules-digest"), rules.clone()]);
        }
        facts = facts.link(
            &format!("{path}/entries.txt"),
            view.page.t("draws-download-entries"),
        );
    }
    if let Some(record) = &day.record {
        rows.push(vec![view.page.t("draws-secret"), record.secret.clone()]);
        rows.push(vec![view.page.t("draws-seed"), record.seed.clone()]);
        if record
            .drand
            .as_ref()
            .is_some_and(|d| d.status == BeaconStatus::Missing)
        {
            facts = facts.para(view.page.t("draws-beacon-missing"));
        }
        facts = facts
            .link(
                &format!("{path}/record.json"),
                view.page.t("draws-download-record"),
            )
            .para(view.page.tf(
                "draws-verify-how",
                &[(
                    "file",
                    Value::from(record_file(&record.service_date.to_string())),
                )],
            ));
    }
    facts.table = Some(Table { head: vec![], rows });
    view.blocks.push(facts);
    if let Some(stats) = &day.stats {
        let ports = state.store.list_ports().await?;
        view.blocks.push(day_table(&view.page, stats, &ports));
    }
    // The signed-in applicant's own entry, and whether it is in the published list.
    if let Some(user) = user
        && let Some(r) = crate::web::appointments(&state)
            .request_of_day(&user.subject().id, date)
            .await?
    {
        let mut block = Block::text(view.page.tf(
            "draws-your-entry",
            &[("entry", Value::from(r.entry_id.clone()))],
        ));
        // The published list is made from the stored requests, so once it is out a stored
        // request is in it; the person can check the downloaded list themselves.
        if day.entries_digest.is_some() {
            block = block.para(view.page.t("draws-your-entry-listed"));
        }
        view.blocks.push(block);
    }
    view.render()
}

pub async fn entries(
    State(state): State<AppState>,
    Path(date): Path<String>,
) -> Result<Response, AppError> {
    let date = parse_date(&date)?;
    let list = crate::web::appointments(&state)
        .entry_list(date)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(download(
        list,
        "text/plain; charset=us-ascii",
        &format!("garita-entries-{date}.txt"),
    ))
}

pub async fn record(
    State(state): State<AppState>,
    Path(date): Path<String>,
) -> Result<Response, AppError> {
    let date = parse_date(&date)?;
    let file = crate::web::appointments(&state)
        .published_file(date)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(download(
        file,
        "application/json",
        &record_file(&date.to_string()),
    ))
}

fn download(body: String, content_type: &'static str, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// The name a day's record downloads under, and the one the page tells people to verify.
fn record_file(date: &str) -> String {
    format!("garita-draw-{date}.json")
}

/// What a day's status means to a person. An opened day whose window has not begun says when
/// requests open (its commitment is published an hour before): "open" would promise what the
/// request page and the API refuse.
fn status_text(state: &AppState, page: &Chrome, date: NaiveDate, status: &str, zone: Tz) -> String {
    let appointments = crate::web::appointments(state);
    let window = &appointments.draws.window;
    let opens = window.opens_at(date);
    if status == "open" && appointments.now_utc() < opens {
        return page.tf(
            "draws-status-opening",
            &[
                ("time", Value::from(when::moment(page.locale, opens, zone))),
                ("zone", Value::from(when::zone(page.locale, zone))),
            ],
        );
    }
    page.t(&format!("draws-status-{status}"))
}
