//! Border wait times: the public page, and the form officers post them with (their own port
//! only, `policy.rs`).

use crate::app::wait_times::{Lane, LaneStatus, LaneType, Posted, WaitError};
use crate::store::port_days::WaitTime;
use axum::extract::{Path, State};
use axum::response::Html;
use chrono::DateTime;
use garita_domain::Port;
use garita_i18n::{Locale, Value};
use garita_web::csrf::{CsrfCookie, CsrfForm};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};
use std::collections::HashMap;

/// One lane type as a person reads it: "15 min, 3 lanes open", "Closed", or "—".
fn lane_text(page: &Chrome, port: &Port, w: Option<&WaitTime>) -> String {
    let Some(w) = w else {
        return "—".into();
    };
    // The time at the port, as its wait-times board shows it.
    let at = DateTime::from_timestamp_millis(w.updated_at)
        .unwrap_or_default()
        .with_timezone(&port.time_zone)
        .time();
    let at = garita_i18n::when::time(page.locale, at);
    match (w.operational_status.as_str(), w.delay_minutes) {
        ("open", Some(delay)) => page.tf(
            "wait-open",
            &[
                ("minutes", Value::from(delay)),
                ("lanes", Value::from(w.lanes_open)),
                ("time", Value::from(at)),
            ],
        ),
        ("closed", _) => page.tf("wait-closed", &[("time", Value::from(at))]),
        _ => page.t("wait-not-offered"),
    }
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let ports = crate::web::appointments(&state).wait_times().await?;
    let page = Chrome::new(&state.i18n, locale, "/wait-times");
    let rows = ports
        .iter()
        .map(|(port, closed, lanes)| {
            // Per lane type, its standard lanes, then each special lane that was posted, named.
            let cell = |t: LaneType| {
                let mut parts = vec![];
                for (i, l) in t.lanes().iter().enumerate() {
                    let posted = lanes.iter().find(|w| w.lane == l.code());
                    match (i, posted) {
                        (0, _) => parts.push(lane_text(&page, port, posted)),
                        (_, Some(_)) => parts.push(format!(
                            "{}: {}",
                            page.t(&format!("wait-lane-{}", l.code())),
                            lane_text(&page, port, posted)
                        )),
                        _ => {}
                    }
                }
                parts.join("; ")
            };
            let mut row = vec![
                format!("{} ({})", port.name, port.crossing),
                page.t(if *closed {
                    "wait-port-closed"
                } else {
                    "wait-port-open"
                }),
            ];
            row.extend(LaneType::ALL.map(cell));
            row
        })
        .collect();
    let mut block = Block::text(page.t("wait-intro"))
        .link("/api/v1/wait-times", page.t("wait-feed"))
        .link("/api/v1/wait-times.xml", page.t("wait-feed-xml"));
    block.table = Some(Table {
        head: vec![
            page.t("wait-port"),
            page.t("wait-status"),
            page.t("wait-lane-pedestrian"),
            page.t("wait-lane-passenger"),
            page.t("wait-lane-commercial"),
        ],
        rows,
    });
    GenericPage::new(page, "wait-title").block(block).render()
}

fn form_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    port: &Port,
    current: &[WaitTime],
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut form = Form::post(
        &format!("/staff/ports/{}/wait-times", port.code),
        &garita_web::csrf::csrf_token(state, csrf),
        page.t("wait-post"),
    );
    for lane in Lane::ALL {
        let now = current.iter().find(|w| w.lane == lane.code());
        let status = now.map_or("n/a", |w| w.operational_status.as_str());
        let options = LaneStatus::ALL
            .iter()
            .map(|s| {
                (
                    s.code().to_string(),
                    page.t(&format!("wait-status-{}", status_key(*s))),
                    s.code() == status,
                )
            })
            .collect();
        let lane_name = page.t(&format!("wait-lane-{}", lane.code()));
        let label = |key: &str| page.tf(key, &[("lane", Value::from(lane_name.clone()))]);
        let (status_field, delay_field, lanes_field) = field_names(lane);
        form = form
            .field(Field::new(status_field, "select", label("wait-lane-status")).options(options))
            .field(
                Field::new(delay_field, "number", label("wait-lane-delay"))
                    .numeric()
                    .optional()
                    .value(
                        &now.and_then(|w| w.delay_minutes)
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    ),
            )
            .field(
                Field::new(lanes_field, "number", label("wait-lane-open"))
                    .numeric()
                    .optional()
                    .value(&now.map(|w| w.lanes_open.to_string()).unwrap_or_default()),
            );
    }
    let block = Block::text(page.tf(
        "wait-post-intro",
        &[("port", Value::from(port.name.clone()))],
    ))
    .form(form)
    .link("/wait-times", page.t("wait-title"));
    let mut view = GenericPage::new(page, "wait-post-title");
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    if let Some(error) = error {
        view = view.error(error);
    }
    view.block(block).render()
}

fn status_key(s: LaneStatus) -> &'static str {
    match s {
        LaneStatus::Open => "open",
        LaneStatus::Closed => "closed",
        LaneStatus::NotOffered => "none",
    }
}

fn field_names(lane: Lane) -> (&'static str, &'static str, &'static str) {
    match lane {
        Lane::Pedestrian => ("pedestrian-status", "pedestrian-delay", "pedestrian-lanes"),
        Lane::PedestrianReady => (
            "pedestrian-ready-status",
            "pedestrian-ready-delay",
            "pedestrian-ready-lanes",
        ),
        Lane::Passenger => ("passenger-status", "passenger-delay", "passenger-lanes"),
        Lane::PassengerSentri => (
            "passenger-sentri-status",
            "passenger-sentri-delay",
            "passenger-sentri-lanes",
        ),
        Lane::PassengerReady => (
            "passenger-ready-status",
            "passenger-ready-delay",
            "passenger-ready-lanes",
        ),
        Lane::Commercial => ("commercial-status", "commercial-delay", "commercial-lanes"),
        Lane::CommercialFast => (
            "commercial-fast-status",
            "commercial-fast-delay",
            "commercial-fast-lanes",
        ),
    }
}

async fn current(state: &AppState, port: &Port) -> Result<Vec<WaitTime>, AppError> {
    Ok(crate::web::appointments(state)
        .store
        .wait_times()
        .await?
        .into_iter()
        .filter(|w| w.port_code == port.code.as_str())
        .collect())
}

pub async fn edit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let port = garita_web::pages::port_named(&state, &code).await?;
    let now = current(&state, &port).await?;
    form_page(&state, locale, &csrf, &port, &now, None, None)
}

/// Posts every lane at once. A figure out of range re-shows the form with what was
/// there before and says which figure to fix; nothing is saved.
pub async fn post(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Html<String>, AppError> {
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let port = garita_web::pages::port_named(&state, &code).await?;
    let mut posted = vec![];
    for lane in Lane::ALL {
        let (s, d, l) = field_names(lane);
        match Posted::parse(lane, field(s), field(d), field(l)) {
            Ok(p) => posted.push(p),
            Err(e) => {
                let key = match e {
                    WaitError::Delay => "wait-error-delay",
                    WaitError::Lanes => "wait-error-lanes",
                };
                let lane_name = state
                    .i18n
                    .text(locale, &format!("wait-lane-{}", lane.code()));
                let error = state
                    .i18n
                    .format(locale, key, &[("lane", Value::from(lane_name))]);
                let now = current(&state, &port).await?;
                return form_page(&state, locale, &csrf, &port, &now, None, Some(error));
            }
        }
    }
    crate::web::appointments(&state)
        .post_wait_times(&user.account.id, &port, &posted)
        .await?;
    let now = current(&state, &port).await?;
    let notice = state.i18n.text(locale, "wait-posted");
    form_page(&state, locale, &csrf, &port, &now, Some(notice), None)
}
