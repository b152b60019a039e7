//! Border wait times: officers post the current wait and open lanes per lane type at their
//! port; anyone reads them on a page or in a JSON feed shaped like CBP's Border Wait Times feed.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::port_days::WaitTime;
use garita_domain::{AuditEvent, Port};
use garita_store::records::Effects;

/// The longest wait an officer can post: a day.
pub const MAX_DELAY_MINUTES: i64 = 24 * 60;
pub const MAX_LANES: i64 = 99;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    Pedestrian,
    Passenger,
    Commercial,
}

impl Lane {
    pub const ALL: [Lane; 3] = [Lane::Pedestrian, Lane::Passenger, Lane::Commercial];

    pub fn code(self) -> &'static str {
        match self {
            Lane::Pedestrian => "pedestrian",
            Lane::Passenger => "passenger",
            Lane::Commercial => "commercial",
        }
    }

    /// The field of CBP's feed that holds this lane type.
    pub fn feed_field(self) -> &'static str {
        match self {
            Lane::Pedestrian => "pedestrian_lanes",
            Lane::Passenger => "passenger_vehicle_lanes",
            Lane::Commercial => "commercial_vehicle_lanes",
        }
    }
}

/// Whether a lane type works: open (with a wait), closed, or not offered at this crossing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneStatus {
    Open,
    Closed,
    NotOffered,
}

impl LaneStatus {
    pub const ALL: [LaneStatus; 3] = [Self::Open, Self::Closed, Self::NotOffered];

    pub fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::NotOffered => "n/a",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What an officer posts for one lane type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    pub lane: Lane,
    pub status: LaneStatus,
    /// Minutes; only for open lanes.
    pub delay_minutes: Option<i64>,
    pub lanes_open: i64,
}

/// Why a posted figure was refused: the page asks again with this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitError {
    /// A number of minutes from 0 to a day is needed for an open lane.
    Delay,
    /// A number of lanes from 0 to 99.
    Lanes,
}

impl Posted {
    /// Reads a lane's form fields (empty delay means none given).
    pub fn parse(
        lane: Lane,
        status: &str,
        delay: &str,
        lanes: &str,
    ) -> std::result::Result<Posted, WaitError> {
        let status = LaneStatus::parse(status).unwrap_or(LaneStatus::NotOffered);
        let lanes_open = match lanes.trim() {
            "" => 0,
            n => n
                .parse()
                .ok()
                .filter(|n| (0..=MAX_LANES).contains(n))
                .ok_or(WaitError::Lanes)?,
        };
        let delay_minutes = match (status, delay.trim()) {
            (LaneStatus::Open, d) => Some(
                d.parse()
                    .ok()
                    .filter(|d| (0..=MAX_DELAY_MINUTES).contains(d))
                    .ok_or(WaitError::Delay)?,
            ),
            _ => None,
        };
        Ok(Posted {
            lane,
            status,
            delay_minutes,
            lanes_open: if status == LaneStatus::Open {
                lanes_open
            } else {
                0
            },
        })
    }
}

impl Appointments {
    /// Posts a port's wait times, audited (the officer, the port, the figures).
    #[tracing::instrument(skip_all)]
    pub async fn post_wait_times(
        &self,
        officer: &str,
        port: &Port,
        posted: &[Posted],
    ) -> Result<()> {
        let now = self.now();
        for p in posted {
            let w = WaitTime {
                port_code: port.code.to_string(),
                lane: p.lane.code().to_string(),
                operational_status: p.status.code().to_string(),
                delay_minutes: p.delay_minutes,
                lanes_open: p.lanes_open,
                updated_at: now,
                officer: officer.to_string(),
            };
            let event = AuditEvent::new(now, AppointmentAction::WaitTimePosted)
                .actor(officer)
                .subject(port.code.as_str())
                .detail(
                    serde_json::json!({
                        "lane": w.lane,
                        "status": w.operational_status,
                        "delay_minutes": w.delay_minutes,
                        "lanes_open": w.lanes_open,
                    })
                    .to_string(),
                );
            self.store.set_wait_time(&w, Effects::audit(event)).await?;
        }
        Ok(())
    }

    /// Whether a port is closed today, in its own zone.
    #[tracing::instrument(skip_all)]
    pub async fn closed_today(&self, port: &Port) -> Result<bool> {
        let today = self.today_at(port).to_string();
        Ok(!self
            .store
            .closures(port.code.as_str(), &today, &today)
            .await?
            .is_empty())
    }

    /// Every port with its posted wait times (a lane type nobody posted is absent).
    #[tracing::instrument(skip_all)]
    pub async fn wait_times(&self) -> Result<Vec<(Port, bool, Vec<WaitTime>)>> {
        let all = self.store.wait_times().await?;
        let mut out = vec![];
        for port in self.store.list_ports().await? {
            let closed = self.closed_today(&port).await?;
            let lanes = all
                .iter()
                .filter(|w| w.port_code == port.code.as_str())
                .cloned()
                .collect();
            out.push((port, closed, lanes));
        }
        Ok(out)
    }
}

/// CBP's feed shape for one port: `port_number`, `port_name`, `crossing_name`, `port_status`,
/// and per lane type `delay_minutes`, `lanes_open`, `operational_status`, `update_time`, as
/// strings like CBP's (`update_time` is RFC 3339 in the port's zone; empty when never posted).
pub fn feed_entry(port: &Port, closed: bool, lanes: &[WaitTime]) -> serde_json::Value {
    let mut entry = serde_json::json!({
        "port_number": port.cbp_port_number,
        "port_code": port.code.as_str(),
        "port_name": port.name,
        "border": "Mexican Border",
        "crossing_name": port.crossing,
        "port_status": if closed { "Closed" } else { "Open" },
    });
    for lane in Lane::ALL {
        let w = lanes.iter().find(|w| w.lane == lane.code());
        let (status, delay, open, at) = match w {
            None => (
                "Update Pending".to_string(),
                String::new(),
                String::new(),
                String::new(),
            ),
            Some(w) => {
                let at = chrono::DateTime::from_timestamp_millis(w.updated_at)
                    .unwrap_or_default()
                    .with_timezone(&port.time_zone)
                    .to_rfc3339();
                let status = match (w.operational_status.as_str(), w.delay_minutes) {
                    ("open", Some(0)) => "no delay",
                    ("open", _) => "delay",
                    ("closed", _) => "Lanes Closed",
                    _ => "N/A",
                };
                (
                    status.to_string(),
                    w.delay_minutes.map(|d| d.to_string()).unwrap_or_default(),
                    w.lanes_open.to_string(),
                    at,
                )
            }
        };
        entry[lane.feed_field()] = serde_json::json!({
            "operational_status": status,
            "delay_minutes": delay,
            "lanes_open": open,
            "update_time": at,
        });
    }
    entry
}
