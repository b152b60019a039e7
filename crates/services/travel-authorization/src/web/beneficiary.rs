//! The beneficiary's pages: typing the invitation's code (signed in: the account becomes theirs
//! to answer for, with any minors under them), then for each person the confirmation (what the
//! supporter typed, corrected if need be; each attestation; the passport's two lines; a photo
//! taken during the camera's movement check, or a still a person looks at; the position, for a
//! programme that keeps the country), then the decision and the authorization's QR code.

use super::{problem, service_on, status};
use crate::app::{ConfirmOutcome, Opened};
use crate::domain::{ConfirmInput, Problem, Programme};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_domain::geofence::Position;
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm, CsrfMultipart, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, said};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;

/// The attestations a programme may ask, with their checkbox's name (static: the page kit
/// names fields so). A programme's list is checked against it when the page is drawn.
const ATTESTATIONS: [(&str, &str); 3] = [
    ("truthful", "attest-truthful"),
    ("vaccinations", "attest-vaccinations"),
    ("own-travel", "attest-own-travel"),
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

fn invitation_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let form = Form::post(
        "/travel-authorization/invitation",
        &csrf_token(state, csrf),
        page.t("ta-invitation-submit"),
    )
    .field(
        Field::new("code", "text", page.t("ta-invitation-code"))
            .help(page.t("ta-invitation-code-help"))
            .error(error),
    );
    let block = Block::text(page.t("ta-invitation-intro")).form(form);
    GenericPage::new(page, "ta-invitation-title")
        .block(block)
        .render()
}

pub async fn invitation(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_): SignedIn,
) -> Result<Html<String>, AppError> {
    invitation_page(&state, locale, &csrf, None)
}

pub async fn claim(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, AppError> {
    let ids = service_on(&state)
        .claim(&user.subject().id, &form.code)
        .await?;
    match ids.first() {
        Some(id) => {
            Ok(Redirect::to(&format!("/travel-authorization/beneficiaries/{id}")).into_response())
        }
        None => {
            let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
            let view =
                invitation_page(&state, locale, &csrf, Some(page.t("ta-invitation-unknown")))?;
            Ok(said(false, view))
        }
    }
}

/// What the form sent, kept to show again when something is refused.
#[derive(Default)]
struct Typed {
    input: ConfirmInput,
    born: String,
}

#[allow(clippy::too_many_arguments)]
async fn person_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    o: &Opened,
    programme: &Programme,
    typed: &Typed,
    problems: &[Problem],
    photo_error: Option<String>,
) -> Result<Response, AppError> {
    let service = service_on(state);
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let d = &o.details;
    let who = [("given", Value::from(d.name.given.clone()))];
    let mut view = GenericPage::new(page, "ta-person-title");
    view.title = view.page.tf("ta-person-heading", &who);
    let page = &view.page;
    let about = Block::text(page.tf(
        "ta-person-typed",
        &[
            ("given", Value::from(d.name.given.clone())),
            ("family", Value::from(d.name.family.clone())),
            ("born", Value::from(when::date(locale, d.birth.date()))),
            ("programme", Value::from(page.t(&programme.name_key()))),
        ],
    ))
    .para(status(page, &o.row.status));
    let mut blocks = vec![about];
    let mut failed = !problems.is_empty() || photo_error.is_some();
    match o.row.status.as_str() {
        "invited" => {
            let Some(challenge) = service.challenge(account, &o.row.id).await? else {
                return Err(AppError::NotFound);
            };
            let corrections = FieldSet::new(Some(page.t("ta-person-correct")))
                .folded()
                .field(
                    Field::new("given", "text", page.t("traveller-given-names"))
                        .value(&typed.input.given)
                        .optional()
                        .error(problem(page, problems, "given")),
                )
                .field(
                    Field::new("family", "text", page.t("traveller-family-names"))
                        .value(&typed.input.family)
                        .optional()
                        .error(problem(page, problems, "family")),
                )
                .field(
                    Field::new("born", "date", page.t("traveller-birth-date"))
                        .value(&typed.born)
                        .optional()
                        .error(problem(page, problems, "born")),
                );
            let asked = programme.attestations();
            let mut attest = FieldSet::new(Some(page.t("ta-person-attest"))).error(problem(
                page,
                problems,
                "attestations",
            ));
            for (code, name) in ATTESTATIONS.iter().filter(|(c, _)| asked.contains(c)) {
                let yes = typed.input.attestations.iter().any(|a| a == code);
                attest = attest.field(
                    Field::new(name, "checkbox", page.t(&format!("ta-attest-{code}")))
                        .value(if yes { "yes" } else { "" }),
                );
            }
            let mut form = Form::post(
                &format!("/travel-authorization/beneficiaries/{}", o.row.id),
                &csrf_token(state, csrf),
                page.t("ta-person-submit"),
            )
            .multipart()
            .hidden("challenge", &challenge.token)
            // In the order a person goes through them: the page kit draws fields before
            // sets, so each step is a set.
            .set(corrections)
            .set(attest)
            .set(
                FieldSet::new(None)
                    .field(
                        Field::new("mrz", "textarea", page.t("ta-person-mrz"))
                            .value(&typed.input.mrz)
                            .help(page.t("ta-person-mrz-help"))
                            .error(problem(page, problems, "mrz")),
                    )
                    .field(
                        Field::new(
                            "passport_page",
                            "picture",
                            page.t("ta-person-passport-page"),
                        )
                        .optional()
                        .help(page.t("ta-person-passport-page-help")),
                    ),
            )
            .set(
                FieldSet::new(None).field(
                    Field::new("photo", "photo", page.t("photo-label"))
                        .help(page.t("photo-tips"))
                        .error(photo_error),
                ),
            );
            let records = programme.records_location == 1;
            if records {
                form = form
                    .hidden("latitude", "")
                    .hidden("longitude", "")
                    .hidden("accuracy", "");
            }
            let mut block = Block::text(page.tf(
                "ta-person-intro",
                &[(
                    "until",
                    Value::from(when::date_ms(locale, o.row.respond_by)),
                )],
            ));
            if let Some(e) = problem(page, problems, "position") {
                block.paragraphs.push(e);
            }
            if records {
                block.paragraphs.push(page.t("ta-person-position"));
                blocks.push(block.form(form).needing_script());
                blocks.push(Block::text(page.t("ta-person-needs-script")).for_no_script());
                view.script = Some("/static/request.js");
            } else {
                blocks.push(block.form(form));
            }
            view.camera = Some((page.t("photo-camera-start"), page.t("photo-camera-take")));
            let steps: Vec<&str> = challenge.steps.iter().map(|p| p.code()).collect();
            view.data = vec![
                ("liveness-steps", steps.join(",")),
                ("liveness-front", page.t("liveness-front")),
                ("liveness-left", page.t("liveness-left")),
                ("liveness-right", page.t("liveness-right")),
            ];
        }
        "confirmed" => blocks.push(Block::text(page.t("ta-person-confirmed"))),
        "authorized" => {
            let until = o
                .row
                .valid_until
                .map(|ms| when::date_ms(locale, ms))
                .unwrap_or_default();
            blocks.push(Block::text(page.tf(
                "ta-person-authorized",
                &[
                    (
                        "number",
                        Value::from(o.row.number.clone().unwrap_or_default()),
                    ),
                    ("until", Value::from(until)),
                ],
            )));
            if let Some(token) = crate::proofs::token(&service.services.keys, &o.row) {
                blocks.push(Block::proof(&token, page.t("ta-proof")));
            }
        }
        "arrived" => {
            if let Some(p) = &o.parole {
                blocks.push(Block::text(page.tf(
                    "ta-person-paroled",
                    &[
                        ("number", Value::from(p.admission_number.to_string())),
                        ("class", Value::from(p.class.to_string())),
                        ("until", Value::from(when::date(locale, p.until))),
                    ],
                )));
            }
        }
        "not-authorized" => blocks.push(Block::text(page.t("ta-person-not-authorized"))),
        _ => {
            failed = false;
            blocks.push(Block::text(page.t("ta-person-expired")));
        }
    }
    for b in blocks {
        view = view.block(b);
    }
    Ok(said(!failed, view.render()?))
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let account = &user.subject().id;
    let (o, programme) = service_on(&state)
        .beneficiary_for(account, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    person_page(
        &state,
        locale,
        &csrf,
        account,
        &o,
        &programme,
        &Typed::default(),
        &[],
        None,
    )
    .await
}

pub async fn confirm(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    form: CsrfMultipart,
) -> Result<Response, AppError> {
    let account = &user.subject().id;
    let service = service_on(&state);
    let field = |name: &str| form.field(name).to_string();
    let born = field("born");
    let (born_day, born_month, born_year) = super::supporter::parts(&born);
    let input = ConfirmInput {
        given: field("given"),
        family: field("family"),
        born_day,
        born_month,
        born_year,
        attestations: ATTESTATIONS
            .iter()
            .filter(|(_, name)| form.field(name) == "yes")
            .map(|(code, _)| code.to_string())
            .collect(),
        mrz: field("mrz"),
    };
    let position = |lat: &str, lon: &str, acc: &str| -> Option<Position> {
        Position::new(lat.parse().ok()?, lon.parse().ok()?, acc.parse().ok()?).ok()
    };
    let here = position(
        form.field("latitude"),
        form.field("longitude"),
        form.field("accuracy"),
    );
    let live = (!form.frames.is_empty()).then(|| (form.field("challenge"), form.frames.clone()));
    let outcome = service
        .confirm(
            account,
            &id,
            &input,
            here,
            &form.photo,
            live,
            form.files.get("passport_page").map(Vec::as_slice),
        )
        .await?;
    let (problems, photo_error) = match outcome {
        ConfirmOutcome::Confirmed { .. } | ConfirmOutcome::NotOpen => {
            return Ok(
                Redirect::to(&format!("/travel-authorization/beneficiaries/{id}")).into_response(),
            );
        }
        ConfirmOutcome::Refused(problems) => (problems, None),
        ConfirmOutcome::RetakePhoto(p) => {
            let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
            (vec![], Some(page.t(p.message_key())))
        }
    };
    let (o, programme) = service
        .beneficiary_for(account, &id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = Typed { input, born };
    person_page(
        &state,
        locale,
        &csrf,
        account,
        &o,
        &programme,
        &typed,
        &problems,
        photo_error,
    )
    .await
}
