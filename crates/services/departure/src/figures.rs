//! The published figures (`/departure/figures`, and `/departure/figures.csv` for the same
//! days): each of the last 30 days that have ended (UTC), and all days until the last one ended:
//! intents filed and the people in them, departures verified, stipends paid. Counts only:
//! nothing about a person. A day is published once it ended, so the figures change once a day.

use crate::store::Figures;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use chrono::{Days, NaiveDate};
use garita_i18n::{Value, numbers, when};
use garita_web::pages::Chrome;
use garita_web::view::{Block, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};

const DAYS: u64 = 30;

/// The UTC day's first millisecond.
fn start(day: NaiveDate) -> i64 {
    day.and_hms_opt(0, 0, 0)
        .unwrap_or_default()
        .and_utc()
        .timestamp_millis()
}

/// Each of the last `DAYS` ended days, newest first, and all days until the last ended.
async fn published(state: &AppState) -> Result<(Vec<(NaiveDate, Figures)>, Figures), AppError> {
    let service = super::web::departure(state);
    let today = service.services.now_utc().date_naive();
    let mut days = vec![];
    for back in 1..=DAYS {
        let day = today - Days::new(back);
        let figures = service
            .store
            .figures(start(day), start(day + Days::new(1)))
            .await?;
        days.push((day, figures));
    }
    let total = service.store.figures(0, start(today)).await?;
    Ok((days, total))
}

fn row(locale: garita_i18n::Locale, f: &Figures) -> [String; 4] {
    [f.intents, f.travellers, f.departures, f.paid].map(|n| numbers::decimal(locale, n, 0))
}

pub async fn page(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let (days, total) = published(&state).await?;
    let page = Chrome::new(&state.i18n, locale, "/departure/figures");
    let head = [
        "dep-figures-day",
        "dep-figures-intents",
        "dep-figures-people",
        "dep-figures-departures",
        "dep-figures-paid",
    ]
    .map(|k| page.t(k))
    .to_vec();
    let mut rows = vec![];
    for (day, f) in &days {
        let mut r = vec![when::date(locale, *day)];
        r.extend(row(locale, f));
        rows.push(r);
    }
    let through = days.first().map(|(d, _)| *d).unwrap_or_default();
    let mut all = vec![page.tf(
        "dep-figures-through",
        &[("day", Value::from(when::date(locale, through)))],
    )];
    all.extend(row(locale, &total));
    let intro = Block::text(page.t("dep-figures-intro"))
        .link("/departure/figures.csv", page.t("dep-figures-csv"));
    let mut table = Block::heading(page.t("dep-figures-days"));
    table.table = Some(Table {
        head: head.clone(),
        rows,
    });
    let mut totals = Block::heading(page.t("dep-figures-total"));
    totals.table = Some(Table {
        head,
        rows: vec![all],
    });
    GenericPage::new(page, "dep-figures-title")
        .block(intro)
        .block(totals)
        .block(table)
        .render()
}

pub async fn csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let (days, _) = published(&state).await?;
    let mut text = String::from("date,intents,people,departures_verified,stipends_paid\n");
    for (day, f) in days.iter().rev() {
        text.push_str(&format!(
            "{day},{},{},{},{}\n",
            f.intents, f.travellers, f.departures, f.paid
        ));
    }
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], text).into_response())
}
