//! Getting back into an account: with a printed recovery code, with a code by e-mail, or with a
//! helper in person (who makes a set-up link; see `staff.rs`). Nothing is ever deleted.

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::limits::{self, CODES_PER_IP, RECOVERY_FAILS_PER_ACCOUNT, SENDS_PER_IP};
use crate::pages::Chrome;
use crate::pages::signup::password_problem;
use crate::session::{self, ClientIp};
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use garita_domain::Login;
use garita_i18n::Locale;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct RecoverForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

fn recover_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &RecoverForm,
    error: Option<String>,
    password_error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/recover");
    let token = crate::csrf::csrf_token(state, csrf);
    let with_code = Form::post("/recover/code", &token, page.t("recover-code-submit"))
        .field(
            Field::new("email", "text", page.t("login-label"))
                .value(&form.email)
                .autocomplete("username"),
        )
        .field(Field::new("code", "text", page.t("recover-code-label")).value(&form.code))
        .field(
            Field::new("password", "password", page.t("recover-new-password-label"))
                .help(page.t("signup-password-help"))
                .error(password_error)
                .autocomplete("new-password"),
        );
    let with_email = Form::post("/recover/email", &token, page.t("recover-email-submit"))
        .field(
            Field::new("email", "text", page.t("login-label"))
                .value(&form.email)
                .help(page.t("login-help"))
                .autocomplete("username"),
        )
        .secondary();
    let mut view = GenericPage::new(page, "recover-title");
    view.error = error;
    let p = &view.page;
    let blocks = vec![
        Block::text(p.t("recover-intro")),
        Block::heading(p.t("recover-code-title"))
            .para(p.t("recover-code-body"))
            .form(with_code),
        Block::heading(p.t("recover-email-title-any"))
            .para(p.t("recover-email-body-any"))
            .form(with_email),
        helpers(state, p),
    ];
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

/// A helper can do it with the person: where to find one (each service's links, the help
/// directory's among them).
fn helpers(state: &AppState, page: &Chrome) -> Block {
    super::Links::on(state, page, crate::On::Helpers)
        .onto(Block::heading(page.t("recover-helper-title")).para(page.t("recover-helper-body")))
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    recover_page(&state, locale, &csrf, &RecoverForm::default(), None, None)
}

fn done_page(state: &AppState, locale: Locale) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let notice = page.t("recover-done");
    let link = Block::default().link("/signin", page.t("nav-signin"));
    GenericPage::new(page, "recover-title")
        .notice(notice)
        .block(link)
        .render()
}

pub async fn with_code(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<RecoverForm>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/recover");
    if let Some(problem) = password_problem(&page, &form.password) {
        return Ok(
            recover_page(&state, locale, &csrf, &form, None, Some(problem))?.into_response(),
        );
    }
    limits::check(&state, CODES_PER_IP, &ip).await?;
    let recovered = match Login::parse(&form.email) {
        Ok(login) => {
            let (_, account) = login.lookup_parts();
            limits::refuse_if_over(&state, RECOVERY_FAILS_PER_ACCOUNT, &account).await?;
            let recovered = state
                .services
                .recover_with_code(&login, &form.code, &form.password)
                .await?;
            if recovered.is_none() {
                limits::count(&state, RECOVERY_FAILS_PER_ACCOUNT, &account).await?;
            }
            recovered
        }
        Err(_) => None,
    };
    match recovered {
        Some(_) => Ok(done_page(&state, locale)?.into_response()),
        None => {
            let error = page.t("recover-failed");
            Ok(recover_page(&state, locale, &csrf, &form, Some(error), None)?.into_response())
        }
    }
}

pub async fn by_email(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<RecoverForm>,
) -> Result<Response, AppError> {
    let Ok(login) = Login::parse(&form.email) else {
        let error = state.i18n.text(locale, "field-login-invalid");
        return Ok(recover_page(&state, locale, &csrf, &form, Some(error), None)?.into_response());
    };
    limits::check(&state, SENDS_PER_IP, &ip).await?;
    let token = state.services.start_email_recovery(&login).await?;
    let jar = jar.add(session::cookie(
        &state,
        state.cookies.challenge,
        token,
        false,
    ));
    Ok((jar, Redirect::to("/recover/email")).into_response())
}

fn email_code_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    error: Option<String>,
    password_error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/recover/email");
    let form = Form::post(
        "/recover/email/finish",
        &crate::csrf::csrf_token(state, csrf),
        page.t("recover-code-submit"),
    )
    .field(
        Field::new("code", "text", page.t("verify-code-label"))
            .error(error)
            .autocomplete("one-time-code")
            .numeric(),
    )
    .field(
        Field::new("password", "password", page.t("recover-new-password-label"))
            .help(page.t("signup-password-help"))
            .error(password_error)
            .autocomplete("new-password"),
    );
    let block = Block::text(page.t("verify-body-any"))
        .para(page.t("verify-expiry"))
        .form(form);
    GenericPage::new(page, "recover-email-title-any")
        .block(block)
        .render()
}

pub async fn email_code(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    email_code_page(&state, locale, &csrf, None, None)
}

pub async fn email_finish(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<RecoverForm>,
) -> Result<Response, AppError> {
    let Some(token) = jar
        .get(state.cookies.challenge)
        .map(|c| c.value().to_string())
    else {
        return Ok(Redirect::to("/recover").into_response());
    };
    let page = Chrome::new(&state.i18n, locale, "/recover/email");
    if let Some(problem) = password_problem(&page, &form.password) {
        return Ok(email_code_page(&state, locale, &csrf, None, Some(problem))?.into_response());
    }
    limits::check(&state, CODES_PER_IP, &ip).await?;
    let code = form.code.split_whitespace().collect::<String>();
    match state
        .services
        .finish_email_recovery(&token, &code, &form.password)
        .await?
    {
        Some(_) => Ok((
            jar.remove(session::removal(&state, state.cookies.challenge)),
            done_page(&state, locale)?,
        )
            .into_response()),
        None => {
            let error = page.t("field-code-wrong");
            Ok(email_code_page(&state, locale, &csrf, Some(error), None)?.into_response())
        }
    }
}
