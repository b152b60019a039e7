//! Who may use which staff route: one check over the routes the kernel and each service list
//! (`garita_kernel::staff`). A route under `/staff` that no list names is refused to everyone
//! (fail closed). Officers and port supervisors only reach their own port's routes; programme
//! admins reach every port.

use crate::session::MaybeUser;
use crate::{AppError, AppState};
use axum::extract::{MatchedPath, RawPathParams, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use garita_kernel::staff::StaffRoute;

/// The listed route for a method and pattern, if any.
pub fn staff_route(state: &AppState, method: &str, path: &str) -> Option<&'static StaffRoute> {
    state
        .staff_routes
        .iter()
        .copied()
        .find(|r| r.path == path && r.method == method)
}

/// Middleware on every staff route.
pub async fn authorize(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    params: RawPathParams,
    MaybeUser(user): MaybeUser,
    request: Request,
    next: Next,
) -> Result<Response, AppError> {
    let user = user.ok_or(AppError::SignInRequired)?;
    let path = matched.as_ref().map(|m| m.as_str()).unwrap_or_default();
    let route = staff_route(&state, request.method().as_str(), path).ok_or(AppError::Forbidden)?;
    let port = params
        .iter()
        .find(|(name, _)| *name == "port")
        .map(|(_, v)| v);
    if !route.allows(&user.account.grant, port) {
        return Err(AppError::Forbidden);
    }
    Ok(next.run(request).await)
}
