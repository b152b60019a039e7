//! Operations endpoints: liveness, readiness, metrics; and the request span for logs.

use crate::AppState;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tracing::Span;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

/// The process is alive and answering.
async fn healthz() -> &'static str {
    "ok\n"
}

/// The database answers and every migration is applied.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.readiness().await {
        Ok(r) if r.is_ready() => (StatusCode::OK, "ready\n".to_string()),
        Ok(r) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {} migrations pending\n", r.pending_migrations),
        ),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "not ready: database unreachable\n".to_string(),
            )
        }
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let now = state.services.now();
    let store = &state.services.store;
    match store.outbox_figures(now - 3_600_000).await {
        Ok(figures) => state.metrics.outbox(&figures, now),
        Err(error) => tracing::warn!(%error, "metrics: outbox figures unavailable"),
    }
    match store.job_figures(now).await {
        Ok(figures) => state.metrics.jobs(&figures, now),
        Err(error) => tracing::warn!(%error, "metrics: job figures unavailable"),
    }
    match store.photo_figures(now - 86_400_000).await {
        Ok(figures) => state.metrics.photos(&figures),
        Err(error) => tracing::warn!(%error, "metrics: photo figures unavailable"),
    }
    state.metrics.connections(&store.connections());
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.render(),
    )
}

/// One span per request, named by the matched route pattern: never the raw path or query,
/// which may one day carry personal data.
pub fn request_span(request: &Request) -> Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |m| m.as_str());
    tracing::info_span!("request", method = %request.method(), route)
}
