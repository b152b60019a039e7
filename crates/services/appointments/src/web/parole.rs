//! `/parole`: the person's parole record, from what officers recorded at the port for each
//! traveller of the group: the admission number, the class, the day of arrival (the parole's
//! start), the date it runs until, the Notice to Appear, and every change with who made it,
//! when and the basis given. It links the signed record to download, where anyone checks one,
//! the notices sent to the person, and legal help.

use super::draws::person_zone;
use super::outcomes::{outcome_lines, version_line};
use axum::extract::State;
use axum::response::Html;
use axum_extra::extract::CookieJar;
use garita_i18n::{Value, when};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, GenericPage};
use garita_web::{AppError, AppState, Lang};

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    jar: CookieJar,
    SignedIn(user): SignedIn,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/parole");
    let zone = person_zone(&jar);
    let arrivals = crate::web::appointments(&state)
        .arrivals(&user.subject().id)
        .await?;
    let mut blocks = vec![Block::text(page.t("parole-intro"))];
    if arrivals.is_empty() {
        blocks.push(Block::text(page.t("parole-none")).link("/status", page.t("status-title")));
    }
    for a in &arrivals {
        let mut block = Block::heading(a.given_name.clone()).para(page.tf(
            "parole-start",
            &[
                ("port", Value::from(a.port.name.clone())),
                (
                    "date",
                    Value::from(when::moment_ms(page.locale, a.arrived_at, zone)),
                ),
            ],
        ));
        for line in outcome_lines(&page, &a.facts) {
            block = block.para(line);
        }
        block = block.para(page.t("parole-changes"));
        for v in &a.history {
            block = block.para(version_line(&page, v, zone, &a.port.name));
        }
        blocks.push(block);
    }
    blocks.push(
        Block::heading(page.t("parole-keep-title"))
            .para(page.t("parole-keep"))
            .link("/registration/record.json", page.t("parole-download"))
            .link("/record/check", page.t("parole-check"))
            .link("/notices", page.t("parole-notices"))
            .link("/help", page.t("parole-legal-help")),
    );
    let mut view = GenericPage::new(page, "parole-title");
    view.blocks.extend(blocks);
    view.render()
}
