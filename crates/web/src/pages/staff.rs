//! Staff pages. Who may open each is decided in `policy.rs`, not here.

use crate::pages::Chrome;
use crate::policy::{self, STAFF_ROUTES};
use crate::session::{self, CsrfCookie, SignedIn};
use crate::view::{Block, Field, Form, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::Form as PostForm;
use axum::extract::{Path, State};
use axum::http::Method;
use axum::response::{Html, Redirect};
use garita_app::audit::ChainCheck;
use garita_domain::{AuditAction, AuditEvent, Email, PortCode, Seats, ServiceDate};
use garita_i18n::Value;
use garita_storage::records::Effects;
use serde::Deserialize;

pub async fn home(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let grant = &user.account.grant;
    let mut about = Block::text(page.tf(
        "staff-role",
        &[("role", Value::from(page.t(grant.role.message_key())))],
    ));
    if let Some(port) = &grant.port {
        about = about.para(page.tf("staff-port", &[("port", Value::from(port.to_string()))]));
    }
    if let Some(org) = &grant.organization {
        about = about.para(page.tf(
            "staff-organization",
            &[("organization", Value::from(org.clone()))],
        ));
    }
    let mut links = Block::heading(page.t("staff-links-title"));
    let own_port = grant
        .port
        .as_ref()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "SYS".into());
    for (path, key) in [
        ("/staff/audit", "staff-audit-title"),
        ("/staff/recover", "staff-recover-title"),
        ("/staff/people", "staff-people-title"),
        ("/staff/reviews", "review-title"),
        ("/staff/messages", "messages-admin-title"),
        ("/staff/check", "partner-title"),
        ("/staff/ports/{port}", "staff-port-capacity"),
        ("/staff/ports/{port}/day", "desk-find"),
    ] {
        let route = STAFF_ROUTES
            .iter()
            .find(|r| r.path == path && r.method == Method::GET)
            .expect("listed");
        if policy::allows(route.rule, grant, Some(&own_port)) {
            links = links.link(&path.replace("{port}", &own_port), page.t(key));
        }
    }
    if links.links.is_empty() {
        links = links.para(page.t("staff-none"));
    }
    GenericPage::new(page, "staff-title")
        .block(about)
        .block(links)
        .render()
}

fn when(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

pub async fn audit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let services = &state.services;
    let event = AuditEvent::new(services.now(), AuditAction::AuditLogRead).actor(&user.account.id);
    state
        .store
        .append_audit(vec![event])
        .await
        .map_err(AppError::internal)?;
    let check = services
        .verify_audit_chain()
        .await
        .map_err(AppError::internal)?;
    let entries = state
        .store
        .latest_audit(100)
        .await
        .map_err(AppError::internal)?;
    let page = Chrome::new(&state.i18n, locale, "/staff/audit");
    let status = match check {
        ChainCheck::Intact { entries } => {
            page.tf("staff-audit-intact", &[("count", Value::from(entries))])
        }
        ChainCheck::BrokenAt { seq } => page.tf("staff-audit-broken", &[("seq", Value::from(seq))]),
    };
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                e.seq.to_string(),
                when(e.at_ms),
                e.actor.clone().unwrap_or_default(),
                e.action.clone(),
                e.subject.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut block = Block::text(status);
    block.table = Some(Table {
        head: vec![
            "#".into(),
            page.t("staff-audit-when"),
            page.t("staff-audit-who"),
            page.t("staff-audit-what"),
            String::new(),
        ],
        rows,
    });
    GenericPage::new(page, "staff-audit-title")
        .block(block)
        .render()
}

pub async fn port(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Result<Html<String>, AppError> {
    let code = PortCode::parse(&code).map_err(AppError::Input)?;
    let port = state
        .store
        .port(&code)
        .await
        .map_err(AppError::internal)?
        .ok_or(AppError::PortNotFound(code.clone()))?;
    let page = Chrome::new(&state.i18n, locale, "/staff");
    let today = chrono::DateTime::from_timestamp_millis(state.services.now())
        .map(|d| d.date_naive())
        .unwrap_or_default();
    let mut rows = vec![];
    for day in today.iter_days().take(14) {
        let seats = state
            .store
            .capacity(&code, day.into())
            .await
            .map_err(AppError::internal)?;
        rows.push(vec![day.to_string(), seats.to_string()]);
    }
    let mut block = Block::text(format!("{} — {}, {}", port.name, port.city, port.state));
    block.table = Some(Table {
        head: vec![
            page.t("staff-port-date-label"),
            page.t("staff-port-seats-label"),
        ],
        rows,
    });
    let route = STAFF_ROUTES
        .iter()
        .find(|r| r.method == Method::POST)
        .expect("capacity route");
    if policy::allows(route.rule, &user.account.grant, Some(code.as_str())) {
        let form = Form::post(
            &format!("/staff/ports/{code}/capacity"),
            &session::csrf_token(&state, &csrf),
            page.t("staff-port-save"),
        )
        .field(
            Field::new("date", "date", page.t("staff-port-date-label")).value(&today.to_string()),
        )
        .field(Field::new("seats", "number", page.t("staff-port-seats-label")).numeric());
        block = block.form(form);
    }
    let mut view = GenericPage::new(page, "staff-port-capacity");
    view.title = view.page.tf(
        "staff-port-title",
        &[("port", Value::from(code.to_string()))],
    );
    view.block(block).render()
}

#[derive(Deserialize)]
pub struct CapacityForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    seats: String,
}

pub async fn set_capacity(
    State(state): State<AppState>,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
    PostForm(form): PostForm<CapacityForm>,
) -> Result<Redirect, AppError> {
    session::check_csrf(&state, &csrf, &form.csrf)?;
    let code = PortCode::parse(&code).map_err(AppError::Input)?;
    let date = ServiceDate::parse(&form.date).map_err(AppError::Input)?;
    let seats = Seats::parse(&form.seats).map_err(AppError::Input)?;
    let event = AuditEvent::new(state.services.now(), AuditAction::CapacitySet)
        .actor(&user.account.id)
        .subject(code.as_str())
        .detail(format!("{{\"date\":\"{date}\",\"seats\":{seats}}}"));
    state
        .store
        .set_capacity(&code, date, seats, Effects::audit(event))
        .await
        .map_err(|e| match e {
            garita_storage::StoreError::UnknownPort(code) => AppError::PortNotFound(code),
            e => AppError::internal(e),
        })?;
    Ok(Redirect::to(&format!("/staff/ports/{code}")))
}

#[derive(Deserialize, Default)]
pub struct HelperForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    identity: String,
    #[serde(default)]
    document: String,
}

fn recover_page(
    state: &AppState,
    locale: garita_i18n::Locale,
    csrf: &CsrfCookie,
    form: &HelperForm,
    errors: (Option<String>, Option<String>, Option<String>),
    result: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/recover");
    let f = Form::post(
        "/staff/recover",
        &session::csrf_token(state, csrf),
        page.t("staff-recover-submit"),
    )
    .field(
        Field::new("email", "email", page.t("staff-recover-email-label"))
            .value(&form.email)
            .error(errors.0),
    )
    .field(
        Field::new(
            "identity",
            "checkbox",
            page.t("staff-recover-identity-label"),
        )
        .value(&form.identity)
        .error(errors.1),
    )
    .field(
        Field::new("document", "text", page.t("staff-recover-document-label"))
            .value(&form.document)
            .error(errors.2),
    );
    let mut view = GenericPage::new(page, "staff-recover-title");
    view.notice = result;
    let block = Block::text(view.page.t("staff-recover-body")).form(f);
    view.block(block).render()
}

pub async fn recover(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    recover_page(
        &state,
        locale,
        &csrf,
        &HelperForm::default(),
        (None, None, None),
        None,
    )
}

pub async fn recover_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    PostForm(form): PostForm<HelperForm>,
) -> Result<Html<String>, AppError> {
    session::check_csrf(&state, &csrf, &form.csrf)?;
    let t = |key: &str| state.i18n.text(locale, key);
    let email = Email::parse(&form.email);
    let errors = (
        email.as_ref().err().map(|e| t(e.message_key())),
        (form.identity != "yes").then(|| t("field-identity-check")),
        form.document.trim().is_empty().then(|| t("field-required")),
    );
    let (Ok(email), None, None) = (email, &errors.1, &errors.2) else {
        return recover_page(&state, locale, &csrf, &form, errors, None);
    };
    let link = state
        .services
        .helper_recovery_link(&user.account, &email, form.document.trim())
        .await
        .map_err(AppError::internal)?;
    let result = match link {
        Some(link) => {
            state
                .i18n
                .format(locale, "staff-recover-link", &[("link", Value::from(link))])
        }
        None => t("staff-recover-none"),
    };
    recover_page(
        &state,
        locale,
        &csrf,
        &HelperForm::default(),
        (None, None, None),
        Some(result),
    )
}
