//! The appointments' part of the JSON API under `/api/v1`: the daily request, the published
//! draws, checking a signed confirmation, the wait-times feed and the service's status, with its part of the OpenAPI
//! document.

mod draws;
mod partner;
mod proofs;
mod service_status;
mod wait_times;

use axum::Router;
use axum::routing::{get, post};
use garita_web::AppState;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    paths(
        draws::request,
        draws::list,
        draws::day,
        proofs::verify,
        partner::check,
        wait_times::feed,
        wait_times::feed_xml,
        service_status::status
    ),
    components(schemas(
        draws::RequestInput,
        draws::RequestSaved,
        draws::DrawDays,
        draws::DrawDay,
        proofs::VerifyInput,
        proofs::VerifyAnswer,
        partner::PartnerCheckInput,
        partner::PartnerCheckAnswer,
        service_status::ServiceStatusAnswer,
        service_status::PeriodAnswer
    )),
    tags(
        (name = "draws", description = "The daily request and the published draws"),
        (name = "proofs", description = "Checking a signed confirmation"),
        (name = "partners", description = "Partner organisations' own systems: a confirmation number against a date of birth"),
        (name = "wait-times", description = "Border wait times, in the shape of CBP's feed (JSON and XML)"),
        (name = "status", description = "Whether Garita works now, and when it did not in the last 30 days")
    )
)]
struct ApiDoc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/requests", post(draws::request))
        .route("/verify", post(proofs::verify))
        .route("/partner/checks", post(partner::check))
        .route("/wait-times", get(wait_times::feed))
        .route("/wait-times.xml", get(wait_times::feed_xml))
        .route("/service-status", get(service_status::status))
        .route("/draws", get(draws::list))
        .route("/draws/{date}", get(draws::day))
}

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
