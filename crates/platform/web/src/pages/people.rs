//! Helpers' pages: the people their organization assists, a new account for a person who is
//! present (after reading them the consent text), working in that person's registration, and
//! handing the account over. Who may open these is decided in `policy.rs`.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::pages::signup::consent_blocks;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_domain::{AuditAction, AuditEvent, Email};
use garita_i18n::{Locale, Value};
use garita_kernel::helpers::Assisted;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPerson {
    email: String,
    language: String,
    consent: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageQuery {
    language: String,
}

fn people_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    people: Vec<(String, String)>,
    form: &NewPerson,
    errors: (Option<String>, Option<String>),
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/people");
    let token = crate::csrf::csrf_token(state, csrf);
    let mut list = Block::default();
    if people.is_empty() {
        list = list.para(page.t("staff-people-none"));
    }
    let mut blocks = vec![];
    for (id, email) in people {
        let act = Form::post(
            &format!("/staff/people/{id}/act"),
            &token,
            page.t("staff-people-act"),
        );
        let give = Form::post(
            &format!("/staff/people/{id}/handover"),
            &token,
            page.t("staff-people-handover"),
        )
        .secondary();
        blocks.push(Block::heading(email).form(act));
        blocks.push(Block::default().form(give));
    }
    // The consent text, in the person's language, to read to them before anything is made.
    let person_locale = Locale::from_code(&form.language).unwrap_or(locale);
    let person_page = Chrome::new(&state.i18n, person_locale, "/staff/people");
    let create = Form::post("/staff/people", &token, page.t("staff-people-create"))
        .field(
            Field::new("email", "email", page.t("staff-people-email"))
                .value(&form.email)
                .error(errors.0),
        )
        .field(
            Field::new("language", "select", page.t("staff-people-language"))
                .languages(person_locale),
        )
        .field(
            Field::new("consent", "checkbox", page.t("staff-people-consent-read"))
                .value(&form.consent)
                .error(errors.1),
        );
    let mut view = GenericPage::new(page, "staff-people-title");
    view.notice = notice;
    view = view.block(list);
    for b in blocks {
        view = view.block(b);
    }
    let intro =
        Block::heading(view.page.t("staff-people-new")).para(view.page.t("staff-people-new-help"));
    view = view.block(intro);
    for mut b in consent_blocks(&person_page, &state.services.purposes) {
        // The consent text is in the person's language, not the helper's.
        b.heading = b
            .heading
            .map(|h| format!("{h} ({})", person_locale.native_name()));
        view = view.block(b);
    }
    view.block(Block::default().form(create)).render()
}

async fn assisted(
    state: &AppState,
    user: &crate::session::CurrentUser,
) -> Result<Vec<(String, String)>, AppError> {
    let Some(org) = &user.account.grant.organization else {
        return Ok(vec![]);
    };
    let people = state.store.assisted_accounts(org).await?;
    // Showing their addresses is a read of personal data by staff: written down.
    let event = AuditEvent::new(state.services.now(), AuditAction::AuditLogRead)
        .actor(&user.account.id)
        .detail(format!(
            "{{\"read\":\"assisted-people\",\"count\":{}}}",
            people.len()
        ));
    state.store.append_audit(vec![event]).await?;
    people
        .iter()
        .map(|p| Ok((p.id.clone(), state.services.email_of(p)?)))
        .collect()
}

pub async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Query(query): Query<LanguageQuery>,
) -> Result<Html<String>, AppError> {
    let people = assisted(&state, &user).await?;
    let form = NewPerson {
        language: query.language,
        ..Default::default()
    };
    people_page(&state, locale, &csrf, people, &form, (None, None), None)
}

pub async fn create(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<NewPerson>,
) -> Result<Response, AppError> {
    let t = |key: &str| state.i18n.text(locale, key);
    let email = Email::parse(&form.email);
    let errors = (
        email.as_ref().err().map(|e| t(e.message_key())),
        (form.consent != "yes")
            .then(|| t("field-identity-check"))
            .map(|_| t("staff-people-consent-read")),
    );
    let (Ok(email), None) = (email, &errors.1) else {
        let people = assisted(&state, &user).await?;
        return Ok(
            people_page(&state, locale, &csrf, people, &form, errors, None)?.into_response(),
        );
    };
    let person_locale = Locale::from_code(&form.language).unwrap_or(locale);
    match state
        .services
        .create_assisted(&user.account, &email, person_locale)
        .await?
    {
        Assisted::Created { account_id } => {
            state
                .services
                .act_for(&user.account, &user.session, Some(&account_id))
                .await?;
            Ok(Redirect::to("/registration").into_response())
        }
        Assisted::AddressTaken => {
            let people = assisted(&state, &user).await?;
            let notice = t("staff-people-taken");
            Ok(people_page(
                &state,
                locale,
                &csrf,
                people,
                &NewPerson::default(),
                (None, None),
                Some(notice),
            )?
            .into_response())
        }
    }
}

pub async fn act(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    if !state
        .services
        .act_for(&user.account, &user.session, Some(&id))
        .await?
    {
        return Err(AppError::Forbidden);
    }
    Ok(Redirect::to("/registration"))
}

pub async fn stop(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    state
        .services
        .act_for(&user.account, &user.session, None)
        .await?;
    Ok(Redirect::to("/staff/people"))
}

pub async fn handover(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let link = state
        .services
        .handover_link(&user.account, &id)
        .await?
        .ok_or(AppError::Forbidden)?;
    // The helper's session stops working in that account: it is the person's now.
    state
        .services
        .act_for(&user.account, &user.session, None)
        .await?;
    let people = assisted(&state, &user).await?;
    let notice = state.i18n.format(
        locale,
        "staff-people-handover-link",
        &[("link", Value::from(link))],
    );
    Ok(people_page(
        &state,
        locale,
        &csrf,
        people,
        &NewPerson::default(),
        (None, None),
        Some(notice),
    )?
    .into_response())
}
