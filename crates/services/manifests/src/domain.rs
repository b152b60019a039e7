//! The rules, no I/O: a trip's header and each person on the bus, checked field by field. A
//! problem names its line, its field and the key of the message that says what to do; one bad
//! row never refuses the others.

use chrono::{Datelike, NaiveDate};
use garita_domain::countries::COUNTRY_CODES;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A line, a field and the key of what is wrong with it.
pub type Problem = (usize, &'static str, &'static str);

/// The travel documents a bus passenger shows at a land port.
pub const DOCUMENTS: [&str; 5] = [
    "passport",
    "passport-card",
    "border-crossing-card",
    "permanent-resident-card",
    "trusted-traveler-card",
];

/// One person on the bus as the carrier sends it (a CSV row or an element of the API's
/// `people`); every field is text so that a wrong one is named, not a parse failure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct PersonRow {
    /// `driver` or `passenger`.
    pub role: String,
    pub family_name: String,
    pub given_names: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// `F`, `M` or `X`.
    pub sex: String,
    /// ISO 3166-1 alpha-2 (`MX`).
    pub citizenship: String,
    /// ISO 3166-1 alpha-2 of the country the person lives in.
    pub residence: String,
    /// `passport`, `passport-card`, `border-crossing-card`, `permanent-resident-card` or
    /// `trusted-traveler-card`.
    pub document_type: String,
    /// 5 to 20 letters and digits.
    pub document_number: String,
    /// ISO 3166-1 alpha-2 of the country that issued it.
    pub document_country: String,
    /// `YYYY-MM-DD`; it must not end before the bus arrives.
    pub document_expiry: String,
    /// Where in the United States a person who does not live there will stay.
    pub us_address: String,
}

/// A person whose every field is right: what is sealed and stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub role: String,
    pub family_name: String,
    pub given_names: String,
    pub birth_date: NaiveDate,
    pub sex: String,
    pub citizenship: String,
    pub residence: String,
    pub document_type: String,
    pub document_number: String,
    pub document_country: String,
    pub document_expiry: NaiveDate,
    pub us_address: Option<String>,
}

fn name(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty() && t.chars().count() <= 100 && !t.chars().any(char::is_control))
        .then(|| t.to_string())
}

fn country(text: &str) -> Option<String> {
    let t = text.trim().to_ascii_uppercase();
    COUNTRY_CODES.contains(&t.as_str()).then_some(t)
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

impl PersonRow {
    /// The person, or every problem of the row (its `line`), for a bus arriving on `arrives`.
    pub fn parse(&self, line: usize, arrives: NaiveDate) -> Result<Person, Vec<Problem>> {
        let mut problems = vec![];
        let mut need = |ok: bool, field: &'static str, key: &'static str| {
            if !ok {
                problems.push((line, field, key));
            }
        };
        let role = self.role.trim().to_ascii_lowercase();
        need(
            role == "driver" || role == "passenger",
            "role",
            "manifest-problem-role",
        );
        let family_name = name(&self.family_name);
        need(
            family_name.is_some(),
            "family_name",
            "manifest-problem-name",
        );
        let given_names = name(&self.given_names);
        need(
            given_names.is_some(),
            "given_names",
            "manifest-problem-name",
        );
        let birth_date = date(&self.birth_date).filter(|d| *d <= arrives && d.year() >= 1900);
        need(
            birth_date.is_some(),
            "birth_date",
            "manifest-problem-birth-date",
        );
        let sex = self.sex.trim().to_ascii_uppercase();
        need(
            matches!(sex.as_str(), "F" | "M" | "X"),
            "sex",
            "manifest-problem-sex",
        );
        let citizenship = country(&self.citizenship);
        need(
            citizenship.is_some(),
            "citizenship",
            "manifest-problem-country",
        );
        let residence = country(&self.residence);
        need(residence.is_some(), "residence", "manifest-problem-country");
        let document_type = self.document_type.trim().to_ascii_lowercase();
        need(
            DOCUMENTS.contains(&document_type.as_str()),
            "document_type",
            "manifest-problem-document-type",
        );
        let number = self.document_number.trim().to_ascii_uppercase();
        need(
            (5..=20).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_alphanumeric()),
            "document_number",
            "manifest-problem-document-number",
        );
        let document_country = country(&self.document_country);
        need(
            document_country.is_some(),
            "document_country",
            "manifest-problem-country",
        );
        let expiry = date(&self.document_expiry);
        match expiry {
            None => need(false, "document_expiry", "manifest-problem-date"),
            Some(d) => need(d >= arrives, "document_expiry", "manifest-problem-expired"),
        }
        let address = name(&self.us_address);
        let lives_here = residence.as_deref() == Some("US");
        need(
            lives_here || address.as_ref().is_some_and(|a| a.chars().count() >= 10),
            "us_address",
            "manifest-problem-address",
        );
        if !problems.is_empty() {
            return Err(problems);
        }
        let (
            Some(family_name),
            Some(given_names),
            Some(birth_date),
            Some(citizenship),
            Some(residence),
            Some(document_country),
            Some(document_expiry),
        ) = (
            family_name,
            given_names,
            birth_date,
            citizenship,
            residence,
            document_country,
            expiry,
        )
        else {
            unreachable!("every field was checked above");
        };
        Ok(Person {
            role,
            family_name,
            given_names,
            birth_date,
            sex,
            citizenship,
            residence,
            document_type,
            document_number: number,
            document_country,
            document_expiry,
            us_address: if lives_here { None } else { address },
        })
    }
}

/// The trip as the carrier sends it, beside its people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct TripRow {
    /// The carrier's own identifier of the trip: sending it again replaces the manifest (a
    /// correction) or, unchanged, changes nothing. 1 to 64 letters, digits, `.`, `_` or `-`.
    pub trip_id: String,
    /// The bus's licence plate.
    pub bus_plate: String,
    /// The carrier's number for the bus.
    pub bus_number: String,
    /// Where the trip started (a city).
    pub origin: String,
    /// The land port's code (`SYS`).
    pub port: String,
    /// When the bus is expected at the port: `YYYY-MM-DDTHH:MM` in the port's time, or RFC 3339
    /// with an offset.
    pub arrives_at: String,
}

/// A trip whose header is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trip {
    pub trip_id: String,
    pub bus_plate: String,
    pub bus_number: String,
    pub origin: String,
    pub port: String,
    /// Unix milliseconds.
    pub arrives_at: i64,
}

/// Whether a carrier's trip id is one (it is part of the API's paths).
pub fn trip_id(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()
        && t.len() <= 64
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)))
    .then(|| t.to_string())
}

impl TripRow {
    /// The trip, or its problems (line 0: the trip itself). `zone_of` gives a port's time zone
    /// if it is one; `now` bounds the arrival (not more than a day past, nor a year ahead).
    pub fn parse(
        &self,
        zone_of: impl Fn(&str) -> Option<chrono_tz::Tz>,
        now: i64,
    ) -> Result<Trip, Vec<Problem>> {
        let mut problems = vec![];
        let trip_id = trip_id(&self.trip_id);
        if trip_id.is_none() {
            problems.push((0, "trip_id", "manifest-problem-trip-id"));
        }
        let plate = self.bus_plate.trim().to_ascii_uppercase();
        let plate_ok = (2..=15).contains(&plate.len())
            && plate
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b' ');
        if !plate_ok {
            problems.push((0, "bus_plate", "manifest-problem-plate"));
        }
        let bus_number = name(&self.bus_number).filter(|n| n.chars().count() <= 20);
        if bus_number.is_none() {
            problems.push((0, "bus_number", "manifest-problem-bus-number"));
        }
        let origin = name(&self.origin);
        if origin.is_none() {
            problems.push((0, "origin", "manifest-problem-origin"));
        }
        let port = self.port.trim().to_ascii_uppercase();
        let zone = zone_of(&port);
        if zone.is_none() {
            problems.push((0, "port", "manifest-problem-port"));
        }
        let arrives_at = zone.and_then(|z| arrival(&self.arrives_at, z));
        match arrives_at {
            None if zone.is_some() => problems.push((0, "arrives_at", "manifest-problem-arrival")),
            Some(at) if at < now - DAY_MS || at > now + 366 * DAY_MS => {
                problems.push((0, "arrives_at", "manifest-problem-arrival-range"));
            }
            _ => {}
        }
        match (trip_id, bus_number, origin, arrives_at) {
            (Some(trip_id), Some(bus_number), Some(origin), Some(arrives_at))
                if problems.is_empty() =>
            {
                Ok(Trip {
                    trip_id,
                    bus_plate: plate,
                    bus_number,
                    origin,
                    port,
                    arrives_at,
                })
            }
            _ => Err(problems),
        }
    }
}

pub const DAY_MS: i64 = 86_400_000;

/// An arrival written in the port's time (`2027-03-01T14:30`, as a browser's `datetime-local`
/// sends it) or with its offset (RFC 3339).
fn arrival(text: &str, zone: chrono_tz::Tz) -> Option<i64> {
    use chrono::TimeZone;
    let t = text.trim();
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(at.timestamp_millis());
    }
    let local = chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .ok()?;
    zone.from_local_datetime(&local)
        .earliest()
        .map(|at| at.timestamp_millis())
}

/// The CSV's columns, in the order of the template the page offers.
pub const CSV_COLUMNS: [&str; 12] = [
    "role",
    "family_name",
    "given_names",
    "birth_date",
    "sex",
    "citizenship",
    "residence",
    "document_type",
    "document_number",
    "document_country",
    "document_expiry",
    "us_address",
];

/// The people of a CSV with a header line (line 1), each with its line; a line that cannot be
/// read as a row is a problem of its own.
pub fn people_of_csv(text: &str) -> (Vec<(usize, PersonRow)>, Vec<Problem>) {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        // A spreadsheet's UTF-8 export may begin with a byte-order mark.
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows = vec![];
    let mut problems = vec![];
    for (i, record) in reader.deserialize::<PersonRow>().enumerate() {
        match record {
            Ok(row) => rows.push((i + 2, row)),
            Err(_) => problems.push((i + 2, "line", "manifest-problem-line")),
        }
    }
    if rows.is_empty() && problems.is_empty() {
        problems.push((1, "line", "manifest-problem-empty"));
    }
    (rows, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> PersonRow {
        PersonRow {
            role: "passenger".into(),
            family_name: "López Ramírez".into(),
            given_names: "Ana".into(),
            birth_date: "1990-04-02".into(),
            sex: "F".into(),
            citizenship: "mx".into(),
            residence: "MX".into(),
            document_type: "passport".into(),
            document_number: "G1234567".into(),
            document_country: "MX".into(),
            document_expiry: "2030-01-01".into(),
            us_address: "100 Main St, El Paso, TX".into(),
        }
    }

    fn arrives() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
    }

    #[test]
    fn a_right_row_is_a_person() {
        let p = row().parse(2, arrives()).unwrap();
        assert_eq!(p.citizenship, "MX");
        assert_eq!(p.us_address.as_deref(), Some("100 Main St, El Paso, TX"));
        let mut resident = row();
        resident.residence = "US".into();
        resident.us_address = String::new();
        assert_eq!(resident.parse(2, arrives()).unwrap().us_address, None);
    }

    #[test]
    fn each_wrong_field_is_named_with_its_line() {
        let mut r = row();
        r.document_expiry = "2027-02-28".into();
        r.sex = "female".into();
        r.citizenship = "Mexico".into();
        r.us_address = String::new();
        let problems = r.parse(7, arrives()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (7, "sex", "manifest-problem-sex"),
                (7, "citizenship", "manifest-problem-country"),
                (7, "document_expiry", "manifest-problem-expired"),
                (7, "us_address", "manifest-problem-address"),
            ]
        );
    }

    #[test]
    fn a_trip_arrives_in_its_port_time() {
        let trip = TripRow {
            trip_id: "MX-2027-0301-A".into(),
            bus_plate: "abc 123".into(),
            bus_number: "17".into(),
            origin: "Hermosillo".into(),
            port: "ELP".into(),
            arrives_at: "2027-03-01T14:30".into(),
        };
        let zone = |p: &str| (p == "ELP").then_some(chrono_tz::America::Denver);
        let now = 1_788_000_000_000; // 2026-08-29
        let t = trip.parse(zone, now).unwrap();
        // 14:30 MST is 21:30 UTC.
        assert_eq!(t.arrives_at, 1_803_936_600_000);
        assert_eq!(t.bus_plate, "ABC 123");
        let wrong = TripRow {
            trip_id: "a/b".into(),
            port: "XXX".into(),
            ..trip
        };
        assert_eq!(
            wrong.parse(zone, now).unwrap_err(),
            vec![
                (0, "trip_id", "manifest-problem-trip-id"),
                (0, "port", "manifest-problem-port")
            ]
        );
    }

    #[test]
    fn a_csv_line_short_of_columns_is_named_and_the_others_read() {
        let text = format!(
            "\u{feff}{}\npassenger,Cruz\n{}\n",
            CSV_COLUMNS.join(","),
            "passenger,Cruz,Ana,1990-04-02,F,MX,MX,passport,G1234567,MX,2030-01-01,\"1 Main St, El Paso\""
        );
        let (rows, problems) = people_of_csv(&text);
        assert_eq!(problems, vec![(2, "line", "manifest-problem-line")]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].0, 3);
        assert_eq!(rows[0].1.us_address, "1 Main St, El Paso");
        assert!(rows[0].1.parse(3, arrives()).is_ok());
        assert_eq!(
            people_of_csv("role\n").1,
            vec![(1, "line", "manifest-problem-empty")]
        );
    }
}
