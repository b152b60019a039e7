//! Account flows end to end through the services, on a real SQLite database (the storage
//! contract suite covers PostgreSQL for every query these use).

use garita_domain::{Email, Grant, PortCode, Role};
use garita_i18n::Locale;
use garita_kernel::accounts::SignIn;
use garita_kernel::audit::ChainCheck;
use garita_security::totp;
use garita_store::records::SessionKind;

use crate::common;
use common::World;

const PASSWORD: &str = "lakay se lakay 2026";

#[tokio::test]
async fn sign_up_verify_then_sign_in_on_a_new_and_a_known_device() {
    let w = World::new().await;
    let token = w.sign_up("Ana@Example.com", PASSWORD).await;
    let mail = w.inbox().await;
    assert_eq!(mail.len(), 1);
    let (kind, payload) = &mail[0];
    assert_eq!(
        (kind.as_str(), payload.locale.as_str()),
        ("verify-email", "ht")
    );
    let code = payload.code.clone().unwrap();

    assert_eq!(
        w.services
            .verify_email_code(&token, "000000")
            .await
            .unwrap(),
        None
    );
    let account = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .expect("verified");
    assert_eq!(
        w.services.verify_email_code(&token, &code).await.unwrap(),
        None,
        "works once"
    );

    let email = Email::parse("ana@example.com").unwrap();
    assert_eq!(
        w.services
            .sign_in(
                &garita_domain::Login::Email(email.clone()),
                "wrong password",
                None
            )
            .await
            .unwrap(),
        SignIn::Failed
    );
    let SignIn::DeviceCode { token } = w
        .services
        .sign_in(
            &garita_domain::Login::Email(email.clone()),
            PASSWORD,
            Some("phone-1"),
        )
        .await
        .unwrap()
    else {
        panic!("a new device needs a code");
    };
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    assert_eq!(
        w.services
            .confirm_device(&token, &code, "phone-1")
            .await
            .unwrap(),
        Some(account.clone())
    );
    assert_eq!(
        w.services
            .sign_in(
                &garita_domain::Login::Email(email.clone()),
                PASSWORD,
                Some("phone-1")
            )
            .await
            .unwrap(),
        SignIn::Done {
            account_id: account.clone()
        }
    );

    let session = w
        .services
        .start_session(&account, SessionKind::Web)
        .await
        .unwrap();
    assert!(
        w.services
            .current_session(&session, SessionKind::Web)
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        w.services
            .current_session(&session, SessionKind::Api)
            .await
            .unwrap()
            .is_none()
    );
    w.advance(3 * 3_600_000);
    assert!(
        w.services
            .current_session(&session, SessionKind::Web)
            .await
            .unwrap()
            .is_none(),
        "idle"
    );
}

#[tokio::test]
async fn a_taken_address_gets_the_same_answer_and_its_owner_a_notice() {
    let w = World::new().await;
    let first = w.sign_up("luz@example.com", PASSWORD).await;
    w.inbox().await;
    let second = w.sign_up("LUZ@example.com", "another long password").await;
    assert_eq!(first.len(), second.len());
    let mail = w.inbox().await;
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].0, "email-exists");
    assert!(mail[0].1.code.is_none());
    // The decoy never verifies, whatever is typed.
    for code in ["000000", "123456", "999999"] {
        assert_eq!(
            w.services.verify_email_code(&second, code).await.unwrap(),
            None
        );
    }
}

#[tokio::test]
async fn codes_expire_resends_wait_and_guessing_stops_after_five_tries() {
    let w = World::new().await;
    let token = w.sign_up("rosa@example.com", PASSWORD).await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    assert_eq!(w.services.resend_code(&token).await.unwrap(), Err(60));
    w.advance(61_000);
    let token2 = w.services.resend_code(&token).await.unwrap().unwrap();
    let code2 = w.inbox().await.pop().unwrap().1.code.unwrap();
    // The code a new one replaced stops working at once, though its 15 minutes are not over.
    assert_eq!(
        w.services.verify_email_code(&token, &code).await.unwrap(),
        None,
        "a replaced code"
    );
    for _ in 0..5 {
        let wrong = if code2 == "111111" {
            "222222"
        } else {
            "111111"
        };
        assert_eq!(
            w.services.verify_email_code(&token2, wrong).await.unwrap(),
            None
        );
    }
    assert_eq!(
        w.services.verify_email_code(&token2, &code2).await.unwrap(),
        None,
        "too many tries"
    );
    w.advance(15 * 60_000);
    assert_eq!(
        w.services.verify_email_code(&token, &code).await.unwrap(),
        None,
        "expired"
    );
}

#[tokio::test]
async fn recovery_by_code_and_by_email_keeps_the_account_and_ends_sessions() {
    let w = World::new().await;
    let token = w.sign_up("mia@example.com", PASSWORD).await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let account = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    let codes = w.services.issue_recovery_codes(&account).await.unwrap();
    assert_eq!(codes.len(), 10);
    let session = w
        .services
        .start_session(&account, SessionKind::Web)
        .await
        .unwrap();

    let email = Email::parse("mia@example.com").unwrap();
    let typed = codes[3].to_lowercase().replace('-', " ");
    assert_eq!(
        w.services
            .recover_with_code(
                &garita_domain::Login::Email(email.clone()),
                &typed,
                "a brand new passphrase"
            )
            .await
            .unwrap(),
        Some(account.clone())
    );
    assert_eq!(
        w.services
            .recover_with_code(
                &garita_domain::Login::Email(email.clone()),
                &codes[3],
                "again and again"
            )
            .await
            .unwrap(),
        None,
        "once"
    );
    assert!(
        w.services
            .current_session(&session, SessionKind::Web)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(w.inbox().await.pop().unwrap().0, "password-changed");
    assert!(
        w.services.store.account(&account).await.unwrap().is_some(),
        "nothing deleted"
    );

    let token = w
        .services
        .start_email_recovery(&garita_domain::Login::Email(email.clone()))
        .await
        .unwrap();
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    assert_eq!(
        w.services
            .finish_email_recovery(&token, &code, "third passphrase here")
            .await
            .unwrap(),
        Some(account.clone())
    );
    assert!(matches!(
        w.services
            .sign_in(
                &garita_domain::Login::Email(email.clone()),
                "third passphrase here",
                None
            )
            .await
            .unwrap(),
        SignIn::DeviceCode { .. }
    ));
    // An unknown address answers the same and sends nothing.
    w.inbox().await;
    let unknown = Email::parse("nobody@example.com").unwrap();
    assert_eq!(
        w.services
            .start_email_recovery(&garita_domain::Login::Email(unknown.clone()))
            .await
            .unwrap()
            .len(),
        token.len()
    );
    assert!(w.inbox().await.is_empty());
}

#[tokio::test]
async fn staff_set_up_their_password_and_authenticator_and_must_use_it() {
    let w = World::new().await;
    let email = Email::parse("olga@cbp.example").unwrap();
    let grant = Grant::new(Role::Officer, PortCode::parse("NOG").ok(), None).unwrap();
    let link = w
        .services
        .create_staff(&email, grant.clone(), Locale::En)
        .await
        .unwrap()
        .unwrap();
    assert!(
        w.services
            .create_staff(&email, grant, Locale::En)
            .await
            .unwrap()
            .is_none()
    );
    let link_token = link.rsplit('/').next().unwrap();
    assert_eq!(
        w.services
            .sign_in(&garita_domain::Login::Email(email.clone()), PASSWORD, None)
            .await
            .unwrap(),
        SignIn::Failed
    );

    let secret = totp::new_secret();
    let now_s = (w.services.now() / 1000) as u64;
    assert!(
        !w.services
            .complete_setup(link_token, PASSWORD, None)
            .await
            .unwrap(),
        "staff need TOTP"
    );
    assert!(
        w.services
            .complete_setup(
                link_token,
                PASSWORD,
                Some((&secret, &totp::code_at(&secret, now_s)))
            )
            .await
            .unwrap()
    );
    assert!(
        !w.services
            .complete_setup(
                link_token,
                PASSWORD,
                Some((&secret, &totp::code_at(&secret, now_s)))
            )
            .await
            .unwrap(),
        "once"
    );

    w.advance(60_000);
    let SignIn::SecondFactor { token } = w
        .services
        .sign_in(&garita_domain::Login::Email(email.clone()), PASSWORD, None)
        .await
        .unwrap()
    else {
        panic!("staff need their authenticator");
    };
    let code = totp::code_at(&secret, (w.services.now() / 1000) as u64);
    let id = w
        .services
        .confirm_second_factor(&token, &code)
        .await
        .unwrap()
        .unwrap();
    // The same code cannot be used again.
    let SignIn::SecondFactor { token } = w
        .services
        .sign_in(&garita_domain::Login::Email(email.clone()), PASSWORD, None)
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(
        w.services
            .confirm_second_factor(&token, &code)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        w.services
            .store
            .account(&id)
            .await
            .unwrap()
            .unwrap()
            .grant
            .role,
        Role::Officer
    );
}

#[tokio::test]
async fn a_helper_link_is_audited_with_the_helper_and_the_chain_detects_edits() {
    let w = World::new().await;
    let staff = |email: &str, org: &str| {
        let (w, email, org) = (&w, email.to_string(), org.to_string());
        async move {
            let grant = Grant::new(Role::Helper, None, Some(org)).unwrap();
            let email = Email::parse(&email).unwrap();
            w.services
                .create_staff(&email, grant, Locale::Es)
                .await
                .unwrap();
            let lookup = w.services.keys.lookup("email", &email.lookup_form());
            w.services
                .store
                .account_by_email(&lookup)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let helper = staff("ayuda@casa.example", "Casa del Migrante").await;
    let elsewhere = staff("otro@otra.example", "Otra Casa").await;

    // Tomás was helped by Casa del Migrante, which registered him (born 3 April, 20 years ago).
    let email = Email::parse("tomas@example.com").unwrap();
    let garita_kernel::helpers::Assisted::Created { account_id: person } = w
        .services
        .create_assisted(&helper, &email, Locale::Es)
        .await
        .unwrap()
    else {
        panic!("a new account")
    };
    let today = w.services.now_utc().date_naive();
    let address =
        garita_domain::travellers::UsAddress::parse("1 Main St", "Houston", "TX", "77002").unwrap();
    let tomas = garita_kernel::synthetic::traveller(7, 0, today);
    let born = tomas.birth_date.date().format("%d/%m/%Y").to_string();
    w.services
        .save_registration(&helper, &person, address, vec![tomas], 0)
        .await
        .unwrap();

    // No link for a proof that does not match, nor for another organisation's helper.
    for (who, proof) in [
        (&helper, "passport"),
        (&helper, "01/01/1999"),
        (&elsewhere, born.as_str()),
    ] {
        assert!(
            w.services
                .helper_recovery_link(who, &garita_domain::Login::Email(email.clone()), proof)
                .await
                .unwrap()
                .is_none(),
            "{proof}"
        );
    }
    let link = w
        .services
        .helper_recovery_link(&helper, &garita_domain::Login::Email(email.clone()), &born)
        .await
        .unwrap()
        .unwrap();
    assert!(
        w.services
            .complete_setup(
                link.rsplit('/').next().unwrap(),
                "nueva clave segura 1",
                None
            )
            .await
            .unwrap()
    );
    let entries = w.services.store.latest_audit(50).await.unwrap();
    let by_helper = entries
        .iter()
        .find(|e| e.action == "recovery.link-by-helper")
        .unwrap();
    assert_eq!(by_helper.actor.as_deref(), Some(helper.id.as_str()));
    assert_eq!(by_helper.subject.as_deref(), Some(person.as_str()));
    assert!(by_helper.detail.contains("Casa del Migrante"));
    assert!(by_helper.detail.contains("birth-date") && !by_helper.detail.contains(&born));

    let ChainCheck::Intact { entries, .. } = w.services.verify_audit_chain(&[]).await.unwrap()
    else {
        panic!()
    };
    assert!(entries >= 5);

    // Someone edits the database behind Garita's back.
    use sqlx::Connection;
    let mut raw = sqlx::SqliteConnection::connect(&w.db.url).await.unwrap();
    sqlx::query("UPDATE audit_log SET detail = '{}' WHERE action = 'recovery.link-by-helper'")
        .execute(&mut raw)
        .await
        .unwrap();
    assert_eq!(
        w.services.verify_audit_chain(&[]).await.unwrap(),
        ChainCheck::BrokenAt { seq: by_helper.seq }
    );
}

#[tokio::test]
async fn no_password_code_or_address_is_stored_in_clear() {
    let w = World::new().await;
    let token = w.sign_up("clara.secreta@example.com", PASSWORD).await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let account = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    let codes = w.services.issue_recovery_codes(&account).await.unwrap();
    let session = w
        .services
        .start_session(&account, SessionKind::Web)
        .await
        .unwrap();
    // A fresh code waits in the outbox, undelivered: it is searched for too.
    w.advance(61_000);
    let resent = w.services.resend_code(&token).await.unwrap().unwrap();
    let pool = sqlx::SqlitePool::connect(&w.db.url).await.unwrap();
    let waiting: Vec<u8> = sqlx::query_scalar(
        "SELECT payload_sealed FROM outbox WHERE status = 'pending' AND kind = 'verify-email'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    pool.close().await;
    let waiting = w.services.open_payload(&waiting).unwrap().code.unwrap();
    assert_ne!(waiting, code, "a new code was sent");

    let dir = std::path::Path::new(w.db.url.trim_start_matches("sqlite://"))
        .parent()
        .unwrap()
        .to_path_buf();
    let mut bytes = vec![];
    for entry in std::fs::read_dir(&dir).unwrap() {
        bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
    }
    let haystack = String::from_utf8_lossy(&bytes);
    for secret in [
        PASSWORD,
        "clara.secreta",
        &code,
        &codes[0],
        &codes[0].replace('-', ""),
        &session,
        &token,
        &resent,
        &waiting,
    ] {
        assert!(
            !haystack.contains(secret),
            "{secret} found in the database files"
        );
    }
}

#[tokio::test]
async fn an_applicant_who_adds_an_authenticator_must_use_it_even_on_a_known_phone() {
    let w = World::new().await;
    let token = w.sign_up("sara@example.com", PASSWORD).await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let id = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    w.services.remember_device(&id, "phone-1").await.unwrap();
    let email = Email::parse("sara@example.com").unwrap();
    assert!(matches!(
        w.services
            .sign_in(
                &garita_domain::Login::Email(email.clone()),
                PASSWORD,
                Some("phone-1")
            )
            .await
            .unwrap(),
        SignIn::Done { .. }
    ));

    let account = w.services.store.account(&id).await.unwrap().unwrap();
    // A fixed secret and the test's fixed clock: the wrong code below is wrong every run.
    let secret = b"12345678901234567890".to_vec();
    let now_s = (w.services.now() / 1000) as u64;
    let an_hour_later = totp::code_at(&secret, now_s + 3600);
    assert_ne!(an_hour_later, totp::code_at(&secret, now_s));
    assert!(
        !w.services
            .enable_totp(&account, &secret, &an_hour_later)
            .await
            .unwrap()
    );
    assert!(
        w.services
            .enable_totp(&account, &secret, &totp::code_at(&secret, now_s))
            .await
            .unwrap()
    );

    w.advance(30_000);
    let SignIn::SecondFactor { token } = w
        .services
        .sign_in(
            &garita_domain::Login::Email(email.clone()),
            PASSWORD,
            Some("phone-1"),
        )
        .await
        .unwrap()
    else {
        panic!("the authenticator is needed once it is on");
    };
    let code = totp::code_at(&secret, (w.services.now() / 1000) as u64);
    assert!(!w.services.code_spent(&token).await.unwrap());
    assert_eq!(
        w.services
            .confirm_second_factor(&token, &code)
            .await
            .unwrap(),
        Some(id.clone())
    );

    // Five wrong codes spend the sign-in: the right one is refused, and the page can say to
    // sign in again rather than "wrong code".
    w.advance(30_000);
    let SignIn::SecondFactor { token } = w
        .services
        .sign_in(
            &garita_domain::Login::Email(email.clone()),
            PASSWORD,
            Some("phone-1"),
        )
        .await
        .unwrap()
    else {
        panic!("the authenticator again");
    };
    let code = totp::code_at(&secret, (w.services.now() / 1000) as u64);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        assert_eq!(
            w.services
                .confirm_second_factor(&token, wrong)
                .await
                .unwrap(),
            None
        );
    }
    assert!(w.services.code_spent(&token).await.unwrap());
    assert_eq!(
        w.services
            .confirm_second_factor(&token, &code)
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn many_accounts_from_one_place_open_one_case_and_block_nobody() {
    use garita_kernel::accounts::{BULK_ACCOUNTS_PER_DAY, SignUp};
    let w = World::new().await;
    for i in 0..=BULK_ACCOUNTS_PER_DAY + 2 {
        let token = w
            .services
            .sign_up(SignUp {
                login: garita_domain::Login::Email(
                    Email::parse(&format!("p{i}@example.org")).unwrap(),
                ),
                phone: None,
                password: PASSWORD.into(),
                locale: garita_i18n::Locale::Es,
                origin: vec!["ip:203.0.113.7".into()],
            })
            .await
            .unwrap();
        // Every one of them can still verify: the signal never blocks.
        let code = w.inbox().await.pop().unwrap().1.code.unwrap();
        assert!(
            w.services
                .verify_email_code(&token, &code)
                .await
                .unwrap()
                .is_some()
        );
    }
    let cases = w.services.store.open_cases().await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].kind, "bulk-accounts");
    assert!(
        !cases[0].subject.contains("203.0.113.7"),
        "the address is kept only as a keyed hash"
    );
}
