//! The programme's overview: per port and day, the seats, appointments, confirmed, travellers
//! arrived, no-shows and outcomes, on a page and as CSV. Counts only: no personal data.

use super::{Appointments, Result};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Outcomes in the order the overview shows them.
pub const OUTCOMES: [&str; 4] = ["paroled", "nta", "referred", "not-admitted"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayFigures {
    pub date: NaiveDate,
    pub port: String,
    pub seats: u32,
    pub appointments: i64,
    pub confirmed: i64,
    /// Travellers checked in.
    pub arrived: i64,
    pub no_shows: i64,
    /// Travellers with each fact, in `OUTCOMES` order (one may have two: paroled with a
    /// Notice to Appear).
    pub outcomes: [i64; 4],
}

impl Appointments {
    /// Every port, every day from `from` to `to` (at most 92 days).
    #[tracing::instrument(skip_all)]
    pub async fn overview(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayFigures>> {
        let to = to.min(from + chrono::Days::new(91));
        let (f, t) = (from.to_string(), to.to_string());
        let days: HashMap<(String, String), _> = self
            .store
            .day_counts(&f, &t)
            .await?
            .into_iter()
            .map(|c| ((c.port_code.clone(), c.appointment_date.clone()), c))
            .collect();
        let outcomes = self.store.outcome_counts(&f, &t).await?;
        let ports = self.store.list_ports().await?;
        let mut out = vec![];
        for date in from.iter_days().take_while(|d| *d <= to) {
            for port in &ports {
                let key = (port.code.to_string(), date.to_string());
                let seats = self.slot_plan(port, date).await?.iter().map(|s| s.1).sum();
                let mut figures = DayFigures {
                    date,
                    port: port.code.to_string(),
                    seats,
                    appointments: 0,
                    confirmed: 0,
                    arrived: 0,
                    no_shows: 0,
                    outcomes: [0; 4],
                };
                if let Some(c) = days.get(&key) {
                    figures.appointments = c.appointments;
                    figures.confirmed = c.confirmed;
                    figures.no_shows = c.no_shows;
                }
                if let Some(o) = outcomes
                    .iter()
                    .find(|o| (&o.port_code, &o.appointment_date) == (&key.0, &key.1))
                {
                    figures.arrived = o.arrived;
                    figures.outcomes = [o.paroled, o.nta, o.referred, o.not_admitted];
                }
                out.push(figures);
            }
        }
        Ok(out)
    }
}

/// The overview's columns, as the CSV names them (the page shows `overview-<column>` keys).
pub const COLUMNS: [&str; 11] = [
    "date",
    "port",
    "seats",
    "appointments",
    "confirmed",
    "arrived",
    "no_shows",
    "paroled",
    "nta",
    "referred",
    "not_admitted",
];

impl DayFigures {
    /// The row, in `COLUMNS` order.
    pub fn cells(&self) -> Vec<String> {
        let mut cells = vec![
            self.date.to_string(),
            self.port.clone(),
            self.seats.to_string(),
            self.appointments.to_string(),
            self.confirmed.to_string(),
            self.arrived.to_string(),
            self.no_shows.to_string(),
        ];
        cells.extend(self.outcomes.iter().map(i64::to_string));
        cells
    }
}

/// The overview as CSV (RFC 4180), one row per port and day, with a header row.
pub fn to_csv(rows: &[DayFigures]) -> String {
    let mut w = csv::Writer::from_writer(vec![]);
    w.write_record(COLUMNS).expect("writing to memory");
    for r in rows {
        w.write_record(r.cells()).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("ASCII")
}
