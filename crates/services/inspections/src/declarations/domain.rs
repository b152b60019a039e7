//! The rules of a declaration, no I/O: each item (its kind, what it is, how much, the country
//! it comes from), each permit (issuer, number, an expiry not before the arrival, a scan that
//! is a PDF or a picture under the size limit), the port and the arrival; and what a
//! specialist may decide, with which reasons.

use crate::domain::Problem;
use chrono::NaiveDate;
use garita_domain::countries::COUNTRY_CODES;
use serde::{Deserialize, Serialize};

/// What a person may declare.
pub const KINDS: [&str; 6] = [
    "plants",
    "seeds",
    "soil",
    "animal-products",
    "live-animals",
    "biological-specimens",
];

/// Kinds that never enter without a permit: declaring one asks for its permit.
pub const NEED_PERMIT: [&str; 3] = ["soil", "live-animals", "biological-specimens"];

/// What a specialist decides.
pub const DECISIONS: [&str; 4] = ["allowed", "allowed-after-treatment", "secondary", "refused"];

/// Why, each said to the person in their language.
pub const REASONS: [&str; 6] = [
    "permit-in-order",
    "no-permit",
    "pest-risk",
    "disease-risk",
    "prohibited-origin",
    "needs-examination",
];

pub const MAX_ITEMS: usize = 20;
pub const MAX_PERMITS: usize = 5;
/// A scan of a permit: a PDF, a JPEG or a PNG of at most 5 MB.
pub const MAX_SCAN: usize = 5 * 1024 * 1024;

/// One item as the person types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemRow {
    pub kind: String,
    pub description: String,
    /// As the person says it: `2 kg`, `12 bulbs`.
    pub quantity: String,
    /// ISO 3166-1 alpha-2 of the country it comes from.
    pub origin: String,
}

/// One permit as the person types it; its scan comes beside it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PermitRow {
    pub issuer: String,
    pub number: String,
    /// `YYYY-MM-DD`.
    pub expiry: String,
}

/// A declaration as the person sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeclarationRow {
    /// A land crossing's or an airport's code.
    pub port: String,
    /// `YYYY-MM-DD`, the port's day.
    pub arrives_on: String,
    /// The flight, or the vehicle's plate.
    pub travel: String,
    pub items: Vec<ItemRow>,
    pub permits: Vec<PermitRow>,
}

/// What is sealed and stored (the scans beside it, each sealed on its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Declared {
    pub travel: String,
    pub items: Vec<ItemRow>,
    pub permits: Vec<Permit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permit {
    pub issuer: String,
    pub number: String,
    pub expiry: NaiveDate,
    /// `application/pdf`, `image/jpeg` or `image/png`.
    pub media_type: String,
}

/// A declaration checked: its port, its arrival, what is declared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub port: String,
    pub arrives_on: NaiveDate,
    pub declared: Declared,
}

/// What a scan is, by its first bytes (never by what its name or the browser says).
pub fn scan_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else {
        None
    }
}

fn text(t: &str, max: usize) -> Option<String> {
    let t = t.trim();
    (!t.is_empty() && t.chars().count() <= max && !t.chars().any(char::is_control))
        .then(|| t.to_string())
}

impl ItemRow {
    pub fn is_empty(&self) -> bool {
        [&self.kind, &self.description, &self.quantity, &self.origin]
            .iter()
            .all(|f| f.trim().is_empty())
    }
}

impl PermitRow {
    pub fn is_empty(&self) -> bool {
        [&self.issuer, &self.number, &self.expiry]
            .iter()
            .all(|f| f.trim().is_empty())
    }
}

impl DeclarationRow {
    /// Checks every field: `is_port` says whether a code is a port's, `today` is the port's day
    /// now (an arrival is from today to a year ahead), `scans` are the permits' files in order
    /// (an empty one when none was chosen). All problems are named at once.
    pub fn parse(
        &self,
        is_port: impl Fn(&str) -> bool,
        today: impl Fn(&str) -> NaiveDate,
        scans: &[Vec<u8>],
    ) -> Result<Declaration, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let port = self.port.trim().to_ascii_uppercase();
        let port_ok = is_port(&port);
        if !port_ok {
            problems.push(("port".into(), "declarations-problem-port"));
        }
        let arrives_on = NaiveDate::parse_from_str(self.arrives_on.trim(), "%Y-%m-%d")
            .ok()
            .filter(|d| {
                !port_ok || {
                    let today = today(&port);
                    *d >= today && *d <= today + chrono::Duration::days(366)
                }
            });
        if arrives_on.is_none() {
            problems.push(("arrives_on".into(), "declarations-problem-arrival"));
        }
        let travel = text(&self.travel, 40);
        if travel.is_none() {
            problems.push(("travel".into(), "declarations-problem-travel"));
        }
        let items: Vec<&ItemRow> = self.items.iter().filter(|i| !i.is_empty()).collect();
        if items.is_empty() {
            problems.push(("items".into(), "declarations-problem-no-item"));
        }
        if items.len() > MAX_ITEMS {
            problems.push(("items".into(), "declarations-problem-too-many"));
        }
        let mut kept = vec![];
        for (n, item) in items.iter().take(MAX_ITEMS).enumerate() {
            let at = format!("items[{}]", n + 1);
            let kind = item.kind.trim().to_ascii_lowercase();
            let mut ok = true;
            let mut need = |good: bool, field: &str, key: &'static str| {
                if !good {
                    problems.push((format!("{at}.{field}"), key));
                    ok = false;
                }
            };
            need(
                KINDS.contains(&kind.as_str()),
                "kind",
                "declarations-problem-kind",
            );
            let description = text(&item.description, 200);
            need(
                description.is_some(),
                "description",
                "declarations-problem-description",
            );
            let quantity = text(&item.quantity, 40);
            need(
                quantity.is_some(),
                "quantity",
                "declarations-problem-quantity",
            );
            let origin = item.origin.trim().to_ascii_uppercase();
            need(
                COUNTRY_CODES.contains(&origin.as_str()),
                "origin",
                "declarations-problem-origin",
            );
            if ok {
                kept.push(ItemRow {
                    kind,
                    description: description.unwrap_or_default(),
                    quantity: quantity.unwrap_or_default(),
                    origin,
                });
            }
        }
        let permit_rows: Vec<(usize, &PermitRow)> = self
            .permits
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .collect();
        if permit_rows.len() > MAX_PERMITS {
            problems.push(("permits".into(), "declarations-problem-too-many"));
        }
        let mut permits = vec![];
        for (n, (place, p)) in permit_rows.iter().take(MAX_PERMITS).enumerate() {
            let at = format!("permits[{}]", n + 1);
            let issuer = text(&p.issuer, 120);
            if issuer.is_none() {
                problems.push((format!("{at}.issuer"), "declarations-problem-issuer"));
            }
            let number = text(&p.number, 40);
            if number.is_none() {
                problems.push((format!("{at}.number"), "declarations-problem-permit-number"));
            }
            let expiry = NaiveDate::parse_from_str(p.expiry.trim(), "%Y-%m-%d").ok();
            match (expiry, arrives_on) {
                (None, _) => problems.push((format!("{at}.expiry"), "declarations-problem-expiry")),
                (Some(e), Some(a)) if e < a => problems.push((
                    format!("{at}.expiry"),
                    "declarations-problem-permit-expired",
                )),
                _ => {}
            }
            let scan = scans.get(*place).map(Vec::as_slice).unwrap_or_default();
            let media_type = scan_type(scan);
            if scan.is_empty() {
                problems.push((format!("{at}.scan"), "declarations-problem-scan-missing"));
            } else if scan.len() > MAX_SCAN {
                problems.push((format!("{at}.scan"), "declarations-problem-scan-size"));
            } else if media_type.is_none() {
                problems.push((format!("{at}.scan"), "declarations-problem-scan-type"));
            }
            if let (Some(issuer), Some(number), Some(expiry), Some(media_type)) =
                (issuer, number, expiry, media_type)
            {
                permits.push(Permit {
                    issuer,
                    number,
                    expiry,
                    media_type: media_type.to_string(),
                });
            }
        }
        let needs_permit = kept.iter().any(|i| NEED_PERMIT.contains(&i.kind.as_str()));
        if needs_permit && permit_rows.is_empty() {
            problems.push(("permits".into(), "declarations-problem-permit-needed"));
        }
        match (arrives_on, travel) {
            (Some(arrives_on), Some(travel)) if problems.is_empty() => Ok(Declaration {
                port,
                arrives_on,
                declared: Declared {
                    travel,
                    items: kept,
                    permits,
                },
            }),
            _ => Err(problems),
        }
    }
}

/// Which scans go with which permits: the permit rows' places that were filled, in order.
pub fn scans_in_order(row: &DeclarationRow, scans: &[Vec<u8>]) -> Vec<Vec<u8>> {
    row.permits
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.is_empty())
        .map(|(i, _)| scans.get(i).cloned().unwrap_or_default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj\n";

    fn day(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
    }

    fn row() -> DeclarationRow {
        DeclarationRow {
            port: "iah".into(),
            arrives_on: "2027-01-20".into(),
            travel: "AM 2070".into(),
            items: vec![
                ItemRow {
                    kind: "live-animals".into(),
                    description: "Two parrots".into(),
                    quantity: "2".into(),
                    origin: "mx".into(),
                },
                ItemRow::default(),
            ],
            permits: vec![PermitRow {
                issuer: "USDA APHIS".into(),
                number: "DA-2027-0113".into(),
                expiry: "2027-06-30".into(),
            }],
        }
    }

    fn check(r: &DeclarationRow, scans: &[Vec<u8>]) -> Result<Declaration, Vec<Problem>> {
        r.parse(|p| p == "IAH", |_| day("2027-01-15"), scans)
    }

    #[test]
    fn a_declaration_with_its_permit_and_scan_is_read() {
        let d = check(&row(), &[PDF.to_vec()]).unwrap();
        assert_eq!((d.port.as_str(), d.arrives_on), ("IAH", day("2027-01-20")));
        assert_eq!(d.declared.items.len(), 1);
        assert_eq!(d.declared.items[0].origin, "MX");
        assert_eq!(d.declared.permits[0].media_type, "application/pdf");
    }

    #[test]
    fn an_expired_permit_a_scan_that_is_not_one_and_a_missing_permit_are_named() {
        let mut expired = row();
        expired.permits[0].expiry = "2027-01-19".into();
        assert_eq!(
            check(&expired, &[b"MZ\x90\x00 not a scan".to_vec()]).unwrap_err(),
            [
                (
                    "permits[1].expiry".to_string(),
                    "declarations-problem-permit-expired"
                ),
                (
                    "permits[1].scan".to_string(),
                    "declarations-problem-scan-type"
                ),
            ]
        );
        let mut none = row();
        none.permits.clear();
        assert_eq!(
            check(&none, &[]).unwrap_err(),
            [("permits".to_string(), "declarations-problem-permit-needed")]
        );
        let mut big = vec![0xFF, 0xD8, 0xFF];
        big.resize(MAX_SCAN + 1, 0);
        assert_eq!(
            check(&row(), &[big]).unwrap_err(),
            [(
                "permits[1].scan".to_string(),
                "declarations-problem-scan-size"
            )]
        );
        let mut wrong = row();
        wrong.port = "XXX".into();
        wrong.items[0].origin = "Mexico".into();
        wrong.arrives_on = "2027-01-14".into();
        let fields: Vec<String> = check(&wrong, &[PDF.to_vec()])
            .unwrap_err()
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(fields, ["port", "items[1].origin"]);
    }

    #[test]
    fn scans_are_known_by_their_first_bytes() {
        assert_eq!(scan_type(PDF), Some("application/pdf"));
        assert_eq!(scan_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(scan_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(scan_type(b"GIF89a"), None);
    }
}
