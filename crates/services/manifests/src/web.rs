//! The service's pages, working without JavaScript, and its API:
//! - `/manifests`: a carrier's people send a trip with its CSV of people, see their trips, and
//!   on `/manifests/trips/{trip_id}` what was stored, each row to fix, a correction and the
//!   cancellation; `/manifests/template.csv` is the CSV's header;
//! - `/staff/ports/{port}/manifests`: the port's arrival board; a manifest opened (audited) and
//!   its bus marked arrived;
//! - `/api/v1/manifests`: a carrier's system sends (`POST`, idempotent by its trip id), reads
//!   (`GET`) and cancels (`DELETE`) a trip with one of its organisation's tokens.

use crate::app::{By, Change, Manifests, NotSent, Sent};
use crate::domain::{CSV_COLUMNS, PersonRow, Problem, TripRow, people_of_csv, trip_id};
use crate::store::ManifestRow;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use garita_i18n::{Locale, Value, when};
use garita_kernel::Services;
use garita_web::csrf::{CsrfCookie, CsrfForm, CsrfMultipart, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::{CurrentUser, MaybeUser, OrganizationCaller, SignedIn, member_of};
use garita_web::view::{Block, Field, Form, GenericPage, Table, said};
use garita_web::{ApiJson, AppError, AppState, Lang, Link, On, WebService};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/manifests",
            key: "manifests-title",
            button: false,
        }],
        pages,
        staff,
        api,
        openapi,
    }
}

/// A CSV of a few hundred people is tens of kilobytes; a full double-decker's with long
/// addresses stays far under this.
const UPLOAD_LIMIT: usize = 2 * 1024 * 1024;

fn pages(_: &AppState) -> Router<AppState> {
    Router::new()
        .route(
            "/manifests",
            get(list)
                .post(upload)
                .layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/manifests/template.csv", get(template))
        .route("/manifests/trips/{trip_id}", get(trip_page))
        .route("/manifests/trips/{trip_id}/cancel", post(cancel))
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/ports/{port}/manifests", get(board))
        .route("/staff/ports/{port}/manifests/{id}", get(open))
        .route("/staff/ports/{port}/manifests/{id}/arrived", post(arrived))
}

fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/manifests",
            post(api_send).layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/manifests/{trip_id}", get(api_read).delete(api_cancel))
}

fn manifests(state: &AppState) -> Manifests {
    Manifests::on(&state.services)
}

/// The carrier a signed-in person works for (its admin or one of its members).
async fn carrier_of(state: &AppState, user: &CurrentUser) -> Result<String, AppError> {
    member_of(state, user, &["carrier"]).await
}

/// A problem said in words: its line (or "the trip"), its field, what to do.
fn problem_text(page: &Chrome, line: usize, field: &str, key: &str) -> String {
    let args = [
        ("line", Value::from(line)),
        ("field", Value::from(field.to_string())),
        ("problem", Value::from(page.t(key))),
    ];
    if line == 0 {
        page.tf("manifests-problem-trip", &args)
    } else {
        page.tf("manifests-problem-row", &args)
    }
}

fn status_text(page: &Chrome, m: &ManifestRow) -> String {
    page.t(&format!("manifests-status-{}", m.status))
}

/// The trip form: a new trip (empty), or a correction of one (its fields filled).
fn trip_form(page: &Chrome, token: &str, ports: &Ports, held: &TripRow) -> Form {
    let options = ports
        .0
        .iter()
        .map(|p| {
            let code = p.code.as_str();
            (code.to_string(), p.name.clone(), code == held.port)
        })
        .collect();
    Form::post("/manifests", token, page.t("manifests-send"))
        .multipart()
        .field(
            Field::new("trip_id", "text", page.t("manifests-trip-id"))
                .value(&held.trip_id)
                .help(page.t("manifests-trip-id-help")),
        )
        .field(Field::new("bus_plate", "text", page.t("manifests-plate")).value(&held.bus_plate))
        .field(
            Field::new("bus_number", "text", page.t("manifests-bus-number"))
                .value(&held.bus_number),
        )
        .field(Field::new("origin", "text", page.t("manifests-origin")).value(&held.origin))
        .field(Field::new("port", "select", page.t("manifests-port")).options(options))
        .field(
            Field::new("arrives_at", "datetime-local", page.t("manifests-arrives"))
                .value(&held.arrives_at)
                .help(page.t("manifests-arrives-help")),
        )
        .field(
            Field::new("people", "csv", page.t("manifests-file"))
                .help(page.t("manifests-file-help")),
        )
}

/// The ports, read once for a page: the form's choices and each trip's time zone.
struct Ports(Vec<garita_domain::Port>);

impl Ports {
    async fn read(state: &AppState) -> Result<Ports, AppError> {
        Ok(Ports(state.services.store.list_ports().await?))
    }

    /// A port's time zone (UTC for a code that is no port's).
    fn zone(&self, port: &str) -> chrono_tz::Tz {
        self.0
            .iter()
            .find(|p| p.code.as_str().eq_ignore_ascii_case(port))
            .map_or(chrono_tz::UTC, |p| p.time_zone)
    }
}

/// What a trip is (its carrier, port, arrival in the port's time, bus) and where it stands.
fn facts(page: &Chrome, m: &ManifestRow, zone: chrono_tz::Tz) -> Block {
    Block::text(page.tf(
        "manifests-trip-facts",
        &[
            ("trip", Value::from(m.trip_id.clone())),
            ("carrier", Value::from(m.carrier.clone())),
            ("port", Value::from(m.port.clone())),
            (
                "when",
                Value::from(when::moment_ms(page.locale, m.arrives_at, zone)),
            ),
            ("plate", Value::from(m.bus_plate.clone())),
            ("bus", Value::from(m.bus_number.clone())),
            ("origin", Value::from(m.origin.clone())),
        ],
    ))
    .para(page.tf(
        "manifests-trip-state",
        &[
            ("status", Value::from(status_text(page, m))),
            ("people", Value::from(m.people)),
            ("version", Value::from(m.version)),
        ],
    ))
}

/// A trip's fields as its form shows them (the arrival in the port's time).
fn held_trip(m: &ManifestRow, zone: chrono_tz::Tz) -> TripRow {
    let local = chrono::DateTime::from_timestamp_millis(m.arrives_at)
        .map(|at| at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_default();
    TripRow {
        trip_id: m.trip_id.clone(),
        bus_plate: m.bus_plate.clone(),
        bus_number: m.bus_number.clone(),
        origin: m.origin.clone(),
        port: m.port.clone(),
        arrives_at: local,
    }
}

// ------------------------------------------------------------------ the carrier's pages

/// A carrier's trips; anyone else reads what the page is for and how a carrier joins.
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    MaybeUser(user): MaybeUser,
) -> Result<Response, AppError> {
    let carrier = match &user {
        Some(user) => carrier_of(&state, user).await.ok(),
        None => None,
    };
    match carrier {
        Some(carrier) => {
            list_view(&state, locale, &csrf, &carrier, &TripRow::default(), None).await
        }
        None => {
            let page = Chrome::new(&state.i18n, locale, "/manifests");
            let mut view = GenericPage::new(page, "manifests-title");
            let about = Block::text(view.page.t("manifests-about"))
                .link("/signin", view.page.t("manifests-about-signin"))
                .link("/organizations/apply", view.page.t("joining-link"));
            view.blocks.push(about);
            Ok(said(true, view.render()?))
        }
    }
}

async fn list_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    carrier: &str,
    typed: &TripRow,
    error: Option<(String, Vec<Problem>)>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/manifests");
    let token = csrf_token(state, csrf);
    let ports = Ports::read(state).await?;
    let mut view = GenericPage::new(page, "manifests-title");
    let done = error.is_none();
    if let Some((text, problems)) = error {
        view.error = Some(text);
        let mut block = Block::heading(view.page.t("manifests-fix-title"));
        for p in &problems {
            block = block.para(problem_text(&view.page, p.0, p.1, p.2));
        }
        view.blocks.push(block);
    }
    let intro = Block::text(view.page.tf(
        "manifests-intro",
        &[("carrier", Value::from(carrier.to_string()))],
    ))
    .link("/manifests/template.csv", view.page.t("manifests-template"))
    .form(trip_form(&view.page, &token, &ports, typed));
    view.blocks.push(intro);
    let trips = manifests(state).of_carrier(carrier).await?;
    let mut list = Block::heading(view.page.t("manifests-trips"));
    if trips.is_empty() {
        list = list.para(view.page.t("manifests-none"));
    }
    for m in &trips {
        let zone = ports.zone(&m.port);
        let text = view.page.tf(
            "manifests-trip-line",
            &[
                ("trip", Value::from(m.trip_id.clone())),
                ("port", Value::from(m.port.clone())),
                (
                    "when",
                    Value::from(when::moment_ms(locale, m.arrives_at, zone)),
                ),
                ("status", Value::from(status_text(&view.page, m))),
                ("people", Value::from(m.people)),
            ],
        );
        list = list.link(&format!("/manifests/trips/{}", m.trip_id), text);
    }
    view.blocks.push(list);
    Ok(said(done, view.render()?))
}

async fn template() -> Response {
    let header_line = format!("{}\r\n", CSV_COLUMNS.join(","));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"manifest.csv\"",
            ),
        ],
        header_line,
    )
        .into_response()
}

async fn upload(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let carrier = carrier_of(&state, &user).await?;
    let trip = TripRow {
        trip_id: form.field("trip_id").to_string(),
        bus_plate: form.field("bus_plate").to_string(),
        bus_number: form.field("bus_number").to_string(),
        origin: form.field("origin").to_string(),
        port: form.field("port").to_string(),
        arrives_at: form.field("arrives_at").to_string(),
    };
    let text = form.field("people");
    let (people, problems) = if text.is_empty() {
        (vec![], vec![(1, "line", "manifest-problem-no-file")])
    } else {
        people_of_csv(text)
    };
    let by = By::Account(&user.account.id);
    match manifests(&state)
        .send(&carrier, by, &trip, &people, problems)
        .await?
    {
        Ok(sent) => trip_view(&state, locale, &csrf, &sent.manifest, Some(&sent)).await,
        Err(NotSent::Trip(problems)) => {
            let text = state.i18n.text(locale, "manifests-trip-wrong");
            list_view(
                &state,
                locale,
                &csrf,
                &carrier,
                &trip,
                Some((text, problems)),
            )
            .await
        }
        Err(NotSent::Ended(m)) => {
            let text = state.i18n.text(locale, "manifests-ended");
            let held = held_trip(&m, Ports::read(&state).await?.zone(&m.port));
            list_view(&state, locale, &csrf, &carrier, &held, Some((text, vec![]))).await
        }
        Err(NotSent::Busy) => {
            let text = state.i18n.text(locale, "manifests-busy");
            list_view(&state, locale, &csrf, &carrier, &trip, Some((text, vec![]))).await
        }
    }
}

async fn trip_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(trip): Path<String>,
) -> Result<Response, AppError> {
    let carrier = carrier_of(&state, &user).await?;
    let m = manifests(&state)
        .carriers(&carrier, &trip)
        .await?
        .ok_or(AppError::NotFound)?;
    trip_view(&state, locale, &csrf, &m, None).await
}

/// A trip: its state, what was stored, each row to fix; while the bus is expected, a
/// correction (the form filled, a new CSV) and the cancellation.
async fn trip_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    m: &ManifestRow,
    sent: Option<&Sent>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/manifests");
    let token = csrf_token(state, csrf);
    let ports = Ports::read(state).await?;
    let zone = ports.zone(&m.port);
    let problems: Vec<(usize, String, String)> =
        serde_json::from_str(&m.problems).unwrap_or_default();
    let mut view = GenericPage::new(page, "manifests-trip-title");
    if let Some(sent) = sent {
        let key = match sent.change {
            Change::Created => "manifests-created",
            Change::Corrected => "manifests-corrected",
            Change::Unchanged => "manifests-unchanged",
        };
        view.notice = Some(view.page.tf(key, &[("people", Value::from(m.people))]));
    }
    view.blocks.push(facts(&view.page, m, zone));
    if !problems.is_empty() {
        let mut fix = Block::heading(view.page.t("manifests-fix-title"))
            .para(view.page.t("manifests-fix-help"));
        for (line, field, key) in &problems {
            fix = fix.para(problem_text(&view.page, *line, field, key));
        }
        view.blocks.push(fix);
    }
    if m.status == "expected" {
        view.blocks.push(
            Block::heading(view.page.t("manifests-correct"))
                .para(view.page.t("manifests-correct-help"))
                .form(trip_form(&view.page, &token, &ports, &held_trip(m, zone))),
        );
        view.blocks.push(
            Block::text(view.page.t("manifests-cancel-help")).form(
                Form::post(
                    &format!("/manifests/trips/{}/cancel", m.trip_id),
                    &token,
                    view.page.t("manifests-cancel"),
                )
                .secondary(),
            ),
        );
    }
    view.blocks
        .push(Block::default().link("/manifests", view.page.t("manifests-back")));
    let done = sent.is_none_or(|s| s.problems.is_empty());
    Ok(said(done, view.render()?))
}

async fn cancel(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(trip): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let carrier = carrier_of(&state, &user).await?;
    let service = manifests(&state);
    let cancelled = service
        .cancel(&carrier, By::Account(&user.account.id), &trip)
        .await?;
    let m = service
        .carriers(&carrier, &trip)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = trip_view(&state, locale, &csrf, &m, None).await?;
    if cancelled {
        Ok(page)
    } else {
        Err(AppError::Conflict("manifests-ended"))
    }
}

// ------------------------------------------------------------------ the port's pages

async fn board(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(port): Path<String>,
) -> Result<Response, AppError> {
    let port = port.to_ascii_uppercase();
    let zone = Ports::read(&state).await?.zone(&port);
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let trips = manifests(&state).board(&port).await?;
    let mut view = GenericPage::new(page, "manifests-board-title");
    let mut block = Block::text(view.page.tf(
        "manifests-board-intro",
        &[("port", Value::from(port.clone()))],
    ));
    if trips.is_empty() {
        block = block.para(view.page.t("manifests-board-none"));
    }
    let rows = trips
        .iter()
        .map(|m| {
            vec![
                when::moment_ms(locale, m.arrives_at, zone),
                m.carrier.clone(),
                format!("{} · {}", m.bus_number, m.bus_plate),
                m.origin.clone(),
                m.people.to_string(),
                status_text(&view.page, m),
            ]
        })
        .collect();
    block.table = Some(Table {
        head: [
            "manifests-board-when",
            "manifests-board-carrier",
            "manifests-board-bus",
            "manifests-board-origin",
            "manifests-board-people",
            "manifests-board-status",
        ]
        .iter()
        .map(|k| view.page.t(k))
        .collect(),
        rows,
    });
    for m in &trips {
        block = block.link(
            &format!("/staff/ports/{port}/manifests/{}", m.id),
            view.page.tf(
                "manifests-board-open",
                &[
                    ("bus", Value::from(m.bus_number.clone())),
                    ("carrier", Value::from(m.carrier.clone())),
                ],
            ),
        );
    }
    view.blocks.push(block);
    Ok(said(true, view.render()?))
}

async fn open(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    open_view(&state, locale, &csrf, &user, &port, &id, None).await
}

async fn open_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    port: &str,
    id: &str,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let service = manifests(state);
    let m = service.at_port(port, id).await?.ok_or(AppError::NotFound)?;
    let zone = Ports::read(state).await?.zone(&m.port);
    let people = service.open(&user.account.id, &m).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut view = GenericPage::new(page, "manifests-open-title");
    view.notice = notice;
    let mut facts = facts(&view.page, &m, zone);
    if m.purged_at.is_some() {
        facts = facts.para(view.page.t("manifests-purged"));
    }
    if m.status == "expected" {
        facts = facts.form(Form::post(
            &format!("/staff/ports/{}/manifests/{}/arrived", m.port, m.id),
            &csrf_token(state, csrf),
            view.page.t("manifests-mark-arrived"),
        ));
    }
    view.blocks.push(facts);
    let rows = people
        .iter()
        .map(|(line, p)| {
            vec![
                line.to_string(),
                view.page.t(&format!("manifests-role-{}", p.role)),
                format!("{}, {}", p.family_name, p.given_names),
                when::date(locale, p.birth_date),
                p.sex.clone(),
                p.citizenship.clone(),
                format!(
                    "{} {} ({})",
                    view.page
                        .t(&format!("manifests-document-{}", p.document_type)),
                    p.document_number,
                    p.document_country
                ),
                when::date(locale, p.document_expiry),
                p.us_address.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut list = Block::heading(view.page.t("manifests-people"));
    list.table = Some(Table {
        head: [
            "manifests-col-line",
            "manifests-col-role",
            "manifests-col-name",
            "manifests-col-born",
            "manifests-col-sex",
            "manifests-col-citizenship",
            "manifests-col-document",
            "manifests-col-expiry",
            "manifests-col-address",
        ]
        .iter()
        .map(|k| view.page.t(k))
        .collect(),
        rows,
    });
    view.blocks.push(list);
    view.blocks.push(Block::default().link(
        &format!("/staff/ports/{}/manifests", m.port),
        view.page.t("manifests-board-back"),
    ));
    Ok(said(true, view.render()?))
}

async fn arrived(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let service = manifests(&state);
    let m = service
        .at_port(&port, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !service.arrived(&user.account.id, &m).await? {
        return Err(AppError::Conflict("manifests-ended"));
    }
    let notice = state.i18n.text(locale, "manifests-arrived");
    open_view(&state, locale, &csrf, &user, &port, &id, Some(notice)).await
}

// ------------------------------------------------------------------ the API

#[derive(OpenApi)]
#[openapi(
    paths(api_send, api_read, api_cancel),
    components(schemas(SendInput, PersonRow, ManifestAnswer, RowProblem)),
    tags((name = "manifests", description = "Bus passenger manifests, sent by a carrier's system with one of its organisation's tokens"))
)]
struct ApiDoc;

fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[derive(Deserialize, ToSchema)]
struct SendInput {
    #[serde(flatten)]
    trip: TripRow,
    /// The driver and each passenger; a wrong one is named in the answer, the others stored.
    #[serde(default)]
    people: Vec<PersonRow>,
}

#[derive(Serialize, ToSchema)]
struct ManifestAnswer {
    id: String,
    trip_id: String,
    port: String,
    /// Unix milliseconds.
    arrives_at: i64,
    /// `expected`, `arrived` or `cancelled`.
    status: String,
    /// How many times the manifest was written: a correction adds one.
    version: i64,
    /// `created`, `corrected`, `unchanged`, or absent when only read.
    change: Option<&'static str>,
    /// The people stored, the driver included.
    people: i64,
    /// What was wrong in the last sending, each with its place in `people` (from 1).
    problems: Vec<RowProblem>,
}

#[derive(Serialize, ToSchema)]
struct RowProblem {
    /// The row's place in `people`, from 1; 0 for the trip itself.
    line: usize,
    field: String,
    /// What to fix, in the language asked for.
    detail: String,
}

fn answer(
    state: &AppState,
    locale: Locale,
    m: &ManifestRow,
    change: Option<Change>,
) -> ManifestAnswer {
    let problems: Vec<(usize, String, String)> =
        serde_json::from_str(&m.problems).unwrap_or_default();
    ManifestAnswer {
        id: m.id.clone(),
        trip_id: m.trip_id.clone(),
        port: m.port.clone(),
        arrives_at: m.arrives_at,
        status: m.status.clone(),
        version: m.version,
        change: change.map(|c| match c {
            Change::Created => "created",
            Change::Corrected => "corrected",
            Change::Unchanged => "unchanged",
        }),
        people: m.people,
        problems: problems
            .into_iter()
            .map(|(line, field, key)| RowProblem {
                line,
                field,
                detail: state.i18n.text(locale, &key),
            })
            .collect(),
    }
}

/// The carrier an organisation's token speaks for, if it is a bus carrier.
fn carrier_client(caller: &OrganizationCaller) -> Result<(&str, &str), AppError> {
    caller.of_kind(&["carrier"])
}

/// Sends a trip and its people. The same trip id again corrects the manifest while the bus is
/// expected; the same sending again changes nothing. Rows that are wrong are named in the
/// answer and the others stored: fix them and send the trip again.
#[utoipa::path(post, path = "/api/v1/manifests", tag = "manifests",
    request_body = SendInput, security(("bearer" = [])),
    responses(
        (status = 201, description = "A new trip, stored", body = ManifestAnswer),
        (status = 200, description = "A trip sent before: corrected, or unchanged", body = ManifestAnswer),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a bus carrier's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The bus arrived or the trip was cancelled: it no longer changes", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "The trip's own fields are wrong: nothing was stored", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_send(
    State(state): State<AppState>,
    Lang(locale): Lang,
    caller: OrganizationCaller,
    ApiJson(input): ApiJson<SendInput>,
) -> Result<Response, AppError> {
    let (carrier, token) = carrier_client(&caller)?;
    let people: Vec<(usize, PersonRow)> = input
        .people
        .into_iter()
        .enumerate()
        .map(|(i, p)| (i + 1, p))
        .collect();
    match manifests(&state)
        .send(carrier, By::Token(token), &input.trip, &people, vec![])
        .await?
    {
        Ok(sent) => {
            let status = if sent.change == Change::Created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            let body = answer(&state, locale, &sent.manifest, Some(sent.change));
            Ok((status, Json(body)).into_response())
        }
        Err(NotSent::Trip(problems)) => Err(AppError::Fields(
            problems
                .into_iter()
                .map(|(_, field, key)| (field.to_string(), key))
                .collect(),
        )),
        Err(NotSent::Ended(_)) => Err(AppError::Conflict("manifests-ended")),
        Err(NotSent::Busy) => Err(AppError::Conflict("manifests-busy")),
    }
}

/// A trip as stored, with what was wrong in its last sending.
#[utoipa::path(get, path = "/api/v1/manifests/{trip_id}", tag = "manifests",
    params(("trip_id" = String, Path, description = "The carrier's own identifier of the trip")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The trip", body = ManifestAnswer),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a bus carrier's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "The carrier sent no trip with that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_read(
    State(state): State<AppState>,
    Lang(locale): Lang,
    caller: OrganizationCaller,
    Path(trip): Path<String>,
) -> Result<Json<ManifestAnswer>, AppError> {
    let (carrier, _) = carrier_client(&caller)?;
    let trip = trip_id(&trip).ok_or(AppError::NotFound)?;
    let m = manifests(&state)
        .carriers(carrier, &trip)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(answer(&state, locale, &m, None)))
}

/// Cancels a trip whose bus has not arrived: officers no longer expect it.
#[utoipa::path(delete, path = "/api/v1/manifests/{trip_id}", tag = "manifests",
    params(("trip_id" = String, Path, description = "The carrier's own identifier of the trip")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a bus carrier's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "The carrier sent no trip with that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "The bus arrived or the trip was cancelled already", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_cancel(
    State(state): State<AppState>,
    caller: OrganizationCaller,
    Path(trip): Path<String>,
) -> Result<StatusCode, AppError> {
    let (carrier, token) = carrier_client(&caller)?;
    let trip = trip_id(&trip).ok_or(AppError::NotFound)?;
    let service = manifests(&state);
    if service.carriers(carrier, &trip).await?.is_none() {
        return Err(AppError::NotFound);
    }
    if service.cancel(carrier, By::Token(token), &trip).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::Conflict("manifests-ended"))
    }
}
