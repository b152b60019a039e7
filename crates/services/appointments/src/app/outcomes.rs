//! A traveller's outcome as it stands and its versions, opened from the store (the facts and
//! the reasons are sealed). Rows written before facts were sealed are read from their old
//! columns, as one version.

use crate::store::desk::{OutcomeVersionRow, TravellerOutcome};
use garita_domain::outcome::{Outcome, OutcomeVersion};
use garita_security::{KeyError, Keys};

pub(crate) const FACTS: &str = "desk.facts";
pub(crate) const REASON: &str = "desk.reason";

/// The facts recorded for a traveller now (none once forgotten with a closed account).
pub fn current(keys: &Keys, o: &TravellerOutcome) -> Result<Outcome, KeyError> {
    match &o.facts_sealed {
        Some(sealed) if sealed.is_empty() => Ok(Outcome::default()),
        Some(sealed) => open(keys, sealed),
        None => Ok(legacy(o)),
    }
}

/// Every version of a traveller's facts, oldest first.
pub fn history(
    keys: &Keys,
    o: &TravellerOutcome,
    rows: &[OutcomeVersionRow],
) -> Result<Vec<OutcomeVersion>, KeyError> {
    let mut versions = vec![];
    for row in rows.iter().filter(|r| r.traveller_id == o.traveller_id) {
        let reason = match &row.reason_sealed {
            Some(r) if !r.is_empty() => Some(keys.open_str(r, REASON)?),
            _ => None,
        };
        let outcome = if row.facts_sealed.is_empty() {
            Outcome::default()
        } else {
            open(keys, &row.facts_sealed)?
        };
        versions.push(OutcomeVersion {
            version: row.version,
            at: row.recorded_at,
            officer: row.officer.clone(),
            outcome,
            reason,
        });
    }
    if versions.is_empty() && o.facts_sealed.is_none() && o.outcome.is_some() {
        versions.push(OutcomeVersion {
            version: 1,
            at: o.decided_at.unwrap_or(o.arrived_at),
            officer: o.officer.clone(),
            outcome: legacy(o),
            reason: None,
        });
    }
    Ok(versions)
}

pub(crate) fn seal(keys: &Keys, outcome: &Outcome) -> Vec<u8> {
    keys.seal(
        &serde_json::to_vec(outcome).expect("an outcome serializes"),
        FACTS,
    )
}

fn open(keys: &Keys, sealed: &[u8]) -> Result<Outcome, KeyError> {
    serde_json::from_slice(&keys.open(sealed, FACTS)?).map_err(|_| KeyError::CannotOpen)
}

/// A row from before sealed facts: one headline outcome, its date or number as stored.
fn legacy(o: &TravellerOutcome) -> Outcome {
    let mut facts = serde_json::Map::new();
    match o.outcome.as_deref() {
        Some("paroled") => {
            facts.insert("parole_until".into(), o.parole_until.clone().into());
        }
        Some("nta") => {
            facts.insert("notice_to_appear".into(), o.nta_number.clone().into());
        }
        Some("referred") => {
            facts.insert("referred".into(), true.into());
        }
        Some("not-admitted") => {
            facts.insert("not_admitted".into(), true.into());
        }
        _ => {}
    }
    serde_json::from_value(facts.into()).unwrap_or_default()
}

/// A traveller of the person's group who arrived at a port, with what was recorded.
#[derive(Debug, Clone)]
pub struct Arrival {
    pub appointment: crate::store::draws::AppointmentRow,
    pub port: garita_domain::Port,
    pub given_name: String,
    pub arrived_at: i64,
    pub facts: Outcome,
    pub history: Vec<OutcomeVersion>,
}

impl super::Appointments {
    /// Every traveller of the person's group who arrived at a port, with the outcome as it
    /// stands and each version of it, oldest appointment first.
    #[tracing::instrument(skip_all)]
    pub async fn arrivals(&self, account_id: &str) -> super::Result<Vec<Arrival>> {
        let Some(registration) = self.registration(account_id).await? else {
            return Ok(vec![]);
        };
        let ports = self.store.list_ports().await?;
        let mut arrivals = vec![];
        for a in self.store.appointments_of(&registration.id).await? {
            let outcomes = self.store.outcomes_of(&a.id).await?;
            if outcomes.is_empty() {
                continue;
            }
            let versions = self.store.outcome_versions_of(&a.id).await?;
            let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
                continue;
            };
            for o in &outcomes {
                // A traveller since removed from the group is still shown, unnamed.
                let given_name = registration
                    .travellers
                    .iter()
                    .find(|t| t.id == o.traveller_id)
                    .map(|t| t.name.given.clone())
                    .unwrap_or_default();
                arrivals.push(Arrival {
                    appointment: a.clone(),
                    port: port.clone(),
                    given_name,
                    arrived_at: o.arrived_at,
                    facts: current(&self.keys, o)?,
                    history: history(&self.keys, o, &versions)?,
                });
            }
        }
        Ok(arrivals)
    }
}
