//! Partner organisations' own systems check a confirmation number against a traveller's date
//! of birth: `POST /api/v1/partner/checks` with an API token of a partner validator's account,
//! the same yes or no as the page, under the same hourly limit (shared by the organisation).

use axum::Json;
use axum::extract::State;
use garita_domain::{Role, ServiceDate};
use garita_web::error::Problem;
use garita_web::session::SignedIn;
use garita_web::{ApiJson, AppError, AppState};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct PartnerCheckInput {
    /// As on the confirmation, e.g. `GRT-7K4M-Q2XP`.
    confirmation_number: String,
    /// `YYYY-MM-DD`.
    birth_date: String,
}

#[derive(Serialize, ToSchema)]
pub struct PartnerCheckAnswer {
    /// Whether the number is a confirmed appointment of a group with someone born that day.
    /// Nothing else is said.
    matches: bool,
}

/// Checks a confirmation number against a date of birth: yes or no. For partner validators'
/// API tokens only; at most a number of checks an hour per organisation, then 429.
#[utoipa::path(post, path = "/api/v1/partner/checks", tag = "partners",
    request_body = PartnerCheckInput,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The answer", body = PartnerCheckAnswer),
        (status = 403, description = "Not a partner validator's token", body = Problem, content_type = "application/problem+json"),
        (status = 400, description = "The date is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many checks this hour", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn check(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<PartnerCheckInput>,
) -> Result<Json<PartnerCheckAnswer>, AppError> {
    if user.account.grant.role != Role::PartnerValidator {
        return Err(AppError::Forbidden);
    }
    let service = crate::web::appointments(&state);
    let today = service.now_utc().date_naive();
    let born = ServiceDate::parse(&input.birth_date)
        .map_err(AppError::Input)?
        .date();
    let born = garita_domain::travellers::DateOfBirth::parse(
        &born.format("%d").to_string(),
        &born.format("%m").to_string(),
        &born.format("%Y").to_string(),
        today,
    )
    .map_err(AppError::Input)?;
    match service
        .partner_check(&user.account, &input.confirmation_number, &born)
        .await?
    {
        Some(matches) => Ok(Json(PartnerCheckAnswer { matches })),
        // The limit is per clock hour: say how long until the next one begins.
        None => Err(AppError::RateLimited {
            minutes: 60 - (service.now().rem_euclid(3_600_000) / 60_000),
        }),
    }
}
