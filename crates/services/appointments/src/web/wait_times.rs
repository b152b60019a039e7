//! Border wait times: the public page, each port's last 7 days (a chart and a table), and the
//! form officers post them with (their own port only, `staff.rs`).

use crate::app::wait_times::{Lane, LaneStatus, LaneType, LaneWeek, Posted, WaitError};
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
    for (port, _, _) in &ports {
        block = block.link(
            &format!("/wait-times/{}", port.code),
            page.tf(
                "wait-history-link",
                &[("port", Value::from(port.name.clone()))],
            ),
        );
    }
    // A column per lane type, in the order of the rows' cells.
    let mut head = vec![page.t("wait-port"), page.t("wait-status")];
    head.extend(LaneType::ALL.map(|t| page.t(&format!("wait-lane-{}", t.code()))));
    block.table = Some(Table { head, rows });
    GenericPage::new(page, "wait-title").block(block).render()
}

/// A port's last 7 days: per lane posted, a chart of each day's longest wait and a table of the
/// longest and average waits and how often it was posted.
pub async fn history(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let port = garita_web::pages::port_named(&state, &code).await?;
    let weeks = crate::web::appointments(&state).wait_history(&port).await?;
    let page = Chrome::new(&state.i18n, locale, "/wait-times");
    let name = Value::from(format!("{} ({})", port.name, port.crossing));
    let mut blocks = vec![
        Block::text(page.tf("wait-history-intro", &[("port", name)]))
            .link("/wait-times", page.t("wait-title")),
    ];
    if weeks.is_empty() {
        blocks.push(Block::text(page.t("wait-history-none")));
    }
    for w in &weeks {
        blocks.push(week_block(&page, w));
    }
    let mut view = GenericPage::new(page, "wait-history-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

fn week_block(page: &Chrome, w: &LaneWeek) -> Block {
    let lane = page.t(&format!("wait-lane-{}", w.lane.code()));
    let minutes = |m: Option<i64>| {
        m.map_or_else(
            || "—".to_string(),
            |m| page.tf("wait-history-minutes", &[("minutes", Value::from(m))]),
        )
    };
    let rows = w
        .days
        .iter()
        .map(|d| {
            vec![
                garita_i18n::when::date(page.locale, d.date),
                minutes(d.longest),
                minutes(d.average),
                d.posts.to_string(),
            ]
        })
        .collect();
    let mut block = Block::heading(lane.clone());
    block.svg = Some(week_chart(page, w, &lane));
    block.table = Some(Table {
        head: vec![
            page.t("wait-history-day"),
            page.t("wait-history-longest"),
            page.t("wait-history-average"),
            page.t("wait-history-posts"),
        ],
        rows,
    });
    block
}

/// One day a row: its short date, then a bar as long as its longest wait against the week's
/// longest, with the minutes at the end.
fn week_chart(page: &Chrome, w: &LaneWeek, lane: &str) -> String {
    use super::chart::{Chart, PAD, TRACK, WIDTH};
    const BAR: &str = "#0b5d4b";
    const ROW: f64 = 30.0;
    const NUMBER: f64 = 36.0;
    let mut c = Chart::new(page.locale);
    let most = w
        .days
        .iter()
        .filter_map(|d| d.longest)
        .max()
        .unwrap_or(0)
        .max(1);
    let track = WIDTH - 2.0 * PAD - NUMBER;
    for (i, d) in w.days.iter().enumerate() {
        let y = ROW * i as f64;
        c.text(
            PAD,
            y + 12.0,
            12,
            false,
            false,
            &garita_i18n::when::short_date(page.locale, d.date),
        );
        c.rect(PAD, y + 16.0, track, 10.0, TRACK);
        if let Some(longest) = d.longest {
            let share = longest as f64 / most as f64;
            if share > 0.0 {
                c.rect(PAD, y + 16.0, (track * share).max(1.5), 10.0, BAR);
            }
            // Only the number: the chart's title says it is in minutes.
            let text = garita_i18n::numbers::decimal(page.locale, longest, 0);
            c.text(WIDTH - PAD, y + 25.0, 12, true, true, &text);
        }
    }
    c.finish(
        &format!("wait-{}", w.lane.code()),
        ROW * w.days.len() as f64,
        &page.tf(
            "wait-history-chart",
            &[("lane", Value::from(lane.to_string()))],
        ),
        &page.t("wait-history-chart-desc"),
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::wait_times::LaneDay;

    #[test]
    fn a_weeks_chart_has_a_bar_per_day_as_long_as_its_longest_wait_in_every_language() {
        let i18n = garita_i18n::Catalogs::load_with(&[crate::CATALOGS]).unwrap();
        let first = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let week = LaneWeek {
            lane: Lane::PassengerSentri,
            days: (0..7)
                .map(|i| LaneDay {
                    date: first + chrono::Days::new(i),
                    longest: (i % 3 != 0).then_some(20 * i as i64),
                    average: None,
                    posts: 1,
                })
                .collect(),
        };
        for locale in Locale::ALL {
            let page = Chrome::new(&i18n, locale, "/wait-times");
            let svg = week_chart(&page, &week, "A & <B>");
            assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
            assert!(svg.contains(r#"width="100%""#) && svg.contains(r#"role="img""#));
            assert!(svg.contains("A &amp; &lt;B&gt;") && !svg.contains("<B>"));
            assert_eq!(svg.contains(r#"direction="rtl""#), locale.is_rtl());
            // A grey track for each of 7 days, a bar on the 4 days with a wait: the longest
            // (100 minutes) fills the track, 20 minutes a fifth of it.
            let widths: Vec<f64> = svg
                .split("<rect ")
                .skip(1)
                .map(|r| {
                    r.split("width=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap()
                })
                .map(|w| w.parse().unwrap())
                .collect();
            assert_eq!(widths.len(), 7 + 4, "{svg}");
            let track = widths[0];
            assert!(widths.iter().all(|w| *w <= track));
            assert!(widths.contains(&track) && widths.iter().filter(|w| **w == track).count() == 8);
            assert!(
                widths.iter().any(|w| (w - track / 5.0).abs() < 0.1),
                "{widths:?}"
            );
        }
    }
}
