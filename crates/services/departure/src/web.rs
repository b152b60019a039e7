//! The service's pages:
//! - `/departure`: what filing an intent to depart does and does not do, in plain words, with a
//!   link to legal help, before the form (the filer and co-travellers, the destination, the help
//!   asked); one's intents;
//! - `/departure/{id}`: its state, the travel arranged, each traveller's departure with its
//!   signed confirmation; `/departure/{id}/travellers/{n}`: confirming a departure by land (the
//!   camera's movement check and the position, which need the page's script);
//! - `/staff/departure` (adjudicators): the intents to act on; `/staff/departure/{id}`: vet,
//!   arrange the travel, record a departure by air or sea, pay a stipend once.

use crate::app::{Departure, Filed, Land, Paid};
use crate::domain::{IntentInput, MAX_TRAVELLERS, Problem, TravellerInput};
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use garita_domain::{AuditEvent, Role};
use garita_i18n::{Locale, Value, when};
use garita_kernel::Services;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm, CsrfMultipart, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, said};
use garita_web::{AppError, AppState, Lang, Link, On, WebService};
use serde::Deserialize;
use std::collections::HashMap;

const ADJUDICATORS: &[Role] = &[Role::Adjudicator];

/// Its staff routes and who may use them.
pub const STAFF_ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/departure",
        Rule::Roles(ADJUDICATORS),
        "dep-staff-title",
    ),
    StaffRoute::get("/staff/departure/{id}", Rule::Roles(ADJUDICATORS)),
    StaffRoute::post("/staff/departure/{id}/act", Rule::Roles(ADJUDICATORS)),
];

/// What the service hands the web layer.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/departure",
            key: "dep-title",
            button: false,
        }],
        pages,
        staff,
        api: crate::api::routes,
        openapi: crate::api::openapi,
    }
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/departure", get(home).post(file))
        .route("/departure/figures", get(crate::figures::page))
        .route("/departure/figures.csv", get(crate::figures::csv))
        .route("/departure/{id}", get(intent))
        .route(
            "/departure/{id}/travellers/{n}",
            get(land_page_get)
                .post(land)
                .layer(axum::extract::DefaultBodyLimit::max(
                    garita_web::pages::registration::photo::MAX_UPLOAD,
                )),
        )
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/departure", get(queue))
        .route("/staff/departure/{id}", get(staff_intent))
        .route("/staff/departure/{id}/act", post(act))
}

pub(crate) fn departure(state: &AppState) -> Departure {
    Departure::on(&state.services)
}

/// The field names of each traveller's part of the form (static: the page kit names fields so).
macro_rules! slots {
    ($($n:literal),*) => {
        [$([
            concat!("t", $n, "-given"),
            concat!("t", $n, "-family"),
            concat!("t", $n, "-born"),
            concat!("t", $n, "-citizenship"),
            concat!("t", $n, "-a_number"),
            concat!("t", $n, "-document_country"),
            concat!("t", $n, "-document_number"),
        ]),*]
    };
}
const SLOTS: [[&str; 7]; MAX_TRAVELLERS] = slots!(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
const FIELDS: [&str; 7] = [
    "given",
    "family",
    "born",
    "citizenship",
    "a_number",
    "document_country",
    "document_number",
];

#[derive(Deserialize, Default)]
#[serde(default)]
struct People {
    people: String,
}

impl People {
    fn count(&self) -> usize {
        self.people
            .trim()
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, MAX_TRAVELLERS)
    }
}

fn countries(locale: Locale, chosen: &str) -> Vec<(String, String, bool)> {
    let mut all: Vec<(String, String, bool)> = garita_domain::countries::COUNTRY_CODES
        .iter()
        .filter(|c| **c != "US")
        .map(|c| {
            let name = garita_i18n::countries::name(locale, c).unwrap_or(c);
            (c.to_string(), name.to_string(), *c == chosen)
        })
        .collect();
    all.sort_by(|a, b| a.1.cmp(&b.1));
    all.insert(0, (String::new(), String::new(), chosen.is_empty()));
    all
}

#[allow(clippy::too_many_arguments)]
async fn home_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    people: usize,
    typed: &HashMap<String, String>,
    problems: &[(Option<usize>, Problem)],
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/departure");
    let value = |k: &str| typed.get(k).cloned().unwrap_or_default();
    let error = |at: Option<usize>, field: &str| {
        problems
            .iter()
            .find(|(i, (f, _))| *i == at && *f == field)
            .map(|(_, (_, key))| page.t(key))
    };
    let legal = Block::heading(page.t("dep-legal-title"))
        .para(page.t("dep-legal-does"))
        .para(page.t("dep-legal-not-judge"))
        .para(page.t("dep-legal-asylum"))
        .para(page.t("dep-legal-stipend"))
        .link("/help", page.t("dep-legal-help"))
        .link("/departure/figures", page.t("dep-figures-title"));
    let how_many = Form::get("/departure", page.t("dep-people-submit")).field(
        Field::new("people", "number", page.t("dep-people"))
            .value(&people.to_string())
            .numeric(),
    );
    let mut form = Form::post(
        &format!("/departure?people={people}"),
        &csrf_token(state, csrf),
        page.t("dep-file-submit"),
    )
    .mark_required()
    .set(
        FieldSet::new(Some(page.t("dep-trip")))
            .field(
                Field::new("destination", "select", page.t("dep-destination"))
                    .options(countries(locale, &value("destination")))
                    .error(error(None, "destination")),
            )
            .field(
                Field::new("contact", "text", page.t("dep-contact"))
                    .value(&value("contact"))
                    .optional()
                    .error(error(None, "contact")),
            )
            .field(
                Field::new("travel_help", "checkbox", page.t("dep-travel-help"))
                    .value(&value("travel_help")),
            )
            .field(
                Field::new("cost_help", "checkbox", page.t("dep-cost-help"))
                    .value(&value("cost_help")),
            ),
    );
    for (i, slot) in SLOTS.iter().take(people).enumerate() {
        let v = |k: usize| value(slot[k]);
        let legend = if i == 0 {
            page.t("dep-you")
        } else {
            page.tf("dep-traveller", &[("number", Value::from(i as i64 + 1))])
        };
        form = form.set(
            FieldSet::new(Some(legend))
                .field(
                    Field::new(slot[0], "text", page.t("traveller-given-names"))
                        .value(&v(0))
                        .error(error(Some(i), FIELDS[0])),
                )
                .field(
                    Field::new(slot[1], "text", page.t("traveller-family-names"))
                        .value(&v(1))
                        .error(error(Some(i), FIELDS[1])),
                )
                .field(
                    Field::new(slot[2], "date", page.t("traveller-birth-date"))
                        .value(&v(2))
                        .error(error(Some(i), FIELDS[2])),
                )
                .field(
                    Field::new(slot[3], "select", page.t("traveller-nationality"))
                        .options(countries(locale, &v(3)))
                        .error(error(Some(i), FIELDS[3])),
                )
                .field(
                    Field::new(slot[4], "text", page.t("dep-a-number"))
                        .value(&v(4))
                        .optional()
                        .error(error(Some(i), FIELDS[4])),
                )
                .field(
                    Field::new(slot[5], "select", page.t("dep-passport-country"))
                        .options(countries(locale, &v(5)))
                        .error(error(Some(i), FIELDS[5])),
                )
                .field(
                    Field::new(slot[6], "text", page.t("dep-passport-number"))
                        .value(&v(6))
                        .error(error(Some(i), FIELDS[6])),
                ),
        );
    }
    form = form.field(
        Field::new("understood", "checkbox", page.t("dep-understood"))
            .value(&value("understood"))
            .error(error(None, "understood")),
    );
    let mut filing = Block::heading(page.t("dep-file-title")).form(form);
    filing.paragraphs.extend(error(None, "travellers"));
    let mut view = GenericPage::new(page, "dep-title")
        .block(legal)
        .block(Block::default().form(how_many.secondary()))
        .block(filing);
    let intents = departure(state).store.intents_of(account).await?;
    if !intents.is_empty() {
        let mut mine = Block::heading(view.page.t("dep-yours"));
        for i in intents {
            let text = view.page.tf(
                "dep-intent-line",
                &[
                    ("reference", Value::from(i.reference.clone())),
                    ("status", Value::from(i.status.clone())),
                ],
            );
            mine = mine.link(&format!("/departure/{}", i.id), text);
        }
        view = view.block(mine);
    }
    view.render()
}

async fn home(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Query(people): Query<People>,
) -> Result<Html<String>, AppError> {
    let account = &user.subject().id;
    home_page(
        &state,
        locale,
        &csrf,
        account,
        people.count(),
        &HashMap::new(),
        &[],
    )
    .await
}

async fn file(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Query(people): Query<People>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let v = |k: &str| form.get(k).cloned().unwrap_or_default();
    let input = IntentInput {
        destination: v("destination"),
        contact: v("contact"),
        travel_help: v("travel_help") == "yes",
        cost_help: v("cost_help") == "yes",
        understood: v("understood") == "yes",
        travellers: SLOTS
            .iter()
            .take(people.count())
            .map(|slot| TravellerInput {
                given: v(slot[0]),
                family: v(slot[1]),
                born: v(slot[2]),
                citizenship: v(slot[3]),
                a_number: v(slot[4]),
                document_kind: "passport".into(),
                document_country: v(slot[5]),
                document_number: v(slot[6]),
            })
            .collect(),
    };
    let account = &user.subject().id;
    match departure(&state).file(account, &input).await? {
        Filed::Saved(id) => Ok(Redirect::to(&format!("/departure/{id}")).into_response()),
        Filed::Refused(problems) => {
            let page = home_page(
                &state,
                locale,
                &csrf,
                account,
                people.count(),
                &form,
                &problems,
            )
            .await?;
            Ok(said(false, page))
        }
    }
}

async fn intent(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let service = departure(&state);
    let (row, details) = service
        .intent_for(&user.subject().id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/departure");
    let mut blocks = vec![Block::text(page.tf(
        "dep-intent-state",
        &[
            ("reference", Value::from(row.reference.clone())),
            ("status", Value::from(row.status.clone())),
        ],
    ))];
    if let Some(travel) = row.travel_sealed.as_deref().and_then(|t| {
        crate::app::opened::<crate::domain::Travel>(&service.services.keys, t, crate::store::TRAVEL)
    }) {
        blocks.push(Block::text(page.tf(
            "dep-travel-line",
            &[
                ("date", Value::from(when::date(locale, travel.date))),
                ("carrier", Value::from(travel.carrier)),
                ("from", Value::from(travel.from)),
            ],
        )));
    }
    let departures = service.store.departures_of(&id).await?;
    for (n, t) in details.travellers.iter().enumerate() {
        let name = format!("{} {}", t.name.given, t.name.family);
        match departures.iter().find(|d| d.position == n as i64) {
            Some(d) => {
                let token = crate::proofs::token(&service.services.keys, &row, d);
                blocks.push(Block::proof(
                    &token,
                    page.tf(
                        "dep-departed-line",
                        &[
                            ("name", Value::from(name)),
                            ("when", Value::from(when::date_ms(locale, d.departed_at))),
                        ],
                    ),
                ));
            }
            None => blocks.push(Block::text(name).link(
                &format!("/departure/{id}/travellers/{n}"),
                page.t("dep-confirm-link"),
            )),
        }
    }
    let mut view = GenericPage::new(page, "dep-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn land_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    id: &str,
    n: i64,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let challenge = departure(state)
        .challenge(account, id, n)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/departure");
    let form = Form::post(
        &format!("/departure/{id}/travellers/{n}"),
        &csrf_token(state, csrf),
        page.t("dep-land-submit"),
    )
    .multipart()
    .hidden("latitude", "")
    .hidden("longitude", "")
    .hidden("accuracy", "")
    .hidden("challenge", &challenge.token)
    .field(
        Field::new("photo", "photo", page.t("photo-label"))
            .help(page.t("photo-tips"))
            .error(error),
    );
    let block = Block::text(page.t("dep-land-intro"))
        .form(form)
        .needing_script();
    let without = Block::text(page.t("dep-land-no-script")).for_no_script();
    let camera = (page.t("photo-camera-start"), page.t("photo-camera-take"));
    let mut view = GenericPage::new(page, "dep-land-title")
        .block(block)
        .block(without);
    view.camera = Some(camera);
    let steps: Vec<&str> = challenge.steps.iter().map(|p| p.code()).collect();
    view.data = vec![
        ("liveness-steps", steps.join(",")),
        ("liveness-front", view.page.t("liveness-front")),
        ("liveness-left", view.page.t("liveness-left")),
        ("liveness-right", view.page.t("liveness-right")),
    ];
    view.script = Some("/static/request.js");
    view.render()
}

async fn land_page_get(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((id, n)): Path<(String, i64)>,
) -> Result<Html<String>, AppError> {
    land_page(&state, locale, &csrf, &user.subject().id, &id, n, None).await
}

async fn land(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((id, n)): Path<(String, i64)>,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let account = &user.subject().id;
    let page = Chrome::new(&state.i18n, locale, "/departure");
    let here = (|| {
        garita_domain::geofence::Position::new(
            form.field("latitude").parse().ok()?,
            form.field("longitude").parse().ok()?,
            form.field("accuracy").parse().ok()?,
        )
        .ok()
    })();
    let Some(here) = here else {
        let view = land_page(
            &state,
            locale,
            &csrf,
            account,
            &id,
            n,
            Some(page.t("dep-land-position")),
        )
        .await?;
        return Ok(said(false, view));
    };
    let live = (!form.frames.is_empty()).then(|| (form.field("challenge"), form.frames.clone()));
    let outcome = departure(&state)
        .depart_by_land(account, &id, n, here, &form.photo, live)
        .await?;
    let error = match outcome {
        Land::Recorded | Land::NotOpen => {
            return Ok(Redirect::to(&format!("/departure/{id}")).into_response());
        }
        Land::TooClose { km } => page.tf("dep-land-too-close", &[("km", Value::from(km))]),
        Land::Inside => page.t("dep-land-inside"),
        Land::Unknown => page.t("dep-land-unknown"),
        Land::NeedsCamera => page.t("dep-land-needs-camera"),
        Land::RetakePhoto(p) => page.t(p.message_key()),
    };
    let view = land_page(&state, locale, &csrf, account, &id, n, Some(error)).await?;
    Ok(said(false, view))
}

// ------------------------------------------------------------------ staff

async fn queue(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut list = Block::text(page.t("dep-staff-intro"));
    for i in departure(&state).store.to_review().await? {
        let text = page.tf(
            "dep-intent-line",
            &[
                ("reference", Value::from(i.reference.clone())),
                ("status", Value::from(i.status.clone())),
            ],
        );
        list = list.link(&format!("/staff/departure/{}", i.id), text);
    }
    GenericPage::new(page, "dep-staff-title")
        .block(list)
        .render()
}

async fn staff_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    staff: &str,
    id: &str,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = departure(state);
    let row = service.store.intent(id).await?.ok_or(AppError::NotFound)?;
    let details: crate::domain::Intent = crate::app::opened(
        &service.services.keys,
        &row.details_sealed,
        crate::store::DETAILS,
    )
    .ok_or(AppError::NotFound)?;
    let event = AuditEvent::new(service.services.now(), crate::Action::Opened)
        .actor(staff)
        .subject(id);
    service
        .services
        .store
        .enqueue(Effects::audit(event))
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(state, csrf);
    let action = format!("/staff/departure/{id}/act");
    let mut about = Block::text(page.tf(
        "dep-intent-state",
        &[
            ("reference", Value::from(row.reference.clone())),
            ("status", Value::from(row.status.clone())),
        ],
    ))
    .para(page.tf(
        "dep-staff-help",
        &[
            (
                "travel",
                Value::from(if details.travel_help { "yes" } else { "no" }),
            ),
            (
                "cost",
                Value::from(if details.cost_help { "yes" } else { "no" }),
            ),
        ],
    ));
    for (n, t) in details.travellers.iter().enumerate() {
        about.paragraphs.push(format!(
            "{}. {} {}, {}",
            n + 1,
            t.name.given,
            t.name.family,
            when::date(locale, t.birth.date())
        ));
    }
    let vet = Form::post(&action, &token, page.t("dep-staff-vet")).hidden("act", "vet");
    let arrange = Form::post(&action, &token, page.t("dep-staff-arrange"))
        .hidden("act", "arrange")
        .field(Field::new("date", "date", page.t("dep-staff-date")))
        .field(Field::new("carrier", "text", page.t("dep-staff-carrier")))
        .field(Field::new("from", "text", page.t("dep-staff-from")));
    let carrier = Form::post(&action, &token, page.t("dep-staff-record"))
        .hidden("act", "carrier")
        .field(Field::new("position", "number", page.t("dep-staff-position")).numeric())
        .field(
            Field::new("how", "select", page.t("dep-staff-how")).options(vec![
                ("air".into(), page.t("dep-staff-air"), true),
                ("sea".into(), page.t("dep-staff-sea"), false),
            ]),
        )
        .field(Field::new(
            "confirmation",
            "text",
            page.t("dep-staff-confirmation"),
        ));
    let pay = Form::post(&action, &token, page.t("dep-staff-pay"))
        .hidden("act", "pay")
        .field(Field::new("position", "number", page.t("dep-staff-position")).numeric())
        .field(
            Field::new("destination", "text", page.t("dep-staff-destination"))
                .help(page.t("dep-staff-destination-help"))
                .optional(),
        );
    let mut view = GenericPage::new(page, "dep-staff-title")
        .block(about)
        .block(Block::default().form(vet))
        .block(Block::default().form(arrange))
        .block(Block::default().form(carrier))
        .block(Block::default().form(pay));
    view.notice = notice;
    view.render()
}

async fn staff_intent(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    staff_page(&state, locale, &csrf, &user.account.id, &id, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Act {
    act: String,
    date: String,
    carrier: String,
    from: String,
    position: String,
    how: String,
    confirmation: String,
    destination: String,
}

async fn act(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<Act>,
) -> Result<Response, AppError> {
    let service = departure(&state);
    let staff = user.account.id.clone();
    let position = form
        .position
        .trim()
        .parse::<i64>()
        .map(|n| n - 1)
        .unwrap_or(-1);
    let key = match form.act.as_str() {
        "vet" => service.vet(&staff, &id).await?.then_some("dep-staff-done"),
        "arrange" => match service
            .arrange(&staff, &id, &form.date, &form.carrier, &form.from)
            .await?
        {
            Ok(true) => Some("dep-staff-done"),
            _ => None,
        },
        "carrier" => service
            .record_by_carrier(&staff, &id, position, &form.how, &form.confirmation)
            .await?
            .then_some("dep-staff-done"),
        "pay" => match service
            .pay(&staff, &id, position, &form.destination)
            .await?
        {
            Paid::Now { .. } => Some("dep-staff-paid"),
            Paid::Already => Some("dep-staff-paid-already"),
            Paid::NotEligible => None,
            Paid::TryLater => return unpaid(&state, locale, &csrf, &staff, &id, None).await,
            Paid::Refused(why) => {
                return unpaid(&state, locale, &csrf, &staff, &id, Some(why)).await;
            }
        },
        _ => None,
    };
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let notice = page.t(key.unwrap_or("dep-staff-not-done"));
    let view = staff_page(&state, locale, &csrf, &staff, &id, Some(notice)).await?;
    Ok(said(key.is_some(), view))
}

/// The stipend was not paid: the provider was out of reach (try again: the same payout), or
/// refused, with its reason (staff read it; it names no person).
async fn unpaid(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    staff: &str,
    id: &str,
    refused: Option<String>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let notice = match refused {
        None => page.t("dep-staff-pay-later"),
        Some(why) => page.tf("dep-staff-pay-refused", &[("reason", Value::from(why))]),
    };
    let view = staff_page(state, locale, csrf, staff, id, Some(notice)).await?;
    Ok(said(false, view))
}
