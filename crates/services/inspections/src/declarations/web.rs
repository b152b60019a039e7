//! The declarations' pages, working without JavaScript:
//! - `/inspections/declarations`: a signed-in person declares items, with permits and their
//!   scans, and sees their declarations; `/inspections/declarations/{id}`: one, with the
//!   decision and its reasons in their language, and its withdrawal while it waits;
//! - `/staff/ports/{port}/declarations`: a port's arrivals of a day; one opened (audited), each
//!   scan opened (audited), the decision.

use super::app::Declarations;
use super::domain::{DECISIONS, DeclarationRow, ItemRow, KINDS, MAX_SCAN, PermitRow, REASONS};
use super::store::DeclarationRecord;
use crate::app::NotRecorded;
use crate::domain::Problem;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::NaiveDate;
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm, CsrfMultipart, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::{CurrentUser, MaybeUser, SignedIn};
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, Table, said};
use garita_web::{AppError, AppState, Lang};
use std::collections::HashMap;

/// Up to five permits' scans, with the form's fields around them.
const UPLOAD_LIMIT: usize = 5 * MAX_SCAN + 64 * 1024;

pub fn pages() -> Router<AppState> {
    Router::new()
        .route(
            "/inspections/declarations",
            get(list)
                .post(declare)
                .layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
        .route("/inspections/declarations/{id}", get(own))
        .route("/inspections/declarations/{id}/withdraw", post(withdraw))
}

pub fn staff() -> Router<AppState> {
    Router::new()
        .route("/staff/ports/{port}/declarations", get(day_page))
        .route("/staff/ports/{port}/declarations/{id}", get(open))
        .route(
            "/staff/ports/{port}/declarations/{id}/scans/{permit}",
            get(scan),
        )
        .route("/staff/ports/{port}/declarations/{id}/decide", post(decide))
}

fn declarations(state: &AppState) -> Declarations {
    Declarations::on(&state.services)
}

/// The form's rows; each field's name, per row.
const ITEMS: usize = 5;
const ITEM_KIND: [&str; ITEMS] = ["i1_kind", "i2_kind", "i3_kind", "i4_kind", "i5_kind"];
const ITEM_WHAT: [&str; ITEMS] = [
    "i1_description",
    "i2_description",
    "i3_description",
    "i4_description",
    "i5_description",
];
const ITEM_HOW_MUCH: [&str; ITEMS] = [
    "i1_quantity",
    "i2_quantity",
    "i3_quantity",
    "i4_quantity",
    "i5_quantity",
];
const ITEM_ORIGIN: [&str; ITEMS] = [
    "i1_origin",
    "i2_origin",
    "i3_origin",
    "i4_origin",
    "i5_origin",
];
const PERMITS: usize = 3;
const PERMIT_ISSUER: [&str; PERMITS] = ["p1_issuer", "p2_issuer", "p3_issuer"];
const PERMIT_NUMBER: [&str; PERMITS] = ["p1_number", "p2_number", "p3_number"];
const PERMIT_EXPIRY: [&str; PERMITS] = ["p1_expiry", "p2_expiry", "p3_expiry"];
const PERMIT_SCAN: [&str; PERMITS] = ["p1_scan", "p2_scan", "p3_scan"];

/// The form field a problem belongs to (`items[2].origin` is `i2_origin`).
fn form_field(field: &str) -> String {
    for (list, short) in [("items[", "i"), ("permits[", "p")] {
        if let Some(rest) = field.strip_prefix(list)
            && let Some((n, name)) = rest.split_once("].")
        {
            return format!("{short}{n}_{name}");
        }
    }
    field.to_string()
}

fn typed(form: &CsrfMultipart) -> DeclarationRow {
    let f = |name: &str| form.field(name).to_string();
    DeclarationRow {
        port: f("port"),
        arrives_on: f("arrives_on"),
        travel: f("travel"),
        items: (0..ITEMS)
            .map(|i| ItemRow {
                kind: f(ITEM_KIND[i]),
                description: f(ITEM_WHAT[i]),
                quantity: f(ITEM_HOW_MUCH[i]),
                origin: f(ITEM_ORIGIN[i]),
            })
            .collect(),
        permits: (0..PERMITS)
            .map(|i| PermitRow {
                issuer: f(PERMIT_ISSUER[i]),
                number: f(PERMIT_NUMBER[i]),
                expiry: f(PERMIT_EXPIRY[i]),
            })
            .collect(),
    }
}

fn declaration_form(
    page: &Chrome,
    token: &str,
    ports: &[garita_domain::Port],
    typed: &DeclarationRow,
    problems: &[Problem],
) -> Form {
    let error = |name: &str| {
        let said: Vec<String> = problems
            .iter()
            .filter(|(field, _)| form_field(field) == name)
            .map(|(_, key)| page.t(key))
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
            let kind = page.t(&format!("declarations-port-{}", p.kind.code()));
            (
                code.to_string(),
                format!("{} ({kind})", p.name),
                typed.port.eq_ignore_ascii_case(code),
            )
        }))
        .collect();
    let mut form = Form::post(
        "/inspections/declarations",
        token,
        page.t("declarations-send"),
    )
    .multipart()
    .mark_required()
    .field(field("port", "select", "declarations-port", "").options(port_options))
    .field(field(
        "arrives_on",
        "date",
        "declarations-arrives",
        &typed.arrives_on,
    ))
    .field(
        field("travel", "text", "declarations-travel", &typed.travel)
            .help(page.t("declarations-travel-help")),
    );
    let empty_item = ItemRow::default();
    for i in 0..ITEMS {
        let item = typed.items.get(i).unwrap_or(&empty_item);
        let kinds = std::iter::once((String::new(), page.t("inspections-choose"), false))
            .chain(KINDS.iter().map(|k| {
                (
                    k.to_string(),
                    page.t(&format!("declarations-kind-{k}")),
                    item.kind == *k,
                )
            }))
            .collect();
        let mut set = FieldSet::new(Some(
            page.tf("declarations-item", &[("line", Value::from(i + 1))]),
        ))
        .field(field(ITEM_KIND[i], "select", "declarations-kind", "").options(kinds))
        .field(field(
            ITEM_WHAT[i],
            "text",
            "declarations-description",
            &item.description,
        ))
        .field(
            field(
                ITEM_HOW_MUCH[i],
                "text",
                "declarations-quantity",
                &item.quantity,
            )
            .help(page.t("declarations-quantity-help")),
        )
        .field(
            field(ITEM_ORIGIN[i], "text", "declarations-origin", &item.origin)
                .help(page.t("declarations-origin-help")),
        );
        if i > 0 {
            set.fields = set.fields.into_iter().map(Field::optional).collect();
            set = set.folded();
        }
        form = form.set(set);
    }
    let empty_permit = PermitRow::default();
    for i in 0..PERMITS {
        let p = typed.permits.get(i).unwrap_or(&empty_permit);
        let mut set = FieldSet::new(Some(
            page.tf("declarations-permit", &[("line", Value::from(i + 1))]),
        ))
        .field(field(
            PERMIT_ISSUER[i],
            "text",
            "declarations-issuer",
            &p.issuer,
        ))
        .field(field(
            PERMIT_NUMBER[i],
            "text",
            "declarations-permit-number",
            &p.number,
        ))
        .field(field(
            PERMIT_EXPIRY[i],
            "date",
            "declarations-expiry",
            &p.expiry,
        ))
        .field(
            field(PERMIT_SCAN[i], "file", "declarations-scan", "")
                .help(page.t("declarations-scan-help")),
        )
        .folded();
        set.fields = set.fields.into_iter().map(Field::optional).collect();
        form = form.set(set);
    }
    form
}

fn status_words(page: &Chrome, d: &DeclarationRecord) -> String {
    page.t(&format!("declarations-status-{}", d.status))
}

fn reasons_block(page: &Chrome, d: &DeclarationRecord) -> Option<Block> {
    let reasons: Vec<String> = serde_json::from_str(&d.reasons).unwrap_or_default();
    if reasons.is_empty() {
        return None;
    }
    let mut block = Block::heading(page.t("declarations-reasons"));
    for r in reasons {
        block = block.para(page.t(&format!("declarations-reason-{r}")));
    }
    Some(block)
}

fn declared_block(page: &Chrome, declared: &super::domain::Declared) -> Block {
    let mut block = Block::heading(page.t("declarations-declared")).para(page.tf(
        "declarations-travel-said",
        &[("travel", Value::from(declared.travel.clone()))],
    ));
    block.table = Some(Table {
        head: [
            "declarations-kind",
            "declarations-description",
            "declarations-quantity",
            "declarations-origin",
        ]
        .iter()
        .map(|k| page.t(k))
        .collect(),
        rows: declared
            .items
            .iter()
            .map(|i| {
                vec![
                    page.t(&format!("declarations-kind-{}", i.kind)),
                    i.description.clone(),
                    i.quantity.clone(),
                    i.origin.clone(),
                ]
            })
            .collect(),
    });
    for p in &declared.permits {
        block = block.para(page.tf(
            "declarations-permit-said",
            &[
                ("issuer", Value::from(p.issuer.clone())),
                ("number", Value::from(p.number.clone())),
                ("expiry", Value::from(when::date(page.locale, p.expiry))),
            ],
        ));
    }
    block
}

fn arrival(page: &Chrome, d: &DeclarationRecord, port: &str) -> String {
    let day = NaiveDate::parse_from_str(&d.arrives_on, "%Y-%m-%d")
        .map(|day| when::date(page.locale, day))
        .unwrap_or_default();
    page.tf(
        "declarations-facts",
        &[
            ("port", Value::from(port.to_string())),
            ("day", Value::from(day)),
            ("items", Value::from(d.items)),
            ("permits", Value::from(d.permits)),
        ],
    )
}

async fn port_name(state: &AppState, code: &str) -> Result<String, AppError> {
    let port = crate::app::Inspections::on(&state.services)
        .port(code)
        .await?;
    Ok(port.map_or_else(|| code.to_string(), |p| p.name))
}

// ------------------------------------------------------------------ the person's pages

async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    MaybeUser(user): MaybeUser,
) -> Result<Response, AppError> {
    match user {
        Some(user) => {
            list_view(
                &state,
                locale,
                &csrf,
                &user,
                &DeclarationRow::default(),
                None,
            )
            .await
        }
        None => {
            let page = Chrome::new(&state.i18n, locale, "/inspections/declarations");
            let mut view = GenericPage::new(page, "declarations-title");
            view.blocks.push(
                Block::text(view.page.t("declarations-about"))
                    .link("/signin", view.page.t("declarations-signin"))
                    .link("/signup", view.page.t("declarations-signup")),
            );
            Ok(said(true, view.render()?))
        }
    }
}

async fn list_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    typed: &DeclarationRow,
    problems: Option<Vec<Problem>>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/inspections/declarations");
    let ports = state.services.store.all_ports().await?;
    let mut view = GenericPage::new(page, "declarations-title");
    let done = problems.is_none();
    let problems = problems.unwrap_or_default();
    if !done {
        view.error = Some(view.page.t("declarations-fields-wrong"));
    }
    let token = csrf_token(state, csrf);
    view.blocks.push(
        Block::text(view.page.t("declarations-intro")).form(declaration_form(
            &view.page, &token, &ports, typed, &problems,
        )),
    );
    let mut list = Block::heading(view.page.t("declarations-mine"));
    let mine = declarations(state).mine(&user.account.id).await?;
    if mine.is_empty() {
        list = list.para(view.page.t("declarations-none"));
    }
    for d in &mine {
        let name = ports
            .iter()
            .find(|p| p.code.as_str() == d.port)
            .map_or(d.port.clone(), |p| p.name.clone());
        let text = format!(
            "{} {}",
            arrival(&view.page, d, &name),
            status_words(&view.page, d)
        );
        list = list.link(&format!("/inspections/declarations/{}", d.id), text);
    }
    view.blocks.push(list);
    Ok(said(done, view.render()?))
}

async fn declare(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let row = typed(&form);
    let scans: Vec<Vec<u8>> = PERMIT_SCAN
        .iter()
        .map(|name| form.files.get(*name).cloned().unwrap_or_default())
        .collect();
    match declarations(&state)
        .declare(&user.account.id, &row, &scans)
        .await?
    {
        // Its own address: reloading the page cannot declare twice.
        Ok(d) => Ok(Redirect::to(&format!("/inspections/declarations/{}", d.id)).into_response()),
        Err(problems) => list_view(&state, locale, &csrf, &user, &row, Some(problems)).await,
    }
}

async fn own(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let service = declarations(&state);
    let d = service
        .own(&user.account.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let declared = service.declared(&d)?;
    let page = Chrome::new(&state.i18n, locale, "/inspections/declarations");
    let mut view = GenericPage::new(page, "declarations-one-title");
    let name = port_name(&state, &d.port).await?;
    view.blocks
        .push(Block::text(arrival(&view.page, &d, &name)).para(status_words(&view.page, &d)));
    if let Some(reasons) = reasons_block(&view.page, &d) {
        view.blocks.push(reasons);
    }
    view.blocks.push(declared_block(&view.page, &declared));
    if d.status == "declared" {
        view.blocks.push(
            Block::text(view.page.t("declarations-withdraw-help")).form(
                Form::post(
                    &format!("/inspections/declarations/{}/withdraw", d.id),
                    &csrf_token(&state, &csrf),
                    view.page.t("declarations-withdraw"),
                )
                .secondary(),
            ),
        );
    }
    view.blocks.push(Block::default().link(
        "/inspections/declarations",
        view.page.t("declarations-back"),
    ));
    Ok(said(true, view.render()?))
}

async fn withdraw(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let service = declarations(&state);
    let d = service
        .own(&user.account.id, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !service.withdraw(&user.account.id, &d).await? {
        return Err(AppError::Conflict("declarations-decided"));
    }
    Ok(Redirect::to(&format!("/inspections/declarations/{id}")).into_response())
}

// ------------------------------------------------------------------ the port's pages

async fn day_page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(port): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let service = crate::app::Inspections::on(&state.services);
    let port = service.port(&port).await?.ok_or(AppError::NotFound)?;
    let day = crate::web::day_asked(&q, &port, state.services.now());
    let code = port.code.as_str();
    let list = declarations(&state).day(code, day).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut view = GenericPage::new(page, "declarations-day-title");
    let mut block = crate::web::day_header(&view.page, &port, day, "declarations");
    if list.is_empty() {
        block = block.para(view.page.t("declarations-day-none"));
    }
    for d in &list {
        let text = format!(
            "{} {}",
            arrival(&view.page, d, &port.name),
            status_words(&view.page, d)
        );
        block = block.link(&format!("/staff/ports/{code}/declarations/{}", d.id), text);
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

#[allow(clippy::too_many_arguments)]
async fn open_view(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    user: &CurrentUser,
    port: &str,
    id: &str,
    said_done: Option<Result<String, Vec<Problem>>>,
) -> Result<Response, AppError> {
    let service = declarations(state);
    let d = service.at_port(port, id).await?.ok_or(AppError::NotFound)?;
    let declared = service.open(&user.account.id, &d).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let mut view = GenericPage::new(page, "declarations-one-title");
    let mut problems = vec![];
    let mut done = true;
    match said_done {
        Some(Ok(text)) => view.notice = Some(text),
        Some(Err(p)) => {
            view.error = Some(view.page.t("declarations-fields-wrong"));
            problems = p;
            done = false;
        }
        None => {}
    }
    let name = port_name(state, &d.port).await?;
    view.blocks
        .push(Block::text(arrival(&view.page, &d, &name)).para(status_words(&view.page, &d)));
    if let Some(reasons) = reasons_block(&view.page, &d) {
        view.blocks.push(reasons);
    }
    let mut declared_view = declared_block(&view.page, &declared);
    for n in 1..=d.permits {
        declared_view = declared_view.link(
            &format!("/staff/ports/{}/declarations/{}/scans/{n}", d.port, d.id),
            view.page
                .tf("declarations-scan-open", &[("line", Value::from(n))]),
        );
    }
    view.blocks.push(declared_view);
    if d.status == "declared" {
        let error = |name: &str| {
            problems
                .iter()
                .find(|(f, _)| f == name)
                .map(|(_, key)| view.page.t(key))
        };
        // Nothing chosen beforehand: a decision is a specialist's choice, never a default.
        let decisions = std::iter::once((String::new(), view.page.t("inspections-choose"), true))
            .chain(DECISIONS.iter().map(|k| {
                (
                    k.to_string(),
                    view.page.t(&format!("declarations-status-{k}")),
                    false,
                )
            }))
            .collect();
        let mut form = Form::post(
            &format!("/staff/ports/{}/declarations/{}/decide", d.port, d.id),
            &csrf_token(state, csrf),
            view.page.t("declarations-decide"),
        )
        .field(
            Field::new("decision", "select", view.page.t("declarations-decision"))
                .options(decisions)
                .error(error("decision")),
        );
        let mut reasons = FieldSet::new(Some(view.page.t("declarations-reasons")))
            .error(error("reasons"))
            .required();
        for (name, r) in REASON_FIELDS.iter().zip(REASONS) {
            reasons = reasons.field(
                Field::new(
                    name,
                    "checkbox",
                    view.page.t(&format!("declarations-reason-{r}")),
                )
                .optional(),
            );
        }
        form = form.set(reasons);
        view.blocks
            .push(Block::heading(view.page.t("declarations-decide")).form(form));
    }
    view.blocks.push(Block::default().link(
        &format!("/staff/ports/{}/declarations?day={}", d.port, d.arrives_on),
        view.page.t("inspections-day-back"),
    ));
    Ok(said(done, view.render()?))
}

/// The reasons' checkboxes, one per reason, in `REASONS`' order.
const REASON_FIELDS: [&str; 6] = [
    "reason_permit_in_order",
    "reason_no_permit",
    "reason_pest_risk",
    "reason_disease_risk",
    "reason_prohibited_origin",
    "reason_needs_examination",
];

async fn scan(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((port, id, permit)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let service = declarations(&state);
    let d = service
        .at_port(&port, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (media_type, bytes) = service
        .scan(&user.account.id, &d, permit)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            // Shown, never run: a PDF or a picture, in the browser's own viewer.
            (header::CONTENT_DISPOSITION, "inline".to_string()),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

async fn decide(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((port, id)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let service = declarations(&state);
    let d = service
        .at_port(&port, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reasons: Vec<String> = REASON_FIELDS
        .iter()
        .zip(REASONS)
        .filter(|(name, _)| form.get(**name).is_some_and(|v| !v.is_empty()))
        .map(|(_, r)| r.to_string())
        .collect();
    let decision = form.get("decision").map(String::as_str).unwrap_or_default();
    let outcome = match service
        .decide(&user.account.id, &d, decision, &reasons)
        .await?
    {
        Ok(_) => Ok(state.i18n.text(locale, "declarations-decided-done")),
        Err(NotRecorded::Fields(p)) => Err(p),
        Err(NotRecorded::Ended) => return Err(AppError::Conflict("declarations-decided")),
    };
    open_view(&state, locale, &csrf, &user, &port, &id, Some(outcome)).await
}
