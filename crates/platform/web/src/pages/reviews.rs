//! Programme admins review what the machines could not decide: photos and integrity cases.
//! (Services review their own cases on pages of theirs.)

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Value, when};
use garita_kernel::cases::{CaseDecision, Decided, Evidence};
use serde::Deserialize;

/// A photo waiting for a person: when, what the check found, a link to see it, and the two
/// decisions (posted to `path`).
pub fn photo_to_review(
    page: &Chrome,
    token: &str,
    path: &str,
    at: i64,
    problem: &Option<String>,
) -> [Block; 2] {
    let problem = problem
        .as_deref()
        .map(|c| page.t(&format!("photo-{c}")))
        .unwrap_or_default();
    let line = page.tf(
        "review-photo-line",
        &[
            ("date", Value::from(when::date_ms(page.locale, at))),
            ("problem", Value::from(problem)),
        ],
    );
    [
        Block::text(line)
            .link(path, page.t("review-photo-see"))
            .form(
                Form::post(path, token, page.t("review-photo-accept")).hidden("decision", "accept"),
            ),
        Block::default().form(
            Form::post(path, token, page.t("review-photo-retake"))
                .hidden("decision", "retake")
                .secondary(),
        ),
    ]
}

pub async fn queue(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let (photos, cases) = state.services.review_queue().await?;
    let page = Chrome::new(&state.i18n, locale, "/staff/reviews");
    let token = crate::csrf::csrf_token(&state, &csrf);
    let mut blocks = vec![Block::heading(page.t("review-photos"))];
    for p in &photos {
        let path = format!("/staff/reviews/photos/{}", p.traveller_id);
        blocks.extend(photo_to_review(
            &page,
            &token,
            &path,
            p.updated_at,
            &p.problem,
        ));
    }
    if photos.is_empty() {
        blocks.push(Block::text(page.t("review-none")));
    }
    blocks.push(Block::heading(page.t("review-cases")));
    for c in &cases {
        let kind = page.t(&format!("case-{}", c.kind));
        let line = page.tf(
            "review-case-line",
            &[
                ("kind", Value::from(kind)),
                ("date", Value::from(when::date_ms(page.locale, c.opened_at))),
            ],
        );
        let mut block = Block::text(line);
        // A change of who a traveller is: the reviewer sees both and may accept it (audited).
        if c.kind == "identity-change"
            && let Some((now, proposed)) = state.services.identity_change(&user.account, c).await?
        {
            let document = |d: &Option<garita_domain::travellers::Document>| {
                d.as_ref()
                    .map(|d| format!("{} {} {}", d.kind.code(), d.country.code(), d.number))
                    .unwrap_or_else(|| "—".into())
            };
            block.table = Some(Table {
                head: vec![
                    String::new(),
                    page.t("review-identity-now"),
                    page.t("review-identity-proposed"),
                ],
                rows: vec![
                    vec![
                        page.t("traveller-given-names"),
                        now.name.given.clone(),
                        proposed.name.given.clone(),
                    ],
                    vec![
                        page.t("traveller-family-names"),
                        now.name.family.clone(),
                        proposed.name.family.clone(),
                    ],
                    vec![
                        page.t("traveller-birth-date"),
                        when::date(page.locale, now.birth_date.date()),
                        when::date(page.locale, proposed.birth_date.date()),
                    ],
                    vec![
                        page.t("traveller-document"),
                        document(&now.document),
                        document(&proposed.document),
                    ],
                ],
            });
            blocks.push(block.form(Form::post(
                &format!("/staff/reviews/cases/{}/accept", c.id),
                &token,
                page.t("review-identity-accept"),
            )));
            block = Block::default();
        }
        if let Some(evidence) = state.services.case_evidence(&user.account, &c.id).await? {
            blocks.push(evidence_block(&page, block, &evidence));
        } else {
            blocks.push(block);
        }
        blocks.push(Block::default().form(decide_form(&page, &token, &c.id, &c.kind)));
    }
    if cases.is_empty() {
        blocks.push(Block::text(page.t("review-none")));
    }
    let mut view = GenericPage::new(page, "review-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

pub async fn photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(traveller): Path<String>,
) -> Result<Response, AppError> {
    let jpeg = state
        .services
        .photo_for_review(&user.account, &traveller)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(crate::pages::jpeg(jpeg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Decision {
    pub decision: String,
}

pub async fn decide_photo(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(traveller): Path<String>,
    CsrfForm(form): CsrfForm<Decision>,
) -> Result<Redirect, AppError> {
    let accept = form.decision == "accept";
    state
        .services
        .review_photo(&user.account, &traveller, accept)
        .await?;
    Ok(Redirect::to("/staff/reviews"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CaseForm {
    decision: String,
    reason: String,
}

/// A reviewer decides a case (or, another reviewer, its appeal); what cannot be done is said
/// on the queue page.
pub async fn decide_case(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CaseForm>,
) -> Result<Response, AppError> {
    let decided = match CaseDecision::parse(&form.decision) {
        Some(decision) => {
            state
                .services
                .decide_case(&user.account, &id, decision, &form.reason)
                .await?
        }
        None => Decided::NotAllowed,
    };
    let key = match decided {
        Decided::Done => return Ok(Redirect::to("/staff/reviews").into_response()),
        Decided::NotWaiting => "review-case-not-waiting",
        Decided::SameReviewer => "review-case-same-reviewer",
        Decided::NotAllowed => "review-case-not-allowed",
        Decided::ReasonNeeded => "review-case-reason-needed",
        Decided::OtherGroupHolds => "review-case-other-holds",
    };
    let page = Chrome::new(&state.i18n, locale, "/staff/reviews");
    let back = Block::default().link("/staff/reviews", page.t("review-title"));
    let error = page.t(key);
    let view = GenericPage::new(page, "review-title")
        .error(error)
        .block(back);
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, view.render()?).into_response())
}

/// What the reviewer sees of a case: the first decision and the appeal's statement, the
/// registrations that hold the person (made when, masked name, what matched) or the size of
/// an address cluster.
fn evidence_block(page: &Chrome, mut block: Block, e: &Evidence) -> Block {
    if let Some(at) = e.applicant_registered_at {
        block = block.para(page.tf(
            "review-case-applicant-since",
            &[("date", Value::from(when::date_ms(page.locale, at)))],
        ));
    }
    if !e.matches.is_empty() {
        let yes_no = |b: bool| page.t(if b { "review-yes" } else { "review-no" });
        block.table = Some(Table {
            head: vec![
                page.t("review-case-registered"),
                page.t("review-case-name"),
                page.t("review-case-same-person"),
                page.t("review-case-same-document"),
            ],
            rows: e
                .matches
                .iter()
                .map(|m| {
                    vec![
                        when::date_ms(page.locale, m.registration_created_at),
                        m.masked_name.clone(),
                        yes_no(m.same_person),
                        yes_no(m.same_document),
                    ]
                })
                .collect(),
        });
    } else if e.case.kind == "already-registered" {
        block = block.para(page.t("review-case-no-holder"));
    }
    if let Some(n) = e.address_cluster {
        block = block.para(page.tf("review-case-cluster", &[("count", Value::from(n))]));
    }
    if let (Some(decision), Some(reason)) = (&e.case.decision, &e.reason) {
        block = block.para(page.tf(
            "review-case-first-decision",
            &[
                (
                    "decision",
                    Value::from(page.t(&format!("case-decision-{decision}"))),
                ),
                ("reason", Value::from(reason.clone())),
            ],
        ));
    }
    if let Some(statement) = &e.statement {
        block = block.para(page.tf(
            "review-case-appeal",
            &[("statement", Value::from(statement.clone()))],
        ));
    }
    block
}

fn decide_form(page: &Chrome, token: &str, id: &str, kind: &str) -> Form {
    let options = CaseDecision::allowed_for(kind)
        .iter()
        .map(|d| {
            (
                d.code().to_string(),
                page.t(&format!("case-decision-{}", d.code())),
                false,
            )
        })
        .collect();
    Form::post(
        &format!("/staff/reviews/cases/{id}/decide"),
        token,
        page.t("review-case-decide"),
    )
    .field(Field::new("decision", "select", page.t("review-case-decision")).options(options))
    .field(
        Field::new("reason", "text", page.t("review-case-reason"))
            .help(page.t("review-case-reason-help")),
    )
    .secondary()
}

/// Accepts an identity change: the traveller becomes the proposed person (audited).
pub async fn accept_identity(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    let accepted = state
        .services
        .accept_identity_change(&user.account, &id)
        .await?;
    // Still open but no longer applicable (the group changed meanwhile): say so. A case that
    // is not open (decided already, or none) leaves the queue as it is, like closing one.
    let (_, open) = state.services.review_queue().await?;
    if !accepted && open.iter().any(|c| c.id == id) {
        return Err(AppError::Conflict("review-identity-stale"));
    }
    Ok(Redirect::to("/staff/reviews"))
}
