//! Rate limits for sign-up, sign-in, codes and code sends: per client address and per account,
//! counted in the database so every node shares them. Windows are short; nobody is locked out
//! for good.

use crate::{AppError, AppState};

/// A limit: at most `max` hits per `window_ms` for one key.
#[derive(Clone, Copy)]
pub struct Limit {
    pub name: &'static str,
    pub max: i64,
    pub window_ms: i64,
}

const MINUTE: i64 = 60_000;
pub const SIGNUP_PER_IP: Limit = Limit {
    name: "signup-ip",
    max: 10,
    window_ms: 60 * MINUTE,
};
pub const SIGNIN_PER_IP: Limit = Limit {
    name: "signin-ip",
    max: 30,
    window_ms: 15 * MINUTE,
};
pub const SIGNIN_PER_ACCOUNT: Limit = Limit {
    name: "signin-account",
    max: 10,
    window_ms: 15 * MINUTE,
};
pub const CODES_PER_IP: Limit = Limit {
    name: "codes-ip",
    max: 30,
    window_ms: 15 * MINUTE,
};
pub const SENDS_PER_IP: Limit = Limit {
    name: "sends-ip",
    max: 10,
    window_ms: 15 * MINUTE,
};
pub const API_TOKENS_PER_IP: Limit = Limit {
    name: "token-ip",
    max: 30,
    window_ms: 15 * MINUTE,
};

/// Counts one hit; refuses with the minutes to wait once the limit is passed. The key is hashed
/// before it is stored (it may be an address or an e-mail lookup).
pub async fn check(state: &AppState, limit: Limit, key: &str) -> Result<(), AppError> {
    let now = state.services.now();
    let window_start = now - now % limit.window_ms;
    let bucket = format!(
        "{}:{}",
        limit.name,
        state.services.keys.lookup("rate-limit", key)
    );
    let hits = state.store.hit(&bucket, window_start).await?;
    if hits > limit.max {
        let minutes = ((window_start + limit.window_ms - now) + MINUTE - 1) / MINUTE;
        return Err(AppError::RateLimited {
            minutes: minutes.max(1),
        });
    }
    Ok(())
}
