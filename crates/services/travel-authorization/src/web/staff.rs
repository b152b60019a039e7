//! The staff's pages:
//! - `/staff/travel-authorization` (adjudicators): the confirmed people waiting for a decision,
//!   oldest first, with the photo check and the supporter side's figures, and the open review
//!   cases; `/staff/travel-authorization/{id}`: one person's evidence (opening it is audited),
//!   the photo, and the decision;
//! - `/staff/travel-authorization/programmes` (programme admins): open or close a programme;
//! - `/staff/ports/{port}/travel-authorization` (officers at their port): find an authorization
//!   by number, QR code or name and date of birth (audited), and record the parole.

use super::{nationalities, service_on, status};
use crate::app::{Arrived, Decided, Parole, Query as Find, ToDecide};
use crate::domain::{Portrait, Supporter};
use crate::store;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};
use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_domain::travellers::PersonName;
use garita_domain::{AuditEvent, Role};
use garita_i18n::{Locale, Value, when};
use garita_kernel::staff::{Rule, StaffRoute};
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage, Table, said};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

const ADJUDICATORS: &[Role] = &[Role::Adjudicator];
const ADMINS: &[Role] = &[Role::ProgrammeAdmin];
const OFFICERS: &[Role] = &[Role::Officer];

/// Its staff routes and who may use them.
pub const ROUTES: &[StaffRoute] = &[
    StaffRoute::page(
        "/staff/travel-authorization",
        Rule::Roles(ADJUDICATORS),
        "ta-staff-title",
    ),
    StaffRoute::get(
        "/staff/travel-authorization/{id}",
        Rule::Roles(ADJUDICATORS),
    ),
    StaffRoute::get(
        "/staff/travel-authorization/{id}/photo",
        Rule::Roles(ADJUDICATORS),
    ),
    StaffRoute::post(
        "/staff/travel-authorization/{id}/decide",
        Rule::Roles(ADJUDICATORS),
    ),
    StaffRoute::post(
        "/staff/travel-authorization/reviews/{id}/close",
        Rule::Roles(ADJUDICATORS),
    ),
    StaffRoute::page(
        "/staff/travel-authorization/programmes",
        Rule::Roles(ADMINS),
        "ta-programmes-title",
    ),
    StaffRoute::post(
        "/staff/travel-authorization/programmes/{code}",
        Rule::Roles(ADMINS),
    ),
    StaffRoute::page(
        "/staff/ports/{port}/travel-authorization",
        Rule::AtPort(OFFICERS),
        "ta-port-title",
    ),
    StaffRoute::post(
        "/staff/ports/{port}/travel-authorization/{id}/parole",
        Rule::AtPort(OFFICERS),
    ),
];

pub fn routes(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/travel-authorization", get(queue))
        .route("/staff/travel-authorization/{id}", get(evidence))
        .route("/staff/travel-authorization/{id}/photo", get(photo))
        .route("/staff/travel-authorization/{id}/decide", post(decide))
        .route(
            "/staff/travel-authorization/reviews/{id}/close",
            post(close_review),
        )
        .route("/staff/travel-authorization/programmes", get(programmes))
        .route(
            "/staff/travel-authorization/programmes/{code}",
            post(set_programme),
        )
        .route("/staff/ports/{port}/travel-authorization", get(port_desk))
        .route(
            "/staff/ports/{port}/travel-authorization/{id}/parole",
            post(parole),
        )
}

/// The photo check's outcome in words, for the adjudicator.
fn photo_line(page: &Chrome, check: Option<&str>) -> String {
    match check {
        None | Some("passed") => page.t("ta-staff-photo-passed"),
        Some(reason) => page.tf(
            "ta-staff-photo-reason",
            &[("reason", Value::from(reason.to_string()))],
        ),
    }
}

/// The supporter side's figures for one person.
fn signals(page: &Chrome, d: &ToDecide) -> String {
    page.tf(
        "ta-staff-signals",
        &[
            ("network", Value::from(d.from_network)),
            ("device", Value::from(d.from_device)),
            ("supporter", Value::from(d.by_supporter)),
            ("named", Value::from(d.named_by_others)),
        ],
    )
}

async fn queue_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(state);
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(state, csrf);
    let waiting = service.queue().await?;
    let mut list = Block::text(page.tf(
        "ta-staff-waiting",
        &[("count", Value::from(waiting.len() as i64))],
    ));
    for d in &waiting {
        let confirmed = d
            .opened
            .row
            .confirmed_at
            .map(|ms| when::moment_utc(locale, ms))
            .unwrap_or_default();
        let text = page.tf(
            "ta-staff-line",
            &[
                ("reference", Value::from(d.case.reference.clone())),
                ("programme", Value::from(page.t(&d.programme.name_key()))),
                ("when", Value::from(confirmed)),
            ],
        );
        list = list.link(
            &format!("/staff/travel-authorization/{}", d.opened.row.id),
            text,
        );
    }
    let reviews = service.reviews().await?;
    let mut open = Block::heading(page.t("ta-staff-reviews")).para(page.tf(
        "ta-staff-reviews-count",
        &[("count", Value::from(reviews.len() as i64))],
    ));
    let mut blocks = vec![];
    for r in &reviews {
        let text = page.tf(
            "ta-staff-review",
            &[
                ("signal", Value::from(r.signal.clone())),
                ("count", Value::from(r.count)),
                ("when", Value::from(when::moment_utc(locale, r.opened_at))),
            ],
        );
        let form = Form::post(
            &format!("/staff/travel-authorization/reviews/{}/close", r.id),
            &token,
            page.t("ta-staff-review-close"),
        )
        .secondary();
        blocks.push(Block::text(text).form(form));
    }
    if reviews.is_empty() {
        open.paragraphs.truncate(1);
    }
    let mut view = GenericPage::new(page, "ta-staff-title")
        .block(list)
        .block(open);
    view.notice = notice;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn queue(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    queue_page(&state, locale, &csrf, None).await
}

async fn evidence(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(&state);
    let d = service.awaiting(&id).await?.ok_or(AppError::NotFound)?;
    let now = service.services.now();
    // Opening a person's evidence is access to personal data: audited.
    let event = AuditEvent::new(now, crate::Action::Opened)
        .actor(&user.account.id)
        .subject(&id);
    service
        .services
        .store
        .enqueue(Effects::audit(event))
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(&state, &csrf);
    let b = &d.opened.details;
    let mut rows = vec![
        vec![
            page.t("ta-staff-typed"),
            format!(
                "{} {}, {}, {}",
                b.name.given,
                b.name.family,
                when::date(locale, b.birth.date()),
                garita_i18n::countries::name(locale, b.nationality.code())
                    .unwrap_or(b.nationality.code())
            ),
        ],
        vec![
            page.t("ta-staff-relationship"),
            page.t(&format!("ta-relationship-{}", b.relationship)),
        ],
    ];
    if let Some(c) = &d.opened.confirmed {
        rows.push(vec![
            page.t("ta-staff-confirmed"),
            format!(
                "{} {}, {}",
                c.name.given,
                c.name.family,
                when::date(locale, c.birth.date())
            ),
        ]);
        rows.push(vec![
            page.t("ta-staff-passport"),
            page.tf(
                "ta-staff-passport-line",
                &[
                    ("number", Value::from(c.passport_number.clone())),
                    ("issuer", Value::from(c.passport_issuer.clone())),
                    (
                        "expires",
                        Value::from(when::date(locale, c.passport_expires)),
                    ),
                ],
            ),
        ]);
        let country = c
            .country
            .as_deref()
            .map(|code| {
                garita_i18n::countries::name(locale, code)
                    .unwrap_or(code)
                    .to_string()
            })
            .unwrap_or_else(|| page.t("ta-staff-country-unknown"));
        rows.push(vec![page.t("ta-staff-country"), country]);
        let portrait = match &c.portrait {
            Some(Portrait::Compared { distance, .. }) => page.tf(
                "ta-staff-portrait-distance",
                &[
                    (
                        "distance",
                        Value::from(garita_i18n::numbers::decimal(
                            locale,
                            (f64::from(*distance) * 100.0).round() as i64,
                            2,
                        )),
                    ),
                    (
                        "threshold",
                        Value::from(garita_i18n::numbers::decimal(
                            locale,
                            (f64::from(service.services.faces.match_distance) * 100.0).round()
                                as i64,
                            2,
                        )),
                    ),
                ],
            ),
            Some(Portrait::Unusable) => page.t("ta-staff-portrait-unusable"),
            None => page.t("ta-staff-portrait-none"),
        };
        rows.push(vec![page.t("ta-staff-portrait"), portrait]);
    }
    let supporter: Option<Supporter> = crate::app::opened(
        &service.services.keys,
        &d.case.supporter_sealed,
        store::SUPPORTER,
    );
    if let Some(s) = supporter {
        rows.push(vec![
            page.t("ta-staff-supporter"),
            format!(
                "{} {}, {}, {}",
                s.name.given,
                s.name.family,
                page.t(&format!("ta-us-status-{}", s.status.code())),
                s.state
            ),
        ]);
    }
    rows.push(vec![page.t("ta-staff-signals-head"), signals(&page, &d)]);
    rows.push(vec![
        page.t("ta-staff-photo"),
        photo_line(&page, d.opened.row.photo_check.as_deref()),
    ]);
    let facts = Block {
        table: Some(Table {
            head: vec![page.t("ta-staff-what"), page.t("ta-staff-value")],
            rows,
        }),
        images: vec![(
            format!("/staff/travel-authorization/{id}/photo"),
            page.t("ta-staff-photo-alt"),
        )],
        ..Block::text(page.tf(
            "ta-staff-case",
            &[
                ("reference", Value::from(d.case.reference.clone())),
                ("programme", Value::from(page.t(&d.programme.name_key()))),
            ],
        ))
    }
    .para(page.t("ta-staff-photo-compare"));
    let action = format!("/staff/travel-authorization/{id}/decide");
    let yes = Form::post(&action, &token, page.t("ta-staff-authorize")).hidden("authorize", "yes");
    let no = Form::post(&action, &token, page.t("ta-staff-not-authorize"))
        .hidden("authorize", "no")
        .secondary();
    let decide = Block::heading(page.t("ta-staff-decide"))
        .para(page.t("ta-staff-decide-help"))
        .form(yes);
    GenericPage::new(page, "ta-staff-title")
        .block(facts)
        .block(decide)
        .block(Block::default().form(no))
        .render()
}

async fn photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let service = service_on(&state);
    let row = service
        .store
        .beneficiary(&id)
        .await?
        .filter(|r| r.status == "confirmed")
        .ok_or(AppError::NotFound)?;
    let sealed = row.photo_sealed.ok_or(AppError::NotFound)?;
    let jpeg = service
        .services
        .keys
        .open(&sealed, store::PHOTO)
        .map_err(|_| AppError::NotFound)?;
    let event = AuditEvent::new(service.services.now(), crate::Action::PhotoViewed)
        .actor(&user.account.id)
        .subject(&id);
    service
        .services
        .store
        .enqueue(Effects::audit(event))
        .await?;
    Ok(garita_web::pages::jpeg(jpeg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DecideForm {
    authorize: String,
}

async fn decide(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<Response, AppError> {
    let authorize = form.authorize == "yes";
    let decided = service_on(&state)
        .decide(&user.account.id, &id, authorize)
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let (key, done) = match decided {
        Decided::Authorized { .. } => ("ta-staff-authorized", true),
        Decided::NotAuthorized => ("ta-staff-not-authorized", true),
        Decided::CapReached => ("ta-staff-cap-reached", false),
        Decided::NotOpen => ("ta-staff-not-open", false),
    };
    let view = queue_page(&state, locale, &csrf, Some(page.t(key))).await?;
    Ok(said(done, view))
}

async fn close_review(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let done = service_on(&state)
        .close_review(&user.account.id, &id)
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let key = if done {
        "ta-staff-review-closed"
    } else {
        "ta-staff-not-open"
    };
    let view = queue_page(&state, locale, &csrf, Some(page.t(key))).await?;
    Ok(said(done, view))
}

async fn programmes_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(state);
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(state, csrf);
    let month = service.services.now_utc().format("%Y-%m").to_string();
    let mut blocks = vec![];
    for p in service.store.programmes().await? {
        let granted = service.store.granted(&p.pool, &month).await?;
        let who: Vec<String> = nationalities(locale, &p)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let cap = match p.monthly_cap {
            Some(cap) => page.tf(
                "ta-programmes-cap",
                &[("granted", Value::from(granted)), ("cap", Value::from(cap))],
            ),
            None => page.tf("ta-programmes-no-cap", &[("granted", Value::from(granted))]),
        };
        let open = p.is_open();
        let form = Form::post(
            &format!("/staff/travel-authorization/programmes/{}", p.code),
            &token,
            page.t(if open {
                "ta-programmes-close"
            } else {
                "ta-programmes-open"
            }),
        )
        .hidden("open", if open { "no" } else { "yes" })
        .secondary();
        blocks.push(
            Block::heading(page.t(&p.name_key()))
                .para(who.join(", "))
                .para(cap)
                .para(page.t(if open {
                    "ta-programme-open"
                } else {
                    "ta-programme-closed"
                }))
                .form(form),
        );
    }
    let mut view = GenericPage::new(page, "ta-programmes-title");
    view.notice = notice;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn programmes(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    programmes_page(&state, locale, &csrf, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OpenForm {
    open: String,
}

async fn set_programme(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    CsrfForm(form): CsrfForm<OpenForm>,
) -> Result<Response, AppError> {
    let open = form.open == "yes";
    let done = service_on(&state)
        .set_open(&user.account.id, &code, open)
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let key = match (done, open) {
        (true, true) => "ta-programmes-opened",
        (true, false) => "ta-programmes-closed",
        (false, _) => "ta-staff-not-open",
    };
    let view = programmes_page(&state, locale, &csrf, Some(page.t(key))).await?;
    Ok(said(done, view))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PortFind {
    number: String,
    given: String,
    family: String,
    born: String,
}

async fn port_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    officer: &str,
    port: &str,
    find: &PortFind,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(state);
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(state, csrf);
    let action = format!("/staff/ports/{port}/travel-authorization");
    let by_number = Form::get(&action, page.t("ta-port-find")).field(
        Field::new("number", "text", page.t("ta-port-number"))
            .value(&find.number)
            .help(page.t("ta-port-number-help")),
    );
    let by_name = Form::get(&action, page.t("ta-port-find"))
        .field(Field::new("given", "text", page.t("traveller-given-names")).value(&find.given))
        .field(Field::new("family", "text", page.t("traveller-family-names")).value(&find.family))
        .field(Field::new("born", "date", page.t("traveller-birth-date")).value(&find.born))
        .secondary();
    let query = if !find.number.trim().is_empty() {
        Some(Find::Number(find.number.trim().to_string()))
    } else {
        match (
            PersonName::parse(&find.given, &find.family),
            find.born.trim().parse::<chrono::NaiveDate>(),
        ) {
            (Ok(name), Ok(birth)) => Some(Find::Person { name, birth }),
            _ => None,
        }
    };
    let mut blocks = vec![
        Block::text(page.t("ta-port-intro")).form(by_number),
        Block::default().form(by_name),
    ];
    if let Some(query) = query {
        let found = service.find(officer, query).await?;
        if found.is_empty() {
            blocks.push(Block::text(page.t("ta-port-none")));
        }
        for o in found {
            let until = o
                .row
                .valid_until
                .map(|ms| when::date_ms(locale, ms))
                .unwrap_or_default();
            let c = o.confirmed.as_ref();
            let line = page.tf(
                "ta-port-found",
                &[
                    (
                        "number",
                        Value::from(o.row.number.clone().unwrap_or_default()),
                    ),
                    (
                        "name",
                        Value::from(c.map_or(String::new(), |c| {
                            format!("{} {}", c.name.given, c.name.family)
                        })),
                    ),
                    (
                        "passport",
                        Value::from(c.map_or(String::new(), |c| c.passport_number.clone())),
                    ),
                    ("until", Value::from(until)),
                ],
            );
            let mut block = Block::text(line).para(status(&page, &o.row.status));
            if o.row.status == "authorized" {
                let default_until =
                    service.services.now_utc().date_naive() + chrono::Months::new(24);
                let form = Form::post(
                    &format!(
                        "/staff/ports/{port}/travel-authorization/{}/parole",
                        o.row.id
                    ),
                    &token,
                    page.t("ta-port-parole"),
                )
                .field(
                    Field::new("admission_number", "text", page.t("ta-port-admission")).numeric(),
                )
                .field(Field::new("class", "text", page.t("ta-port-class")).value("DT"))
                .field(
                    Field::new("until", "date", page.t("ta-port-until"))
                        .value(&default_until.to_string()),
                );
                block = block.form(form);
            }
            blocks.push(block);
        }
    }
    let mut view = GenericPage::new(page, "ta-port-title");
    view.notice = notice;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn port_desk(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    Query(find): Query<PortFind>,
) -> Result<Html<String>, AppError> {
    port_page(&state, locale, &csrf, &user.account.id, &port, &find, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ParoleForm {
    admission_number: String,
    class: String,
    until: String,
}

async fn parole(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<ParoleForm>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let officer = user.account.id.clone();
    let parsed = (
        AdmissionNumber::parse(&form.admission_number),
        AdmissionClass::parse(&form.class),
        form.until.trim().parse::<chrono::NaiveDate>(),
    );
    let (key, done) = match parsed {
        (Ok(admission_number), Ok(class), Ok(until)) => {
            let p = Parole {
                port: port.clone(),
                admission_number,
                class,
                until,
            };
            match service_on(&state).arrive(&officer, &id, &p).await? {
                Arrived::Recorded => ("ta-port-recorded", true),
                Arrived::NotValid => ("ta-port-not-valid", false),
            }
        }
        _ => ("ta-port-parole-problem", false),
    };
    let view = port_page(
        &state,
        locale,
        &csrf,
        &officer,
        &port,
        &PortFind::default(),
        Some(page.t(key)),
    )
    .await?;
    Ok(said(done, view))
}
