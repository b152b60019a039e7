//! A port's days over HTTP: a supervisor closes a date, the group sees where its appointment
//! moved and why, and chooses another port instead.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::Role;

const HOUR: i64 = 3_600_000;

#[tokio::test]
async fn a_closure_moves_a_group_which_sees_it_and_may_choose_another_port() {
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let a = app.winner(&time, 0, 2).await;
    let supervisor = app
        .staff("supervisor@cbp.example", Role::PortSupervisor, Some("SYS"))
        .await;
    let supervisor = app.signed_in(&supervisor, Some("en")).await;
    let page = app.page(&supervisor, "/staff/ports/SYS").await;
    // Without ticking that every appointment moves, nothing closes.
    let unconfirmed = supervisor
        .post(app.url("/staff/ports/SYS/close"))
        .form(&[
            ("csrf", csrf(&page).as_str()),
            ("date", "2027-01-29"),
            ("reason", "weather"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(unconfirmed.contains("tick the box"), "{unconfirmed}");
    assert!(
        app.store
            .closures("SYS", "2027-01-29", "2027-01-29")
            .await
            .unwrap()
            .is_empty()
    );
    let closed = supervisor
        .post(app.url("/staff/ports/SYS/close"))
        .form(&[
            ("csrf", csrf(&page).as_str()),
            ("date", "2027-01-29"),
            ("reason", "weather"),
            ("confirm", "yes"),
        ])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        closed.contains("The port is closed on 2027-01-29. One appointment moved."),
        "{closed}"
    );
    assert!(closed.contains("Closed: weather"), "{closed}");

    // The group sees the move, why, and may choose another port.
    let person = app.signed_in(&a, Some("en")).await;
    let status = app.page(&person, "/status").await;
    assert!(
        status.contains("Moved from San Ysidro, Friday, January 29, 2027 at 7:00\u{202f}AM"),
        "{status}"
    );
    assert!(
        status.contains("Saturday, January 30, 2027"),
        "the next day: {status}"
    );
    let appointment = app
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap()
        .0;
    let moved = person
        .post(app.url("/status/port"))
        .form(&[
            ("csrf", csrf(&status).as_str()),
            ("appointment", appointment.id.as_str()),
            ("port", "NOG"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), 303);
    let status = app.page(&person, "/status").await;
    assert!(status.contains("Nogales"), "{status}");
    assert!(
        !status.contains("/status/port"),
        "the choice is made once: {status}"
    );
    // Someone else's appointment cannot be moved.
    let other = app
        .services
        .synthetic_applicant(1, 1)
        .await
        .unwrap()
        .account_id;
    let other = app.signed_in(&other, Some("en")).await;
    let page = app.page(&other, "/account").await;
    let refused = other
        .post(app.url("/status/port"))
        .form(&[
            ("csrf", csrf(&page).as_str()),
            ("appointment", appointment.id.as_str()),
            ("port", "ELP"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 404);
    let now = app
        .services
        .appointment_status(&a)
        .await
        .unwrap()
        .appointment
        .unwrap()
        .0;
    assert_eq!(now.port_code, "NOG");
}
