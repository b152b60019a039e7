//! The audit log cannot be cut or rewritten unnoticed: each tampering, done to the database behind
//! Garita's back, is caught by `verify_audit_chain`; signed checkpoints are made by the daily job
//! (and at each publication: `draws.rs`).

use crate::common::World;
use garita_domain::audit::GENESIS;
use garita_domain::{AuditAction, AuditEvent, Chain, ChainKey, Checkpoint};
use garita_kernel::audit::ChainCheck;
use sqlx::Connection;

/// A world whose log holds `n` entries of its own.
async fn logged(n: i64) -> World {
    let w = World::new().await;
    let events = (1..=n)
        .map(|i| AuditEvent::new(i * 1000, AuditAction::SignInFailed).subject(&format!("s{i}")))
        .collect();
    w.services.store.append_audit(events).await.unwrap();
    w
}

async fn raw(w: &World, sql: &'static str) {
    let mut raw = sqlx::SqliteConnection::connect(&w.db.url).await.unwrap();
    sqlx::query(sql).execute(&mut raw).await.unwrap();
}

async fn check(w: &World) -> ChainCheck {
    w.services.verify_audit_chain(&[]).await.unwrap()
}

/// A chain keyed from the first entry with `key`.
fn keyed_with(key: [u8; 32]) -> Chain {
    Chain {
        key: ChainKey::new(key),
        keyed_from: 1,
    }
}

/// Rewrites every hash from the first entry on, as someone computing them with `chain` could.
async fn recompute(w: &World, chain: &Chain) {
    let entries = w.services.store.audit_entries(0, 1_000).await.unwrap();
    let mut prev = GENESIS.to_string();
    let mut conn = sqlx::SqliteConnection::connect(&w.db.url).await.unwrap();
    for e in entries {
        let hash = chain.hash(
            &prev,
            e.seq,
            e.at_ms,
            e.actor.as_deref(),
            &e.action,
            e.subject.as_deref(),
            &e.detail,
        );
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&hash)
            .bind(e.seq)
            .execute(&mut conn)
            .await
            .unwrap();
        prev = hash;
    }
}

#[tokio::test]
async fn an_intact_log_matches_its_signed_checkpoint() {
    let w = logged(5).await;
    assert_eq!(
        check(&w).await,
        ChainCheck::Intact {
            entries: 5,
            checkpoint: None
        }
    );
    let made = w.services.checkpoint_audit().await.unwrap().unwrap();
    assert_eq!(made.count, 5);
    assert!(w.services.checkpoint_signed(&made));
    // The same head is not signed twice; the log grows after it and still verifies.
    assert_eq!(w.services.checkpoint_audit().await.unwrap(), None);
    w.services
        .store
        .append_audit(vec![AuditEvent::new(9_000, AuditAction::SignedOut)])
        .await
        .unwrap();
    assert_eq!(
        check(&w).await,
        ChainCheck::Intact {
            entries: 6,
            checkpoint: Some(5)
        }
    );
}

#[tokio::test]
async fn an_edited_entry_is_caught() {
    let w = logged(5).await;
    raw(
        &w,
        "UPDATE audit_log SET subject = 'someone else' WHERE seq = 3",
    )
    .await;
    assert_eq!(check(&w).await, ChainCheck::BrokenAt { seq: 3 });
}

#[tokio::test]
async fn a_deleted_middle_entry_is_caught() {
    let w = logged(5).await;
    raw(&w, "DELETE FROM audit_log WHERE seq = 2").await;
    assert_eq!(check(&w).await, ChainCheck::BrokenAt { seq: 3 });
}

#[tokio::test]
async fn a_deleted_newest_entry_is_caught_by_the_checkpoint() {
    let w = logged(5).await;
    w.services.checkpoint_audit().await.unwrap().unwrap();
    raw(&w, "DELETE FROM audit_log WHERE seq = 5").await;
    assert_eq!(
        check(&w).await,
        ChainCheck::Cut {
            entries: 4,
            checkpoint: 5
        }
    );
}

#[tokio::test]
async fn a_rewritten_chain_is_caught() {
    // Without the key: the hashes are not the keyed ones.
    let w = logged(5).await;
    raw(
        &w,
        "UPDATE audit_log SET subject = 'someone else' WHERE seq = 3",
    )
    .await;
    recompute(&w, &keyed_with([9; 32])).await;
    assert_eq!(check(&w).await, ChainCheck::BrokenAt { seq: 1 });

    // With the key (someone who also holds the master secret): the signed checkpoint.
    let w = logged(5).await;
    w.services.checkpoint_audit().await.unwrap().unwrap();
    raw(
        &w,
        "UPDATE audit_log SET subject = 'someone else' WHERE seq = 3",
    )
    .await;
    recompute(&w, &keyed_with(w.services.keys.audit_chain_key())).await;
    assert_eq!(check(&w).await, ChainCheck::Rewritten { count: 5 });
}

#[tokio::test]
async fn a_kept_copy_catches_checkpoints_deleted_with_the_entries() {
    let w = logged(5).await;
    let kept = w.services.checkpoint_audit().await.unwrap().unwrap();
    raw(&w, "DELETE FROM audit_log WHERE seq >= 4").await;
    raw(&w, "DELETE FROM audit_checkpoints").await;
    assert_eq!(
        check(&w).await,
        ChainCheck::Intact {
            entries: 3,
            checkpoint: None
        },
        "the database alone cannot tell"
    );
    assert_eq!(
        w.services.verify_audit_chain(&[kept]).await.unwrap(),
        ChainCheck::Cut {
            entries: 3,
            checkpoint: 5
        }
    );
}

#[tokio::test]
async fn a_checkpoint_not_signed_by_garita_is_refused() {
    let w = logged(3).await;
    let real = w.services.checkpoint_audit().await.unwrap().unwrap();
    let forged = Checkpoint {
        count: 2,
        head: real.head.clone(),
        ..real.clone()
    };
    assert_eq!(
        w.services.verify_audit_chain(&[forged]).await.unwrap(),
        ChainCheck::BadCheckpoint { count: 2 }
    );
}

#[tokio::test]
async fn the_daily_job_signs_a_checkpoint() {
    let w = logged(2).await;
    w.services.run_due_jobs("n1").await.unwrap();
    let signed = w.services.audit_checkpoints(10).await.unwrap();
    assert_eq!(signed.len(), 1, "the daily job signed one");
    let head = w.services.store.latest_audit(1).await.unwrap()[0].clone();
    assert_eq!((signed[0].count, &signed[0].head), (head.seq, &head.hash));
    // Not again until a day has passed.
    w.services
        .store
        .append_audit(vec![AuditEvent::new(
            w.services.now(),
            AuditAction::SignedOut,
        )])
        .await
        .unwrap();
    w.services.run_due_jobs("n1").await.unwrap();
    assert_eq!(w.services.audit_checkpoints(10).await.unwrap().len(), 1);
    w.advance(24 * 60 * 60 * 1000 + 1);
    w.services.run_due_jobs("n1").await.unwrap();
    assert_eq!(w.services.audit_checkpoints(10).await.unwrap().len(), 2);
}

#[tokio::test]
async fn moving_where_the_keyed_hashes_start_is_caught() {
    // Someone who can write to the database raises `keyed_from` past every entry and rewrites
    // the chain with plain SHA-256 (no key needed): the signed checkpoint names the real start.
    let w = logged(5).await;
    let kept = w.services.checkpoint_audit().await.unwrap().unwrap();
    raw(
        &w,
        "UPDATE audit_log SET subject = 'someone else' WHERE seq = 3",
    )
    .await;
    raw(&w, "UPDATE audit_chain SET keyed_from = 1000000").await;
    let unkeyed = Chain {
        key: ChainKey::new([0; 32]),
        keyed_from: i64::MAX,
    };
    recompute(&w, &unkeyed).await;
    raw(&w, "DELETE FROM audit_checkpoints").await;
    assert_eq!(
        check(&w).await,
        ChainCheck::Intact {
            entries: 5,
            checkpoint: None
        },
        "the database alone cannot tell"
    );
    assert_eq!(
        w.services.verify_audit_chain(&[kept]).await.unwrap(),
        ChainCheck::Rewritten { count: 5 }
    );
}
