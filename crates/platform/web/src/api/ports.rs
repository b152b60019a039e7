//! `GET /api/v1/ports` and `GET /api/v1/ports/{code}`.

use crate::{AppError, AppState};
use axum::Json;
use axum::extract::{Path, Query, State};
use garita_domain::{Port, PortCode, ServiceDate};
use garita_store::StoreError;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// A port of entry as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct PortView {
    /// Stable three-letter code, e.g. `SYS`.
    code: String,
    name: String,
    /// Where travellers present themselves within the port.
    crossing: String,
    city: String,
    /// U.S. state (postal code).
    state: String,
    /// The Mexican city at the other end of the crossing.
    mexican_city: String,
    /// CBP's port number, as in the border wait times feed.
    cbp_port_number: String,
    /// IANA time zone of the port; slot times are in it.
    time_zone: String,
    default_daily_seats: u32,
    /// Appointment slot start times, `HH:MM`, in the port's time zone.
    time_slots: Vec<String>,
    /// Seats on the requested `date`, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    seats_on_date: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct PortList {
    ports: Vec<PortView>,
    /// Sum of the ports' default daily seats.
    total_default_daily_seats: u32,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PortQuery {
    /// A date (`YYYY-MM-DD`) for which to report each port's seats.
    date: Option<String>,
}

fn view(port: &Port, seats_on_date: Option<u32>) -> PortView {
    PortView {
        code: port.code.to_string(),
        name: port.name.clone(),
        crossing: port.crossing.clone(),
        city: port.city.clone(),
        state: port.state.clone(),
        mexican_city: port.mexican_city.clone(),
        cbp_port_number: port.cbp_port_number.clone(),
        time_zone: port.time_zone.name().to_string(),
        default_daily_seats: port.default_daily_seats.get(),
        time_slots: port
            .time_slots
            .iter()
            .map(|t| t.format("%H:%M").to_string())
            .collect(),
        seats_on_date,
    }
}

fn parse_date(date: Option<String>) -> Result<Option<ServiceDate>, AppError> {
    date.as_deref()
        .map(ServiceDate::parse)
        .transpose()
        .map_err(AppError::Input)
}

async fn seats_on(
    state: &AppState,
    port: &Port,
    date: Option<ServiceDate>,
) -> Result<Option<u32>, AppError> {
    match date {
        None => Ok(None),
        Some(date) => Ok(Some(state.store.capacity(&port.code, date).await?.get())),
    }
}

/// All ports of entry Garita serves.
#[utoipa::path(
    get,
    path = "/api/v1/ports",
    tag = "ports",
    params(PortQuery),
    responses(
        (status = 200, description = "The ports, west to east", body = PortList),
        (status = 400, description = "The date is not valid", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    Query(query): Query<PortQuery>,
) -> Result<Json<PortList>, AppError> {
    let date = parse_date(query.date)?;
    let ports = state.store.list_ports().await?;
    let mut views = Vec::with_capacity(ports.len());
    for port in &ports {
        views.push(view(port, seats_on(&state, port, date).await?));
    }
    Ok(Json(PortList {
        total_default_daily_seats: ports.iter().map(|p| p.default_daily_seats.get()).sum(),
        ports: views,
    }))
}

/// One port of entry.
#[utoipa::path(
    get,
    path = "/api/v1/ports/{code}",
    tag = "ports",
    params(("code" = String, Path, description = "The port's code, e.g. SYS"), PortQuery),
    responses(
        (status = 200, description = "The port", body = PortView),
        (status = 400, description = "The code or date is not valid", body = Problem,
         content_type = "application/problem+json"),
        (status = 404, description = "No such port", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn one(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<PortQuery>,
) -> Result<Json<PortView>, AppError> {
    let code = PortCode::parse(&code).map_err(AppError::Input)?;
    let date = parse_date(query.date)?;
    let port = match state.store.port(&code).await {
        Ok(Some(port)) => port,
        Ok(None) | Err(StoreError::UnknownPort(_)) => return Err(AppError::PortNotFound(code)),
        Err(e) => return Err(AppError::internal(e)),
    };
    let seats = seats_on(&state, &port, date).await?;
    Ok(Json(view(&port, seats)))
}

use crate::error::Problem;
