//! The registration of the signed-in account (or of the person a helper works for), for apps.

use crate::ApiJson;
use crate::error::Problem;
use crate::pages::registration::form::{AddressForm, TravellerForm};
use crate::session::SignedIn;
use crate::{AppError, AppState};
use axum::Json;
use axum::extract::State;
use garita_kernel::registrations::SaveOutcome;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct RegistrationInput {
    /// The version read before changing it; 0 for a new registration.
    version: i64,
    address: AddressForm,
    /// Every traveller, in order. A traveller with an `id` is a correction; without, a new one.
    travellers: Vec<TravellerInput>,
}

#[derive(Deserialize, ToSchema)]
pub struct TravellerInput {
    id: Option<String>,
    #[serde(flatten)]
    fields: TravellerForm,
}

#[derive(Serialize, ToSchema)]
pub struct SavedRegistration {
    version: i64,
    /// Unix milliseconds: the registration's place among the longest-waiting groups.
    created_at: i64,
}

/// The registration, unsealed for its owner.
#[utoipa::path(get, path = "/api/v1/registration", tag = "registration", security(("bearer" = [])),
    responses(
        (status = 200, description = "The registration (address, travellers, version, created_at)", body = Object),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No registration yet", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<serde_json::Value>, AppError> {
    let registration = state
        .services
        .registration(&user.subject().id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(
        serde_json::to_value(registration).map_err(AppError::internal)?,
    ))
}

/// Every saved version: when, by whom, which fields changed from what to what.
#[utoipa::path(get, path = "/api/v1/registration/history", tag = "registration", security(("bearer" = [])),
    responses((status = 200, description = "Versions, oldest first", body = Vec<Object>)))]
pub async fn history(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<serde_json::Value>, AppError> {
    let versions = state
        .services
        .registration_history(&user.subject().id)
        .await?;
    Ok(Json(
        serde_json::to_value(versions).map_err(AppError::internal)?,
    ))
}

/// Saves the whole registration. Corrections keep its creation date.
#[utoipa::path(put, path = "/api/v1/registration", tag = "registration", request_body = RegistrationInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Saved", body = SavedRegistration),
        (status = 409, description = "Changed meanwhile, or a traveller is already registered elsewhere", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix, each with a message", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn save(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<RegistrationInput>,
) -> Result<Json<SavedRegistration>, AppError> {
    let today = chrono::DateTime::from_timestamp_millis(state.services.now())
        .map(|d| d.date_naive())
        .unwrap_or_default();
    let mut problems = vec![];
    let address = input.address.parse().map_err(|errors| {
        for (field, e) in errors {
            problems.push((format!("address.{field}"), e.message_key()));
        }
    });
    let mut travellers = vec![];
    for (i, t) in input.travellers.into_iter().enumerate() {
        match t.fields.parse(t.id, today) {
            Ok(traveller) => travellers.push(traveller),
            Err(errors) => {
                for (field, e) in errors {
                    problems.push((format!("travellers[{i}].{field}"), e.message_key()));
                }
            }
        }
    }
    let Ok(address) = address else {
        return Err(AppError::Fields(problems));
    };
    if !problems.is_empty() {
        problems.sort();
        return Err(AppError::Fields(problems));
    }
    let outcome = state
        .services
        .save_registration(
            &user.account,
            &user.subject().id,
            address,
            travellers,
            input.version,
        )
        .await?;
    match outcome {
        SaveOutcome::Saved {
            version,
            created_at,
        } => Ok(Json(SavedRegistration {
            version,
            created_at,
        })),
        SaveOutcome::AlreadyRegistered { .. } => {
            Err(AppError::Conflict("registration-already-registered"))
        }
        SaveOutcome::Stale => Err(AppError::Conflict("registration-stale")),
        SaveOutcome::GroupSize => Err(AppError::Fields(vec![(
            "travellers".into(),
            "registration-group-size",
        )])),
        SaveOutcome::Duplicate { position, error } => Err(AppError::Fields(vec![(
            format!(
                "travellers[{position}].{}",
                crate::pages::registration::duplicate_field(error)
            ),
            error.message_key(),
        )])),
        SaveOutcome::UnknownTraveller => Err(AppError::NotFound),
        SaveOutcome::Fixed { key, .. } => Err(AppError::Conflict(key)),
    }
}
