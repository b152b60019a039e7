//! The account, audit, outbox and rate-limit stores, on every backend.

use crate::{CHAIN_KEY, open};
use garita_domain::audit::{GENESIS, verify_chain};
use garita_domain::{AuditAction, AuditEvent, Grant, PortCode, Role};
use garita_domain::{Chain, ChainKey, Checkpoint};
use garita_store::records::{
    AccountChange, Attempt, Effects, NewAccount, NewChallenge, NewMessage, OutboxFigures, Purpose,
    Session, SessionKind,
};
use garita_store::{Store, StoreError};
use std::sync::Arc;

async fn each_backend<F, Fut>(check: F)
where
    F: Fn(Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        check(store).await;
    }
}

fn account(id: &str, email: &str) -> NewAccount {
    NewAccount {
        id: id.into(),
        email_lookup: format!("lookup-{email}"),
        email_sealed: vec![1, 2, 3],
        phone_sealed: None,
        password_hash: Some("$argon2id$fake".into()),
        locale: "es".into(),
        grant: Grant::applicant(),
        consent: Some((1, 1000)),
        created_at: 1000,
        assisted_by: None,
    }
}

fn event(at: i64, action: AuditAction, actor: &str) -> AuditEvent {
    AuditEvent::new(at, action).actor(actor)
}

fn message(id: &str, dedup: &str) -> NewMessage {
    NewMessage {
        id: id.into(),
        dedup_key: dedup.into(),
        account_id: None,
        kind: "verify-email".into(),
        template_version: 1,
        channels: vec!["email".into(), "sms".into()],
        payload_sealed: vec![9, 9],
        created_at: 1000,
    }
}

#[tokio::test]
async fn accounts_are_unique_by_email_and_keep_their_grant() {
    each_backend(|store| async move {
        store
            .create_account(account("a1", "ana"), Effects::none())
            .await
            .unwrap();
        assert!(matches!(
            store
                .create_account(account("a2", "ana"), Effects::none())
                .await,
            Err(StoreError::Conflict)
        ));
        let found = store.account_by_email("lookup-ana").await.unwrap().unwrap();
        assert_eq!(found.id, "a1");
        assert_eq!(found.grant, Grant::applicant());
        assert_eq!(found.consent_version, Some(1));
        assert!(store.account("a2").await.unwrap().is_none());

        let mut officer = account("o1", "olga");
        officer.grant = Grant::new(Role::Officer, PortCode::parse("NOG").ok(), None).unwrap();
        officer.password_hash = None;
        store
            .create_account(officer, Effects::none())
            .await
            .unwrap();
        let staff = store.staff_accounts().await.unwrap();
        assert_eq!(staff.len(), 1);
        assert_eq!(staff[0].grant.port.as_ref().unwrap().as_str(), "NOG");
        assert!(staff[0].password_hash.is_none());

        store
            .update_account(
                "a1",
                &[
                    AccountChange::EmailVerified { at: 2000 },
                    AccountChange::Locale { code: "ht".into() },
                    AccountChange::Totp {
                        secret_sealed: vec![7],
                    },
                    AccountChange::TotpStep { step: 42 },
                ],
                Effects::none(),
            )
            .await
            .unwrap();
        let a = store.account("a1").await.unwrap().unwrap();
        assert_eq!(a.email_verified_at, Some(2000));
        assert_eq!(a.locale, "ht");
        assert_eq!(a.totp_secret_sealed, Some(vec![7]));
        assert_eq!(a.totp_last_step, Some(42));
    })
    .await;
}

#[tokio::test]
async fn sessions_end_one_by_one_or_all_but_one() {
    each_backend(|store| async move {
        store
            .create_account(account("a1", "ana"), Effects::none())
            .await
            .unwrap();
        for (token, kind) in [
            ("t1", SessionKind::Web),
            ("t2", SessionKind::Web),
            ("t3", SessionKind::Api),
        ] {
            let session = Session {
                token_hash: token.into(),
                account_id: "a1".into(),
                kind,
                created_at: 1,
                last_seen_at: 1,
                expires_at: 100,
                acting_for: None,
            };
            store
                .create_session(session, Effects::none())
                .await
                .unwrap();
        }
        let (s, a) = store.session("t3").await.unwrap().unwrap();
        assert_eq!((s.kind, a.id.as_str()), (SessionKind::Api, "a1"));
        // Each is read once here, so that every change below must reach what is kept of it.
        for token in ["t1", "t2"] {
            assert!(store.session(token).await.unwrap().is_some());
        }
        store
            .update_account(
                "a1",
                &[AccountChange::Locale { code: "fr".into() }],
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(store.session("t3").await.unwrap().unwrap().1.locale, "fr");
        store.session("t1").await.unwrap();
        store.touch_session("t1", 50).await.unwrap();
        assert_eq!(
            store.session("t1").await.unwrap().unwrap().0.last_seen_at,
            50
        );

        // Another account cannot end a1's session.
        store
            .end_session("someone-else", "t2", Effects::none())
            .await
            .unwrap();
        assert!(store.session("t2").await.unwrap().is_some());
        store
            .end_session("a1", "t2", Effects::none())
            .await
            .unwrap();
        assert!(store.session("t2").await.unwrap().is_none());

        store
            .end_sessions("a1", Some("t1"), Effects::none())
            .await
            .unwrap();
        let left: Vec<String> = store
            .sessions_of("a1")
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.token_hash)
            .collect();
        assert_eq!(left, ["t1"]);
        store
            .end_sessions("a1", None, Effects::none())
            .await
            .unwrap();
        assert!(store.sessions_of("a1").await.unwrap().is_empty());

        assert!(!store.is_known_device("a1", "d1").await.unwrap());
        store.add_device("a1", "d1", 5).await.unwrap();
        store.add_device("a1", "d1", 6).await.unwrap();
        assert!(store.is_known_device("a1", "d1").await.unwrap());
    })
    .await;
}

#[tokio::test]
async fn a_challenge_works_once_before_it_expires_and_decoys_never_work() {
    each_backend(|store| async move {
        store
            .create_account(account("a1", "ana"), Effects::none())
            .await
            .unwrap();
        let new = |id: &str, account: Option<&str>| NewChallenge {
            id_hash: id.into(),
            link_hash: Some(format!("link-{id}")),
            account_id: account.map(str::to_string),
            purpose: Purpose::VerifyEmail,
            code_hash: Some("code".into()),
            created_at: 1000,
            expires_at: 2000,
            replaces: None,
        };
        store
            .create_challenge(new("c1", Some("a1")), Effects::none())
            .await
            .unwrap();
        store
            .create_challenge(new("decoy", None), Effects::none())
            .await
            .unwrap();
        store
            .create_challenge(new("c2", Some("a1")), Effects::none())
            .await
            .unwrap();

        let c = store.challenge_by_link("link-c1").await.unwrap().unwrap();
        assert_eq!(
            (c.id_hash.as_str(), c.purpose),
            ("c1", Purpose::VerifyEmail)
        );
        assert_eq!(store.count_attempt("c1").await.unwrap(), 1);
        assert_eq!(store.count_attempt("c1").await.unwrap(), 2);
        assert_eq!(
            store.last_challenge_at("a1", "verify-email").await.unwrap(),
            Some(1000)
        );
        assert_eq!(
            store.last_challenge_at("a1", "recovery").await.unwrap(),
            None
        );

        let verify = [AccountChange::EmailVerified { at: 1500 }];
        assert!(
            !store
                .use_challenge("decoy", 1500, &verify, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_challenge("c2", 2000, &verify, Effects::none())
                .await
                .unwrap(),
            "expired"
        );
        assert!(
            store
                .account("a1")
                .await
                .unwrap()
                .unwrap()
                .email_verified_at
                .is_none()
        );
        assert!(
            store
                .use_challenge("c1", 1500, &verify, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_challenge("c1", 1501, &verify, Effects::none())
                .await
                .unwrap(),
            "twice"
        );
        assert_eq!(
            store
                .account("a1")
                .await
                .unwrap()
                .unwrap()
                .email_verified_at,
            Some(1500)
        );
        assert!(!store.challenge("c1").await.unwrap().unwrap().is_live(1502));
    })
    .await;
}

#[tokio::test]
async fn recovery_codes_work_once_and_are_replaced_whole() {
    each_backend(|store| async move {
        store
            .create_account(account("a1", "ana"), Effects::none())
            .await
            .unwrap();
        let codes: Vec<String> = (0..10).map(|i| format!("h{i}")).collect();
        store
            .replace_recovery_codes("a1", &codes, Effects::none())
            .await
            .unwrap();
        assert_eq!(store.unused_recovery_codes("a1").await.unwrap(), 10);
        let change = [AccountChange::Password { hash: "new".into() }];
        assert!(
            store
                .use_recovery_code("a1", "h3", 5, &change, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_recovery_code("a1", "h3", 6, &change, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .use_recovery_code("a1", "nope", 6, &change, Effects::none())
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .account("a1")
                .await
                .unwrap()
                .unwrap()
                .password_hash
                .as_deref(),
            Some("new")
        );
        assert_eq!(store.unused_recovery_codes("a1").await.unwrap(), 9);
        store
            .replace_recovery_codes("a1", &["x".into()], Effects::none())
            .await
            .unwrap();
        assert!(
            !store
                .use_recovery_code("a1", "h4", 7, &change, Effects::none())
                .await
                .unwrap()
        );
        assert_eq!(store.unused_recovery_codes("a1").await.unwrap(), 1);
    })
    .await;
}

#[tokio::test]
async fn audit_entries_chain_across_changes_even_when_concurrent() {
    each_backend(|store| async move {
        store
            .create_account(
                account("a1", "ana"),
                Effects::audit(event(1, AuditAction::AccountCreated, "a1")),
            )
            .await
            .unwrap();
        let mut tasks = vec![];
        for i in 0..20 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .append_audit(vec![event(10 + i, AuditAction::SignInFailed, "a1")])
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        store
            .update_account(
                "a1",
                &[AccountChange::Locale { code: "fr".into() }],
                Effects::audit(event(99, AuditAction::ConsentAccepted, "a1")).and_audit(event(
                    99,
                    AuditAction::SignInSucceeded,
                    "a1",
                )),
            )
            .await
            .unwrap();
        let entries = store.audit_entries(0, 1000).await.unwrap();
        assert_eq!(entries.len(), 23);
        // Keyed from the first entry on a new database, with the store's key and no other.
        assert_eq!(store.audit_keyed_from().await.unwrap(), 1);
        let chain = |key| Chain {
            key: ChainKey::new(key),
            keyed_from: 1,
        };
        assert_eq!(
            verify_chain(&chain(CHAIN_KEY), &entries, GENESIS.into(), 1)
                .unwrap()
                .0,
            23
        );
        assert_eq!(
            verify_chain(&chain([4; 32]), &entries, GENESIS.into(), 1),
            Err(1)
        );
        // Checkpoints: one per count, newest first.
        let checkpoint = |count: i64| Checkpoint {
            count,
            head: format!("h{count}"),
            at_ms: count * 10,
            keyed_from: 1,
            key_id: "k".into(),
            signature: "s".into(),
        };
        assert!(store.add_checkpoint(checkpoint(20)).await.unwrap());
        assert!(store.add_checkpoint(checkpoint(23)).await.unwrap());
        assert!(!store.add_checkpoint(checkpoint(23)).await.unwrap());
        assert_eq!(
            store.checkpoints(10).await.unwrap(),
            [checkpoint(23), checkpoint(20)]
        );
        let latest = store.latest_audit(2).await.unwrap();
        assert_eq!(latest[0].seq, 23);
        assert_eq!(latest[0].action, "signin.succeeded");
        assert_eq!(store.audit_entries(21, 10).await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn the_outbox_deduplicates_leases_retries_falls_back_and_gives_up() {
    each_backend(|store| async move {
        store
            .enqueue(Effects::none().and_message(message("m1", "k1")))
            .await
            .unwrap();
        store
            .enqueue(Effects::none().and_message(message("m2", "k1")))
            .await
            .unwrap();
        let pending = |f: &OutboxFigures| f.pending.iter().map(|(_, n)| n).sum::<i64>();
        assert_eq!(
            pending(&store.outbox_figures(0).await.unwrap()),
            1,
            "same key, one message"
        );

        let claim = |now| {
            let store = store.clone();
            async move { store.claim_messages(now, 30_000, 10).await.unwrap() }
        };
        let claimed = claim(1000).await.remove(0);
        assert_eq!((claimed.id.as_str(), claimed.attempts), ("m1", 1));
        assert_eq!(
            (claimed.channel.as_str(), claimed.fallbacks.as_str()),
            ("email", "sms")
        );
        assert_eq!(claimed.payload_sealed, vec![9, 9]);
        assert!(claim(2000).await.is_empty(), "leased");
        // The worker died: after the lease, another worker gets it.
        let again = claim(31_000).await.remove(0);
        assert_eq!((again.attempts, again.channel_attempts), (2, 2));

        let retry = Attempt::Retry { at: 40_000 };
        store
            .record_attempt(&again, 31_500, &retry, Some("smtp down"))
            .await
            .unwrap();
        assert!(claim(39_000).await.is_empty(), "backing off");
        let third = claim(40_000).await.remove(0);
        // A sending limit defers without counting an attempt.
        let later = Attempt::Deferred { at: 45_000 };
        store
            .record_attempt(&third, 40_000, &later, None)
            .await
            .unwrap();
        let fourth = claim(45_000).await.remove(0);
        assert_eq!((fourth.attempts, fourth.channel_attempts), (3, 3));
        // E-mail fails for good: the message moves to SMS at once, its attempts there start at 0.
        store
            .record_attempt(
                &fourth,
                45_000,
                &Attempt::NextChannel,
                Some("550 no such user"),
            )
            .await
            .unwrap();
        let on_sms = claim(45_000).await.remove(0);
        assert_eq!(
            (on_sms.channel.as_str(), on_sms.fallbacks.as_str()),
            ("sms", "")
        );
        assert_eq!((on_sms.attempts, on_sms.channel_attempts), (4, 1));
        store
            .record_attempt(&on_sms, 45_100, &Attempt::Dead, Some("gateway refused"))
            .await
            .unwrap();
        let figures = store.outbox_figures(0).await.unwrap();
        assert_eq!((pending(&figures), figures.dead), (0, 1));
        let attempts = |channel: &str, outcome: &str| {
            figures
                .attempts
                .iter()
                .find(|(c, o, _)| c == channel && o == outcome)
                .map(|(_, _, n)| *n)
        };
        assert_eq!(attempts("email", "retry"), Some(1));
        assert_eq!(attempts("email", "deferred"), Some(1));
        assert_eq!(attempts("email", "next-channel"), Some(1));
        assert_eq!(attempts("sms", "dead"), Some(1));
        let dead = store.dead_letters(10).await.unwrap();
        assert_eq!(dead.len(), 1);
        assert_eq!(
            (dead[0].channel.as_str(), dead[0].last_error.as_deref()),
            ("sms", Some("gateway refused"))
        );
        // An admin puts it back: it goes out again on the channel it died on.
        assert!(
            store
                .revive_message("m1", 50_000, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .revive_message("m1", 50_000, Effects::none())
                .await
                .unwrap(),
            "once"
        );
        let revived = claim(50_000).await.remove(0);
        store
            .record_attempt(&revived, 50_001, &Attempt::Sent, None)
            .await
            .unwrap();
        // A late report from a worker whose lease had ended cannot undo a delivery.
        store
            .record_attempt(&revived, 50_002, &Attempt::Dead, Some("late"))
            .await
            .unwrap();
        let figures = store.outbox_figures(0).await.unwrap();
        assert_eq!((figures.sent, figures.dead), (1, 0));
        assert!(claim(200_000).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn claims_take_batches_in_order_and_the_inbox_shows_a_persons_messages() {
    each_backend(|store| async move {
        let account = NewAccount {
            id: "acc-1".into(),
            email_lookup: "lookup-1".into(),
            email_sealed: vec![1],
            phone_sealed: None,
            password_hash: None,
            locale: "es".into(),
            grant: Grant::new(Role::Applicant, None, None).unwrap(),
            consent: None,
            created_at: 0,
            assisted_by: None,
        };
        store
            .create_account(account, Effects::none())
            .await
            .unwrap();
        let mut effects = Effects::none();
        for i in 0..5 {
            let mut m = message(&format!("b{i}"), &format!("kb{i}"));
            m.created_at = 1000 + i;
            m.account_id = (i % 2 == 0).then(|| "acc-1".to_string());
            effects = effects.and_message(m);
        }
        store.enqueue(effects).await.unwrap();
        let first = store.claim_messages(2000, 30_000, 3).await.unwrap();
        let second = store.claim_messages(2000, 30_000, 3).await.unwrap();
        assert_eq!((first.len(), second.len()), (3, 2));
        let mut ids: Vec<_> = first.iter().chain(&second).map(|m| m.id.clone()).collect();
        ids.sort();
        assert_eq!(ids, ["b0", "b1", "b2", "b3", "b4"], "each once");
        let inbox: Vec<_> = store
            .inbox("acc-1", 10)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(inbox, ["b4", "b2", "b0"], "newest first, only theirs");
    })
    .await;
}

#[tokio::test]
async fn rate_limit_windows_count_separately_and_old_ones_are_swept() {
    each_backend(|store| async move {
        assert_eq!(store.hit("signin:x", 0).await.unwrap(), 1);
        assert_eq!(store.hit("signin:x", 0).await.unwrap(), 2);
        assert_eq!(store.hit("signin:y", 0).await.unwrap(), 1);
        assert_eq!(store.hit("signin:x", 60_000).await.unwrap(), 1);
        assert_eq!(store.sweep_rate_limits(60_000).await.unwrap(), 2);
        assert_eq!(
            store.hit("signin:x", 60_000).await.unwrap(),
            2,
            "the newer window stays"
        );
        assert_eq!(
            store.hit("signin:x", 0).await.unwrap(),
            1,
            "the older one starts again"
        );
    })
    .await;
}

#[tokio::test]
async fn an_auditor_searches_by_action_actor_subject_and_time_a_page_at_a_time() {
    use garita_store::AuditQuery;
    each_backend(|store| async move {
        let mut events = vec![];
        for i in 0..5 {
            events.push(event(100 + i, AuditAction::StaffViewedPhoto, "r1").subject("a1"));
            events.push(event(200 + i, AuditAction::StaffViewedRegistration, "r2").subject("a2"));
            events.push(event(300 + i, AuditAction::SignInFailed, "a3"));
        }
        store.append_audit(events).await.unwrap();
        let all = AuditQuery {
            to: i64::MAX,
            before: i64::MAX,
            limit: 100,
            ..AuditQuery::default()
        };
        let found = |q: AuditQuery| {
            let store = store.clone();
            async move { store.search_audit(&q).await.unwrap() }
        };
        assert_eq!(found(all.clone()).await.len(), 15);
        let reviews = found(AuditQuery {
            action: "review.".into(),
            ..all.clone()
        })
        .await;
        assert_eq!(
            reviews.len(),
            10,
            "an action's start finds every action under it"
        );
        assert!(
            reviews.windows(2).all(|w| w[0].seq > w[1].seq),
            "newest first"
        );
        let about_a1 = found(AuditQuery {
            subject: "a1".into(),
            actor: "r1".into(),
            ..all.clone()
        })
        .await;
        assert_eq!(about_a1.len(), 5);
        let window = found(AuditQuery {
            from: 200,
            to: 300,
            ..all.clone()
        })
        .await;
        assert!(window.iter().all(|e| e.actor.as_deref() == Some("r2")) && window.len() == 5);
        let first_page = found(AuditQuery {
            limit: 4,
            ..all.clone()
        })
        .await;
        let next_page = found(AuditQuery {
            limit: 4,
            before: first_page.last().unwrap().seq,
            ..all.clone()
        })
        .await;
        assert_eq!(first_page.len() + next_page.len(), 8);
        assert!(next_page[0].seq < first_page[3].seq);
    })
    .await;
}

#[tokio::test]
async fn organisations_of_every_kind_are_kept_once_by_name() {
    each_backend(|store| async move {
        for (name, kind) in [
            ("Refugio", "helpers"),
            ("Autobuses Fronterizos", "carrier"),
            ("Agencia Aduanal del Norte", "broker"),
            ("Frutas del Valle", "importer"),
        ] {
            let row = garita_store::records::OrganizationRow {
                name: name.into(),
                kind: kind.into(),
                city: "Ciudad Juárez".into(),
                contact: "Av. Juárez 100".into(),
                created_at: 1000,
            };
            assert!(
                store
                    .add_organization(row.clone(), Effects::none())
                    .await
                    .unwrap()
            );
            assert!(
                !store.add_organization(row, Effects::none()).await.unwrap(),
                "once"
            );
        }
        let kinds: Vec<String> = store
            .organizations()
            .await
            .unwrap()
            .into_iter()
            .map(|o| o.kind)
            .collect();
        assert_eq!(kinds.len(), 4);
        assert!(kinds.contains(&"carrier".to_string()));
        // A kind the schema does not know is refused by the database itself.
        let unknown = garita_store::records::OrganizationRow {
            name: "Otra".into(),
            kind: "airline".into(),
            city: "x".into(),
            contact: "x".into(),
            created_at: 1000,
        };
        assert!(
            store
                .add_organization(unknown, Effects::none())
                .await
                .is_err()
        );
    })
    .await;
}
