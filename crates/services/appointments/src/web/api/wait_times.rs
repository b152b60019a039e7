//! `GET /api/v1/wait-times` and `GET /api/v1/wait-times.xml`: the wait times officers posted, in
//! the shape of CBP's Border Wait Times feed (its JSON array of ports, and its `bwt.xml`), so that
//! tools written for CBP's feed read Garita's.

use axum::Json;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use garita_web::{AppError, AppState};

async fn current(state: &AppState) -> Result<crate::app::wait_times::Feed, AppError> {
    let services = crate::web::appointments(state);
    let ports = services.wait_times().await?;
    Ok(crate::app::wait_times::feed(&ports, services.now()))
}

/// Every port, as CBP's JSON feed has it: `port_number` (CBP's), `border`, `port_name`,
/// `crossing_name`, `hours`, `date`, `port_status` (`Open` or `Closed` today),
/// `construction_notice`, and `commercial_vehicle_lanes` (`standard_lanes`, `FAST_lanes`),
/// `passenger_vehicle_lanes` (`standard_lanes`, `NEXUS_SENTRI_lanes`, `ready_lanes`) and
/// `pedestrian_lanes` (`standard_lanes`, `ready_lanes`), each with `maximum_lanes` and each lane
/// with `operational_status` (`no delay`, `delay`, `Lanes Closed`, `N/A` or `Update Pending`),
/// `delay_minutes`, `lanes_open` (strings, as CBP's) and `update_time` (RFC 3339, the port's
/// zone).
#[utoipa::path(get, path = "/api/v1/wait-times", tag = "wait-times",
    responses((status = 200, description = "One object per port", body = Vec<Object>)))]
pub async fn feed(
    State(state): State<AppState>,
) -> Result<Json<Vec<crate::app::wait_times::FeedPort>>, AppError> {
    Ok(Json(current(&state).await?.ports))
}

/// The same as CBP's XML feed (`bwt.xml`): `border_wait_time` with `last_updated_date`,
/// `last_updated_time` (UTC) and one `port` element per port, its elements named as above.
#[utoipa::path(get, path = "/api/v1/wait-times.xml", tag = "wait-times",
    responses((status = 200, description = "The feed as CBP's XML", body = String,
        content_type = "application/xml")))]
pub async fn feed_xml(State(state): State<AppState>) -> Result<Response, AppError> {
    let xml = current(&state).await?.to_xml();
    Ok(([(axum::http::header::CONTENT_TYPE, "application/xml")], xml).into_response())
}
