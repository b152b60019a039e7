//! A local HTTP receiver in the SMS gateway's format (`docs/messages.md`), for tests: it checks
//! each POST's signature and keeps what it got.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Sms {
    pub id: String,
    pub to: String,
    pub text: String,
    pub locale: String,
}

#[derive(Clone)]
struct Shared {
    secret: Vec<u8>,
    received: Arc<Mutex<Vec<Sms>>>,
    refused: Arc<Mutex<usize>>,
}

pub struct SmsReceiver {
    pub addr: SocketAddr,
    shared: Shared,
}

impl SmsReceiver {
    pub async fn start(secret: &[u8]) -> SmsReceiver {
        let shared = Shared {
            secret: secret.to_vec(),
            received: Arc::default(),
            refused: Arc::default(),
        };
        let app = axum::Router::new()
            .route("/sms", post(receive))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("address");
        tokio::spawn(async move { axum::serve(listener, app).await });
        SmsReceiver { addr, shared }
    }

    pub fn url(&self) -> String {
        format!("http://{}/sms", self.addr)
    }

    pub fn received(&self) -> Vec<Sms> {
        self.shared.received.lock().unwrap().clone()
    }

    /// POSTs refused for a missing or wrong signature.
    pub fn refused(&self) -> usize {
        *self.shared.refused.lock().unwrap()
    }
}

async fn receive(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let timestamp = header("garita-timestamp").and_then(|t| t.parse::<i64>().ok());
    let signed = timestamp.is_some_and(|t| {
        header("garita-signature")
            == Some(&format!(
                "v1={}",
                garita_security::webhook_signature(&shared.secret, t, &body)
            ))
    });
    let Some(sms) = signed
        .then(|| serde_json::from_slice::<Sms>(&body).ok())
        .flatten()
    else {
        *shared.refused.lock().unwrap() += 1;
        return StatusCode::UNAUTHORIZED;
    };
    shared.received.lock().unwrap().push(sms);
    StatusCode::ACCEPTED
}
