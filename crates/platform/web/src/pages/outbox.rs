//! Programme admins watch the outbox: what waits on each channel, how the last hour went, and
//! the messages nobody could deliver (no personal data: kind, channel, attempts, error), which
//! they can put back in the queue.

use crate::csrf::{CsrfCookie, CsrfForm, NoFields};
use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Form, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::{Path, State};
use axum::response::Html;
use garita_i18n::Value;

const HOUR_MS: i64 = 3_600_000;

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
    locale: garita_i18n::Locale,
    csrf: &CsrfCookie,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let now = state.services.now();
    let store = &state.services.store;
    let figures = store.outbox_figures(now - HOUR_MS).await?;
    let dead = store.dead_letters(100).await?;
    let page = Chrome::new(&state.i18n, locale, "/staff/messages");
    let token = crate::csrf::csrf_token(state, csrf);
    let channel = |c: &str| Value::from(c.to_string());

    let mut queue = Block::text(page.t("messages-admin-intro"));
    if figures.pending.is_empty() {
        queue = queue.para(page.t("messages-admin-none-pending"));
    }
    for (c, n) in &figures.pending {
        queue = queue.para(page.tf(
            "messages-admin-pending",
            &[("channel", channel(c)), ("count", Value::from(*n))],
        ));
    }
    if let Some(oldest) = figures.oldest_pending_at {
        queue = queue.para(page.tf(
            "messages-admin-oldest",
            &[("minutes", Value::from((now - oldest).max(0) / 60_000))],
        ));
    }
    queue = queue.para(page.tf(
        "messages-admin-sent",
        &[("count", Value::from(figures.sent))],
    ));

    let mut hour = Block::heading(page.t("messages-admin-hour-title"));
    let mut channels: Vec<&str> = figures
        .attempts
        .iter()
        .map(|(c, _, _)| c.as_str())
        .collect();
    channels.dedup();
    for c in channels {
        let count = |outcome: &str| {
            figures
                .attempts
                .iter()
                .find(|(ch, o, _)| ch == c && o == outcome)
                .map_or(0, |(_, _, n)| *n)
        };
        hour = hour.para(page.tf(
            "messages-admin-hour",
            &[
                ("channel", channel(c)),
                ("sent", Value::from(count("sent"))),
                ("retry", Value::from(count("retry"))),
                ("moved", Value::from(count("next-channel"))),
                ("dead", Value::from(count("dead"))),
                ("deferred", Value::from(count("deferred"))),
            ],
        ));
    }

    let dead_title = Block::heading(page.t("messages-admin-dead-title"));
    let mut view = GenericPage::new(page, "messages-admin-title")
        .block(queue)
        .block(hour)
        .block(dead_title);
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    if dead.is_empty() {
        let empty = Block::text(view.page.t("messages-admin-dead-empty"));
        view = view.block(empty);
    }
    for d in &dead {
        let when = garita_i18n::when::moment_utc(view.page.locale, d.created_at);
        let line = view.page.tf(
            "messages-admin-dead-row",
            &[
                ("kind", Value::from(d.kind.clone())),
                ("channel", channel(&d.channel)),
                ("when", Value::from(when)),
                ("attempts", Value::from(d.attempts)),
                (
                    "error",
                    Value::from(d.last_error.clone().unwrap_or_default()),
                ),
            ],
        );
        let action = format!("/staff/messages/{}/retry", d.id);
        let retry = Form::post(&action, &token, view.page.t("messages-admin-retry")).secondary();
        let row = Block::text(line).form(retry);
        view = view.block(row);
    }
    view.render()
}

pub async fn retry(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Html<String>, AppError> {
    let retried = state.services.retry_message(&user.account.id, &id).await?;
    let notice = retried.then(|| state.i18n.text(locale, "messages-admin-retried"));
    page(&state, locale, &csrf, notice).await
}
