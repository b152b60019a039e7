//! The audit log for auditors (`/staff/audit`): whether the chain holds, then the entries,
//! newest first, searched by action (or its start), actor, subject and dates, a page at a time,
//! and the same as CSV. Every look is itself audited, with what was looked for.

use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, Field, Form, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use garita_domain::{AuditAction, AuditEntry, AuditEvent, InputError, ServiceDate};
use garita_i18n::Value;
use garita_kernel::audit::ChainCheck;
use garita_store::AuditQuery;
use serde::Deserialize;

/// Entries on one page.
const PAGE: i64 = 100;
/// Entries in one CSV file at most (a narrower search gets the rest).
const CSV_LIMIT: i64 = 10_000;
const DAY_MS: i64 = 86_400_000;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct Search {
    action: String,
    actor: String,
    subject: String,
    /// `YYYY-MM-DD`, UTC days, both included.
    from: String,
    to: String,
    /// The `seq` the next page starts below.
    before: Option<i64>,
}

impl Search {
    fn query(&self, limit: i64) -> Result<AuditQuery, (&'static str, InputError)> {
        let day = |name: &'static str, text: &str| -> Result<Option<i64>, _> {
            if text.trim().is_empty() {
                return Ok(None);
            }
            let d = ServiceDate::parse(text).map_err(|e| (name, e))?;
            Ok(d.date()
                .and_hms_opt(0, 0, 0)
                .map(|t| t.and_utc().timestamp_millis()))
        };
        Ok(AuditQuery {
            action: self.action.trim().to_string(),
            actor: self.actor.trim().to_string(),
            subject: self.subject.trim().to_string(),
            from: day("from", &self.from)?.unwrap_or(0),
            to: day("to", &self.to)?.map_or(i64::MAX, |d| d + DAY_MS),
            before: self.before.unwrap_or(i64::MAX),
            limit,
        })
    }

    /// The search as a query string, for the next page and the CSV link.
    fn encoded(&self, before: Option<i64>) -> String {
        let before = before.map(|b| b.to_string());
        let pairs: Vec<(&str, &str)> = [
            ("action", self.action.trim()),
            ("actor", self.actor.trim()),
            ("subject", self.subject.trim()),
            ("from", self.from.trim()),
            ("to", self.to.trim()),
            ("before", before.as_deref().unwrap_or_default()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect();
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// A moment as the CSV gives it (for machines: ISO, UTC).
fn when(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// Writes that an auditor read the log, and what they looked for (ids and codes only).
async fn note_read(state: &AppState, actor: &str, q: &AuditQuery) -> Result<(), AppError> {
    let detail = serde_json::json!({
        "action": q.action,
        "actor": q.actor,
        "subject": q.subject,
    });
    let event = AuditEvent::new(state.services.now(), AuditAction::AuditLogRead)
        .actor(actor)
        .detail(detail.to_string());
    state.store.append_audit(vec![event]).await?;
    Ok(())
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
    Query(search): Query<Search>,
) -> Result<Response, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/audit");
    let (entries, problem) = match search.query(PAGE) {
        Ok(q) => {
            note_read(&state, &user.account.id, &q).await?;
            (state.store.search_audit(&q).await?, None)
        }
        Err(problem) => (vec![], Some(problem)),
    };
    let status = chain_status(&page, state.services.verify_audit_chain(&[]).await?);
    let error = |name: &str| {
        problem
            .filter(|p| p.0 == name)
            .map(|p| page.t(p.1.message_key()))
    };
    let text = |name: &'static str, key: &str, value: &str| {
        Field::new(name, "text", page.t(key))
            .value(value)
            .error(error(name))
            .optional()
    };
    let form = Form::get("/staff/audit", page.t("staff-audit-search"))
        .field(
            text("action", "staff-audit-action", &search.action)
                .help(page.t("staff-audit-action-help")),
        )
        .field(text("actor", "staff-audit-who", &search.actor))
        .field(text("subject", "staff-audit-subject", &search.subject))
        .field(text("from", "staff-audit-from", &search.from))
        .field(text("to", "staff-audit-to", &search.to));
    let mut block = Block::text(status).form(form);
    block.table = Some(table(&page, &entries));
    if entries.is_empty() {
        block = block.para(page.t("staff-audit-none"));
    }
    if entries.len() as i64 == PAGE
        && let Some(last) = entries.last()
    {
        block = block.link(
            &format!("/staff/audit?{}", search.encoded(Some(last.seq))),
            page.t("staff-audit-older"),
        );
    }
    block = block.link(
        &format!("/staff/audit.csv?{}", search.encoded(None)),
        page.t("staff-audit-csv"),
    );
    let status = if problem.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    let html: Html<String> = GenericPage::new(page, "staff-audit-title")
        .block(block)
        .render()?;
    Ok((status, html).into_response())
}

/// The same search as CSV, newest first, up to `CSV_LIMIT` entries.
pub async fn csv(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Query(search): Query<Search>,
) -> Result<Response, AppError> {
    let q = search.query(CSV_LIMIT).map_err(|p| AppError::Input(p.1))?;
    note_read(&state, &user.account.id, &q).await?;
    let entries = state.store.search_audit(&q).await?;
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(["seq", "at_utc", "actor", "action", "subject", "detail"])
        .expect("writing to memory");
    for e in &entries {
        w.write_record([
            e.seq.to_string(),
            when(e.at_ms),
            e.actor.clone().unwrap_or_default(),
            e.action.clone(),
            e.subject.clone().unwrap_or_default(),
            e.detail.clone(),
        ])
        .expect("writing to memory");
    }
    let body = w.into_inner().expect("writing to memory");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"garita-audit.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

fn table(page: &Chrome, entries: &[AuditEntry]) -> Table {
    Table {
        head: vec![
            "#".into(),
            page.t("staff-audit-when"),
            page.t("staff-audit-who"),
            page.t("staff-audit-what"),
            page.t("staff-audit-subject"),
        ],
        rows: entries
            .iter()
            .map(|e| {
                vec![
                    e.seq.to_string(),
                    garita_i18n::when::moment_utc(page.locale, e.at_ms),
                    e.actor.clone().unwrap_or_default(),
                    e.action.clone(),
                    e.subject.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

fn chain_status(page: &Chrome, check: ChainCheck) -> String {
    match check {
        ChainCheck::Intact {
            entries,
            checkpoint,
        } => {
            let intact = page.tf("staff-audit-intact", &[("count", Value::from(entries))]);
            match checkpoint {
                Some(count) => {
                    let held = page.tf("staff-audit-checkpoint", &[("count", Value::from(count))]);
                    format!("{intact} {held}")
                }
                None => intact,
            }
        }
        ChainCheck::BrokenAt { seq } => page.tf("staff-audit-broken", &[("seq", Value::from(seq))]),
        ChainCheck::Rewritten { count } => {
            page.tf("staff-audit-rewritten", &[("count", Value::from(count))])
        }
        ChainCheck::Cut {
            entries,
            checkpoint,
        } => page.tf(
            "staff-audit-cut",
            &[
                ("count", Value::from(entries)),
                ("checkpoint", Value::from(checkpoint)),
            ],
        ),
        ChainCheck::BadCheckpoint { count } => page.tf(
            "staff-audit-bad-checkpoint",
            &[("count", Value::from(count))],
        ),
    }
}
