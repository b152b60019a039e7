//! Confirming appointments: each required traveller's location and live-photo check, and the
//! appointment confirmed once all have passed.

use crate::store::draws::AppointmentRow;
use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TravellerCheck {
    pub appointment_id: String,
    pub traveller_id: String,
    /// `passed`, `retake` or `review`.
    pub status: String,
    pub failed_attempts: i64,
    pub photo_sealed: Option<Vec<u8>>,
    pub problem: Option<String>,
    pub state: Option<String>,
    pub updated_at: i64,
    /// The distance between the live photo's face and the registration photo's, in thousandths
    /// (`garita_faces::Comparison`); `None` when they could not be compared.
    pub face_distance_milli: Option<i64>,
}

/// What `lapse` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LapseWritten {
    Done,
    /// The appointment no longer stood (or no longer held those seats).
    Gone,
    /// The day's events changed since they were read: compute again.
    Stale,
}

/// An appointment that lapsed, and what its lapse makes: the day's new events and the offers.
#[derive(Debug, Clone)]
pub struct Lapse {
    pub appointment_id: String,
    /// `lapsed` (not confirmed in time) or `cancelled` (given up, or cancelled by Garita); or
    /// `released`: the appointment stands with fewer seats (`seats_from` to `seats_to`:
    /// travellers left its group).
    pub status: String,
    pub seats_from: i64,
    pub seats_to: i64,
    /// How many of the day's events the offers were computed after: if another lapse or
    /// release was written meanwhile, nothing is written (`LapseWritten::Stale`) and the caller
    /// computes again, so seats are never offered twice.
    pub events_seen: i64,
    pub at: i64,
    pub service_date: String,
    /// JSON, appended in order after the day's earlier events.
    pub events: Vec<String>,
    /// Appointments offered to alternates.
    pub offers: Vec<AppointmentRow>,
    pub effects: Effects,
}

#[async_trait]
pub trait ConfirmationStore {
    async fn appointment(&self, id: &str) -> Result<Option<AppointmentRow>>;
    async fn traveller_checks(&self, appointment_id: &str) -> Result<Vec<TravellerCheck>>;
    /// Deletes the live photos of appointments whose day is before `date` (`YYYY-MM-DD`):
    /// their retention ended. How many.
    async fn forget_live_photos(&self, date: &str) -> Result<u64>;
    /// Records a traveller's check with `effects`. If every traveller in `required` has then
    /// passed and the appointment still waits (`won` or `offered`), it is confirmed at
    /// `check.updated_at` with `number` and `on_confirmed` is written too; returns whether that
    /// happened.
    /// Two travellers confirming at once cannot both miss the other: the appointment's row is
    /// locked first.
    async fn record_check(
        &self,
        check: TravellerCheck,
        required: &[String],
        number: &str,
        effects: Effects,
        on_confirmed: Effects,
    ) -> Result<bool>;
    /// The appointment with this confirmation number.
    async fn appointment_by_number(&self, number: &str) -> Result<Option<AppointmentRow>>;
    /// The account a registration belongs to.
    async fn account_of_registration(&self, registration_id: &str) -> Result<Option<String>>;
    /// The account whose registration holds an appointment.
    async fn account_of_appointment(&self, appointment_id: &str) -> Result<Option<String>>;
    /// A day's events after its draw, in order (JSON).
    async fn after_draw(&self, service_date: &str) -> Result<Vec<String>>;
    /// Ends an appointment still standing (lapsed: only one waiting for confirmation), or
    /// shrinks it (released), and writes its events, offers and effects with it; nothing is
    /// written if it no longer stood or the day's events changed since they were read.
    async fn lapse(&self, lapse: Lapse) -> Result<LapseWritten>;
    /// Photos refused three times, waiting for a person, oldest first.
    async fn checks_in_review(&self) -> Result<Vec<TravellerCheck>>;
}

macro_rules! select_check {
    () => {
        "SELECT appointment_id, traveller_id, status, failed_attempts, photo_sealed, problem, \
         state, updated_at, face_distance_milli FROM traveller_checks"
    };
}
pub(crate) use select_check;

macro_rules! impl_confirmation_store {
    ($store:ty) => {
        #[async_trait::async_trait]
        impl $crate::store::confirmations::ConfirmationStore for $store {
            async fn appointment(
                &self,
                id: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE id = $1"
                ))
                .bind(id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn forget_live_photos(&self, date: &str) -> garita_store::Result<u64> {
                Ok(sqlx::query(
                    "UPDATE traveller_checks SET photo_sealed = NULL WHERE photo_sealed IS NOT NULL \
                     AND appointment_id IN (SELECT id FROM appointments WHERE appointment_date < $1)",
                )
                .bind(date)
                .execute(self.writes())
                .await?
                .rows_affected())
            }

            async fn traveller_checks(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::confirmations::TravellerCheck>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::confirmations::select_check!(),
                    " WHERE appointment_id = $1 ORDER BY traveller_id"
                ))
                .bind(appointment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn record_check(
                &self,
                c: $crate::store::confirmations::TravellerCheck,
                required: &[String],
                number: &str,
                effects: garita_store::records::Effects,
                on_confirmed: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                // Lock the appointment (a no-op update) so that checks of one group queue.
                sqlx::query("UPDATE appointments SET id = id WHERE id = $1")
                    .bind(&c.appointment_id)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO traveller_checks (appointment_id, traveller_id, status, \
                     failed_attempts, photo_sealed, problem, state, updated_at, \
                     face_distance_milli) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                     ON CONFLICT (appointment_id, traveller_id) DO UPDATE SET \
                     status = excluded.status, failed_attempts = excluded.failed_attempts, \
                     photo_sealed = excluded.photo_sealed, problem = excluded.problem, \
                     state = excluded.state, updated_at = excluded.updated_at, \
                     face_distance_milli = excluded.face_distance_milli",
                )
                .bind(&c.appointment_id)
                .bind(&c.traveller_id)
                .bind(&c.status)
                .bind(c.failed_attempts)
                .bind(&c.photo_sealed)
                .bind(&c.problem)
                .bind(&c.state)
                .bind(c.updated_at)
                .bind(c.face_distance_milli)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                let passed: Vec<String> = sqlx::query_scalar(
                    "SELECT traveller_id FROM traveller_checks \
                     WHERE appointment_id = $1 AND status = 'passed'",
                )
                .bind(&c.appointment_id)
                .fetch_all(&mut *tx)
                .await?;
                let mut confirmed = false;
                if required.iter().all(|t| passed.contains(t)) {
                    confirmed = sqlx::query(
                        "UPDATE appointments SET status = 'confirmed', confirmed_at = $2, \
                         confirmation_number = $3 WHERE id = $1 AND status IN ('won', 'offered')",
                    )
                    .bind(&c.appointment_id)
                    .bind(c.updated_at)
                    .bind(number)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                        == 1;
                    if confirmed {
                        write_effects(&mut tx, self.chain_key(), &on_confirmed).await?;
                    }
                }
                tx.commit().await?;
                Ok(confirmed)
            }

            async fn appointment_by_number(
                &self,
                number: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE confirmation_number = $1"
                ))
                .bind(number)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn account_of_registration(
                &self,
                registration_id: &str,
            ) -> garita_store::Result<Option<String>> {
                Ok(sqlx::query_scalar("SELECT account_id FROM registrations WHERE id = $1")
                    .bind(registration_id)
                    .fetch_optional(self.pool())
                    .await?)
            }

            async fn account_of_appointment(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Option<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT g.account_id FROM appointments a \
                     JOIN registrations g ON g.id = a.registration_id WHERE a.id = $1",
                )
                .bind(appointment_id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn after_draw(&self, service_date: &str) -> garita_store::Result<Vec<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT event FROM draw_events WHERE service_date = $1 ORDER BY seq",
                )
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn lapse(
                &self,
                l: $crate::store::confirmations::Lapse,
            ) -> garita_store::Result<$crate::store::confirmations::LapseWritten> {
                use $crate::store::confirmations::LapseWritten;
                let mut tx = self.write_tx().await?;
                let events: i64 =
                    sqlx::query_scalar("SELECT COUNT(*) FROM draw_events WHERE service_date = $1")
                        .bind(&l.service_date)
                        .fetch_one(&mut *tx)
                        .await?;
                if events != l.events_seen {
                    return Ok(LapseWritten::Stale);
                }
                let lapsed = if l.status == "released" {
                    sqlx::query(
                        "UPDATE appointments SET seats = $3 WHERE id = $1 AND seats = $2 \
                         AND status IN ('won', 'offered', 'confirmed')",
                    )
                    .bind(&l.appointment_id)
                    .bind(l.seats_from)
                    .bind(l.seats_to)
                    .execute(&mut *tx)
                    .await?
                } else {
                    sqlx::query(
                        "UPDATE appointments SET status = $2, \
                         cancelled_at = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancelled_at END \
                         WHERE id = $1 AND (status IN ('won', 'offered') \
                                            OR ($2 = 'cancelled' AND status = 'confirmed'))",
                    )
                    .bind(&l.appointment_id)
                    .bind(&l.status)
                    .bind(l.at)
                    .execute(&mut *tx)
                    .await?
                }
                .rows_affected()
                    == 1;
                if !lapsed {
                    return Ok(LapseWritten::Gone);
                }
                for event in &l.events {
                    sqlx::query(
                        "INSERT INTO draw_events (service_date, seq, event) \
                         SELECT $1, COALESCE(MAX(seq), 0) + 1, $2 FROM draw_events WHERE service_date = $1",
                    )
                    .bind(&l.service_date)
                    .bind(event)
                    .execute(&mut *tx)
                    .await?;
                }
                for a in &l.offers {
                    insert_appointment(&mut tx, a).await?;
                }
                write_effects(&mut tx, self.chain_key(), &l.effects).await?;
                tx.commit().await?;
                Ok(LapseWritten::Done)
            }

            async fn checks_in_review(
                &self,
            ) -> garita_store::Result<Vec<$crate::store::confirmations::TravellerCheck>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::confirmations::select_check!(),
                    " WHERE status = 'review' ORDER BY updated_at, appointment_id, traveller_id"
                ))
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_confirmation_store;
