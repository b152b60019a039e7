//! The service's pages, working without JavaScript, and its API:
//! - `/trusted-traveler`: a member types their membership number and date of birth and reads
//!   their programme, status and next step (rate-limited like signing in);
//! - `/staff/trusted-traveler`: a programme admin pastes the roster as CSV; what was stored and
//!   each refused row with its line;
//! - `/api/v1/trusted-traveler/status` (the same look-up) and `/api/v1/trusted-traveler/roster`
//!   (a system pushes rows; programme admins' tokens only).

use crate::app::{Imported, Standing, Trusted};
use crate::domain::{MembershipNumber, RosterRow};
use axum::extract::State;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::NaiveDate;
use garita_i18n::{Locale, Value, when};
use garita_kernel::Services;
use garita_web::csrf::{CsrfCookie, CsrfForm, csrf_token};
use garita_web::limits::{self, Limit};
use garita_web::pages::Chrome;
use garita_web::session::{ClientIp, SignedIn};
use garita_web::view::{Block, Field, Form, GenericPage, said};
use garita_web::{ApiJson, AppError, AppState, Lang, Link, On, WebService};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// Look-ups from one address, as many as sign-in attempts.
const LOOKUPS_PER_IP: Limit = Limit {
    name: "trusted-lookup-ip",
    max: 30,
    window_ms: 15 * 60_000,
};
/// Look-ups of one membership number from everywhere: a date of birth cannot be guessed.
const LOOKUPS_PER_NUMBER: Limit = Limit {
    name: "trusted-lookup-number",
    max: 10,
    window_ms: 60 * 60_000,
};

/// What the service hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[Link {
            on: On::Home,
            href: "/trusted-traveler",
            key: "trusted-title",
            button: false,
        }],
        pages,
        staff,
        api,
        openapi,
    }
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new().route("/trusted-traveler", get(show).post(look))
}

/// A roster of tens of thousands of members, pasted or pushed at once (other forms keep the
/// platform's 256 KB; the OpenAPI document says which limit each route has).
const ROSTER_LIMIT: usize = 8 * 1024 * 1024;

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/trusted-traveler", get(roster_page))
        .route(
            "/staff/trusted-traveler/roster",
            post(import).layer(axum::extract::DefaultBodyLimit::max(ROSTER_LIMIT)),
        )
}

fn api() -> Router<AppState> {
    Router::new()
        .route("/trusted-traveler/status", post(api_status))
        .route(
            "/trusted-traveler/roster",
            post(api_roster).layer(axum::extract::DefaultBodyLimit::max(ROSTER_LIMIT)),
        )
}

fn trusted(state: &AppState) -> Trusted {
    Trusted::on(&state.services)
}

/// The look-up, rate-limited by address and by membership number; a wrong number or date is
/// said as such (`Err`: the key of its message).
async fn standing_of(
    state: &AppState,
    ip: &str,
    number: &str,
    born: &str,
) -> Result<Result<Option<Standing>, &'static str>, AppError> {
    limits::check(state, LOOKUPS_PER_IP, ip).await?;
    let Some(number) = MembershipNumber::parse(number) else {
        return Ok(Err("trusted-number-format"));
    };
    let Ok(born) = born.trim().parse::<NaiveDate>() else {
        return Ok(Err("trusted-born-format"));
    };
    let key = state.services.keys.lookup("trusted-limit", number.as_str());
    limits::check(state, LOOKUPS_PER_NUMBER, &key).await?;
    Ok(Ok(trusted(state).standing(&number, born).await?))
}

/// The status and its next step, in words.
fn said_status(page: &Chrome, locale: Locale, s: &Standing) -> (String, String) {
    let status = page.t(&format!("trusted-status-{}", s.status.code()));
    let answer = page.tf(
        "trusted-answer",
        &[
            ("programme", Value::from(s.programme.name())),
            ("status", Value::from(status)),
        ],
    );
    let date = s
        .expires_on
        .map_or("none".to_string(), |d| when::date(locale, d));
    let next = page.tf(
        &format!("trusted-next-{}", s.status.code()),
        &[("date", Value::from(date))],
    );
    (answer, next)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct LookForm {
    membership_number: String,
    born: String,
}

fn look_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &LookForm,
    answer: Option<Result<Option<Standing>, &'static str>>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/trusted-traveler");
    let (number_error, born_error) = match &answer {
        Some(Err(key)) if *key == "trusted-number-format" => (Some(page.t(key)), None),
        Some(Err(key)) => (None, Some(page.t(key))),
        _ => (None, None),
    };
    let look = Form::post(
        "/trusted-traveler",
        &csrf_token(state, csrf),
        page.t("trusted-look"),
    )
    .field(
        Field::new("membership_number", "text", page.t("trusted-number"))
            .value(&form.membership_number)
            .numeric()
            .error(number_error),
    )
    .field(
        Field::new("born", "date", page.t("trusted-born"))
            .value(&form.born)
            .error(born_error),
    );
    let mut blocks = vec![Block::text(page.t("trusted-intro")).form(look)];
    let mut done = true;
    match &answer {
        Some(Ok(Some(s))) => {
            let (status, next) = said_status(&page, locale, s);
            blocks.push(Block::heading(status).para(next));
        }
        Some(Ok(None)) => {
            done = false;
            blocks.push(Block::text(page.t("trusted-not-found")));
        }
        Some(Err(_)) => done = false,
        None => {}
    }
    let mut view = GenericPage::new(page, "trusted-title");
    for b in blocks {
        view = view.block(b);
    }
    Ok(said(done, view.render()?))
}

async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Response, AppError> {
    look_page(&state, locale, &csrf, &LookForm::default(), None)
}

async fn look(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<LookForm>,
) -> Result<Response, AppError> {
    let answer = standing_of(&state, &ip, &form.membership_number, &form.born).await?;
    look_page(&state, locale, &csrf, &form, Some(answer))
}

// ------------------------------------------------------------------ the roster

fn roster_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    imported: Option<&Imported>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let form = Form::post(
        "/staff/trusted-traveler/roster",
        &csrf_token(state, csrf),
        page.t("trusted-staff-import"),
    )
    .field(Field::new(
        "roster",
        "textarea",
        page.t("trusted-staff-roster"),
    ));
    let mut blocks = vec![Block::text(page.t("trusted-staff-intro")).form(form)];
    if let Some(i) = imported
        && !i.refused.is_empty()
    {
        let mut refused = Block::heading(page.t("trusted-staff-refused-title"));
        for (line, field, key) in &i.refused {
            refused = refused.para(page.tf(
                "trusted-staff-refused",
                &[
                    ("line", Value::from(*line)),
                    ("field", Value::from(*field)),
                    ("problem", Value::from(page.t(key))),
                ],
            ));
        }
        blocks.push(refused);
    }
    let mut view = GenericPage::new(page, "trusted-staff-title");
    if let Some(i) = imported {
        let text = view.page.tf(
            "trusted-staff-imported",
            &[("stored", Value::from(i.stored))],
        );
        view = view.notice(text);
    }
    for b in blocks {
        view = view.block(b);
    }
    let done = imported.is_none_or(|i| i.refused.is_empty());
    Ok(said(done, view.render()?))
}

async fn roster_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Response, AppError> {
    roster_view(&state, locale, &csrf, None)
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RosterForm {
    roster: String,
}

async fn import(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<RosterForm>,
) -> Result<Response, AppError> {
    let imported = trusted(&state)
        .import_csv(&user.account.id, &form.roster)
        .await?;
    roster_view(&state, locale, &csrf, Some(&imported))
}

// ------------------------------------------------------------------ the API

#[derive(OpenApi)]
#[openapi(
    paths(api_status, api_roster),
    components(schemas(StatusInput, StatusAnswer, RosterInput, RosterRow, RosterAnswer, RefusedRow)),
    tags((name = "trusted-traveler", description = "Trusted-traveller status: a member's look-up, and the roster pushed by a programme's system"))
)]
struct ApiDoc;

fn openapi() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

#[derive(Deserialize, ToSchema)]
struct StatusInput {
    /// Nine digits (the PASSID).
    membership_number: String,
    /// `YYYY-MM-DD`.
    birth_date: String,
}

#[derive(Serialize, ToSchema)]
struct StatusAnswer {
    /// `global-entry`, `nexus`, `sentri` or `fast`.
    programme: &'static str,
    /// `pending-review`, `conditionally-approved`, `approved`, `denied`, `revoked` or `expired`.
    status: &'static str,
    /// `YYYY-MM-DD`, when the roster gives one.
    expires_on: Option<String>,
    /// The status and the next step, in the language asked for.
    said: String,
    next_step: String,
}

/// A member's status by membership number and date of birth. No sign-in; rate-limited like
/// signing in, by address and by membership number.
#[utoipa::path(post, path = "/api/v1/trusted-traveler/status", tag = "trusted-traveler",
    request_body = StatusInput,
    responses(
        (status = 200, description = "The membership", body = StatusAnswer),
        (status = 404, description = "No membership has that number with that date of birth", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many look-ups: try again later", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_status(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ClientIp(ip): ClientIp,
    ApiJson(input): ApiJson<StatusInput>,
) -> Result<Json<StatusAnswer>, AppError> {
    match standing_of(&state, &ip, &input.membership_number, &input.birth_date).await? {
        Err(key) => {
            let field = match key {
                "trusted-number-format" => "membership_number",
                _ => "birth_date",
            };
            Err(AppError::Fields(vec![(field.into(), key)]))
        }
        Ok(None) => Err(AppError::NotFound),
        Ok(Some(s)) => {
            let page = Chrome::new(&state.i18n, locale, "/trusted-traveler");
            let (said, next_step) = said_status(&page, locale, &s);
            Ok(Json(StatusAnswer {
                programme: s.programme.code(),
                status: s.status.code(),
                expires_on: s.expires_on.map(|d| d.to_string()),
                said,
                next_step,
            }))
        }
    }
}

#[derive(Deserialize, ToSchema)]
struct RosterInput {
    rows: Vec<RosterRow>,
}

#[derive(Serialize, ToSchema)]
struct RosterAnswer {
    stored: usize,
    refused: Vec<RefusedRow>,
}

#[derive(Serialize, ToSchema)]
struct RefusedRow {
    /// The row's place in `rows`, from 1.
    line: usize,
    field: &'static str,
    /// What is wrong, in the language asked for.
    detail: String,
}

/// A programme's system pushes roster rows: the right ones are stored (each replaces what the
/// member's row said), the others are named. Programme admins' tokens only.
#[utoipa::path(post, path = "/api/v1/trusted-traveler/roster", tag = "trusted-traveler",
    request_body = RosterInput, security(("bearer" = [])),
    responses(
        (status = 200, description = "What was stored and what was not", body = RosterAnswer),
        (status = 403, description = "Not a programme admin's token", body = garita_web::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 8 MB (a roster's limit)", body = garita_web::error::Problem, content_type = "application/problem+json"),
    ))]
async fn api_roster(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    ApiJson(input): ApiJson<RosterInput>,
) -> Result<Json<RosterAnswer>, AppError> {
    if user.account.grant.role != garita_domain::Role::ProgrammeAdmin {
        return Err(AppError::Forbidden);
    }
    let rows = input.rows.into_iter().enumerate().map(|(i, r)| (i + 1, r));
    let imported = trusted(&state)
        .import(&user.account.id, rows.collect())
        .await?;
    Ok(Json(RosterAnswer {
        stored: imported.stored,
        refused: imported
            .refused
            .into_iter()
            .map(|(line, field, key)| RefusedRow {
                line,
                field,
                detail: state.i18n.text(locale, key),
            })
            .collect(),
    }))
}
