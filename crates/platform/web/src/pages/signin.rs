//! Signing in and out: password, then a code for a new device or from the authenticator app.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::limits::{self, CODES_PER_IP, SIGNIN_PER_IP};
use crate::pages::Chrome;
use crate::session::{self, ClientIp, SignedIn};
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use garita_domain::Login;
use garita_i18n::Locale;
use garita_kernel::accounts::{SignIn, needs_consent};
use garita_store::records::SessionKind;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

fn signin_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    email: &str,
    error: Option<String>,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let form = Form::post(
        "/signin",
        &crate::csrf::csrf_token(state, csrf),
        page.t("signin-submit"),
    )
    .field(
        Field::new("email", "text", page.t("login-label"))
            .value(email)
            .help(page.t("login-help"))
            .autocomplete("username"),
    )
    .field(
        Field::new("password", "password", page.t("signin-password-label"))
            .autocomplete("current-password"),
    );
    let block = Block::default()
        .form(form)
        .link("/recover", page.t("signin-forgot"))
        .link("/signup", page.t("signin-no-account"));
    let mut view = GenericPage::new(page, "signin-title").block(block);
    view.error = error;
    view.notice = notice;
    view.render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    signin_page(&state, locale, &csrf, "", None, None)
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let Ok(login) = Login::parse(&form.email) else {
        let error = page.t("signin-failed-any");
        return Ok(
            signin_page(&state, locale, &csrf, &form.email, Some(error), None)?.into_response(),
        );
    };
    limits::check(&state, SIGNIN_PER_IP, &ip).await?;
    let (_, login_form) = login.lookup_parts();
    limits::password_allowed(&state, &login_form, &ip).await?;
    let device = jar.get(state.cookies.device).map(|c| c.value().to_string());
    let step = state
        .services
        .sign_in(&login, &form.password, device.as_deref())
        .await?;
    let pending = |token: String, to: &'static str| {
        let jar = jar.clone().add(session::cookie(
            &state,
            state.cookies.challenge,
            token,
            false,
        ));
        Ok((jar, Redirect::to(to)).into_response())
    };
    match step {
        SignIn::Done { account_id } => signed_in(&state, jar, &account_id).await,
        SignIn::VerifyEmail { token } => pending(token, "/signup/verify"),
        SignIn::DeviceCode { token } => pending(token, "/signin/device"),
        SignIn::SecondFactor { token } => pending(token, "/signin/code"),
        SignIn::NeedsSetup | SignIn::Failed => {
            if matches!(step, SignIn::Failed) {
                limits::wrong_password(&state, &login_form, &ip).await?;
            }
            let error = page.t("signin-failed-any");
            Ok(signin_page(&state, locale, &csrf, &form.email, Some(error), None)?.into_response())
        }
    }
}

/// Starts the session and goes to the account page (or the consent text, if it changed).
pub async fn signed_in(
    state: &AppState,
    jar: CookieJar,
    account_id: &str,
) -> Result<Response, AppError> {
    let token = state
        .services
        .start_session(account_id, SessionKind::Web)
        .await?;
    let account = state.store.account(account_id).await?;
    let next = match &account {
        Some(a) if needs_consent(a) => "/consent",
        Some(a) if a.grant.role.is_staff() => "/staff",
        _ => "/account",
    };
    let jar = jar
        .remove(session::removal(state, state.cookies.challenge))
        .add(session::cookie(state, state.cookies.session, token, false));
    Ok((jar, Redirect::to(next)).into_response())
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// Which second step a code page is for.
#[derive(Clone, Copy)]
pub enum Step {
    Device,
    Authenticator,
}

impl Step {
    fn keys(
        self,
    ) -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ) {
        match self {
            Step::Device => (
                "device-title",
                "device-body-any",
                "device-code-label-any",
                "device-submit",
                "/signin/device",
            ),
            Step::Authenticator => (
                "totp-title",
                "totp-body",
                "totp-code-label",
                "totp-submit",
                "/signin/code",
            ),
        }
    }
}

fn code_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    step: Step,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let (title, body, label, submit, action) = step.keys();
    let page = Chrome::new(&state.i18n, locale, action);
    let form = Form::post(
        action,
        &crate::csrf::csrf_token(state, csrf),
        page.t(submit),
    )
    .field(
        Field::new("code", "text", page.t(label))
            .error(error)
            .autocomplete("one-time-code")
            .numeric(),
    );
    let block = Block::text(page.t(body)).form(form);
    GenericPage::new(page, title).block(block).render()
}

pub async fn device(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    code_page(&state, locale, &csrf, Step::Device, None)
}

pub async fn authenticator(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Html<String>, AppError> {
    code_page(&state, locale, &csrf, Step::Authenticator, None)
}

async fn code_submit(
    state: AppState,
    locale: Locale,
    csrf: CsrfCookie,
    ip: String,
    jar: CookieJar,
    form: CodeForm,
    step: Step,
) -> Result<Response, AppError> {
    let Some(token) = jar
        .get(state.cookies.challenge)
        .map(|c| c.value().to_string())
    else {
        return Ok(Redirect::to("/signin").into_response());
    };
    limits::check(&state, CODES_PER_IP, &ip).await?;
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let services = &state.services;
    let (account, jar) = match step {
        Step::Device => {
            let device = jar
                .get(state.cookies.device)
                .map(|c| c.value().to_string())
                .unwrap_or_else(garita_security::codes::token);
            let found = services
                .confirm_device(&token, form.code.trim(), &device)
                .await?;
            (
                found,
                jar.add(session::cookie(&state, state.cookies.device, device, true)),
            )
        }
        Step::Authenticator => (
            services.confirm_second_factor(&token, &form.code).await?,
            jar,
        ),
    };
    match account {
        Some(account) => signed_in(&state, jar, &account).await,
        None => {
            let key = match step {
                _ if services.code_spent(&token).await? => "field-code-spent",
                Step::Device => "field-code-wrong",
                Step::Authenticator => "field-totp-wrong",
            };
            Ok(code_page(&state, locale, &csrf, step, Some(page.t(key)))?.into_response())
        }
    }
}

pub async fn device_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    code_submit(state, locale, csrf, ip, jar, form, Step::Device).await
}

pub async fn authenticator_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    code_submit(state, locale, csrf, ip, jar, form, Step::Authenticator).await
}

/// On a shared phone, signing out also removes the copy of the status page kept for offline
/// reading (and the service worker that kept it).
pub(super) const CLEAR_SITE_DATA: [(&str, &str); 1] =
    [("clear-site-data", "\"cache\", \"storage\"")];

pub async fn sign_out(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    jar: CookieJar,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    state
        .services
        .sign_out(&user.account.id, &user.session.token_hash)
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let notice = page.t("signed-out");
    let jar = jar.remove(session::removal(&state, state.cookies.session));
    Ok((
        CLEAR_SITE_DATA,
        jar,
        signin_page(&state, locale, &csrf.signed_out(), "", None, Some(notice))?,
    )
        .into_response())
}

pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    jar: CookieJar,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    state.services.sign_out_everywhere(&user.account.id).await?;
    let page = Chrome::new(&state.i18n, locale, "/signin");
    let notice = page.t("signed-out-everywhere");
    let jar = jar.remove(session::removal(&state, state.cookies.session));
    Ok((
        CLEAR_SITE_DATA,
        jar,
        signin_page(&state, locale, &csrf.signed_out(), "", None, Some(notice))?,
    )
        .into_response())
}

/// The consent text again, when it changed since the person accepted it.
pub async fn consent_again(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/consent");
    let form = Form::post(
        "/consent",
        &crate::csrf::csrf_token(&state, &csrf),
        page.t("consent-agree"),
    );
    let notice = page.t("consent-changed");
    let mut view = GenericPage::new(page, "consent-title").notice(notice);
    view.blocks = super::signup::consent_blocks(&view.page, &state.services.purposes);
    view.block(Block::default().form(form)).render()
}

pub async fn consent_accept(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    state.services.accept_consent(&user.account.id).await?;
    Ok(Redirect::to("/account"))
}
