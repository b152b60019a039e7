//! The service's part of the JSON API under `/api/v1/i94`, for apps (a bearer token): apply for
//! 1 to 25 travellers at once (every field checked, each refused field named with its message),
//! read one's applications with each traveller's number, state, decision and signed proof, and
//! ask for the payment (a provider's page to send the payer to, or the reference to pay at the
//! port). Nothing is marked paid here: only the provider's confirmation, looked up by Garita.

use crate::app::{Applied, Decision, I94};
use crate::domain::{TravellerInput, TripInput};
use crate::store::GroupRow;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use garita_kernel::payments::{Settled, Started};
use garita_web::session::SignedIn;
use garita_web::{ApiJson, AppError, AppState};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(apply, list, one, pay),
    components(schemas(
        ApplicationInput,
        TripInput,
        TravellerInput,
        Application,
        TravellerView,
        PaymentStep
    )),
    tags((name = "i94", description = "Provisional I-94s for land arrivals: applying, paying, the numbers and decisions"))
)]
struct ApiDoc;

pub fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/i94", get(list).post(apply))
        .route("/i94/{id}", get(one))
        .route("/i94/{id}/payment", post(pay))
}

fn i94(state: &AppState) -> I94 {
    I94::on(&state.services)
}

#[derive(Deserialize, ToSchema)]
pub struct ApplicationInput {
    trip: TripInput,
    /// 1 to 25 travellers.
    travellers: Vec<TravellerInput>,
}

#[derive(Serialize, ToSchema)]
pub struct Application {
    id: String,
    /// What to show to pay at the port (`PAY-XXXX-XXXX`).
    reference: String,
    port: String,
    /// The intended day of arrival (`YYYY-MM-DD`).
    arrival: String,
    purpose: String,
    /// `awaiting-payment` or `paid`.
    status: String,
    /// The fee per traveller, in the currency's minor unit (cents).
    fee_minor: i64,
    currency: String,
    /// Unix milliseconds.
    created_at: i64,
    paid_at: Option<i64>,
    travellers: Vec<TravellerView>,
}

#[derive(Serialize, ToSchema)]
pub struct TravellerView {
    id: String,
    /// `draft`, `provisional`, `admitted`, `refused` or `expired`.
    status: String,
    /// The provisional number (`I94-XXXX-XXXX`), once paid.
    number: Option<String>,
    /// Unix milliseconds: when the provisional number expires unused.
    expires_at: Option<i64>,
    /// The signed proof to show at the port (its QR code's text), while provisional.
    proof: Option<String>,
    /// The officer's decision, as recorded.
    #[schema(value_type = Option<Object>)]
    decision: Option<Decision>,
}

#[derive(Serialize, ToSchema)]
pub struct PaymentStep {
    /// `redirect` (send the payer to `url`), `at-the-port` (show `reference` to the officer),
    /// `try-later` (the provider is out of reach: nothing was charged) or `paid`.
    step: &'static str,
    url: Option<String>,
    reference: String,
}

async fn view(service: &I94, g: GroupRow) -> Result<Application, AppError> {
    let mut travellers = vec![];
    for t in service.store.travellers_of(&g.id).await? {
        let (_, decision) = service.open(&t)?;
        travellers.push(TravellerView {
            proof: crate::proofs::token(&service.services.keys, &g, &t),
            id: t.id,
            status: t.status,
            number: t.number,
            expires_at: t.expires_at,
            decision,
        });
    }
    Ok(Application {
        id: g.id,
        reference: g.reference,
        port: g.port_code,
        arrival: g.arrival_date,
        purpose: g.purpose,
        status: g.status,
        fee_minor: g.fee_minor,
        currency: g.currency,
        created_at: g.created_at,
        paid_at: g.paid_at,
        travellers,
    })
}

/// The account's application with `id` (another's is not found).
async fn owned(service: &I94, account: &str, id: &str) -> Result<GroupRow, AppError> {
    service
        .store
        .group(id)
        .await?
        .filter(|g| g.account_id == account)
        .ok_or(AppError::NotFound)
}

/// Applies for 1 to 25 travellers arriving at a land port within the next 7 days. Nothing is
/// saved unless every field is right; the fee per traveller is the one of today.
#[utoipa::path(post, path = "/api/v1/i94", tag = "i94", request_body = ApplicationInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Saved, awaiting payment", body = Application),
        (status = 422, description = "Fields to fix (`trip.port`, `travellers[0].given`, ...), each with a message", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn apply(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<ApplicationInput>,
) -> Result<(StatusCode, Json<Application>), AppError> {
    let service = i94(&state);
    let account = &user.subject().id;
    match service
        .apply(account, &input.trip, &input.travellers)
        .await?
    {
        Applied::Saved(id) => {
            let group = owned(&service, account, &id).await?;
            Ok((StatusCode::CREATED, Json(view(&service, group).await?)))
        }
        Applied::Refused(problems) => Err(AppError::Fields(
            problems
                .into_iter()
                .map(|(at, (field, key))| match at {
                    None if field == "travellers" => (field.to_string(), key),
                    None => (format!("trip.{field}"), key),
                    Some(i) => (format!("travellers[{i}].{field}"), key),
                })
                .collect(),
        )),
    }
}

/// The account's applications, the newest first.
#[utoipa::path(get, path = "/api/v1/i94", tag = "i94", security(("bearer" = [])),
    responses((status = 200, description = "The applications", body = Vec<Application>)))]
pub async fn list(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Json<Vec<Application>>, AppError> {
    let service = i94(&state);
    let mut all = vec![];
    for g in service.store.groups_of(&user.subject().id).await? {
        all.push(view(&service, g).await?);
    }
    Ok(Json(all))
}

/// One of the account's applications.
#[utoipa::path(get, path = "/api/v1/i94/{id}", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path, description = "The application's id")),
    responses(
        (status = 200, description = "The application", body = Application),
        (status = 404, description = "No application of this account has that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn one(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Application>, AppError> {
    let service = i94(&state);
    let group = owned(&service, &user.subject().id, &id).await?;
    Ok(Json(view(&service, group).await?))
}

/// Asks for the application's fee, once: asked again, it is the same payment (never a second
/// charge), first looked up at the provider (an app asks again when the payer comes back from
/// the provider's page). `redirect` gives the provider's page; the payment counts only once the
/// provider confirms it to Garita.
#[utoipa::path(post, path = "/api/v1/i94/{id}/payment", tag = "i94", security(("bearer" = [])),
    params(("id" = String, Path, description = "The application's id")),
    responses(
        (status = 200, description = "The next step", body = PaymentStep),
        (status = 404, description = "No application of this account has that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Nothing to pay: no traveller yet", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn pay(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<PaymentStep>, AppError> {
    let service = i94(&state);
    let account = &user.subject().id;
    let group = owned(&service, account, &id).await?;
    let back = format!("/i94/{id}/back");
    let step = |step, url| PaymentStep {
        step,
        url,
        reference: group.reference.clone(),
    };
    // Back from the provider's page, an app asks again: the payment is looked up first (the
    // group read above says which payment it is).
    let settled = match (group.status.as_str(), &group.payment_id) {
        ("paid", _) => Some(Settled::Already),
        (_, Some(payment)) => Some(state.services.payment_returned(payment).await?),
        (_, None) => None,
    };
    if matches!(settled, Some(Settled::Now | Settled::Already)) {
        return Ok(Json(step("paid", None)));
    }
    Ok(Json(match service.pay(account, &id, &back).await? {
        Some(Started::Redirect { url, .. }) => step("redirect", Some(url)),
        Some(Started::AtThePort { .. }) => step("at-the-port", None),
        Some(Started::TryLater { .. }) => step("try-later", None),
        Some(Started::Paid { .. }) => step("paid", None),
        None => return Err(AppError::Conflict("i94-travellers-count")),
    }))
}
