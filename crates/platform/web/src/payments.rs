//! Where payment providers send their notifications (`POST /payments/notify`): the raw body and
//! its signature go to the kernel (`garita_kernel::payments`), which checks the signature,
//! looks the charge up server to server and settles it once. The answer is all the provider
//! needs: 200 when taken (paid now or before, or not paid yet), 400 for a notification refused
//! (the provider stops retrying it), 503 when the provider or the database is out of reach (it
//! retries later).

use crate::AppState;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use garita_kernel::payments::Settled;

pub fn routes() -> Router<AppState> {
    Router::new().route("/payments/notify", post(notify))
}

async fn notify(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(provider) = state.services.payment_provider.as_ref() else {
        return StatusCode::NOT_FOUND;
    };
    let signature = headers
        .get(provider.signature_header())
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    match state.services.payment_notice(&signature, &body).await {
        Ok(Settled::Now | Settled::Already | Settled::NotPaid) => StatusCode::OK,
        Ok(Settled::Refused) => StatusCode::BAD_REQUEST,
        Ok(Settled::Unreachable) => StatusCode::SERVICE_UNAVAILABLE,
        Err(e) => {
            tracing::error!(error = %e, "payment notice not taken");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}
