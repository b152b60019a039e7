//! Rate limits for sign-up, sign-in, codes and code sends: per client address and per account,
//! counted in the database so every node shares them. Windows slide (this window's count plus
//! the share of the last one still inside the span), so no burst fits around a boundary.
//! Wrong passwords and recovery codes count per account *and network*, with a much higher bound
//! for the account as a whole: an attacker elsewhere is refused while the owner, from their own
//! network, still signs in. Nobody is locked out for good.

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
/// Wrong passwords for one account from one network.
pub const SIGNIN_FAILS_PER_NETWORK: Limit = Limit {
    name: "signin-fails-network",
    max: 10,
    window_ms: 15 * MINUTE,
};
/// Wrong passwords for one account from everywhere: a botnet cannot lock its owner out for
/// less than this many guesses an hour.
pub const SIGNIN_FAILS_PER_ACCOUNT: Limit = Limit {
    name: "signin-fails-account",
    max: 100,
    window_ms: 60 * MINUTE,
};
/// Wrong recovery codes for one account (each code is 50 bits; this keeps guessing hopeless).
pub const RECOVERY_FAILS_PER_ACCOUNT: Limit = Limit {
    name: "recovery-fails-account",
    max: 10,
    window_ms: 60 * MINUTE,
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
    let (bucket, window_start) = bucket(state, limit, key);
    let current = state.store.hit(&bucket, window_start).await?;
    refuse_over(state, limit, &bucket, window_start, current).await
}

/// Refuses when `key` is already over the limit, without counting (for failures counted after).
pub async fn refuse_if_over(state: &AppState, limit: Limit, key: &str) -> Result<(), AppError> {
    let (bucket, window_start) = bucket(state, limit, key);
    let current = state.store.hits(&bucket, window_start).await?;
    refuse_over(state, limit, &bucket, window_start, current).await
}

/// Counts one failure (a wrong password or code) against `key`.
pub async fn count(state: &AppState, limit: Limit, key: &str) -> Result<(), AppError> {
    let (bucket, window_start) = bucket(state, limit, key);
    state.store.hit(&bucket, window_start).await?;
    Ok(())
}

/// The network a client address is in, for per-network limits: its /24 (IPv4) or /48 (IPv6),
/// so an attacker's neighbouring addresses count together.
pub fn network(ip: &str) -> String {
    match ip.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
        Err(_) => ip.to_string(),
    }
}

/// Before a password is checked: refused while the account is over its bound of wrong passwords
/// from this network, or from everywhere. `account` is the address's lookup form.
pub async fn password_allowed(state: &AppState, account: &str, ip: &str) -> Result<(), AppError> {
    let from_here = format!("{account}|{}", network(ip));
    refuse_if_over(state, SIGNIN_FAILS_PER_NETWORK, &from_here).await?;
    refuse_if_over(state, SIGNIN_FAILS_PER_ACCOUNT, account).await
}

/// After a wrong password: counted for the account from this network and from everywhere.
pub async fn wrong_password(state: &AppState, account: &str, ip: &str) -> Result<(), AppError> {
    let from_here = format!("{account}|{}", network(ip));
    count(state, SIGNIN_FAILS_PER_NETWORK, &from_here).await?;
    count(state, SIGNIN_FAILS_PER_ACCOUNT, account).await
}

/// Whole minutes, rounded up.
fn minutes_in(ms: i64) -> i64 {
    (ms + MINUTE - 1) / MINUTE
}

fn bucket(state: &AppState, limit: Limit, key: &str) -> (String, i64) {
    let now = state.services.now();
    let bucket = format!(
        "{}:{}",
        limit.name,
        state.services.keys.lookup("rate-limit", key)
    );
    (bucket, now - now % limit.window_ms)
}

/// The sliding count: this window's hits (`current`, as just counted or read) and the previous
/// window's, weighted by how much of it still lies within one window's span of now.
async fn refuse_over(
    state: &AppState,
    limit: Limit,
    bucket: &str,
    window_start: i64,
    current: i64,
) -> Result<(), AppError> {
    let now = state.services.now();
    let previous = state
        .store
        .hits(bucket, window_start - limit.window_ms)
        .await?;
    let left_of_previous = limit.window_ms - (now - window_start);
    let estimate =
        current as f64 + previous as f64 * left_of_previous as f64 / limit.window_ms as f64;
    if estimate > limit.max as f64 {
        // Until the older window's share has slid out far enough, at most a window.
        let minutes = if current > limit.max {
            minutes_in(window_start + limit.window_ms - now)
        } else {
            let excess = estimate - limit.max as f64;
            let ms = excess / previous.max(1) as f64 * limit.window_ms as f64;
            minutes_in(ms as i64)
        };
        return Err(AppError::RateLimited {
            minutes: minutes.clamp(1, limit.window_ms / MINUTE),
        });
    }
    Ok(())
}
