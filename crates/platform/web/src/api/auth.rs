//! Bearer tokens for a mobile client. Signing in takes two calls, as on the web: the password,
//! then the code sent by e-mail (or shown by the authenticator app).

use crate::ApiJson;
use crate::limits::{self, API_TOKENS_PER_IP, CODES_PER_IP};
use crate::session::{ClientIp, SignedIn};
use crate::{AppError, AppState};
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use garita_domain::Login;
use garita_kernel::accounts::{SignIn, session_limits};
use garita_store::records::SessionKind;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct PasswordStep {
    email: String,
    password: String,
}

/// What to send next.
#[derive(Serialize, ToSchema)]
pub struct Challenge {
    /// Send this back with the code to `/api/v1/auth/token/confirm`.
    challenge: String,
    /// `email-code`, `authenticator-code` or `verify-email` (the address is not checked yet:
    /// a code was sent to it).
    next: &'static str,
}

#[derive(Deserialize, ToSchema)]
pub struct CodeStep {
    challenge: String,
    code: String,
    /// A random identifier the app keeps, so this phone is remembered.
    device: Option<String>,
    next: String,
}

#[derive(Serialize, ToSchema)]
pub struct Token {
    /// Send as `Authorization: Bearer TOKEN`. Shown once.
    token: String,
    /// Unix milliseconds after which the token no longer works.
    expires_at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: String,
    role: &'static str,
    port: Option<String>,
    organization: Option<String>,
    language: String,
}

/// First step: the password. Answers with a challenge for the second step.
#[utoipa::path(post, path = "/api/v1/auth/token", tag = "auth", request_body = PasswordStep,
    responses(
        (status = 202, description = "Password right: send the code", body = Challenge),
        (status = 401, description = "Wrong e-mail or password", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many tries", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn password(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<PasswordStep>,
) -> Result<(StatusCode, Json<Challenge>), AppError> {
    limits::check(&state, API_TOKENS_PER_IP, &ip).await?;
    // `email` also takes a mobile number with its country code (an account made with one).
    let login = Login::parse(&body.email).map_err(|_| AppError::SignInRequired)?;
    let (_, login_form) = login.lookup_parts();
    limits::password_allowed(&state, &login_form, &ip).await?;
    let step = state.services.sign_in(&login, &body.password, None).await?;
    if matches!(step, SignIn::Failed) {
        limits::wrong_password(&state, &login_form, &ip).await?;
    }
    let (challenge, next) = match step {
        SignIn::DeviceCode { token } => (token, "email-code"),
        SignIn::SecondFactor { token } => (token, "authenticator-code"),
        SignIn::VerifyEmail { token } => (token, "verify-email"),
        // An API client has no remembered device, so `Done` does not happen here.
        SignIn::Done { .. } | SignIn::NeedsSetup | SignIn::Failed => {
            return Err(AppError::SignInRequired);
        }
    };
    Ok((StatusCode::ACCEPTED, Json(Challenge { challenge, next })))
}

/// Second step: the code. Answers with a bearer token.
#[utoipa::path(post, path = "/api/v1/auth/token/confirm", tag = "auth", request_body = CodeStep,
    responses(
        (status = 201, description = "Signed in", body = Token),
        (status = 401, description = "Wrong or old code", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many codes tried from this network", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn confirm(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(body): ApiJson<CodeStep>,
) -> Result<(StatusCode, Json<Token>), AppError> {
    limits::check(&state, CODES_PER_IP, &ip).await?;
    let services = &state.services;
    let device = body.device.unwrap_or_else(garita_security::codes::token);
    let account = match body.next.as_str() {
        "email-code" => {
            services
                .confirm_device(&body.challenge, body.code.trim(), &device)
                .await
        }
        "authenticator-code" => {
            services
                .confirm_second_factor(&body.challenge, &body.code)
                .await
        }
        "verify-email" => {
            services
                .verify_email_code(&body.challenge, body.code.trim())
                .await
        }
        _ => Ok(None),
    }?
    .ok_or(AppError::SignInRequired)?;
    let token = services.start_session(&account, SessionKind::Api).await?;
    let expires_at = services.now() + session_limits(SessionKind::Api).1;
    Ok((StatusCode::CREATED, Json(Token { token, expires_at })))
}

/// Ends the token used to call this.
#[utoipa::path(delete, path = "/api/v1/auth/token", tag = "auth", security(("bearer" = [])),
    responses((status = 204, description = "The token no longer works")))]
pub async fn revoke(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<StatusCode, AppError> {
    state
        .services
        .sign_out(&user.account.id, &user.session.token_hash)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The signed-in account.
#[utoipa::path(get, path = "/api/v1/me", tag = "auth", security(("bearer" = [])),
    responses(
        (status = 200, description = "The account", body = Me),
        (status = 401, description = "No valid token", body = crate::error::Problem, content_type = "application/problem+json"),
    ))]
pub async fn me(SignedIn(user): SignedIn) -> Json<Me> {
    let grant = &user.account.grant;
    Json(Me {
        id: user.account.id.clone(),
        role: grant.role.code(),
        port: grant.port.as_ref().map(|p| p.to_string()),
        organization: grant.organization.clone(),
        language: user.account.locale.clone(),
    })
}
