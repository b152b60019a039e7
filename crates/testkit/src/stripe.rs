//! A local server that answers as Stripe's API documents it, for the parts Garita uses
//! (<https://docs.stripe.com/api/checkout/sessions>): creating a Checkout Session (form-encoded,
//! `Authorization: Bearer sk_...`, `Idempotency-Key`: the same key with the same parameters
//! answers the same session, with other parameters a 400 `idempotency_error`), retrieving one,
//! listing them by creation time and status, the hosted page a payer pays on, and the signed
//! `checkout.session.completed` event sent to the webhook endpoint (`Stripe-Signature:
//! t=...,v1=HMAC-SHA256(secret, "t.payload")`, <https://docs.stripe.com/webhooks#verify-manually>).
//! Creating a Connect transfer to a connected account (<https://docs.stripe.com/api/transfers/create>),
//! idempotent the same way. Errors have Stripe's shape: `{"error": {"type", "code", "message", "param"}}`.
//!
//! Tests drive it too: pay a session as a payer would, send its event again or tampered, plant
//! a charge the ledger never saw, make it stall like a provider that times out.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use hmac::{KeyInit, Mac};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const SECRET_KEY: &str = "sk_test_garita_local";
pub const WEBHOOK_SECRET: &str = "whsec_garita_local";

/// A request's form or query parameters, in order.
type Params = Vec<(String, String)>;

#[derive(Default)]
struct Shared {
    base: String,
    sessions: Mutex<Vec<Value>>,
    /// Idempotency key → (the request's parameters, the object it made: a session or a
    /// transfer). Stripe keeps one set of keys per account, whatever the endpoint.
    keys: Mutex<HashMap<String, (Params, String)>>,
    webhook: Mutex<Option<String>>,
    transfers: Mutex<Vec<Value>>,
    stall: AtomicBool,
    next: AtomicU64,
    /// Events sent to the webhook, and the status each got.
    sent: Mutex<Vec<u16>>,
}

pub struct StripeServer {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
}

impl StripeServer {
    pub async fn start() -> StripeServer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("address");
        let shared = Arc::new(Shared {
            base: format!("http://{addr}"),
            ..Shared::default()
        });
        let app = axum::Router::new()
            .route("/v1/checkout/sessions", get(list).post(create))
            .route("/v1/checkout/sessions/{id}", get(retrieve))
            .route("/v1/transfers", axum::routing::post(transfer))
            .route("/c/pay/{id}", get(page).post(pay_page))
            .with_state(shared.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        StripeServer { addr, shared }
    }

    /// The API's base URL (instead of `https://api.stripe.com`).
    pub fn url(&self) -> String {
        self.shared.base.clone()
    }

    /// Where events are sent (Garita's notification endpoint).
    pub fn set_webhook(&self, url: &str) {
        *self.shared.webhook.lock().unwrap() = Some(url.to_string());
    }

    /// Answers nothing for a minute, like a provider out of reach.
    pub fn set_stall(&self, stall: bool) {
        self.shared.stall.store(stall, Ordering::SeqCst);
    }

    /// The transfers made, oldest first.
    pub fn transfers(&self) -> Vec<Value> {
        self.shared.transfers.lock().unwrap().clone()
    }

    pub fn sessions(&self) -> Vec<Value> {
        self.shared.sessions.lock().unwrap().clone()
    }

    /// Completes a session as a payer does, without sending its event.
    pub fn complete(&self, id: &str) -> bool {
        complete(&self.shared, id).is_some()
    }

    /// Changes what a session says it charged (a provider's record that differs).
    pub fn set_amount(&self, id: &str, amount: i64) {
        let mut sessions = self.shared.sessions.lock().unwrap();
        if let Some(s) = sessions.iter_mut().find(|s| s["id"] == id) {
            s["amount_total"] = json!(amount);
        }
    }

    /// Completes a session as the payer paying on the hosted page does, and sends its event.
    /// Returns the status the webhook answered.
    pub async fn pay(&self, id: &str) -> Option<u16> {
        complete(&self.shared, id)?;
        self.send_event(id).await
    }

    /// Sends the session's `checkout.session.completed` event (again), signed now.
    pub async fn send_event(&self, id: &str) -> Option<u16> {
        let body = self.event(id)?;
        let signature = sign(&body, unix_now(), WEBHOOK_SECRET);
        deliver(&self.shared, &body, &signature).await
    }

    /// The event Stripe sends for a session, as bytes.
    pub fn event(&self, id: &str) -> Option<String> {
        let session = find(&self.shared, id)?;
        Some(event_for(&self.shared, session))
    }

    /// Posts `body` with `signature` to the webhook, as Stripe would.
    pub async fn deliver(&self, body: &str, signature: &str) -> Option<u16> {
        deliver(&self.shared, body, signature).await
    }

    /// A session paid at the provider that Garita never asked for: what reconciliation must
    /// find.
    pub fn plant_paid(&self, amount: i64, created: i64) -> String {
        let id = new_id(&self.shared, "cs_test");
        let session = session(json!({
            "id": id, "amount_subtotal": amount, "amount_total": amount, "currency": "usd",
            "created": created, "expires_at": created + 24 * 3600,
            "payment_intent": new_id(&self.shared, "pi"),
            "payment_status": "paid", "status": "complete",
        }));
        self.shared.sessions.lock().unwrap().push(session);
        id
    }

    /// Statuses Garita's webhook answered, in order.
    pub fn sent(&self) -> Vec<u16> {
        self.shared.sent.lock().unwrap().clone()
    }
}

/// `Stripe-Signature` for `body` signed at `t` (Unix seconds) with `secret`.
pub fn sign(body: &str, t: i64, secret: &str) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key");
    mac.update(format!("{t}.{body}").as_bytes());
    let v1: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("t={t},v1={v1}")
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn new_id(shared: &Shared, prefix: &str) -> String {
    let n = shared.next.fetch_add(1, Ordering::SeqCst);
    format!("{prefix}_{:024x}", (unix_now() as u64) << 20 | n)
}

const SESSION: &str = r#"{
    "object": "checkout.session", "after_expiration": null, "allow_promotion_codes": null,
    "amount_subtotal": null, "amount_total": null,
    "automatic_tax": { "enabled": false, "liability": null, "status": null },
    "billing_address_collection": null, "cancel_url": null, "client_reference_id": null,
    "consent": null, "consent_collection": null, "currency": null, "custom_fields": [],
    "custom_text": { "shipping_address": null, "submit": null }, "customer": null,
    "customer_creation": null, "customer_details": null, "customer_email": null,
    "invoice": null, "invoice_creation": null, "livemode": false, "locale": null,
    "metadata": {}, "mode": "payment", "payment_intent": null, "payment_link": null,
    "payment_method_collection": null, "payment_method_options": {},
    "payment_method_types": ["card"], "payment_status": "unpaid",
    "phone_number_collection": { "enabled": false }, "recovered_from": null,
    "setup_intent": null, "shipping_address_collection": null, "shipping_cost": null,
    "shipping_details": null, "shipping_options": [], "status": "open", "submit_type": null,
    "subscription": null, "success_url": null, "total_details": null, "url": null
}"#;

/// A Checkout Session with every member of the API reference's example object, then `fields`.
fn session(fields: Value) -> Value {
    let mut s: Value = serde_json::from_str(SESSION).expect("a JSON object");
    if let (Some(base), Some(extra)) = (s.as_object_mut(), fields.as_object()) {
        for (k, v) in extra {
            base.insert(k.clone(), v.clone());
        }
    }
    s
}

fn find(shared: &Shared, id: &str) -> Option<Value> {
    let sessions = shared.sessions.lock().unwrap();
    let transfers = shared.transfers.lock().unwrap();
    sessions
        .iter()
        .chain(transfers.iter())
        .find(|o| o["id"] == id)
        .cloned()
}

fn complete(shared: &Shared, id: &str) -> Option<Value> {
    let mut sessions = shared.sessions.lock().unwrap();
    let s = sessions.iter_mut().find(|s| s["id"] == id)?;
    if s["status"] == "open" {
        s["status"] = json!("complete");
        s["payment_status"] = json!("paid");
        s["payment_intent"] = json!(new_id(shared, "pi"));
    }
    Some(s.clone())
}

fn event_for(shared: &Shared, session: Value) -> String {
    json!({
        "id": new_id(shared, "evt"),
        "object": "event",
        // Stripe writes an event in its endpoint's API version; Garita's endpoint is made with
        // the version its client is built for (docs/operations.md).
        "api_version": "2026-09-30.endive",
        "created": unix_now(),
        "data": { "object": session },
        "livemode": false,
        "pending_webhooks": 1,
        "request": { "id": null, "idempotency_key": null },
        "type": "checkout.session.completed",
    })
    .to_string()
}

async fn deliver(shared: &Shared, body: &str, signature: &str) -> Option<u16> {
    let url = shared.webhook.lock().unwrap().clone()?;
    let status = post(&url, body, signature).await;
    shared.sent.lock().unwrap().push(status);
    Some(status)
}

/// A bare HTTP/1.1 POST (the testkit has no HTTP client): the status line's code.
async fn post(url: &str, body: &str, signature: &str) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let Ok(mut stream) = tokio::net::TcpStream::connect(host).await else {
        return 0;
    };
    let request = format!(
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json; charset=utf-8\r\n\
         Stripe-Signature: {signature}\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    if stream.write_all(request.as_bytes()).await.is_err() {
        return 0;
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer)
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

fn error(
    status: StatusCode,
    kind: &str,
    code: &str,
    message: &str,
    param: Option<&str>,
) -> Response {
    let body =
        json!({ "error": { "type": kind, "code": code, "message": message, "param": param } });
    (status, axum::Json(body)).into_response()
}

/// `None` when the secret key is right; the 401 Stripe answers otherwise.
fn unauthorized(headers: &HeaderMap) -> Option<Response> {
    let given = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    (given != Some(SECRET_KEY)).then(|| {
        error(
            StatusCode::UNAUTHORIZED,
            "invalid_request_error",
            "api_key_invalid",
            "Invalid API Key provided.",
            None,
        )
    })
}

fn param(params: &Params, name: &str) -> Option<String> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// Stripe's 400 for the first of `required` the request lacks.
fn missing(params: &Params, required: &[&str]) -> Option<Response> {
    let absent = required.iter().find(|r| param(params, r).is_none())?;
    Some(error(
        StatusCode::BAD_REQUEST,
        "invalid_request_error",
        "parameter_missing",
        &format!("Missing required param: {absent}."),
        Some(absent),
    ))
}

fn idempotency_key(headers: &HeaderMap) -> Option<String> {
    headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A request whose idempotency key was seen: with the same parameters, the object it made (as
/// it is now), marked replayed; with others, Stripe's 400.
fn replay(earlier: &Params, params: &Params, made: Option<Value>) -> Response {
    if earlier != params {
        return error(
            StatusCode::BAD_REQUEST,
            "idempotency_error",
            "idempotency_key_in_use",
            "Keys for idempotent requests can only be used with the same parameters they were first used with.",
            None,
        );
    }
    let mut answer = axum::Json(made).into_response();
    answer
        .headers_mut()
        .insert("idempotent-replayed", "true".parse().expect("header"));
    answer
}

async fn stall(shared: &Shared) {
    if shared.stall.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

/// What each creating request meets first, as at Stripe: a stalled server waits, a request
/// without the secret key is refused, and an idempotency key seen before answers as it did the
/// first time (or is refused with other parameters). `Ok` with the request's key, if any.
async fn admit(
    shared: &Shared,
    headers: &HeaderMap,
    params: &Params,
) -> Result<Option<String>, Response> {
    stall(shared).await;
    if let Some(refused) = unauthorized(headers) {
        return Err(refused);
    }
    let key = idempotency_key(headers);
    if let Some(key) = &key {
        let known = shared.keys.lock().unwrap().get(key).cloned();
        if let Some((earlier, id)) = known {
            return Err(replay(&earlier, params, find(shared, &id)));
        }
    }
    Ok(key)
}

async fn create(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Response {
    let key = match admit(&shared, &headers, &params).await {
        Ok(key) => key,
        Err(answered) => return answered,
    };
    let get = |name: &str| param(&params, name);
    if let Some(missing) = missing(
        &params,
        &["mode", "success_url", "line_items[0][price_data][currency]"],
    ) {
        return missing;
    }
    let number = |name: &str| get(name).and_then(|v| v.parse::<i64>().ok());
    let (Some(unit), Some(quantity)) = (
        number("line_items[0][price_data][unit_amount]"),
        number("line_items[0][quantity]"),
    ) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            "parameter_invalid_integer",
            "Invalid integer: line_items[0][price_data][unit_amount] or line_items[0][quantity].",
            Some("line_items"),
        );
    };
    let id = new_id(&shared, "cs_test");
    let metadata: serde_json::Map<String, Value> = params
        .iter()
        .filter_map(|(k, v)| {
            let name = k.strip_prefix("metadata[")?.strip_suffix(']')?;
            Some((name.to_string(), json!(v)))
        })
        .collect();
    let session = session(json!({
        "id": id,
        "mode": get("mode"),
        "amount_subtotal": unit * quantity,
        "amount_total": unit * quantity,
        "currency": get("line_items[0][price_data][currency]"),
        "client_reference_id": get("client_reference_id"),
        "created": unix_now(),
        "expires_at": unix_now() + 24 * 3600,
        "metadata": metadata,
        "success_url": get("success_url"),
        "cancel_url": get("cancel_url"),
        "url": format!("{}/c/pay/{id}", shared.base),
    }));
    shared.sessions.lock().unwrap().push(session.clone());
    if let Some(key) = key {
        shared.keys.lock().unwrap().insert(key, (params, id));
    }
    axum::Json(session).into_response()
}

/// `POST /v1/transfers`: `amount`, `currency` and `destination` (a connected account,
/// `acct_...`) required; `description`, `transfer_group` kept.
async fn transfer(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Response {
    let key = match admit(&shared, &headers, &params).await {
        Ok(key) => key,
        Err(answered) => return answered,
    };
    let get = |name: &str| param(&params, name);
    if let Some(missing) = missing(&params, &["amount", "currency", "destination"]) {
        return missing;
    }
    let Some(amount) = get("amount").and_then(|a| a.parse::<i64>().ok()) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            "parameter_invalid_integer",
            "Invalid integer: amount.",
            Some("amount"),
        );
    };
    let destination = get("destination").unwrap_or_default();
    if !destination.starts_with("acct_") {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            "resource_missing",
            &format!("No such destination: '{destination}'"),
            Some("destination"),
        );
    }
    let id = new_id(&shared, "tr");
    let made = json!({
        "id": id, "object": "transfer", "amount": amount, "amount_reversed": 0,
        "balance_transaction": new_id(&shared, "txn"), "created": unix_now(),
        "currency": get("currency"), "description": get("description"),
        "destination": destination, "destination_payment": new_id(&shared, "py"),
        "livemode": false, "metadata": {},
        "reversals": { "object": "list", "data": [], "has_more": false, "total_count": 0,
                       "url": format!("/v1/transfers/{id}/reversals") },
        "reversed": false, "source_transaction": null, "source_type": "card",
        "transfer_group": get("transfer_group"),
    });
    shared.transfers.lock().unwrap().push(made.clone());
    if let Some(key) = key {
        shared.keys.lock().unwrap().insert(key, (params, id));
    }
    axum::Json(made).into_response()
}

async fn retrieve(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    stall(&shared).await;
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    match find(&shared, &id) {
        Some(session) => axum::Json(session).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            "invalid_request_error",
            "resource_missing",
            &format!("No such checkout.session: '{id}'"),
            Some("id"),
        ),
    }
}

/// `GET /v1/checkout/sessions?created[gte]=&created[lt]=&status=&limit=&starting_after=`,
/// newest first, as Stripe lists.
async fn list(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
) -> Response {
    stall(&shared).await;
    if let Some(refused) = unauthorized(&headers) {
        return refused;
    }
    let get = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let int = |name: &str| get(name).and_then(|v| v.parse::<i64>().ok());
    let limit = int("limit").unwrap_or(10).clamp(1, 100) as usize;
    let mut sessions: Vec<Value> = shared
        .sessions
        .lock()
        .unwrap()
        .iter()
        .filter(|s| {
            let created = s["created"].as_i64().unwrap_or_default();
            int("created[gte]").is_none_or(|from| created >= from)
                && int("created[lt]").is_none_or(|to| created < to)
                && get("status").is_none_or(|status| s["status"] == status)
        })
        .cloned()
        .collect();
    sessions.reverse();
    if let Some(after) = get("starting_after")
        && let Some(at) = sessions.iter().position(|s| s["id"] == after)
    {
        sessions.drain(..=at);
    }
    let has_more = sessions.len() > limit;
    sessions.truncate(limit);
    axum::Json(json!({
        "object": "list",
        "data": sessions,
        "has_more": has_more,
        "url": "/v1/checkout/sessions",
    }))
    .into_response()
}

/// The hosted payment page: the amount and one button.
async fn page(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(session) = find(&shared, &id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let amount = session["amount_total"].as_i64().unwrap_or_default();
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>Pay</title></head>\
         <body><h1>Test payment page</h1><p>Amount: {}.{:02} {}</p>\
         <form method=\"post\"><button type=\"submit\">Pay</button></form></body></html>",
        amount / 100,
        amount % 100,
        session["currency"]
            .as_str()
            .unwrap_or_default()
            .to_uppercase(),
    ))
    .into_response()
}

/// The payer paid: the session completes, its event is sent, and the payer goes back.
async fn pay_page(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(session) = complete(&shared, &id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let body = event_for(&shared, session.clone());
    let signature = sign(&body, unix_now(), WEBHOOK_SECRET);
    deliver(&shared, &body, &signature).await;
    let back = session["success_url"]
        .as_str()
        .unwrap_or("/")
        .replace("{CHECKOUT_SESSION_ID}", &id);
    Redirect::to(&back).into_response()
}
