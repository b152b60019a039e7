//! The rules, no I/O: a cargo inspection request checked field by field (the entry number, the
//! bill of lading or air waybill with its check digit, the importer of record, each commodity's
//! HTS code, each container's ISO 6346 check digit), and what a specialist may record. A problem
//! names its field and the key of the message that says what to do.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A field (`commodities[2].hts`, `containers[1]`) and the key of what is wrong with it.
pub type Problem = (String, &'static str);

/// How many commodities and containers one request may list.
pub const MAX_COMMODITIES: usize = 50;
pub const MAX_CONTAINERS: usize = 20;

/// The units a quantity is counted in.
pub const UNITS: [&str; 7] = ["kg", "lb", "t", "cartons", "boxes", "pallets", "pieces"];
/// How the goods are packed.
pub const PACKAGING: [&str; 6] = ["cartons", "crates", "bins", "pallets", "sacks", "bulk"];
/// The transport documents: a truck's bill of lading or an air waybill.
pub const DOCUMENTS: [&str; 2] = ["bill-of-lading", "air-waybill"];
/// The treatments a shipment on hold may need before it is released.
pub const TREATMENTS: [&str; 5] = ["fumigation", "cold", "heat", "irradiation", "cleaning"];

/// Where a request stands. `booked` and `hold` still change; the others are final.
pub const STATUSES: [&str; 7] = [
    "booked",
    "released",
    "hold",
    "re-export",
    "destroy",
    "missed",
    "cancelled",
];

/// What a specialist records after inspecting.
pub const RESULTS: [&str; 4] = ["released", "hold", "re-export", "destroy"];

/// Whether a request in `status` may still get a specialist's result.
pub fn open_to_result(status: &str) -> bool {
    status == "booked" || status == "hold"
}

/// One commodity as the broker sends it; every field is text so that a wrong one is named.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct CommodityRow {
    /// The 10-digit HTSUS statistical number (`0702.00.2000`; dots optional).
    pub hts: String,
    pub description: String,
    /// A positive number (a decimal point allowed).
    pub quantity: String,
    /// `kg`, `lb`, `t`, `cartons`, `boxes`, `pallets` or `pieces`.
    pub unit: String,
    /// `cartons`, `crates`, `bins`, `pallets`, `sacks` or `bulk`.
    pub packaging: String,
}

/// A request as the broker sends it (a form or the API's JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct RequestRow {
    /// The port's three-letter code.
    pub port: String,
    /// When the broker would like the inspection: `YYYY-MM-DDTHH:MM` in the port's time (or
    /// RFC 3339); the first slot of that day at or after it with room is booked.
    pub wished_at: String,
    /// The entry number: filer code, 7 digits, check digit (`ABC-1234567-8`).
    pub entry_number: String,
    /// `bill-of-lading` or `air-waybill`.
    pub transport_document: String,
    /// A bill of lading's number (4-35 letters and digits) or an air waybill's
    /// (`020-12345675`: airline prefix, serial, its mod-7 check digit).
    pub transport_number: String,
    pub importer_name: String,
    /// The importer of record number: an IRS number (`12-3456789`, with an optional 2-character
    /// suffix) or a CBP-assigned number (`YYDDPP-NNNNN`).
    pub importer_number: String,
    /// The truck's plate or the flight.
    pub conveyance: String,
    /// ISO 6346 container numbers (`CSQU3054383`), none for a box truck.
    pub containers: Vec<String>,
    /// Where the goods stand for the specialist (a dock, a bay, a warehouse).
    pub goods_location: String,
    pub commodities: Vec<CommodityRow>,
}

/// A commodity whose every field is right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commodity {
    pub hts: String,
    pub description: String,
    pub quantity: String,
    pub unit: String,
    pub packaging: String,
}

/// A request whose every field is right: what is sealed and stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shipment {
    pub entry_number: String,
    pub transport_document: String,
    pub transport_number: String,
    pub importer_name: String,
    pub importer_number: String,
    pub conveyance: String,
    pub containers: Vec<String>,
    pub goods_location: String,
    pub commodities: Vec<Commodity>,
}

/// A request checked: its port, the wished moment in the port's time and the shipment.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub port: String,
    pub wished: NaiveDateTime,
    pub shipment: Shipment,
}

fn text(t: &str, max: usize) -> Option<String> {
    let t = t.trim();
    (!t.is_empty() && t.chars().count() <= max && !t.chars().any(char::is_control))
        .then(|| t.to_string())
}

/// Letters and digits alone, upper case (spaces, dots and hyphens as people write them dropped).
fn compact(t: &str) -> String {
    t.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// An HTSUS statistical number: 10 digits in a chapter that exists (01-97, 77 reserved),
/// written `0702.00.2000`.
pub fn hts(t: &str) -> Option<String> {
    let d = compact(t);
    let chapter: u32 = d.get(..2)?.parse().ok()?;
    let ok = d.len() == 10
        && d.bytes().all(|b| b.is_ascii_digit())
        && (1..=97).contains(&chapter)
        && chapter != 77;
    ok.then(|| format!("{}.{}.{}", &d[..4], &d[4..6], &d[6..]))
}

/// The value ISO 6346 gives a character: digits themselves, letters from 10 up, skipping the
/// multiples of 11.
fn iso6346_value(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some(u32::from(c - b'0')),
        b'A'..=b'Z' => {
            let mut v = 10;
            for _ in b'A'..c {
                v += 1;
                if v % 11 == 0 {
                    v += 1;
                }
            }
            Some(v)
        }
        _ => None,
    }
}

/// An ISO 6346 container number: owner code (3 letters), category (U, J or Z), serial (6
/// digits) and its check digit.
pub fn container(t: &str) -> Option<String> {
    let c = compact(t);
    let b = c.as_bytes();
    let shape = b.len() == 11
        && b[..3].iter().all(u8::is_ascii_uppercase)
        && matches!(b[3], b'U' | b'J' | b'Z')
        && b[4..].iter().all(u8::is_ascii_digit);
    if !shape {
        return None;
    }
    let sum: u32 = b[..10]
        .iter()
        .enumerate()
        .map(|(i, ch)| iso6346_value(*ch).unwrap_or(0) << i)
        .sum();
    (sum % 11 % 10 == u32::from(b[10] - b'0')).then_some(c)
}

/// An air waybill: a 3-digit airline prefix, a 7-digit serial and its check digit (the serial
/// modulo 7), written `020-12345675`.
pub fn air_waybill(t: &str) -> Option<String> {
    let d = compact(t);
    if d.len() != 11 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let serial: u32 = d[3..10].parse().ok()?;
    let check = u32::from(d.as_bytes()[10] - b'0');
    (serial % 7 == check).then(|| format!("{}-{}", &d[..3], &d[3..]))
}

/// A truck's bill of lading (or PRO) number: 4 to 35 letters and digits.
fn bill_of_lading(t: &str) -> Option<String> {
    let c = compact(t);
    ((4..=35).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(c)
}

/// An entry number: a 3-character filer code, 7 digits and a check digit (`ABC-1234567-8`).
/// Its check digit's rule is CBP's and not published with it; the shape alone is checked.
pub fn entry_number(t: &str) -> Option<String> {
    let c = compact(t);
    let b = c.as_bytes();
    let ok = b.len() == 11
        && b[..3].iter().all(u8::is_ascii_alphanumeric)
        && b[3..].iter().all(u8::is_ascii_digit);
    ok.then(|| format!("{}-{}-{}", &c[..3], &c[3..10], &c[10..]))
}

/// An importer of record number: an IRS number (`12-3456789`, optionally with a 2-character
/// suffix) or a CBP-assigned one (`YYDDPP-NNNNN`).
pub fn importer_number(t: &str) -> Option<String> {
    let t = t.trim().to_ascii_uppercase();
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let irs = (b.len() == 10 || b.len() == 12)
        && digits(0..2)
        && b[2] == b'-'
        && digits(3..10)
        && b[10..].iter().all(u8::is_ascii_alphanumeric);
    let cbp = b.len() == 12 && digits(0..6) && b[6] == b'-' && digits(7..12);
    (irs || cbp).then_some(t)
}

fn quantity(t: &str) -> Option<String> {
    let t = t.trim();
    let ok = !t.is_empty()
        && t.len() <= 12
        && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && t.bytes().filter(|b| *b == b'.').count() <= 1
        && t.parse::<f64>().is_ok_and(|q| q > 0.0);
    ok.then(|| t.to_string())
}

fn one_of(t: &str, list: &[&str]) -> Option<String> {
    let t = t.trim().to_ascii_lowercase();
    list.contains(&t.as_str()).then_some(t)
}

/// The wished moment, in the port's time: `YYYY-MM-DDTHH:MM`, or RFC 3339 (moved to the
/// port's zone).
pub fn wished(t: &str, zone: chrono_tz::Tz) -> Option<NaiveDateTime> {
    let t = t.trim();
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(t) {
        return Some(at.with_timezone(&zone).naive_local());
    }
    NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .ok()
}

impl CommodityRow {
    /// Whether the row was left empty (a form's unused rows).
    pub fn is_empty(&self) -> bool {
        [&self.hts, &self.description, &self.quantity]
            .iter()
            .all(|f| f.trim().is_empty())
    }

    fn parse(&self, at: &str, problems: &mut Vec<Problem>) -> Option<Commodity> {
        let mut need = |v: Option<String>, field: &str, key: &'static str| {
            if v.is_none() {
                problems.push((format!("{at}.{field}"), key));
            }
            v
        };
        let hts = need(hts(&self.hts), "hts", "inspections-problem-hts");
        let description = need(
            text(&self.description, 200),
            "description",
            "inspections-problem-description",
        );
        let quantity = need(
            quantity(&self.quantity),
            "quantity",
            "inspections-problem-quantity",
        );
        let unit = need(
            one_of(&self.unit, &UNITS),
            "unit",
            "inspections-problem-unit",
        );
        let packaging = need(
            one_of(&self.packaging, &PACKAGING),
            "packaging",
            "inspections-problem-packaging",
        );
        Some(Commodity {
            hts: hts?,
            description: description?,
            quantity: quantity?,
            unit: unit?,
            packaging: packaging?,
        })
    }
}

impl RequestRow {
    /// Checks every field; `zone_of` gives a port's time zone (none for a code that is no
    /// port's). All problems are named at once.
    pub fn parse(
        &self,
        zone_of: impl Fn(&str) -> Option<chrono_tz::Tz>,
    ) -> Result<Request, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let mut need = |v: Option<String>, field: &str, key: &'static str| {
            if v.is_none() {
                problems.push((field.to_string(), key));
            }
            v
        };
        let port = self.port.trim().to_ascii_uppercase();
        let zone = zone_of(&port);
        let port = need(zone.map(|_| port), "port", "inspections-problem-port");
        let wished = zone.and_then(|z| wished(&self.wished_at, z));
        let wished_ok = need(
            wished.map(|_| String::new()),
            "wished_at",
            "inspections-problem-wished",
        );
        let entry = need(
            entry_number(&self.entry_number),
            "entry_number",
            "inspections-problem-entry",
        );
        let document = need(
            one_of(&self.transport_document, &DOCUMENTS),
            "transport_document",
            "inspections-problem-document",
        );
        let number = match document.as_deref() {
            Some("air-waybill") => need(
                air_waybill(&self.transport_number),
                "transport_number",
                "inspections-problem-awb",
            ),
            _ => need(
                bill_of_lading(&self.transport_number),
                "transport_number",
                "inspections-problem-bol",
            ),
        };
        let importer_name = need(
            text(&self.importer_name, 120),
            "importer_name",
            "inspections-problem-importer-name",
        );
        let importer_number = need(
            importer_number(&self.importer_number),
            "importer_number",
            "inspections-problem-importer-number",
        );
        let conveyance = need(
            text(&self.conveyance, 40),
            "conveyance",
            "inspections-problem-conveyance",
        );
        let goods_location = need(
            text(&self.goods_location, 200),
            "goods_location",
            "inspections-problem-location",
        );
        let mut containers = vec![];
        let typed: Vec<&String> = self
            .containers
            .iter()
            .filter(|c| !c.trim().is_empty())
            .collect();
        if typed.len() > MAX_CONTAINERS {
            problems.push(("containers".into(), "inspections-problem-too-many"));
        }
        for (i, c) in typed.iter().take(MAX_CONTAINERS).enumerate() {
            match container(c) {
                Some(c) => containers.push(c),
                None => problems.push((
                    format!("containers[{}]", i + 1),
                    "inspections-problem-container",
                )),
            }
        }
        let rows: Vec<&CommodityRow> = self.commodities.iter().filter(|c| !c.is_empty()).collect();
        if rows.is_empty() {
            problems.push(("commodities".into(), "inspections-problem-no-commodity"));
        }
        if rows.len() > MAX_COMMODITIES {
            problems.push(("commodities".into(), "inspections-problem-too-many"));
        }
        let mut commodities = vec![];
        for (i, row) in rows.iter().take(MAX_COMMODITIES).enumerate() {
            if let Some(c) = row.parse(&format!("commodities[{}]", i + 1), &mut problems) {
                commodities.push(c);
            }
        }
        match (
            port,
            wished,
            wished_ok,
            entry,
            document,
            number,
            importer_name,
            importer_number,
            conveyance,
            goods_location,
        ) {
            (
                Some(port),
                Some(wished),
                Some(_),
                Some(entry_number),
                Some(transport_document),
                Some(transport_number),
                Some(importer_name),
                Some(importer_number),
                Some(conveyance),
                Some(goods_location),
            ) if problems.is_empty() => Ok(Request {
                port,
                wished,
                shipment: Shipment {
                    entry_number,
                    transport_document,
                    transport_number,
                    importer_name,
                    importer_number,
                    conveyance,
                    containers,
                    goods_location,
                    commodities,
                },
            }),
            _ => Err(problems),
        }
    }
}

/// A slot's day and start as stored (`YYYY-MM-DD`, `HH:MM`).
pub fn slot_key(day: NaiveDate, start: NaiveTime) -> (String, String) {
    (
        day.format("%Y-%m-%d").to_string(),
        start.format("%H:%M").to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_numbers_need_their_iso_6346_check_digit() {
        // The standard's own example, as people write it.
        for good in ["CSQU3054383", "csqu 305438 3", "CSQU-305438-3"] {
            assert!(container(good).is_some(), "{good}");
        }
        assert_eq!(container("csqu 305438 3").unwrap(), "CSQU3054383");
        // One digit changed, a category that is not one, too short, a letter for a digit.
        for bad in [
            "CSQU3054384",
            "CSQA3054383",
            "CSQU305438",
            "CSQU30543B3",
            "",
        ] {
            assert!(container(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_check_value_of_ten_is_written_zero() {
        // The serial 000010 of owner AAA: its sum modulo 11 is 10, whose digit is 0.
        let sum: u32 = b"AAAU000010"
            .iter()
            .enumerate()
            .map(|(i, c)| iso6346_value(*c).unwrap() << i)
            .sum();
        let digit = sum % 11 % 10;
        let number = format!("AAAU000010{digit}");
        assert!(container(&number).is_some());
        assert_eq!(iso6346_value(b'K'), Some(21));
        assert_eq!(iso6346_value(b'L'), Some(23));
        assert_eq!(iso6346_value(b'V'), Some(34));
        assert_eq!(iso6346_value(b'Z'), Some(38));
    }

    #[test]
    fn air_waybills_end_with_their_serial_modulo_seven() {
        assert_eq!(air_waybill("020-12345675").as_deref(), Some("020-12345675"));
        assert_eq!(
            air_waybill("176 9999999 2").as_deref(),
            Some("176-99999992")
        );
        for bad in ["020-12345676", "020-1234567", "02O-12345675"] {
            assert!(air_waybill(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn hts_codes_have_ten_digits_in_a_chapter_that_exists() {
        assert_eq!(hts("0702.00.2000").as_deref(), Some("0702.00.2000"));
        assert_eq!(hts("0804 40 0010").as_deref(), Some("0804.40.0010"));
        for bad in [
            "0702.00",
            "7702.00.0000",
            "0002.00.0000",
            "9801.00.1099X",
            "abcd",
        ] {
            assert!(hts(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn entry_and_importer_numbers_have_their_shapes() {
        assert_eq!(
            entry_number("abc1234567-8").as_deref(),
            Some("ABC-1234567-8")
        );
        assert!(entry_number("AB-1234567-8").is_none());
        assert_eq!(importer_number("12-3456789").as_deref(), Some("12-3456789"));
        assert_eq!(
            importer_number("12-3456789ab").as_deref(),
            Some("12-3456789AB")
        );
        assert_eq!(
            importer_number("260315-01234").as_deref(),
            Some("260315-01234")
        );
        for bad in ["123456789", "12-345678", "AB-3456789", "260315-0123"] {
            assert!(importer_number(bad).is_none(), "{bad}");
        }
    }

    fn row() -> RequestRow {
        RequestRow {
            port: "elp".into(),
            wished_at: "2027-03-01T09:30".into(),
            entry_number: "ABC-1234567-8".into(),
            transport_document: "bill-of-lading".into(),
            transport_number: "BOL 778812".into(),
            importer_name: "Frutas del Valle".into(),
            importer_number: "12-3456789".into(),
            conveyance: "TX 4KJ-221".into(),
            containers: vec!["CSQU3054383".into(), String::new()],
            goods_location: "Dock 4, bay 2".into(),
            commodities: vec![
                CommodityRow {
                    hts: "0702.00.2000".into(),
                    description: "Fresh tomatoes".into(),
                    quantity: "1200".into(),
                    unit: "cartons".into(),
                    packaging: "pallets".into(),
                },
                CommodityRow::default(),
            ],
        }
    }

    fn zone(code: &str) -> Option<chrono_tz::Tz> {
        (code == "ELP").then_some(chrono_tz::America::Denver)
    }

    #[test]
    fn a_request_is_read_with_its_empty_rows_left_out() {
        let r = row().parse(zone).unwrap();
        assert_eq!(r.port, "ELP");
        assert_eq!(r.wished.to_string(), "2027-03-01 09:30:00");
        assert_eq!(r.shipment.containers, ["CSQU3054383"]);
        assert_eq!(r.shipment.commodities.len(), 1);
        assert_eq!(r.shipment.transport_number, "BOL778812");
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let mut bad = row();
        bad.port = "XXX".into();
        bad.containers = vec!["CSQU3054384".into()];
        bad.commodities[0].hts = "0702".into();
        bad.commodities.push(CommodityRow {
            hts: "0804.40.0010".into(),
            description: "Avocados".into(),
            quantity: "-3".into(),
            unit: "crates?".into(),
            packaging: "bins".into(),
        });
        bad.transport_document = "air-waybill".into();
        bad.transport_number = "020-12345676".into();
        let problems = bad.parse(zone).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            fields,
            [
                "port",
                "wished_at",
                "transport_number",
                "containers[1]",
                "commodities[1].hts",
                "commodities[2].quantity",
                "commodities[2].unit",
            ]
        );
        let mut none = row();
        none.commodities = vec![CommodityRow::default()];
        assert_eq!(
            none.parse(zone).unwrap_err(),
            [(
                "commodities".to_string(),
                "inspections-problem-no-commodity"
            )]
        );
    }
}
