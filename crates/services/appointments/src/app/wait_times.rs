//! Border wait times: officers post the current wait and open lanes for every lane at their port
//! (standard and special lanes of each lane type); anyone reads them on a page or in CBP's Border
//! Wait Times feed shape, JSON and XML.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::store::port_days::WaitTime;
use garita_domain::{AuditEvent, Port};
use garita_store::records::Effects;

/// The longest wait an officer can post: a day.
pub const MAX_DELAY_MINUTES: i64 = 24 * 60;
pub const MAX_LANES: i64 = 99;

/// One lane an officer posts a wait for, as CBP's feed has them: per lane type (on foot, cars,
/// trucks), the standard lanes and each special lane (Ready Lanes for those with a card that
/// reads at a distance, NEXUS/SENTRI for trusted travellers, FAST for trusted trucks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    Pedestrian,
    PedestrianReady,
    Passenger,
    PassengerSentri,
    PassengerReady,
    Commercial,
    CommercialFast,
}

/// The three lane types of CBP's feed, each a block of lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneType {
    Pedestrian,
    Passenger,
    Commercial,
}

impl LaneType {
    pub const ALL: [LaneType; 3] = [Self::Pedestrian, Self::Passenger, Self::Commercial];

    pub fn code(self) -> &'static str {
        match self {
            Self::Pedestrian => "pedestrian",
            Self::Passenger => "passenger",
            Self::Commercial => "commercial",
        }
    }

    /// Its lanes, the standard ones first.
    pub fn lanes(self) -> &'static [Lane] {
        match self {
            Self::Pedestrian => &[Lane::Pedestrian, Lane::PedestrianReady],
            Self::Passenger => &[Lane::Passenger, Lane::PassengerSentri, Lane::PassengerReady],
            Self::Commercial => &[Lane::Commercial, Lane::CommercialFast],
        }
    }
}

impl Lane {
    pub const ALL: [Lane; 7] = [
        Lane::Pedestrian,
        Lane::PedestrianReady,
        Lane::Passenger,
        Lane::PassengerSentri,
        Lane::PassengerReady,
        Lane::Commercial,
        Lane::CommercialFast,
    ];

    /// Stored and in forms. A lane type's own code is its standard lanes (as before the special
    /// lanes were posted).
    pub fn code(self) -> &'static str {
        match self {
            Lane::Pedestrian => "pedestrian",
            Lane::PedestrianReady => "pedestrian-ready",
            Lane::Passenger => "passenger",
            Lane::PassengerSentri => "passenger-sentri",
            Lane::PassengerReady => "passenger-ready",
            Lane::Commercial => "commercial",
            Lane::CommercialFast => "commercial-fast",
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

/// How many of the port's days the history shows, today included.
pub const HISTORY_DAYS: u64 = 7;

/// One lane's day in a port's week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneDay {
    pub date: chrono::NaiveDate,
    /// The longest and the average (rounded) of the waits posted while the lanes were open.
    pub longest: Option<i64>,
    pub average: Option<i64>,
    /// How many times the lane was posted that day (open, closed or not offered).
    pub posts: usize,
}

/// One lane's last [`HISTORY_DAYS`] days at a port, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaneWeek {
    pub lane: Lane,
    pub days: Vec<LaneDay>,
}

/// The week of each lane posted in `rows` (a port's history), by the port's days up to `today`.
pub fn week(rows: &[WaitTime], zone: chrono_tz::Tz, today: chrono::NaiveDate) -> Vec<LaneWeek> {
    let day_of = |ms: i64| {
        chrono::DateTime::from_timestamp_millis(ms)
            .unwrap_or_default()
            .with_timezone(&zone)
            .date_naive()
    };
    // Each post's day at the port, worked out once (a busy port posts thousands a week).
    let dated: Vec<(&WaitTime, chrono::NaiveDate)> =
        rows.iter().map(|w| (w, day_of(w.updated_at))).collect();
    let first = today - chrono::Days::new(HISTORY_DAYS - 1);
    Lane::ALL
        .into_iter()
        .filter(|l| rows.iter().any(|w| w.lane == l.code()))
        .map(|lane| LaneWeek {
            lane,
            days: first
                .iter_days()
                .take(HISTORY_DAYS as usize)
                .map(|date| {
                    let posted: Vec<&WaitTime> = dated
                        .iter()
                        .filter(|(w, day)| w.lane == lane.code() && *day == date)
                        .map(|(w, _)| *w)
                        .collect();
                    let waits: Vec<i64> = posted
                        .iter()
                        .filter(|w| w.operational_status == "open")
                        .filter_map(|w| w.delay_minutes)
                        .collect();
                    let n = waits.len() as i64;
                    LaneDay {
                        date,
                        longest: waits.iter().copied().max(),
                        average: (n > 0).then(|| (waits.iter().sum::<i64>() + n / 2) / n),
                        posts: posted.len(),
                    }
                })
                .collect(),
        })
        .collect()
}

impl Appointments {
    /// Each lane's last [`HISTORY_DAYS`] days at a port, in its own days.
    #[tracing::instrument(skip_all)]
    pub async fn wait_history(&self, port: &Port) -> Result<Vec<LaneWeek>> {
        let today = self.today_at(port);
        // From a day before the first shown: midnight at the port is never earlier than that.
        let since = today - chrono::Days::new(HISTORY_DAYS);
        let since_ms = since
            .and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
            .timestamp_millis();
        let rows = self
            .store
            .wait_time_history(port.code.as_str(), since_ms)
            .await?;
        Ok(week(&rows, port.time_zone, today))
    }

    /// Deletes posted wait times older than the history shows (with a day to spare for the
    /// ports' zones); returns how many.
    #[tracing::instrument(skip_all)]
    pub async fn forget_old_wait_times(&self) -> Result<u64> {
        let kept = (HISTORY_DAYS as i64 + 1) * 86_400_000;
        Ok(self
            .store
            .forget_wait_times_before(self.now() - kept)
            .await?)
    }
}

/// One lane in CBP's feed: every figure a string, as CBP's are; empty when never posted.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FeedLane {
    /// RFC 3339, in the port's zone.
    pub update_time: String,
    /// `no delay`, `delay`, `Lanes Closed`, `N/A` or `Update Pending`.
    pub operational_status: String,
    pub delay_minutes: String,
    pub lanes_open: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CommercialLanes {
    pub maximum_lanes: String,
    pub standard_lanes: FeedLane,
    #[serde(rename = "FAST_lanes")]
    pub fast_lanes: FeedLane,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PassengerLanes {
    pub maximum_lanes: String,
    pub standard_lanes: FeedLane,
    #[serde(rename = "NEXUS_SENTRI_lanes")]
    pub nexus_sentri_lanes: FeedLane,
    pub ready_lanes: FeedLane,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PedestrianLanes {
    pub maximum_lanes: String,
    pub standard_lanes: FeedLane,
    pub ready_lanes: FeedLane,
}

/// One port in CBP's Border Wait Times feed, its fields named and nested as CBP's are (the JSON
/// feed's array elements, the XML feed's `port` elements); `port_code` is Garita's own.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FeedPort {
    pub port_number: String,
    pub border: String,
    pub port_name: String,
    pub crossing_name: String,
    pub hours: String,
    /// The port's date, `M/D/YYYY`, as CBP writes it.
    pub date: String,
    pub port_status: String,
    pub commercial_vehicle_lanes: CommercialLanes,
    pub passenger_vehicle_lanes: PassengerLanes,
    pub pedestrian_lanes: PedestrianLanes,
    pub construction_notice: String,
    pub port_code: String,
}

/// CBP's XML feed: `border_wait_time`, when it was made, then each port.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename = "border_wait_time")]
pub struct Feed {
    pub last_updated_date: String,
    pub last_updated_time: String,
    #[serde(rename = "port")]
    pub ports: Vec<FeedPort>,
}

impl Feed {
    /// The XML document, as CBP serves `bwt.xml`.
    pub fn to_xml(&self) -> String {
        let mut body = String::new();
        let mut writer = quick_xml::se::Serializer::new(&mut body);
        writer.indent(' ', 2);
        serde::Serialize::serialize(self, writer).expect("the feed serialises as XML");
        format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n")
    }
}

/// Every port's entry, and when the feed was made (UTC: ports lie in several zones).
pub fn feed(ports: &[(Port, bool, Vec<WaitTime>)], now_ms: i64) -> Feed {
    let now = chrono::DateTime::from_timestamp_millis(now_ms).unwrap_or_default();
    Feed {
        last_updated_date: now.format("%Y-%m-%d").to_string(),
        last_updated_time: now.format("%H:%M:%S").to_string(),
        ports: ports
            .iter()
            .map(|(port, closed, lanes)| feed_entry(port, *closed, lanes, now_ms))
            .collect(),
    }
}

/// CBP's feed entry for one port (see [`FeedPort`]). A lane nobody posted is `Update Pending`.
pub fn feed_entry(port: &Port, closed: bool, lanes: &[WaitTime], now_ms: i64) -> FeedPort {
    let lane = |lane: Lane| {
        let Some(w) = lanes.iter().find(|w| w.lane == lane.code()) else {
            return FeedLane {
                update_time: String::new(),
                operational_status: "Update Pending".into(),
                delay_minutes: String::new(),
                lanes_open: String::new(),
            };
        };
        let status = match (w.operational_status.as_str(), w.delay_minutes) {
            ("open", Some(0)) => "no delay",
            ("open", _) => "delay",
            ("closed", _) => "Lanes Closed",
            _ => "N/A",
        };
        FeedLane {
            update_time: chrono::DateTime::from_timestamp_millis(w.updated_at)
                .unwrap_or_default()
                .with_timezone(&port.time_zone)
                .to_rfc3339(),
            operational_status: status.into(),
            delay_minutes: w.delay_minutes.map(|d| d.to_string()).unwrap_or_default(),
            lanes_open: if status == "N/A" {
                String::new()
            } else {
                w.lanes_open.to_string()
            },
        }
    };
    let today = chrono::DateTime::from_timestamp_millis(now_ms)
        .unwrap_or_default()
        .with_timezone(&port.time_zone)
        .date_naive();
    // Garita keeps no lane counts per crossing: CBP's own word for a figure it does not give.
    let maximum = || "N/A".to_string();
    FeedPort {
        port_number: port.cbp_port_number.clone(),
        border: "Mexican Border".into(),
        port_name: port.name.clone(),
        crossing_name: port.crossing.clone(),
        // Not kept per crossing: left empty rather than guessed.
        hours: String::new(),
        date: today.format("%-m/%-d/%Y").to_string(),
        port_status: if closed { "Closed" } else { "Open" }.into(),
        commercial_vehicle_lanes: CommercialLanes {
            maximum_lanes: maximum(),
            standard_lanes: lane(Lane::Commercial),
            fast_lanes: lane(Lane::CommercialFast),
        },
        passenger_vehicle_lanes: PassengerLanes {
            maximum_lanes: maximum(),
            standard_lanes: lane(Lane::Passenger),
            nexus_sentri_lanes: lane(Lane::PassengerSentri),
            ready_lanes: lane(Lane::PassengerReady),
        },
        pedestrian_lanes: PedestrianLanes {
            maximum_lanes: maximum(),
            standard_lanes: lane(Lane::Pedestrian),
            ready_lanes: lane(Lane::PedestrianReady),
        },
        construction_notice: String::new(),
        port_code: port.code.as_str().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(lane: Lane, at: &str, status: &str, delay: Option<i64>) -> WaitTime {
        WaitTime {
            port_code: "SYS".into(),
            lane: lane.code().into(),
            operational_status: status.into(),
            delay_minutes: delay,
            lanes_open: 2,
            updated_at: chrono::DateTime::parse_from_rfc3339(at)
                .unwrap()
                .timestamp_millis(),
            officer: String::new(),
        }
    }

    #[test]
    fn a_week_is_the_ports_days_with_the_longest_and_average_open_wait() {
        let tijuana = chrono_tz::America::Tijuana;
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let rows = [
            // 23:30 at the port on the 6th, though the 7th in UTC.
            posted(Lane::Pedestrian, "2026-12-07T07:30:00Z", "open", Some(40)),
            posted(Lane::Pedestrian, "2026-12-06T18:00:00Z", "open", Some(25)),
            posted(Lane::Pedestrian, "2026-12-07T16:00:00Z", "open", Some(10)),
            posted(Lane::Pedestrian, "2026-12-07T17:00:00Z", "open", Some(15)),
            posted(Lane::Pedestrian, "2026-12-07T18:00:00Z", "closed", None),
            // Before the week: not shown.
            posted(
                Lane::PassengerReady,
                "2026-11-29T18:00:00Z",
                "open",
                Some(90),
            ),
        ];
        let weeks = week(&rows, tijuana, today);
        assert_eq!(weeks.len(), 2, "a lane posted at all has its week");
        let walk = &weeks[0];
        assert_eq!(walk.lane, Lane::Pedestrian);
        assert_eq!(walk.days.len(), 7);
        assert_eq!(walk.days[0].date, today - chrono::Days::new(6));
        let day = |date: u32| walk.days.iter().find(|d| d.date.day() == date).unwrap();
        use chrono::Datelike;
        assert_eq!(
            (day(6).longest, day(6).average, day(6).posts),
            (Some(40), Some(33), 2)
        );
        assert_eq!(
            (day(7).longest, day(7).average, day(7).posts),
            (Some(15), Some(13), 3)
        );
        assert_eq!((day(5).longest, day(5).posts), (None, 0));
        assert!(weeks[1].days.iter().all(|d| d.posts == 0));
    }
}
