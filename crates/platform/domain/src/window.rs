//! The daily request window: by default 12:00 to 23:59 U.S. Eastern time. The service day is the
//! date in that zone; the window closes at `closes` (exclusive).

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub zone: Tz,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowState {
    Open {
        service_date: NaiveDate,
        closes_at: DateTime<Utc>,
    },
    Closed {
        /// The service day of the next window, and when it opens.
        next_date: NaiveDate,
        opens_at: DateTime<Utc>,
    },
}

impl Default for Window {
    fn default() -> Self {
        Window {
            zone: chrono_tz::America::New_York,
            opens: NaiveTime::from_hms_opt(12, 0, 0).expect("valid"),
            closes: NaiveTime::from_hms_opt(23, 59, 0).expect("valid"),
        }
    }
}

impl Window {
    /// A window from configuration text: a time zone name and two `HH:MM` times (`HH:MM:SS`
    /// too: a test's window may close within the minute).
    pub fn parse(zone: &str, opens: &str, closes: &str) -> Result<Window, String> {
        let zone: Tz = zone
            .parse()
            .map_err(|_| format!("unknown time zone {zone:?}"))?;
        let time = |t: &str| {
            NaiveTime::parse_from_str(t, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
                .map_err(|_| format!("{t:?} is not HH:MM"))
        };
        let (opens, closes) = (time(opens)?, time(closes)?);
        if opens >= closes {
            return Err("the window must open before it closes, within one day".into());
        }
        Ok(Window {
            zone,
            opens,
            closes,
        })
    }

    fn instant(&self, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        // A local time skipped by a clock change is taken one hour later.
        let local = date.and_time(time);
        self.zone
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| {
                self.zone
                    .from_local_datetime(&(local + chrono::Duration::hours(1)))
                    .earliest()
            })
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc.from_utc_datetime(&local))
    }

    pub fn opens_at(&self, date: NaiveDate) -> DateTime<Utc> {
        self.instant(date, self.opens)
    }

    pub fn closes_at(&self, date: NaiveDate) -> DateTime<Utc> {
        self.instant(date, self.closes)
    }

    /// The service day an instant falls in (the date in the window's zone).
    pub fn service_date(&self, now: DateTime<Utc>) -> NaiveDate {
        now.with_timezone(&self.zone).date_naive()
    }

    pub fn state(&self, now: DateTime<Utc>) -> WindowState {
        let today = self.service_date(now);
        if now >= self.opens_at(today) && now < self.closes_at(today) {
            return WindowState::Open {
                service_date: today,
                closes_at: self.closes_at(today),
            };
        }
        let next_date = if now < self.opens_at(today) {
            today
        } else {
            today + Days::new(1)
        };
        WindowState::Closed {
            next_date,
            opens_at: self.opens_at(next_date),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn open_from_noon_to_one_minute_before_midnight_eastern() {
        let w = Window::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // 12:00 EST is 17:00 UTC in November.
        assert_eq!(
            w.state(utc("2026-11-22T16:59:59Z")),
            WindowState::Closed {
                next_date: day,
                opens_at: utc("2026-11-22T17:00:00Z")
            }
        );
        assert_eq!(
            w.state(utc("2026-11-22T17:00:00Z")),
            WindowState::Open {
                service_date: day,
                closes_at: utc("2026-11-23T04:59:00Z")
            }
        );
        // 23:59 EST: closed; the next window is the next day's.
        assert_eq!(
            w.state(utc("2026-11-23T04:59:00Z")),
            WindowState::Closed {
                next_date: day.succ_opt().unwrap(),
                opens_at: utc("2026-11-23T17:00:00Z")
            }
        );
    }

    #[test]
    fn summer_time_moves_the_window_in_utc() {
        let w = Window::default();
        assert!(matches!(
            w.state(utc("2026-07-01T16:00:00Z")),
            WindowState::Open { .. }
        ));
    }

    #[test]
    fn configuration_is_checked() {
        assert!(Window::parse("America/New_York", "12:00", "23:59").is_ok());
        assert!(Window::parse("Mars/Olympus", "12:00", "23:59").is_err());
        assert!(Window::parse("America/New_York", "23:00", "12:00").is_err());
        assert!(Window::parse("America/New_York", "noon", "23:59").is_err());
        let seconds = Window::parse("Etc/GMT", "06:00", "12:00:30").unwrap();
        assert_eq!(
            seconds.closes_at(NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()),
            utc("2026-12-07T12:00:30Z")
        );
    }
}
