//! Organisations as records: programme admins list and add them (`/staff/organizations`); an
//! organisation's own admins add and remove its helpers (`/staff/organization`), each new
//! helper getting a one-time set-up link shown once, and make and revoke the API tokens of its
//! own systems (each shown once).

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage, Table, said};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use garita_domain::Email;
use garita_i18n::{Locale, Value, when};
use garita_kernel::organizations::{KINDS, NewOrganization, OrganizationAdded};
use garita_store::records::Account;
use serde::Deserialize;

pub async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    list_page(&state, locale, &csrf, None, None).await
}

pub(super) async fn list_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/organizations");
    let token = crate::csrf::csrf_token(state, csrf);
    let mut known = Block::text(page.t("organizations-intro"));
    known.table = Some(Table {
        head: vec![
            page.t("organizations-name"),
            page.t("organizations-kind"),
            page.t("organizations-city"),
            page.t("organizations-contact"),
        ],
        rows: state
            .services
            .organizations()
            .await?
            .into_iter()
            .map(|o| {
                let kind = page.t(&format!("organizations-kind-{}", o.kind));
                vec![o.name, kind, o.city, o.contact]
            })
            .collect(),
    });
    let kinds = KINDS
        .iter()
        .map(|k| {
            (
                k.to_string(),
                page.t(&format!("organizations-kind-{k}")),
                false,
            )
        })
        .collect();
    let add = Form::post("/staff/organizations", &token, page.t("organizations-add"))
        .field(Field::new("name", "text", page.t("organizations-name")))
        .field(Field::new("kind", "select", page.t("organizations-kind")).options(kinds))
        .field(Field::new("city", "text", page.t("organizations-city")))
        .field(
            Field::new("contact", "text", page.t("organizations-contact"))
                .help(page.t("organizations-contact-help")),
        );
    let requests = super::joining::requests_blocks(state, &page, &token).await?;
    let mut view = GenericPage::new(page, "organizations-title")
        .block(known)
        .block(Block::default().form(add));
    view.blocks.extend(requests);
    view.notice = notice;
    view.error = error;
    view.render()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OrganizationForm {
    name: String,
    kind: String,
    city: String,
    contact: String,
}

pub async fn add(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<OrganizationForm>,
) -> Result<Response, AppError> {
    let new = NewOrganization {
        name: &form.name,
        kind: &form.kind,
        city: &form.city,
        contact: &form.contact,
    };
    let added = state.services.add_organization(&user.account, &new).await?;
    let text = state.i18n.text(
        locale,
        match added {
            OrganizationAdded::Added => "organizations-added",
            OrganizationAdded::Incomplete => "organizations-incomplete",
            OrganizationAdded::Taken => "organizations-taken",
        },
    );
    let done = added == OrganizationAdded::Added;
    let (notice, error) = if done {
        (Some(text), None)
    } else {
        (None, Some(text))
    };
    Ok(said(
        done,
        list_page(&state, locale, &csrf, notice, error).await?,
    ))
}

pub async fn own(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    own_page(&state, locale, &csrf, &user.account, None, None).await
}

async fn own_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    admin: &Account,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    own_page_with(state, locale, csrf, admin, notice, error, None).await
}

/// The page, with a token just made shown once at the top to copy.
async fn own_page_with(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    admin: &Account,
    notice: Option<String>,
    error: Option<String>,
    made: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/organization");
    let token = crate::csrf::csrf_token(state, csrf);
    let org = admin.grant.organization.clone().unwrap_or_default();
    let mut blocks = vec![];
    if let Some(made) = made {
        blocks.push(Block {
            mono: Some(made),
            ..Block::default()
        });
    }
    blocks.push(Block::text(
        page.tf("organization-intro", &[("organization", Value::from(org))]),
    ));
    let helpers = state.services.own_helpers(admin).await?;
    if helpers.is_empty() {
        blocks.push(Block::text(page.t("organization-no-helpers")));
    }
    for helper in helpers {
        let email = state.services.email_of(&helper)?;
        blocks.push(
            Block::text(email).form(
                Form::post(
                    &format!("/staff/organization/helpers/{}/remove", helper.id),
                    &token,
                    page.t("organization-remove"),
                )
                .secondary(),
            ),
        );
    }
    let add = Form::post(
        "/staff/organization/helpers",
        &token,
        page.t("organization-add"),
    )
    .field(Field::new("email", "email", page.t("staff-accounts-email")))
    .field(Field::new("language", "select", page.t("staff-accounts-language")).languages(locale));
    blocks.push(
        Block::heading(page.t("organization-add"))
            .para(page.t("staff-accounts-new-help"))
            .form(add),
    );
    blocks.push(
        Block::heading(page.t("organization-tokens")).para(page.t("organization-tokens-intro")),
    );
    let tokens = state.services.own_tokens(admin).await?;
    if tokens.is_empty() {
        blocks.push(Block::text(page.t("organization-tokens-none")));
    }
    for t in tokens {
        let made = Value::from(when::moment_utc(page.locale, t.created_at));
        let label = Value::from(t.label.clone());
        blocks.push(match t.revoked_at {
            Some(revoked) => Block::text(page.tf(
                "organization-token-revoked-line",
                &[
                    ("label", label),
                    ("when", made),
                    (
                        "revoked",
                        Value::from(when::moment_utc(page.locale, revoked)),
                    ),
                ],
            )),
            None => Block::text(page.tf(
                "organization-token-line",
                &[("label", label), ("when", made)],
            ))
            .form(
                Form::post(
                    &format!("/staff/organization/tokens/{}/revoke", t.id),
                    &token,
                    page.t("organization-token-revoke"),
                )
                .secondary(),
            ),
        });
    }
    blocks.push(
        Block::default().form(
            Form::post(
                "/staff/organization/tokens",
                &token,
                page.t("organization-token-make"),
            )
            .field(
                Field::new("label", "text", page.t("organization-token-label"))
                    .help(page.t("organization-token-label-help")),
            ),
        ),
    );
    let mut view = GenericPage::new(page, "organization-title");
    view.blocks = blocks;
    view.notice = notice;
    view.error = error;
    view.render()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HelperForm {
    email: String,
    language: String,
}

pub async fn add_helper(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<HelperForm>,
) -> Result<Response, AppError> {
    let result = match Email::parse(&form.email) {
        Err(e) => Err(state.i18n.text(locale, e.message_key())),
        Ok(email) => {
            let language = Locale::from_code(&form.language).unwrap_or(locale);
            match state
                .services
                .add_own_helper(&user.account, &email, language)
                .await?
            {
                Some(link) => Ok(state.i18n.format(
                    locale,
                    "staff-accounts-created",
                    &[("link", Value::from(link))],
                )),
                None => Err(state.i18n.text(locale, "staff-accounts-taken")),
            }
        }
    };
    let done = result.is_ok();
    let (notice, error) = (result.as_ref().ok().cloned(), result.err());
    let html = own_page(&state, locale, &csrf, &user.account, notice, error).await?;
    Ok(said(done, html))
}

pub async fn remove_helper(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let done = state.services.remove_own_helper(&user.account, &id).await?;
    changed(
        &state,
        locale,
        &csrf,
        &user.account,
        done,
        "organization-removed",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    label: String,
}

/// An organisation admin makes a token for one of its systems: shown once, on this page.
pub async fn make_token(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> Result<Response, AppError> {
    let made = state
        .services
        .make_own_token(&user.account, &form.label)
        .await?;
    let (notice, error) = match &made {
        Some(_) => (
            Some(state.i18n.text(locale, "organization-token-made")),
            None,
        ),
        None => (
            None,
            Some(state.i18n.text(locale, "organization-token-incomplete")),
        ),
    };
    let done = made.is_some();
    let html = own_page_with(&state, locale, &csrf, &user.account, notice, error, made).await?;
    Ok(said(done, html))
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let done = state.services.revoke_own_token(&user.account, &id).await?;
    changed(
        &state,
        locale,
        &csrf,
        &user.account,
        done,
        "organization-token-revoked",
    )
    .await
}

/// The page after a removal or a revocation: said done, or that nothing changed.
async fn changed(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    admin: &Account,
    done: bool,
    done_key: &str,
) -> Result<Response, AppError> {
    let text = state.i18n.text(
        locale,
        if done {
            done_key
        } else {
            "staff-accounts-not-changed"
        },
    );
    let (notice, error) = if done {
        (Some(text), None)
    } else {
        (None, Some(text))
    };
    let html = own_page(state, locale, csrf, admin, notice, error).await?;
    Ok(said(done, html))
}
