//! The public status page (`/service-status`): whether asking for and confirming an appointment
//! work now, and every degraded period of the last 30 days (measured by Garita, declared by the
//! programme, or a time no node was up) with what it did to deadlines. The same as JSON at
//! `/api/v1/service-status`. When the records cannot be read, the page says so instead of failing.

use crate::app::outages::ServiceStatus;
use crate::store::outages::DegradedPeriod;
use axum::extract::State;
use axum::response::Html;
use garita_i18n::{Value, when};
use garita_web::pages::Chrome;
use garita_web::view::{Block, GenericPage, Table};
use garita_web::{AppError, AppState, Lang};

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let service = crate::web::appointments(&state);
    let page = Chrome::new(&state.i18n, locale, "/service-status");
    let zone = service.draws.window.zone;
    let status = match service.service_status().await {
        Ok(status) => status,
        Err(error) => {
            tracing::warn!(%error, "status page: degraded periods unavailable");
            let intro = Block::text(page.t("service-status-intro"));
            let now = Block::heading(page.t("service-status-now"))
                .para(page.t("service-status-unreachable"));
            return GenericPage::new(page, "service-status-title")
                .block(intro)
                .block(now)
                .render();
        }
    };
    let moment = |ms: i64| when::moment_ms(locale, ms, zone);
    let confirming = match status.degraded_since() {
        Some(since) => page.tf(
            "service-status-degraded-since",
            &[("when", Value::from(moment(since)))],
        ),
        None => page.t("service-status-working"),
    };
    let mut now = Block::heading(page.t("service-status-now"));
    now.table = Some(Table {
        head: vec![
            page.t("service-status-what"),
            page.t("service-status-state"),
        ],
        rows: vec![
            vec![
                page.t("service-status-requests"),
                page.t("service-status-working"),
            ],
            vec![page.t("service-status-confirming"), confirming],
        ],
    });
    let mut history = Block::heading(page.t("service-status-history"));
    if status.periods.is_empty() {
        history = history.para(page.t("service-status-none"));
    } else {
        history.table = Some(Table {
            head: vec![
                page.t("service-status-began"),
                page.t("service-status-ended"),
                page.t("service-status-what"),
                page.t("service-status-effect"),
            ],
            rows: status
                .periods
                .iter()
                .rev()
                .map(|p| row(&page, &status, p, &moment))
                .collect(),
        });
    }
    let intro = Block::text(page.t("service-status-intro"))
        .link("/api/v1/service-status", page.t("service-status-feed"));
    GenericPage::new(page, "service-status-title")
        .block(intro)
        .block(now)
        .block(history)
        .render()
}

fn row(
    page: &Chrome,
    status: &ServiceStatus,
    p: &DegradedPeriod,
    moment: &dyn Fn(i64) -> String,
) -> Vec<String> {
    let what = match p.source.as_str() {
        "declared" => page.tf(
            "service-status-kind-declared",
            &[("reason", Value::from(p.reason.clone()))],
        ),
        "down" => page.t("service-status-kind-down"),
        _ => page.t("service-status-kind-measured"),
    };
    let minutes = status.minutes(p);
    let (ended, effect) = match p.ended_at {
        Some(end) => (
            moment(end),
            page.tf(
                "service-status-moved",
                &[
                    ("hours", Value::from(minutes / 60)),
                    ("minutes", Value::from(minutes % 60)),
                ],
            ),
        ),
        None => (
            page.t("service-status-ongoing"),
            page.t("service-status-moving"),
        ),
    };
    vec![moment(p.started_at), ended, what, effect]
}
