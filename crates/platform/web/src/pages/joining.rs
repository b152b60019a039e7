//! Organisations that work with the ports ask to join (`/organizations/apply`: a bus carrier, a
//! customs broker, an importer, with the address of the person who will run it), and programme
//! admins approve or refuse each request on `/staff/organizations`
//! (`/staff/organizations/requests/{id}`).

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::limits::{self, SIGNUP_PER_IP};
use crate::pages::Chrome;
use crate::session::{ClientIp, SignedIn};
use crate::view::{Block, Field, Form, GenericPage, said};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use garita_i18n::{Locale, Value, when};
use garita_kernel::organizations::{Application, Applied, Decided, JOINING_KINDS, NewOrganization};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApplyForm {
    name: String,
    kind: String,
    city: String,
    contact: String,
    email: String,
}

pub async fn form(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, &ApplyForm::default(), None)
}

fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    typed: &ApplyForm,
    said_now: Option<Result<String, String>>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/organizations/apply");
    let kinds = JOINING_KINDS
        .iter()
        .map(|k| {
            let label = page.t(&format!("organizations-kind-{k}"));
            (k.to_string(), label, typed.kind == *k)
        })
        .collect();
    let form = Form::post(
        "/organizations/apply",
        &crate::csrf::csrf_token(state, csrf),
        page.t("joining-submit"),
    )
    .mark_required()
    .field(Field::new("name", "text", page.t("organizations-name")).value(&typed.name))
    .field(Field::new("kind", "select", page.t("organizations-kind")).options(kinds))
    .field(Field::new("city", "text", page.t("organizations-city")).value(&typed.city))
    .field(
        Field::new("contact", "text", page.t("organizations-contact"))
            .help(page.t("organizations-contact-help"))
            .value(&typed.contact),
    )
    .field(
        Field::new("email", "email", page.t("joining-email"))
            .help(page.t("joining-email-help"))
            .autocomplete("email")
            .value(&typed.email),
    );
    let mut view = GenericPage::new(page, "joining-title");
    let intro = Block::text(view.page.t("joining-intro")).form(form);
    match said_now {
        Some(Ok(text)) => view = view.notice(text),
        Some(Err(text)) => view = view.error(text),
        None => {}
    }
    view.block(intro).render()
}

pub async fn apply(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    CsrfForm(typed): CsrfForm<ApplyForm>,
) -> Result<Response, AppError> {
    limits::check(&state, SIGNUP_PER_IP, &ip).await?;
    let application = Application {
        organization: NewOrganization {
            name: &typed.name,
            kind: &typed.kind,
            city: &typed.city,
            contact: &typed.contact,
        },
        email: &typed.email,
        locale,
    };
    let applied = state.services.apply_for_organization(&application).await?;
    let t = |key| state.i18n.text(locale, key);
    Ok(match applied {
        Applied::Received => said(
            true,
            page(
                &state,
                locale,
                &csrf,
                &ApplyForm::default(),
                Some(Ok(t("joining-received"))),
            )?,
        ),
        Applied::Incomplete => said(
            false,
            page(
                &state,
                locale,
                &csrf,
                &typed,
                Some(Err(t("joining-incomplete"))),
            )?,
        ),
        Applied::Taken => said(
            false,
            page(
                &state,
                locale,
                &csrf,
                &typed,
                Some(Err(t("organizations-taken"))),
            )?,
        ),
    })
}

/// The requests waiting for a programme admin, each with its decision.
pub async fn requests_blocks(
    state: &AppState,
    page: &Chrome<'_>,
    token: &str,
) -> Result<Vec<Block>, AppError> {
    let requests = state.services.organization_requests().await?;
    let mut heading = Block::heading(page.t("joining-requests-title"));
    if requests.is_empty() {
        heading = heading.para(page.t("joining-requests-none"));
    }
    let mut blocks = vec![heading];
    for r in requests {
        let kind = page.t(&format!("organizations-kind-{}", r.kind));
        let line = page.tf(
            "joining-request",
            &[
                ("name", Value::from(r.name.clone())),
                ("kind", Value::from(kind)),
                ("city", Value::from(r.city.clone())),
                ("contact", Value::from(r.contact.clone())),
                (
                    "when",
                    Value::from(when::moment_utc(page.locale, r.created_at)),
                ),
            ],
        );
        let decision = Field::new("decision", "select", page.t("joining-decision")).options(vec![
            ("approve".into(), page.t("joining-approve"), true),
            ("refuse".into(), page.t("joining-refuse"), false),
        ]);
        let action = format!("/staff/organizations/requests/{}", r.id);
        let form = Form::post(&action, token, page.t("joining-decide")).field(decision);
        blocks.push(Block::text(line).form(form));
    }
    Ok(blocks)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
}

pub async fn decide(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let decided = match form.decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => {
            let text = state.i18n.text(locale, "joining-choose");
            let page = super::organizations::list_page(&state, locale, &csrf, None, Some(text));
            return Ok(said(false, page.await?));
        }
    };
    let outcome = state
        .services
        .decide_organization_request(&user.account, &id, decided)
        .await?;
    let key = match outcome {
        Decided::Approved => "joining-approved",
        Decided::Refused => "joining-refused",
        Decided::Gone => "joining-gone",
        Decided::Conflict => "joining-conflict",
    };
    let text = state.i18n.text(locale, key);
    let done = matches!(outcome, Decided::Approved | Decided::Refused);
    let (notice, error) = if done {
        (Some(text), None)
    } else {
        (None, Some(text))
    };
    Ok(said(
        done,
        super::organizations::list_page(&state, locale, &csrf, notice, error).await?,
    ))
}
