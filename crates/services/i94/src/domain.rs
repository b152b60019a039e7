//! The rules of a provisional I-94 application, with no I/O: a trip (port, day of arrival within
//! the next 7 days, purpose, U.S. address) and 1 to 25 travellers, each field parsed into a type
//! or refused with the key of a message that says what to do. The passport's machine-readable
//! zone, when typed or scanned, must pass its check digits and agree with what was typed.

use chrono::{Days, NaiveDate};
use garita_domain::InputError;
use garita_domain::PortCode;
use garita_domain::mrz;
use garita_domain::travellers::{Country, DateOfBirth, Document, PersonName, UsAddress};
use serde::{Deserialize, Serialize};

/// At most this many travellers in one application (and one payment).
pub const MAX_TRAVELLERS: usize = 25;
/// An application is made at most this many days before arriving.
pub const DAYS_AHEAD: u64 = 7;
/// A paid application not presented at the port expires this many days after it was paid.
pub const VALID_DAYS: i64 = 7;

/// A refused field and the key of its message.
pub type Problem = (&'static str, &'static str);

/// Why the traveller comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    Tourism,
    Business,
    Family,
    Medical,
    Study,
    Other,
}

impl Purpose {
    pub const ALL: [Purpose; 6] = [
        Purpose::Tourism,
        Purpose::Business,
        Purpose::Family,
        Purpose::Medical,
        Purpose::Study,
        Purpose::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Purpose::Tourism => "tourism",
            Purpose::Business => "business",
            Purpose::Family => "family",
            Purpose::Medical => "medical",
            Purpose::Study => "study",
            Purpose::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<Purpose> {
        Self::ALL.into_iter().find(|p| p.code() == code.trim())
    }
}

/// As printed in the passport: `F`, `M` or `X`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    F,
    M,
    X,
}

impl Sex {
    pub fn parse(code: &str) -> Option<Sex> {
        match code.trim() {
            "F" | "f" => Some(Sex::F),
            "M" | "m" => Some(Sex::M),
            "X" | "x" => Some(Sex::X),
            _ => None,
        }
    }
}

/// The trip of the whole group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    pub port: PortCode,
    pub arrival: NaiveDate,
    pub purpose: Purpose,
    pub address: UsAddress,
}

/// A trip as typed.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TripInput {
    /// The land port's code, e.g. `SYS`.
    pub port: String,
    /// The day of arrival (`YYYY-MM-DD`), today to 7 days ahead.
    pub arrival: String,
    /// `tourism`, `business`, `family`, `medical`, `study` or `other`.
    pub purpose: String,
    /// The U.S. address: street, city, state (two letters), ZIP code.
    pub street: String,
    pub city: String,
    pub state: String,
    pub zip: String,
}

impl TripInput {
    /// The trip, or every field refused with its message key.
    pub fn parse(&self, today: NaiveDate) -> Result<Trip, Vec<Problem>> {
        let mut problems = vec![];
        let port = PortCode::parse(&self.port)
            .map_err(|e| problems.push(("port", e.message_key())))
            .ok();
        let arrival = match self.arrival.trim().parse::<NaiveDate>() {
            Ok(day) if day >= today && day <= today + Days::new(DAYS_AHEAD) => Some(day),
            Ok(_) => {
                problems.push(("arrival", "i94-arrival-window"));
                None
            }
            Err(_) => {
                problems.push(("arrival", InputError::DateFormat.message_key()));
                None
            }
        };
        let purpose = Purpose::parse(&self.purpose);
        if purpose.is_none() {
            problems.push(("purpose", InputError::ChoiceUnknown.message_key()));
        }
        let address = UsAddress::parse(&self.street, &self.city, &self.state, &self.zip)
            .map_err(|e| {
                for (field, error) in [
                    ("street", e.street),
                    ("city", e.city),
                    ("state", e.state),
                    ("zip", e.zip),
                ] {
                    if let Some(error) = error {
                        problems.push((field, error.message_key()));
                    }
                }
            })
            .ok();
        match (port, arrival, purpose, address) {
            (Some(port), Some(arrival), Some(purpose), Some(address)) if problems.is_empty() => {
                Ok(Trip {
                    port,
                    arrival,
                    purpose,
                    address,
                })
            }
            _ => Err(problems),
        }
    }
}

/// A traveller as kept (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traveller {
    pub name: PersonName,
    pub birth: DateOfBirth,
    pub sex: Sex,
    pub citizenship: Country,
    pub residence: Country,
    pub passport: Document,
    pub passport_issued: NaiveDate,
    pub passport_expires: NaiveDate,
}

/// A traveller as typed.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TravellerInput {
    pub given: String,
    pub family: String,
    pub born_day: String,
    pub born_month: String,
    pub born_year: String,
    /// As printed in the passport: `F`, `M` or `X`.
    pub sex: String,
    /// Country codes (ISO 3166-1 alpha-2, e.g. `MX`).
    pub citizenship: String,
    pub residence: String,
    pub passport_number: String,
    pub passport_country: String,
    /// `YYYY-MM-DD`.
    pub passport_issued: String,
    /// `YYYY-MM-DD`, after the day of arrival.
    pub passport_expires: String,
    /// The two lines at the bottom of the photo page, if typed or scanned.
    pub mrz: String,
}

impl TravellerInput {
    /// The traveller arriving on `arrival`, or every field refused with its message key.
    pub fn parse(&self, today: NaiveDate, arrival: NaiveDate) -> Result<Traveller, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let mut field = |name: &'static str, e: InputError| problems.push((name, e.message_key()));
        let names = PersonName::parse(&self.given, &self.family);
        if let Err((given, family)) = &names {
            if let Some(e) = given {
                field("given", *e);
            }
            if let Some(e) = family {
                field("family", *e);
            }
        }
        let birth = DateOfBirth::parse(&self.born_day, &self.born_month, &self.born_year, today)
            .map_err(|e| field("born", e))
            .ok();
        let sex = Sex::parse(&self.sex);
        if sex.is_none() {
            field("sex", InputError::ChoiceUnknown);
        }
        let citizenship = Country::parse(&self.citizenship)
            .map_err(|e| field("citizenship", e))
            .ok();
        let residence = Country::parse(&self.residence)
            .map_err(|e| field("residence", e))
            .ok();
        let passport = Document::parse("passport", &self.passport_country, &self.passport_number)
            .map_err(|e| field("passport_number", e))
            .ok();
        let day = |text: &str| text.trim().parse::<NaiveDate>().ok();
        let issued = day(&self.passport_issued);
        match issued {
            None => field("passport_issued", InputError::DateFormat),
            Some(d) if d > today => field("passport_issued", InputError::DateInFuture),
            _ => {}
        }
        let expires = day(&self.passport_expires);
        match expires {
            None => field("passport_expires", InputError::DateFormat),
            Some(d) if d <= arrival => problems.push(("passport_expires", "i94-passport-expires")),
            _ => {}
        }
        if !self.mrz.trim().is_empty() {
            match mrz::parse_passport(&self.mrz, today) {
                Err(e) => problems.push(("mrz", e.message_key())),
                Ok(read) => {
                    let agrees = passport.as_ref().is_none_or(|p| p.number == read.number)
                        && birth.is_none_or(|b| b.date() == read.birth)
                        && expires.is_none_or(|e| e == read.expiry);
                    if !agrees {
                        problems.push(("mrz", "i94-mrz-differs"));
                    }
                }
            }
        }
        match (
            names,
            birth,
            sex,
            citizenship,
            residence,
            passport,
            issued,
            expires,
        ) {
            (Ok(name), Some(birth), Some(sex), Some(c), Some(r), Some(p), Some(i), Some(e))
                if problems.is_empty() =>
            {
                Ok(Traveller {
                    name,
                    birth,
                    sex,
                    citizenship: c,
                    residence: r,
                    passport: p,
                    passport_issued: i,
                    passport_expires: e,
                })
            }
            _ => Err(problems),
        }
    }
}

/// A provisional number, shown at the port and checked there: `I94-` and 8 characters of
/// Crockford's base 32 in two groups.
pub fn provisional_number() -> String {
    garita_security::codes::readable("I94")
}

/// An application's reference, shown to pay at the port: `PAY-` and 8 characters.
pub fn group_reference() -> String {
    garita_security::codes::readable("PAY")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-12-06".parse().unwrap()
    }

    pub fn traveller() -> TravellerInput {
        TravellerInput {
            given: "Anna María".into(),
            family: "Eriksson".into(),
            born_day: "12".into(),
            born_month: "8".into(),
            born_year: "1974".into(),
            sex: "F".into(),
            citizenship: "MX".into(),
            residence: "MX".into(),
            passport_number: "L898902C3".into(),
            passport_country: "MX".into(),
            passport_issued: "2020-01-10".into(),
            passport_expires: "2030-01-09".into(),
            mrz: String::new(),
        }
    }

    #[test]
    fn each_wrong_field_is_named_and_the_mrz_must_agree() {
        let arrival = today() + Days::new(3);
        assert!(traveller().parse(today(), arrival).is_ok());
        let wrong = TravellerInput {
            given: "Anna2".into(),
            sex: "Q".into(),
            citizenship: "ZZ".into(),
            passport_expires: "2026-12-08".into(),
            ..traveller()
        };
        let problems = wrong.parse(today(), arrival).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| p.0).collect();
        assert_eq!(fields, ["given", "sex", "citizenship", "passport_expires"]);
        assert!(problems.contains(&("passport_expires", "i94-passport-expires")));
        // ICAO's specimen zone: its number and birth date agree, its expiry (2012) does not.
        let zone = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\
                    L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        let with_zone = TravellerInput {
            mrz: zone.into(),
            ..traveller()
        };
        assert_eq!(
            with_zone.parse(today(), arrival).unwrap_err(),
            [("mrz", "i94-mrz-differs")]
        );
        let misread = TravellerInput {
            mrz: zone.replace("L898902C36", "L898902C37"),
            ..traveller()
        };
        assert_eq!(
            misread.parse(today(), arrival).unwrap_err(),
            [("mrz", "field-mrz-check-digit")]
        );
    }

    #[test]
    fn the_arrival_is_within_the_next_seven_days() {
        let trip = |arrival: &str| TripInput {
            port: "SYS".into(),
            arrival: arrival.into(),
            purpose: "family".into(),
            street: "1 Main St".into(),
            city: "San Diego".into(),
            state: "CA".into(),
            zip: "92101".into(),
        };
        assert!(trip("2026-12-13").parse(today()).is_ok());
        for late in ["2026-12-14", "2026-12-05"] {
            assert_eq!(
                trip(late).parse(today()).unwrap_err(),
                [("arrival", "i94-arrival-window")]
            );
        }
        let number = provisional_number();
        assert_eq!(number.len(), 13);
        assert!(number.starts_with("I94-"));
    }
}
