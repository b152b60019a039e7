//! A local drand HTTP relay for tests: it answers `GET /<chain hash>/public/<round>` as drand's
//! relays do (`{"round", "randomness", "signature"}`), from rounds recorded from the real
//! `quicknet` chain, and 404 for any other round. It can be told to answer with a wrong
//! signature, or to fail, to test what a draw does then.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::get;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// Rounds of quicknet as its relays served them: (round, signature, randomness).
pub const QUICKNET_ROUNDS: [(u64, &str, &str); 1] = [(
    657_413,
    "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b",
    "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587",
)];
/// Round 123's signature (drand-verify's test vector): genuine, but not for other rounds.
pub const ROUND_123_SIGNATURE: &str = "b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92";
const CHAIN_HASH: &str = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";

/// How the relay answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relaying {
    /// The recorded rounds.
    Genuine,
    /// Round 123's signature for every round asked.
    WrongSignature,
    /// 503 for everything.
    Down,
}

#[derive(Clone)]
struct Shared {
    mode: Arc<Mutex<Relaying>>,
    asked: Arc<Mutex<Vec<u64>>>,
}

pub struct DrandRelay {
    pub addr: SocketAddr,
    shared: Shared,
}

impl DrandRelay {
    pub async fn start(mode: Relaying) -> DrandRelay {
        let shared = Shared {
            mode: Arc::new(Mutex::new(mode)),
            asked: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/{chain}/public/{round}", get(round))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        DrandRelay { addr, shared }
    }

    /// The base URL, as configured in `beacon_relays`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set(&self, mode: Relaying) {
        *self.shared.mode.lock().unwrap() = mode;
    }

    /// The rounds asked for, in order.
    pub fn asked(&self) -> Vec<u64> {
        self.shared.asked.lock().unwrap().clone()
    }
}

async fn round(
    State(shared): State<Shared>,
    Path((chain, round)): Path<(String, u64)>,
) -> Result<axum::Json<serde_json::Value>, StatusCode> {
    shared.asked.lock().unwrap().push(round);
    let mode = *shared.mode.lock().unwrap();
    if chain != CHAIN_HASH || mode == Relaying::Down {
        return Err(if mode == Relaying::Down {
            StatusCode::SERVICE_UNAVAILABLE
        } else {
            StatusCode::NOT_FOUND
        });
    }
    if mode == Relaying::WrongSignature {
        return Ok(axum::Json(serde_json::json!({
            "round": round,
            "randomness": "00".repeat(32),
            "signature": ROUND_123_SIGNATURE,
        })));
    }
    let (r, signature, randomness) = QUICKNET_ROUNDS
        .iter()
        .find(|(r, ..)| *r == round)
        .ok_or(StatusCode::NOT_FOUND)?;
    Ok(axum::Json(serde_json::json!({
        "round": r,
        "randomness": randomness,
        "signature": signature,
    })))
}
