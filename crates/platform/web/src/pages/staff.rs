//! Staff pages. Who may open each is decided in `policy.rs`, not here.

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::Html;
use garita_i18n::Value;
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
    // The pages the kernel and each service list for the staff home, those this grant opens.
    for route in state.staff_routes.iter() {
        if let Some(key) = route.menu
            && route.allows(grant, Some(&own_port))
        {
            links = links.link(&route.path.replace("{port}", &own_port), page.t(key));
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

#[derive(Deserialize, Default)]
pub struct HelperForm {
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
        &crate::csrf::csrf_token(state, csrf),
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
    CsrfForm(form): CsrfForm<HelperForm>,
) -> Result<Html<String>, AppError> {
    let t = |key: &str| state.i18n.text(locale, key);
    let login = garita_domain::Login::parse(&form.email);
    let errors = (
        login.as_ref().err().map(|e| t(e.message_key())),
        (form.identity != "yes").then(|| t("field-identity-check")),
        form.document.trim().is_empty().then(|| t("field-required")),
    );
    let (Ok(login), None, None) = (login, &errors.1, &errors.2) else {
        return recover_page(&state, locale, &csrf, &form, errors, None);
    };
    let link = state
        .services
        .helper_recovery_link(&user.account, &login, form.document.trim())
        .await?;
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
