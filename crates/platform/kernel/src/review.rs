//! What waits for a person's judgement: photos the automatic check could not accept, and
//! integrity cases. A reviewer decides; nothing is decided or deleted automatically. Every look
//! at a photo and every decision is audited.

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent};
use garita_store::records::{Account, Effects};
use garita_store::registrations::{IntegrityCase, PhotoRow};

impl Services {
    #[tracing::instrument(skip_all)]
    pub async fn review_queue(&self) -> Result<(Vec<PhotoRow>, Vec<IntegrityCase>)> {
        Ok((
            self.store.photos_to_review().await?,
            self.store.open_cases().await?,
        ))
    }

    /// A photo waiting for review, as JPEG, for a reviewer (audited).
    #[tracing::instrument(skip_all)]
    pub async fn photo_for_review(
        &self,
        reviewer: &Account,
        traveller_id: &str,
    ) -> Result<Option<Vec<u8>>> {
        let Some(row) = self
            .store
            .photo(traveller_id)
            .await?
            .filter(|p| p.status == "review")
        else {
            return Ok(None);
        };
        let Some(sealed) = row.photo_sealed else {
            return Ok(None);
        };
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedPhoto)
            .actor(&reviewer.id)
            .detail(format!("{{\"traveller\":\"{traveller_id}\"}}"));
        self.store.append_audit(vec![event]).await?;
        Ok(Some(self.keys.open(&sealed, "photos.jpeg")?))
    }

    /// Accepts a photo in review, or asks for a new one (with fresh tries).
    #[tracing::instrument(skip_all)]
    pub async fn review_photo(
        &self,
        reviewer: &Account,
        traveller_id: &str,
        accept: bool,
    ) -> Result<bool> {
        let now = self.now();
        let status = if accept { "accepted" } else { "missing" };
        let event = AuditEvent::new(now, AuditAction::PhotoReviewed)
            .actor(&reviewer.id)
            .detail(format!(
                "{{\"traveller\":\"{traveller_id}\",\"decision\":\"{status}\"}}"
            ));
        Ok(self
            .store
            .decide_photo(traveller_id, status, now, Effects::audit(event))
            .await?)
    }
}
