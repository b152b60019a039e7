//! The service's pages, rendered on the server and working without JavaScript:
//! - `/i94`: what a provisional I-94 is, its fee and rules in plain words, the person's
//!   applications, and a form to start one (the trip);
//! - `/i94/{group}`: the travellers, added one at a time (each field checked and named), the
//!   total, and paying (a hosted page, or at the port); coming back from the page looks the
//!   payment up before anything shows as paid; then each traveller's provisional number;
//! - `/staff/ports/{port}/i94`: the officer finds a provisional I-94 by its number (or its QR
//!   code's text, whose signature is checked) at their own
//!   port (the look is audited), and admits or refuses that traveller.

use crate::app::{Decided, Decision, I94};
use crate::domain::{Problem, Purpose, TravellerInput, TripInput};
use crate::store::TravellerRow;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use garita_domain::AuditEvent;
use garita_domain::money::Money;
use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_i18n::{Locale, Value, when};
use garita_kernel::Services;
use garita_kernel::payments::{Settled, Started};
use garita_kernel::people::ArrivalDecision;
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, said};
use garita_web::{AppError, AppState, Lang, Link, On, WebService};
use serde::Deserialize;

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/i94",
            key: "i94-title",
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
        .route("/i94", get(home).post(start))
        .route("/i94/{group}", get(group_page))
        .route("/i94/{group}/travellers", post(add))
        .route("/i94/{group}/travellers/{id}/remove", post(remove))
        .route("/i94/{group}/pay", post(pay))
        .route("/i94/{group}/back", get(back))
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/ports/{port}/i94", get(desk))
        .route("/staff/ports/{port}/i94/receipts", post(receipt))
        .route("/staff/ports/{port}/i94/{number}/admit", post(admit))
        .route("/staff/ports/{port}/i94/{number}/refuse", post(refuse))
}

fn i94(state: &AppState) -> I94 {
    I94::on(&state.services)
}

/// An amount as the language writes numbers, with its currency code.
fn money(locale: Locale, m: Money) -> String {
    garita_i18n::numbers::money(locale, m.minor, m.currency.as_str())
}

/// An admission as the officer recorded it, in words (`None` for a refusal): the same line on
/// the person's page and the officer's.
fn admitted_line(page: &Chrome, locale: Locale, decision: &Decision) -> Option<String> {
    let Decision::Admitted {
        admission_number,
        class,
        until,
    } = decision
    else {
        return None;
    };
    Some(page.tf(
        "i94-staff-admitted",
        &[
            ("number", Value::from(admission_number.to_string())),
            ("class", Value::from(class.to_string())),
            ("until", Value::from(when::date(locale, *until))),
        ],
    ))
}

fn problem_text(page: &Chrome, problems: &[Problem], field: &str) -> Option<String> {
    problems
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, key)| page.t(key))
}

// ------------------------------------------------------------------ the applicant's pages

async fn home(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    home_page(
        &state,
        locale,
        &csrf,
        &user.subject().id,
        &TripInput::default(),
        &[],
    )
    .await
}

async fn home_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    trip: &TripInput,
    problems: &[Problem],
) -> Result<Html<String>, AppError> {
    let service = i94(state);
    let page = Chrome::new(&state.i18n, locale, "/i94");
    let token = csrf_token(state, csrf);
    let today = service.services.now_utc().date_naive();
    let fee = service.fees.on(today);
    let mut intro = Block::text(page.t("i94-intro"));
    if let Some(fee) = fee {
        intro = intro.para(page.tf("i94-fee", &[("fee", Value::from(money(locale, fee)))]));
    }
    intro = intro.para(page.t("i94-rules"));
    let mut mine = Block::heading(page.t("i94-mine-title"));
    let groups = service.store.groups_of(account).await?;
    if groups.is_empty() {
        mine = mine.para(page.t("i94-mine-none"));
    }
    let ports = state.store.list_ports().await?;
    let port_name = |code: &str| {
        ports
            .iter()
            .find(|p| p.code.as_str() == code)
            .map_or(code.to_string(), |p| p.name.clone())
    };
    for g in &groups {
        mine = mine.link(
            &format!("/i94/{}", g.id),
            page.tf(
                "i94-group-line",
                &[
                    ("port", Value::from(port_name(&g.port_code))),
                    (
                        "date",
                        Value::from(when::stored_date(locale, &g.arrival_date)),
                    ),
                    (
                        "status",
                        Value::from(page.t(&format!("i94-status-{}", g.status))),
                    ),
                ],
            ),
        );
    }
    let history = history_block(&service, &page, locale, account, &port_name).await?;
    let options = |list: Vec<(String, String)>, current: &str| {
        list.into_iter()
            .map(|(v, l)| {
                let chosen = v == current;
                (v, l, chosen)
            })
            .collect::<Vec<_>>()
    };
    let port_options = options(
        ports
            .iter()
            .map(|p| (p.code.as_str().to_string(), p.name.clone()))
            .collect(),
        &trip.port,
    );
    let purpose_options = options(
        Purpose::ALL
            .iter()
            .map(|p| {
                (
                    p.code().to_string(),
                    page.t(&format!("i94-purpose-{}", p.code())),
                )
            })
            .collect(),
        &trip.purpose,
    );
    let err = |f: &str| problem_text(&page, problems, f);
    let form = Form::post("/i94", &token, page.t("i94-start"))
        .field(
            Field::new("port", "select", page.t("i94-port"))
                .options(port_options)
                .error(err("port")),
        )
        .field(
            Field::new("arrival", "date", page.t("i94-arrival"))
                .value(&trip.arrival)
                .help(page.t("i94-arrival-help"))
                .error(err("arrival")),
        )
        .field(
            Field::new("purpose", "select", page.t("i94-purpose"))
                .options(purpose_options)
                .error(err("purpose")),
        )
        .set(
            FieldSet::new(Some(page.t("us-address-title")))
                .field(
                    Field::new("street", "text", page.t("us-address-street"))
                        .value(&trip.street)
                        .error(err("street"))
                        .autocomplete("street-address"),
                )
                .field(
                    Field::new("city", "text", page.t("us-address-city"))
                        .value(&trip.city)
                        .error(err("city")),
                )
                .field(
                    Field::new("state", "text", page.t("us-address-state"))
                        .value(&trip.state)
                        .help(page.t("i94-state-help"))
                        .error(err("state")),
                )
                .field(
                    Field::new("zip", "text", page.t("us-address-zip"))
                        .value(&trip.zip)
                        .error(err("zip"))
                        .numeric(),
                ),
        );
    let start = Block::heading(page.t("i94-start-title")).form(form);
    GenericPage::new(page, "i94-title")
        .block(intro)
        .block(history)
        .block(mine)
        .block(start)
        .render()
}

/// The person's arrivals at the ports over the last 10 years, as every service recorded them
/// (an appointment's, a provisional I-94's), the most recent (the most recent I-94) first, and
/// where to download them signed with everything else Garita keeps.
async fn history_block(
    service: &I94,
    page: &Chrome<'_>,
    locale: Locale,
    account: &str,
    port_name: &(dyn Fn(&str) -> String + Sync),
) -> Result<Block, AppError> {
    const TEN_YEARS: i64 = 3653 * 86_400_000;
    let since = service.services.now() - TEN_YEARS;
    let arrivals = service.services.travel_history(account, since).await?;
    let mut block = Block::heading(page.t("i94-history-title"));
    if arrivals.is_empty() {
        block = block.para(page.t("i94-history-none"));
    }
    for a in arrivals {
        let mut args = vec![
            ("name", Value::from(a.name.unwrap_or_default())),
            ("port", Value::from(port_name(&a.port))),
            ("date", Value::from(when::date_ms(locale, a.at))),
        ];
        let number = |n: Option<String>| Value::from(n.unwrap_or_else(|| "none".into()));
        let key = match a.decided {
            ArrivalDecision::Admitted {
                admission_number,
                class,
                until,
            } => {
                args.push(("number", number(admission_number)));
                args.push(("class", Value::from(class.unwrap_or_else(|| "—".into()))));
                args.push((
                    "until",
                    Value::from(until.map_or("none".into(), |d| when::date(locale, d))),
                ));
                "i94-history-admitted"
            }
            ArrivalDecision::Paroled {
                until,
                admission_number,
            } => {
                args.push(("number", number(admission_number)));
                args.push(("until", Value::from(when::date(locale, until))));
                "i94-history-paroled"
            }
            ArrivalDecision::Referred => "i94-history-referred",
            ArrivalDecision::NotAdmitted => "i94-history-refused",
        };
        block = block.para(page.tf(key, &args));
    }
    Ok(block.link("/registration/record", page.t("i94-history-record")))
}

async fn start(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(trip): CsrfForm<TripInput>,
) -> Result<Response, AppError> {
    let account = user.subject().id.clone();
    match i94(&state).start(&account, &trip).await? {
        Ok(group) => Ok(Redirect::to(&format!("/i94/{group}")).into_response()),
        Err(problems) => Ok(said(
            false,
            home_page(&state, locale, &csrf, &account, &trip, &problems).await?,
        )),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Notice {
    said: String,
}

async fn group_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(group): Path<String>,
    Query(notice): Query<Notice>,
) -> Result<Response, AppError> {
    let account = user.subject().id.clone();
    let key = match notice.said.as_str() {
        "added" => Some("i94-added"),
        "paid" => Some("i94-paid-notice"),
        "not-yet" => Some("i94-not-paid-yet"),
        "at-port" => Some("i94-pay-at-port"),
        "later" => Some("i94-pay-later"),
        _ => None,
    };
    let html = group_view(
        &state,
        locale,
        &csrf,
        &account,
        &group,
        key,
        &TravellerInput::default(),
        &[],
    )
    .await?;
    Ok(html.into_response())
}

#[allow(clippy::too_many_arguments)]
async fn group_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    group_id: &str,
    notice: Option<&str>,
    input: &TravellerInput,
    problems: &[Problem],
) -> Result<Html<String>, AppError> {
    let service = i94(state);
    let Some(group) = service
        .store
        .group(group_id)
        .await?
        .filter(|g| g.account_id == account)
    else {
        return Err(AppError::NotFound);
    };
    let page = Chrome::new(&state.i18n, locale, "/i94");
    let token = csrf_token(state, csrf);
    let travellers = service.store.travellers_of(group_id).await?;
    let ports = state.store.list_ports().await?;
    let port = ports.iter().find(|p| p.code.as_str() == group.port_code);
    let port_name = port.map_or(group.port_code.clone(), |p| p.name.clone());
    let zone = port.map_or(chrono_tz::UTC, |p| p.time_zone);
    let mut view = GenericPage::new(page, "i94-title");
    let page = &view.page;
    let summary = Block::heading(page.tf(
        "i94-group-title",
        &[
            ("port", Value::from(port_name.clone())),
            (
                "date",
                Value::from(when::stored_date(locale, &group.arrival_date)),
            ),
        ],
    ))
    .para(page.t(&format!("i94-status-{}", group.status)));
    let summary = if group.status == "awaiting-payment" {
        summary.para(page.tf(
            "i94-port-reference",
            &[("reference", Value::from(group.reference.clone()))],
        ))
    } else {
        summary
    };
    let list = Block::heading(page.tf(
        "i94-travellers-title",
        &[("count", Value::from(travellers.len()))],
    ));
    let open = group.status == "awaiting-payment" && group.payment_id.is_none();
    // One block per traveller: a block holds one form (its remove button).
    let mut each = vec![];
    for t in &travellers {
        let (name, decision) = service
            .open(t)
            .map(|(d, decision)| (format!("{} {}", d.name.given, d.name.family), decision))
            .unwrap_or_default();
        let line = match (&t.number, t.expires_at) {
            (Some(number), Some(until)) if t.status == "provisional" => page.tf(
                "i94-traveller-number",
                &[
                    ("name", Value::from(name)),
                    ("number", Value::from(number.clone())),
                    ("until", Value::from(when::moment_ms(locale, until, zone))),
                ],
            ),
            _ => page.tf(
                "i94-traveller-line",
                &[
                    ("name", Value::from(name)),
                    (
                        "status",
                        Value::from(page.t(&format!("i94-traveller-status-{}", t.status))),
                    ),
                ],
            ),
        };
        let mut block = Block::text(line);
        // The decision at the port, as the officer recorded it.
        if let Some(admitted) = decision.and_then(|d| admitted_line(page, locale, &d)) {
            block = block.para(admitted);
        }
        let proof = crate::proofs::token(&service.services.keys, &group, t);
        if open {
            block = block.form(
                Form::post(
                    &format!("/i94/{group_id}/travellers/{}/remove", t.id),
                    &token,
                    page.t("i94-remove"),
                )
                .secondary(),
            );
        }
        each.push(block);
        // Its signed proof, to show at the port: a QR code and its text.
        if let Some(proof) = proof {
            let label = page.tf("i94-proof", &[("port", Value::from(port_name.clone()))]);
            each.push(Block::proof(&proof, label));
        }
    }
    let currency = garita_domain::money::Currency::parse(&group.currency)
        .unwrap_or(garita_domain::money::Currency::USD);
    let fee = Money::new(group.fee_minor, currency);
    let total = fee.times(travellers.len() as i64).unwrap_or(fee);
    let mut blocks = vec![summary, list];
    blocks.extend(each);
    if open && travellers.len() < crate::domain::MAX_TRAVELLERS {
        blocks.push(
            Block::heading(page.t("i94-add-title"))
                .form(traveller_form(page, &token, group_id, input, problems)),
        );
    }
    if group.status == "awaiting-payment" && !travellers.is_empty() {
        let pay = Block::heading(page.t("i94-pay-title"))
            .para(page.tf(
                "i94-total",
                &[
                    ("total", Value::from(money(locale, total))),
                    ("count", Value::from(travellers.len())),
                    ("fee", Value::from(money(locale, fee))),
                ],
            ))
            .para(page.t("i94-rules"))
            .form(Form::post(
                &format!("/i94/{group_id}/pay"),
                &token,
                page.tf("i94-pay", &[("total", Value::from(money(locale, total)))]),
            ));
        blocks.push(pay);
    }
    if let Some(key) = notice {
        let text = page.tf(key, &[("total", Value::from(money(locale, total)))]);
        view = view.notice(text);
    }
    if let Some(text) = problem_text(&view.page, problems, "travellers") {
        view = view.error(text);
    } else if !problems.is_empty() {
        let text = view.page.t("i94-add-problems");
        view = view.error(text);
    }
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

fn traveller_form(
    page: &Chrome,
    token: &str,
    group_id: &str,
    t: &TravellerInput,
    problems: &[Problem],
) -> Form {
    let err = |f: &str| problem_text(page, problems, f);
    let text = |name: &'static str, label: &str, value: &str| {
        Field::new(name, "text", page.t(label))
            .value(value)
            .error(err(name))
    };
    let countries = |name: &'static str, label: &str, value: &str| {
        let mut options = vec![(String::new(), String::new(), value.is_empty())];
        options.extend(
            garita_i18n::countries::sorted(page.locale)
                .into_iter()
                .map(|(c, n)| (c.to_string(), n.to_string(), c == value)),
        );
        Field::new(name, "select", page.t(label))
            .options(options)
            .error(err(name))
    };
    let number = |name: &'static str, label: &str, value: &str| {
        Field::new(name, "text", page.t(label))
            .value(value)
            .numeric()
    };
    let sexes = ["F", "M", "X"]
        .iter()
        .map(|s| (s.to_string(), page.t(&format!("i94-sex-{s}")), t.sex == *s))
        .collect();
    Form::post(
        &format!("/i94/{group_id}/travellers"),
        token,
        page.t("i94-add"),
    )
    .field(text("given", "traveller-given-names", &t.given))
    .field(text("family", "traveller-family-names", &t.family))
    .set(
        FieldSet::new(Some(page.t("traveller-birth-date")))
            .inline()
            .required()
            .error(err("born"))
            .field(number("born_day", "traveller-day", &t.born_day))
            .field(number("born_month", "traveller-month", &t.born_month))
            .field(number("born_year", "traveller-year", &t.born_year)),
    )
    .field(
        Field::new("sex", "select", page.t("i94-sex"))
            .options(sexes)
            .error(err("sex")),
    )
    .field(countries(
        "citizenship",
        "traveller-nationality",
        &t.citizenship,
    ))
    .field(countries(
        "residence",
        "traveller-residence-country",
        &t.residence,
    ))
    .set(
        FieldSet::new(Some(page.t("document-passport")))
            .field(text(
                "passport_number",
                "traveller-document-number",
                &t.passport_number,
            ))
            .field(countries(
                "passport_country",
                "traveller-document-country",
                &t.passport_country,
            ))
            .field(
                Field::new("passport_issued", "date", page.t("i94-passport-issued"))
                    .value(&t.passport_issued)
                    .error(err("passport_issued")),
            )
            .field(
                Field::new("passport_expires", "date", page.t("i94-passport-expiry"))
                    .value(&t.passport_expires)
                    .error(err("passport_expires")),
            )
            .field(
                Field::new("mrz", "text", page.t("i94-mrz"))
                    .value(&t.mrz)
                    .help(page.t("i94-mrz-help"))
                    .error(err("mrz"))
                    .optional(),
            ),
    )
}

async fn add(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(group): Path<String>,
    CsrfForm(input): CsrfForm<TravellerInput>,
) -> Result<Response, AppError> {
    let account = user.subject().id.clone();
    match i94(&state).add_traveller(&account, &group, &input).await? {
        Ok(true) => Ok(Redirect::to(&format!("/i94/{group}?said=added")).into_response()),
        // Full, or paying already: said on the page (another's group is not found there).
        Ok(false) => {
            let full = [("travellers", "i94-travellers-count")];
            let page = group_view(&state, locale, &csrf, &account, &group, None, &input, &full);
            Ok(said(false, page.await?))
        }
        Err(problems) => Ok(said(
            false,
            group_view(
                &state, locale, &csrf, &account, &group, None, &input, &problems,
            )
            .await?,
        )),
    }
}

async fn remove(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((group, id)): Path<(String, String)>,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    // Removed now or before: either way the page shows the group as it is.
    i94(&state)
        .remove_traveller(&user.subject().id, &group, &id)
        .await?;
    Ok(Redirect::to(&format!("/i94/{group}")))
}

async fn pay(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    Path(group): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let back = format!("/i94/{group}/back");
    let started = i94(&state).pay(&user.subject().id, &group, &back).await?;
    let to = |said: &str| Redirect::to(&format!("/i94/{group}{said}")).into_response();
    Ok(match started {
        // A page with a link to the provider's, not a redirect: the form's own answer stays
        // within Garita (the pages allow forms to post only here, `form-action 'self'`).
        Some(Started::Redirect { url, .. }) => {
            let page = Chrome::new(&state.i18n, locale, "/i94");
            let block = Block::text(page.t("i94-go")).link(&url, page.t("i94-go-link"));
            GenericPage::new(page, "i94-title")
                .block(block)
                .render()?
                .into_response()
        }
        Some(Started::AtThePort { .. }) => to("?said=at-port"),
        Some(Started::TryLater { .. }) => to("?said=later"),
        Some(Started::Paid { .. }) | None => to(""),
    })
}

/// Back from the payment page: nothing shows as paid until the provider says so.
async fn back(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(group): Path<String>,
) -> Result<Redirect, AppError> {
    let settled = i94(&state).returned(&user.subject().id, &group).await?;
    let said = match settled {
        Some(Settled::Now | Settled::Already) => "paid",
        Some(Settled::Unreachable) => "later",
        _ => "not-yet",
    };
    Ok(Redirect::to(&format!("/i94/{group}?said={said}")))
}

// ------------------------------------------------------------------ the officer's page

#[derive(Deserialize, Default)]
#[serde(default)]
struct Find {
    number: String,
    given: String,
    family: String,
    born: String,
}

async fn desk(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    Query(find): Query<Find>,
) -> Result<Response, AppError> {
    desk_page(
        &state,
        locale,
        &csrf,
        &user.account.id,
        &port,
        &find.number,
        None,
    )
    .await
}

async fn desk_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    officer: &str,
    port: &str,
    number: &str,
    notice: Option<&str>,
) -> Result<Response, AppError> {
    let service = i94(state);
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let token = csrf_token(state, csrf);
    // The number as typed, or read from the traveller's QR code (checked: Garita's signature).
    let typed = number.trim();
    let (number, forged) = if typed.starts_with(crate::proofs::TOKEN_PREFIX) {
        match crate::proofs::number(&service.services.keys, typed) {
            Some(n) => (n, false),
            None => (String::new(), true),
        }
    } else {
        (typed.to_uppercase(), false)
    };
    let find = Form::get(
        &format!("/staff/ports/{port}/i94"),
        page.t("i94-staff-find-submit"),
    )
    .field(
        Field::new("number", "text", page.t("i94-staff-number"))
            .value(&number)
            .help(page.t("i94-staff-number-help")),
    );
    let receipt = Form::post(
        &format!("/staff/ports/{port}/i94/receipts"),
        &token,
        page.t("i94-staff-receipt"),
    )
    .field(Field::new(
        "reference",
        "text",
        page.t("i94-staff-reference"),
    ))
    .secondary();
    let search = Form::get(
        &format!("/staff/ports/{port}/i94"),
        page.t("i94-staff-search-submit"),
    )
    .field(Field::new("given", "text", page.t("traveller-given-names")).optional())
    .field(Field::new(
        "family",
        "text",
        page.t("traveller-family-names"),
    ))
    .field(Field::new("born", "date", page.t("traveller-birth-date")))
    .secondary();
    let mut blocks = vec![
        Block::text(page.t("i94-staff-intro")).form(find),
        Block::heading(page.t("i94-staff-search-title"))
            .para(page.t("i94-staff-search-help"))
            .form(search),
        Block::heading(page.t("i94-staff-receipt-title"))
            .para(page.t("i94-staff-receipt-help"))
            .form(receipt),
    ];
    let mut found = false;
    if forged {
        blocks.push(Block::text(page.t("i94-staff-not-genuine")));
    }
    if !number.is_empty() {
        let here = match service.store.traveller_by_number(&number).await? {
            Some(t) => {
                let group = service.store.group(&t.group_id).await?;
                group.filter(|g| g.port_code == port).map(|g| (t, g))
            }
            None => None,
        };
        match here {
            Some((t, g)) => {
                found = true;
                // Opening a traveller's data is audited, with the number only.
                let event = AuditEvent::new(service.services.now(), crate::I94Action::Opened)
                    .actor(officer)
                    .subject(&t.id);
                state.store.enqueue(Effects::audit(event)).await?;
                blocks.extend(traveller_blocks(
                    &service, &page, &token, locale, port, &t, &g,
                )?);
            }
            None => blocks.push(Block::text(page.t("i94-staff-unknown"))),
        }
    }
    let mut view = GenericPage::new(page, "i94-staff-title");
    if let Some(key) = notice {
        let text = view.page.t(key);
        view = view.notice(text);
    }
    for b in blocks {
        view = view.block(b);
    }
    Ok(said(
        !forged && (found || number.is_empty() || notice.is_some()),
        view.render()?,
    ))
}

/// The traveller as the officer checks them, then (while open) a block for each decision: a
/// block holds one form.
fn traveller_blocks(
    service: &I94,
    page: &Chrome,
    token: &str,
    locale: Locale,
    port: &str,
    t: &TravellerRow,
    g: &crate::store::GroupRow,
) -> Result<Vec<Block>, AppError> {
    let (d, decision) = service.open(t)?;
    let mut block = Block::heading(format!("{} {}", d.name.given, d.name.family))
        .para(
            page.tf(
                "i94-staff-traveller",
                &[
                    ("born", Value::from(when::date(locale, d.birth.date()))),
                    (
                        "citizenship",
                        Value::from(
                            garita_i18n::countries::name(locale, d.citizenship.code())
                                .unwrap_or(d.citizenship.code())
                                .to_string(),
                        ),
                    ),
                    ("passport", Value::from(d.passport.number.clone())),
                    (
                        "country",
                        Value::from(
                            garita_i18n::countries::name(locale, d.passport.country.code())
                                .unwrap_or(d.passport.country.code())
                                .to_string(),
                        ),
                    ),
                    (
                        "expires",
                        Value::from(when::date(locale, d.passport_expires)),
                    ),
                    (
                        "arrival",
                        Value::from(when::stored_date(locale, &g.arrival_date)),
                    ),
                ],
            ),
        )
        .para(page.t(&format!("i94-traveller-status-{}", t.status)));
    if let Some(admitted) = decision.and_then(|d| admitted_line(page, locale, &d)) {
        block = block.para(admitted);
    }
    let mut blocks = vec![block];
    if t.status == "provisional" {
        let number = t.number.clone().unwrap_or_default();
        blocks.push(
            Block::heading(page.t("i94-staff-admit")).form(
                Form::post(
                    &format!("/staff/ports/{port}/i94/{number}/admit"),
                    token,
                    page.t("i94-staff-admit"),
                )
                .field(Field::new(
                    "admission_number",
                    "text",
                    page.t("i94-staff-admission-number"),
                ))
                .field(Field::new("class", "text", page.t("i94-staff-class")))
                .field(Field::new("until", "date", page.t("i94-staff-until"))),
            ),
        );
        blocks.push(Block {
            form: Some(
                Form::post(
                    &format!("/staff/ports/{port}/i94/{number}/refuse"),
                    token,
                    page.t("i94-staff-refuse"),
                )
                .secondary(),
            ),
            ..Block::default()
        });
    }
    Ok(blocks)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AdmitForm {
    admission_number: String,
    class: String,
    until: String,
}

async fn admit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, number)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<AdmitForm>,
) -> Result<Response, AppError> {
    let parsed = (
        AdmissionNumber::parse(&form.admission_number),
        AdmissionClass::parse(&form.class),
        form.until.trim().parse::<chrono::NaiveDate>(),
    );
    let (Ok(admission_number), Ok(class), Ok(until)) = parsed else {
        return desk_page(
            &state,
            locale,
            &csrf,
            &user.account.id,
            &port,
            &number,
            Some("i94-staff-admit-problem"),
        )
        .await
        .map(|r| (axum::http::StatusCode::UNPROCESSABLE_ENTITY, r).into_response());
    };
    let decision = Decision::Admitted {
        admission_number,
        class,
        until,
    };
    decided(
        &state,
        locale,
        &csrf,
        &user.account.id,
        &port,
        &number,
        decision,
    )
    .await
}

async fn refuse(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, number)): Path<(String, String)>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    decided(
        &state,
        locale,
        &csrf,
        &user.account.id,
        &port,
        &number,
        Decision::Refused,
    )
    .await
}

async fn decided(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    officer: &str,
    port: &str,
    number: &str,
    decision: Decision,
) -> Result<Response, AppError> {
    let outcome = i94(state).decide(officer, port, number, decision).await?;
    let key = match outcome {
        Decided::Recorded => "i94-staff-recorded",
        Decided::NotOpen => "i94-staff-not-open",
        Decided::Unknown | Decided::OtherPort => "i94-staff-unknown",
    };
    let page = desk_page(state, locale, csrf, officer, port, number, Some(key)).await?;
    Ok(if outcome == Decided::Recorded {
        page
    } else {
        // Nothing changed: said with 422.
        (axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ReceiptForm {
    reference: String,
}

/// The fee paid at the port (cash or the port's card terminal), recorded by the officer.
async fn receipt(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(port): Path<String>,
    CsrfForm(form): CsrfForm<ReceiptForm>,
) -> Result<Response, AppError> {
    let officer = user.account.id.clone();
    let settled = i94(&state)
        .receive_at_port(&officer, &port, &form.reference)
        .await?;
    let (key, done) = match settled {
        Some(Settled::Now) => ("i94-staff-receipt-done", true),
        Some(Settled::Already) => ("i94-staff-receipt-already", false),
        _ => ("i94-staff-receipt-unknown", false),
    };
    let page = desk_page(&state, locale, &csrf, &officer, &port, "", Some(key)).await?;
    Ok(if done {
        page
    } else {
        (axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    })
}
