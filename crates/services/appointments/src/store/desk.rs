//! At the port: appointments by day, and each traveller's arrival and outcome.

use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

/// A traveller's arrival and the outcome as it stands (its versions are `OutcomeVersionRow`s).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TravellerOutcome {
    pub appointment_id: String,
    pub traveller_id: String,
    pub arrived_at: i64,
    /// The headline fact (`paroled`, `nta`, `referred` or `not-admitted`), kept for code that
    /// reads it during a deploy; `None` while only arrived.
    pub outcome: Option<String>,
    /// Rows written before facts were sealed keep their date and number here.
    pub parole_until: Option<String>,
    pub nta_number: Option<String>,
    pub note_sealed: Option<Vec<u8>>,
    pub officer: String,
    pub decided_at: Option<i64>,
    /// The facts (`garita_domain::outcome::Outcome` as JSON), sealed.
    pub facts_sealed: Option<Vec<u8>>,
    /// How many versions of the facts there are (0: arrived, nothing decided yet).
    pub version: i64,
    /// The facts as flags, in clear for the figures (0 or 1).
    pub paroled: i64,
    pub nta: i64,
    pub referred: i64,
    pub not_admitted: i64,
}

impl TravellerOutcome {
    /// A traveller who arrived, with nothing decided yet.
    pub fn arrived(appointment_id: &str, traveller_id: &str, at: i64, officer: &str) -> Self {
        TravellerOutcome {
            appointment_id: appointment_id.to_string(),
            traveller_id: traveller_id.to_string(),
            arrived_at: at,
            outcome: None,
            parole_until: None,
            nta_number: None,
            note_sealed: None,
            officer: officer.to_string(),
            decided_at: None,
            facts_sealed: None,
            version: 0,
            paroled: 0,
            nta: 0,
            referred: 0,
            not_admitted: 0,
        }
    }
}

/// One version of a traveller's outcome facts, with who recorded it, when and why.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutcomeVersionRow {
    pub appointment_id: String,
    pub traveller_id: String,
    pub version: i64,
    pub recorded_at: i64,
    pub officer: String,
    pub facts_sealed: Vec<u8>,
    pub reason_sealed: Option<Vec<u8>>,
}

/// Appointments of one port and date, counted (the admin overview).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DayCounts {
    pub port_code: String,
    pub appointment_date: String,
    /// Appointments that held or hold their seats (not lapsed, not cancelled).
    pub appointments: i64,
    /// Confirmed by every traveller (no-shows included: they were confirmed).
    pub confirmed: i64,
    pub no_shows: i64,
}

/// Travellers of one port and date: arrived, and with each fact (one traveller may have
/// several, paroled with a Notice to Appear).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutcomeCount {
    pub port_code: String,
    pub appointment_date: String,
    pub arrived: i64,
    pub paroled: i64,
    pub nta: i64,
    pub referred: i64,
    pub not_admitted: i64,
}

#[async_trait]
pub trait DeskStore {
    /// Per port and date from `from` to `to`: appointments, confirmed, no-shows.
    async fn day_counts(&self, from: &str, to: &str) -> Result<Vec<DayCounts>>;
    /// Per port and date from `from` to `to`: travellers checked in, and with each fact.
    async fn outcome_counts(&self, from: &str, to: &str) -> Result<Vec<OutcomeCount>>;
    /// A port's appointments on a date, by time slot.
    async fn appointments_at(&self, port: &str, date: &str) -> Result<Vec<AppointmentRow>>;
    async fn outcomes_of(&self, appointment_id: &str) -> Result<Vec<TravellerOutcome>>;
    /// The accounts of groups with a traveller paroled at `port` (any port when empty) who
    /// arrived from `from` until before `to` (Unix ms).
    async fn paroled_accounts(&self, port: &str, from: i64, to: i64) -> Result<Vec<String>>;
    /// Every version of the outcome facts of an appointment's travellers, oldest first.
    async fn outcome_versions_of(&self, appointment_id: &str) -> Result<Vec<OutcomeVersionRow>>;
    /// Records a traveller's arrival and outcome, with `version` (when the facts changed) and
    /// `effects`, if the outcome still is at `expected_version` (0: none recorded yet);
    /// `Ok(false)` when another officer recorded one first.
    async fn record_outcome(
        &self,
        outcome: TravellerOutcome,
        expected_version: i64,
        version: Option<OutcomeVersionRow>,
        effects: Effects,
    ) -> Result<bool>;
    /// Confirmed appointments on or before `date` at which nobody has arrived.
    async fn nobody_arrived(&self, date: &str) -> Result<Vec<AppointmentRow>>;
    /// Marks a confirmed appointment a no-show, with `effects`, if it still is confirmed and
    /// nobody arrived (`Ok(false)` otherwise).
    async fn no_show(&self, appointment_id: &str, effects: Effects) -> Result<bool>;
}

macro_rules! impl_desk_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::desk::DeskStore for $store {
            async fn day_counts(
                &self,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::DayCounts>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, appointment_date, \
                     CAST(SUM(CASE WHEN status IN ('won', 'offered', 'confirmed', 'no-show') \
                         THEN 1 ELSE 0 END) AS BIGINT) AS appointments, \
                     CAST(SUM(CASE WHEN status IN ('confirmed', 'no-show') THEN 1 ELSE 0 END) \
                         AS BIGINT) AS confirmed, \
                     CAST(SUM(CASE WHEN status = 'no-show' THEN 1 ELSE 0 END) AS BIGINT) AS no_shows \
                     FROM appointments WHERE appointment_date >= $1 AND appointment_date <= $2 \
                     GROUP BY port_code, appointment_date",
                )
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn outcome_counts(
                &self,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::OutcomeCount>> {
                Ok(sqlx::query_as(
                    "SELECT a.port_code, a.appointment_date, CAST(COUNT(*) AS BIGINT) AS arrived, \
                     CAST(SUM(o.paroled) AS BIGINT) AS paroled, CAST(SUM(o.nta) AS BIGINT) AS nta, \
                     CAST(SUM(o.referred) AS BIGINT) AS referred, \
                     CAST(SUM(o.not_admitted) AS BIGINT) AS not_admitted \
                     FROM traveller_outcomes o JOIN appointments a ON a.id = o.appointment_id \
                     WHERE a.appointment_date >= $1 AND a.appointment_date <= $2 \
                     GROUP BY a.port_code, a.appointment_date",
                )
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn appointments_at(
                &self,
                port: &str,
                date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE port_code = $1 AND appointment_date = $2 ORDER BY slot, entry_id"
                ))
                .bind(port)
                .bind(date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn outcomes_of(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::TravellerOutcome>> {
                Ok(sqlx::query_as(
                    "SELECT appointment_id, traveller_id, arrived_at, outcome, parole_until, \
                     nta_number, note_sealed, officer, decided_at, facts_sealed, version, paroled, \
                     nta, referred, not_admitted FROM traveller_outcomes \
                     WHERE appointment_id = $1 ORDER BY traveller_id",
                )
                .bind(appointment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn paroled_accounts(
                &self,
                port: &str,
                from: i64,
                to: i64,
            ) -> garita_store::Result<Vec<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT DISTINCT r.account_id FROM traveller_outcomes o \
                     JOIN appointments a ON a.id = o.appointment_id \
                     JOIN registrations r ON r.id = a.registration_id \
                     WHERE o.paroled = 1 AND o.arrived_at >= $2 AND o.arrived_at < $3 \
                     AND ($1 = '' OR a.port_code = $1) ORDER BY r.account_id",
                )
                .bind(port)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn outcome_versions_of(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::desk::OutcomeVersionRow>> {
                Ok(sqlx::query_as(
                    "SELECT appointment_id, traveller_id, version, recorded_at, officer, \
                     facts_sealed, reason_sealed FROM outcome_versions \
                     WHERE appointment_id = $1 ORDER BY traveller_id, version",
                )
                .bind(appointment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn nobody_arrived(
                &self,
                date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE status = 'confirmed' AND appointment_date <= $1 AND NOT EXISTS \
                     (SELECT 1 FROM traveller_outcomes o WHERE o.appointment_id = appointments.id) \
                     ORDER BY appointment_date, id"
                ))
                .bind(date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn no_show(
                &self,
                appointment_id: &str,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let ended = sqlx::query(
                    "UPDATE appointments SET status = 'no-show' WHERE id = $1 AND status = 'confirmed' \
                     AND NOT EXISTS (SELECT 1 FROM traveller_outcomes o WHERE o.appointment_id = $1)",
                )
                .bind(appointment_id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if ended {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                    tx.commit().await?;
                }
                Ok(ended)
            }

            async fn record_outcome(
                &self,
                o: $crate::store::desk::TravellerOutcome,
                expected_version: i64,
                version: Option<$crate::store::desk::OutcomeVersionRow>,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let sql = if expected_version == 0 {
                    // The first record, or an arrival recorded again before any decision.
                    "INSERT INTO traveller_outcomes (appointment_id, traveller_id, arrived_at, \
                     outcome, parole_until, nta_number, note_sealed, officer, decided_at, \
                     facts_sealed, version, paroled, nta, referred, not_admitted) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
                     ON CONFLICT (appointment_id, traveller_id) DO UPDATE SET \
                     outcome = excluded.outcome, parole_until = excluded.parole_until, \
                     nta_number = excluded.nta_number, note_sealed = excluded.note_sealed, \
                     officer = excluded.officer, decided_at = excluded.decided_at, \
                     facts_sealed = excluded.facts_sealed, version = excluded.version, \
                     paroled = excluded.paroled, nta = excluded.nta, referred = excluded.referred, \
                     not_admitted = excluded.not_admitted \
                     WHERE traveller_outcomes.version = $16"
                } else {
                    "UPDATE traveller_outcomes SET outcome = $4, parole_until = $5, \
                     nta_number = $6, note_sealed = $7, officer = $8, decided_at = $9, \
                     facts_sealed = $10, version = $11, paroled = $12, nta = $13, referred = $14, \
                     not_admitted = $15 \
                     WHERE appointment_id = $1 AND traveller_id = $2 AND arrived_at = $3 \
                     AND version = $16"
                };
                let written = sqlx::query(sql)
                    .bind(&o.appointment_id)
                    .bind(&o.traveller_id)
                    .bind(o.arrived_at)
                    .bind(&o.outcome)
                    .bind(&o.parole_until)
                    .bind(&o.nta_number)
                    .bind(&o.note_sealed)
                    .bind(&o.officer)
                    .bind(o.decided_at)
                    .bind(&o.facts_sealed)
                    .bind(o.version)
                    .bind(o.paroled)
                    .bind(o.nta)
                    .bind(o.referred)
                    .bind(o.not_admitted)
                    .bind(expected_version)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                    == 1;
                if !written {
                    return Ok(false);
                }
                if let Some(v) = version {
                    sqlx::query(
                        "INSERT INTO outcome_versions (appointment_id, traveller_id, version, \
                         recorded_at, officer, facts_sealed, reason_sealed) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(&v.appointment_id)
                    .bind(&v.traveller_id)
                    .bind(v.version)
                    .bind(v.recorded_at)
                    .bind(&v.officer)
                    .bind(&v.facts_sealed)
                    .bind(&v.reason_sealed)
                    .execute(&mut *tx)
                    .await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }
        }
    };
}
pub(crate) use impl_desk_store;
