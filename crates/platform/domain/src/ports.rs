//! Ports of entry and their daily capacity.

use crate::input::InputError;
use chrono::NaiveTime;
use chrono_tz::Tz;
use serde::Serialize;
use std::fmt;

/// A port's stable code: three ASCII letters, upper case (`SYS` for San Ysidro). Kept inline,
/// not on the heap: lists millions long hold one per row.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PortCode([u8; 3]);

impl TryFrom<String> for PortCode {
    type Error = InputError;

    fn try_from(text: String) -> Result<Self, InputError> {
        PortCode::parse(&text)
    }
}

impl From<PortCode> for String {
    fn from(code: PortCode) -> String {
        code.as_str().to_string()
    }
}

impl PortCode {
    pub fn parse(text: &str) -> Result<Self, InputError> {
        match text.trim().as_bytes() {
            &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_alphabetic) => Ok(PortCode([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(InputError::PortCodeFormat),
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("three ASCII letters")
    }

    /// The code's three ASCII letters, without the check `as_str` makes.
    pub fn bytes(&self) -> [u8; 3] {
        self.0
    }
}

impl fmt::Display for PortCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number of seats (one seat is one traveller) a port offers on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Seats(u32);

impl Seats {
    /// No port handles more than this in a day; a larger figure is a typing mistake.
    pub const MAX_PER_DAY: u32 = 10_000;

    pub fn new(seats: u32) -> Result<Self, InputError> {
        if seats <= Self::MAX_PER_DAY {
            Ok(Seats(seats))
        } else {
            Err(InputError::SeatsRange)
        }
    }

    pub fn parse(text: &str) -> Result<Self, InputError> {
        text.trim()
            .parse::<u32>()
            .map_err(|_| InputError::SeatsRange)
            .and_then(Seats::new)
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

impl fmt::Display for Seats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a port is: a land crossing, which people cross on foot and by road, or an airport.
/// Services choose which kinds they serve (`Store::list_ports` has the land crossings alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PortKind {
    LandCrossing,
    Airport,
}

impl PortKind {
    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            PortKind::LandCrossing => "land-crossing",
            PortKind::Airport => "airport",
        }
    }

    pub fn parse(code: &str) -> Option<PortKind> {
        [PortKind::LandCrossing, PortKind::Airport]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// A U.S. port of entry where travellers and goods are inspected. Reference data: the eight
/// land ports are created by the first migration, the airports by `0037_port_kinds`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Port {
    pub code: PortCode,
    pub kind: PortKind,
    /// The port's name as CBP writes it (a proper name; never translated).
    pub name: String,
    /// The crossing within the port where travellers present themselves.
    pub crossing: String,
    pub city: String,
    /// U.S. state, two-letter postal code.
    pub state: String,
    /// The Mexican city at the other end of the crossing, where people wait.
    pub mexican_city: String,
    /// CBP's four-digit port number, used by the border wait times feed.
    pub cbp_port_number: String,
    pub time_zone: Tz,
    pub default_daily_seats: Seats,
    /// Start times of the port's inspection slots, in the port's time zone, earliest first.
    pub time_slots: Vec<NaiveTime>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_codes_are_three_letters_normalised_to_upper_case() {
        assert_eq!(PortCode::parse(" sys ").unwrap().as_str(), "SYS");
        for bad in ["", "SY", "SYSX", "S1S", "ÑOG"] {
            assert_eq!(
                PortCode::parse(bad),
                Err(InputError::PortCodeFormat),
                "{bad}"
            );
        }
    }

    #[test]
    fn seats_are_bounded() {
        assert_eq!(Seats::parse("0").unwrap().get(), 0);
        assert_eq!(Seats::parse("10000").unwrap().get(), 10_000);
        for bad in ["10001", "-1", "1.5", "many", ""] {
            assert_eq!(Seats::parse(bad), Err(InputError::SeatsRange), "{bad}");
        }
    }
}
