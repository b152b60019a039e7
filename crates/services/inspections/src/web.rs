//! The service's pages, working without JavaScript, and its API:
//! - `/inspections`: a broker's or importer's people ask for an inspection and see their
//!   requests; `/inspections/{id}`: a request, each change with the specialist's note, and
//!   its cancellation while booked; anyone else reads what the page is for and how to join;
//! - `/staff/ports/{port}/inspections`: a port's day (its slots with their bookings and the
//!   inspections), the supervisors' capacity form; a shipment opened (audited) and its result;
//! - `/api/v1/inspections`: an organisation's system books (`POST`), reads (`GET /{id}`),
//!   cancels (`DELETE /{id}`) and finds free slots (`GET /slots`) with one of its tokens.

use crate::BOOKERS;
use crate::app::{By, Inspections, MAX_DAYS, NotBooked, NotRecorded, today_at};
use crate::domain::{
    self, CommodityRow, DOCUMENTS, PACKAGING, Problem, RequestRow, TREATMENTS, UNITS,
};
use crate::store::{InspectionRow, ResultRow, SlotRow};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{NaiveDate, NaiveTime};
use garita_domain::Port;
use garita_i18n::{Locale, Value, when};
use garita_kernel::Services;
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::{CurrentUser, MaybeUser, OrganizationCaller, SignedIn, member_of};
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, Table, said};
use garita_web::{ApiJson, AppError, AppState, Lang, Link, On, WebService};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use utoipa::{IntoParams, OpenApi, ToSchema};

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[
            Link {
                on: On::Home,
                href: "/inspections",
                key: "inspections-title",
                button: false,
            },
            Link {
                on: On::Home,
                href: "/inspections/declarations",
                key: "declarations-title",
                button: false,
            },
        ],
        pages,
        staff,
        api,
        openapi,
    }
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/inspections", get(list).post(ask))
        .route("/inspections/{id}", get(request_page))
        .route("/inspections/{id}/cancel", post(cancel))
        .merge(crate::declarations::web::pages())
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/ports/{port}/inspections", get(day_page))
        .route("/staff/ports/{port}/inspections/capacity", post(capacity))
        .route("/staff/ports/{port}/inspections/{id}", get(open))
        .route("/staff/ports/{port}/inspections/{id}/result", post(result))
        .merge(crate::declarations::web::staff())
}

fn api() -> Router<AppState> {
    Router::new()
        .route("/inspections", post(api_book))
        .route("/inspections/slots", get(api_slots))
        .route("/inspections/{id}", get(api_read).delete(api_cancel))
}

fn inspections(state: &AppState) -> Inspections {
    Inspections::on(&state.services)
}

/// The form's rows of commodities (more by the API); each field's name, per row.
const ROWS: usize = 5;
const HTS: [&str; ROWS] = ["c1_hts", "c2_hts", "c3_hts", "c4_hts", "c5_hts"];
const DESCRIPTION: [&str; ROWS] = [
    "c1_description",
    "c2_description",
    "c3_description",
    "c4_description",
    "c5_description",
];
const QUANTITY: [&str; ROWS] = [
    "c1_quantity",
    "c2_quantity",
    "c3_quantity",
    "c4_quantity",
    "c5_quantity",
];
const UNIT: [&str; ROWS] = ["c1_unit", "c2_unit", "c3_unit", "c4_unit", "c5_unit"];
const PACKED: [&str; ROWS] = [
    "c1_packaging",
    "c2_packaging",
    "c3_packaging",
    "c4_packaging",
    "c5_packaging",
];

/// The request a form sent, as the API would have it.
fn typed_request(form: &HashMap<String, String>) -> RequestRow {
    let f = |name: &str| form.get(name).cloned().unwrap_or_default();
    RequestRow {
        port: f("port"),
        wished_at: f("wished_at"),
        entry_number: f("entry_number"),
        transport_document: f("transport_document"),
        transport_number: f("transport_number"),
        importer_name: f("importer_name"),
        importer_number: f("importer_number"),
        conveyance: f("conveyance"),
        containers: f("containers").lines().map(str::to_string).collect(),
        goods_location: f("goods_location"),
        commodities: (0..ROWS)
            .map(|i| CommodityRow {
                hts: f(HTS[i]),
                description: f(DESCRIPTION[i]),
                quantity: f(QUANTITY[i]),
                unit: f(UNIT[i]),
                packaging: f(PACKED[i]),
            })
            .collect(),
    }
}

/// A problem's words for the field it names (`containers[2]` and `commodities[1].hts` are said
/// with their line).
fn problem_words(page: &Chrome, field: &str, key: &str) -> String {
    let problem = page.t(key);
    let line = field
        .split_once('[')
        .and_then(|(_, rest)| rest.split_once(']'))
        .and_then(|(n, _)| n.parse::<usize>().ok());
    match line {
        Some(line) => page.tf(
            "inspections-problem-line",
            &[
                ("line", Value::from(line)),
                ("problem", Value::from(problem)),
            ],
        ),
        None => problem,
    }
}

/// The form field a problem belongs to (a commodity's row beyond the form's is said on its
/// last row's field).
fn form_field(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("commodities[")
        && let Some((n, name)) = rest.split_once("].")
        && let Ok(n) = n.parse::<usize>()
    {
        return format!("c{}_{name}", n.min(ROWS));
    }
    field.split('[').next().unwrap_or(field).to_string()
}

fn options(
    page: &Chrome,
    prefix: &str,
    list: &[&str],
    chosen: &str,
) -> Vec<(String, String, bool)> {
    std::iter::once((
        String::new(),
        page.t("inspections-choose"),
        chosen.is_empty(),
    ))
    .chain(list.iter().map(|v| {
        (
            v.to_string(),
            page.t(&format!("{prefix}-{v}")),
            chosen.trim().eq_ignore_ascii_case(v),
        )
    }))
    .collect()
}

/// The request form, filled with what was typed, each wrong field with its problem.
fn request_form(
    page: &Chrome,
    token: &str,
    ports: &[Port],
    typed: &RequestRow,
    problems: &[Problem],
) -> Form {
    let error = |name: &str| {
        let said: Vec<String> = problems
            .iter()
            .filter(|(field, _)| form_field(field) == name)
            .map(|(field, key)| problem_words(page, field, key))
            .collect();
        (!said.is_empty()).then(|| said.join(" "))
    };
    let field = |name: &'static str, kind: &'static str, label: &str, value: &str| {
        Field::new(name, kind, page.t(label))
            .value(value)
            .error(error(name))
    };
    let port_options = std::iter::once((String::new(), page.t("inspections-choose"), false))
        .chain(ports.iter().map(|p| {
            let code = p.code.as_str();
            (
                code.to_string(),
                p.name.clone(),
                typed.port.eq_ignore_ascii_case(code),
            )
        }))
        .collect();
    let mut form = Form::post("/inspections", token, page.t("inspections-ask"))
        .mark_required()
        .field(field("port", "select", "inspections-port", "").options(port_options))
        .field(
            field(
                "wished_at",
                "datetime-local",
                "inspections-wished",
                &typed.wished_at,
            )
            .help(page.t("inspections-wished-help")),
        )
        .field(
            field(
                "entry_number",
                "text",
                "inspections-entry",
                &typed.entry_number,
            )
            .help(page.t("inspections-entry-help")),
        )
        .field(
            field("transport_document", "select", "inspections-document", "").options(options(
                page,
                "inspections-document",
                &DOCUMENTS,
                &typed.transport_document,
            )),
        )
        .field(
            field(
                "transport_number",
                "text",
                "inspections-transport-number",
                &typed.transport_number,
            )
            .help(page.t("inspections-transport-number-help")),
        )
        .field(field(
            "importer_name",
            "text",
            "inspections-importer-name",
            &typed.importer_name,
        ))
        .field(
            field(
                "importer_number",
                "text",
                "inspections-importer-number",
                &typed.importer_number,
            )
            .help(page.t("inspections-importer-number-help")),
        )
        .field(
            field(
                "conveyance",
                "text",
                "inspections-conveyance",
                &typed.conveyance,
            )
            .help(page.t("inspections-conveyance-help")),
        )
        .field(
            field(
                "containers",
                "textarea",
                "inspections-containers",
                &typed.containers.join("\n"),
            )
            .optional()
            .help(page.t("inspections-containers-help")),
        )
        .field(field(
            "goods_location",
            "text",
            "inspections-location",
            &typed.goods_location,
        ));
    let empty = CommodityRow::default();
    for i in 0..ROWS {
        let c = typed.commodities.get(i).unwrap_or(&empty);
        let legend = page.tf("inspections-commodity", &[("line", Value::from(i + 1))]);
        let mut set = FieldSet::new(Some(legend))
            .field(
                field(HTS[i], "text", "inspections-hts", &c.hts)
                    .help(page.t("inspections-hts-help")),
            )
            .field(field(
                DESCRIPTION[i],
                "text",
                "inspections-description",
                &c.description,
            ))
            .field(field(
                QUANTITY[i],
                "text",
                "inspections-quantity",
                &c.quantity,
            ))
            .field(
                field(UNIT[i], "select", "inspections-unit", "").options(options(
                    page,
                    "inspections-unit",
                    &UNITS,
                    &c.unit,
                )),
            )
            .field(
                field(PACKED[i], "select", "inspections-packaging", "").options(options(
                    page,
                    "inspections-packaging",
                    &PACKAGING,
                    &c.packaging,
                )),
            );
        if i > 0 {
            // Only the first commodity is asked for; the others open when wanted.
            set.fields = set.fields.into_iter().map(Field::optional).collect();
            set = set.folded();
        }
        form = form.set(set);
    }
    form
}

/// A request's facts: its port and slot in the port's time, its entry and where it stands.
fn facts(page: &Chrome, i: &InspectionRow, port: Option<&Port>) -> Block {
    let zone = port.map_or(chrono_tz::UTC, |p| p.time_zone);
    let mut block = Block::text(page.tf(
        "inspections-facts",
        &[
            ("entry", Value::from(i.entry_number.clone())),
            (
                "port",
                Value::from(port.map_or(i.port.clone(), |p| p.name.clone())),
            ),
            (
                "when",
                Value::from(when::moment_ms(page.locale, i.starts_at, zone)),
            ),
            ("commodities", Value::from(i.commodities)),
        ],
    ))
    .para(status_words(page, &i.status, i.treatment.as_deref()));
    block = match i.status.as_str() {
        "missed" => block
            .para(page.t("inspections-missed-next"))
            .link("/inspections", page.t("inspections-ask-again")),
        "booked" => block.para(page.t("inspections-booked-next")),
        _ => block,
    };
    block
}

fn status_words(page: &Chrome, status: &str, treatment: Option<&str>) -> String {
    let status = page.t(&format!("inspections-status-{status}"));
    match treatment {
        Some(t) => page.tf(
            "inspections-status-with-treatment",
            &[
                ("status", Value::from(status)),
                (
                    "treatment",
                    Value::from(page.t(&format!("inspections-treatment-{t}"))),
                ),
            ],
        ),
        None => status,
    }
}

/// The shipment, as a table of its commodities with what travels with them.
fn shipment_block(page: &Chrome, s: &domain::Shipment) -> Block {
    let mut block = Block::heading(page.t("inspections-shipment"))
        .para(page.tf(
            "inspections-shipment-facts",
            &[
                (
                    "document",
                    Value::from(page.t(&format!("inspections-document-{}", s.transport_document))),
                ),
                ("number", Value::from(s.transport_number.clone())),
                ("importer", Value::from(s.importer_name.clone())),
                ("importer_number", Value::from(s.importer_number.clone())),
                ("conveyance", Value::from(s.conveyance.clone())),
                ("location", Value::from(s.goods_location.clone())),
            ],
        ))
        .para(page.tf(
            "inspections-shipment-containers",
            &[
                ("count", Value::from(s.containers.len())),
                ("containers", Value::from(s.containers.join(", "))),
            ],
        ));
    block.table = Some(Table {
        head: [
            "inspections-hts",
            "inspections-description",
            "inspections-quantity",
            "inspections-packaging",
        ]
        .iter()
        .map(|k| page.t(k))
        .collect(),
        rows: s
            .commodities
            .iter()
            .map(|c| {
                vec![
                    c.hts.clone(),
                    c.description.clone(),
                    format!(
                        "{} {}",
                        c.quantity,
                        page.t(&format!("inspections-unit-{}", c.unit))
                    ),
                    page.t(&format!("inspections-packaging-{}", c.packaging)),
                ]
            })
            .collect(),
    });
    block
}

/// Each change after the booking, with its note, in the port's time.
fn changes_block(page: &Chrome, changes: &[ResultRow], zone: chrono_tz::Tz) -> Block {
    let mut block = Block::heading(page.t("inspections-changes"));
    if changes.is_empty() {
        return block.para(page.t("inspections-changes-none"));
    }
    for c in changes {
        let mut text = page.tf(
            "inspections-change",
            &[
                (
                    "when",
                    Value::from(when::moment_ms(page.locale, c.at, zone)),
                ),
                (
                    "status",
                    Value::from(status_words(page, &c.status, c.treatment.as_deref())),
                ),
            ],
        );
        if !c.note.is_empty() {
            text = format!(
                "{text} {}",
                page.tf(
                    "inspections-note-said",
                    &[("note", Value::from(c.note.clone()))]
                )
            );
        }
        block = block.para(text);
    }
    block
}

// ------------------------------------------------------------------ the broker's pages

async fn booker_of(state: &AppState, user: &CurrentUser) -> Result<String, AppError> {
    member_of(state, user, BOOKERS).await
}

/// An organisation's requests and the form; anyone else reads what the page is for.
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    MaybeUser(user): MaybeUser,
) -> Result<Response, AppError> {
    let booker = match &user {
        Some(user) => booker_of(&state, user).await.ok(),
        None => None,
    };
    match booker {
        Some(org) => list_view(&state, locale, &csrf, &org, &RequestRow::default(), None).await,
        None => {
            let page = Chrome::new(&state.i18n, locale, "/inspections");
            let mut view = GenericPage::new(page, "inspections-title");
            let about = Block::text(view.page.t("inspections-about"))
                .link("/signin", view.page.t("inspections-about-signin"))
                .link("/organizations/apply", view.page.t("joining-link"))
                .link(
                    "/inspections/declarations",
                    view.page.t("declarations-title"),
                );
            view.blocks.push(about);
            Ok(said(true, view.render()?))
        }
    }
}

/// What went wrong with a request: the page's error and the field problems (or the next free
/// slots when the wished day was full).
enum Refused {
    Fields(Vec<Problem>),
    Full(Vec<SlotRow>),
}

async fn list_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    org: &str,
    typed: &RequestRow,
    refused: Option<Refused>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/inspections");
    let token = csrf_token(state, csrf);
    let ports = state.services.store.all_ports().await?;
    let zone = |code: &str| {
        ports
            .iter()
            .find(|p| p.code.as_str() == code)
            .map_or(chrono_tz::UTC, |p| p.time_zone)
    };
    let mut view = GenericPage::new(page, "inspections-title");
    let done = refused.is_none();
    let mut problems = vec![];
    match refused {
        Some(Refused::Fields(p)) => {
            view.error = Some(view.page.t("inspections-fields-wrong"));
            problems = p;
        }
        Some(Refused::Full(free)) => {
            view.error = Some(view.page.t("inspections-full"));
            let mut block = Block::heading(view.page.t("inspections-free-title"));
            if free.is_empty() {
                block = block.para(view.page.t("inspections-free-none"));
            }
            for s in &free {
                block = block.para(when::moment_ms(locale, s.starts_at, zone(&s.port)));
            }
            view.blocks.push(block);
        }
        None => {}
    }
    let intro = Block::text(view.page.tf(
        "inspections-intro",
        &[("organization", Value::from(org.to_string()))],
    ))
    .form(request_form(&view.page, &token, &ports, typed, &problems));
    view.blocks.push(intro);
    let mut list = Block::heading(view.page.t("inspections-requests"));
    let requests = inspections(state).of_organization(org).await?;
    if requests.is_empty() {
        list = list.para(view.page.t("inspections-requests-none"));
    }
    for i in &requests {
        let text = view.page.tf(
            "inspections-request-line",
            &[
                ("entry", Value::from(i.entry_number.clone())),
                ("port", Value::from(i.port.clone())),
                (
                    "when",
                    Value::from(when::moment_ms(locale, i.starts_at, zone(&i.port))),
                ),
                (
                    "status",
                    Value::from(status_words(&view.page, &i.status, i.treatment.as_deref())),
                ),
            ],
        );
        list = list.link(&format!("/inspections/{}", i.id), text);
    }
    view.blocks.push(list);
    Ok(said(done, view.render()?))
}

async fn ask(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let org = booker_of(&state, &user).await?;
    let typed = typed_request(&form);
    let by = By::Account(&user.account.id);
    match inspections(&state).request(&org, by, &typed).await? {
        // Its own address: reloading the page cannot book twice.
        Ok(i) => Ok(Redirect::to(&format!("/inspections/{}", i.id)).into_response()),
        Err(NotBooked::Fields(p)) => {
            list_view(
                &state,
                locale,
                &csrf,
                &org,
                &typed,
                Some(Refused::Fields(p)),
            )
            .await
        }
        Err(NotBooked::Full(free)) => {
            list_view(
                &state,
                locale,
                &csrf,
                &org,
                &typed,
                Some(Refused::Full(free)),
            )
            .await
        }
    }
}

async fn request_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let org = booker_of(&state, &user).await?;
    let i = inspections(&state)
        .organizations(&org, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    request_view(&state, locale, &csrf, &i, None).await
}

/// A request: its slot and state, the shipment, each change with its note; the cancellation
/// while booked.
async fn request_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    i: &InspectionRow,
    notice: Option<String>,
) -> Result<Response, AppError> {
    let service = inspections(state);
    let port = service.port(&i.port).await?;
    let zone = port.as_ref().map_or(chrono_tz::UTC, |p| p.time_zone);
    let shipment = service.shipment(i)?;
    let changes = service.results(&i.id).await?;
    let page = Chrome::new(&state.i18n, locale, "/inspections");
    let mut view = GenericPage::new(page, "inspections-request-title");
    view.notice = notice;
    view.blocks.push(facts(&view.page, i, port.as_ref()));
    view.blocks.push(changes_block(&view.page, &changes, zone));
    view.blocks.push(shipment_block(&view.page, &shipment));
    if i.status == "booked" {
        view.blocks.push(
            Block::text(view.page.t("inspections-cancel-help")).form(
                Form::post(
                    &format!("/inspections/{}/cancel", i.id),
                    &csrf_token(state, csrf),
                    view.page.t("inspections-cancel"),
                )
                .secondary(),
            ),
        );
    }
    view.blocks
        .push(Block::default().link("/inspections", view.page.t("inspections-back")));
    Ok(said(true, view.render()?))
}

async fn cancel(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let org = booker_of(&state, &user).await?;
    let service = inspections(&state);
    let i = service
        .organizations(&org, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !service.cancel(By::Account(&user.account.id), &i).await? {
        return Err(AppError::Conflict("inspections-ended"));
    }
    let i = service
        .organizations(&org, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let notice = state.i18n.text(locale, "inspections-cancelled");
    request_view(&state, locale, &csrf, &i, Some(notice)).await
}

// ------------------------------------------------------------------ the port's pages

/// The port's day asked for (`?day=YYYY-MM-DD`), today in the port's time by default.
pub(crate) fn day_asked(q: &HashMap<String, String>, port: &Port, now: i64) -> NaiveDate {
    q.get("day")
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| today_at(port, now))
}

/// A port's day page's head: the port and the day in words, and the form to show another day
/// (`/staff/ports/{port}/{list}?day=`).
pub(crate) fn day_header(page: &Chrome, port: &Port, day: NaiveDate, list: &str) -> Block {
    let code = port.code.as_str();
    Block::text(page.tf(
        "inspections-day-intro",
        &[
            ("port", Value::from(port.name.clone())),
            ("day", Value::from(when::date(page.locale, day))),
        ],
    ))
    .form(
        Form::get(
            &format!("/staff/ports/{code}/{list}"),
            page.t("inspections-day-show"),
        )
        .field(Field::new("day", "date", page.t("inspections-day")).value(&day.to_string())),
    )
}

async fn day_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let service = inspections(&state);
    let port = service.port(&port).await?.ok_or(AppError::NotFound)?;
    let day = day_asked(&q, &port, state.services.now());
    day_view(&state, locale, &csrf, &user, &port, day, None).await
}

#[allow(clippy::too_many_arguments)]
async fn day_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    port: &Port,
    day: NaiveDate,
    said_done: Option<Result<String, String>>,
) -> Result<Response, AppError> {
    let service = inspections(state);
    let code = port.code.as_str();
    let slots = service.slots(code, day, 1).await?;
    let requests = service.day(code, day).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut view = GenericPage::new(page, "inspections-day-title");
    let mut done = true;
    match said_done {
        Some(Ok(text)) => view.notice = Some(text),
        Some(Err(text)) => {
            view.error = Some(text);
            done = false;
        }
        None => {}
    }
    let mut block = day_header(&view.page, port, day, "inspections");
    if slots.is_empty() {
        block = block.para(view.page.t("inspections-slots-none"));
    } else {
        let mut table = Block::heading(view.page.t("inspections-slots"));
        table.table = Some(Table {
            head: [
                "inspections-slot",
                "inspections-capacity",
                "inspections-booked-count",
            ]
            .iter()
            .map(|k| view.page.t(k))
            .collect(),
            rows: slots
                .iter()
                .map(|s| {
                    vec![
                        when::moment_ms(locale, s.starts_at, port.time_zone),
                        s.capacity.to_string(),
                        s.booked.to_string(),
                    ]
                })
                .collect(),
        });
        view.blocks.push(block);
        block = table;
    }
    view.blocks.push(block);
    let mut list = Block::heading(view.page.t("inspections-day-requests"));
    if requests.is_empty() {
        list = list.para(view.page.t("inspections-requests-none"));
    }
    for i in &requests {
        list = list.link(
            &format!("/staff/ports/{code}/inspections/{}", i.id),
            view.page.tf(
                "inspections-day-line",
                &[
                    (
                        "when",
                        Value::from(when::moment_ms(locale, i.starts_at, port.time_zone)),
                    ),
                    ("organization", Value::from(i.organization.clone())),
                    ("entry", Value::from(i.entry_number.clone())),
                    ("commodities", Value::from(i.commodities)),
                    (
                        "status",
                        Value::from(status_words(&view.page, &i.status, i.treatment.as_deref())),
                    ),
                ],
            ),
        );
    }
    view.blocks.push(list);
    let keeps_capacity = garita_kernel::staff::allows(
        garita_kernel::staff::Rule::AtPort(crate::CAPACITY_KEEPERS),
        &user.account.grant,
        Some(code),
    );
    if keeps_capacity {
        let times: Vec<(String, String, bool)> = port
            .time_slots
            .iter()
            .map(|t| {
                let text = t.format("%H:%M").to_string();
                (text.clone(), when::time(locale, *t), false)
            })
            .collect();
        let mut first = times.clone();
        if let Some(f) = first.first_mut() {
            f.2 = true;
        }
        let mut last = times;
        if let Some(l) = last.last_mut() {
            l.2 = true;
        }
        let form = Form::post(
            &format!("/staff/ports/{code}/inspections/capacity"),
            &csrf_token(state, csrf),
            view.page.t("inspections-capacity-set"),
        )
        .field(
            Field::new("from", "date", view.page.t("inspections-capacity-from"))
                .value(&day.to_string()),
        )
        .field(
            Field::new("days", "number", view.page.t("inspections-capacity-days"))
                .value("1")
                .numeric()
                .help(view.page.tf(
                    "inspections-capacity-days-help",
                    &[("max", Value::from(MAX_DAYS))],
                )),
        )
        .field(
            Field::new("first", "select", view.page.t("inspections-capacity-first")).options(first),
        )
        .field(Field::new("last", "select", view.page.t("inspections-capacity-last")).options(last))
        .field(
            Field::new("capacity", "number", view.page.t("inspections-capacity"))
                .numeric()
                .help(view.page.t("inspections-capacity-help")),
        );
        view.blocks.push(
            Block::heading(view.page.t("inspections-capacity-title"))
                .para(view.page.t("inspections-capacity-intro"))
                .form(form),
        );
    }
    Ok(said(done, view.render()?))
}

#[derive(Deserialize)]
struct CapacityForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    days: String,
    #[serde(default)]
    first: String,
    #[serde(default)]
    last: String,
    #[serde(default)]
    capacity: String,
}

async fn capacity(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    CsrfForm(form): CsrfForm<CapacityForm>,
) -> Result<Response, AppError> {
    let service = inspections(&state);
    let port = service.port(&port).await?.ok_or(AppError::NotFound)?;
    let from = NaiveDate::parse_from_str(form.from.trim(), "%Y-%m-%d").ok();
    let days = form
        .days
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=MAX_DAYS).contains(d));
    let time = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").ok();
    let capacity = form
        .capacity
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|c| (0..=crate::app::MAX_CAPACITY).contains(c));
    let today = today_at(&port, state.services.now());
    match (from, days, time(&form.first), time(&form.last), capacity) {
        (Some(from), Some(days), Some(first), Some(last), Some(capacity))
            if first <= last && from >= today =>
        {
            let set = service
                .set_capacity(&user.account.id, &port, from, days, (first, last), capacity)
                .await?;
            let text = state.i18n.format(
                locale,
                "inspections-capacity-done",
                &[
                    ("slots", Value::from(set)),
                    ("capacity", Value::from(capacity)),
                ],
            );
            day_view(&state, locale, &csrf, &user, &port, from, Some(Ok(text))).await
        }
        _ => {
            let text = state.i18n.format(
                locale,
                "inspections-capacity-wrong",
                &[
                    ("max_days", Value::from(MAX_DAYS)),
                    ("max", Value::from(crate::app::MAX_CAPACITY)),
                ],
            );
            let day = from.unwrap_or(today);
            day_view(&state, locale, &csrf, &user, &port, day, Some(Err(text))).await
        }
    }
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

/// A shipment at the port (opened, audited), its changes and, while open, the result form.
#[allow(clippy::too_many_arguments)]
async fn open_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    port: &str,
    id: &str,
    said_done: Option<Result<String, (String, Vec<Problem>)>>,
) -> Result<Response, AppError> {
    let service = inspections(state);
    let i = service.at_port(port, id).await?.ok_or(AppError::NotFound)?;
    let port = service.port(&i.port).await?;
    let zone = port.as_ref().map_or(chrono_tz::UTC, |p| p.time_zone);
    let shipment = service.open(&user.account.id, &i).await?;
    let changes = service.results(&i.id).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut view = GenericPage::new(page, "inspections-open-title");
    let mut problems = vec![];
    let mut done = true;
    match said_done {
        Some(Ok(text)) => view.notice = Some(text),
        Some(Err((text, p))) => {
            view.error = Some(text);
            problems = p;
            done = false;
        }
        None => {}
    }
    let mut head = facts(&view.page, &i, port.as_ref());
    head = head.para(view.page.tf(
        "inspections-requested-by",
        &[("organization", Value::from(i.organization.clone()))],
    ));
    view.blocks.push(head);
    view.blocks.push(shipment_block(&view.page, &shipment));
    view.blocks.push(changes_block(&view.page, &changes, zone));
    if domain::open_to_result(&i.status) {
        let error = |name: &str| {
            problems
                .iter()
                .find(|(f, _)| f == name)
                .map(|(_, key)| view.page.t(key))
        };
        // Nothing chosen beforehand: a result is a specialist's choice, never a default.
        let results = options(&view.page, "inspections-status", &domain::RESULTS, "");
        let form = Form::post(
            &format!("/staff/ports/{}/inspections/{}/result", i.port, i.id),
            &csrf_token(state, csrf),
            view.page.t("inspections-result-record"),
        )
        .field(
            Field::new("result", "select", view.page.t("inspections-result"))
                .options(results)
                .error(error("result")),
        )
        .field(
            Field::new("treatment", "select", view.page.t("inspections-treatment"))
                .options(options(
                    &view.page,
                    "inspections-treatment",
                    &TREATMENTS,
                    "",
                ))
                .optional()
                .help(view.page.t("inspections-treatment-help"))
                .error(error("treatment")),
        )
        .field(
            Field::new("note", "textarea", view.page.t("inspections-note"))
                .optional()
                .help(view.page.t("inspections-note-help"))
                .error(error("note")),
        );
        view.blocks
            .push(Block::heading(view.page.t("inspections-result-title")).form(form));
    }
    view.blocks.push(Block::default().link(
        &format!("/staff/ports/{}/inspections?day={}", i.port, i.day),
        view.page.t("inspections-day-back"),
    ));
    Ok(said(done, view.render()?))
}

#[derive(Deserialize)]
struct ResultForm {
    #[serde(default)]
    result: String,
    #[serde(default)]
    treatment: String,
    #[serde(default)]
    note: String,
}

async fn result(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<ResultForm>,
) -> Result<Response, AppError> {
    let service = inspections(&state);
    let i = service
        .at_port(&port, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let outcome = match service
        .record(
            &user.account.id,
            &i,
            &form.result,
            &form.treatment,
            &form.note,
        )
        .await?
    {
        Ok(_) => Ok(state.i18n.text(locale, "inspections-result-done")),
        Err(NotRecorded::Fields(p)) => {
            Err((state.i18n.text(locale, "inspections-fields-wrong"), p))
        }
        Err(NotRecorded::Ended) => return Err(AppError::Conflict("inspections-ended")),
    };
    open_view(&state, locale, &csrf, &user, &port, &id, Some(outcome)).await
}

// ------------------------------------------------------------------ the API

#[derive(OpenApi)]
#[openapi(
    paths(api_book, api_read, api_cancel, api_slots),
    components(schemas(RequestRow, CommodityRow, InspectionAnswer, ChangeAnswer, FreeSlot)),
    tags((name = "inspections", description = "Perishable-cargo inspections, booked by a customs broker's or importer's system with one of its organisation's tokens"))
)]
struct ApiDoc;

fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[derive(Serialize, ToSchema)]
struct InspectionAnswer {
    id: String,
    port: String,
    /// The slot's start, Unix milliseconds.
    starts_at: i64,
    /// The slot's day and start in the port's time (`YYYY-MM-DD`, `HH:MM`).
    day: String,
    slot: String,
    entry_number: String,
    /// `booked`, `released`, `hold`, `re-export`, `destroy`, `missed` or `cancelled`.
    status: String,
    /// The treatment a shipment on hold needs.
    treatment: Option<String>,
    /// What the status means and what to do next, in the language asked for.
    status_text: String,
    version: i64,
    /// Each change after the booking, oldest first.
    changes: Vec<ChangeAnswer>,
}

#[derive(Serialize, ToSchema)]
struct ChangeAnswer {
    /// Unix milliseconds.
    at: i64,
    status: String,
    treatment: Option<String>,
    /// The specialist's note.
    note: String,
}

#[derive(Serialize, ToSchema)]
struct FreeSlot {
    port: String,
    day: String,
    slot: String,
    /// Unix milliseconds.
    starts_at: i64,
    /// Places left.
    free: i64,
}

fn answer(
    state: &AppState,
    locale: Locale,
    i: &InspectionRow,
    changes: Vec<ResultRow>,
) -> InspectionAnswer {
    let next = match i.status.as_str() {
        "booked" => "inspections-booked-next",
        "missed" => "inspections-missed-next",
        other => {
            return InspectionAnswer {
                status_text: state
                    .i18n
                    .text(locale, &format!("inspections-status-{other}")),
                ..answer_of(i, changes)
            };
        }
    };
    InspectionAnswer {
        status_text: state.i18n.text(locale, next),
        ..answer_of(i, changes)
    }
}

fn answer_of(i: &InspectionRow, changes: Vec<ResultRow>) -> InspectionAnswer {
    InspectionAnswer {
        id: i.id.clone(),
        port: i.port.clone(),
        starts_at: i.starts_at,
        day: i.day.clone(),
        slot: i.slot.clone(),
        entry_number: i.entry_number.clone(),
        status: i.status.clone(),
        treatment: i.treatment.clone(),
        status_text: String::new(),
        version: i.version,
        changes: changes
            .into_iter()
            .map(|c| ChangeAnswer {
                at: c.at,
                status: c.status,
                treatment: c.treatment,
                note: c.note,
            })
            .collect(),
    }
}

/// Books an inspection: the first slot of the wished day, at or after the wished time, with
/// room. Every wrong field is named at once (422); a day without room answers 409 (find the
/// free slots with `GET /api/v1/inspections/slots`).
#[utoipa::path(post, path = "/api/v1/inspections", tag = "inspections",
    request_body = RequestRow, security(("bearer" = [])),
    responses(
        (status = 201, description = "Booked", body = InspectionAnswer),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a customs broker's or importer's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "No slot with room at or after the wished time that day", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields that are wrong: nothing was booked", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_book(
    State(state): State<AppState>,
    Lang(locale): Lang,
    caller: OrganizationCaller,
    ApiJson(input): ApiJson<RequestRow>,
) -> Result<Response, AppError> {
    let (org, token) = caller.of_kind(BOOKERS)?;
    match inspections(&state)
        .request(org, By::Token(token), &input)
        .await?
    {
        Ok(i) => Ok((
            StatusCode::CREATED,
            Json(answer(&state, locale, &i, vec![])),
        )
            .into_response()),
        Err(NotBooked::Fields(p)) => Err(AppError::Fields(p)),
        Err(NotBooked::Full(_)) => Err(AppError::Conflict("inspections-full")),
    }
}

/// A request as it stands, with each change and the specialist's notes.
#[utoipa::path(get, path = "/api/v1/inspections/{id}", tag = "inspections",
    params(("id" = String, Path, description = "The request's id, as booking answered")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The request", body = InspectionAnswer),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a customs broker's or importer's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "The organisation has no request with that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_read(
    State(state): State<AppState>,
    Lang(locale): Lang,
    caller: OrganizationCaller,
    Path(id): Path<String>,
) -> Result<Json<InspectionAnswer>, AppError> {
    let (org, _) = caller.of_kind(BOOKERS)?;
    let service = inspections(&state);
    let i = service
        .organizations(org, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let changes = service.results(&i.id).await?;
    Ok(Json(answer(&state, locale, &i, changes)))
}

/// Cancels a request still booked: its place in the slot goes to someone else.
#[utoipa::path(delete, path = "/api/v1/inspections/{id}", tag = "inspections",
    params(("id" = String, Path, description = "The request's id, as booking answered")),
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a customs broker's or importer's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "The organisation has no request with that id", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Inspected, missed or cancelled already", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_cancel(
    State(state): State<AppState>,
    caller: OrganizationCaller,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let (org, token) = caller.of_kind(BOOKERS)?;
    let service = inspections(&state);
    let i = service
        .organizations(org, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if service.cancel(By::Token(token), &i).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::Conflict("inspections-ended"))
    }
}

/// The query `GET /api/v1/inspections/slots` reads (described here; read leniently, so that a
/// missing port is a problem document, not a bare 400).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct SlotsQuery {
    /// The port's three-letter code.
    port: String,
    /// The first day (`YYYY-MM-DD`, the port's); today by default.
    from: Option<String>,
}

/// The slots with room over the next 7 days from `from`.
#[utoipa::path(get, path = "/api/v1/inspections/slots", tag = "inspections",
    params(SlotsQuery), security(("bearer" = [])),
    responses(
        (status = 200, description = "The free slots, earliest first", body = [FreeSlot]),
        (status = 401, description = "No live organisation token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a customs broker's or importer's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Not a port, or not a day", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_slots(
    State(state): State<AppState>,
    caller: OrganizationCaller,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Vec<FreeSlot>>, AppError> {
    caller.of_kind(BOOKERS)?;
    let service = inspections(&state);
    let port = q.get("port").map(String::as_str).unwrap_or_default();
    let Some(port) = service.port(port).await? else {
        return Err(AppError::Fields(vec![(
            "port".into(),
            "inspections-problem-port",
        )]));
    };
    let from = match q.get("from").filter(|f| !f.trim().is_empty()) {
        Some(f) => NaiveDate::parse_from_str(f.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::Fields(vec![("from".into(), "inspections-problem-day")]))?,
        None => today_at(&port, state.services.now()),
    };
    let slots = service
        .free_slots(port.code.as_str(), from, crate::app::OFFER_DAYS)
        .await?;
    Ok(Json(
        slots
            .into_iter()
            .map(|s| FreeSlot {
                free: s.capacity - s.booked,
                port: s.port,
                day: s.day,
                slot: s.slot,
                starts_at: s.starts_at,
            })
            .collect(),
    ))
}
