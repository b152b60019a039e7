//! The daily request and the published draws, for apps and for anyone checking a draw.

use crate::app::draws::{Channel, Origin, RequestOutcome};
use crate::web::draws::{outcome_text, person_zone, valid_request_id};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use garita_domain::geofence::{Position, Verdict};
use garita_domain::{InputError, PortCode};
use garita_web::ApiJson;
use garita_web::error::Problem;
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::{AppError, AppState, Lang};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct RequestInput {
    /// The port code, e.g. `SYS`.
    port: String,
    latitude: f64,
    longitude: f64,
    /// The phone's reported accuracy, in metres.
    accuracy_m: f64,
    /// Chosen by the app, up to 64 letters, digits, `-` or `_`: sending it again returns the same
    /// request instead of making another.
    client_request_id: String,
    /// The phone's IANA time zone, e.g. `America/Tijuana`: deadlines in messages are given in it
    /// (without it, in the port's).
    #[serde(default)]
    time_zone: Option<String>,
}

/// Asks for an appointment in today's draw. Answers 201 (new) or 200 (the same request again),
/// or a problem saying when the window opens (409 `/problems/window-closed`), where the phone
/// seems to be (422 `/problems/outside-area`), or that the group already asked today (409).
#[utoipa::path(post, path = "/api/v1/requests", tag = "draws", request_body = RequestInput,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "Stored", body = RequestSaved),
        (status = 200, description = "The same request, sent again", body = RequestSaved),
        (status = 409, description = "The window is closed, or the group already asked today", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Outside the area where requests can be made", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn request(
    State(state): State<AppState>,
    Lang(locale): Lang,
    jar: CookieJar,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<RequestInput>,
) -> Result<Response, AppError> {
    let port = PortCode::parse(&input.port).map_err(AppError::Input)?;
    if !valid_request_id(&input.client_request_id) {
        return Err(AppError::Input(InputError::Characters));
    }
    let here = Position::new(input.latitude, input.longitude, input.accuracy_m)
        .map_err(AppError::Input)?;
    let account = &user.subject().id;
    let outcome = crate::web::appointments(&state)
        .request_appointment(
            account,
            &port,
            here,
            &input.client_request_id,
            Origin {
                channel: Channel::Api,
                time_zone: input.time_zone.as_deref().and_then(|z| z.parse().ok()),
            },
        )
        .await?;
    let (status, kind, extra) = match &outcome {
        RequestOutcome::Accepted(r) | RequestOutcome::Repeated(r) => {
            let body = RequestSaved {
                entry_id: r.entry_id.clone(),
                service_date: r.service_date.clone(),
                port_code: r.port_code.clone(),
                seats: r.seats,
                created_at: r.created_at,
            };
            let status = if matches!(outcome, RequestOutcome::Accepted(_)) {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            return Ok((status, Json(body)).into_response());
        }
        RequestOutcome::AlreadyRequested(r) => (
            StatusCode::CONFLICT,
            "already-requested",
            serde_json::json!({ "service_date": r.service_date, "port_code": r.port_code }),
        ),
        RequestOutcome::WindowClosed {
            next_date,
            opens_at,
        } => (
            StatusCode::CONFLICT,
            "window-closed",
            serde_json::json!({ "next_service_date": next_date, "opens_at": opens_at.to_rfc3339() }),
        ),
        RequestOutcome::OutsideArea(verdict) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "outside-area",
            match verdict {
                Verdict::Refused {
                    place, distance_km, ..
                } => {
                    serde_json::json!({ "place": place, "distance_km": distance_km })
                }
                Verdict::Eligible { .. } => serde_json::json!({}),
            },
        ),
        RequestOutcome::NoRegistration => (
            StatusCode::CONFLICT,
            "no-registration",
            serde_json::json!({}),
        ),
        RequestOutcome::PhotosMissing => (
            StatusCode::CONFLICT,
            "photos-missing",
            serde_json::json!({}),
        ),
        RequestOutcome::HoldsAppointment(a) => (
            StatusCode::CONFLICT,
            "holds-appointment",
            serde_json::json!({
                "appointment_date": a.appointment_date,
                "slot": a.slot,
                "port_code": a.port_code,
            }),
        ),
    };
    // Only a refusal is put in words (and names ports): an accepted request is not slowed by it.
    let page = Chrome::new(&state.i18n, locale, "/request");
    let ports = state.store.list_ports().await?;
    let detail = outcome_text(&page, &outcome, person_zone(&jar), &ports);
    let mut body = serde_json::json!({
        "type": format!("/problems/{kind}"),
        "title": page.t("request-title"),
        "status": status.as_u16(),
        "detail": detail,
    });
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    Ok((
        status,
        [(header::CONTENT_TYPE, "application/problem+json")],
        Json(body),
    )
        .into_response())
}

/// Every service day: its status and commitment, newest first.
#[utoipa::path(get, path = "/api/v1/draws", tag = "draws",
    responses((status = 200, description = "Every day, newest first", body = DrawDays)))]
pub async fn list(State(state): State<AppState>) -> Result<Json<DrawDays>, AppError> {
    let days = crate::web::appointments(&state).store.days().await?;
    let draws = days
        .into_iter()
        .map(|d| DrawDay {
            service_date: d.service_date,
            status: d.status,
            commitment: d.commitment,
            entry_count: d.entry_count,
            entries_digest: d.entries_digest,
        })
        .collect();
    Ok(Json(DrawDays { draws }))
}

/// Every service day.
#[derive(Serialize, ToSchema)]
pub struct DrawDays {
    draws: Vec<DrawDay>,
}

/// A day as far as it is published.
#[derive(Serialize, ToSchema)]
pub struct DrawDay {
    /// YYYY-MM-DD.
    service_date: String,
    /// `open`, `closed`, `drawn`, `held` or `published`.
    status: String,
    /// The commitment published before requests open.
    commitment: String,
    entry_count: Option<i64>,
    /// Published at the close.
    entries_digest: Option<String>,
}

/// A request stored for today's draw.
#[derive(Serialize, ToSchema)]
pub struct RequestSaved {
    /// The entry's number in the day's published list.
    entry_id: String,
    /// YYYY-MM-DD.
    service_date: String,
    port_code: String,
    seats: i64,
    /// Unix milliseconds.
    created_at: i64,
}

/// A day's draw: the commitment from the start, the entry digest after the close, the whole
/// record and statistics once published (`docs/draw.md`).
#[utoipa::path(get, path = "/api/v1/draws/{date}", tag = "draws",
    params(("date" = String, Path, description = "Service day, YYYY-MM-DD")),
    responses(
        (status = 200, description = "The day as far as it is published", body = Object),
        (status = 400, description = "The date is not written YYYY-MM-DD", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such day", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn day(
    State(state): State<AppState>,
    Path(date): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let date = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|_| AppError::Input(InputError::DateFormat))?;
    let day = crate::web::appointments(&state)
        .public_day(date)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(serde_json::to_value(day).map_err(AppError::internal)?))
}
