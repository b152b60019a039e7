//! Purposes and notices: a notice goes out only under a declared purpose; to people whose
//! consent did not name it only with a recorded legal basis, which they read in their record;
//! and nothing is sent through contact data outside a declared purpose.

use crate::common::{self, World};
use garita_appointments::store::desk::TravellerOutcome;
use garita_domain::{Grant, Role};
use garita_kernel::delivery::{DeliveryPolicy, Email, Mailer, Postman};
use garita_kernel::notices::{Audience, Draft, Reach, Refusal, Sent};
use garita_kernel::purposes::Purposes;
use garita_store::records::{AccountChange, Effects};
use garita_testkit::smtp::SmtpSink;
use std::sync::Arc;

/// Marks the first traveller of `account`'s appointment as arrived now at San Ysidro, paroled
/// or not (the desk's own rules are tested in `desk.rs`).
async fn arrive(w: &World, account: &str, paroled: bool) {
    let (appointment, _) = w
        .services
        .appointment_status(account)
        .await
        .unwrap()
        .appointment
        .unwrap();
    let registration = w.services.registration(account).await.unwrap().unwrap();
    let mut outcome = TravellerOutcome::arrived(
        &appointment.id,
        &registration.travellers[0].id,
        w.services.now(),
        "officer",
    );
    outcome.paroled = i64::from(paroled);
    assert!(
        w.services
            .store
            .record_outcome(outcome, 0, None, Effects::none())
            .await
            .unwrap()
    );
}

fn draft(purpose: &str, basis: Option<&str>) -> Draft {
    Draft {
        change: "parole-ends".into(),
        effective: common::today() + chrono::Days::new(30),
        purpose: purpose.into(),
        legal_basis: basis.map(str::to_string),
        legal_help: "https://garita.test/help".into(),
        audience: Audience {
            port: "SYS".into(),
            from: common::today(),
            to: common::today() + chrono::Days::new(60),
        },
    }
}

fn postman(w: &World, sink: &SmtpSink) -> Postman {
    Postman {
        services: w.services.services.clone(),
        i18n: Arc::new(common::BUILD.catalogs().unwrap()),
        email: Arc::new(Email {
            mailer: Mailer::smtp(&sink.url()).unwrap(),
            from: "Garita <no-reply@garita.test>".parse().unwrap(),
        }),
        sms: None,
        policy: DeliveryPolicy::default(),
    }
}

#[tokio::test]
async fn a_notice_needs_a_declared_purpose_and_for_people_not_told_a_basis_they_read() {
    for w in World::on_every_backend().await {
        notices(w).await;
    }
}

async fn notices(w: World) {
    let accounts = w.drawn(&[1, 1, 1]).await;
    let (told, untold, not_paroled) = (&accounts[0], &accounts[1], &accounts[2]);
    arrive(&w, told, true).await;
    arrive(&w, untold, true).await;
    arrive(&w, not_paroled, false).await;
    // One person accepted the first consent text, which did not name status notices.
    let now = w.services.now();
    let first_consent = AccountChange::Consent {
        version: 1,
        at: now,
    };
    w.services
        .store
        .update_account(untold, &[first_consent], Effects::none())
        .await
        .unwrap();
    let admin = w
        .staff(
            "admin@garita.test",
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
        )
        .await;
    w.inbox().await; // the draw's messages, out of the way

    // Refused without a declared purpose: nothing is written.
    let refused = w
        .services
        .send_notice(&admin.id, &draft("marketing", Some("none")))
        .await
        .unwrap();
    assert_eq!(refused, Sent::Refused(Refusal::UndeclaredPurpose));
    let mut withdrawn = w.services.services.clone();
    withdrawn.purposes = Purposes::new([("booking", "consent")]);
    let refused = withdrawn
        .send_notice(&admin.id, &draft("status-notices", Some("8 CFR 212.5(e)")))
        .await
        .unwrap();
    assert_eq!(refused, Sent::Refused(Refusal::UndeclaredPurpose));
    // Declared, but one of the two was not told of it: a legal basis is needed.
    let refused = w
        .services
        .send_notice(&admin.id, &draft("status-notices", Some("  ")))
        .await
        .unwrap();
    let reach = Reach {
        people: 2,
        untold: 1,
    };
    assert_eq!(refused, Sent::Refused(Refusal::BasisNeeded(reach)));
    assert!(w.services.store.notices_sent(10).await.unwrap().is_empty());
    assert!(w.inbox().await.is_empty(), "nothing was written");

    // Sent with the basis recorded, to the two paroled people, each in their language.
    let basis = "Written notice of termination of parole, 8 CFR 212.5(e)(2)(i)";
    let sent = w
        .services
        .send_notice(&admin.id, &draft("status-notices", Some(basis)))
        .await
        .unwrap();
    assert!(
        matches!(sent, Sent::Sent { reach: r, .. } if r == reach),
        "{sent:?}"
    );
    let sink = SmtpSink::start().await;
    postman(&w, &sink).deliver_due().await.unwrap();
    let mail = sink.received();
    assert_eq!(mail.len(), 2);
    assert!(
        mail.iter()
            .all(|m| m.data.contains("https://garita.test/help")),
        "the notice says where to get legal help"
    );

    // Each person sees it with its delivery; only the one not told reads the basis.
    let to_untold = w.services.store.notices_to(untold).await.unwrap();
    assert_eq!(to_untold.len(), 1);
    assert!(!to_untold[0].told);
    assert_eq!(to_untold[0].notice.legal_basis.as_deref(), Some(basis));
    assert_eq!(to_untold[0].status, "sent");
    let to_told = w.services.store.notices_to(told).await.unwrap();
    assert!(to_told.len() == 1 && to_told[0].told && to_told[0].status == "sent");
    assert!(
        w.services
            .store
            .notices_to(not_paroled)
            .await
            .unwrap()
            .is_empty()
    );
    // In the signed record too.
    let account = w.services.store.account(untold).await.unwrap().unwrap();
    let record = w.services.signed_record(&account).await.unwrap();
    let payload: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
    let notice = &payload["notices"][0];
    assert_eq!(notice["legal_basis"], basis);
    assert_eq!(notice["told_at_consent"], false);
    assert_eq!(notice["status"], "sent");
    // The audit says what was sent and to how many, naming nobody.
    let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
    let entry = audit.iter().find(|e| e.action == "notice.sent").unwrap();
    assert!(
        entry.detail.contains("\"recipients\":2"),
        "{}",
        entry.detail
    );
    assert!(!accounts.iter().any(|a| entry.detail.contains(a.as_str())));
}

#[tokio::test]
async fn nothing_is_sent_for_a_purpose_the_configuration_does_not_declare() {
    let w = World::new().await;
    // The draw tells each group its result: messages for booking appointments.
    w.drawn(&[1, 1]).await;
    let mut withdrawn = w.services.services.clone();
    let declared = Purposes::default();
    withdrawn.purposes = Purposes::new(
        declared
            .codes()
            .filter(|&c| c != "booking")
            .map(|c| (c, declared.basis(c).unwrap())),
    );
    let figures = w.services.store.outbox_figures(0).await.unwrap();
    let waiting: i64 = figures.pending.iter().map(|(_, n)| n).sum();
    let sink = SmtpSink::start().await;
    let mut postman = postman(&w, &sink);
    postman.services = withdrawn;
    for _ in 0..4 {
        postman.deliver_due().await.unwrap();
        w.advance(3_600_000);
    }
    let dead = w.services.store.dead_letters(100).await.unwrap();
    assert!(dead.len() >= 2, "both groups' results were held back");
    for d in &dead {
        let kind = w.services.message_kinds.find(&d.kind).unwrap();
        assert_eq!(kind.purpose, "booking");
        assert_eq!(d.last_error.as_deref(), Some("outside a declared purpose"));
    }
    // Whatever else waited went out; nothing for booking did.
    assert_eq!(sink.received().len() as i64, waiting - dead.len() as i64);
}
