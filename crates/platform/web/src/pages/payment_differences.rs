//! What the nightly reconciliation found different between a payment provider's record and the
//! ledger, for programme admins (and auditors, who read): each open difference with its kind,
//! the provider's reference, Garita's payment and the amount (ids and amounts only, never a
//! person's data), and what to do; an admin closes one once looked at (audited).

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Form, GenericPage, said};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::Response;
use garita_domain::Role;
use garita_i18n::{Locale, Value, numbers, when};

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let closes = user.account.grant.role == Role::ProgrammeAdmin;
    page(&state, locale, &csrf, closes, None).await
}

pub async fn close(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let closed = state
        .services
        .close_payment_difference(&user.account.id, &id)
        .await?;
    let key = if closed {
        "payments-admin-closed"
    } else {
        "payments-admin-gone"
    };
    page(&state, locale, &csrf, true, Some((closed, key))).await
}

async fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    closes: bool,
    notice: Option<(bool, &str)>,
) -> Result<Response, AppError> {
    let open = state.services.store.open_differences().await?;
    let page = Chrome::new(&state.i18n, locale, "/staff/payments");
    let token = crate::csrf::csrf_token(state, csrf);
    let mut intro =
        Block::text(page.t("payments-admin-intro")).para(page.t("payments-admin-what-to-do"));
    if open.is_empty() {
        intro = intro.para(page.t("payments-admin-none"));
    }
    let mut blocks = vec![intro];
    for d in &open {
        let detail: serde_json::Value = serde_json::from_str(&d.detail).unwrap_or_default();
        let amount = match (detail["amount_minor"].as_i64(), detail["currency"].as_str()) {
            (Some(minor), Some(currency)) => numbers::money(locale, minor, currency),
            _ => page.t("payments-admin-no-amount"),
        };
        let kind = page.t(&format!("payments-admin-kind-{}", d.kind));
        let mut row = Block::text(page.tf(
            "payments-admin-row",
            &[
                ("kind", Value::from(kind)),
                ("provider", Value::from(d.provider.clone())),
                ("reference", Value::from(d.provider_ref.clone())),
                ("amount", Value::from(amount)),
                ("when", Value::from(when::moment_utc(locale, d.opened_at))),
            ],
        ));
        if let Some(payment) = &d.payment_id {
            row = row.para(page.tf(
                "payments-admin-payment",
                &[("payment", Value::from(payment.clone()))],
            ));
        }
        if closes {
            let action = format!("/staff/payments/differences/{}/close", d.id);
            row = row.form(Form::post(&action, &token, page.t("payments-admin-close")).secondary());
        }
        blocks.push(row);
    }
    let mut view = GenericPage::new(page, "payments-admin-title");
    let mut done = true;
    if let Some((closed, key)) = notice {
        let text = view.page.t(key);
        done = closed;
        view = if closed {
            view.notice(text)
        } else {
            view.error(text)
        };
    }
    for b in blocks {
        view = view.block(b);
    }
    Ok(said(done, view.render()?))
}
