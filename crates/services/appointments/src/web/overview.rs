//! The programme admins' overview: per port and day, seats, appointments, confirmed, arrivals,
//! no-shows and outcomes, for a range of dates, and the same as CSV; a port's supervisor sees
//! the same figures for their own port (`/staff/ports/{port}/figures`).

use crate::app::overview::{DayFigures, to_csv};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::{Days, NaiveDate};
use garita_i18n::{Value, when};
use garita_web::pages::Chrome;
use garita_web::view::{Block, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Range {
    from: String,
    to: String,
}

/// The range asked for, else the week before and after today; at most 92 days; one port's rows
/// only when `port` is given.
async fn figures(
    state: &AppState,
    range: &Range,
    port: Option<&str>,
) -> Result<(NaiveDate, NaiveDate, Vec<DayFigures>), AppError> {
    let today = chrono::DateTime::from_timestamp_millis(crate::web::appointments(state).now())
        .unwrap_or_default()
        .date_naive();
    let parse = |s: &str, default: NaiveDate| s.parse().unwrap_or(default);
    let from = parse(&range.from, today - Days::new(7));
    let to = parse(&range.to, today + Days::new(7)).max(from);
    let mut rows = crate::web::appointments(state).overview(from, to).await?;
    if let Some(port) = port {
        rows.retain(|r| r.port == port);
    }
    Ok((from, to, rows))
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Query(range): Query<Range>,
) -> Result<Html<String>, AppError> {
    render(&state, locale, &range, "/staff/overview", None).await
}

/// One port's figures, for its supervisor (and programme admins).
pub async fn port_show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(port): Path<String>,
    Query(range): Query<Range>,
) -> Result<Html<String>, AppError> {
    let base = format!("/staff/ports/{port}/figures");
    render(&state, locale, &range, &base, Some(&port)).await
}

async fn render(
    state: &AppState,
    locale: garita_i18n::Locale,
    range: &Range,
    base: &str,
    port: Option<&str>,
) -> Result<Html<String>, AppError> {
    let (from, to, rows) = figures(state, range, port).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    // The CSV's `COLUMNS`, as people read them.
    let head = [
        "overview-date",
        "overview-port",
        "overview-seats",
        "overview-appointments",
        "overview-confirmed",
        "overview-arrived",
        "overview-no-shows",
        "overview-paroled",
        "overview-nta",
        "overview-referred",
        "overview-not-admitted",
    ]
    .iter()
    .map(|k| page.t(k))
    .collect();
    // The same cells as the CSV, the day in words.
    let rows = rows
        .iter()
        .map(|r| {
            let mut cells = r.cells();
            cells[0] = when::date(locale, r.date);
            cells
        })
        .collect();
    let week = Days::new(7);
    let mut block = Block::text(page.tf(
        "overview-range",
        &[
            ("from", Value::from(when::date(locale, from))),
            ("to", Value::from(when::date(locale, to))),
        ],
    ))
    .link(
        &format!("{base}.csv?from={from}&to={to}"),
        page.t("overview-csv"),
    )
    .link(
        &format!("{base}?from={}&to={}", from - week, to - week),
        page.t("overview-earlier"),
    )
    .link(
        &format!("{base}?from={}&to={}", from + week, to + week),
        page.t("overview-later"),
    );
    block.table = Some(Table { head, rows });
    GenericPage::new(page, "overview-title")
        .block(block)
        .render()
}

pub async fn csv(
    State(state): State<AppState>,
    Query(range): Query<Range>,
) -> Result<Response, AppError> {
    csv_of(&state, &range, None).await
}

pub async fn port_csv(
    State(state): State<AppState>,
    Path(port): Path<String>,
    Query(range): Query<Range>,
) -> Result<Response, AppError> {
    csv_of(&state, &range, Some(&port)).await
}

async fn csv_of(state: &AppState, range: &Range, port: Option<&str>) -> Result<Response, AppError> {
    let (from, to, rows) = figures(state, range, port).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"garita-overview-{from}-{to}.csv\""),
            ),
        ],
        to_csv(&rows),
    )
        .into_response())
}
