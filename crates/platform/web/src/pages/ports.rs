//! The public list of ports of entry and their seats.

use super::{Chrome, render};
use crate::{AppError, AppState, Lang};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use garita_domain::Port;
use garita_i18n::Value;

#[derive(Template)]
#[template(path = "ports.html")]
struct PortsPage<'a> {
    page: Chrome<'a>,
    links: super::Links,
    total: String,
    ports: Vec<PortCard>,
}

struct PortCard {
    code: String,
    name: String,
    seats: String,
    mexican_side: String,
    us_side: String,
    crossing: String,
    times: String,
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let ports = state.store.list_ports().await?;
    let page = Chrome::new(&state.i18n, locale, "/ports");
    let total: u32 = ports.iter().map(|p| p.default_daily_seats.get()).sum();
    let cards = ports.iter().map(|p| card(&page, p)).collect();
    render(&PortsPage {
        links: super::Links::on(&state, &page, crate::On::Ports),
        total: page.tf("ports-total", &[("seats", Value::from(total))]),
        ports: cards,
        page,
    })
}

fn card(page: &Chrome, port: &Port) -> PortCard {
    let arg = |s: &str| Value::from(s.to_string());
    let time = |t: Option<&chrono::NaiveTime>| {
        t.map(|t| garita_i18n::when::time(page.locale, *t))
            .unwrap_or_default()
    };
    PortCard {
        code: port.code.to_string(),
        name: port.name.clone(),
        seats: page.tf(
            "ports-seats",
            &[("seats", Value::from(port.default_daily_seats.get()))],
        ),
        mexican_side: page.tf("ports-mexican-side", &[("city", arg(&port.mexican_city))]),
        us_side: page.tf(
            "ports-us-side",
            &[("city", arg(&port.city)), ("state", arg(&port.state))],
        ),
        crossing: page.tf("ports-crossing", &[("crossing", arg(&port.crossing))]),
        times: page.tf(
            "ports-times",
            &[
                ("first", arg(&time(port.time_slots.first()))),
                ("last", arg(&time(port.time_slots.last()))),
                ("zone", arg(&page.t(zone_key(port.time_zone)))),
            ],
        ),
    }
}

/// The message naming a port's time zone as people there say it.
fn zone_key(zone: chrono_tz::Tz) -> &'static str {
    match zone {
        chrono_tz::America::Phoenix => "time-zone-arizona",
        chrono_tz::America::Denver => "time-zone-mountain",
        chrono_tz::America::Chicago => "time-zone-central",
        _ => "time-zone-pacific",
    }
}
