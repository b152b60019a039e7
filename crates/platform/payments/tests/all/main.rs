//! Payments through Stripe's API client against `garita_testkit::stripe` (a local server that
//! answers as Stripe documents), on both backends: a charge for 25 paid once although its
//! notification arrives three times; a tampered notification, one for another amount and a
//! return without payment change nothing; a provider that does not answer leaves the payment
//! open; reconciliation finds a charge the ledger never saw, once; the fee paid at the port; and
//! a payout (a Connect transfer) sent once however often it is asked.

use async_trait::async_trait;
use garita_domain::money::{Currency, Money};
use garita_kernel::Services;
use garita_kernel::payments::{
    Charge, PaidOut, Payable, PaymentProvider, Payout, Settled, Started,
};
use garita_payments::{Stripe, StripeSettings};
use garita_security::Keys;
use garita_store::Store;
use garita_store::payments::PaymentRow;
use garita_store::records::{Effects, LedgerEntry};
use garita_testkit::stripe::{SECRET_KEY, StripeServer, WEBHOOK_SECRET, sign};
use std::sync::Arc;
use std::time::Duration;

/// A service that takes payments: what it pays for is the ledger entry itself.
struct Fees(Arc<dyn Store>);

#[async_trait]
impl Payable for Fees {
    fn purpose(&self) -> &'static str {
        "test-fees"
    }
    async fn settle(
        &self,
        _: &Services,
        payment: &PaymentRow,
        entry: LedgerEntry,
    ) -> garita_kernel::Result<bool> {
        let now = self.0.payment(&payment.id).await?;
        if now.is_some_and(|p| p.status == "paid") {
            return Ok(false);
        }
        let effects = Effects {
            ledger: vec![entry],
            ..Effects::default()
        };
        self.0.enqueue(effects).await?;
        Ok(true)
    }
}

async fn services(url: &str, provider: Option<Arc<dyn PaymentProvider>>) -> Services {
    let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
    let chain = garita_domain::ChainKey::new(keys.audit_chain_key());
    let store = garita_store::open(url, chain).await.unwrap();
    store.migrate().await.unwrap();
    let mut services = Services::new::<()>(store.clone(), keys, "http://garita.test", &[]);
    services.payables = vec![Arc::new(Fees(store))];
    services.payment_provider = provider;
    services
}

fn stripe(server: &StripeServer) -> Arc<dyn PaymentProvider> {
    Arc::new(
        Stripe::new(StripeSettings {
            secret_key: SECRET_KEY.into(),
            webhook_secret: WEBHOOK_SECRET.into(),
            api_url: server.url(),
            timeout: Duration::from_millis(500),
        })
        .unwrap(),
    )
}

fn charge(key: &str, quantity: i64) -> Charge {
    Charge {
        payment_id: garita_security::codes::id(),
        idempotency_key: key.into(),
        unit: Money::new(3000, Currency::USD),
        quantity,
        description: "Fees".into(),
        success_url: "http://garita.test/back?session={CHECKOUT_SESSION_ID}".into(),
        cancel_url: "http://garita.test/back".into(),
    }
}

fn audited(actions: &[garita_domain::AuditEntry], action: &str) -> usize {
    actions.iter().filter(|e| e.action == action).count()
}

#[tokio::test]
async fn a_charge_is_paid_once_and_what_is_wrong_changes_nothing() {
    let server = StripeServer::start().await;
    for db in garita_testkit::all_backends().await {
        let s = services(&db.url, Some(stripe(&server))).await;

        // 25 travellers, asked twice (a double click): one payment, one session.
        let Started::Redirect { payment_id, url } = s
            .start_payment(
                None,
                "test-fees",
                "group-1",
                charge(&format!("{}-group-1", db.backend), 25),
            )
            .await
            .unwrap()
        else {
            panic!("a page to pay on");
        };
        let again = s
            .start_payment(
                None,
                "test-fees",
                "group-1",
                charge(&format!("{}-group-1", db.backend), 25),
            )
            .await
            .unwrap();
        assert_eq!(
            again,
            Started::Redirect {
                payment_id: payment_id.clone(),
                url: url.clone()
            }
        );
        let payment = s.store.payment(&payment_id).await.unwrap().unwrap();
        assert_eq!(
            (payment.amount_minor, payment.status.as_str()),
            (75_000, "open")
        );
        let session = payment.provider_ref.clone().unwrap();
        assert!(url.ends_with(&session));
        let sessions = server.sessions();
        let ours: Vec<_> = sessions
            .iter()
            .filter(|x| x["id"] == session.as_str())
            .collect();
        assert_eq!(ours.len(), 1);
        assert_eq!(ours[0]["client_reference_id"], payment_id.as_str());
        assert_eq!(ours[0]["amount_total"], 75_000);

        // Back from the page before paying: the return proves nothing.
        assert_eq!(
            s.payment_returned(&payment_id).await.unwrap(),
            Settled::NotPaid
        );

        // Paid: the notification three times credits once.
        assert!(server.complete(&session));
        let body = server.event(&session).unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        // Tampered (the amount changed after signing), signed with another secret, or too
        // old: refused, nothing changed.
        let tampered = body.replace("75000", "7500");
        assert_ne!(tampered, body);
        for (text, signature) in [
            (tampered.clone(), sign(&body, now, WEBHOOK_SECRET)),
            (body.clone(), sign(&body, now, "whsec_other")),
            (body.clone(), sign(&body, now - 3600, WEBHOOK_SECRET)),
        ] {
            assert_eq!(
                s.payment_notice(&signature, text.as_bytes()).await.unwrap(),
                Settled::Refused
            );
        }
        assert_eq!(
            s.store.payment(&payment_id).await.unwrap().unwrap().status,
            "open"
        );
        let signature = sign(&body, now, WEBHOOK_SECRET);
        let answers = [
            s.payment_notice(&signature, body.as_bytes()).await.unwrap(),
            s.payment_notice(&signature, body.as_bytes()).await.unwrap(),
            s.payment_returned(&payment_id).await.unwrap(),
        ];
        assert_eq!(answers, [Settled::Now, Settled::Already, Settled::Already]);
        let ledger = s.store.ledger_of(&payment_id).await.unwrap();
        assert_eq!(ledger.len(), 1);
        assert_eq!(
            (ledger[0].kind.as_str(), ledger[0].amount_minor),
            ("charge", 75_000)
        );
        assert_eq!(
            s.store.payment(&payment_id).await.unwrap().unwrap().status,
            "paid"
        );

        // A session that says it charged another amount is refused.
        let Started::Redirect {
            payment_id: other, ..
        } = s
            .start_payment(
                None,
                "test-fees",
                "group-2",
                charge(&format!("{}-group-2", db.backend), 2),
            )
            .await
            .unwrap()
        else {
            panic!("a page to pay on");
        };
        let other_session = s
            .store
            .payment(&other)
            .await
            .unwrap()
            .unwrap()
            .provider_ref
            .unwrap();
        server.complete(&other_session);
        server.set_amount(&other_session, 600);
        assert_eq!(s.payment_returned(&other).await.unwrap(), Settled::Refused);
        assert_eq!(
            s.store.payment(&other).await.unwrap().unwrap().status,
            "open"
        );
        let audit = s.store.latest_audit(50).await.unwrap();
        assert_eq!(audited(&audit, "payment.notice-refused"), 4);
        // Why, in words of its own: no amount, address or name.
        for e in audit
            .iter()
            .filter(|e| e.action == "payment.notice-refused")
        {
            let detail: serde_json::Value = serde_json::from_str(&e.detail).unwrap();
            assert_eq!(detail.as_object().unwrap().len(), 1, "{}", e.detail);
        }

        // Reconciliation: a charge at Stripe the ledger never saw, and the amount that differs,
        // each opened once.
        let since = s.now() - 60_000;
        let planted = server.plant_paid(1234, now);
        let found = s
            .reconcile_payments(since, s.now() + 60_000)
            .await
            .unwrap()
            .unwrap();
        assert!(found.opened >= 1, "{found:?}");
        let open = s.store.open_differences().await.unwrap();
        assert!(
            open.iter()
                .any(|d| d.provider_ref == planted && d.kind == "not-in-ledger")
        );
        assert!(
            !open.iter().any(|d| d.provider_ref == session),
            "ours agrees"
        );
        let again = s
            .reconcile_payments(since, s.now() + 60_000)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again.opened, 0, "each difference once");
    }
}

#[tokio::test]
async fn a_provider_that_does_not_answer_leaves_the_payment_open() {
    let server = StripeServer::start().await;
    server.set_stall(true);
    let db = garita_testkit::sqlite();
    let s = services(&db.url, Some(stripe(&server))).await;
    let started = s
        .start_payment(None, "test-fees", "group-3", charge("group-3-pay", 1))
        .await
        .unwrap();
    let Started::TryLater { payment_id } = started else {
        panic!("{started:?}");
    };
    let payment = s.store.payment(&payment_id).await.unwrap().unwrap();
    assert_eq!(
        (payment.status.as_str(), payment.provider_ref),
        ("open", None)
    );
}

#[tokio::test]
async fn without_a_provider_the_fee_is_paid_at_the_port_once() {
    let db = garita_testkit::sqlite();
    let s = services(&db.url, None).await;
    let Started::AtThePort { payment_id } = s
        .start_payment(None, "test-fees", "group-4", charge("group-4-pay", 3))
        .await
        .unwrap()
    else {
        panic!("at the port");
    };
    assert_eq!(
        [
            s.record_receipt("officer-1", &payment_id).await.unwrap(),
            s.record_receipt("officer-2", &payment_id).await.unwrap(),
        ],
        [Settled::Now, Settled::Already]
    );
    let ledger = s.store.ledger_of(&payment_id).await.unwrap();
    assert_eq!(ledger.len(), 1);
    assert_eq!(
        (
            ledger[0].kind.as_str(),
            ledger[0].actor.as_deref(),
            ledger[0].amount_minor
        ),
        ("receipt", Some("officer-1"), 9000)
    );
    let audit = s.store.latest_audit(10).await.unwrap();
    assert_eq!(audited(&audit, "payment.receipt-recorded"), 1);
}

/// Garita stopped after Stripe made the session and before keeping its id: the notice is still
/// credited, found by the payment the session names.
#[tokio::test]
async fn a_charge_whose_id_was_never_kept_is_found_by_its_payment() {
    let server = StripeServer::start().await;
    let db = garita_testkit::sqlite();
    let provider = stripe(&server);
    let s = services(&db.url, Some(provider.clone())).await;
    let asked = charge("crashed-1", 2);
    let payment = s
        .store
        .open_payment(PaymentRow {
            id: asked.payment_id.clone(),
            idempotency_key: asked.idempotency_key.clone(),
            account_id: None,
            purpose: "test-fees".into(),
            reference: "group-5".into(),
            amount_minor: 6000,
            currency: "USD".into(),
            provider: "stripe".into(),
            provider_ref: None,
            status: "open".into(),
            created_at: s.now(),
            updated_at: s.now(),
        })
        .await
        .unwrap();
    let (session, _) = provider.start(&asked).await.unwrap();
    server.complete(&session);
    let body = server.event(&session).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let signature = sign(&body, now, WEBHOOK_SECRET);
    assert_eq!(
        s.payment_notice(&signature, body.as_bytes()).await.unwrap(),
        Settled::Now
    );
    let paid = s.store.payment(&payment.id).await.unwrap().unwrap();
    assert_eq!(
        (paid.status.as_str(), paid.provider_ref),
        ("paid", Some(session))
    );
}

#[tokio::test]
async fn a_payout_is_sent_once_however_often_it_is_asked() {
    let server = StripeServer::start().await;
    let db = garita_testkit::sqlite();
    let s = services(&db.url, Some(stripe(&server))).await;
    let payout = Payout {
        payout_id: "stipend:intent-1:0:departure-stipend".into(),
        amount: Money::new(100_000, Currency::USD),
        destination: "acct_1PersonInHonduras".into(),
        description: "Departure stipend".into(),
    };
    let PaidOut::Sent { provider_ref } = s.pay_out(&payout).await else {
        panic!("sent");
    };
    assert!(provider_ref.starts_with("tr_"));
    // Asked again (a retry after a lost answer): the same transfer, no second one.
    assert_eq!(
        s.pay_out(&payout).await,
        PaidOut::Sent {
            provider_ref: provider_ref.clone()
        }
    );
    let made = server.transfers();
    assert_eq!(made.len(), 1);
    assert_eq!(made[0]["amount"], 100_000);
    assert_eq!(made[0]["destination"], "acct_1PersonInHonduras");
    assert_eq!(made[0]["transfer_group"], payout.payout_id.as_str());
    // An account the provider does not know: refused, with its reason; nothing sent.
    let nowhere = Payout {
        payout_id: "stipend:intent-2:0:departure-stipend".into(),
        destination: "someone@example.org".into(),
        ..payout.clone()
    };
    assert!(
        matches!(s.pay_out(&nowhere).await, PaidOut::Refused(why) if why.contains("destination"))
    );
    // Out of reach: nothing sent, try later; without a provider, by other means.
    server.set_stall(true);
    let later = Payout {
        payout_id: "stipend:intent-3:0:departure-stipend".into(),
        ..payout.clone()
    };
    assert_eq!(s.pay_out(&later).await, PaidOut::TryLater);
    assert_eq!(server.transfers().len(), 1);
    let none = services(&db.url, None).await;
    assert_eq!(none.pay_out(&payout).await, PaidOut::ByOtherMeans);
}
