//! Row shapes shared by both backends, and their conversion into domain types. Each backend
//! decodes its own column types into these plain values; the rules for turning them into domain
//! values live here once.

use crate::{Result, StoreError};
use chrono::NaiveTime;
use garita_domain::{Port, PortCode, Seats};

#[derive(sqlx::FromRow)]
pub(crate) struct PortRow {
    pub code: String,
    pub kind: String,
    pub name: String,
    pub crossing: String,
    pub city: String,
    pub state: String,
    pub mexican_city: String,
    pub cbp_port_number: String,
    pub time_zone: String,
    pub default_daily_seats: i64,
}

pub(crate) fn port_code(code: &str) -> Result<PortCode> {
    PortCode::parse(code).map_err(|_| StoreError::Corrupt(format!("port code {code:?}")))
}

pub(crate) fn seats(value: i64) -> Result<Seats> {
    u32::try_from(value)
        .ok()
        .and_then(|v| Seats::new(v).ok())
        .ok_or_else(|| StoreError::Corrupt(format!("seats {value}")))
}

impl PortRow {
    pub fn into_port(self, time_slots: Vec<NaiveTime>) -> Result<Port> {
        Ok(Port {
            code: port_code(&self.code)?,
            kind: garita_domain::PortKind::parse(&self.kind)
                .ok_or_else(|| StoreError::Corrupt(format!("port kind {:?}", self.kind)))?,
            time_zone: self
                .time_zone
                .parse()
                .map_err(|_| StoreError::Corrupt(format!("time zone {:?}", self.time_zone)))?,
            default_daily_seats: seats(self.default_daily_seats)?,
            name: self.name,
            crossing: self.crossing,
            city: self.city,
            state: self.state,
            mexican_city: self.mexican_city,
            cbp_port_number: self.cbp_port_number,
            time_slots,
        })
    }
}

/// Joins ports with their time slots (`slots` ordered by port, then time).
pub(crate) fn assemble_ports(
    rows: Vec<PortRow>,
    slots: Vec<(String, NaiveTime)>,
) -> Result<Vec<Port>> {
    rows.into_iter()
        .map(|row| {
            let own = slots
                .iter()
                .filter(|(code, _)| *code == row.code)
                .map(|(_, t)| *t)
                .collect();
            row.into_port(own)
        })
        .collect()
}
