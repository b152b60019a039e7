//! Checking the audit log's hash chain, page by page.

use crate::{Result, Services};
use garita_domain::audit::{GENESIS, verify_chain};

/// The result of checking the whole chain.
#[derive(Debug, PartialEq, Eq)]
pub enum ChainCheck {
    Intact {
        entries: usize,
    },
    /// The first entry whose hash, link or number does not fit.
    BrokenAt {
        seq: i64,
    },
}

impl Services {
    pub async fn verify_audit_chain(&self) -> Result<ChainCheck> {
        const PAGE: i64 = 1000;
        let (mut prev, mut next_seq, mut total) = (GENESIS.to_string(), 1, 0);
        loop {
            let page = self.store.audit_entries(next_seq - 1, PAGE).await?;
            if page.is_empty() {
                return Ok(ChainCheck::Intact { entries: total });
            }
            match verify_chain(&page, prev, next_seq) {
                Ok((checked, last)) => {
                    total += checked;
                    next_seq += checked as i64;
                    prev = last;
                }
                Err(seq) => return Ok(ChainCheck::BrokenAt { seq }),
            }
        }
    }
}
