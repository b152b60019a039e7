//! The [`Store`](crate::Store) trait's own methods (migrations, readiness, ports and their
//! seats), written once for both backends like every other store: the SQL is the same on both
//! (`CAST(.. AS BIGINT)` where PostgreSQL's `INTEGER` would not decode as `i64`).

/// The columns of [`PortRow`](crate::rows::PortRow) (a macro so that queries stay `&'static str`).
macro_rules! select_ports {
    () => {
        "SELECT code, kind, name, crossing, city, state, mexican_city, cbp_port_number, \
         time_zone, CAST(default_daily_seats AS BIGINT) AS default_daily_seats FROM ports"
    };
}
pub(crate) use select_ports;

macro_rules! impl_store {
    ($store:ty, $backend:expr) => {
        impl $store {
            async fn time_slots(
                &self,
                code: Option<&str>,
            ) -> $crate::Result<Vec<(String, chrono::NaiveTime)>> {
                Ok(sqlx::query_as(
                    "SELECT port_code, starts_at FROM port_time_slots \
                     WHERE CAST($1 AS TEXT) IS NULL OR port_code = $1 \
                     ORDER BY port_code, starts_at",
                )
                .bind(code)
                .fetch_all(&self.pool)
                .await?)
            }
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            fn backend(&self) -> $crate::Backend {
                $backend
            }

            fn db(&self) -> $crate::Db {
                $crate::Db::from(self.clone())
            }

            fn connections(&self) -> Vec<$crate::PoolFigures> {
                self.pools()
                    .into_iter()
                    .map(|(pool, open, idle)| $crate::PoolFigures { pool, open, idle })
                    .collect()
            }

            async fn migrate(&self) -> $crate::Result<()> {
                Ok(self.migrator.run(&self.pool).await?)
            }

            async fn readiness(&self) -> $crate::Result<$crate::Readiness> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                let applied: Vec<i64> =
                    sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE success")
                        .fetch_all(&self.pool)
                        .await
                        .unwrap_or_default();
                Ok($crate::Readiness {
                    pending_migrations: $crate::pending(&self.migrator, &applied),
                })
            }

            async fn list_ports(&self) -> $crate::Result<Vec<garita_domain::Port>> {
                let rows: Vec<$crate::rows::PortRow> = sqlx::query_as(concat!(
                    $crate::ports::select_ports!(),
                    " WHERE kind = 'land-crossing' ORDER BY display_order"
                ))
                .fetch_all(&self.pool)
                .await?;
                $crate::rows::assemble_ports(rows, self.time_slots(None).await?)
            }

            async fn all_ports(&self) -> $crate::Result<Vec<garita_domain::Port>> {
                let rows: Vec<$crate::rows::PortRow> = sqlx::query_as(concat!(
                    $crate::ports::select_ports!(),
                    " ORDER BY display_order"
                ))
                .fetch_all(&self.pool)
                .await?;
                $crate::rows::assemble_ports(rows, self.time_slots(None).await?)
            }

            async fn port(
                &self,
                code: &garita_domain::PortCode,
            ) -> $crate::Result<Option<garita_domain::Port>> {
                let row: Option<$crate::rows::PortRow> = sqlx::query_as(concat!(
                    $crate::ports::select_ports!(),
                    " WHERE code = $1 AND kind = 'land-crossing'"
                ))
                .bind(code.as_str())
                .fetch_optional(&self.pool)
                .await?;
                match row {
                    None => Ok(None),
                    Some(row) => {
                        let slots = self.time_slots(Some(code.as_str())).await?;
                        Ok($crate::rows::assemble_ports(vec![row], slots)?.pop())
                    }
                }
            }

            async fn capacity(
                &self,
                code: &garita_domain::PortCode,
                date: garita_domain::ServiceDate,
            ) -> $crate::Result<garita_domain::Seats> {
                let value: Option<i64> = sqlx::query_scalar(
                    "SELECT CAST(COALESCE(
                         (SELECT seats FROM port_capacity
                          WHERE port_code = p.code AND service_date = $2),
                         p.default_daily_seats) AS BIGINT)
                     FROM ports p WHERE p.code = $1",
                )
                .bind(code.as_str())
                .bind(date.date())
                .fetch_optional(&self.pool)
                .await?;
                match value {
                    Some(value) => $crate::rows::seats(value),
                    None => Err($crate::StoreError::UnknownPort(code.clone())),
                }
            }

            async fn set_capacity(
                &self,
                code: &garita_domain::PortCode,
                date: garita_domain::ServiceDate,
                seats: garita_domain::Seats,
                effects: $crate::records::Effects,
            ) -> $crate::Result<()> {
                let mut tx = self.write_tx().await?;
                let known: Option<String> =
                    sqlx::query_scalar("SELECT code FROM ports WHERE code = $1")
                        .bind(code.as_str())
                        .fetch_optional(&mut *tx)
                        .await?;
                if known.is_none() {
                    return Err($crate::StoreError::UnknownPort(code.clone()));
                }
                sqlx::query(
                    "INSERT INTO port_capacity (port_code, service_date, seats)
                     VALUES ($1, $2, CAST($3 AS INTEGER))
                     ON CONFLICT (port_code, service_date)
                     DO UPDATE SET seats = excluded.seats, updated_at = CURRENT_TIMESTAMP",
                )
                .bind(code.as_str())
                .bind(date.date())
                .bind(i64::from(seats.get()))
                .execute(&mut *tx)
                .await?;
                // Seats for the whole day replace any split by slot.
                sqlx::query("DELETE FROM slot_seats WHERE port_code = $1 AND service_date = $2")
                    .bind(code.as_str())
                    .bind(date.date().to_string())
                    .execute(&mut *tx)
                    .await?;
                write_effects(&mut tx, self.chain_key(), &effects).await?;
                tx.commit().await?;
                Ok(())
            }
        }
    };
}
pub(crate) use impl_store;
