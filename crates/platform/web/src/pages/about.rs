//! What anyone may read from every page's footer: the privacy notice (the same words a person
//! agrees to at sign-up) and the accessibility statement.

use super::Chrome;
use crate::view::{Block, GenericPage};
use crate::{AppError, AppState, Lang};
use axum::extract::State;
use axum::response::Html;

pub async fn privacy(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/privacy");
    let mut view = GenericPage::new(page, "privacy-title");
    view.blocks = super::signup::consent_blocks(&view.page, &state.services.purposes);
    view.render()
}

pub async fn accessibility(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/accessibility");
    let mut view = GenericPage::new(page, "accessibility-title");
    for part in ["aim", "tested", "limits", "report"] {
        let block = Block::heading(view.page.t(&format!("accessibility-{part}-title")))
            .para(view.page.t(&format!("accessibility-{part}")));
        view.blocks.push(block);
    }
    view.render()
}
