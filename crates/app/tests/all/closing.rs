//! A person's exit, on both backends: an account closed (sign-in and sessions end at once, the
//! address is free again), kept for the retention period the consent text names, then forgotten
//! by the daily job: no sealed value of it left in any table, other people's untouched, and the
//! audit log saying how many, never who.

use garita_kernel::closing::{Closing, Retention};
use garita_security::Keys;
use garita_store::records::SessionKind;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

const DAY: i64 = 24 * 3_600_000;

#[tokio::test]
async fn an_account_closed_is_forgotten_after_the_period_the_consent_text_names() {
    // The consent text's promise, in its own words, is what the code keeps.
    let i18n = crate::common::BUILD.catalogs().unwrap();
    let promise = i18n.text(garita_i18n::Locale::En, "consent-keep-body");
    assert!(
        promise.contains("we delete your information after 2 years"),
        "{promise}"
    );
    assert_eq!(Retention::default().closed_account_days, 2 * 365);

    for db in garita_testkit::all_backends().await {
        let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
        let store = crate::common::BUILD
            .open_store(&db.url, &keys)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let mut services = crate::common::BUILD.context(store, keys, "http://garita.test");
        let time = Arc::new(AtomicI64::new(1_800_000_000_000));
        let clock = time.clone();
        services.clock = Arc::new(move || clock.load(Ordering::SeqCst));

        let leaving = services.synthetic_applicant(0, 2).await.unwrap();
        let staying = services.synthetic_applicant(1, 1).await.unwrap();
        let token = services
            .start_session(&leaving.account_id, SessionKind::Web)
            .await
            .unwrap();
        let email = services
            .email_of(
                &services
                    .store
                    .account(&leaving.account_id)
                    .await
                    .unwrap()
                    .unwrap(),
            )
            .unwrap();

        // Closed: no session works, the address finds no account, closing again changes nothing.
        let who = &leaving.account_id;
        assert_eq!(
            services.close_account(who, who).await.unwrap(),
            Closing::Closed
        );
        assert!(
            services
                .current_session(&token, SessionKind::Web)
                .await
                .unwrap()
                .is_none()
        );
        let lookup = services.keys.lookup("email", &email);
        assert!(
            services
                .store
                .account_by_email(&lookup)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            services.close_account(who, who).await.unwrap(),
            Closing::NotOpen
        );

        // Kept for the period, then forgotten once.
        time.fetch_add(2 * 365 * DAY - DAY, Ordering::SeqCst);
        let early = services.forget_due(services.retention).await.unwrap();
        assert_eq!(early.accounts, 0);
        time.fetch_add(2 * DAY, Ordering::SeqCst);
        let done = services.forget_due(services.retention).await.unwrap();
        assert_eq!(done.accounts, 1);
        assert!(
            done.values >= 8,
            "address, names, birth dates, photos…: {done:?}"
        );
        assert_eq!(
            services
                .forget_due(services.retention)
                .await
                .unwrap()
                .accounts,
            0
        );

        // No sealed value of it left in any table: every value that is someone's now opens as
        // the staying person's (one person's registration of one traveller, and their account).
        let staying_account = services
            .store
            .account(&staying.account_id)
            .await
            .unwrap()
            .unwrap();
        assert!(
            services.email_of(&staying_account).is_ok(),
            "others are untouched"
        );
        for column in services.sealed_columns.iter().filter(|c| c.owner.is_some()) {
            for value in services.store.sealed_values(**column).await.unwrap() {
                let plain = services.keys.open(&value, column.context);
                assert!(plain.is_ok(), "{}.{} opens", column.table, column.column);
            }
        }
        let left: usize = {
            let mut n = 0;
            for column in services.sealed_columns.iter().filter(|c| c.owner.is_some()) {
                n += services.store.sealed_values(**column).await.unwrap().len();
            }
            n
        };
        let mut theirs = 0;
        for column in services.sealed_columns.iter().filter(|c| c.owner.is_some()) {
            theirs += services
                .store
                .forget_sealed(**column, &staying.account_id)
                .await
                .unwrap();
        }
        assert_eq!(
            theirs as usize, left,
            "every value left is the staying person's"
        );

        // The audit log says how many, never who.
        let audit = services.store.latest_audit(5).await.unwrap();
        let forgot = audit
            .iter()
            .find(|e| e.action == "retention.accounts-forgotten")
            .expect("the job's entry");
        assert!(forgot.subject.is_none());
        assert!(
            forgot.detail.contains("\"accounts\":1"),
            "{}",
            forgot.detail
        );
    }
}

#[tokio::test]
async fn a_group_holding_an_appointment_cancels_it_before_closing() {
    let w = crate::common::World::new().await;
    let a = w.drawn(&[1]).await.remove(0);
    assert_eq!(
        w.services.close_account(&a, &a).await.unwrap(),
        Closing::EndFirst
    );
    assert!(w.services.store.account(&a).await.unwrap().is_some());
    let live = w
        .services
        .confirmation(&a)
        .await
        .unwrap()
        .unwrap()
        .appointment;
    assert!(
        w.services
            .cancel_appointment(&a, &live.id, "closing")
            .await
            .unwrap()
    );
    assert_eq!(
        w.services.close_account(&a, &a).await.unwrap(),
        Closing::Closed
    );
}

#[tokio::test]
async fn a_message_text_is_deleted_after_its_period_and_its_delivery_record_stays() {
    let i18n = crate::common::BUILD.catalogs().unwrap();
    for w in crate::common::World::on_every_backend().await {
        let a = w.drawn(&[1]).await.remove(0);
        let sent = w.inbox().await.len();
        assert!(sent >= 1, "the draw's message");
        // A message still to send, however old, keeps its text until it is sent or given up.
        w.advance(DAY);
        let live = w
            .services
            .confirmation(&a)
            .await
            .unwrap()
            .unwrap()
            .appointment;
        w.services
            .cancel_appointment("admin-1", &live.id, "programme ends")
            .await
            .unwrap();
        let store = &w.services.store;
        let texts = |account: String| async move {
            store
                .inbox(&account, 50)
                .await
                .unwrap()
                .into_iter()
                .filter(|m| !m.payload_sealed.is_empty())
                .count()
        };
        assert_eq!(texts(a.clone()).await, sent + 1);

        let days = w.services.retention.message_text_days;
        assert_eq!(days, 365);
        w.advance((days - 2) * DAY);
        let early = w.services.forget_due(w.services.retention).await.unwrap();
        assert_eq!(early.message_texts, 0);
        w.advance(2 * DAY);
        let done = w.services.forget_due(w.services.retention).await.unwrap();
        assert_eq!(done.message_texts as usize, sent, "{done:?}");
        assert_eq!(texts(a.clone()).await, 1, "the pending one keeps its text");

        // The person still sees that a message came, and why its text is gone; the record still
        // lists each message's kind, channel, status and time.
        let inbox = w
            .services
            .inbox(&i18n, &a, garita_i18n::Locale::Es)
            .await
            .unwrap();
        assert_eq!(inbox.len(), sent + 1);
        let gone = &inbox[inbox.len() - 1];
        assert!(gone.body.contains("365"), "{}", gone.body);
        assert_eq!(
            gone.subject,
            i18n.text(garita_i18n::Locale::Es, "inbox-text-gone-subject")
        );
        let record = w.services.store.messages_of(&a).await.unwrap();
        assert_eq!(record.len(), sent + 1);
        assert_eq!(record[0].status, "sent");

        // Counted in the audit log, with nobody named.
        let audit = store.latest_audit(5).await.unwrap();
        let forgot = audit
            .iter()
            .find(|e| e.action == "retention.accounts-forgotten")
            .expect("the job's entry");
        assert!(forgot.subject.is_none());
        assert!(
            forgot.detail.contains(&format!("\"message_texts\":{sent}")),
            "{}",
            forgot.detail
        );
    }
}
