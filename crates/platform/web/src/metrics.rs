//! Request counts and latencies by matched route, and the outbox's figures (read from the
//! database at each scrape, so they are the same on every node), in Prometheus' text format.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::time::Instant;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabels {
    channel: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AttemptLabels {
    channel: String,
    outcome: String,
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    waiting: Family<ChannelLabels, Gauge>,
    attempts: Family<AttemptLabels, Gauge>,
    delivered: Gauge,
    dead: Gauge,
    oldest: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let requests = Family::<RequestLabels, Counter>::default();
        // 0.5 ms to about 16 s.
        let latency: LatencyFamily =
            Family::new_with_constructor(|| Histogram::new(exponential_buckets(0.0005, 2.0, 16)));
        let mut registry = Registry::with_prefix("garita");
        registry.register(
            "http_requests",
            "HTTP requests answered, by method, matched route and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests, by method and matched route",
            latency.clone(),
        );
        let waiting = Family::<ChannelLabels, Gauge>::default();
        let attempts = Family::<AttemptLabels, Gauge>::default();
        let (delivered, dead, oldest) = (Gauge::default(), Gauge::default(), Gauge::default());
        registry.register(
            "outbox_waiting",
            "Messages waiting to be delivered, by channel",
            waiting.clone(),
        );
        registry.register(
            "outbox_attempts_last_hour",
            "Delivery attempts in the last hour, by channel and outcome",
            attempts.clone(),
        );
        registry.register(
            "outbox_delivered",
            "Messages delivered in all",
            delivered.clone(),
        );
        registry.register(
            "outbox_dead",
            "Messages nobody could deliver, waiting for an admin",
            dead.clone(),
        );
        registry.register(
            "outbox_oldest_waiting_seconds",
            "Age of the oldest message waiting",
            oldest.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            waiting,
            attempts,
            delivered,
            dead,
            oldest,
        }
    }
}

impl Metrics {
    /// Sets the outbox gauges from figures just read.
    pub fn outbox(&self, f: &garita_store::records::OutboxFigures, now: i64) {
        self.waiting.clear();
        for (channel, n) in &f.pending {
            let labels = ChannelLabels {
                channel: channel.clone(),
            };
            self.waiting.get_or_create(&labels).set(*n);
        }
        self.attempts.clear();
        for (channel, outcome, n) in &f.attempts {
            let labels = AttemptLabels {
                channel: channel.clone(),
                outcome: outcome.clone(),
            };
            self.attempts.get_or_create(&labels).set(*n);
        }
        self.delivered.set(f.sent);
        self.dead.set(f.dead);
        self.oldest
            .set(f.oldest_pending_at.map_or(0, |t| (now - t).max(0) / 1000));
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}

/// Middleware: counts and times each request under its route pattern (never the raw path,
/// which could carry personal data).
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |m| m.as_str())
        .to_string();
    let method = request.method().to_string();
    let started = Instant::now();
    let response = next.run(request).await;
    let metrics = &state.metrics;
    metrics
        .latency
        .get_or_create(&RouteLabels {
            method: method.clone(),
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}
