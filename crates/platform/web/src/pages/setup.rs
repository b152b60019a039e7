//! One-time set-up links: new staff set a password and their authenticator app; a person a helper
//! checked in person sets a new password.

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::pages::Chrome;
use crate::pages::account::{SecretForm, open_secret};
use crate::pages::signup::password_problem;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use data_encoding::BASE64URL_NOPAD;
use garita_i18n::{Locale, Value};
use garita_security::totp;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(flatten)]
    secret: SecretForm,
    #[serde(default)]
    password: String,
}

fn invalid(state: &AppState, locale: Locale) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/");
    let error = page.t("setup-invalid");
    Ok((
        axum::http::StatusCode::NOT_FOUND,
        GenericPage::new(page, "setup-title")
            .error(error)
            .render()?,
    )
        .into_response())
}

fn setup_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    link: &str,
    staff: bool,
    secret: &[u8],
    errors: (Option<String>, Option<String>),
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/");
    let mut form = Form::post(
        &format!("/setup/{link}"),
        &crate::csrf::csrf_token(state, csrf),
        page.t("setup-submit"),
    )
    .field(
        Field::new("password", "password", page.t("signup-password-label"))
            .help(page.t("signup-password-help"))
            .error(errors.0)
            .autocomplete("new-password"),
    );
    let mut block = Block::text(page.t("setup-body"));
    if staff {
        let sealed = BASE64URL_NOPAD.encode(&state.services.keys.seal(secret, "web.totp-setup"));
        form = form.hidden("secret", &sealed).field(
            Field::new("code", "text", page.t("totp-setup-code-label"))
                .error(errors.1)
                .autocomplete("one-time-code")
                .numeric(),
        );
        block = block.para(page.tf(
            "setup-staff-totp",
            &[("key", Value::from(totp::display_secret(secret)))],
        ));
    }
    GenericPage::new(page, "setup-title")
        .block(block.form(form))
        .render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    Path(link): Path<String>,
) -> Result<Response, AppError> {
    match state.services.setup_account(&link).await? {
        None => invalid(&state, locale),
        Some(account) => {
            let staff = account.grant.role.is_staff();
            Ok(setup_page(
                &state,
                locale,
                &csrf,
                &link,
                staff,
                &totp::new_secret(),
                (None, None),
            )?
            .into_response())
        }
    }
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    Path(link): Path<String>,
    CsrfForm(form): CsrfForm<SetupForm>,
) -> Result<Response, AppError> {
    let Some(account) = state.services.setup_account(&link).await? else {
        return invalid(&state, locale);
    };
    let staff = account.grant.role.is_staff();
    let page = Chrome::new(&state.i18n, locale, "/");
    let secret = if staff {
        open_secret(&state, &form.secret.secret).ok_or(AppError::FormExpired)?
    } else {
        vec![]
    };
    if let Some(problem) = password_problem(&page, &form.password) {
        return Ok(setup_page(
            &state,
            locale,
            &csrf,
            &link,
            staff,
            &secret,
            (Some(problem), None),
        )?
        .into_response());
    }
    let second = staff.then_some((secret.as_slice(), form.secret.code.as_str()));
    if state
        .services
        .complete_setup(&link, &form.password, second)
        .await?
    {
        let notice = page.t("recover-done");
        if !staff {
            // A person taking over the account a helper made: their own recovery codes, now.
            let codes = state.services.issue_recovery_codes(&account.id).await?;
            return Ok(super::signup::recovery_codes_page(
                page,
                codes,
                Some(notice),
                "/registration",
            )?
            .into_response());
        }
        let view = GenericPage::new(page, "setup-title").notice(notice);
        let link_block = Block::default().link("/signin", view.page.t("nav-signin"));
        return Ok(view.block(link_block).render()?.into_response());
    }
    let error = page.t("field-totp-wrong");
    Ok(setup_page(
        &state,
        locale,
        &csrf,
        &link,
        staff,
        &secret,
        (None, Some(error)),
    )?
    .into_response())
}
