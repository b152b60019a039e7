//! The JSON API under `/api/v1`, described by an OpenAPI 3 document generated from the handlers.
//! Errors are RFC 9457 problems (see `crate::error`).

mod auth;
mod draws;
mod ports;
mod proofs;
mod registration;
mod wait_times;

use crate::AppState;
use crate::error::Problem;
use axum::Json;
use axum::Router;
use axum::routing::{get, post};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Garita API",
        description = "Appointments at U.S. land ports of entry. Errors are RFC 9457 problems \
                       (`application/problem+json`) whose `type` is stable and whose `title` \
                       and `detail` are in the language asked for with `Accept-Language`."
    ),
    paths(
        ports::list,
        ports::one,
        auth::password,
        auth::confirm,
        auth::revoke,
        auth::me,
        registration::show,
        registration::history,
        registration::save,
        draws::request,
        draws::list,
        draws::day,
        proofs::verify,
        wait_times::feed
    ),
    components(schemas(
        Problem,
        ports::PortList,
        ports::PortView,
        auth::PasswordStep,
        auth::Challenge,
        auth::CodeStep,
        auth::Token,
        auth::Me,
        registration::RegistrationInput,
        registration::TravellerInput,
        registration::SavedRegistration,
        draws::RequestInput,
        proofs::VerifyInput,
        proofs::VerifyAnswer,
        crate::error::FieldProblem
    )),
    tags(
        (name = "ports", description = "Ports of entry and their seats"),
        (name = "auth", description = "Bearer tokens for apps"),
        (name = "registration", description = "The group of travellers and their details"),
        (name = "draws", description = "The daily request and the published draws"),
        (name = "proofs", description = "Checking a signed confirmation"),
        (name = "wait-times", description = "Border wait times, in the shape of CBP's feed")
    )
)]
struct ApiDoc;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .route("/ports", get(ports::list))
        .route("/requests", post(draws::request))
        .route("/verify", post(proofs::verify))
        .route("/wait-times", get(wait_times::feed))
        .route("/draws", get(draws::list))
        .route("/draws/{date}", get(draws::day))
        .route("/ports/{code}", get(ports::one))
        .route("/auth/token", post(auth::password).delete(auth::revoke))
        .route("/auth/token/confirm", post(auth::confirm))
        .route("/me", get(auth::me))
        .route(
            "/registration",
            get(registration::show).put(registration::save),
        )
        .route("/registration/history", get(registration::history))
}

/// The OpenAPI document, for tools and tests.
pub fn openapi_json() -> String {
    ApiDoc::openapi()
        .to_pretty_json()
        .expect("the OpenAPI document serializes")
}
