//! Re-sealing every sealed value with the current key generation (`garita admin rotate-key`).

use crate::{Result, Services};
use garita_security::Keys;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// Values re-sealed with the current generation.
    pub resealed: usize,
    /// Values that already were.
    pub already_current: usize,
}

impl Services {
    /// Opens each sealed value with the generation that sealed it and seals it again with the
    /// current one. Safe to run while Garita serves, and again after an interruption.
    /// `progress` hears (values done, values in all) after each value.
    #[tracing::instrument(skip_all)]
    pub async fn reseal_all(&self, progress: impl Fn(usize, usize)) -> Result<Rotation> {
        let current = self.keys.generation();
        let mut report = Rotation::default();
        // Counted first, then one column in memory at a time (photos are large).
        let mut total = 0;
        for column in self.sealed_columns.iter().copied() {
            total += self.store.count_sealed(*column).await? as usize;
        }
        for column in self.sealed_columns.iter().copied() {
            for old in self.store.sealed_values(*column).await? {
                progress(report.resealed + report.already_current, total);
                if Keys::generation_of(&old) == Some(current) {
                    report.already_current += 1;
                    continue;
                }
                let plain = self.keys.open(&old, column.context)?;
                let new = self.keys.seal(&plain, column.context);
                // If a change replaced the value meanwhile, it was sealed with the current key.
                if self.store.replace_sealed(*column, &old, &new).await? {
                    report.resealed += 1;
                } else {
                    report.already_current += 1;
                }
            }
        }
        progress(total, total);
        Ok(report)
    }
}
