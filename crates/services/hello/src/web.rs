//! The service's page (`/hello`: a signed-in person keeps a sealed note and reads theirs), its
//! staff page (`/staff/hello`: how many notes, no personal data), its API route
//! (`/api/v1/hello`) and its link on the home page, handed to the web layer as a `WebService`.

use crate::store::{self, NOTE};
use crate::{Acknowledge, HelloAction};
use axum::extract::State;
use axum::response::{Html, Redirect};
use axum::routing::get;
use axum::{Json, Router};
use garita_domain::AuditEvent;
use garita_i18n::Value;
use garita_kernel::Services;
use garita_kernel::jobs::new_job;
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang, Link, On, WebService};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/hello",
            key: "hello-title",
            button: false,
        }],
        pages,
        staff,
        api,
        openapi,
    }
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new().route("/hello", get(show).post(keep))
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new().route("/staff/hello", get(count))
}

fn api() -> Router<AppState> {
    Router::new().route("/hello", get(greeting))
}

#[derive(OpenApi)]
#[openapi(
    paths(greeting),
    components(schemas(Greeting)),
    tags((name = "hello", description = "A test-only service"))
)]
struct ApiDoc;

fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[derive(Serialize, utoipa::ToSchema)]
struct Greeting {
    greeting: &'static str,
}

/// A greeting, to show that a service's API routes and OpenAPI part are served.
#[utoipa::path(get, path = "/api/v1/hello", tag = "hello",
    responses((status = 200, description = "A greeting", body = Greeting)))]
async fn greeting() -> Json<Greeting> {
    Json(Greeting { greeting: "hello" })
}

async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/hello");
    let notes = store::on(&state.store.db())
        .notes_of(&user.account.id)
        .await?;
    let mut list = Block::heading(page.tf("hello-count", &[("count", Value::from(notes.len()))]));
    for sealed in &notes {
        let note = state
            .services
            .keys
            .open_str(sealed, NOTE)
            .map_err(AppError::internal)?;
        list = list.para(note);
    }
    let form = Form::post("/hello", &csrf_token(&state, &csrf), page.t("hello-keep"))
        .field(Field::new("note", "text", page.t("hello-note-label")));
    GenericPage::new(page, "hello-title")
        .block(Block::default().form(form))
        .block(list)
        .render()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoteForm {
    note: String,
}

async fn keep(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Redirect, AppError> {
    let note = form.note.trim();
    if note.is_empty() || note.chars().count() > 200 {
        return Err(AppError::Fields(vec![(
            "note".into(),
            "hello-note-invalid",
        )]));
    }
    let services = &state.services;
    let id = garita_security::codes::id();
    let now = services.now();
    let event = AuditEvent::new(now, HelloAction::NoteKept)
        .actor(&user.account.id)
        .subject(&id);
    store::on(&state.store.db())
        .keep_note(
            &id,
            &user.account.id,
            &services.keys.seal_str(note, NOTE),
            now,
            Effects::audit(event),
        )
        .await?;
    services
        .add_jobs(&[new_job(&Acknowledge { note: id }, now)])
        .await?;
    Ok(Redirect::to("/hello"))
}

async fn count(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/hello");
    let count = store::on(&state.store.db()).count_notes().await?;
    let text = page.tf("hello-staff-count", &[("count", Value::from(count))]);
    GenericPage::new(page, "hello-staff-title")
        .block(Block::text(text))
        .render()
}
