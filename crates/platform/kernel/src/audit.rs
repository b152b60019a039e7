//! The audit log's keyed hash chain, checked page by page against the signed checkpoints of its
//! head (kept in the database and published at `/audit/checkpoints`, so that copies outside it
//! hold the chain too), and the daily job that signs a checkpoint.

use crate::jobs::{BackgroundJob, JobKinds, Outcome, new_job};
use crate::{Result, Services};
use garita_domain::audit::{GENESIS, verify_chain};
use garita_domain::{Chain, ChainKey, Checkpoint};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How often a checkpoint is signed (services also sign one when they publish a result).
const CHECKPOINT_EVERY: i64 = 24 * 60 * 60 * 1000;
/// Checkpoints checked from the database (the newest; a year of daily ones and more).
const CHECKPOINTS_CHECKED: i64 = 1_000;

/// The result of checking the whole chain.
#[derive(Debug, PartialEq, Eq)]
pub enum ChainCheck {
    /// Every entry fits, and so does every checkpoint (the largest of them counted `checkpoint`).
    Intact {
        entries: usize,
        checkpoint: Option<i64>,
    },
    /// The first entry whose hash, link or number does not fit.
    BrokenAt { seq: i64 },
    /// The chain's first `count` entries do not end where a signed checkpoint says they did:
    /// the chain was rewritten.
    Rewritten { count: i64 },
    /// The chain holds fewer entries than a signed checkpoint counted: its newest were removed.
    Cut { entries: usize, checkpoint: i64 },
    /// A checkpoint whose signature no published key of this installation makes.
    BadCheckpoint { count: i64 },
}

impl Services {
    fn chain(&self, keyed_from: i64) -> Chain {
        Chain {
            key: ChainKey::new(self.keys.audit_chain_key()),
            keyed_from,
        }
    }

    /// Whether a checkpoint's signature is one of this installation's keys'.
    pub fn checkpoint_signed(&self, c: &Checkpoint) -> bool {
        let bytes = Checkpoint::signed_bytes(c.count, &c.head, c.at_ms, c.keyed_from);
        self.keys
            .public_keys()
            .iter()
            .filter(|k| k.key_id == c.key_id)
            .any(|k| garita_security::verify_signature(&k.public_key, &bytes, &c.signature))
    }

    /// Checks the chain, and holds it to the stored checkpoints and to `kept` (checkpoints
    /// someone kept outside the database, e.g. downloaded from `/audit/checkpoints`).
    #[tracing::instrument(skip_all)]
    pub async fn verify_audit_chain(&self, kept: &[Checkpoint]) -> Result<ChainCheck> {
        const PAGE: i64 = 1000;
        let stored = self.store.checkpoints(CHECKPOINTS_CHECKED).await?;
        let keyed_from = self.store.audit_keyed_from().await?;
        let mut heads: BTreeMap<i64, String> = BTreeMap::new();
        for c in stored.iter().chain(kept) {
            if !self.checkpoint_signed(c) {
                return Ok(ChainCheck::BadCheckpoint { count: c.count });
            }
            // Where the keyed hashes start is signed too: moving it (to pass unkeyed hashes
            // off as genuine) is a rewrite.
            if c.keyed_from != keyed_from {
                return Ok(ChainCheck::Rewritten { count: c.count });
            }
            if heads
                .insert(c.count, c.head.clone())
                .is_some_and(|h| h != c.head)
            {
                return Ok(ChainCheck::Rewritten { count: c.count });
            }
        }
        let chain = self.chain(keyed_from);
        let (mut prev, mut next_seq, mut total) = (GENESIS.to_string(), 1, 0);
        loop {
            let page = self.store.audit_entries(next_seq - 1, PAGE).await?;
            if page.is_empty() {
                break;
            }
            match verify_chain(&chain, &page, prev, next_seq) {
                Ok((checked, last)) => {
                    for e in &page {
                        if heads.get(&e.seq).is_some_and(|head| *head != e.hash) {
                            return Ok(ChainCheck::Rewritten { count: e.seq });
                        }
                    }
                    total += checked;
                    next_seq += checked as i64;
                    prev = last;
                }
                Err(seq) => return Ok(ChainCheck::BrokenAt { seq }),
            }
        }
        let checkpoint = heads.keys().next_back().copied();
        Ok(match checkpoint {
            Some(count) if count > total as i64 => ChainCheck::Cut {
                entries: total,
                checkpoint: count,
            },
            _ => ChainCheck::Intact {
                entries: total,
                checkpoint,
            },
        })
    }

    /// Signs a checkpoint of the chain's head now, unless one exists for it already. Returns it
    /// if one was made.
    #[tracing::instrument(skip_all)]
    pub async fn checkpoint_audit(&self) -> Result<Option<Checkpoint>> {
        let Some(head) = self.store.latest_audit(1).await?.into_iter().next() else {
            return Ok(None);
        };
        let at_ms = self.now();
        let keyed_from = self.store.audit_keyed_from().await?;
        let bytes = Checkpoint::signed_bytes(head.seq, &head.hash, at_ms, keyed_from);
        let checkpoint = Checkpoint {
            count: head.seq,
            head: head.hash,
            at_ms,
            keyed_from,
            key_id: self.keys.public_key().key_id,
            signature: self.keys.sign(&bytes),
        };
        let added = self.store.add_checkpoint(checkpoint.clone()).await?;
        Ok(added.then_some(checkpoint))
    }

    /// The newest checkpoints, newest first (what `/audit/checkpoints` publishes).
    #[tracing::instrument(skip_all)]
    pub async fn audit_checkpoints(&self, limit: i64) -> Result<Vec<Checkpoint>> {
        Ok(self.store.checkpoints(limit).await?)
    }
}

/// Once a day: a signed checkpoint of the audit chain's head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignCheckpoint {}

impl BackgroundJob for SignCheckpoint {
    const KIND: &'static str = "audit.checkpoint";
    type Context = Services;
    fn dedup_key(&self) -> String {
        Self::KIND.to_string()
    }
    async fn run(self, services: &Services) -> Result<Outcome> {
        services.checkpoint_audit().await?;
        Ok(Outcome::Again {
            at: services.now() + CHECKPOINT_EVERY,
        })
    }
}

/// The audit log's job kind and its planner.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds
        .kind::<SignCheckpoint>()
        .planner(|s: &Services| vec![new_job(&SignCheckpoint {}, s.now())])
}
