//! A person's own signed record: as a file to keep, and as a page to read or print.

use crate::pages::Chrome;
use crate::session::SignedIn;
use crate::view::{Block, GenericPage, Table};
use crate::{AppError, AppState, Lang};
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use garita_i18n::{Value, countries};

/// The signed record as a file.
pub async fn download(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let record = state.services.signed_record(user.subject()).await?;
    Ok((
        [
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"garita-record.json\"",
            ),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        Json(record),
    )
        .into_response())
}

/// The same record as a page that prints on paper.
pub async fn page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let record = state.services.signed_record(user.subject()).await?;
    let registration = state.services.registration(&user.subject().id).await?;
    let page = Chrome::new(&state.i18n, locale, "/registration/record");
    let mut blocks = vec![
        Block::text(page.t("record-intro"))
            .link("/registration/record.json", page.t("record-download"))
            .link("/record/check", page.t("record-check-link")),
    ];
    if let Some(r) = registration {
        let a = &r.address;
        blocks.push(
            Block::heading(page.t("us-address-title"))
                .para(format!("{}, {}, {} {}", a.street, a.city, a.state, a.zip)),
        );
        for t in &r.travellers {
            let d = &t.details;
            let country = |c: &garita_domain::travellers::Country| {
                countries::name(locale, c.code())
                    .unwrap_or_default()
                    .to_string()
            };
            let mut rows = vec![
                vec![
                    page.t("traveller-birth-date"),
                    garita_i18n::when::day(locale, t.birth_date.date()),
                ],
                vec![
                    page.t("traveller-birth-country"),
                    format!("{}, {}", d.birth_city, country(&d.birth_country)),
                ],
                vec![page.t("traveller-nationality"), country(&d.nationality)],
                vec![page.t("traveller-residence-country"), country(&d.residence)],
                vec![
                    page.t("traveller-gender"),
                    page.t(&format!("gender-{}", d.gender.code())),
                ],
                vec![page.t("traveller-height"), format!("{} cm", d.height.cm())],
                vec![page.t("traveller-weight"), format!("{} kg", d.weight.kg())],
                vec![
                    page.t("traveller-eyes"),
                    page.t(&format!("eyes-{}", d.eyes.code())),
                ],
                vec![page.t("traveller-language"), d.language.clone()],
                vec![page.t("traveller-travel-history"), d.travel_history.clone()],
            ];
            if let Some(doc) = &t.document {
                rows.push(vec![
                    page.t(&format!("document-{}", doc.kind.code())),
                    format!("{} ({})", doc.number, country(&doc.country)),
                ]);
            }
            let mut b = Block::heading(format!("{} {}", t.name.given, t.name.family));
            b.table = Some(Table {
                head: vec![String::new(), String::new()],
                rows,
            });
            blocks.push(b);
        }
    }
    let mut signature = Block::text(page.tf(
        "record-signed",
        &[
            ("key", Value::from(record.key_id.clone())),
            ("signature", Value::from(record.signature.clone())),
        ],
    ));
    signature.paragraphs.push(page.t("record-verify"));
    blocks.push(signature);
    let mut view = GenericPage::new(page, "record-title");
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

/// Garita's public keys, for anyone to check signed records and confirmations: the current
/// one first, then those it replaced (what they signed still checks).
pub async fn keys(State(state): State<AppState>) -> impl IntoResponse {
    let keys: Vec<_> = state
        .services
        .keys
        .public_keys()
        .into_iter()
        .enumerate()
        .map(|(i, k)| {
            serde_json::json!({
                "key_id": k.key_id,
                "algorithm": "Ed25519",
                "public_key": k.public_key,
                "status": if i == 0 { "current" } else { "retired" },
            })
        })
        .collect();
    (
        [(header::CACHE_CONTROL, "public, max-age=3600")],
        Json(serde_json::json!({ "keys": keys })),
    )
}

/// The audit chain's signed checkpoints, newest first: keep copies, and `garita audit verify
/// --checkpoints FILE` holds the chain to them (no personal data: counts, hashes, times).
pub async fn audit_checkpoints(
    State(state): State<AppState>,
) -> Result<impl IntoResponse, AppError> {
    let checkpoints = state.services.audit_checkpoints(1_000).await?;
    Ok((
        [(header::CACHE_CONTROL, "public, max-age=300")],
        Json(serde_json::json!({ "checkpoints": checkpoints })),
    ))
}
