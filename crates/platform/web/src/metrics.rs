//! Request counts and latencies by matched route (rate-limit refusals are status 429), this
//! node's connection pools, and the outbox's, job queue's and photo check's figures (read from
//! the database at each scrape, so they are the same on every node), in Prometheus' text format.

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
    method: &'static str,
    route: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabels {
    channel: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: String,
    state: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PhotoLabels {
    status: String,
    problem: String,
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
    jobs_due: Family<KindLabels, Gauge>,
    jobs_lag: Family<KindLabels, Gauge>,
    jobs_dead: Family<KindLabels, Gauge>,
    connections: Family<PoolLabels, Gauge>,
    photos: Family<PhotoLabels, Gauge>,
    photo_refusals: Gauge,
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
        let (jobs_due, jobs_lag, jobs_dead) = (
            Family::<KindLabels, Gauge>::default(),
            Family::<KindLabels, Gauge>::default(),
            Family::<KindLabels, Gauge>::default(),
        );
        registry.register(
            "jobs_due",
            "Background jobs due and not done, by kind",
            jobs_due.clone(),
        );
        registry.register(
            "jobs_lag_seconds",
            "How long the oldest due job of a kind has waited",
            jobs_lag.clone(),
        );
        registry.register(
            "jobs_dead",
            "Background jobs that failed too often, by kind: someone must look",
            jobs_dead.clone(),
        );
        let connections = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_connections",
            "This node's database connections, by pool and state (busy or idle); requests \
             wait for one when none is idle at the pool's limit",
            connections.clone(),
        );
        let photos = Family::<PhotoLabels, Gauge>::default();
        let photo_refusals = Gauge::default();
        registry.register(
            "photos_last_day",
            "Registration photos changed in the last 24 hours, by status and the automatic \
             check's problem",
            photos.clone(),
        );
        registry.register(
            "photo_check_refusals_last_day",
            "Tries the automatic photo check refused, for photos changed in the last 24 hours",
            photo_refusals.clone(),
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
            jobs_due,
            jobs_lag,
            jobs_dead,
            connections,
            photos,
            photo_refusals,
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

    /// Sets the job queue's gauges from figures just read.
    pub fn jobs(&self, figures: &[garita_store::jobs::JobFigures], now: i64) {
        for family in [&self.jobs_due, &self.jobs_lag, &self.jobs_dead] {
            family.clear();
        }
        for f in figures {
            let labels = KindLabels {
                kind: f.kind.clone(),
            };
            self.jobs_due.get_or_create(&labels).set(f.due);
            self.jobs_lag
                .get_or_create(&labels)
                .set(f.oldest_due_at.map_or(0, |t| (now - t).max(0) / 1000));
            self.jobs_dead.get_or_create(&labels).set(f.dead);
        }
    }

    /// Sets the connection pools' gauges.
    pub fn connections(&self, pools: &[garita_store::PoolFigures]) {
        self.connections.clear();
        for p in pools {
            let idle = i64::try_from(p.idle).unwrap_or(i64::MAX);
            for (state, n) in [("idle", idle), ("busy", i64::from(p.open) - idle)] {
                let labels = PoolLabels {
                    pool: p.pool.into(),
                    state: state.into(),
                };
                self.connections.get_or_create(&labels).set(n.max(0));
            }
        }
    }

    /// Sets the photo check's gauges from figures just read.
    pub fn photos(&self, figures: &[garita_store::registrations::PhotoFigures]) {
        self.photos.clear();
        for f in figures {
            let labels = PhotoLabels {
                status: f.status.clone(),
                problem: f.problem.clone(),
            };
            self.photos.get_or_create(&labels).set(f.photos);
        }
        self.photo_refusals
            .set(figures.iter().map(|f| f.failed_attempts).sum());
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
        .map_or("unmatched", |m| interned(m.as_str()));
    let method = method_name(request.method());
    let started = Instant::now();
    let response = next.run(request).await;
    let metrics = &state.metrics;
    metrics
        .latency
        .get_or_create(&RouteLabels { method, route })
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

/// A route pattern as a `&'static str`: the router's patterns are a fixed set, each kept once
/// for the life of the process, so that counting a request allocates nothing.
fn interned(route: &str) -> &'static str {
    static ROUTES: std::sync::LazyLock<std::sync::RwLock<std::collections::HashSet<&'static str>>> =
        std::sync::LazyLock::new(Default::default);
    if let Some(known) = ROUTES.read().ok().and_then(|r| r.get(route).copied()) {
        return known;
    }
    let mut routes = ROUTES
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = routes.get(route) {
        return known;
    }
    let kept: &'static str = Box::leak(route.to_owned().into_boxed_str());
    routes.insert(kept);
    kept
}

/// The method's name; any method Garita has no route for counts as `OTHER`.
fn method_name(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "OTHER",
    }
}
