//! `GET /api/v1/service-status`: the public status page as JSON.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, SecondsFormat};
use garita_web::{AppError, AppState};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ServiceStatusAnswer {
    /// The time of this answer (RFC 3339, UTC).
    pub at: String,
    /// Asking for an appointment: `working`.
    pub requests: String,
    /// Confirming an appointment: `working`, or `degraded` while a period goes on.
    pub confirmations: String,
    /// Since when confirming has not worked well, while it does not.
    pub degraded_since: Option<String>,
    /// The start of the time the periods cover (30 days).
    pub since: String,
    /// Every degraded period of the last 30 days, newest first.
    pub periods: Vec<PeriodAnswer>,
}

#[derive(Serialize, ToSchema)]
pub struct PeriodAnswer {
    /// `measured` (Garita's confirmation pages failed or were too slow), `declared` (by the
    /// programme) or `down` (no server answered).
    pub kind: String,
    pub started_at: String,
    /// Absent while it goes on.
    pub ended_at: Option<String>,
    /// How long it lasted (so far): every deadline to confirm running then moved later by this.
    pub minutes: i64,
    /// What the programme said when it declared it.
    pub reason: Option<String>,
}

fn rfc3339(ms: i64) -> String {
    DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Whether asking for and confirming an appointment work now, and the degraded periods of the
/// last 30 days with what each did to deadlines.
#[utoipa::path(get, path = "/api/v1/service-status", tag = "status",
    responses((status = 200, description = "How Garita works now and did in the last 30 days", body = ServiceStatusAnswer)))]
pub async fn status(State(state): State<AppState>) -> Result<Json<ServiceStatusAnswer>, AppError> {
    let status = crate::web::appointments(&state).service_status().await?;
    let degraded_since = status.degraded_since();
    Ok(Json(ServiceStatusAnswer {
        at: rfc3339(status.now),
        requests: "working".into(),
        confirmations: if degraded_since.is_some() {
            "degraded"
        } else {
            "working"
        }
        .into(),
        degraded_since: degraded_since.map(rfc3339),
        since: rfc3339(status.from),
        periods: status
            .periods
            .iter()
            .rev()
            .map(|p| PeriodAnswer {
                kind: p.source.clone(),
                started_at: rfc3339(p.started_at),
                ended_at: p.ended_at.map(rfc3339),
                minutes: status.minutes(p),
                reason: (p.source == "declared").then(|| p.reason.clone()),
            })
            .collect(),
    }))
}
