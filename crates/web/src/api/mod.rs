//! The JSON API under `/api/v1`, described by an OpenAPI 3 document generated from the handlers.
//! Errors are RFC 9457 problems (see `crate::error`).

mod ports;

use crate::AppState;
use crate::error::Problem;
use axum::Json;
use axum::Router;
use axum::routing::get;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Garita API",
        description = "Appointments at U.S. land ports of entry. Errors are RFC 9457 problems \
                       (`application/problem+json`) whose `type` is stable and whose `title` \
                       and `detail` are in the language asked for with `Accept-Language`."
    ),
    paths(ports::list, ports::one),
    components(schemas(Problem, ports::PortList, ports::PortView)),
    tags((name = "ports", description = "Ports of entry and their seats"))
)]
struct ApiDoc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .route("/ports", get(ports::list))
        .route("/ports/{code}", get(ports::one))
}

/// The OpenAPI document, for tools and tests.
pub fn openapi_json() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serializes")
}
