//! The service's part of the JSON API under `/api/v1/departure`, for apps (a bearer token): file
//! an intent to depart (each refused field named with its message) and read one's intents with
//! each traveller's departure.

use crate::app::{Departure, Filed};
use crate::domain::{IntentInput, TravellerInput};
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use garita_web::session::SignedIn;
use garita_web::{ApiJson, AppError, AppState};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(file, list),
    components(schemas(IntentInput, TravellerInput, IntentView)),
    tags((name = "departure", description = "Intents to depart, their review and each departure"))
)]
struct ApiDoc;

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/departure/intents", get(list).post(file))
}

#[derive(Serialize, ToSchema)]
pub struct IntentView {
    id: String,
    /// What the person quotes (`DEP-XXXX-XXXX`).
    reference: String,
    /// `filed`, `vetted`, `travel-arranged` or `departed`.
    status: String,
    travellers: i64,
    /// The positions (0: the filer) whose departure is confirmed.
    departed: Vec<i64>,
    /// Unix milliseconds.
    filed_at: i64,
}

async fn views(service: &Departure, account: &str) -> Result<Vec<IntentView>, AppError> {
    let mut all = vec![];
    for i in service.store.intents_of(account).await? {
        let departed = service
            .store
            .departures_of(&i.id)
            .await?
            .iter()
            .map(|d| d.position)
            .collect();
        all.push(IntentView {
            id: i.id,
            reference: i.reference,
            status: i.status,
            travellers: i.travellers,
            departed,
            filed_at: i.created_at,
        });
    }
    Ok(all)
}

/// Files an intent to depart for the filer and up to 9 co-travellers. `understood` says the
/// person read what the filing does and does not do (`/departure` says it in their language).
#[utoipa::path(post, path = "/api/v1/departure/intents", tag = "departure",
    request_body = IntentInput, security(("bearer" = [])),
    responses(
        (status = 201, description = "Filed", body = IntentView),
        (status = 422, description = "Fields to fix (`destination`, `travellers[0].born`, ...), each with a message", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn file(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<IntentInput>,
) -> Result<(StatusCode, Json<IntentView>), AppError> {
    let service = Departure::on(&state.services);
    let account = &user.subject().id;
    match service.file(account, &input).await? {
        Filed::Saved(id) => {
            let view = views(&service, account)
                .await?
                .into_iter()
                .find(|v| v.id == id)
                .ok_or(AppError::NotFound)?;
            Ok((StatusCode::CREATED, Json(view)))
        }
        Filed::Refused(problems) => Err(AppError::Fields(
            problems
                .into_iter()
                .map(|(at, (field, key))| match at {
                    None => (field.to_string(), key),
                    Some(i) => (format!("travellers[{i}].{field}"), key),
                })
                .collect(),
        )),
    }
}

/// The account's intents, newest first.
#[utoipa::path(get, path = "/api/v1/departure/intents", tag = "departure",
    security(("bearer" = [])),
    responses((status = 200, description = "The intents", body = Vec<IntentView>)))]
pub async fn list(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<IntentView>>, AppError> {
    let service = Departure::on(&state.services);
    Ok(Json(views(&service, &user.subject().id).await?))
}
