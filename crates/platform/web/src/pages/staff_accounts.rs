//! Programme admins keep the staff accounts (`/staff/accounts`): make one (its one-time set-up
//! link shown once, to give in person), change its role, port or organisation, reset a lost
//! authenticator (a new set-up link; its sessions end), and disable one at once (its sessions
//! end and it can no longer sign in). Every change is audited with the admin as its actor.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use garita_domain::{Email, Grant, GrantError, PortCode, Role};
use garita_i18n::{Locale, Value};
use serde::Deserialize;

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, None, None).await
}

/// The grant typed on a form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GrantForm {
    email: String,
    role: String,
    port: String,
    organization: String,
    language: String,
}

impl GrantForm {
    /// The grant, or the catalog key of what is wrong with it.
    fn grant(&self) -> Result<Grant, &'static str> {
        let role = Role::parse(self.role.trim())
            .filter(|r| r.is_staff())
            .ok_or("staff-accounts-role-needed")?;
        let port = match self.port.trim() {
            "" => None,
            code => Some(PortCode::parse(code).map_err(|_| "staff-accounts-port-needed")?),
        };
        Grant::new(role, port, Some(self.organization.clone())).map_err(|e| match e {
            GrantError::PortRequired => "staff-accounts-port-needed",
            GrantError::PortNotAllowed => "staff-accounts-port-not-allowed",
            GrantError::OrganizationRequired => "staff-accounts-organization-needed",
            GrantError::OrganizationNotAllowed => "staff-accounts-organization-not-allowed",
        })
    }
}

/// The role, port and organisation questions, filled with `now`.
fn grant_fields(page: &Chrome, ports: &[String], now: Option<&Grant>) -> Vec<Field> {
    let roles = Role::ALL
        .into_iter()
        .filter(|r| r.is_staff())
        .map(|r| {
            let chosen = now.is_some_and(|g| g.role == r);
            (r.code().to_string(), page.t(r.message_key()), chosen)
        })
        .collect();
    let here = now.and_then(|g| g.port.as_ref()).map(|p| p.to_string());
    let mut port_options = vec![(
        String::new(),
        page.t("staff-accounts-no-port"),
        here.is_none(),
    )];
    port_options.extend(
        ports
            .iter()
            .map(|p| (p.clone(), p.clone(), here.as_deref() == Some(p))),
    );
    vec![
        Field::new("role", "select", page.t("staff-accounts-role")).options(roles),
        Field::new("port", "select", page.t("staff-accounts-port"))
            .options(port_options)
            .help(page.t("staff-accounts-port-help"))
            .optional(),
        Field::new(
            "organization",
            "text",
            page.t("staff-accounts-organization"),
        )
        .value(
            now.and_then(|g| g.organization.as_deref())
                .unwrap_or_default(),
        )
        .help(page.t("staff-accounts-organization-help"))
        .optional(),
    ]
}

async fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/accounts");
    let token = crate::csrf::csrf_token(state, csrf);
    // Staff work at land crossings and at airports.
    let ports: Vec<String> = state
        .store
        .all_ports()
        .await?
        .into_iter()
        .map(|p| p.code.to_string())
        .collect();
    let mut blocks = vec![Block::text(page.t("staff-accounts-intro"))];
    for staff in state.services.store.staff_accounts().await? {
        let role = page.t(&format!("role-{}", staff.grant.role.code()));
        let place = staff
            .grant
            .port
            .as_ref()
            .map(|p| p.to_string())
            .or(staff.grant.organization.clone())
            .unwrap_or_default();
        let email = state.services.email_of(&staff)?;
        let who = [
            ("email", Value::from(email)),
            ("role", Value::from(role)),
            ("place", Value::from(place)),
        ];
        let mut change = Form::post(
            &format!("/staff/accounts/{}/grant", staff.id),
            &token,
            page.t("staff-accounts-change"),
        )
        .secondary();
        for field in grant_fields(&page, &ports, Some(&staff.grant)) {
            change = change.field(field);
        }
        let reset = Form::post(
            &format!("/staff/accounts/{}/reset", staff.id),
            &token,
            page.t("staff-accounts-reset"),
        )
        .secondary();
        let disable = Form::post(
            &format!("/staff/accounts/{}/disable", staff.id),
            &token,
            page.t("staff-accounts-disable"),
        )
        .secondary();
        blocks.push(Block::heading(page.tf("staff-accounts-row", &who)).form(change));
        blocks.push(Block::default().form(reset));
        blocks.push(Block::default().form(disable));
    }
    let mut create = Form::post("/staff/accounts", &token, page.t("staff-accounts-create"))
        .field(Field::new("email", "email", page.t("staff-accounts-email")));
    for field in grant_fields(&page, &ports, None) {
        create = create.field(field);
    }
    create = create.field(
        Field::new("language", "select", page.t("staff-accounts-language")).languages(locale),
    );
    blocks.push(
        Block::heading(page.t("staff-accounts-new"))
            .para(page.t("staff-accounts-new-help"))
            .form(create),
    );
    let mut view = GenericPage::new(page, "staff-accounts-title");
    view.blocks = blocks;
    if let Some(text) = notice {
        view = view.notice(text);
    }
    if let Some(text) = error {
        view = view.error(text);
    }
    view.render()
}

/// The page with what was done, or (422) with what could not be and why.
async fn answer(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    result: Result<String, String>,
) -> Result<Response, AppError> {
    let done = result.is_ok();
    let (notice, error) = (result.as_ref().ok().cloned(), result.err());
    Ok(crate::view::said(
        done,
        page(state, locale, csrf, notice, error).await?,
    ))
}

pub async fn create(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<GrantForm>,
) -> Result<Response, AppError> {
    let t = |key: &str| state.i18n.text(locale, key);
    let result = match (Email::parse(&form.email), form.grant()) {
        (Err(e), _) => Err(t(e.message_key())),
        (_, Err(key)) => Err(t(key)),
        (Ok(_), Ok(grant)) if !state.services.organization_known(&grant).await? => {
            Err(t("staff-accounts-organization-unknown"))
        }
        (Ok(email), Ok(grant)) => {
            let language = Locale::from_code(&form.language).unwrap_or(locale);
            match state
                .services
                .create_staff_by(Some(&user.account), &email, grant, language)
                .await?
            {
                Some(link) => Ok(state.i18n.format(
                    locale,
                    "staff-accounts-created",
                    &[("link", Value::from(link))],
                )),
                None => Err(t("staff-accounts-taken")),
            }
        }
    };
    answer(&state, locale, &csrf, result).await
}

pub async fn change(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<GrantForm>,
) -> Result<Response, AppError> {
    let t = |key: &str| state.i18n.text(locale, key);
    let result = match form.grant() {
        Err(key) => Err(t(key)),
        Ok(grant) if !state.services.organization_known(&grant).await? => {
            Err(t("staff-accounts-organization-unknown"))
        }
        Ok(grant) => match state
            .services
            .change_grant(&user.account, &id, grant)
            .await?
        {
            true => Ok(t("staff-accounts-changed")),
            false => Err(t("staff-accounts-not-changed")),
        },
    };
    answer(&state, locale, &csrf, result).await
}

pub async fn reset(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let result = match state
        .services
        .reset_staff_sign_in(&user.account, &id)
        .await?
    {
        Some(link) => Ok(state.i18n.format(
            locale,
            "staff-accounts-reset-done",
            &[("link", Value::from(link))],
        )),
        None => Err(state.i18n.text(locale, "staff-accounts-not-changed")),
    };
    answer(&state, locale, &csrf, result).await
}

pub async fn disable(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Html<String>, AppError> {
    let key = match state.services.disable_staff(&user.account, &id).await? {
        true => "staff-accounts-disabled",
        false => "staff-accounts-not-disabled",
    };
    let notice = state.i18n.text(locale, key);
    page(&state, locale, &csrf, Some(notice), None).await
}
