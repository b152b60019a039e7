//! What the kernel asks each service about a person's group, so that accounts and
//! registrations (the kernel's) never read a service's tables: whether the service holds who
//! travels fixed, its part of the person's signed record, and the arrivals at a port it
//! recorded (the person's travel history gathers every service's).

use crate::{Result as ServiceResult, Services};
use async_trait::async_trait;
use chrono::NaiveDate;
use garita_store::StoreError;
use serde_json::{Map, Value};

/// An arrival at a port that a service recorded, and what the officer decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrival {
    /// Unix milliseconds.
    pub at: i64,
    pub port: String,
    /// A traveller of the person's registration (the kernel opens the name), or a name the
    /// service keeps itself.
    pub traveller_id: Option<String>,
    pub name: Option<String>,
    pub decided: ArrivalDecision,
}

/// What was decided at the port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArrivalDecision {
    Admitted {
        admission_number: Option<String>,
        class: Option<String>,
        until: Option<NaiveDate>,
    },
    Paroled {
        until: NaiveDate,
        admission_number: Option<String>,
    },
    Referred,
    NotAdmitted,
}

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

    /// The accounts of people it recorded as paroled at `port` (any port when empty) on
    /// arriving from `from` until before `to` (Unix ms): a set a notice may be sent to.
    async fn paroled_between(
        &self,
        _port: &str,
        _from: i64,
        _to: i64,
    ) -> Result<Vec<String>, StoreError> {
        Ok(vec![])
    }

    /// The arrivals at a port it recorded for the account (or its registration), any order.
    async fn arrivals(
        &self,
        _account_id: &str,
        _registration_id: Option<&str>,
    ) -> Result<Vec<Arrival>, StoreError> {
        Ok(vec![])
    }
}

impl Services {
    /// Every arrival any service recorded for the person since `since` (Unix ms), the most
    /// recent first, each with its traveller's name.
    pub async fn travel_history(
        &self,
        account_id: &str,
        since: i64,
    ) -> ServiceResult<Vec<Arrival>> {
        let registration = self.registration(account_id).await?;
        let registration_id = registration.as_ref().map(|r| r.id.as_str());
        let mut all = vec![];
        for part in &self.people {
            all.extend(part.arrivals(account_id, registration_id).await?);
        }
        all.retain(|a| a.at >= since);
        for a in &mut all {
            if a.name.is_none()
                && let Some(t) = registration.as_ref().and_then(|r| {
                    r.travellers
                        .iter()
                        .find(|t| Some(&t.id) == a.traveller_id.as_ref())
                })
            {
                a.name = Some(
                    format!("{} {}", t.name.given, t.name.family)
                        .trim()
                        .to_string(),
                );
            }
        }
        all.sort_by_key(|a| std::cmp::Reverse(a.at));
        Ok(all)
    }
}

/// What a service that keeps nothing about accounts hands in as `Service::people`.
pub fn nobody(
    _: &garita_store::Db,
    _: &std::sync::Arc<garita_security::Keys>,
) -> std::sync::Arc<dyn PersonParts> {
    std::sync::Arc::new(Nobody)
}

struct Nobody;

#[async_trait]
impl PersonParts for Nobody {
    async fn fixes_travellers(&self, _: &str) -> Result<bool, StoreError> {
        Ok(false)
    }

    async fn record(&self, _: &str, _: Option<&str>) -> Result<Map<String, Value>, StoreError> {
        Ok(Map::new())
    }
}
