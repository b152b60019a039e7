//! The registration pages. Every form saves a new version at once, so a dropped connection
//! loses nothing; the summary page shows the whole group before anything else happens.

pub mod form;
pub mod photo;
pub mod record;

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, FieldSet, Form, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use form::{AddressForm, FieldErrors, TravellerForm};
use garita_domain::travellers::{DocumentKind, EyeColour, Gender, MaritalStatus, UsAddress};
use garita_i18n::{Locale, Value, countries};
use garita_kernel::registrations::{PhotoStatus, Registration, SaveOutcome, Traveller};

const US_STATES: &str = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI";

fn today(state: &AppState) -> chrono::NaiveDate {
    chrono::DateTime::from_timestamp_millis(state.services.now())
        .map(|d| d.date_naive())
        .unwrap_or_default()
}

/// The day of a moment the record keeps (in UTC, as the registration's date is counted), in words.
fn date(locale: Locale, ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| garita_i18n::when::date(locale, d.date_naive()))
        .unwrap_or_default()
}

/// Options for a select: a first "choose" line, then the choices, the current one selected.
fn options(
    page: &Chrome,
    current: &str,
    choices: Vec<(String, String)>,
) -> Vec<(String, String, bool)> {
    let mut out = vec![(
        String::new(),
        page.t("registration-choose"),
        current.is_empty(),
    )];
    out.extend(choices.into_iter().map(|(code, text)| {
        let selected = code == current;
        (code, text, selected)
    }));
    out
}

fn country_options(page: &Chrome, current: &str) -> Vec<(String, String, bool)> {
    let list = countries::sorted(page.locale)
        .into_iter()
        .map(|(c, n)| (c.to_string(), n.to_string()))
        .collect();
    options(page, current, list)
}

fn choice_options(
    page: &Chrome,
    prefix: &str,
    codes: Vec<&'static str>,
    current: &str,
) -> Vec<(String, String, bool)> {
    let list = codes
        .into_iter()
        .map(|c| (c.to_string(), page.t(&format!("{prefix}-{c}"))))
        .collect();
    options(page, current, list)
}

fn err(page: &Chrome, errors: &FieldErrors, field: &str) -> Option<String> {
    errors.get(field).map(|e| page.t(e.message_key()))
}

fn address_fields(page: &Chrome, form: Form, a: &AddressForm, errors: &FieldErrors) -> Form {
    let states = US_STATES
        .split(' ')
        .map(|s| (s.to_string(), s.to_string()))
        .collect();
    let set = FieldSet::new(Some(page.t("us-address-title")))
        .field(
            Field::new("street", "text", page.t("us-address-street"))
                .value(&a.street)
                .error(err(page, errors, "street"))
                .autocomplete("street-address"),
        )
        .field(
            Field::new("city", "text", page.t("us-address-city"))
                .value(&a.city)
                .error(err(page, errors, "city")),
        )
        .field(
            Field::new("state", "select", page.t("us-address-state"))
                .options(options(page, &a.state, states))
                .error(err(page, errors, "state")),
        )
        .field(
            Field::new("zip", "text", page.t("us-address-zip"))
                .value(&a.zip)
                .error(err(page, errors, "zip"))
                .numeric(),
        );
    form.mark_required().set(set)
}

/// A traveller's questions as a person fills them: who they are, the date of birth under one
/// legend, where they come from, height and weight each with its unit, the way here; then the
/// questions they may leave empty, folded.
fn traveller_fields(page: &Chrome, form: Form, t: &TravellerForm, e: &FieldErrors) -> Form {
    let text = |name: &'static str, label: &str, value: &str| {
        Field::new(name, "text", page.t(label))
            .value(value)
            .error(err(page, e, name))
    };
    let story = |name: &'static str, label: &str, value: &str| text(name, label, value).optional();
    let country = |name: &'static str, label: &str, value: &str| {
        Field::new(name, "select", page.t(label))
            .options(country_options(page, value))
            .error(err(page, e, name))
    };
    let choice = |name: &'static str, label: &str, prefix: &str, codes, value: &str| {
        Field::new(name, "select", page.t(label))
            .options(choice_options(page, prefix, codes, value))
            .error(err(page, e, name))
    };
    let who = FieldSet::new(None)
        .field(text("given", "traveller-given-names", &t.given))
        .field(text("family", "traveller-family-names", &t.family));
    // One legend over the three boxes, one message for the date (missing, or impossible).
    let number = |name: &'static str, label: &str, value: &str| {
        Field::new(name, "text", page.t(label))
            .value(value)
            .numeric()
    };
    let born = FieldSet::new(Some(page.t("traveller-birth-date")))
        .inline()
        .required()
        .error(err(page, e, "birth_day"))
        .field(number("birth_day", "traveller-day", &t.birth_day))
        .field(number("birth_month", "traveller-month", &t.birth_month))
        .field(number("birth_year", "traveller-year", &t.birth_year));
    let from = FieldSet::new(None)
        .field(country(
            "birth_country",
            "traveller-birth-country",
            &t.birth_country,
        ))
        .field(text("birth_city", "traveller-birth-city", &t.birth_city))
        .field(country(
            "residence",
            "traveller-residence-country",
            &t.residence,
        ))
        .field(country(
            "nationality",
            "traveller-nationality",
            &t.nationality,
        ))
        .field(choice(
            "gender",
            "traveller-gender",
            "gender",
            Gender::ALL.iter().map(|g| g.code()).collect(),
            &t.gender,
        ))
        .field(text("language", "traveller-language", &t.language));
    // Centimetres, or feet and inches: one of them.
    let height = FieldSet::new(Some(page.t("traveller-height")))
        .inline()
        .required()
        .error(err(page, e, "height_cm"))
        .field(number("height_cm", "traveller-height-cm", &t.height_cm).optional())
        .field(number("height_ft", "traveller-height-feet", &t.height_ft).optional())
        .field(number("height_in", "traveller-height-inches", &t.height_in).optional());
    let weight = FieldSet::new(Some(page.t("traveller-weight")))
        .inline()
        .required()
        .error(err(page, e, "weight"))
        .field(number("weight", "traveller-weight-amount", &t.weight).optional())
        .field(
            Field::new("weight_unit", "select", page.t("traveller-weight-unit"))
                .optional()
                .options(vec![
                    (
                        "kg".into(),
                        page.t("traveller-weight-kg"),
                        t.weight_unit != "lb",
                    ),
                    (
                        "lb".into(),
                        page.t("traveller-weight-lb"),
                        t.weight_unit == "lb",
                    ),
                ]),
        );
    let way = FieldSet::new(None)
        .field(choice(
            "eyes",
            "traveller-eyes",
            "eyes",
            EyeColour::ALL.iter().map(|c| c.code()).collect(),
            &t.eyes,
        ))
        .field(text(
            "home_address",
            "traveller-home-address",
            &t.home_address,
        ))
        .field(text(
            "travel_history",
            "traveller-travel-history",
            &t.travel_history,
        ));
    let more = FieldSet::new(Some(page.t("traveller-optional-group")))
        .folded()
        .field(
            Field::new("phone", "tel", page.t("traveller-phone"))
                .value(&t.phone)
                .error(err(page, e, "phone"))
                .optional(),
        )
        .field(
            Field::new("email", "email", page.t("traveller-email"))
                .value(&t.email)
                .error(err(page, e, "email"))
                .optional(),
        )
        .field(story("work", "traveller-work", &t.work))
        .field(story(
            "emergency_contact",
            "traveller-emergency-contact",
            &t.emergency_contact,
        ))
        .field(story(
            "family_members",
            "traveller-family",
            &t.family_members,
        ))
        .field(
            choice(
                "marital",
                "traveller-marital",
                "marital",
                MaritalStatus::ALL.iter().map(|m| m.code()).collect(),
                &t.marital,
            )
            .optional(),
        )
        .field(
            choice(
                "document_kind",
                "traveller-document-kind",
                "document",
                DocumentKind::ALL.iter().map(|d| d.code()).collect(),
                &t.document_kind,
            )
            .optional()
            .help(page.t("traveller-document")),
        )
        .field(
            country(
                "document_country",
                "traveller-document-country",
                &t.document_country,
            )
            .optional(),
        )
        .field(story(
            "document_number",
            "traveller-document-number",
            &t.document_number,
        ));
    [who, born, from, height, weight, way, more]
        .into_iter()
        .fold(form.mark_required(), Form::set)
}

/// The start: the address and the first traveller, saved together as version 1.
#[derive(serde::Deserialize, Default, Clone)]
pub struct StartForm {
    #[serde(flatten)]
    address: AddressForm,
    #[serde(flatten)]
    traveller: TravellerForm,
}

/// When a traveller was refused as already registered (`registration-already-registered`), or
/// a correction would make a traveller another person while the group is fixed
/// (`registration-identity-fixed`): a form to ask a person to look, carrying the identity
/// fields typed (the refusal itself never says more than that).
fn review_block(
    page: &Chrome,
    token: &str,
    action: &str,
    t: &TravellerForm,
    error: &Option<String>,
) -> Option<Block> {
    let refused = |key: &str| error.as_deref() == Some(page.t(key).as_str());
    let (path, submit) = if refused("registration-already-registered") {
        (
            "/registration/review".to_string(),
            "registration-ask-review",
        )
    } else if refused("registration-identity-fixed")
        && action.starts_with("/registration/travellers/")
        && action != "/registration/travellers/new"
    {
        (
            format!("{action}/identity-review"),
            "registration-identity-ask-review",
        )
    } else {
        return None;
    };
    let mut form = Form::post(&path, token, page.t(submit)).secondary();
    for (name, value) in [
        ("given", &t.given),
        ("family", &t.family),
        ("birth_day", &t.birth_day),
        ("birth_month", &t.birth_month),
        ("birth_year", &t.birth_year),
        ("birth_country", &t.birth_country),
        ("document_kind", &t.document_kind),
        ("document_country", &t.document_country),
        ("document_number", &t.document_number),
    ] {
        form = form.hidden(name, value);
    }
    Some(Block::default().form(form))
}

/// The person asks a reviewer to accept a change of who a traveller is (refused while the
/// group is fixed). Only the identity fields come with it; nothing else changes until then.
pub async fn ask_identity_review(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<TravellerForm>,
) -> Result<Response, AppError> {
    let back = format!("/registration/travellers/{id}");
    let name = garita_domain::travellers::PersonName::parse(&f.given, &f.family);
    let birth = garita_domain::travellers::DateOfBirth::parse(
        &f.birth_day,
        &f.birth_month,
        &f.birth_year,
        today(&state),
    );
    let document = match f.document_number.trim() {
        "" => Ok(None),
        number => garita_domain::travellers::Document::parse(
            &f.document_kind,
            &f.document_country,
            number,
        )
        .map(Some),
    };
    let (Ok(name), Ok(birth_date), Ok(document)) = (name, birth, document) else {
        return Ok(Redirect::to(&back).into_response());
    };
    let proposal = garita_kernel::registrations::IdentityProposal {
        name,
        birth_date,
        document,
    };
    let opened = state
        .services
        .request_identity_review(&user.account, &user.subject().id, &id, &proposal)
        .await?;
    if !opened
        && state
            .services
            .registration(&user.subject().id)
            .await?
            .is_none_or(|r| r.travellers.iter().all(|t| t.id != id))
    {
        return Err(AppError::NotFound);
    }
    let page = Chrome::new(&state.i18n, locale, "/registration");
    // Not opened: the same change, on the same version, was sent before (and may be decided).
    let notice = page.t(if opened {
        "registration-identity-review-requested"
    } else {
        "registration-identity-review-sent-before"
    });
    let block = Block::default().link("/registration", page.t("registration-back"));
    Ok(GenericPage::new(page, "registration-title")
        .notice(notice)
        .block(block)
        .render()?
        .into_response())
}

fn start_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    f: &StartForm,
    errors: &FieldErrors,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/registration/start");
    let token = crate::csrf::csrf_token(state, csrf);
    let form = Form::post("/registration/start", &token, page.t("registration-save"));
    let review = review_block(&page, &token, "/registration/start", &f.traveller, &error);
    let form = address_fields(&page, form, &f.address, errors);
    let form = traveller_fields(&page, form, &f.traveller, errors);
    let block = Block::text(page.t("registration-start-intro"))
        .para(page.t("us-address-help"))
        .form(form);
    let mut view = GenericPage::new(page, "registration-start");
    view.error = error;
    if let Some(review) = review {
        view = view.block(review);
    }
    view.block(block).render()
}

async fn owner(
    state: &AppState,
    user: &crate::session::CurrentUser,
) -> Result<Option<Registration>, AppError> {
    state
        .services
        .registration(&user.subject().id)
        .await
        .map_err(AppError::internal)
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let Some(r) = owner(&state, &user).await? else {
        return Ok(Redirect::to("/registration/start").into_response());
    };
    let page = Chrome::new(&state.i18n, locale, "/registration");
    let a = &r.address;
    let place = Block::text(page.tf(
        "registration-since",
        &[("date", Value::from(date(page.locale, r.created_at)))],
    ))
    .para(page.t("registration-since-help"));
    let address = Block::heading(page.t("us-address-title"))
        .para(format!("{}, {}, {} {}", a.street, a.city, a.state, a.zip))
        .link("/registration/address", page.t("registration-edit-address"));
    let mut people = Block::heading(page.t("registration-travellers"));
    let rows = r
        .travellers
        .iter()
        .map(|t| {
            vec![
                format!("{} {}", t.name.given, t.name.family),
                garita_i18n::when::day(locale, t.birth_date.date()),
                countries::name(locale, t.details.nationality.code())
                    .unwrap_or_default()
                    .to_string(),
            ]
        })
        .collect();
    people.table = Some(Table {
        head: vec![
            page.t("registration-name"),
            page.t("traveller-birth-date"),
            page.t("traveller-nationality"),
        ],
        rows,
    });
    for (i, t) in r.travellers.iter().enumerate() {
        people = people.link(
            &format!("/registration/travellers/{}", t.id),
            page.tf(
                "registration-edit-traveller",
                &[
                    ("number", Value::from(i + 1)),
                    ("name", Value::from(t.name.given.clone())),
                ],
            ),
        );
    }
    if r.travellers.len() < garita_domain::travellers::MAX_TRAVELLERS {
        people = people.link(
            "/registration/travellers/new",
            page.t("registration-add-traveller"),
        );
    }
    let statuses = state.services.photo_statuses(&r).await?;
    let mut photos = Block::heading(page.t("photo-label"));
    for t in &r.travellers {
        let name = Value::from(t.name.given.clone());
        match statuses.iter().find(|(id, _)| *id == t.id).map(|(_, s)| *s) {
            None => {}
            Some(status) => {
                let (status_key, link_key) = match status {
                    PhotoStatus::Missing => ("photo-status-missing", "photo-add"),
                    PhotoStatus::Accepted => ("photo-status-accepted", "photo-change"),
                    PhotoStatus::InReview => ("photo-status-review", "photo-change"),
                };
                photos = photos
                    .para(format!("{}: {}", t.name.given, page.t(status_key)))
                    .link(
                        &format!("/registration/travellers/{}/photo", t.id),
                        page.tf(link_key, &[("name", name)]),
                    );
            }
        }
    }
    if r.travellers.iter().any(|t| !t.needs_photo) {
        photos = photos.para(page.t("photo-child"));
    }
    // Everyone who needs a photo has one: say what comes next (each service's next step).
    let ready = !statuses
        .iter()
        .any(|(_, s)| matches!(s, PhotoStatus::Missing));
    let next = ready.then(|| {
        super::Links::on(&state, &page, crate::On::GroupReady)
            .onto(Block::heading(page.t("registration-next-title")))
    });
    let history = Block::default()
        .link(
            "/registration/history",
            page.t("registration-history-title"),
        )
        .link("/registration/record", page.t("record-link"));
    let mut view = GenericPage::new(page, "registration-title");
    if let Some(person) = &user.subject {
        // A helper working with the person: say so on every visit, with a way out.
        let email = state.services.email_of(person)?;
        view.notice = Some(
            view.page
                .tf("acting-notice", &[("email", Value::from(email))]),
        );
        let stop = Form::post(
            "/staff/stop-acting",
            &crate::csrf::csrf_token(&state, &csrf),
            view.page.t("acting-stop"),
        )
        .secondary();
        view = view.block(Block::default().form(stop));
    }
    if let Some(next) = next {
        view = view.block(next);
    }
    view.block(place)
        .block(address)
        .block(people)
        .block(photos)
        .block(history)
        .render()
        .map(IntoResponse::into_response)
}

pub async fn start(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    if owner(&state, &user).await?.is_some() {
        return Ok(Redirect::to("/registration").into_response());
    }
    let mut f = StartForm::default();
    f.traveller.residence = "MX".into();
    Ok(start_page(&state, locale, &csrf, &f, &FieldErrors::new(), None)?.into_response())
}

/// The form field a duplicate traveller is shown on.
pub(crate) fn duplicate_field(error: garita_domain::InputError) -> &'static str {
    match error {
        garita_domain::InputError::SameDocumentTwice => "document_number",
        _ => "given",
    }
}

/// Saves and answers: to the summary, or the same form with what went wrong.
async fn save(
    state: &AppState,
    locale: Locale,
    user: &crate::session::CurrentUser,
    address: UsAddress,
    travellers: Vec<Traveller>,
    version: i64,
    again: impl FnOnce(Option<String>, &FieldErrors) -> Result<Html<String>, AppError>,
) -> Result<Response, AppError> {
    let outcome = state
        .services
        .save_registration(
            &user.account,
            &user.subject().id,
            address,
            travellers,
            version,
        )
        .await?;
    let t = |key: &str| state.i18n.text(locale, key);
    let none = FieldErrors::new();
    match outcome {
        SaveOutcome::Saved { .. } => Ok(Redirect::to("/registration").into_response()),
        SaveOutcome::AlreadyRegistered { .. } => {
            Ok(again(Some(t("registration-already-registered")), &none)?.into_response())
        }
        SaveOutcome::Stale => Ok(again(Some(t("registration-stale")), &none)?.into_response()),
        SaveOutcome::GroupSize => {
            Ok(again(Some(t("registration-group-size")), &none)?.into_response())
        }
        // Said on the field of the traveller being saved (the pages save one at a time).
        SaveOutcome::Duplicate { error, .. } => {
            let field = duplicate_field(error);
            let errors = FieldErrors::from([(field, error)]);
            Ok(again(Some(t(error.message_key())), &errors)?.into_response())
        }
        SaveOutcome::UnknownTraveller => Err(AppError::NotFound),
        SaveOutcome::Fixed { key, .. } => Ok(again(Some(t(key)), &none)?.into_response()),
    }
}

pub async fn start_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(f): CsrfForm<StartForm>,
) -> Result<Response, AppError> {
    let address = f.address.parse();
    let traveller = f.traveller.parse(None, today(&state));
    let (address, traveller) = match (address, traveller) {
        (Ok(a), Ok(t)) => (a, t),
        (a, t) => {
            let mut errors = a.err().unwrap_or_default();
            errors.extend(t.err().unwrap_or_default());
            return Ok(start_page(&state, locale, &csrf, &f, &errors, None)?.into_response());
        }
    };
    save(
        &state,
        locale,
        &user,
        address,
        vec![traveller],
        0,
        |error, errors| start_page(&state, locale, &csrf, &f, errors, error),
    )
    .await
}

fn stored_travellers(r: &Registration) -> Vec<Traveller> {
    r.travellers.iter().map(|t| t.as_input()).collect()
}

fn traveller_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    action: &str,
    f: &TravellerForm,
    errors: &FieldErrors,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/registration");
    let token = crate::csrf::csrf_token(state, csrf);
    let form = Form::post(action, &token, page.t("registration-save"))
        .hidden("version", &f.version.to_string());
    let form = traveller_fields(&page, form, f, errors);
    let mut blocks: Vec<Block> = review_block(&page, &token, action, f, &error)
        .into_iter()
        .collect();
    blocks.push(Block::default().form(form));
    if action != "/registration/travellers/new" {
        let remove = Form::post(
            &format!("{action}/remove"),
            &token,
            page.t("registration-remove-traveller"),
        )
        .hidden("version", &f.version.to_string())
        .secondary();
        blocks.push(Block::default().form(remove));
    }
    let mut view = GenericPage::new(page, "registration-traveller-title");
    view.error = error;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

pub async fn traveller(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let Some(r) = owner(&state, &user).await? else {
        return Ok(Redirect::to("/registration/start").into_response());
    };
    let (action, mut f) = if id == "new" {
        let mut f = TravellerForm::default();
        if let Some(first) = r.travellers.first() {
            // People in one group usually share these.
            f.residence = first.details.residence.code().into();
            f.nationality = first.details.nationality.code().into();
            f.language = first.details.language.clone();
        }
        ("/registration/travellers/new".to_string(), f)
    } else {
        let t = r
            .travellers
            .iter()
            .find(|t| t.id == id)
            .ok_or(AppError::NotFound)?;
        (
            format!("/registration/travellers/{id}"),
            TravellerForm::from_stored(t),
        )
    };
    f.version = r.version;
    Ok(traveller_page(
        &state,
        locale,
        &csrf,
        &action,
        &f,
        &FieldErrors::new(),
        None,
    )?
    .into_response())
}

pub async fn traveller_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<TravellerForm>,
) -> Result<Response, AppError> {
    let Some(r) = owner(&state, &user).await? else {
        return Ok(Redirect::to("/registration/start").into_response());
    };
    let action = format!("/registration/travellers/{id}");
    let existing = (id != "new").then(|| id.clone());
    if let Some(existing) = &existing
        && r.travellers.iter().all(|t| &t.id != existing)
    {
        return Err(AppError::NotFound);
    }
    let traveller = match f.parse(existing.clone(), today(&state)) {
        Ok(t) => t,
        Err(errors) => {
            return Ok(
                traveller_page(&state, locale, &csrf, &action, &f, &errors, None)?.into_response(),
            );
        }
    };
    let mut group = stored_travellers(&r);
    match existing {
        Some(existing) => {
            let slot = group
                .iter_mut()
                .find(|t| t.id.as_deref() == Some(existing.as_str()))
                .expect("checked above");
            *slot = traveller;
        }
        None => group.push(traveller),
    }
    save(
        &state,
        locale,
        &user,
        r.address.clone(),
        group,
        f.version,
        |error, errors| traveller_page(&state, locale, &csrf, &action, &f, errors, error),
    )
    .await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct VersionForm {
    version: i64,
}

pub async fn remove_traveller(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(f): CsrfForm<VersionForm>,
) -> Result<Response, AppError> {
    let r = owner(&state, &user).await?.ok_or(AppError::NotFound)?;
    // Removing someone who is not in the group changes nothing and says so.
    if r.travellers.iter().all(|t| t.id != id) {
        return Err(AppError::NotFound);
    }
    let group: Vec<Traveller> = stored_travellers(&r)
        .into_iter()
        .filter(|t| t.id.as_deref() != Some(id.as_str()))
        .collect();
    let mut form = r
        .travellers
        .iter()
        .find(|t| t.id == id)
        .map(TravellerForm::from_stored)
        .unwrap_or_default();
    form.version = r.version;
    let action = format!("/registration/travellers/{id}");
    save(
        &state,
        locale,
        &user,
        r.address.clone(),
        group,
        f.version,
        |error, errors| traveller_page(&state, locale, &csrf, &action, &form, errors, error),
    )
    .await
}

fn address_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    f: &AddressForm,
    version: i64,
    errors: &FieldErrors,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/registration/address");
    let form = Form::post(
        "/registration/address",
        &crate::csrf::csrf_token(state, csrf),
        page.t("registration-save"),
    )
    .hidden("version", &version.to_string());
    let form = address_fields(&page, form, f, errors);
    let block = Block::text(page.t("us-address-help")).form(form);
    let mut view = GenericPage::new(page, "us-address-title");
    view.error = error;
    view.block(block).render()
}

pub async fn address(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let Some(r) = owner(&state, &user).await? else {
        return Ok(Redirect::to("/registration/start").into_response());
    };
    Ok(address_page(
        &state,
        locale,
        &csrf,
        &AddressForm::from_stored(&r.address),
        r.version,
        &FieldErrors::new(),
        None,
    )?
    .into_response())
}

pub async fn address_submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(f): CsrfForm<AddressForm>,
) -> Result<Response, AppError> {
    let r = owner(&state, &user).await?.ok_or(AppError::NotFound)?;
    let address = match f.parse() {
        Ok(a) => a,
        Err(errors) => {
            return Ok(
                address_page(&state, locale, &csrf, &f, f.version, &errors, None)?.into_response(),
            );
        }
    };
    save(
        &state,
        locale,
        &user,
        address,
        stored_travellers(&r),
        f.version,
        |error, errors| address_page(&state, locale, &csrf, &f, f.version, errors, error),
    )
    .await
}

pub async fn history(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let versions = state
        .services
        .registration_history(&user.subject().id)
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/registration/history");
    let mut rows = vec![];
    for v in versions.iter().rev() {
        let who = if v.actor == user.subject().id {
            page.t("registration-history-you")
        } else {
            page.t("registration-history-helper")
        };
        for c in &v.changes {
            rows.push(vec![
                date(page.locale, v.at),
                who.clone(),
                c.field.clone(),
                c.before.clone().unwrap_or_default(),
                c.after.clone().unwrap_or_default(),
            ]);
        }
    }
    let mut block = Block::text(page.t("registration-history-intro"));
    block.table = Some(Table {
        head: vec![
            page.t("staff-audit-when"),
            page.t("staff-audit-who"),
            page.t("registration-history-field"),
            page.t("registration-history-before"),
            page.t("registration-history-after"),
        ],
        rows,
    });
    let back = page.t("registration-back");
    GenericPage::new(page, "registration-history-title")
        .block(block.link("/registration", back))
        .render()
}

/// A person asks for a review of a refusal ("already registered"): a case for a reviewer.
pub async fn ask_review(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    CsrfForm(f): CsrfForm<TravellerForm>,
) -> Result<Response, AppError> {
    // Only the details that identify the person come back with the request.
    let name = garita_domain::travellers::PersonName::parse(&f.given, &f.family);
    let birth = garita_domain::travellers::DateOfBirth::parse(
        &f.birth_day,
        &f.birth_month,
        &f.birth_year,
        today(&state),
    );
    let country = garita_domain::travellers::Country::parse(&f.birth_country);
    // The document too, when one was typed: the refusal may have come from it.
    let document = match f.document_number.trim() {
        "" => None,
        number => garita_domain::travellers::Document::parse(
            &f.document_kind,
            &f.document_country,
            number,
        )
        .ok(),
    };
    let (Ok(name), Ok(birth), Ok(country)) = (name, birth, country) else {
        return Ok(Redirect::to("/registration").into_response());
    };
    state
        .services
        .request_review(
            &user.subject().id,
            &name,
            birth,
            &country,
            document.as_ref(),
        )
        .await?;
    let page = Chrome::new(&state.i18n, locale, "/registration");
    let notice = page.t("registration-review-requested");
    let back = Block::default().link("/registration", page.t("registration-back"));
    Ok(GenericPage::new(page, "registration-title")
        .notice(notice)
        .block(back)
        .render()?
        .into_response())
}
