//! Making an account: the consent text, the form, the e-mailed code (or link), and the recovery
//! codes shown once.

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::limits::{self, CODES_PER_IP, SENDS_PER_IP, SIGNUP_PER_IP};
use crate::pages::Chrome;
use crate::session::{self, ClientIp};
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use garita_domain::{CONSENT_VERSION, Email, Login, PhoneNumber};
use garita_i18n::{Locale, Value};
use garita_kernel::accounts::SignUp;
use garita_security::password::{self, PasswordProblem};
use garita_store::records::SessionKind;
use serde::Deserialize;

/// The consent text's blocks, shared with the page shown again when the text changes. "Why"
/// lists the purposes this version names (`garita_domain::purposes::CONSENTS`) that the
/// configuration declares, each with its legal basis.
pub fn consent_blocks(page: &Chrome, purposes: &garita_kernel::purposes::Purposes) -> Vec<Block> {
    let mut blocks = vec![Block::text(page.t("consent-intro"))];
    for part in ["collect", "why", "who", "keep", "rights"] {
        let mut block = Block::heading(page.t(&format!("consent-{part}-title")));
        if part == "why" {
            let named = garita_domain::purposes::CONSENTS[CONSENT_VERSION as usize - 1];
            for code in named {
                if let Some(basis) = purposes.basis(code) {
                    block = block.para(page.tf(
                        "consent-purpose",
                        &[
                            ("purpose", Value::from(page.t(&format!("purpose-{code}")))),
                            ("basis", Value::from(basis.to_string())),
                        ],
                    ));
                }
            }
        } else {
            block = block.para(page.t(&format!("consent-{part}-body")));
        }
        blocks.push(block);
    }
    blocks.push(Block::text(page.tf(
        "consent-version",
        &[("version", Value::from(CONSENT_VERSION))],
    )));
    blocks
}

pub async fn consent(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signup");
    let agree = Block::default().link(
        &format!("/signup/details?consent={CONSENT_VERSION}"),
        page.t("consent-agree"),
    );
    let mut view = GenericPage::new(page, "consent-title");
    view.blocks = consent_blocks(&view.page, &state.services.purposes);
    view.block(agree).render()
}

#[derive(Deserialize)]
pub struct ConsentQuery {
    consent: Option<i32>,
}

#[derive(Deserialize, Default)]
pub struct SignUpForm {
    #[serde(default)]
    consent: i32,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    language: String,
}

#[derive(Default)]
struct SignUpErrors {
    email: Option<String>,
    phone: Option<String>,
    password: Option<String>,
}

fn signup_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &SignUpForm,
    errors: SignUpErrors,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signup");
    let chosen = Locale::from_code(&form.language).unwrap_or(locale);
    let fields = Form::post(
        "/signup/details",
        &crate::csrf::csrf_token(state, csrf),
        page.t("signup-submit"),
    )
    .hidden("consent", &CONSENT_VERSION.to_string())
    .field({
        // With an SMS gateway, a mobile number alone will do.
        let email = Field::new("email", "email", page.t("signup-email-label"))
            .value(&form.email)
            .error(errors.email)
            .autocomplete("email");
        if state.services.sms_channel {
            email.help(page.t("signup-email-help-sms")).optional()
        } else {
            email.help(page.t("signup-email-help"))
        }
    })
    .field(
        Field::new("phone", "tel", page.t("signup-phone-label"))
            .value(&form.phone)
            .help(page.t("signup-phone-help"))
            .error(errors.phone)
            .autocomplete("tel")
            .optional(),
    )
    .field(
        Field::new("password", "password", page.t("signup-password-label"))
            .help(page.t("signup-password-help"))
            .error(errors.password)
            .autocomplete("new-password"),
    )
    .field(Field::new("language", "select", page.t("signup-language-label")).languages(chosen));
    let block = Block::text(page.t("signup-intro"))
        .form(fields)
        .link("/signin", page.t("signup-have-account"));
    GenericPage::new(page, "signup-title").block(block).render()
}

pub async fn details(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    Query(query): Query<ConsentQuery>,
) -> Result<Response, AppError> {
    if query.consent != Some(CONSENT_VERSION) {
        return Ok(Redirect::to("/signup").into_response());
    }
    Ok(signup_page(
        &state,
        locale,
        &csrf,
        &SignUpForm::default(),
        SignUpErrors::default(),
    )?
    .into_response())
}

/// The message for a password that breaks the policy.
pub fn password_problem(page: &Chrome, password: &str) -> Option<String> {
    password::check_policy(password).err().map(|p| {
        page.t(match p {
            PasswordProblem::TooShort => "field-password-short",
            PasswordProblem::TooLong => "field-password-long",
            PasswordProblem::Common => "field-password-common",
        })
    })
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<SignUpForm>,
) -> Result<Response, AppError> {
    if form.consent != CONSENT_VERSION {
        return Ok(Redirect::to("/signup").into_response());
    }
    let page = Chrome::new(&state.i18n, locale, "/signup");
    let phone = (!form.phone.trim().is_empty()).then(|| PhoneNumber::parse(&form.phone));
    // No address but a number: the number is the login, if SMS can reach it.
    let login = match (form.email.trim().is_empty(), &phone) {
        (true, Some(Ok(number))) if state.services.sms_channel => Ok(Login::Phone(number.clone())),
        (true, Some(Ok(_))) => Err("signup-no-sms"),
        (true, None) if state.services.sms_channel => Err("field-login-invalid"),
        _ => Email::parse(&form.email)
            .map(Login::Email)
            .map_err(|e| e.message_key()),
    };
    let errors = SignUpErrors {
        email: login.as_ref().err().map(|key| page.t(key)),
        phone: phone
            .as_ref()
            .and_then(|p| p.as_ref().err())
            .map(|e| page.t(e.message_key())),
        password: password_problem(&page, &form.password),
    };
    let (Ok(login), None, None) = (login, &errors.phone, &errors.password) else {
        return Ok(signup_page(&state, locale, &csrf, &form, errors)?.into_response());
    };
    limits::check(&state, SIGNUP_PER_IP, &ip).await?;
    let chosen = Locale::from_code(&form.language).unwrap_or(locale);
    let mut origin = vec![format!("ip:{ip}")];
    origin.extend(
        jar.get(state.cookies.device)
            .map(|c| format!("device:{}", c.value())),
    );
    let token = state
        .services
        .sign_up(SignUp {
            phone: match login {
                Login::Email(_) => phone.and_then(Result::ok),
                Login::Phone(_) => None,
            },
            login,
            password: form.password,
            locale: chosen,
            origin,
        })
        .await?;
    let jar = jar.add(session::cookie(
        &state,
        state.cookies.challenge,
        token,
        false,
    ));
    Ok((jar, Redirect::to("/signup/verify")).into_response())
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

fn verify_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/signup/verify");
    let token = crate::csrf::csrf_token(state, csrf);
    let check = Form::post("/signup/verify", &token, page.t("verify-submit")).field(
        Field::new("code", "text", page.t("verify-code-label"))
            .error(error)
            .autocomplete("one-time-code")
            .numeric(),
    );
    let resend = Form::post("/signup/verify/resend", &token, page.t("verify-resend")).secondary();
    let mut view = GenericPage::new(page, "verify-title-any");
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    let block = Block::text(view.page.t("verify-body-any"))
        .para(view.page.t("verify-expiry"))
        .form(check);
    let again = Block::text(view.page.t("verify-spam-any")).form(resend);
    view.block(block).block(again).render()
}

pub async fn verify(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
) -> Result<Response, AppError> {
    if jar.get(state.cookies.challenge).is_none() {
        return Ok(Redirect::to("/signup").into_response());
    }
    Ok(verify_page(&state, locale, &csrf, None, None)?.into_response())
}

pub async fn verify_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    let Some(token) = jar
        .get(state.cookies.challenge)
        .map(|c| c.value().to_string())
    else {
        return Ok(Redirect::to("/signup").into_response());
    };
    let page = Chrome::new(&state.i18n, locale, "/signup/verify");
    let Some(code) = garita_security::codes::parse_six_digits(&form.code) else {
        let error = page.t("field-code-format");
        return Ok(verify_page(&state, locale, &csrf, None, Some(error))?.into_response());
    };
    limits::check(&state, CODES_PER_IP, &ip).await?;
    match state.services.verify_email_code(&token, &code).await? {
        Some(account) => {
            welcome(
                &state,
                locale,
                jar.remove(session::removal(&state, state.cookies.challenge)),
                &account,
            )
            .await
        }
        None => {
            let error = page.t("field-code-wrong");
            Ok(verify_page(&state, locale, &csrf, None, Some(error))?.into_response())
        }
    }
}

pub async fn resend(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    ClientIp(ip): ClientIp,
    jar: CookieJar,
    CsrfForm(_): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    let Some(token) = jar
        .get(state.cookies.challenge)
        .map(|c| c.value().to_string())
    else {
        return Ok(Redirect::to("/signup").into_response());
    };
    limits::check(&state, SENDS_PER_IP, &ip).await?;
    let page = Chrome::new(&state.i18n, locale, "/signup/verify");
    match state.services.resend_code(&token).await? {
        Ok(new_token) => {
            let jar = jar.add(session::cookie(
                &state,
                state.cookies.challenge,
                new_token,
                false,
            ));
            let notice = page.t("verify-resent");
            Ok((jar, verify_page(&state, locale, &csrf, Some(notice), None)?).into_response())
        }
        Err(seconds) => {
            let notice = page.tf("verify-resend-wait", &[("seconds", Value::from(seconds))]);
            Ok(verify_page(&state, locale, &csrf, Some(notice), None)?.into_response())
        }
    }
}

/// The link in the verification e-mail.
pub async fn verify_link(
    State(state): State<AppState>,
    Lang(locale): Lang,
    jar: CookieJar,
    Path(link): Path<String>,
) -> Result<Response, AppError> {
    match state.services.verify_email_link(&link).await? {
        Some(account) => welcome(&state, locale, jar, &account).await,
        None => {
            let page = Chrome::new(&state.i18n, locale, "/");
            let view = GenericPage::new(page, "verify-title");
            let error = view.page.t("setup-invalid");
            Ok(view.error(error).render()?.into_response())
        }
    }
}

/// After the address is checked: a session, this device remembered, and the recovery codes.
async fn welcome(
    state: &AppState,
    locale: Locale,
    jar: CookieJar,
    account_id: &str,
) -> Result<Response, AppError> {
    let services = &state.services;
    let session = services.start_session(account_id, SessionKind::Web).await?;
    let device = jar
        .get(state.cookies.device)
        .map(|c| c.value().to_string())
        .unwrap_or_else(garita_security::codes::token);
    services.remember_device(account_id, &device).await?;
    let codes = services.issue_recovery_codes(account_id).await?;
    let jar = jar
        .add(session::cookie(
            state,
            state.cookies.session,
            session,
            false,
        ))
        .add(session::cookie(state, state.cookies.device, device, true));
    let page = Chrome::new(&state.i18n, locale, "/account");
    let notice = page.t("verify-done");
    Ok((
        jar,
        recovery_codes_page(page, codes, Some(notice), "/registration")?,
    )
        .into_response())
}

/// The recovery codes, shown once.
/// The recovery codes, once, then the next step: `next` (the registration for a new account).
pub fn recovery_codes_page(
    page: Chrome,
    codes: Vec<String>,
    notice: Option<String>,
    next: &str,
) -> Result<Html<String>, AppError> {
    let mut block = Block::text(page.t("codes-body"))
        .para(page.t("codes-keep"))
        .para(page.t("codes-once"));
    block.codes = codes;
    let next = Block::default().link(next, page.t("codes-continue"));
    let mut view = GenericPage::new(page, "codes-title")
        .block(block)
        .block(next);
    view.notice = notice;
    view.render()
}
