//! The supporter's pages: choosing the programme and how many people (a form that asks first, so
//! the filing shows exactly that many), the filing itself (their own identity, status and
//! support, then each person; every field checked and named, nothing saved until all are
//! right), and a case: each person's state, the authorization's end and its extension.

use super::{nationalities, service_on, status};
use crate::app::{Filed, FiledFrom};
use crate::domain::{BeneficiaryInput, MAX_BENEFICIARIES, Problem, RELATIONSHIPS, Status};
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use garita_i18n::{Locale, Value, when};
use garita_web::csrf::{CsrfCookie, CsrfForm, NoFields, csrf_token};
use garita_web::pages::Chrome;
use garita_web::session::{ClientIp, SignedIn};
use garita_web::view::{Block, Field, FieldSet, Form, GenericPage, Table, said};
use garita_web::{AppError, AppState, Lang};
use serde::Deserialize;
use std::collections::HashMap;

/// The field names of each person's part of the filing (static: the page kit names fields so).
macro_rules! slots {
    ($($n:literal),*) => {
        [$([
            concat!("p", $n, "-given"),
            concat!("p", $n, "-family"),
            concat!("p", $n, "-born"),
            concat!("p", $n, "-nationality"),
            concat!("p", $n, "-email"),
            concat!("p", $n, "-language"),
            concat!("p", $n, "-relationship"),
            concat!("p", $n, "-guardian"),
        ]),*]
    };
}
const SLOTS: [[&str; 8]; MAX_BENEFICIARIES] = slots!(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
/// The domain's field names, in the order of a slot.
const FIELDS: [&str; 8] = [
    "given",
    "family",
    "born",
    "nationality",
    "email",
    "language",
    "relationship",
    "guardian",
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Choice {
    programme: String,
    people: String,
}

impl Choice {
    fn people(&self) -> usize {
        self.people
            .trim()
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, MAX_BENEFICIARIES)
    }
}

/// A date typed as `YYYY-MM-DD`, as the three parts the domain reads (empty when not a date).
pub(super) fn parts(date: &str) -> (String, String, String) {
    let mut p = date.trim().splitn(3, '-');
    let (y, m, d) = (p.next(), p.next(), p.next());
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => (d.into(), m.into(), y.into()),
        _ => (String::new(), String::new(), String::new()),
    }
}

fn person(form: &HashMap<String, String>, slot: &[&str; 8]) -> BeneficiaryInput {
    let v = |i: usize| form.get(slot[i]).cloned().unwrap_or_default();
    let (born_day, born_month, born_year) = parts(&v(2));
    BeneficiaryInput {
        given: v(0),
        family: v(1),
        born_day,
        born_month,
        born_year,
        nationality: v(3),
        email: v(4),
        language: v(5),
        relationship: v(6),
        guardian: v(7),
    }
}

/// The network a request came from, for the supporter side's signals: the `/24` of an IPv4
/// address, the `/48` of an IPv6 one.
fn network(ip: &str) -> Option<String> {
    match ip.parse::<std::net::IpAddr>().ok()? {
        std::net::IpAddr::V4(v4) => {
            let o = v4.octets();
            Some(format!("{}.{}.{}.0/24", o[0], o[1], o[2]))
        }
        std::net::IpAddr::V6(v6) => {
            let s = v6.segments();
            Some(format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2]))
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn file_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    choice: &Choice,
    typed: &HashMap<String, String>,
    problems: &[(Option<usize>, Problem)],
    error: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(state);
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let open: Vec<_> = service
        .store
        .programmes()
        .await?
        .into_iter()
        .filter(|p| p.is_open())
        .collect();
    let chosen = open.iter().find(|p| p.code == choice.programme);
    let people = choice.people();
    // First: which programme, and for how many people.
    let ask = Form::get("/travel-authorization/file", page.t("ta-file-choose"))
        .field(
            Field::new("programme", "select", page.t("ta-programme")).options(
                open.iter()
                    .map(|p| (p.code.clone(), page.t(&p.name_key()), Some(p) == chosen))
                    .collect(),
            ),
        )
        .field(
            Field::new("people", "number", page.t("ta-file-people"))
                .value(&people.to_string())
                .numeric()
                .help(page.t("ta-file-people-help")),
        );
    let mut view = GenericPage::new(page, "ta-file-title");
    view.error = error;
    let Some(programme) = chosen else {
        let intro = if open.is_empty() {
            view.page.t("ta-file-none-open")
        } else {
            view.page.t("ta-file-intro")
        };
        view = view.block(Block::text(intro).form(ask));
        return view.render();
    };
    let page = &view.page;
    let value = |name: &str| typed.get(name).cloned().unwrap_or_default();
    let mine = |field: &str| {
        problems
            .iter()
            .filter(|(i, _)| i.is_none())
            .map(|(_, p)| *p)
            .find(|(f, _)| *f == field)
            .map(|(_, key)| page.t(key))
    };
    let statuses = Status::ALL
        .iter()
        .map(|s| {
            (
                s.code().to_string(),
                page.t(&format!("ta-us-status-{}", s.code())),
                value("status") == s.code(),
            )
        })
        .collect();
    let states = std::iter::once((String::new(), page.t("ta-state-choose"), false))
        .chain(
            garita_domain::travellers::US_STATES
                .iter()
                .map(|s| (s.to_string(), s.to_string(), value("state") == *s)),
        )
        .collect();
    let you = FieldSet::new(Some(page.t("ta-file-you")))
        .field(
            Field::new("given", "text", page.t("traveller-given-names"))
                .value(&value("given"))
                .autocomplete("given-name")
                .error(mine("given")),
        )
        .field(
            Field::new("family", "text", page.t("traveller-family-names"))
                .value(&value("family"))
                .autocomplete("family-name")
                .error(mine("family")),
        )
        .field(
            Field::new("status", "select", page.t("ta-file-status"))
                .options(statuses)
                .error(mine("status")),
        )
        .field(
            Field::new("state", "select", page.t("ta-file-state"))
                .options(states)
                .error(mine("state")),
        )
        .field(
            Field::new("supports", "checkbox", page.t("ta-file-supports"))
                .value(&value("supports"))
                .error(mine("supports")),
        )
        .field(
            Field::new("consents", "checkbox", page.t("ta-file-consent"))
                .value(&value("consents"))
                .error(mine("consents")),
        );
    let action = format!(
        "/travel-authorization/file?programme={}&people={people}",
        programme.code
    );
    let mut form = Form::post(&action, &csrf_token(state, csrf), page.t("ta-file-submit"))
        .mark_required()
        .set(you);
    let countries = nationalities(locale, programme);
    for (i, slot) in SLOTS.iter().take(people).enumerate() {
        let theirs = |field: &str| {
            problems
                .iter()
                .filter(|(at, _)| *at == Some(i))
                .map(|(_, p)| *p)
                .find(|(f, _)| *f == field)
                .map(|(_, key)| page.t(key))
        };
        let v = |k: usize| value(slot[k]);
        let chosen_language = garita_i18n::Locale::from_code(&v(5)).unwrap_or(locale);
        let relationships = RELATIONSHIPS
            .iter()
            .map(|r| {
                (
                    r.to_string(),
                    page.t(&format!("ta-relationship-{r}")),
                    v(6) == *r,
                )
            })
            .collect();
        let set = FieldSet::new(Some(
            page.tf("ta-file-person", &[("number", Value::from(i as i64 + 1))]),
        ))
        .field(
            Field::new(slot[0], "text", page.t("traveller-given-names"))
                .value(&v(0))
                .error(theirs(FIELDS[0])),
        )
        .field(
            Field::new(slot[1], "text", page.t("traveller-family-names"))
                .value(&v(1))
                .error(theirs(FIELDS[1])),
        )
        .field(
            Field::new(slot[2], "date", page.t("traveller-birth-date"))
                .value(&v(2))
                .error(theirs(FIELDS[2])),
        )
        .field(
            Field::new(slot[3], "select", page.t("ta-file-nationality"))
                .options(
                    countries
                        .iter()
                        .map(|(c, n)| (c.clone(), n.clone(), v(3) == *c))
                        .collect(),
                )
                .error(theirs(FIELDS[3])),
        )
        .field(
            Field::new(slot[4], "email", page.t("ta-file-email"))
                .value(&v(4))
                .optional()
                .help(page.t("ta-file-email-help"))
                .error(theirs(FIELDS[4])),
        )
        .field(
            Field::new(slot[5], "select", page.t("ta-file-language"))
                .languages(chosen_language)
                .error(theirs(FIELDS[5])),
        )
        .field(
            Field::new(slot[6], "select", page.t("ta-file-relationship"))
                .options(relationships)
                .error(theirs(FIELDS[6])),
        )
        .field(
            Field::new(slot[7], "number", page.t("ta-file-guardian"))
                .value(&v(7))
                .numeric()
                .optional()
                .help(page.t("ta-file-guardian-help"))
                .error(theirs(FIELDS[7])),
        );
        form = form.set(set);
    }
    let count_error = mine("beneficiaries");
    let mut block = Block::text(page.tf(
        "ta-file-for",
        &[("programme", Value::from(page.t(&programme.name_key())))],
    ))
    .para(page.t("ta-file-privacy"));
    block.paragraphs.extend(count_error);
    let again = Block::default().form(ask.secondary());
    view = view.block(block.form(form)).block(again);
    view.render()
}

pub async fn show(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(_): SignedIn,
    Query(choice): Query<Choice>,
) -> Result<Html<String>, AppError> {
    file_page(&state, locale, &csrf, &choice, &HashMap::new(), &[], None).await
}

pub async fn file(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    ClientIp(ip): ClientIp,
    Query(choice): Query<Choice>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let field = |k: &str| form.get(k).cloned().unwrap_or_default();
    let you = crate::domain::SupporterInput {
        given: field("given"),
        family: field("family"),
        status: field("status"),
        state: field("state"),
        supports: field("supports") == "yes",
        consents: field("consents") == "yes",
    };
    let people: Vec<_> = SLOTS
        .iter()
        .take(choice.people())
        .map(|slot| person(&form, slot))
        .collect();
    let from = FiledFrom {
        network: network(&ip),
        device: Some(csrf.browser().to_string()),
    };
    let account = &user.subject().id;
    let (problems, error) = match service_on(&state)
        .file(account, &choice.programme, &you, &people, &from)
        .await?
    {
        Filed::Saved(id) => {
            return Ok(Redirect::to(&format!("/travel-authorization/cases/{id}")).into_response());
        }
        Filed::Refused(problems) => (problems, None),
        Filed::Closed => {
            let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
            (vec![], Some(page.t("ta-programme-closed-now")))
        }
    };
    let page = file_page(&state, locale, &csrf, &choice, &form, &problems, error).await?;
    Ok(said(false, page))
}

async fn case_page(
    state: &AppState,
    locale: Locale,
    csrf: &CsrfCookie,
    account: &str,
    case_id: &str,
    notice: Option<String>,
) -> Result<Html<String>, AppError> {
    let service = service_on(state);
    let (case, people) = service
        .case_for_supporter(account, case_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let programme = service
        .store
        .programme(&case.programme)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let token = csrf_token(state, csrf);
    let mut rows = vec![];
    let mut blocks = vec![];
    for o in &people {
        let until = o
            .row
            .valid_until
            .map(|ms| when::date_ms(locale, ms))
            .unwrap_or_default();
        rows.push(vec![
            format!("{} {}", o.details.name.given, o.details.name.family),
            status(&page, &o.row.status),
            o.row.number.clone().unwrap_or_default(),
            until,
        ]);
        if o.row.status == "authorized" && o.row.extended < programme.extensions {
            let form = Form::post(
                &format!(
                    "/travel-authorization/cases/{}/beneficiaries/{}/extend",
                    case.id, o.row.id
                ),
                &token,
                page.tf(
                    "ta-extend-submit",
                    &[("given", Value::from(o.details.name.given.clone()))],
                ),
            )
            .secondary();
            blocks.push(
                Block::text(page.tf(
                    "ta-extend-intro",
                    &[("days", Value::from(programme.extension_days))],
                ))
                .form(form),
            );
        }
    }
    let summary = Block {
        table: Some(Table {
            head: vec![
                page.t("ta-case-person"),
                page.t("ta-case-state"),
                page.t("ta-case-number"),
                page.t("ta-case-until"),
            ],
            rows,
        }),
        ..Block::text(page.tf(
            "ta-case-intro",
            &[
                ("reference", Value::from(case.reference.clone())),
                ("programme", Value::from(page.t(&programme.name_key()))),
            ],
        ))
    }
    .para(page.t("ta-case-invited-help"));
    let mut view = GenericPage::new(page, "ta-case-title").block(summary);
    view.notice = notice;
    for b in blocks {
        view = view.block(b);
    }
    view.render()
}

pub async fn case(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path(case_id): Path<String>,
) -> Result<Html<String>, AppError> {
    case_page(&state, locale, &csrf, &user.subject().id, &case_id, None).await
}

pub async fn extend(
    State(state): State<AppState>,
    Lang(locale): Lang,
    csrf: CsrfCookie,
    SignedIn(user): SignedIn,
    Path((case_id, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> Result<Response, AppError> {
    let account = &user.subject().id;
    let done = service_on(&state).extend(account, &id).await?;
    let page = Chrome::new(&state.i18n, locale, "/travel-authorization");
    let notice = page.t(if done {
        "ta-extend-done"
    } else {
        "ta-extend-not-allowed"
    });
    let view = case_page(&state, locale, &csrf, account, &case_id, Some(notice)).await?;
    Ok(said(done, view))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_address_blocks() {
        assert_eq!(network("203.0.113.77").as_deref(), Some("203.0.113.0/24"));
        assert_eq!(
            network("2001:db8:85a3::8a2e:370:7334").as_deref(),
            Some("2001:db8:85a3::/48")
        );
        assert_eq!(network("not an address"), None);
    }

    #[test]
    fn a_date_field_gives_its_parts() {
        assert_eq!(
            parts("1990-05-04"),
            ("04".to_string(), "05".to_string(), "1990".to_string())
        );
        assert_eq!(parts(""), (String::new(), String::new(), String::new()));
    }
}
