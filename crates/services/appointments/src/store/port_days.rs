//! A port's days: seats per time slot, closures, appointments moved after the draw, and the
//! wait times officers post.

use async_trait::async_trait;
use garita_store::Result;
use garita_store::records::Effects;

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Closure {
    pub port_code: String,
    pub service_date: String,
    /// `weather`, `security` or `other`.
    pub reason: String,
    pub closed_by: String,
    pub closed_at: i64,
}

/// One change of an appointment's port, date or time after the draw.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Move {
    pub appointment_id: String,
    pub from_port: String,
    pub from_date: String,
    pub from_slot: String,
    pub to_port: String,
    pub to_date: String,
    pub to_slot: String,
    /// `closure` or `port-chosen`.
    pub reason: String,
    pub moved_at: i64,
}

/// Seats held by live appointments (chosen, offered or confirmed) in one slot of a date, by the
/// draw day that made them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Held {
    pub appointment_date: String,
    pub slot: String,
    pub service_date: String,
    pub seats: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct WaitTime {
    pub port_code: String,
    /// A lane's code (`crate::app::wait_times::Lane::code`).
    pub lane: String,
    /// `open`, `closed` or `n/a`.
    pub operational_status: String,
    pub delay_minutes: Option<i64>,
    pub lanes_open: i64,
    pub updated_at: i64,
    pub officer: String,
}

#[async_trait]
pub trait PortDayStore {
    /// The seats a supervisor set per slot for a date (empty: the day's seats split evenly).
    async fn slot_seats(&self, port: &str, date: &str) -> Result<Vec<(String, i64)>>;
    /// Replaces a date's seats per slot; the date's capacity becomes their sum.
    async fn set_slot_seats(
        &self,
        port: &str,
        date: &str,
        seats: &[(String, i64)],
        effects: Effects,
    ) -> Result<()>;
    /// A port's closures on dates from `from` to `to`, inclusive.
    async fn closures(&self, port: &str, from: &str, to: &str) -> Result<Vec<Closure>>;
    /// Seats held at a port on dates from `from` to `to`, inclusive.
    async fn held_seats(&self, port: &str, from: &str, to: &str) -> Result<Vec<Held>>;
    /// Closes a port for a date and moves its appointments, in one transaction: the date's
    /// seats become 0. `room` bounds the seats live appointments may hold in each slot the moves
    /// fill (date, slot, seats). `Ok(false)` (and nothing written) if the date was already
    /// closed, an appointment is no longer where `moves` found it, or a slot would hold more
    /// than its room (something else took seats meanwhile: plan again).
    async fn close_port(
        &self,
        closure: Closure,
        moves: &[Move],
        room: &[(String, String, i64)],
        effects: Effects,
    ) -> Result<bool>;
    /// Moves one live appointment, if it is still where the move found it and its new slot
    /// holds no more than `room` seats after it.
    async fn move_appointment(&self, m: &Move, room: i64, effects: Effects) -> Result<bool>;
    /// An appointment's moves, oldest first.
    async fn moves_of(&self, appointment_id: &str) -> Result<Vec<Move>>;
    async fn set_wait_time(&self, w: &WaitTime, effects: Effects) -> Result<()>;
    /// Every wait time posted, by port and lane.
    async fn wait_times(&self) -> Result<Vec<WaitTime>>;
    /// A port's wait times posted since `since_ms`, oldest first (`officer` left empty).
    async fn wait_time_history(&self, port_code: &str, since_ms: i64) -> Result<Vec<WaitTime>>;
    /// Deletes the wait times posted before `before_ms`; returns how many.
    async fn forget_wait_times_before(&self, before_ms: i64) -> Result<u64>;
}

macro_rules! impl_port_day_store {
    // `$day2`: the second parameter as port_capacity's date column takes it.
    ($store:ty, $day2:literal) => {
        /// Applies one move inside a transaction; false if the appointment is not where it was.
        async fn apply_move(
            tx: &mut sqlx::Transaction<'static, Db>,
            m: &$crate::store::port_days::Move,
        ) -> garita_store::Result<bool> {
            let moved = sqlx::query(concat!(
                "UPDATE appointments SET port_code = $2, appointment_date = $3, slot = $4 \
                 WHERE id = $1 AND port_code = $5 AND appointment_date = $6 AND slot = $7 \
                 AND status IN ",
                "('won', 'offered', 'confirmed')"
            ))
            .bind(&m.appointment_id)
            .bind(&m.to_port)
            .bind(&m.to_date)
            .bind(&m.to_slot)
            .bind(&m.from_port)
            .bind(&m.from_date)
            .bind(&m.from_slot)
            .execute(&mut **tx)
            .await?
            .rows_affected()
                == 1;
            if moved {
                sqlx::query(
                    "INSERT INTO appointment_moves (appointment_id, seq, from_port, from_date, \
                     from_slot, to_port, to_date, to_slot, reason, moved_at) \
                     SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 \
                     FROM appointment_moves WHERE appointment_id = $1",
                )
                .bind(&m.appointment_id)
                .bind(&m.from_port)
                .bind(&m.from_date)
                .bind(&m.from_slot)
                .bind(&m.to_port)
                .bind(&m.to_date)
                .bind(&m.to_slot)
                .bind(&m.reason)
                .bind(m.moved_at)
                .execute(&mut **tx)
                .await?;
            }
            Ok(moved)
        }

        /// Whether live appointments hold no more than `room` allows in each slot it names.
        async fn within_room(
            tx: &mut sqlx::Transaction<'static, Db>,
            port: &str,
            room: &[(String, String, i64)],
        ) -> garita_store::Result<bool> {
            for (date, slot, seats) in room {
                let held: i64 = sqlx::query_scalar(concat!(
                    "SELECT CAST(COALESCE(SUM(seats), 0) AS BIGINT) FROM appointments \
                     WHERE port_code = $1 AND appointment_date = $2 AND slot = $3 AND status IN ",
                    "('won', 'offered', 'confirmed')"
                ))
                .bind(port)
                .bind(date)
                .bind(slot)
                .fetch_one(&mut **tx)
                .await?;
                if held > *seats {
                    return Ok(false);
                }
            }
            Ok(true)
        }

        #[async_trait::async_trait]
        impl $crate::store::port_days::PortDayStore for $store {
            async fn slot_seats(
                &self,
                port: &str,
                date: &str,
            ) -> garita_store::Result<Vec<(String, i64)>> {
                Ok(sqlx::query_as(
                    "SELECT slot, seats FROM slot_seats WHERE port_code = $1 AND service_date = $2 \
                     ORDER BY slot",
                )
                .bind(port)
                .bind(date)
                .fetch_all(self.pool())
                .await?)
            }

            async fn set_slot_seats(
                &self,
                port: &str,
                date: &str,
                seats: &[(String, i64)],
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query("DELETE FROM slot_seats WHERE port_code = $1 AND service_date = $2")
                    .bind(port)
                    .bind(date)
                    .execute(&mut *tx)
                    .await?;
                for (slot, n) in seats {
                    sqlx::query(
                        "INSERT INTO slot_seats (port_code, service_date, slot, seats) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(port)
                    .bind(date)
                    .bind(slot)
                    .bind(n)
                    .execute(&mut *tx)
                    .await?;
                }
                let total = i32::try_from(seats.iter().map(|(_, n)| n).sum::<i64>())
                    .map_err(|_| garita_store::StoreError::Corrupt("too many seats".into()))?;
                sqlx::query(concat!(
                    "INSERT INTO port_capacity (port_code, service_date, seats) VALUES ($1, ",
                    $day2,
                    ", $3) ON CONFLICT (port_code, service_date) DO UPDATE SET seats = excluded.seats"
                ))
                .bind(port)
                .bind(date)
                .bind(total)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn closures(
                &self,
                port: &str,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::port_days::Closure>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, service_date, reason, closed_by, closed_at FROM port_closures \
                     WHERE port_code = $1 AND service_date >= $2 AND service_date <= $3 \
                     ORDER BY service_date",
                )
                .bind(port)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn held_seats(
                &self,
                port: &str,
                from: &str,
                to: &str,
            ) -> garita_store::Result<Vec<$crate::store::port_days::Held>> {
                Ok(sqlx::query_as(concat!(
                    "SELECT appointment_date, slot, service_date, CAST(SUM(seats) AS BIGINT) AS seats \
                     FROM appointments WHERE port_code = $1 AND appointment_date >= $2 \
                     AND appointment_date <= $3 AND status IN ",
                    "('won', 'offered', 'confirmed')",
                    " GROUP BY appointment_date, slot, service_date ORDER BY appointment_date, slot"
                ))
                .bind(port)
                .bind(from)
                .bind(to)
                .fetch_all(self.pool())
                .await?)
            }

            async fn close_port(
                &self,
                c: $crate::store::port_days::Closure,
                moves: &[$crate::store::port_days::Move],
                room: &[(String, String, i64)],
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let closed = sqlx::query(
                    "INSERT INTO port_closures (port_code, service_date, reason, closed_by, closed_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind(&c.port_code)
                .bind(&c.service_date)
                .bind(&c.reason)
                .bind(&c.closed_by)
                .bind(c.closed_at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    == 1;
                if !closed {
                    return Ok(false);
                }
                for m in moves {
                    if !apply_move(&mut tx, m).await? {
                        return Ok(false);
                    }
                }
                if !within_room(&mut tx, &c.port_code, room).await? {
                    return Ok(false);
                }
                sqlx::query("DELETE FROM slot_seats WHERE port_code = $1 AND service_date = $2")
                    .bind(&c.port_code)
                    .bind(&c.service_date)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query(concat!(
                    "INSERT INTO port_capacity (port_code, service_date, seats) VALUES ($1, ",
                    $day2,
                    ", 0) ON CONFLICT (port_code, service_date) DO UPDATE SET seats = 0"
                ))
                .bind(&c.port_code)
                .bind(&c.service_date)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn move_appointment(
                &self,
                m: &$crate::store::port_days::Move,
                room: i64,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<bool> {
                let mut tx = self.write_tx().await?;
                let bound = [(m.to_date.clone(), m.to_slot.clone(), room)];
                if !apply_move(&mut tx, m).await? || !within_room(&mut tx, &m.to_port, &bound).await? {
                    return Ok(false);
                }
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(true)
            }

            async fn moves_of(
                &self,
                appointment_id: &str,
            ) -> garita_store::Result<Vec<$crate::store::port_days::Move>> {
                Ok(sqlx::query_as(
                    "SELECT appointment_id, from_port, from_date, from_slot, to_port, to_date, \
                     to_slot, reason, moved_at FROM appointment_moves WHERE appointment_id = $1 \
                     ORDER BY seq",
                )
                .bind(appointment_id)
                .fetch_all(self.pool())
                .await?)
            }

            async fn set_wait_time(
                &self,
                w: &$crate::store::port_days::WaitTime,
                effects: garita_store::records::Effects,
            ) -> garita_store::Result<()> {
                let mut tx = self.write_tx().await?;
                sqlx::query(
                    "INSERT INTO wait_times (port_code, lane, operational_status, delay_minutes, \
                     lanes_open, updated_at, officer) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                     ON CONFLICT (port_code, lane) DO UPDATE SET \
                     operational_status = excluded.operational_status, \
                     delay_minutes = excluded.delay_minutes, lanes_open = excluded.lanes_open, \
                     updated_at = excluded.updated_at, officer = excluded.officer",
                )
                .bind(&w.port_code)
                .bind(&w.lane)
                .bind(&w.operational_status)
                .bind(w.delay_minutes)
                .bind(w.lanes_open)
                .bind(w.updated_at)
                .bind(&w.officer)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO wait_time_history (port_code, lane, operational_status, \
                     delay_minutes, lanes_open, posted_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&w.port_code)
                .bind(&w.lane)
                .bind(&w.operational_status)
                .bind(w.delay_minutes)
                .bind(w.lanes_open)
                .bind(w.updated_at)
                .execute(&mut *tx)
                .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn wait_times(&self) -> garita_store::Result<Vec<$crate::store::port_days::WaitTime>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, lane, operational_status, delay_minutes, lanes_open, \
                     updated_at, officer FROM wait_times ORDER BY port_code, lane",
                )
                .fetch_all(self.pool())
                .await?)
            }

            async fn wait_time_history(
                &self,
                port_code: &str,
                since_ms: i64,
            ) -> garita_store::Result<Vec<$crate::store::port_days::WaitTime>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, lane, operational_status, delay_minutes, lanes_open, \
                     posted_at AS updated_at, '' AS officer FROM wait_time_history \
                     WHERE port_code = $1 AND posted_at >= $2 ORDER BY posted_at, lane",
                )
                .bind(port_code)
                .bind(since_ms)
                .fetch_all(self.pool())
                .await?)
            }

            async fn forget_wait_times_before(&self, before_ms: i64) -> garita_store::Result<u64> {
                let mut tx = self.write_tx().await?;
                let gone = sqlx::query("DELETE FROM wait_time_history WHERE posted_at < $1")
                    .bind(before_ms)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                Ok(gone)
            }
        }
    };
}
pub(crate) use impl_port_day_store;
