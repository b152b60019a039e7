//! Notices (`garita_kernel::notices`). `/notices`: every notice sent to the person, in their
//! language, with what it was sent for, the legal basis when their consent had not named that
//! purpose, and its delivery record. `/staff/notices`: a programme admin writes one for the
//! people paroled at a port in a span of days, under a declared purpose, and sees those sent.

use crate::csrf::{CsrfCookie, CsrfForm};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage, said};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::{Html, Response};
use chrono::NaiveDate;
use garita_i18n::{Locale, Value, when};
use garita_kernel::notices::{Audience, CHANGES, Draft, Refusal, Sent};
use serde::Deserialize;

pub async fn mine(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/notices");
    let received = state.services.store.notices_to(&user.account.id).await?;
    let mut blocks = vec![Block::text(page.t("notices-intro"))];
    if received.is_empty() {
        blocks.push(Block::text(page.t("notices-none")));
    }
    for r in &received {
        let n = &r.notice;
        let date = NaiveDate::parse_from_str(&n.effective, "%Y-%m-%d")
            .map(|d| when::day(locale, d))
            .unwrap_or_default();
        let args = [
            ("change", Value::from(n.change.clone())),
            ("date", Value::from(date)),
            ("help", Value::from(n.legal_help.clone())),
        ];
        let mut block = Block::heading(page.tf("notice-v1-subject", &args))
            .para(page.tf("notice-v1-body", &args))
            .para(page.tf("notice-v1-next", &args))
            .para(page.tf(
                "notices-sent",
                &[
                    ("when", Value::from(when::moment_utc(locale, n.sent_at))),
                    (
                        "purpose",
                        Value::from(page.t(&format!("purpose-{}", n.purpose))),
                    ),
                ],
            ));
        block = match (&n.legal_basis, r.told) {
            (Some(basis), false) => {
                block.para(page.tf("notices-untold", &[("basis", Value::from(basis.clone()))]))
            }
            _ => block.para(page.t("notices-told")),
        };
        let delivery = match (r.status.as_str(), r.delivered_at) {
            ("sent", Some(at)) => page.tf(
                "notices-delivered",
                &[
                    ("channel", Value::from(r.channel.clone())),
                    ("when", Value::from(when::moment_utc(locale, at))),
                ],
            ),
            ("dead", _) => page.t("notices-undelivered"),
            _ => page.t("notices-pending"),
        };
        blocks.push(block.para(delivery));
    }
    let mut view = GenericPage::new(page, "notices-title");
    view.blocks.extend(blocks);
    view.render()
}

/// The admin's form, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct NoticeForm {
    #[serde(default)]
    change: String,
    #[serde(default)]
    effective: String,
    #[serde(default)]
    purpose: String,
    #[serde(default)]
    port: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    legal_help: String,
    #[serde(default)]
    legal_basis: String,
}

pub async fn staff(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
) -> Result<Response, AppError> {
    let form = NoticeForm {
        change: CHANGES[0].into(),
        purpose: garita_domain::purposes::STATUS_NOTICES.into(),
        ..NoticeForm::default()
    };
    staff_page(&state, locale, &csrf, &form, None).await
}

pub async fn send(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<NoticeForm>,
) -> Result<Response, AppError> {
    let day = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
    let (Some(effective), Some(from), Some(to)) =
        (day(&form.effective), day(&form.from), day(&form.to))
    else {
        let page = Chrome::new(&state.i18n, locale, "/staff/notices");
        let text = page.t("notice-refused-dates");
        return staff_page(&state, locale, &csrf, &form, Some(Err(text))).await;
    };
    if from > to {
        let page = Chrome::new(&state.i18n, locale, "/staff/notices");
        let text = page.t("notice-refused-dates");
        return staff_page(&state, locale, &csrf, &form, Some(Err(text))).await;
    }
    let draft = Draft {
        change: form.change.clone(),
        effective,
        purpose: form.purpose.clone(),
        legal_basis: Some(form.legal_basis.clone()),
        legal_help: form.legal_help.clone(),
        audience: Audience {
            port: form.port.trim().to_ascii_uppercase(),
            from,
            to,
        },
    };
    let sent = state.services.send_notice(&user.account.id, &draft).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff/notices");
    let said = match sent {
        Sent::Sent { reach, .. } => Ok(page.tf(
            "staff-notices-done",
            &[("people", Value::from(reach.people))],
        )),
        Sent::Refused(Refusal::BasisNeeded(reach)) => Err(page.tf(
            "notice-refused-basis",
            &[
                ("people", Value::from(reach.people)),
                ("untold", Value::from(reach.untold)),
            ],
        )),
        Sent::Refused(refusal) => Err(page.t(refusal.message_key())),
    };
    let form = if said.is_ok() {
        NoticeForm::default()
    } else {
        form
    };
    staff_page(&state, locale, &csrf, &form, Some(said)).await
}

async fn staff_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    form: &NoticeForm,
    said_now: Option<Result<String, String>>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/notices");
    let token = crate::csrf::csrf_token(state, csrf);
    let changes = CHANGES
        .iter()
        .map(|c| {
            let label = page.tf("notice-change-name", &[("change", Value::from(*c))]);
            (c.to_string(), label, form.change == *c)
        })
        .collect();
    let purposes = state
        .services
        .purposes
        .codes()
        .map(|p| {
            let label = page.t(&format!("purpose-{p}"));
            (p.to_string(), label, form.purpose == p)
        })
        .collect();
    let mut ports = vec![(
        String::new(),
        page.t("staff-notices-any-port"),
        form.port.is_empty(),
    )];
    for p in state.services.store.list_ports().await? {
        let code = p.code.as_str().to_string();
        let chosen = form.port.eq_ignore_ascii_case(&code);
        ports.push((code, p.name.clone(), chosen));
    }
    let write = Form::post("/staff/notices", &token, page.t("staff-notices-send"))
        .field(Field::new("change", "select", page.t("staff-notices-change")).options(changes))
        .field(
            Field::new("effective", "date", page.t("staff-notices-effective"))
                .value(&form.effective),
        )
        .field(
            Field::new("purpose", "select", page.t("staff-notices-purpose"))
                .help(page.t("staff-notices-purpose-help"))
                .options(purposes),
        )
        .field(Field::new("port", "select", page.t("staff-notices-port")).options(ports))
        .field(Field::new("from", "date", page.t("staff-notices-from")).value(&form.from))
        .field(Field::new("to", "date", page.t("staff-notices-to")).value(&form.to))
        .field(
            Field::new("legal_help", "text", page.t("staff-notices-legal-help"))
                .help(page.t("staff-notices-legal-help-help"))
                .value(&form.legal_help),
        )
        .field(
            Field::new("legal_basis", "textarea", page.t("staff-notices-basis"))
                .help(page.t("staff-notices-basis-help"))
                .value(&form.legal_basis)
                .optional(),
        );
    let mut sent = Block::heading(page.t("staff-notices-sent-title"));
    let notices = state.services.store.notices_sent(50).await?;
    if notices.is_empty() {
        sent = sent.para(page.t("staff-notices-none"));
    }
    for n in &notices {
        let date = NaiveDate::parse_from_str(&n.effective, "%Y-%m-%d")
            .map(|d| when::day(locale, d))
            .unwrap_or_default();
        sent = sent.para(page.tf(
            "staff-notices-row",
            &[
                ("when", Value::from(when::moment_utc(locale, n.sent_at))),
                (
                    "change",
                    Value::from(page.tf(
                        "notice-change-name",
                        &[("change", Value::from(n.change.clone()))],
                    )),
                ),
                ("date", Value::from(date)),
                (
                    "purpose",
                    Value::from(page.t(&format!("purpose-{}", n.purpose))),
                ),
                ("people", Value::from(n.recipients)),
                ("untold", Value::from(n.untold)),
            ],
        ));
        if let Some(basis) = &n.legal_basis {
            sent = sent.para(page.tf(
                "staff-notices-row-basis",
                &[("basis", Value::from(basis.clone()))],
            ));
        }
    }
    let mut view = GenericPage::new(page, "staff-notices-title");
    let mut done = true;
    match said_now {
        Some(Ok(text)) => view = view.notice(text),
        Some(Err(text)) => {
            done = false;
            view = view.error(text);
        }
        None => {}
    }
    let intro = Block::text(view.page.t("staff-notices-intro")).form(write);
    Ok(said(done, view.block(intro).block(sent).render()?))
}
