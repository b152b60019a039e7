//! The testkit's Stripe-shaped server as a process, for tests outside Rust (the browser tests):
//! prints `listening on <URL>`, then reads commands on standard input, one per line:
//! `webhook <URL>` sets where its signed events go (answered `webhook set`). It ends when
//! standard input closes, so it never outlives the test that started it.

#[tokio::main]
async fn main() {
    let server = garita_testkit::stripe::StripeServer::start().await;
    println!("listening on {}", server.url());
    // Standard input is read on a thread of its own: the server goes on answering meanwhile.
    let _ = tokio::task::spawn_blocking(move || {
        for line in std::io::stdin().lines().map_while(Result::ok) {
            if let Some(url) = line.strip_prefix("webhook ") {
                server.set_webhook(url.trim());
                println!("webhook set");
            }
        }
    })
    .await;
}
