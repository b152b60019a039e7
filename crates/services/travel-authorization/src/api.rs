//! The service's part of the JSON API under `/api/v1/travel-authorization`, for apps (a bearer
//! token): a supporter files (every field checked, each refused field named with its message)
//! and reads their cases with each person's state, authorization number and end.

use crate::app::{Filed, FiledFrom, TravelAuthorization};
use crate::domain::{BeneficiaryInput, SupporterInput};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use axum::{Json, Router};
use garita_web::session::SignedIn;
use garita_web::{ApiJson, AppError, AppState};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(file, list, one),
    components(schemas(FilingInput, SupporterInput, BeneficiaryInput, Case, PersonView)),
    tags((name = "travel-authorization", description = "Advance travel authorization: a supporter's filings and each person's state"))
)]
struct ApiDoc;

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/travel-authorization/cases", get(list).post(file))
        .route("/travel-authorization/cases/{id}", get(one))
}

#[derive(Deserialize, ToSchema)]
pub struct FilingInput {
    /// The programme's code (`chnv`, `u4u`, `frp`).
    programme: String,
    supporter: SupporterInput,
    /// 1 to 10 people.
    beneficiaries: Vec<BeneficiaryInput>,
}

#[derive(Serialize, ToSchema)]
pub struct Case {
    id: String,
    /// What the supporter and the people quote (`TA-XXXX-XXXX`).
    reference: String,
    programme: String,
    /// Unix milliseconds.
    filed_at: i64,
    beneficiaries: Vec<PersonView>,
}

#[derive(Serialize, ToSchema)]
pub struct PersonView {
    id: String,
    given: String,
    family: String,
    /// `invited`, `confirmed`, `authorized`, `not-authorized`, `expired` or `arrived`.
    status: String,
    /// The authorization's number, once authorized.
    number: Option<String>,
    /// Unix milliseconds: the end of the authorization's validity.
    valid_until: Option<i64>,
    /// Extensions used.
    extended: i64,
}

async fn view(service: &TravelAuthorization, account: &str, id: &str) -> Result<Case, AppError> {
    let (case, people) = service
        .case_for_supporter(account, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Case {
        id: case.id,
        reference: case.reference,
        programme: case.programme,
        filed_at: case.created_at,
        beneficiaries: people
            .into_iter()
            .map(|o| PersonView {
                id: o.row.id,
                given: o.details.name.given,
                family: o.details.name.family,
                status: o.row.status,
                number: o.row.number,
                valid_until: o.row.valid_until,
                extended: o.row.extended,
            })
            .collect(),
    })
}

/// Files for 1 to 10 people under an open programme. Nothing is saved unless every field is
/// right; each adult is then invited by e-mail in the language given for them.
#[utoipa::path(post, path = "/api/v1/travel-authorization/cases", tag = "travel-authorization",
    request_body = FilingInput, security(("bearer" = [])),
    responses(
        (status = 201, description = "Filed: each adult is invited", body = Case),
        (status = 409, description = "The programme is closed to new filings", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields to fix (`supporter.state`, `beneficiaries[0].email`, ...), each with a message", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn file(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<FilingInput>,
) -> Result<(StatusCode, Json<Case>), AppError> {
    let service = TravelAuthorization::on(&state.services);
    let account = &user.subject().id;
    let filed = service
        .file(
            account,
            &input.programme,
            &input.supporter,
            &input.beneficiaries,
            &FiledFrom::default(),
        )
        .await?;
    match filed {
        Filed::Saved(id) => Ok((
            StatusCode::CREATED,
            Json(view(&service, account, &id).await?),
        )),
        Filed::Closed => Err(AppError::Conflict("ta-programme-closed-now")),
        Filed::Refused(problems) => Err(AppError::Fields(
            problems
                .into_iter()
                .map(|(at, (field, key))| match at {
                    None if field == "beneficiaries" => (field.to_string(), key),
                    None => (format!("supporter.{field}"), key),
                    Some(i) => (format!("beneficiaries[{i}].{field}"), key),
                })
                .collect(),
        )),
    }
}

/// The supporter's cases, newest first.
#[utoipa::path(get, path = "/api/v1/travel-authorization/cases", tag = "travel-authorization",
    security(("bearer" = [])),
    responses((status = 200, description = "The cases", body = Vec<Case>)))]
pub async fn list(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<Case>>, AppError> {
    let service = TravelAuthorization::on(&state.services);
    let account = &user.subject().id;
    let mut all = vec![];
    for c in service.cases_of(account).await? {
        all.push(view(&service, account, &c.id).await?);
    }
    Ok(Json(all))
}

/// One of the supporter's cases.
#[utoipa::path(get, path = "/api/v1/travel-authorization/cases/{id}", tag = "travel-authorization",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case", body = Case),
        (status = 404, description = "No case of this account has that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn one(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Case>, AppError> {
    let service = TravelAuthorization::on(&state.services);
    Ok(Json(view(&service, &user.subject().id, &id).await?))
}
