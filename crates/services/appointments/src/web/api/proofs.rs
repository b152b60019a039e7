//! Anyone can check a signed proof: `POST /api/v1/verify` with the token. A confirmation
//! (`GC1`) is answered here; another service's proof (a provisional I-94's `GI1`) by that
//! service (`garita_kernel::proofs`).

use crate::app::proofs::Verdict;
use axum::Json;
use axum::extract::State;
use garita_web::ApiJson;
use garita_web::{AppError, AppState, Lang};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct VerifyInput {
    /// A proof's text as under its QR code (`GC1....`, `GI1....`).
    token: String,
}

#[derive(Serialize, ToSchema)]
pub struct VerifyAnswer {
    /// A confirmation: `genuine`, `not-genuine`, `expired`, `cancelled` or `moved`. Another
    /// service's proof: `genuine`, `not-genuine`, or `not-current` (signed by Garita, but used,
    /// expired or no longer kept: `said` says which).
    result: &'static str,
    /// What a confirmation signed by Garita says (no personal data); absent otherwise.
    #[schema(value_type = Option<Object>)]
    confirmation: Option<crate::app::proofs::Proof>,
    /// The answer in words, in the language asked for.
    said: String,
}

/// Checks a signed proof: its signature with Garita's published keys, then whether what it
/// proves still stands (a confirmation's day and appointment, a provisional I-94's state). No
/// sign-in; no personal data in the answer.
#[utoipa::path(post, path = "/api/v1/verify", tag = "proofs", request_body = VerifyInput,
    responses((status = 200, description = "The answer", body = VerifyAnswer)))]
pub async fn verify(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ApiJson(input): ApiJson<VerifyInput>,
) -> Result<Json<VerifyAnswer>, AppError> {
    let say = |a: &garita_kernel::proofs::Answer| state.i18n.format(locale, a.key, &a.args);
    if !input
        .token
        .trim()
        .starts_with(crate::app::proofs::TOKEN_PREFIX)
    {
        // Another service's proof: that service answers.
        let answer = state.services.check_proof(&input.token, locale).await?;
        let (result, said) = match &answer {
            Some(a) if a.genuine => ("genuine", say(a)),
            Some(a) if a.key != "check-not-genuine" => ("not-current", say(a)),
            _ => ("not-genuine", state.i18n.text(locale, "check-not-genuine")),
        };
        return Ok(Json(VerifyAnswer {
            result,
            confirmation: None,
            said,
        }));
    }
    let verdict = crate::web::appointments(&state)
        .verify_token(&input.token)
        .await?;
    let said = say(&crate::app::proofs::answer(&verdict));
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
        said,
    }))
}
