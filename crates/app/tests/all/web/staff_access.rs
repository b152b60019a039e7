//! Every staff route, with every role, at the right port and at the wrong one: who gets in is
//! written out here by hand, independently of `policy.rs`, and every route in the policy table
//! must have its line here.

use crate::web::common;
use common::{TestApp, csrf};
use garita_domain::{Email, Grant, PortCode, Role};
use garita_i18n::Locale;

use reqwest::StatusCode;

/// Someone who calls: a role, and the port of an officer or supervisor.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Anonymous,
    Applicant,
    Helper,
    OfficerNog,
    OfficerSys,
    SupervisorNog,
    SupervisorSys,
    Admin,
    Auditor,
    Partner,
    Observer,
    OrgAdmin,
    Adjudicator,
    SpecialistNog,
}

const EVERYONE: [Who; 14] = [
    Who::Anonymous,
    Who::Applicant,
    Who::Helper,
    Who::OfficerNog,
    Who::OfficerSys,
    Who::SupervisorNog,
    Who::SupervisorSys,
    Who::Admin,
    Who::Auditor,
    Who::Partner,
    Who::Observer,
    Who::OrgAdmin,
    Who::Adjudicator,
    Who::SpecialistNog,
];

/// (method, route pattern, path called, who may). `person` is someone the helper's organization
/// assists.
fn expectations(person: &str) -> Vec<(&'static str, &'static str, String, Vec<Who>)> {
    use Who::*;
    let staff = vec![
        Helper,
        OfficerNog,
        OfficerSys,
        SupervisorNog,
        SupervisorSys,
        Admin,
        Auditor,
        Partner,
        Observer,
        OrgAdmin,
        Adjudicator,
        SpecialistNog,
    ];
    vec![
        ("GET", "/staff", "/staff".into(), staff),
        (
            "GET",
            "/staff/organizations",
            "/staff/organizations".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/organizations",
            "/staff/organizations".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/organizations/requests/{id}",
            "/staff/organizations/requests/nothing".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/organization",
            "/staff/organization".into(),
            vec![OrgAdmin],
        ),
        (
            "POST",
            "/staff/organization/helpers",
            "/staff/organization/helpers".into(),
            vec![OrgAdmin],
        ),
        (
            "POST",
            "/staff/organization/helpers/{id}/remove",
            "/staff/organization/helpers/nobody/remove".into(),
            vec![OrgAdmin],
        ),
        (
            "POST",
            "/staff/organization/tokens",
            "/staff/organization/tokens".into(),
            vec![OrgAdmin],
        ),
        (
            "POST",
            "/staff/organization/tokens/{id}/revoke",
            "/staff/organization/tokens/nothing/revoke".into(),
            vec![OrgAdmin],
        ),
        (
            "GET",
            "/staff/ports/{port}/manifests",
            "/staff/ports/NOG/manifests".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/manifests/{id}",
            "/staff/ports/NOG/manifests/nothing".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/manifests/{id}/arrived",
            "/staff/ports/NOG/manifests/nothing/arrived".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/inspections",
            "/staff/ports/NOG/inspections".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/inspections/capacity",
            "/staff/ports/NOG/inspections/capacity".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/inspections/{id}",
            "/staff/ports/NOG/inspections/nothing".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/inspections/{id}/result",
            "/staff/ports/NOG/inspections/nothing/result".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/declarations",
            "/staff/ports/NOG/declarations".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/declarations/{id}",
            "/staff/ports/NOG/declarations/nothing".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/declarations/{id}/scans/{permit}",
            "/staff/ports/NOG/declarations/nothing/scans/1".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/declarations/{id}/decide",
            "/staff/ports/NOG/declarations/nothing/decide".into(),
            vec![SpecialistNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/audit",
            "/staff/audit".into(),
            vec![Admin, Auditor],
        ),
        (
            "GET",
            "/staff/audit.csv",
            "/staff/audit.csv".into(),
            vec![Admin, Auditor],
        ),
        (
            "GET",
            "/staff/ports/{port}",
            "/staff/ports/NOG".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/capacity",
            "/staff/ports/NOG/capacity".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/slots",
            "/staff/ports/NOG/slots".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/close",
            "/staff/ports/NOG/close".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/wait-times",
            "/staff/ports/NOG/wait-times".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/wait-times",
            "/staff/ports/NOG/wait-times".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/overview",
            "/staff/overview".into(),
            vec![Admin, Auditor],
        ),
        (
            "GET",
            "/staff/overview.csv",
            "/staff/overview.csv".into(),
            vec![Admin, Auditor],
        ),
        (
            "GET",
            "/staff/programme",
            "/staff/programme".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/incident",
            "/staff/programme/incident".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/incident/end",
            "/staff/programme/incident/end".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/draws/{date}/release",
            "/staff/programme/draws/2026-01-01/release".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/cancel",
            "/staff/programme/cancel".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/withdraw",
            "/staff/programme/withdraw".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/programme/withdraw/confirm",
            "/staff/programme/withdraw/confirm".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/recover",
            "/staff/recover".into(),
            vec![Helper, Admin],
        ),
        (
            "POST",
            "/staff/recover",
            "/staff/recover".into(),
            vec![Helper, Admin],
        ),
        ("GET", "/staff/people", "/staff/people".into(), vec![Helper]),
        (
            "POST",
            "/staff/people",
            "/staff/people".into(),
            vec![Helper],
        ),
        (
            "POST",
            "/staff/people/{id}/act",
            format!("/staff/people/{person}/act"),
            vec![Helper],
        ),
        (
            "POST",
            "/staff/people/{id}/handover",
            format!("/staff/people/{person}/handover"),
            vec![Helper],
        ),
        (
            "POST",
            "/staff/stop-acting",
            "/staff/stop-acting".into(),
            vec![Helper],
        ),
        (
            "GET",
            "/staff/reviews",
            "/staff/reviews".into(),
            vec![Admin],
        ),
        ("GET", "/staff/hello", "/staff/hello".into(), vec![Admin]),
        ("GET", "/staff/help", "/staff/help".into(), vec![Admin]),
        ("POST", "/staff/help", "/staff/help".into(), vec![Admin]),
        (
            "POST",
            "/staff/help/{id}/remove",
            "/staff/help/nothing/remove".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/reviews/confirmations",
            "/staff/reviews/confirmations".into(),
            vec![Admin],
        ),
        // Nothing is in review in this test: the admin is let in and finds nothing (404); the
        // decisions on nothing change nothing and go back to the queue.
        (
            "GET",
            "/staff/reviews/photos/{traveller}",
            "/staff/reviews/photos/nobody".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/reviews/photos/{traveller}",
            "/staff/reviews/photos/nobody".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/reviews/cases/{id}/decide",
            "/staff/reviews/cases/nothing/decide".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/reviews/cases/{id}/accept",
            "/staff/reviews/cases/nothing/accept".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/reviews/confirmations/{appointment}/{traveller}",
            "/staff/reviews/confirmations/nothing/nobody".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/reviews/confirmations/{appointment}/{traveller}",
            "/staff/reviews/confirmations/nothing/nobody".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/reviews/confirmations/{appointment}/{traveller}/registration",
            "/staff/reviews/confirmations/nothing/nobody/registration".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/figures",
            "/staff/ports/NOG/figures".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/departure",
            "/staff/departure".into(),
            vec![Adjudicator],
        ),
        (
            "GET",
            "/staff/departure/{id}",
            "/staff/departure/nothing".into(),
            vec![Adjudicator],
        ),
        (
            "POST",
            "/staff/departure/{id}/act",
            "/staff/departure/nothing/act".into(),
            vec![Adjudicator],
        ),
        (
            "GET",
            "/staff/travel-authorization",
            "/staff/travel-authorization".into(),
            vec![Adjudicator],
        ),
        (
            "GET",
            "/staff/travel-authorization/{id}",
            "/staff/travel-authorization/nothing".into(),
            vec![Adjudicator],
        ),
        (
            "GET",
            "/staff/travel-authorization/{id}/photo",
            "/staff/travel-authorization/nothing/photo".into(),
            vec![Adjudicator],
        ),
        (
            "POST",
            "/staff/travel-authorization/{id}/decide",
            "/staff/travel-authorization/nothing/decide".into(),
            vec![Adjudicator],
        ),
        (
            "POST",
            "/staff/travel-authorization/reviews/{id}/close",
            "/staff/travel-authorization/reviews/nothing/close".into(),
            vec![Adjudicator],
        ),
        (
            "GET",
            "/staff/travel-authorization/programmes",
            "/staff/travel-authorization/programmes".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/travel-authorization/programmes/{code}",
            "/staff/travel-authorization/programmes/nothing".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/travel-authorization",
            "/staff/ports/NOG/travel-authorization".into(),
            vec![OfficerNog],
        ),
        (
            "POST",
            "/staff/ports/{port}/travel-authorization/{id}/parole",
            "/staff/ports/NOG/travel-authorization/nothing/parole".into(),
            vec![OfficerNog],
        ),
        (
            "GET",
            "/staff/ports/{port}/i94",
            "/staff/ports/NOG/i94".into(),
            vec![OfficerNog],
        ),
        (
            "POST",
            "/staff/ports/{port}/i94/receipts",
            "/staff/ports/NOG/i94/receipts".into(),
            vec![OfficerNog],
        ),
        (
            "POST",
            "/staff/ports/{port}/i94/{number}/admit",
            "/staff/ports/NOG/i94/nothing/admit".into(),
            vec![OfficerNog],
        ),
        (
            "POST",
            "/staff/ports/{port}/i94/{number}/refuse",
            "/staff/ports/NOG/i94/nothing/refuse".into(),
            vec![OfficerNog],
        ),
        (
            "GET",
            "/staff/ports/{port}/figures.csv",
            "/staff/ports/NOG/figures.csv".into(),
            vec![SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/day",
            "/staff/ports/NOG/day".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/find",
            "/staff/ports/NOG/find".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/find-traveller",
            "/staff/ports/NOG/find-traveller".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/appointments/{id}",
            "/staff/ports/NOG/appointments/nothing".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "POST",
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}",
            "/staff/ports/NOG/appointments/nothing/travellers/nobody".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/photo",
            "/staff/ports/NOG/appointments/nothing/travellers/nobody/photo".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        (
            "GET",
            "/staff/ports/{port}/appointments/{id}/travellers/{traveller}/live-photo",
            "/staff/ports/NOG/appointments/nothing/travellers/nobody/live-photo".into(),
            vec![OfficerNog, SupervisorNog, Admin],
        ),
        ("GET", "/staff/check", "/staff/check".into(), vec![Partner]),
        (
            "GET",
            "/staff/observe",
            "/staff/observe".into(),
            vec![Observer],
        ),
        (
            "POST",
            "/staff/observe/commit",
            "/staff/observe/commit".into(),
            vec![Observer],
        ),
        (
            "POST",
            "/staff/observe/reveal",
            "/staff/observe/reveal".into(),
            vec![Observer],
        ),
        ("POST", "/staff/check", "/staff/check".into(), vec![Partner]),
        (
            "GET",
            "/staff/messages",
            "/staff/messages".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/messages/{id}/retry",
            "/staff/messages/nothing/retry".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/payments",
            "/staff/payments".into(),
            vec![Admin, Auditor],
        ),
        (
            "GET",
            "/staff/notices",
            "/staff/notices".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/notices",
            "/staff/notices".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/trusted-traveler",
            "/staff/trusted-traveler".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/trusted-traveler/roster",
            "/staff/trusted-traveler/roster".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/payments/differences/{id}/close",
            "/staff/payments/differences/nothing/close".into(),
            vec![Admin],
        ),
        (
            "GET",
            "/staff/accounts",
            "/staff/accounts".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/accounts",
            "/staff/accounts".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/accounts/{id}/grant",
            "/staff/accounts/nobody/grant".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/accounts/{id}/reset",
            "/staff/accounts/nobody/reset".into(),
            vec![Admin],
        ),
        (
            "POST",
            "/staff/accounts/{id}/disable",
            "/staff/accounts/nobody/disable".into(),
            vec![Admin],
        ),
    ]
}

async fn account(app: &TestApp, who: Who) -> Option<String> {
    let (role, port, org) = match who {
        Who::Anonymous => return None,
        Who::Applicant => {
            let email = Email::parse("applicant@example.org").unwrap();
            let token = app
                .services
                .sign_up(garita_kernel::accounts::SignUp {
                    login: garita_domain::Login::Email(email),
                    phone: None,
                    password: "lakay se lakay 2026".into(),
                    locale: Locale::En,
                    origin: vec![],
                })
                .await
                .unwrap();
            let code = app.last_message().await.unwrap().1.code.unwrap();
            return app.services.verify_email_code(&token, &code).await.unwrap();
        }
        Who::Helper => (Role::Helper, None, Some("Casa del Migrante")),
        Who::OfficerNog => (Role::Officer, Some("NOG"), None),
        Who::OfficerSys => (Role::Officer, Some("SYS"), None),
        Who::SupervisorNog => (Role::PortSupervisor, Some("NOG"), None),
        Who::SupervisorSys => (Role::PortSupervisor, Some("SYS"), None),
        Who::Admin => (Role::ProgrammeAdmin, None, None),
        Who::Auditor => (Role::Auditor, None, None),
        Who::Partner => (Role::PartnerValidator, None, Some("Partner Shelter")),
        Who::Observer => (Role::Observer, None, Some("Observers United")),
        Who::OrgAdmin => (Role::OrganizationAdmin, None, Some("Casa del Migrante")),
        Who::Adjudicator => (Role::Adjudicator, None, None),
        Who::SpecialistNog => (Role::AgricultureSpecialist, Some("NOG"), None),
    };
    let email = Email::parse(&format!("{who:?}@staff.example").to_lowercase()).unwrap();
    let grant = Grant::new(
        role,
        port.and_then(|p| PortCode::parse(p).ok()),
        org.map(str::to_string),
    )
    .unwrap();
    app.services
        .create_staff(&email, grant, Locale::En)
        .await
        .unwrap()
        .unwrap();
    let lookup = app.services.keys.lookup("email", &email.lookup_form());
    Some(
        app.store
            .account_by_email(&lookup)
            .await
            .unwrap()
            .unwrap()
            .id,
    )
}

#[tokio::test]
async fn every_staff_route_admits_exactly_the_right_roles_and_ports() {
    let app = TestApp::spawn().await;
    // Someone the helpers of "Casa del Migrante" assist (made by a helper of theirs).
    let maker_email = Email::parse("maker@staff.example").unwrap();
    let grant = Grant::new(Role::Helper, None, Some("Casa del Migrante".into())).unwrap();
    app.services
        .create_staff(&maker_email, grant, Locale::En)
        .await
        .unwrap()
        .unwrap();
    let maker = app.store.staff_accounts().await.unwrap().pop().unwrap();
    let garita_kernel::helpers::Assisted::Created { account_id: person } = app
        .services
        .create_assisted(
            &maker,
            &Email::parse("person@example.org").unwrap(),
            Locale::Es,
        )
        .await
        .unwrap()
    else {
        panic!("created");
    };
    let table = expectations(&person);
    for route in garita_kernel::staff_routes(&crate::common::BUILD.kernel_parts()) {
        assert!(
            table
                .iter()
                .any(|(m, p, _, _)| *m == route.method && *p == route.path),
            "{} {} has no expectation in this test",
            route.method,
            route.path
        );
    }
    for who in EVERYONE {
        let browser = match account(&app, who).await {
            Some(id) => app.signed_in(&id, None).await,
            None => app.browser(),
        };
        check(&app, &browser, who, &table).await;
    }
}

async fn check(
    app: &TestApp,
    browser: &reqwest::Client,
    who: Who,
    table: &[(&str, &str, String, Vec<Who>)],
) {
    // A page with a form gives this browser its CSRF cookie and token.
    let form = browser
        .get(app.url("/signin"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&form);
    for (method, _, path, allowed) in table {
        let path: &str = path;
        let mut fields = vec![
            ("csrf".to_string(), token.clone()),
            ("date".into(), "2026-12-24".into()),
            ("seats".into(), "77".into()),
            ("email".into(), "nobody@example.org".into()),
            ("identity".into(), "yes".into()),
            ("document".into(), "passport".into()),
            ("reason".into(), "weather".into()),
            ("confirm".into(), "yes".into()),
        ];
        fields.extend((0..24).map(|i| (format!("slot{i}"), "5".to_string())));
        let response = match *method {
            "GET" => browser.get(app.url(path)).send().await.unwrap(),
            _ => browser
                .post(app.url(path))
                .form(&fields)
                .send()
                .await
                .unwrap(),
        };
        let status = response.status();
        if who == Who::Anonymous {
            assert_eq!(status, StatusCode::SEE_OTHER, "{who:?} {method} {path}");
            assert_eq!(response.headers()["location"], "/signin");
        } else if allowed.contains(&who) {
            // Pages answer 200; actions that finish elsewhere answer 303 there.
            let redirect = if path.ends_with("/capacity") && !path.contains("/inspections/") {
                Some("/staff/ports/NOG")
            } else if path.ends_with("/act") && !path.starts_with("/staff/departure") {
                Some("/registration")
            } else if path.ends_with("/remove") && !path.starts_with("/staff/organization") {
                Some("/staff/help")
            } else if path.ends_with("/stop-acting") {
                Some("/staff/people")
            } else if path.ends_with("/incident/end") {
                Some("/staff/programme")
            } else if *method == "POST" && path.starts_with("/staff/reviews/confirmations") {
                Some("/staff/reviews/confirmations")
            } else if *method == "POST"
                && path.starts_with("/staff/reviews")
                && !path.ends_with("/decide")
            {
                Some("/staff/reviews")
            } else {
                None
            };
            // Nothing called "nothing" exists at the port: found nowhere, changed nowhere.
            if path.contains("/appointments/nothing") {
                assert_eq!(status, StatusCode::NOT_FOUND, "{who:?} {method} {path}");
                continue;
            }
            match redirect {
                Some(to) => {
                    assert_eq!(status, StatusCode::SEE_OTHER, "{who:?} {method} {path}");
                    assert_eq!(
                        response.headers()["location"],
                        to,
                        "{who:?} {method} {path}"
                    );
                }
                // No intent or manifest called "nothing": found nowhere, changed nowhere.
                None if path.starts_with("/staff/departure/nothing")
                    || path.starts_with("/staff/ports/NOG/manifests/nothing")
                    || path.starts_with("/staff/ports/NOG/inspections/nothing")
                    || path.starts_with("/staff/ports/NOG/declarations/nothing") =>
                {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{who:?} {method} {path}")
                }
                None if *method == "GET"
                    && (path.starts_with("/staff/reviews/photos/")
                        || path.starts_with("/staff/travel-authorization/nothing")
                        || path.starts_with("/staff/reviews/confirmations/")) =>
                {
                    assert_eq!(status, StatusCode::NOT_FOUND, "{who:?} {method} {path}")
                }
                // An empty search, decision or programme action is admitted, then told what
                // to give.
                None if path.ends_with("/find-traveller")
                    || path.ends_with("/inspections/capacity")
                    || path.ends_with("/decide")
                    || path.ends_with("/release")
                    || path == "/staff/programme/cancel"
                    || path.starts_with("/staff/programme/withdraw")
                    || (*method == "POST" && path.contains("/i94/"))
                    || (*method == "POST" && path.contains("/travel-authorization/"))
                    || path.starts_with("/staff/payments/differences/")
                    || (*method == "POST" && path == "/staff/notices")
                    || path.starts_with("/staff/organizations/requests/")
                    || (*method == "POST" && path == "/staff/accounts")
                    || path.ends_with("/grant")
                    || path.ends_with("/reset")
                    || (path.starts_with("/staff/organization")
                        && *method == "POST"
                        && path != "/staff/organization/helpers") =>
                {
                    assert_eq!(
                        status,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "{who:?} {method} {path}"
                    )
                }
                None => assert_eq!(status, StatusCode::OK, "{who:?} {method} {path}"),
            }
        } else {
            assert_eq!(status, StatusCode::FORBIDDEN, "{who:?} {method} {path}");
        }
    }
}

#[tokio::test]
async fn a_supervisor_sets_their_ports_seats_and_it_is_audited() {
    let app = TestApp::spawn().await;
    let id = account(&app, Who::SupervisorNog).await.unwrap();
    let browser = app.signed_in(&id, None).await;
    let page = browser
        .get(app.url("/staff/ports/NOG"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let saved = browser
        .post(app.url("/staff/ports/NOG/capacity"))
        .form(&[
            ("csrf", csrf(&page).as_str()),
            ("date", "2026-12-24"),
            ("seats", "77"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let day = garita_domain::ServiceDate::parse("2026-12-24").unwrap();
    assert_eq!(
        app.store
            .capacity(&PortCode::parse("NOG").unwrap(), day)
            .await
            .unwrap()
            .get(),
        77
    );
    let last = app.store.latest_audit(1).await.unwrap().pop().unwrap();
    assert_eq!(
        (
            last.action.as_str(),
            last.actor.as_deref(),
            last.subject.as_deref()
        ),
        ("port.capacity-set", Some(id.as_str()), Some("NOG"))
    );
}

#[tokio::test]
async fn a_disabled_staff_account_is_refused_at_once() {
    let app = TestApp::spawn().await;
    let admin = account(&app, Who::Admin).await.unwrap();
    let officer = account(&app, Who::OfficerSys).await.unwrap();
    let officer_browser = app.signed_in(&officer, Some("en")).await;
    let day = officer_browser
        .get(app.url("/staff/ports/SYS/day"))
        .send()
        .await
        .unwrap();
    assert_eq!(day.status(), StatusCode::OK);

    let admin_browser = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin_browser, "/staff/accounts").await;
    assert!(page.contains("officersys@staff.example"), "{page}");
    let done = admin_browser
        .post(app.url(&format!("/staff/accounts/{officer}/disable")))
        .form(&[("csrf", csrf(&page))])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !done.contains("officersys@staff.example"),
        "no longer listed"
    );

    // The officer's open session no longer works, and the address signs in nowhere.
    let refused = officer_browser
        .get(app.url("/staff/ports/SYS/day"))
        .send()
        .await
        .unwrap();
    assert_ne!(refused.status(), StatusCode::OK);
    let lookup = app.services.keys.lookup(
        "email",
        &Email::parse("officersys@staff.example")
            .unwrap()
            .lookup_form(),
    );
    assert!(app.store.account_by_email(&lookup).await.unwrap().is_none());
    let audit = app.store.audit_about(&officer, 1).await.unwrap();
    assert_eq!(audit[0].action, "staff.disabled");
    assert_eq!(audit[0].actor.as_deref(), Some(admin.as_str()));
}

#[tokio::test]
async fn an_admin_makes_a_staff_account_changes_its_role_and_resets_its_authenticator() {
    let app = TestApp::spawn().await;
    let admin = account(&app, Who::Admin).await.unwrap();
    let admin_browser = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin_browser, "/staff/accounts").await;
    let post = |path: String, fields: Vec<(&'static str, &'static str)>| {
        let mut form = vec![("csrf", csrf(&page))];
        form.extend(fields.into_iter().map(|(k, v)| (k, v.to_string())));
        admin_browser.post(app.url(&path)).form(&form).send()
    };
    // An officer needs a port: said plainly, nothing made.
    let refused = post(
        "/staff/accounts".into(),
        vec![("email", "new.officer@cbp.example"), ("role", "officer")],
    )
    .await
    .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let made = post(
        "/staff/accounts".into(),
        vec![
            ("email", "new.officer@cbp.example"),
            ("role", "officer"),
            ("port", "NOG"),
            ("language", "es"),
        ],
    )
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert!(
        made.contains("/setup/"),
        "the set-up link is shown once: {made}"
    );
    let officer = app
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.grant.port.as_ref().map(|p| p.as_str()) == Some("NOG"))
        .unwrap();
    assert_eq!(officer.locale, "es");

    // A supervisor of the same port now; the change is the admin's, in the audit log.
    let changed = post(
        format!("/staff/accounts/{}/grant", officer.id),
        vec![("role", "port-supervisor"), ("port", "NOG")],
    )
    .await
    .unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    let now = app.store.account(&officer.id).await.unwrap().unwrap();
    assert_eq!(now.grant.role, Role::PortSupervisor);
    let applicant = post(
        format!("/staff/accounts/{}/grant", officer.id),
        vec![("role", "applicant")],
    )
    .await
    .unwrap();
    assert_eq!(
        applicant.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "staff roles only"
    );
    let own = post(
        format!("/staff/accounts/{admin}/grant"),
        vec![("role", "auditor")],
    )
    .await
    .unwrap();
    assert_eq!(
        own.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not one's own"
    );

    // A lost authenticator: a new set-up link, the old password and authenticator gone.
    let reset = post(format!("/staff/accounts/{}/reset", officer.id), vec![])
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(reset.contains("/setup/"));
    let after = app.store.account(&officer.id).await.unwrap().unwrap();
    assert!(after.password_hash.is_none() && after.totp_secret_sealed.is_none());
    let audit = app.store.audit_about(&officer.id, 10).await.unwrap();
    let actions: Vec<_> = audit.iter().map(|e| e.action.as_str()).collect();
    assert!(
        ["staff.sign-in-reset", "staff.role-changed", "staff.created"]
            .iter()
            .all(|a| actions.contains(a)),
        "{actions:?}"
    );
    assert!(
        audit
            .iter()
            .all(|e| e.actor.as_deref() == Some(admin.as_str()))
    );
}

#[tokio::test]
async fn organisations_are_records_and_their_admins_keep_their_helpers() {
    let app = TestApp::spawn().await;
    let admin = account(&app, Who::Admin).await.unwrap();
    let admin_browser = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin_browser, "/staff/organizations").await;
    let post = |browser: &reqwest::Client,
                path: String,
                fields: Vec<(&'static str, &'static str)>,
                page: &str| {
        let mut form = vec![("csrf", csrf(page))];
        form.extend(fields.into_iter().map(|(k, v)| (k, v.to_string())));
        browser.post(app.url(&path)).form(&form).send()
    };
    // An organisation that is not a record is refused on the staff page.
    let staff_page = app.page(&admin_browser, "/staff/accounts").await;
    let unknown = post(
        &admin_browser,
        "/staff/accounts".into(),
        vec![
            ("email", "lead@refugio.example"),
            ("role", "organization-admin"),
            ("organization", "Refugio del Norte"),
        ],
        &staff_page,
    )
    .await
    .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let incomplete = post(
        &admin_browser,
        "/staff/organizations".into(),
        vec![("name", "Refugio del Norte"), ("kind", "helpers")],
        &page,
    )
    .await
    .unwrap();
    assert_eq!(incomplete.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let added = post(
        &admin_browser,
        "/staff/organizations".into(),
        vec![
            ("name", "Refugio del Norte"),
            ("kind", "helpers"),
            ("city", "Tijuana"),
            ("contact", "Calle 3 #45, 9:00-17:00"),
        ],
        &page,
    )
    .await
    .unwrap();
    assert_eq!(added.status(), StatusCode::OK);
    // Organisations that work with the ports are records too: a bus carrier.
    let carrier = post(
        &admin_browser,
        "/staff/organizations".into(),
        vec![
            ("name", "Autobuses Fronterizos"),
            ("kind", "carrier"),
            ("city", "Ciudad Juárez"),
            ("contact", "Av. Juárez 100"),
        ],
        &page,
    )
    .await
    .unwrap();
    assert_eq!(carrier.status(), StatusCode::OK);
    let listed = carrier.text().await.unwrap();
    assert!(listed.contains("Autobuses Fronterizos") && listed.contains("Bus carrier"));
    let made = post(
        &admin_browser,
        "/staff/accounts".into(),
        vec![
            ("email", "lead@refugio.example"),
            ("role", "organization-admin"),
            ("organization", "Refugio del Norte"),
        ],
        &staff_page,
    )
    .await
    .unwrap();
    assert_eq!(made.status(), StatusCode::OK);

    // Its admin adds a helper, then removes them; a helper of another organisation is not theirs.
    let lead = app
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| {
            a.grant.role == Role::OrganizationAdmin
                && a.grant.organization.as_deref() == Some("Refugio del Norte")
        })
        .unwrap();
    let lead_browser = app.signed_in(&lead.id, Some("en")).await;
    let own = app.page(&lead_browser, "/staff/organization").await;
    let helper = post(
        &lead_browser,
        "/staff/organization/helpers".into(),
        vec![("email", "ana@refugio.example"), ("language", "es")],
        &own,
    )
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    assert!(helper.contains("/setup/"), "{helper}");
    let theirs = app
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| {
            a.grant.role == Role::Helper
                && a.grant.organization.as_deref() == Some("Refugio del Norte")
        })
        .unwrap();
    let other = account(&app, Who::Helper).await.unwrap();
    let refused = post(
        &lead_browser,
        format!("/staff/organization/helpers/{other}/remove"),
        vec![],
        &own,
    )
    .await
    .unwrap();
    assert_eq!(
        refused.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not their helper"
    );
    let removed = post(
        &lead_browser,
        format!("/staff/organization/helpers/{}/remove", theirs.id),
        vec![],
        &own,
    )
    .await
    .unwrap();
    assert_eq!(removed.status(), StatusCode::OK);
    assert!(
        !app.store
            .staff_accounts()
            .await
            .unwrap()
            .iter()
            .any(|a| a.id == theirs.id),
        "disabled at once"
    );
}

#[tokio::test]
async fn a_carrier_asks_to_join_and_a_programme_admin_approves_or_refuses() {
    let app = TestApp::spawn().await;
    let anyone = app.browser();
    let form = app.page(&anyone, "/organizations/apply").await;
    let apply = |fields: Vec<(&'static str, &'static str)>| {
        let mut body = vec![("csrf", csrf(&form))];
        body.extend(fields.into_iter().map(|(k, v)| (k, v.to_string())));
        anyone
            .post(app.url("/organizations/apply"))
            .form(&body)
            .send()
    };
    let carrier = |name: &'static str, email: &'static str| {
        vec![
            ("name", name),
            ("kind", "carrier"),
            ("city", "Ciudad Juárez"),
            ("contact", "Av. Juárez 100, 8:00-18:00"),
            ("email", email),
        ]
    };
    // A shelter does not ask here, and an address must be one: said, what was typed kept.
    let mut wrong = carrier("Autobuses del Norte", "not-an-address");
    wrong[1] = ("kind", "helpers");
    let refused = apply(wrong).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("Fill in every field") && refused.contains("Autobuses del Norte"));
    for (name, email) in [
        ("Autobuses del Norte", "lead@autobuses.example"),
        ("Transportes Sin Nombre", "someone@transportes.example"),
    ] {
        let asked = apply(carrier(name, email)).await.unwrap();
        assert_eq!(asked.status(), StatusCode::OK);
        assert!(
            asked
                .text()
                .await
                .unwrap()
                .contains("Your request was received")
        );
    }
    let requests = app.services.organization_requests().await.unwrap();
    assert_eq!(requests.len(), 2);

    // A programme admin sees both, approves one and refuses the other.
    let admin = account(&app, Who::Admin).await.unwrap();
    let admin_browser = app.signed_in(&admin, Some("en")).await;
    let page = app.page(&admin_browser, "/staff/organizations").await;
    assert!(page.contains("Autobuses del Norte") && page.contains("Transportes Sin Nombre"));
    let decide = |id: &str, decision: &'static str| {
        let fields = [("csrf", csrf(&page)), ("decision", decision.to_string())];
        let url = app.url(&format!("/staff/organizations/requests/{id}"));
        admin_browser.post(url).form(&fields).send()
    };
    let approved = decide(&requests[0].id, "approve").await.unwrap();
    assert_eq!(approved.status(), StatusCode::OK);
    assert!(approved.text().await.unwrap().contains("Approved."));
    let refused = decide(&requests[1].id, "refuse").await.unwrap();
    assert_eq!(refused.status(), StatusCode::OK);
    let again = decide(&requests[0].id, "refuse").await.unwrap();
    assert_eq!(
        again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "decided once"
    );

    // The carrier is a record with its admin's staff account; neither request keeps an
    // address; each person was written to, in the request's language.
    let organizations = app.services.organizations().await.unwrap();
    let made = organizations
        .iter()
        .find(|o| o.name == "Autobuses del Norte")
        .unwrap();
    assert_eq!(made.kind, "carrier");
    assert!(
        !organizations
            .iter()
            .any(|o| o.name == "Transportes Sin Nombre")
    );
    let lead = app
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.grant.organization.as_deref() == Some("Autobuses del Norte"))
        .unwrap();
    assert_eq!(lead.grant.role, Role::OrganizationAdmin);
    for r in &requests {
        let kept = app
            .store
            .organization_request(&r.id)
            .await
            .unwrap()
            .unwrap();
        assert!(kept.email_sealed.is_empty() && kept.status != "pending");
    }
    let now = app.services.now();
    let sent: Vec<(String, String)> = app
        .store
        .claim_messages(now, 60_000, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.kind.starts_with("organization-"))
        .map(|m| {
            let payload = app.services.open_payload(&m.payload_sealed).unwrap();
            (m.kind, payload.to)
        })
        .collect();
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(sent.contains(&(
        "organization-approved".into(),
        "lead@autobuses.example".into()
    )));
    assert!(sent.contains(&(
        "organization-refused".into(),
        "someone@transportes.example".into()
    )));
}
