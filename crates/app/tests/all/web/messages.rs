//! The status page and its inbox, the admins' outbox page and `/metrics`, over HTTP.

use crate::web::common;

use common::{TestApp, csrf};
use garita_domain::geofence::Position;
use garita_domain::{Email, Grant, PortCode, Role, Seats, ServiceDate};
use garita_i18n::Locale;
use garita_store::records::Attempt;
use std::sync::atomic::Ordering;

const HOUR: i64 = 3_600_000;

#[tokio::test]
async fn winners_and_others_read_their_result_and_admins_see_and_retry_dead_letters() {
    // 13:00 Eastern on 2027-01-15: the request window is open.
    let (app, time) = TestApp::spawn_at(1_800_000_000_000 + 10 * HOUR).await;
    let sys = PortCode::parse("SYS").unwrap();
    app.store
        .set_capacity(
            &sys,
            ServiceDate::parse("2027-01-29").unwrap(),
            Seats::new(1).unwrap(),
            Default::default(),
        )
        .await
        .unwrap();
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    let mut people = vec![];
    for n in 0..2 {
        let a = app.services.synthetic_applicant(n, 1).await.unwrap();
        app.services
            .request_appointment(
                &a.account_id,
                &sys,
                tijuana,
                "c",
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
        people.push(a.account_id);
    }
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    let date = "2027-01-15".parse().unwrap();
    app.services.run_draw(date).await.unwrap();

    // Before publication nobody knows anything.
    let before = app.signed_in(&people[0], Some("en")).await;
    let page = app.page(&before, "/status").await;
    assert!(page.contains("The result is not published yet"), "{page}");
    assert!(page.contains("No messages yet"));

    assert!(app.services.publish_day(date, None).await.unwrap());
    let winner_registration = app.store.appointments_on("2027-01-15").await.unwrap()[0]
        .registration_id
        .clone();
    let mut winner = None;
    for p in &people {
        let id = app.store.request_profile(p).await.unwrap().unwrap().id;
        let browser = app.signed_in(p, Some("en")).await;
        let response = browser.get(app.url("/status")).send().await.unwrap();
        let page = response.text().await.unwrap();
        if id == winner_registration {
            assert!(page.contains("San Ysidro"), "{page}");
            assert!(page.contains("Friday, January 29, 2027"));
            assert!(page.contains("your group was chosen"));
            assert!(
                page.contains("Confirm before Saturday, January 16, 2027"),
                "the deadline, 23 hours on"
            );
            // One rule for zones: the page and the message it shows give the deadline as the
            // same instant in the same zone, in the same words.
            let said: Vec<&str> = page
                .match_indices("onfirm before ")
                .map(|(i, found)| {
                    let rest = &page[i + found.len()..];
                    &rest[..=rest.find(')').unwrap()]
                })
                .collect();
            assert!(
                said.len() == 2 && said[0] == said[1] && said[0].contains("Los Angeles"),
                "{said:?}"
            );
            assert!(
                page.contains("Garita: your group has an appointment on Friday, January 29, 2027")
            );
            assert!(page.contains("/static/offline.js"));
            winner = Some(p.clone());
        } else {
            assert!(page.contains("was not chosen this time"), "{page}");
            assert!(page.contains("You have no appointment yet"));
            assert!(page.contains("No messages yet"), "no 'you lost' message");
        }
    }
    let winner = winner.expect("one group won");
    assert!(
        app.services
            .inbox(
                &crate::common::BUILD.catalogs().unwrap(),
                &winner,
                Locale::Es
            )
            .await
            .unwrap()
            .len()
            == 1
    );

    // The worker gives up on the winner's message: admins see it, without personal data.
    let now = app.services.now();
    let claimed = app.store.claim_messages(now, 60_000, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    app.store
        .record_attempt(
            &claimed[0],
            now,
            &Attempt::Dead,
            Some("550 mailbox unavailable"),
        )
        .await
        .unwrap();
    let metrics = reqwest::get(app.url("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("garita_outbox_dead 1"), "{metrics}");
    assert!(
        metrics.contains("garita_outbox_attempts_last_hour{channel=\"email\",outcome=\"dead\"} 1")
    );

    app.services
        .create_staff(
            &Email::parse("admin@garita.example").unwrap(),
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
            Locale::En,
        )
        .await
        .unwrap()
        .unwrap();
    let admin = app.store.staff_accounts().await.unwrap().pop().unwrap();
    let browser = app.signed_in(&admin.id, Some("en")).await;
    let page = app.page(&browser, "/staff/messages").await;
    assert!(page.contains("won by email"), "{page}");
    assert!(page.contains("550 mailbox unavailable"));
    assert!(!page.contains("garita.invalid"), "no address on the page");
    let token = csrf(&page);
    let path = format!("/staff/messages/{}/retry", claimed[0].id);
    assert!(page.contains(&path));
    let page = browser
        .post(app.url(&path))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("back in the queue"), "{page}");
    let figures = app.store.outbox_figures(0).await.unwrap();
    assert_eq!((figures.dead, figures.pending.len()), (0, 1));
    let audit = app.store.audit_entries(0, 1000).await.unwrap();
    assert!(audit.iter().any(|e| e.action == "message.retried" && e.actor.as_deref() == Some(admin.id.as_str())));

    // Signing out clears what the service worker kept.
    let page = app.page(&browser, "/account").await;
    let token = csrf(&page);
    let response = browser
        .post(app.url("/signout"))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.headers().get("clear-site-data").unwrap(),
        "\"cache\", \"storage\""
    );
}

#[tokio::test]
async fn the_service_worker_keeps_only_the_status_page() {
    let app = TestApp::spawn().await;
    let response = reqwest::get(app.url("/sw.js")).await.unwrap();
    assert_eq!(
        response.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    let script = response.text().await.unwrap();
    assert!(script.contains("\"/status\""));
    let status = app.browser().get(app.url("/status")).send().await.unwrap();
    assert_eq!(status.status(), 303, "signed out: to sign in");
}

#[tokio::test]
async fn a_person_chooses_to_hear_when_not_chosen() {
    let app = TestApp::spawn().await;
    let person = app
        .services
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let browser = app.signed_in(&person, Some("es")).await;
    let page = app.page(&browser, "/account").await;
    assert!(page.contains("action=\"/account/notices\""));
    assert!(!page.contains("name=\"not_chosen\" id=\"f-not_chosen\" value=\"yes\" checked"));
    let token = csrf(&page);
    let told = |on: bool| {
        let browser = browser.clone();
        let token = token.clone();
        let url = app.url("/account/notices");
        async move {
            let mut form = vec![("csrf", token)];
            if on {
                form.push(("not_chosen", "yes".to_string()));
            }
            let r = browser.post(url).form(&form).send().await.unwrap();
            assert_eq!(r.status(), 303);
        }
    };
    told(true).await;
    assert!(
        app.store
            .account(&person)
            .await
            .unwrap()
            .unwrap()
            .tell_not_chosen
    );
    let page = app.page(&browser, "/account").await;
    assert!(page.contains("value=\"yes\" checked"), "{page}");
    told(false).await;
    assert!(
        !app.store
            .account(&person)
            .await
            .unwrap()
            .unwrap()
            .tell_not_chosen
    );
}
