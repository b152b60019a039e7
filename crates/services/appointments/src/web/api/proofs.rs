//! Anyone can check a confirmation: `POST /api/v1/verify` with the token.

use crate::app::proofs::Verdict;
use axum::Json;
use axum::extract::State;
use garita_web::ApiJson;
use garita_web::{AppError, AppState};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct VerifyInput {
    /// The confirmation's text (`GC1....`), as under its QR code.
    token: String,
}

#[derive(Serialize, ToSchema)]
pub struct VerifyAnswer {
    /// `genuine`, `not-genuine`, `expired`, `cancelled` or `moved`.
    result: &'static str,
    /// What a token signed by Garita says (no personal data); absent when not genuine.
    #[schema(value_type = Option<Object>)]
    confirmation: Option<crate::app::proofs::Proof>,
}

/// Checks a confirmation token: its signature with Garita's published keys, its day, and
/// whether the appointment still stands. No sign-in; no personal data in the answer.
#[utoipa::path(post, path = "/api/v1/verify", tag = "proofs", request_body = VerifyInput,
    responses((status = 200, description = "The answer", body = VerifyAnswer)))]
pub async fn verify(
    State(state): State<AppState>,
    ApiJson(input): ApiJson<VerifyInput>,
) -> Result<Json<VerifyAnswer>, AppError> {
    let verdict = crate::web::appointments(&state)
        .verify_token(&input.token)
        .await?;
    let (result, confirmation) = match verdict {
        Verdict::Genuine(p) => ("genuine", Some(p)),
        Verdict::Expired(p) => ("expired", Some(p)),
        Verdict::Cancelled(p) => ("cancelled", Some(p)),
        Verdict::Moved(p) => ("moved", Some(p)),
        Verdict::NotGenuine => ("not-genuine", None),
    };
    Ok(Json(VerifyAnswer {
        result,
        confirmation,
    }))
}
