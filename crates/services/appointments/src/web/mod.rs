//! The appointments' pages and API on the platform's web layer (`garita_web`): the daily
//! request, the published draws, a group's status and confirmation, proofs, the port's desk and
//! days, wait times, observers, the programme's overview, and the confirmation photos sent to a
//! person. What it hands the web layer is [`SERVICE`]; its context in the state is [`Part`].

mod api;
mod chart;
mod confirm;
mod desk;
mod draws;
mod observe;
mod outcomes;
mod overview;
mod parole;
mod partner;
mod port_days;
mod programme;
mod proof;
mod reviews;
mod service_status;
mod statistics;
mod status;
mod wait_times;

use crate::app::Appointments;
use crate::app::outages::Monitor;
use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use garita_web::{AppState, Link, On, WebService};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What the service hands the web layer.
pub const SERVICE: WebService<Appointments> = WebService {
    service: crate::app::SERVICE,
    links: &[
        Link {
            on: On::Home,
            href: "/request",
            key: "request-title",
            button: true,
        },
        Link {
            on: On::Home,
            href: "/status",
            key: "status-title",
            button: true,
        },
        Link {
            on: On::Home,
            href: "/parole",
            key: "parole-title",
            button: false,
        },
        Link {
            on: On::Home,
            href: "/draws",
            key: "draws-title",
            button: false,
        },
        Link {
            on: On::Home,
            href: "/statistics",
            key: "stats-title",
            button: false,
        },
        Link {
            on: On::GroupReady,
            href: "/request",
            key: "request-next-from-group",
            button: true,
        },
        Link {
            on: On::Home,
            href: "/service-status",
            key: "service-status-title",
            button: false,
        },
        Link {
            on: On::Ports,
            href: "/wait-times",
            key: "wait-title",
            button: false,
        },
    ],
    pages,
    staff,
    api: api::routes,
    openapi: api::openapi,
};

/// The service's context in the web state: its services and this node's watch of the
/// confirmation pages.
#[derive(Clone)]
pub struct Part {
    pub appointments: Appointments,
    /// How this node's confirmation pages are doing (`app::outages`).
    pub monitor: Arc<Mutex<Monitor>>,
}

impl Part {
    pub fn new(appointments: Appointments) -> Self {
        Part {
            appointments,
            monitor: Arc::default(),
        }
    }
}

/// The appointments' services, from the web state.
pub fn appointments(state: &AppState) -> &Appointments {
    &state.part::<Part>().appointments
}

fn pages(state: &AppState) -> Router<AppState> {
    // The pages a person confirms on: their failures and slowness are Garita's degraded periods.
    let watched = axum::middleware::from_fn_with_state(state.clone(), watch);
    Router::new()
        .route("/wait-times", get(wait_times::show))
        .route("/wait-times/{port}", get(wait_times::history))
        .route("/service-status", get(service_status::show))
        .route(
            "/status/travellers/{id}/confirm",
            get(confirm::show)
                .post(confirm::submit)
                .layer(axum::extract::DefaultBodyLimit::max(
                    garita_web::pages::registration::photo::MAX_UPLOAD,
                ))
                .route_layer(watched.clone()),
        )
        .route("/status", get(status::show).route_layer(watched))
        .route("/status/confirmation", get(proof::confirmation))
        .route("/parole", get(parole::show))
        .route("/status/cancel", post(status::cancel))
        .route("/status/port", post(status::choose_port))
        .route("/verify", get(proof::show).post(proof::check))
        .route("/request", get(draws::show).post(draws::submit))
        .route("/draws", get(draws::list))
        .route("/draws/{date}", get(draws::day))
        .route("/draws/{date}/entries.txt", get(draws::entries))
        .route("/draws/{date}/record.json", get(draws::record))
        .route("/statistics", get(statistics::statistics))
        .route("/statistics.csv", get(statistics::csv))
        .route("/static/request.js", get(request_script))
        .route("/static/offline.js", get(offline_script))
        .route("/static/verify.js", get(verify_script))
        .route("/static/jsqr.js", get(jsqr_script))
        .route("/sw.js", get(service_worker))
}

/// Its staff routes (`app::staff` says who may use each).
fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/observe", get(observe::show))
        .route("/staff/observe/commit", post(observe::commit))
        .route("/staff/observe/reveal", post(observe::reveal))
        .route("/staff/check", get(partner::show).post(partner::check))
        .route("/staff/overview", get(overview::show))
        .route("/staff/programme", get(programme::show))
        .route("/staff/programme/incident", post(programme::declare))
        .route("/staff/programme/incident/end", post(programme::end))
        .route(
            "/staff/programme/draws/{date}/release",
            post(programme::release),
        )
        .route("/staff/programme/cancel", post(programme::cancel))
        .route(
            "/staff/programme/withdraw",
            post(programme::withdraw_preview),
        )
        .route(
            "/staff/programme/withdraw/confirm",
            post(programme::withdraw),
        )
        .route("/staff/overview.csv", get(overview::csv))
        .route("/staff/ports/{port}", get(port_days::port))
        .route(
            "/staff/ports/{port}/capacity",
            post(port_days::set_capacity),
        )
        .route("/staff/ports/{port}/slots", post(port_days::set_slots))
        .route("/staff/ports/{port}/close", post(port_days::close))
        .route(
            "/staff/ports/{port}/wait-times",
            get(wait_times::edit).post(wait_times::post),
        )
        .route("/staff/ports/{port}/day", get(desk::day))
        .route("/staff/ports/{port}/figures", get(overview::port_show))
        .route("/staff/ports/{port}/figures.csv", get(overview::port_csv))
        .route("/staff/ports/{port}/find", post(desk::find))
        .route(
            "/staff/ports/{port}/find-traveller",
            post(desk::find_traveller),
        )
        .route(
            "/staff/ports/{port}/appointments/{id}",
            get(desk::appointment),
        )
        .route(
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}",
            post(desk::decide),
        )
        .route(
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/photo",
            get(desk::registration_photo),
        )
        .route(
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/live-photo",
            get(desk::live_photo),
        )
        .route("/staff/reviews/confirmations", get(reviews::queue))
        .route(
            "/staff/reviews/confirmations/{appointment}/{traveller}",
            get(reviews::confirmation_photo).post(reviews::decide_confirmation_photo),
        )
        .route(
            "/staff/reviews/confirmations/{appointment}/{traveller}/registration",
            get(reviews::registration_photo),
        )
}

/// Tells this node's outage monitor how a confirmation page answered; a change is recorded
/// (and moves deadlines) without holding up the answer.
async fn watch(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let response = next.run(request).await;
    let failed = response.status().is_server_error();
    let good = !failed && started.elapsed().as_millis() <= Monitor::TOO_SLOW_MS;
    let part = state.part::<Part>();
    let change = part
        .monitor
        .lock()
        .map(|mut m| m.observe(state.services.now(), good))
        .unwrap_or(None);
    if let Some(change) = change {
        tracing::warn!(?change, "confirmation pages");
        let appointments = part.appointments.clone();
        tokio::spawn(async move {
            if let Err(error) = appointments.measured(change).await {
                tracing::error!(%error, "could not record a degraded period");
            }
        });
    }
    response
}

const WEEK: &str = "public, max-age=604800";

async fn verify_script() -> impl IntoResponse {
    garita_web::pages::script(include_str!("../../static/verify.js"), WEEK)
}

/// jsQR (vendored, `static/vendor/README.md`): reads QR codes where the browser cannot.
async fn jsqr_script() -> impl IntoResponse {
    garita_web::pages::script(include_str!("../../static/vendor/jsQR.js"), WEEK)
}

async fn offline_script() -> impl IntoResponse {
    garita_web::pages::script(include_str!("../../static/offline.js"), WEEK)
}

/// Served from the root so that it may look after `/status`.
async fn service_worker() -> impl IntoResponse {
    garita_web::pages::script(include_str!("../../static/sw.js"), "no-cache")
}

async fn request_script() -> impl IntoResponse {
    garita_web::pages::script(include_str!("../../static/request.js"), WEEK)
}
