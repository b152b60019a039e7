//! Draw days, their requests (entries) and the draw's results. Written once for both backends
//! (see `accounts.rs` in `garita-store` for how).

use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

/// A service day as stored, without its (large) record.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DayRow {
    pub service_date: String,
    pub secret_sealed: Vec<u8>,
    pub commitment: String,
    pub committed_at: i64,
    /// `open`, `closed`, `drawn` (checked, not yet published), `held` or `published`.
    pub status: String,
    pub closed_at: Option<i64>,
    pub entry_count: Option<i64>,
    pub entries_digest: Option<String>,
    pub drawn_at: Option<i64>,
    pub held_reason: Option<String>,
    pub published_at: Option<i64>,
    /// When the window closes and when the observers' reveals end (Unix ms), kept at the
    /// opening (none for days opened before v2).
    pub closes_at: Option<i64>,
    pub reveals_until: Option<i64>,
    /// The ports' rules published at the close (JSON, as the record carries them) and their
    /// digest (none before v2).
    pub rules: Option<String>,
    pub rules_digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RequestRow {
    pub entry_id: String,
    pub service_date: String,
    pub registration_id: String,
    pub client_request_id: String,
    pub port_code: String,
    pub seats: i64,
    pub registered_on: String,
    pub created_at: i64,
    pub channel: String,
    pub state: String,
    /// The requester's IANA time zone, when their browser or app said it.
    pub time_zone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    Created(RequestRow),
    /// The registration already has a request for that day (this one, or another).
    Existing(RequestRow),
    /// The day is not open for requests (closed, or never opened).
    NotOpen,
}

/// A registration as the daily request sees it, and its live appointment's id, if any.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Standing {
    #[sqlx(flatten)]
    pub profile: garita_store::registrations::RequestProfile,
    pub live_appointment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AppointmentRow {
    pub id: String,
    pub entry_id: String,
    pub registration_id: String,
    pub service_date: String,
    pub port_code: String,
    pub appointment_date: String,
    pub slot: String,
    pub seats: i64,
    pub pass: String,
    pub status: String,
    pub created_at: i64,
    /// The deadline to confirm, set when the winner is told.
    pub confirm_by: Option<i64>,
    pub confirmed_at: Option<i64>,
    /// When the time to confirm began (the group was told).
    pub confirm_from: Option<i64>,
    /// The last deadline the group was told.
    pub deadline_told: Option<i64>,
    pub confirmation_number: Option<String>,
    pub cancelled_at: Option<i64>,
}

/// A request not chosen whose group asked to be told so.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NotChosenContact {
    pub registration_id: String,
    pub port_code: String,
    pub account_id: String,
    pub email_sealed: Vec<u8>,
    pub locale: String,
}

/// A winning appointment with what its message needs: whom to tell and in which zone.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WinnerContact {
    #[sqlx(flatten)]
    pub appointment: AppointmentRow,
    pub account_id: String,
    pub email_sealed: Vec<u8>,
    pub phone_sealed: Option<Vec<u8>>,
    pub locale: String,
    pub time_zone: Option<String>,
}

/// A draw's results, written together or not at all.
#[derive(Debug, Clone)]
pub struct DrawResult {
    pub service_date: String,
    pub record: String,
    pub stats: String,
    /// `drawn` (its checks passed) or `held`.
    pub status: String,
    pub held_reason: Option<String>,
    pub drawn_at: i64,
    pub appointments: Vec<AppointmentRow>,
}

/// A day as it opens: its committed secret, and when its window closes and its reveals end.
#[derive(Debug, Clone)]
pub struct NewDay {
    pub service_date: String,
    pub secret_sealed: Vec<u8>,
    pub commitment: String,
    pub closes_at: i64,
    pub reveals_until: i64,
}

/// What is published at a day's close.
#[derive(Debug, Clone)]
pub struct CloseDigests {
    pub entry_count: i64,
    pub entries_digest: String,
    pub rules: String,
    pub rules_digest: String,
}

#[async_trait]
pub trait DrawStore {
    /// Creates a day with its committed secret unless it exists; returns the stored day.
    async fn open_day(&self, day: NewDay, now: i64, effects: Effects) -> Result<DayRow>;
    async fn day(&self, service_date: &str) -> Result<Option<DayRow>>;
    /// Every day, newest first.
    async fn days(&self) -> Result<Vec<DayRow>>;
    /// The record and statistics of a drawn day.
    async fn day_record(&self, service_date: &str) -> Result<Option<(String, String)>>;
    /// Adds requests while their day is open, in one transaction (the request path is the
    /// busiest write Garita has: requests that arrive together are written together, see
    /// `Appointments::request_appointment`); a registration has one per day. One answer per
    /// request, in order.
    async fn add_requests(&self, requests: Vec<RequestRow>) -> Result<Vec<Added>>;
    /// Adds one request (`add_requests`).
    async fn add_request(&self, request: RequestRow) -> Result<Added> {
        let mut added = self.add_requests(vec![request]).await?;
        added
            .pop()
            .ok_or_else(|| garita_store::StoreError::Corrupt("no answer".into()))
    }
    async fn request_of(
        &self,
        registration_id: &str,
        service_date: &str,
    ) -> Result<Option<RequestRow>>;
    /// A day's requests, by entry id.
    async fn entries(&self, service_date: &str) -> Result<Vec<RequestRow>>;
    /// Closes an open day: no request is added after this commits (`Ok(false)` if not open).
    async fn close_day(&self, service_date: &str, now: i64, effects: Effects) -> Result<bool>;
    /// Publishes a closed day's entry count and digest and its ports' rules and their digest
    /// (once: a day that has them keeps them).
    async fn set_digest(&self, service_date: &str, close: CloseDigests) -> Result<()>;
    /// Writes a closed day's draw and its appointments together; `Ok(false)`, with nothing
    /// written, if the day was already drawn.
    async fn record_draw(&self, result: DrawResult, effects: Effects) -> Result<bool>;
    /// Publishes a day that is in one of `from` (`Ok(false)` if it is in none of them), sets
    /// its appointments' deadline to confirm, and writes `effects` (the winners' messages).
    async fn publish_day(
        &self,
        service_date: &str,
        from: &[&str],
        now: i64,
        confirm_by: i64,
        effects: Effects,
    ) -> Result<bool>;
    /// A day's winning appointments and whom to tell.
    async fn winners_to_tell(&self, service_date: &str) -> Result<Vec<WinnerContact>>;
    /// A day's requests that won nothing, of groups that asked to be told.
    async fn not_chosen_to_tell(&self, service_date: &str) -> Result<Vec<NotChosenContact>>;
    /// A registration's most recent request.
    async fn latest_request(&self, registration_id: &str) -> Result<Option<RequestRow>>;
    /// Every request of a registration, oldest first (its record).
    async fn requests_of(&self, registration_id: &str) -> Result<Vec<RequestRow>>;
    async fn appointments_of(&self, registration_id: &str) -> Result<Vec<AppointmentRow>>;
    /// The registration's live appointment (chosen, offered or confirmed, nobody of it checked
    /// in yet), the earliest if there are several.
    async fn live_appointment(&self, registration_id: &str) -> Result<Option<AppointmentRow>>;
    /// What a daily request needs to know about an account's registration, in one read.
    async fn request_standing(&self, account_id: &str) -> Result<Option<Standing>>;
    /// Whether the registration has an entry in a day whose list has closed and whose result is
    /// not published yet.
    async fn awaiting_draw(&self, registration_id: &str) -> Result<bool>;
    /// Every live appointment of registrations that hold more than one, by registration and
    /// then oldest first.
    async fn several_live(&self) -> Result<Vec<AppointmentRow>>;
    async fn appointments_on(&self, service_date: &str) -> Result<Vec<AppointmentRow>>;
    /// Live appointments on the appointment days `from..=to` (`YYYY-MM-DD`), at one port or at
    /// all, by day, port and slot.
    async fn live_between(
        &self,
        port: Option<&str>,
        from: &str,
        to: &str,
    ) -> Result<Vec<AppointmentRow>>;
    /// Live appointments holding more seats than their group has travellers now (someone left
    /// the group), with that number.
    async fn oversized(&self) -> Result<Vec<(AppointmentRow, i64)>>;
}

/// The columns of each row type above, as the start of a query (macros, so that queries stay
/// `&'static str`, as sqlx asks).
macro_rules! select_day {
    () => {
        "SELECT service_date, secret_sealed, commitment, committed_at, status, closed_at, \
         entry_count, entries_digest, drawn_at, held_reason, published_at, closes_at, \
         reveals_until, rules, rules_digest FROM draw_days"
    };
}
macro_rules! select_request {
    () => {
        "SELECT entry_id, service_date, registration_id, client_request_id, port_code, seats, \
         registered_on, created_at, channel, state, time_zone FROM draw_requests"
    };
}
/// A group's request of one day (`$1` the registration, `$2` the day).
macro_rules! request_of_day {
    () => {
        concat!(
            $crate::store::draws::select_request!(),
            " WHERE registration_id = $1 AND service_date = $2"
        )
    };
}
macro_rules! select_appointment {
    () => {
        "SELECT id, entry_id, registration_id, service_date, port_code, appointment_date, slot, \
         seats, pass, status, created_at, confirm_by, confirmed_at, confirm_from, deadline_told, \
         confirmation_number, cancelled_at FROM appointments"
    };
}
/// Where an `appointments` row is live: chosen, offered or confirmed, nobody checked in yet.
macro_rules! live {
    () => {
        "status IN ('won', 'offered', 'confirmed') AND NOT EXISTS \
         (SELECT 1 FROM traveller_outcomes o WHERE o.appointment_id = appointments.id)"
    };
}
pub(crate) use {live, request_of_day, select_appointment, select_day, select_request};

macro_rules! impl_draw_store {
    ($store:ty) => {
        /// Writes an appointment (a winner's, or an offer to an alternate) in a transaction.
        async fn insert_appointment(
            tx: &mut sqlx::Transaction<'static, Db>,
            a: &$crate::store::draws::AppointmentRow,
        ) -> garita_store::Result<()> {
            // A registration never holds two live appointments: the request refuses a holder,
            // and this refuses a second one should an entry have got in anyway.
            let written = sqlx::query(concat!(
                "INSERT INTO appointments (id, entry_id, registration_id, service_date, port_code, \
                 appointment_date, slot, seats, pass, status, created_at, confirm_by, \
                 confirm_from, deadline_told) \
                 SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 \
                 WHERE NOT EXISTS (SELECT 1 FROM appointments WHERE registration_id = $3 AND ",
                $crate::store::draws::live!(),
                ")"
            ))
            .bind(&a.id)
            .bind(&a.entry_id)
            .bind(&a.registration_id)
            .bind(&a.service_date)
            .bind(&a.port_code)
            .bind(&a.appointment_date)
            .bind(&a.slot)
            .bind(a.seats)
            .bind(&a.pass)
            .bind(&a.status)
            .bind(a.created_at)
            .bind(a.confirm_by)
            .bind(a.confirm_from)
            .bind(a.deadline_told)
            .execute(&mut **tx)
            .await?
            .rows_affected();
            if written == 0 {
                tracing::warn!(appointment = %a.id, "not written: its registration holds a live appointment");
            }
            Ok(())
        }

        #[async_trait::async_trait]
        impl $crate::store::draws::DrawStore for $store {
            async fn open_day(
                &self,
                day: $crate::store::draws::NewDay,
                now: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<$crate::store::draws::DayRow> {
                let mut tx = self.write_tx().await?;
                let created = sqlx::query(
                    "INSERT INTO draw_days (service_date, secret_sealed, commitment, committed_at, status, \
                     closes_at, reveals_until) \
                     VALUES ($1, $2, $3, $4, 'open', $5, $6) ON CONFLICT (service_date) DO NOTHING",
                )
                .bind(&day.service_date)
                .bind(&day.secret_sealed)
                .bind(&day.commitment)
                .bind(now)
                .bind(day.closes_at)
                .bind(day.reveals_until)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if created == 1 {
                    write_effects(&mut tx, self.chain_key(), &effects).await?;
                }
                let stored = sqlx::query_as(concat!($crate::store::draws::select_day!(), " WHERE service_date = $1"))
                .bind(&day.service_date)
                .fetch_one(&mut *tx)
                .await?;
                tx.commit().await?;
                Ok(stored)
            }

            async fn day(&self, service_date: &str) -> garita_store::Result<Option<$crate::store::draws::DayRow>> {
                Ok(sqlx::query_as(concat!($crate::store::draws::select_day!(), " WHERE service_date = $1"))
                .bind(service_date)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn days(&self) -> garita_store::Result<Vec<$crate::store::draws::DayRow>> {
                Ok(sqlx::query_as(concat!($crate::store::draws::select_day!(), " ORDER BY service_date DESC"))
                .fetch_all(self.pool())
                .await?)
            }

            async fn day_record(&self, service_date: &str) -> garita_store::Result<Option<(String, String)>> {
                let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT record, stats FROM draw_days WHERE service_date = $1",
                )
                .bind(service_date)
                .fetch_optional(self.pool())
                .await?;
                Ok(row.and_then(|(r, s)| Some((r?, s?))))
            }

            async fn add_requests(
                &self,
                requests: Vec<$crate::store::draws::RequestRow>,
            ) -> garita_store::Result<Vec<$crate::store::draws::Added>> {
                // The busiest write: each backend writes a batch its own fastest way.
                add_requests(self, requests).await
            }

            async fn request_of(
                &self,
                registration_id: &str,
                service_date: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::RequestRow>> {
                Ok(sqlx::query_as($crate::store::draws::request_of_day!())
                .bind(registration_id)
                .bind(service_date)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn entries(&self, service_date: &str) -> garita_store::Result<Vec<$crate::store::draws::RequestRow>> {
                Ok(sqlx::query_as(
                    concat!($crate::store::draws::select_request!(), " WHERE service_date = $1 ORDER BY entry_id"),
                )
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn close_day(
                &self,
                service_date: &str,
                now: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "UPDATE draw_days SET status = 'closed', closed_at = $2 \
                     WHERE service_date = $1 AND status = 'open'",
                )
                .bind(service_date)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if closed == 0 {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn set_digest(
                &self,
                service_date: &str,
                close: $crate::store::draws::CloseDigests,
            ) -> garita_store::Result<()> {
                sqlx::query(
                    "UPDATE draw_days SET entry_count = $2, entries_digest = $3, rules = $4, \
                     rules_digest = $5 WHERE service_date = $1 AND status <> 'open' \
                     AND entries_digest IS NULL",
                )
                .bind(service_date)
                .bind(close.entry_count)
                .bind(&close.entries_digest)
                .bind(&close.rules)
                .bind(&close.rules_digest)
                .execute(self.writes())
                .await?;
                Ok(())
            }

            async fn record_draw(
                &self,
                d: $crate::store::draws::DrawResult,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                // Compare and set: of two nodes drawing the same day, the second changes nothing.
                let drawn = sqlx::query(
                    "UPDATE draw_days SET record = $2, stats = $3, status = $4, held_reason = $5, drawn_at = $6 \
                     WHERE service_date = $1 AND status = 'closed' AND record IS NULL",
                )
                .bind(&d.service_date)
                .bind(&d.record)
                .bind(&d.stats)
                .bind(&d.status)
                .bind(&d.held_reason)
                .bind(d.drawn_at)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if drawn == 0 {
                    return Ok(false);
                }
                for a in &d.appointments {
                    insert_appointment(&mut tx, a).await?;
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn publish_day(
                &self,
                service_date: &str,
                from: &[&str],
                now: i64,
                confirm_by: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let status: Option<String> =
                    sqlx::query_scalar("SELECT status FROM draw_days WHERE service_date = $1")
                        .bind(service_date)
                        .fetch_optional(&mut *tx)
                        .await?;
                let Some(status) = status.filter(|s| from.contains(&s.as_str())) else {
                    return Ok(false);
                };
                // Compare and set: of two nodes publishing, the second changes nothing.
                let published = sqlx::query(
                    "UPDATE draw_days SET status = 'published', published_at = $3 \
                     WHERE service_date = $1 AND status = $2",
                )
                .bind(service_date)
                .bind(&status)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if published == 0 {
                    return Ok(false);
                }
                sqlx::query(
                    "UPDATE appointments SET confirm_by = $2, deadline_told = $2, confirm_from = $3 \
                     WHERE service_date = $1 AND confirm_by IS NULL",
                )
                .bind(service_date)
                .bind(confirm_by)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn winners_to_tell(
                &self,
                service_date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::WinnerContact>> {
                Ok(sqlx::query_as(
                    "SELECT a.id, a.entry_id, a.registration_id, a.service_date, a.port_code, \
                     a.appointment_date, a.slot, a.seats, a.pass, a.status, a.created_at, a.confirm_by, \
                     a.confirmed_at, a.confirm_from, a.deadline_told, a.confirmation_number, \
                     a.cancelled_at, \
                     g.account_id, c.email_sealed, c.phone_sealed, c.locale, r.time_zone \
                     FROM appointments a \
                     JOIN registrations g ON g.id = a.registration_id \
                     JOIN accounts c ON c.id = g.account_id \
                     JOIN draw_requests r ON r.service_date = a.service_date AND r.entry_id = a.entry_id \
                     WHERE a.service_date = $1 ORDER BY a.entry_id",
                )
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn not_chosen_to_tell(
                &self,
                service_date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::NotChosenContact>> {
                Ok(sqlx::query_as(
                    "SELECT r.registration_id, r.port_code, g.account_id, c.email_sealed, c.locale \
                     FROM draw_requests r \
                     JOIN registrations g ON g.id = r.registration_id \
                     JOIN accounts c ON c.id = g.account_id \
                     WHERE r.service_date = $1 AND c.tell_not_chosen = 1 \
                     AND NOT EXISTS (SELECT 1 FROM appointments a \
                                     WHERE a.service_date = r.service_date AND a.entry_id = r.entry_id) \
                     ORDER BY r.entry_id",
                )
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn latest_request(
                &self,
                registration_id: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::RequestRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_request!(),
                    " WHERE registration_id = $1 ORDER BY service_date DESC LIMIT 1"
                ))
                .bind(registration_id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn requests_of(
                &self,
                registration_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::RequestRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_request!(),
                    " WHERE registration_id = $1 ORDER BY service_date"
                ))
                .bind(registration_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn appointments_of(
                &self,
                registration_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(
                    concat!($crate::store::draws::select_appointment!(), " WHERE registration_id = $1 ORDER BY appointment_date DESC"),
                )
                .bind(registration_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn oversized(
                &self,
            ) -> garita_store::Result<Vec<($crate::store::draws::AppointmentRow, i64)>> {
                let rows: Vec<$crate::store::draws::AppointmentRow> = sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE ",
                    $crate::store::draws::live!(),
                    " AND seats > (SELECT COUNT(*) FROM travellers t \
                       WHERE t.registration_id = appointments.registration_id) \
                     ORDER BY created_at, id"
                ))
                .fetch_all(self.pool())
                .await?;
                let mut out = Vec::with_capacity(rows.len());
                for a in rows {
                    let travellers: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM travellers WHERE registration_id = $1",
                    )
                    .bind(&a.registration_id)
                    .fetch_one(self.pool())
                    .await?;
                    out.push((a, travellers));
                }
                Ok(out)
            }

            async fn live_appointment(
                &self,
                registration_id: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE registration_id = $1 AND ",
                    $crate::store::draws::live!(),
                    " ORDER BY created_at, id LIMIT 1"
                ))
                .bind(registration_id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn request_standing(
                &self,
                account_id: &str,
            ) -> garita_store::Result<Option<$crate::store::draws::Standing>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT ",
                    garita_store::request_profile_columns!(),
                    ", (SELECT id FROM appointments WHERE registration_id = r.id AND ",
                    $crate::store::draws::live!(),
                    " LIMIT 1) AS live_appointment FROM registrations r WHERE r.account_id = $1"
                ))
                .bind(account_id)
                .fetch_optional(self.pool())
                .await?)
            }

            async fn awaiting_draw(&self, registration_id: &str) -> garita_store::Result<bool> {
                let found: Option<String> = sqlx::query_scalar(
                    "SELECT r.entry_id FROM draw_requests r \
                     JOIN draw_days d ON d.service_date = r.service_date \
                     WHERE r.registration_id = $1 AND d.status IN ('closed', 'drawn', 'held') \
                     LIMIT 1",
                )
                .bind(registration_id)
                .fetch_optional(self.pool())
                .await?;
                Ok(found.is_some())
            }

            async fn several_live(&self) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE ",
                    $crate::store::draws::live!(),
                    " AND registration_id IN (SELECT registration_id FROM appointments WHERE ",
                    $crate::store::draws::live!(),
                    " GROUP BY registration_id HAVING COUNT(*) > 1) \
                     ORDER BY registration_id, created_at, id"
                ))
                .fetch_all(self.pool())
                .await?)
            }

            async fn live_between(
                &self,
                port: Option<&str>,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(concat!(
                    $crate::store::draws::select_appointment!(),
                    " WHERE ",
                    $crate::store::draws::live!(),
                    " AND appointment_date >= $1 AND appointment_date <= $2 \
                     AND ($3 IS NULL OR port_code = $3) \
                     ORDER BY appointment_date, port_code, slot, entry_id"
                ))
                .bind(from)
                .bind(to)
                .bind(port)
                .fetch_all(self.pool())
                .await?)
            }

            async fn appointments_on(
                &self,
                service_date: &str,
            ) -> garita_store::Result<Vec<$crate::store::draws::AppointmentRow>> {
                Ok(sqlx::query_as(
                    concat!($crate::store::draws::select_appointment!(), " WHERE service_date = $1 ORDER BY port_code, slot, entry_id"),
                )
                .bind(service_date)
                .fetch_all(self.pool())
                .await?)
            }
        }
    };
}
pub(crate) use impl_draw_store;
