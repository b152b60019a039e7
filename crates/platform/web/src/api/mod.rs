//! The JSON API under `/api/v1`, described by an OpenAPI 3 document generated from the handlers.
//! Errors are RFC 9457 problems (see `crate::error`).

mod auth;
pub mod body;
pub mod contract;
mod ports;
mod registration;

use crate::error::Problem;
use crate::{AppState, WebService};
use axum::Json;
use axum::Router;
use axum::routing::{get, post};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Garita API",
        description = "Garita, the open border portal. Errors are RFC 9457 problems \
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
        registration::save
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
        crate::error::FieldProblem
    )),
    tags(
        (name = "ports", description = "Ports of entry and their seats"),
        (name = "auth", description = "Bearer tokens for apps"),
        (name = "registration", description = "The group of travellers and their details")
    )
)]
struct ApiDoc;

/// The kernel's API and each service's part, with the OpenAPI document of them all.
pub fn routes<C>(services: &[WebService<C>]) -> Router<AppState> {
    let document = openapi(services);
    let mut router = Router::new()
        .route("/openapi.json", get(move || async move { Json(document) }))
        .route("/ports", get(ports::list))
        .route("/ports/{code}", get(ports::one))
        .route("/auth/token", post(auth::password).delete(auth::revoke))
        .route("/auth/token/confirm", post(auth::confirm))
        .route("/me", get(auth::me))
        .route(
            "/registration",
            get(registration::show).put(registration::save),
        )
        .route("/registration/history", get(registration::history));
    for service in services {
        router = router.merge((service.api)());
    }
    router
}

/// The OpenAPI document: the kernel's part and each service's, completed with what every
/// operation promises (`contract`).
pub fn openapi<C>(services: &[WebService<C>]) -> serde_json::Value {
    let mut document = ApiDoc::openapi();
    for service in services {
        document.merge((service.openapi)());
    }
    contract::complete(serde_json::to_value(document).expect("the OpenAPI document serializes"))
}

/// The OpenAPI document, for tools and tests.
pub fn openapi_json<C>(services: &[WebService<C>]) -> String {
    serde_json::to_string_pretty(&openapi(services)).expect("the OpenAPI document serializes")
}
