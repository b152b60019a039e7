//! What the kernel asks each service about a person's group, so that accounts and
//! registrations (the kernel's) never read a service's tables: whether the service holds who
//! travels fixed, and its part of the person's signed record.

use async_trait::async_trait;
use garita_store::StoreError;
use serde_json::{Map, Value};

#[async_trait]
pub trait PersonParts: Send + Sync {
    /// Whether who travels in a registration is fixed now by something the service holds for
    /// the group: nobody may be added, and nobody may become somebody else.
    async fn fixes_travellers(&self, registration_id: &str) -> Result<bool, StoreError>;

    /// Whether the service holds something for the group that the person must end themselves,
    /// on the service's own page, before closing their account (a decision with consequences
    /// for others, which closing must not take for them).
    async fn holds_before_closing(&self, _registration_id: &str) -> Result<bool, StoreError> {
        Ok(false)
    }

    /// The service's part of the person's signed record, under field names it owns (they are
    /// published: never renamed): what it keeps for the account, and for its registration
    /// (`None` when the person has none yet).
    async fn record(
        &self,
        account_id: &str,
        registration_id: Option<&str>,
    ) -> Result<Map<String, Value>, StoreError>;
}
