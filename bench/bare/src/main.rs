//! `bare-healthz ADDR`: axum answering `GET /healthz` with nothing around it, on the same runtime
//! Garita uses. What Garita's layers cost is measured against it (`bench/intake.sh`).

#[tokio::main]
async fn main() {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:0".into());
    let app = axum::Router::new().route("/healthz", axum::routing::get(|| async { "ok\n" }));
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    println!(
        "listening on http://{}",
        listener.local_addr().expect("address")
    );
    axum::serve(listener, app).await.expect("serve");
}
