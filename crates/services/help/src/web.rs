//! The directory's pages: `/help` (by city, for anyone) and `/staff/help` (the admins' list,
//! with a form to add a place and a button to remove one).

use crate::HelpAction;
use crate::store::{self, Place};
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect};
use axum::routing::{get, post};
use garita_domain::travellers::bounded;
use garita_domain::{AuditEvent, InputError, PhoneNumber};
use garita_i18n::Value;
use garita_kernel::Services;
use garita_store::records::Effects;
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::SignedIn;
use garita_web::view::{Block, Field, Form, GenericPage};
use garita_web::{AppError, AppState, Lang, Link, On, WebService};
use serde::Deserialize;

/// What the directory hands the web layer, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> WebService<C> {
    WebService {
        service: crate::service::<C>(),
        links: &[
            Link {
                on: On::Home,
                href: "/help",
                key: "help-title",
                button: false,
            },
            Link {
                on: On::Helpers,
                href: "/help",
                key: "help-find",
                button: false,
            },
        ],
        pages,
        staff,
        api: Router::new,
        openapi: utoipa_none,
    }
}

fn utoipa_none() -> garita_web::OpenApi {
    garita_web::OpenApi::default()
}

fn pages(_: &AppState) -> Router<AppState> {
    Router::new().route("/help", get(directory))
}

fn staff(_: &AppState) -> Router<AppState> {
    Router::new()
        .route("/staff/help", get(keep).post(add))
        .route("/staff/help/{id}/remove", post(remove))
}

/// The places by city, each with what a person needs to go there.
async fn directory(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/help");
    let places = store::on(&state.store.db()).places().await?;
    let mut view = GenericPage::new(page, "help-title")
        .block(Block::text(state.i18n.text(locale, "help-intro")));
    if places.is_empty() {
        view = view.block(Block::text(state.i18n.text(locale, "help-empty")));
    }
    let mut city = None;
    for p in &places {
        if city != Some(&p.city) {
            view = view.block(Block::heading(p.city.clone()));
            city = Some(&p.city);
        }
        let block = card(&view.page, p);
        view = view.block(block);
    }
    view.render()
}

fn card(page: &Chrome, p: &Place) -> Block {
    let arg = |s: &str| Value::from(s.to_string());
    let mut block = Block::text(p.name.clone())
        .para(page.tf("help-address", &[("address", arg(&p.address))]))
        .para(page.tf("help-hours", &[("hours", arg(&p.hours))]))
        .para(page.tf("help-phone", &[("phone", arg(&p.phone))]))
        .para(page.tf("help-languages", &[("languages", arg(&p.languages))]));
    if p.free_of_charge == 1 {
        block = block.para(page.t("help-free"));
    }
    block
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PlaceForm {
    name: String,
    city: String,
    address: String,
    hours: String,
    phone: String,
    languages: String,
    free: String,
}

impl PlaceForm {
    fn parse(&self, id: String, now: i64) -> Result<Place, Vec<(&'static str, InputError)>> {
        let fields = [
            ("name", bounded(&self.name, 120, true)),
            ("city", garita_domain::travellers::place(&self.city)),
            ("address", bounded(&self.address, 200, true)),
            ("hours", bounded(&self.hours, 120, true)),
            (
                "phone",
                PhoneNumber::parse(&self.phone).map(|p| p.as_str().to_string()),
            ),
            ("languages", bounded(&self.languages, 120, true)),
        ];
        let errors: Vec<_> = fields
            .iter()
            .filter_map(|(name, r)| r.as_ref().err().map(|e| (*name, *e)))
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let [name, city, address, hours, phone, languages] =
            fields.map(|(_, r)| r.expect("checked above"));
        Ok(Place {
            id,
            name,
            city,
            address,
            hours,
            phone,
            languages,
            free_of_charge: i64::from(self.free == "yes"),
            created_at: now,
        })
    }
}

async fn keep(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_): SignedIn,
) -> Result<Html<String>, AppError> {
    keep_page(&state, locale, &csrf, &PlaceForm::default(), &[], None).await
}

async fn keep_page(
    state: &AppState,
    locale: garita_i18n::Locale,
    csrf: &CsrfCookie,
    form: &PlaceForm,
    errors: &[(&'static str, InputError)],
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = Chrome::new(&state.i18n, locale, "/staff/help");
    let token = csrf_token(state, csrf);
    let places = store::on(&state.store.db()).places().await?;
    let error = |name: &str| {
        errors
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, e)| page.t(e.message_key()))
    };
    let field = |name: &'static str, kind: &'static str, value: &str| {
        Field::new(name, kind, page.t(&format!("help-{name}-label")))
            .value(value)
            .error(error(name))
    };
    let add = Form::post("/staff/help", &token, page.t("help-add"))
        .field(field("name", "text", &form.name))
        .field(field("city", "text", &form.city))
        .field(field("address", "text", &form.address))
        .field(field("hours", "text", &form.hours))
        .field(field("phone", "tel", &form.phone))
        .field(field("languages", "text", &form.languages))
        .field(field("free", "checkbox", &form.free));
    let mut list = Block::heading(page.t("help-title"));
    if places.is_empty() {
        list = list.para(page.t("help-empty"));
    }
    let mut blocks = vec![];
    for p in &places {
        blocks.push(
            card(&page, p).form(
                Form::post(
                    &format!("/staff/help/{}/remove", p.id),
                    &token,
                    page.t("help-remove"),
                )
                .secondary(),
            ),
        );
    }
    let mut view = GenericPage::new(page, "help-staff-title");
    if let Some(notice) = notice {
        view = view.notice(notice);
    }
    let intro = Block::text(view.page.t("help-staff-intro")).form(add);
    view = view.block(intro).block(list);
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

async fn add(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<PlaceForm>,
) -> Result<Html<String>, AppError> {
    let services = &state.services;
    let now = services.now();
    match form.parse(garita_security::codes::id(), now) {
        Err(errors) => keep_page(&state, locale, &csrf, &form, &errors, None).await,
        Ok(place) => {
            let event = AuditEvent::new(now, HelpAction::PlaceAdded)
                .actor(&user.account.id)
                .subject(&place.id);
            store::on(&state.store.db())
                .add_place(&place, Effects::audit(event))
                .await?;
            let notice = state.i18n.format(
                locale,
                "help-added",
                &[("name", Value::from(place.name.clone()))],
            );
            keep_page(
                &state,
                locale,
                &csrf,
                &PlaceForm::default(),
                &[],
                Some(notice),
            )
            .await
        }
    }
}

async fn remove(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    _: CsrfForm<NoFields>,
) -> Result<Redirect, AppError> {
    let event = AuditEvent::new(state.services.now(), HelpAction::PlaceRemoved)
        .actor(&user.account.id)
        .subject(&id);
    store::on(&state.store.db())
        .remove_place(&id, Effects::audit(event))
        .await?;
    Ok(Redirect::to("/staff/help"))
}
