//! Garita's HTTP layer, knowing no service: server-rendered pages, the JSON API under `/api/v1`
//! and operations endpoints (`/healthz`, `/readyz`, `/metrics`) of the kernel, joined with each
//! service's (`WebService`), the page kit the services build their pages with, and the one
//! staff policy check.
//!
//! Handlers parse input into domain types, call a service, and render. Expected failures are
//! [`AppError`] variants; one middleware ([`localize`]) turns them into a page or an RFC 9457
//! problem in the requester's language.

mod api;
pub mod csrf;
pub mod error;
pub mod limits;
mod locale;
mod metrics;
mod ops;
pub mod pages;
mod payments;
pub mod policy;
pub mod runtime;
pub mod session;
pub mod view;

use axum::Router;
use axum::http::Extensions;
use axum::http::{HeaderName, HeaderValue, header};
use garita_i18n::Catalogs;
use garita_kernel::staff::StaffRoute;
use garita_kernel::{Service, Services};
use garita_store::Store;
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;

pub use api::body::ApiJson;
pub use api::{contract, openapi_json};
pub use error::AppError;
pub use locale::Lang;
pub use session::CookieNames;
/// A service's part of the OpenAPI document (`OpenApi::default()` for none).
pub use utoipa::openapi::OpenApi;

/// What every handler may use: one shared [`State`], so that a clone (every middleware and
/// handler takes one per request) is one reference count, not one per field. Nothing in it must
/// survive a restart.
#[derive(Clone)]
pub struct AppState(Arc<State>);

impl std::ops::Deref for AppState {
    type Target = State;
    fn deref(&self) -> &State {
        &self.0
    }
}

#[derive(Clone)]
pub struct State {
    /// The platform's store.
    pub store: Arc<dyn Store>,
    /// The kernel's services.
    pub services: Services,
    pub i18n: Arc<Catalogs>,
    pub metrics: Arc<metrics::Metrics>,
    /// Every staff route of the build (the kernel's and each service's), for `policy`.
    pub staff_routes: Arc<Vec<&'static StaffRoute>>,
    /// Every service's links on the platform's pages.
    pub links: Arc<Vec<&'static Link>>,
    /// Each service's own context (its services, its per-node state), found by type.
    parts: Arc<Extensions>,
    /// Cookies carry `Secure` (and the `__Host-` prefix) when people reach Garita over HTTPS.
    pub secure_cookies: bool,
    pub cookies: CookieNames,
}

impl AppState {
    /// The state for the kernel's `services` and the build's web services (their staff routes
    /// and links; their contexts are added with [`AppState::with_part`]).
    pub fn new<C>(services: Services, i18n: Arc<Catalogs>, web: &[WebService<C>]) -> Self {
        let kernel_parts: Vec<&Service<C>> = web.iter().map(|w| &w.service).collect();
        let secure_cookies = services.public_url.starts_with("https://");
        AppState(Arc::new(State {
            store: services.store.clone(),
            secure_cookies,
            cookies: CookieNames::for_secure(secure_cookies),
            services,
            i18n,
            metrics: Arc::new(metrics::Metrics::default()),
            staff_routes: Arc::new(garita_kernel::staff_routes(&kernel_parts)),
            links: Arc::new(web.iter().flat_map(|w| w.links).collect()),
            parts: Arc::default(),
        }))
    }

    /// Adds a service's context, which its handlers find with [`State::part`].
    pub fn with_part<T: Clone + Send + Sync + 'static>(mut self, part: T) -> Self {
        Arc::make_mut(&mut Arc::make_mut(&mut self.0).parts).insert(part);
        self
    }
}

impl State {
    /// A service's context. Its routes are only served when the build put it in, so a missing
    /// one is a programming error.
    pub fn part<T: Send + Sync + 'static>(&self) -> &T {
        self.parts
            .get::<T>()
            .expect("a service's context is in the state before its routes are served")
    }
}

/// A platform page a service may link from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    Home,
    Ports,
    /// The registration page, once every traveller who needs a photo has one: the next step.
    GroupReady,
    /// Where a page tells people that a helper can do a step with them (account recovery).
    Helpers,
}

/// A link a service puts on a platform page: where it goes and the catalog key of its words; a
/// button is a main step, the others are listed together after them.
#[derive(Debug)]
pub struct Link {
    pub on: On,
    pub href: &'static str,
    pub key: &'static str,
    pub button: bool,
}

/// What a service hands the web layer: its description for the kernel, its pages, its staff
/// pages (each passes the one policy check over the staff routes it lists), its part of the API
/// under `/api/v1` and of the OpenAPI document. Its context goes in the state
/// ([`AppState::with_part`]).
pub struct WebService<C: 'static> {
    pub service: Service<C>,
    /// Its links on the platform's pages (the home page, the ports page).
    pub links: &'static [Link],
    pub pages: fn(&AppState) -> Router<AppState>,
    pub staff: fn(&AppState) -> Router<AppState>,
    pub api: fn() -> Router<AppState>,
    pub openapi: fn() -> utoipa::openapi::OpenApi,
}

/// The most a form or an API body may carry: far more than any of Garita's forms or requests
/// needs (a whole group's registration is a few kilobytes), far less than would tire the
/// server. Photo routes set their own limit.
pub const BODY_LIMIT: usize = 256 * 1024;

/// The routes with what must know the matched route (metrics, the request span): each route
/// is wrapped in these. Everything else wraps the whole router once ([`application`]): a layer
/// put on a `Router` wraps every route, and each request then clones and boxes it again.
pub fn router<C>(state: AppState, services: &[WebService<C>]) -> Router {
    Router::new()
        .merge(pages::routes(&state, services))
        .merge(pages::staff_routes(&state, services))
        .nest("/api/v1", api::routes(services))
        .merge(ops::routes())
        .merge(payments::routes())
        .fallback(|| async { AppError::NotFound })
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        // Per-route layers (MatchedPath is known inside them).
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::record,
        ))
        .layer(
            tower_http::trace::TraceLayer::new_for_http()
                .make_span_with(ops::request_span)
                // One line per answer only at `debug`: at thousands of requests a second the
                // counts are in /metrics; server errors are still logged (`on_failure`).
                .on_response(
                    tower_http::trace::DefaultOnResponse::new().level(tracing::Level::DEBUG),
                ),
        )
        .with_state(state)
}

/// The whole application: [`router`] inside the layers every answer passes through once, outermost
/// first: the security headers ([`security_headers`]), compression, the error page or problem in
/// the person's language, and the CSRF cookie.
pub fn application<C>(
    state: AppState,
    services: &[WebService<C>],
) -> impl tower::Service<
    axum::extract::Request,
    Response = Answer,
    Error = std::convert::Infallible,
    Future = impl Send + 'static,
> + Clone
+ Send
+ Sync
+ 'static {
    let secure = state.secure_cookies;
    tower::ServiceBuilder::new()
        // One layer for all of them: each layer moves the whole answer once more.
        .map_response(move |mut answer: Answer| {
            security_headers(answer.headers_mut(), secure);
            answer
        })
        .layer(CompressionLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            error::localize,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            csrf::csrf_cookie,
        ))
        .service(router(state, services))
}

/// An answer as it leaves the application (its body compressed when the client asked).
pub type Answer =
    axum::response::Response<tower_http::compression::CompressionBody<axum::body::Body>>;

/// The headers every answer carries, unless it set its own.
fn security_headers(headers: &mut axum::http::HeaderMap, secure: bool) {
    let mut set = |name: HeaderName, value: &'static str| {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    };
    set(
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    // Nothing a person reads is kept by the browser or anything in between unless the answer
    // says so (static files say how long; a person's data never).
    set(header::CACHE_CONTROL, "no-store");
    // Behind HTTPS the browser is told to come back only over HTTPS.
    if secure {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
}

/// A bound listener and the router that will serve it. Bind first, then spawn: a test that
/// builds an `Application` on `127.0.0.1:0` can send requests as soon as `serve` is spawned.
pub struct Application {
    listener: TcpListener,
    service: axum::routing::Router,
}

impl Application {
    pub fn new<C>(state: AppState, listener: TcpListener, services: &[WebService<C>]) -> Self {
        Application {
            listener,
            // One route taking everything: `axum::serve` takes a `Router`.
            service: Router::new().fallback_service(application(state, services)),
        }
    }

    pub fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight.
    pub async fn serve(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let service = self
            .service
            .into_make_service_with_connect_info::<std::net::SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown)
            .await
    }
}
