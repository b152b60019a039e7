//! Programme admins see the staff accounts (role, port or organisation) and disable one at once:
//! its sessions end and it can no longer sign in. New staff accounts come from
//! `garita admin create-user` (a one-time set-up link).

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::Html;
use garita_i18n::{Locale, Value};

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_user): SignedIn,
) -> Result<Html<String>, AppError> {
    page(&state, locale, &csrf, None).await
}

async fn page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/accounts");
    let token = crate::csrf::csrf_token(state, csrf);
    let mut blocks = vec![Block::text(page.t("staff-accounts-intro"))];
    for staff in state.services.store.staff_accounts().await? {
        let role = page.t(&format!("role-{}", staff.grant.role.code()));
        let place = staff
            .grant
            .port
            .as_ref()
            .map(|p| p.to_string())
            .or(staff.grant.organization.clone())
            .unwrap_or_default();
        let email = state.services.email_of(&staff)?;
        let who = [
            ("email", Value::from(email)),
            ("role", Value::from(role)),
            ("place", Value::from(place)),
        ];
        let disable = Form::post(
            &format!("/staff/accounts/{}/disable", staff.id),
            &token,
            page.t("staff-accounts-disable"),
        )
        .secondary();
        blocks.push(Block::text(page.tf("staff-accounts-row", &who)).form(disable));
    }
    let mut view = GenericPage::new(page, "staff-accounts-title");
    view.blocks = blocks;
    if let Some(text) = notice {
        view = view.notice(text);
    }
    view.render()
}

pub async fn disable(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Html<String>, AppError> {
    let key = match state.services.disable_staff(&user.account, &id).await? {
        true => "staff-accounts-disabled",
        false => "staff-accounts-not-disabled",
    };
    let notice = state.i18n.text(locale, key);
    page(&state, locale, &csrf, Some(notice)).await
}
