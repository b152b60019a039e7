//! My account: address, language, authenticator app, recovery codes, where I am signed in.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::{self, SignedIn};
use crate::view::{Block, Field, Form, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use data_encoding::BASE64URL_NOPAD;
use garita_i18n::{Locale, Value, when};
use garita_kernel::accounts::needs_consent;
use garita_security::totp;
use garita_store::records::SessionKind;
use serde::Deserialize;

const TOTP_SETUP: &str = "web.totp-setup";

/// A moment on the account page, in the person's own zone (named).
fn date(page: &Chrome, jar: &CookieJar, ms: i64) -> String {
    let zone = crate::pages::person_zone(jar);
    format!(
        "{} ({})",
        when::moment_ms(page.locale, ms, zone),
        when::zone(page.locale, zone)
    )
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    jar: CookieJar,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    if needs_consent(&user.account) {
        return Ok(Redirect::to("/consent").into_response());
    }
    let services = &state.services;
    let account = &user.account;
    let page = Chrome::new(&state.i18n, locale, "/account");
    let token = crate::csrf::csrf_token(&state, &csrf);
    let email = services.email_of(account)?;
    let chosen = Locale::from_code(&account.locale).unwrap_or(locale);
    let language = Form::post("/account/language", &token, page.t("account-language-save")).field(
        Field::new("language", "select", page.t("account-language-label")).languages(chosen),
    );
    // An account with a number alone shows the number its codes and messages go to.
    let about = match services.login_of(account)? {
        garita_domain::Login::Phone(p) if email.is_empty() => Block::text(page.tf(
            "account-phone-only",
            &[("phone", Value::from(p.as_str().to_string()))],
        )),
        _ => Block::text(page.tf("account-email", &[("email", Value::from(email))])),
    }
    .form(language);

    let left = state.store.unused_recovery_codes(&account.id).await?;
    let mut security = Block::heading(page.t("account-security-title"));
    if account.totp_secret_sealed.is_some() {
        security = security.para(page.t("account-totp-on"));
    } else {
        security = security
            .para(page.t("account-totp-off"))
            .link("/account/authenticator", page.t("account-totp-setup"));
    }
    security = security
        .para(page.tf("account-codes-left", &[("count", Value::from(left))]))
        .para(page.t("account-codes-new-help"))
        .form(
            Form::post(
                "/account/recovery-codes",
                &token,
                page.t("account-codes-new"),
            )
            .secondary(),
        );

    let sessions = state.store.sessions_of(&account.id).await?;
    let mut where_block = Block::heading(page.t("account-sessions-title"));
    let rows = sessions
        .iter()
        .map(|s| {
            let key = match s.kind {
                SessionKind::Web => "account-session-web",
                SessionKind::Api => "account-session-api",
            };
            let mut text = page.tf(
                key,
                &[("since", Value::from(date(&page, &jar, s.created_at)))],
            );
            if s.token_hash == user.session.token_hash {
                text = format!("{text} {}", page.t("account-session-current"));
            }
            vec![text]
        })
        .collect();
    where_block.table = Some(Table {
        head: vec![page.t("account-sessions-title")],
        rows,
    });
    let others: Vec<_> = sessions
        .iter()
        .filter(|s| s.token_hash != user.session.token_hash)
        .collect();
    let mut end_blocks = vec![];
    for (i, s) in others.iter().enumerate() {
        let label = format!("{} ({})", page.t("account-session-end"), i + 1);
        end_blocks.push(
            Block::default().form(
                Form::post("/account/sessions/end", &token, label)
                    .hidden("session", &s.token_hash)
                    .secondary(),
            ),
        );
    }
    let notices = Block::heading(page.t("account-notices-title")).form(
        Form::post("/account/notices", &token, page.t("account-notices-save")).field(
            Field::new(
                "not_chosen",
                "checkbox",
                page.t("account-notices-not-chosen"),
            )
            .value(if account.tell_not_chosen { "yes" } else { "" }),
        ),
    );
    let out = Block::default().form(Form::post("/signout", &token, page.t("account-signout")));
    let mut helpers = Block::heading(page.t("account-helpers-title"));
    // Who can act for the person now, and the button that ends it.
    if let Some(organization) = &account.assisted_by {
        let can_act = [("organization", Value::from(organization.clone()))];
        helpers = helpers
            .para(page.tf("account-helper-can-act", &can_act))
            .form(
                Form::post(
                    "/account/helpers/withdraw",
                    &token,
                    page.t("account-helper-withdraw"),
                )
                .secondary(),
            );
    }
    let actions = state.services.actions_by_others(&account.id).await?;
    if actions.is_empty() {
        helpers = helpers.para(page.t("account-helpers-none"));
    }
    for a in actions {
        let key = match a.action.as_str() {
            "account.created" => "helper-did-account",
            "helper.consent-recorded" => "helper-did-consent",
            "helper.acting" => "helper-did-acting",
            "helper.handed-over" => "helper-did-handover",
            "registration.saved" => "helper-did-registration",
            "registration.photo-submitted" => "helper-did-photo",
            "recovery.link-by-helper" => "helper-did-recovery",
            _ => "helper-did-other",
        };
        helpers = helpers.para(page.tf(key, &[("date", Value::from(date(&page, &jar, a.at_ms)))]));
    }
    let everywhere = Block::default().form(
        Form::post(
            "/signout/everywhere",
            &token,
            page.t("account-signout-everywhere"),
        )
        .secondary(),
    );
    let mut view = GenericPage::new(page, "account-title")
        .block(about)
        .block(notices)
        .block(security)
        .block(where_block)
        .block(helpers);
    for b in end_blocks {
        view = view.block(b);
    }
    let close = Block::default()
        .link("/account/cases", view.page.t("cases-title"))
        .link("/account/close", view.page.t("account-close"));
    Ok(view
        .block(out)
        .block(everywhere)
        .block(close)
        .render()?
        .into_response())
}

#[derive(Deserialize)]
pub struct NoticesForm {
    /// "yes" when ticked; absent when not.
    #[serde(default)]
    not_chosen: String,
}

/// The person ends the access of the organisation that helped them.
pub async fn withdraw_help(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    state.services.withdraw_help(&user.account).await?;
    Ok(Redirect::to("/account"))
}

pub async fn set_notices(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<NoticesForm>,
) -> Result<Redirect, AppError> {
    state
        .services
        .set_tell_not_chosen(&user.account.id, form.not_chosen == "yes")
        .await?;
    Ok(Redirect::to("/account"))
}

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
}

pub async fn set_language(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    jar: axum_extra::extract::CookieJar,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> Result<Response, AppError> {
    let locale = Locale::from_code(&form.language)
        .ok_or(AppError::Input(garita_domain::InputError::Required))?;
    state.services.set_locale(&user.account.id, locale).await?;
    // The pages follow the choice too.
    let cookie = session::cookie(&state, state.cookies.lang, locale.code().to_string(), true);
    Ok((jar.add(cookie), Redirect::to("/account")).into_response())
}

pub async fn new_recovery_codes(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    _: CsrfForm<NoFields>,
) -> Result<Html<String>, AppError> {
    let codes = state
        .services
        .issue_recovery_codes(&user.account.id)
        .await?;
    super::signup::recovery_codes_page(
        Chrome::new(&state.i18n, locale, "/account"),
        codes,
        None,
        "/account",
    )
}

#[derive(Deserialize)]
pub struct EndSessionForm {
    #[serde(default)]
    session: String,
}

pub async fn end_session(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<EndSessionForm>,
) -> Result<Redirect, AppError> {
    state
        .services
        .end_other_session(&user.account.id, &form.session)
        .await?;
    Ok(Redirect::to("/account"))
}

fn authenticator_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    secret: &[u8],
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/account/authenticator");
    let sealed = BASE64URL_NOPAD.encode(&state.services.keys.seal(secret, TOTP_SETUP));
    let form = Form::post(
        "/account/authenticator",
        &crate::csrf::csrf_token(state, csrf),
        page.t("totp-setup-submit"),
    )
    .hidden("secret", &sealed)
    .field(
        Field::new("code", "text", page.t("totp-setup-code-label"))
            .error(error)
            .autocomplete("one-time-code")
            .numeric(),
    );
    let mut key = Block::text(page.t("totp-setup-body"));
    key.codes = vec![page.tf(
        "totp-setup-key",
        &[("key", Value::from(totp::display_secret(secret)))],
    )];
    GenericPage::new(page, "totp-setup-title")
        .block(key.form(form))
        .render()
}

pub async fn authenticator(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    authenticator_page(&state, locale, &csrf, &totp::new_secret(), None)
}

#[derive(Deserialize)]
pub struct SecretForm {
    #[serde(default)]
    pub secret: String,
    #[serde(default)]
    pub code: String,
}

/// Opens a secret that a set-up page sealed into its form.
pub fn open_secret(state: &AppState, sealed: &str) -> Option<Vec<u8>> {
    let bytes = BASE64URL_NOPAD.decode(sealed.as_bytes()).ok()?;
    state.services.keys.open(&bytes, TOTP_SETUP).ok()
}

pub async fn authenticator_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<SecretForm>,
) -> Result<Response, AppError> {
    let secret = open_secret(&state, &form.secret).ok_or(AppError::FormExpired)?;
    if state
        .services
        .enable_totp(&user.account, &secret, &form.code)
        .await?
    {
        return Ok(Redirect::to("/account").into_response());
    }
    let error = state.i18n.text(locale, "field-totp-wrong");
    Ok(authenticator_page(&state, locale, &csrf, &secret, Some(error))?.into_response())
}
