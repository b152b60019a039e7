//! `GET /api/v1/wait-times`: the wait times officers posted, in the shape of CBP's Border Wait
//! Times feed, so that tools reading CBP's feed can read Garita's.

use axum::Json;
use axum::extract::State;
use garita_web::{AppError, AppState};

/// Every port: `port_number` (CBP's), `port_name`, `crossing_name`, `port_status` (`Open` or
/// `Closed` today), and for `pedestrian_lanes`, `passenger_vehicle_lanes` and
/// `commercial_vehicle_lanes`: `operational_status` (`no delay`, `delay`, `Lanes Closed`, `N/A`
/// or `Update Pending`), `delay_minutes`, `lanes_open` (strings, as CBP's) and `update_time`
/// (RFC 3339, the port's zone).
#[utoipa::path(get, path = "/api/v1/wait-times", tag = "wait-times",
    responses((status = 200, description = "One object per port", body = Vec<Object>)))]
pub async fn feed(State(state): State<AppState>) -> Result<Json<Vec<serde_json::Value>>, AppError> {
    let ports = crate::web::appointments(&state).wait_times().await?;
    Ok(Json(
        ports
            .iter()
            .map(|(port, closed, lanes)| crate::app::wait_times::feed_entry(port, *closed, lanes))
            .collect(),
    ))
}
