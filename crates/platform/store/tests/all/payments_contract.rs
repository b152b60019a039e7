//! Payments on every backend: a charge opened once per idempotency key, money received once per
//! payment (a second receipt fails its whole transaction), a failure then a success, and each
//! reconciliation difference opened once.

use crate::open;
use garita_domain::money::{Currency, Money};
use garita_store::payments::{DifferenceRow, PaymentRow};
use garita_store::records::{Effects, LedgerEntry, LedgerKind};

fn payment(id: &str, key: &str) -> PaymentRow {
    PaymentRow {
        id: id.into(),
        idempotency_key: key.into(),
        account_id: None,
        purpose: "test".into(),
        reference: "group-1".into(),
        amount_minor: 9000,
        currency: "USD".into(),
        provider: "stripe".into(),
        provider_ref: None,
        status: "open".into(),
        created_at: 1,
        updated_at: 1,
    }
}

fn entry(id: &str, payment: &str, kind: LedgerKind, at: i64) -> Effects {
    Effects {
        ledger: vec![LedgerEntry {
            id: id.into(),
            payment_id: payment.into(),
            kind,
            amount: Money::new(9000, Currency::USD),
            provider_ref: Some("cs_1".into()),
            actor: None,
            at,
        }],
        ..Effects::default()
    }
}

#[tokio::test]
async fn money_is_received_once_per_payment_and_differences_open_once() {
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();

        // The same key is the same payment, whatever else the second call says.
        let first = store.open_payment(payment("p1", "key-1")).await.unwrap();
        let again = store.open_payment(payment("p2", "key-1")).await.unwrap();
        assert_eq!((first.id.as_str(), again.id.as_str()), ("p1", "p1"));
        assert!(store.set_provider_ref("p1", "cs_1", 2).await.unwrap());
        assert!(
            !store.set_provider_ref("p1", "cs_2", 3).await.unwrap(),
            "once"
        );
        let found = store
            .payment_by_ref("stripe", "cs_1")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.id, "p1");

        // A failure fails an open payment; money received then marks it paid.
        store
            .enqueue(entry("l1", "p1", LedgerKind::Failure, 10))
            .await
            .unwrap();
        assert_eq!(store.payment("p1").await.unwrap().unwrap().status, "failed");
        store
            .enqueue(entry("l2", "p1", LedgerKind::Charge, 20))
            .await
            .unwrap();
        assert_eq!(store.payment("p1").await.unwrap().unwrap().status, "paid");
        // A second receipt is refused, with everything written beside it.
        let twice = Effects {
            audit: vec![garita_domain::AuditEvent::new(
                30,
                garita_domain::AuditAction::AccountsForgotten,
            )],
            ..entry("l3", "p1", LedgerKind::Receipt, 30)
        };
        assert!(store.enqueue(twice).await.is_err());
        let ledger = store.ledger_of("p1").await.unwrap();
        assert_eq!(
            ledger.iter().map(|l| l.kind.as_str()).collect::<Vec<_>>(),
            ["failure", "charge"]
        );
        assert!(store.latest_audit(10).await.unwrap().is_empty());
        // A failure after the money came changes nothing.
        store
            .enqueue(entry("l4", "p1", LedgerKind::Failure, 40))
            .await
            .unwrap();
        assert_eq!(store.payment("p1").await.unwrap().unwrap().status, "paid");

        let received = store.received_between("stripe", 0, 100).await.unwrap();
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].provider_ref.as_deref(), Some("cs_1"));
        assert!(
            store
                .received_between("stripe", 21, 100)
                .await
                .unwrap()
                .is_empty()
        );

        let difference = DifferenceRow {
            id: "d1".into(),
            provider: "stripe".into(),
            provider_ref: "cs_9".into(),
            payment_id: None,
            kind: "not-in-ledger".into(),
            detail: "{\"amount_minor\":600}".into(),
            opened_at: 50,
            closed_at: None,
        };
        assert!(store.open_difference(difference.clone()).await.unwrap());
        let again = DifferenceRow {
            id: "d2".into(),
            ..difference
        };
        assert!(!store.open_difference(again).await.unwrap(), "once");
        assert_eq!(store.open_differences().await.unwrap().len(), 1);
        // Closed once, with its audit in the same transaction.
        let closing = || {
            garita_store::records::Effects::audit(
                garita_domain::AuditEvent::new(
                    60,
                    garita_domain::AuditAction::PaymentDifferenceClosed,
                )
                .actor("admin")
                .subject("d1"),
            )
        };
        assert!(store.close_difference("d1", 60, closing()).await.unwrap());
        assert!(!store.close_difference("d1", 61, closing()).await.unwrap());
        assert!(store.open_differences().await.unwrap().is_empty());
        let closed = store.latest_audit(10).await.unwrap();
        assert_eq!(
            closed
                .iter()
                .filter(|e| e.action == "payment.difference-closed")
                .count(),
            1
        );
    }
}
