//! The rules of a departure, with no I/O: the intent (the filer and up to 9 co-travellers: names,
//! birth, citizenship, destination, A-number if any, travel document; whether they need help with
//! the travel and its cost; the filer read what the filing does and does not do), the travel a
//! reviewer arranges, and when a position counts as having left by land: at least 3 miles
//! (4,828 m) from the United States, after taking away the phone's reported accuracy and the
//! map's own.

use crate::outline::FromUs;
use chrono::NaiveDate;
use garita_domain::InputError;
use garita_domain::outcome::ANumber;
use garita_domain::travellers::{Country, DateOfBirth, Document, PersonName, bounded};
use serde::{Deserialize, Serialize};

/// The filer and at most this many others.
pub const MAX_TRAVELLERS: usize = 10;
/// Three miles, in metres: how far from the United States a land departure must be seen.
pub const LAND_DEPARTURE_M: f64 = 4_828.0;

/// A refused field and the key of its message.
pub type Problem = (&'static str, &'static str);

/// What the filer types about one traveller (the first is the filer).
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TravellerInput {
    pub given: String,
    pub family: String,
    /// `YYYY-MM-DD`.
    pub born: String,
    /// ISO 3166-1 alpha-2.
    pub citizenship: String,
    /// The A-number, if any (empty: none).
    pub a_number: String,
    /// `passport` or another travel document kind Garita knows.
    pub document_kind: String,
    pub document_country: String,
    pub document_number: String,
}

/// A traveller as kept (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traveller {
    pub name: PersonName,
    pub birth: DateOfBirth,
    pub citizenship: Country,
    pub a_number: Option<ANumber>,
    pub document: Document,
}

/// What the filer types about the whole intent.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct IntentInput {
    /// Where they go (ISO alpha-2): not the United States.
    pub destination: String,
    /// A phone number or e-mail address to reach them besides their account (optional).
    pub contact: String,
    pub travel_help: bool,
    pub cost_help: bool,
    /// They read what the filing does and does not do legally.
    pub understood: bool,
    pub travellers: Vec<TravellerInput>,
}

/// An intent as kept (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Intent {
    pub destination: Country,
    pub contact: String,
    pub travel_help: bool,
    pub cost_help: bool,
    pub travellers: Vec<Traveller>,
}

impl IntentInput {
    /// The intent, or each refused field (`None`: the intent's own; `Some(i)`: traveller `i`'s).
    pub fn parse(&self, today: NaiveDate) -> Result<Intent, Vec<(Option<usize>, Problem)>> {
        let mut problems = vec![];
        let destination = match Country::parse(&self.destination) {
            Ok(c) if c.code() == "US" => {
                problems.push((None, ("destination", "dep-destination-us")));
                None
            }
            Ok(c) => Some(c),
            Err(e) => {
                problems.push((None, ("destination", e.message_key())));
                None
            }
        };
        let contact = bounded(&self.contact, 200, false)
            .map_err(|e| problems.push((None, ("contact", e.message_key()))))
            .unwrap_or_default();
        if !self.understood {
            problems.push((None, ("understood", "dep-understood-needed")));
        }
        if self.travellers.is_empty() || self.travellers.len() > MAX_TRAVELLERS {
            problems.push((None, ("travellers", "dep-travellers-count")));
        }
        let mut travellers = vec![];
        for (i, t) in self.travellers.iter().enumerate() {
            match t.parse(today) {
                Ok(t) => travellers.push(t),
                Err(p) => problems.extend(p.into_iter().map(|p| (Some(i), p))),
            }
        }
        match destination {
            Some(destination) if problems.is_empty() => Ok(Intent {
                destination,
                contact,
                travel_help: self.travel_help,
                cost_help: self.cost_help,
                travellers,
            }),
            _ => Err(problems),
        }
    }
}

impl TravellerInput {
    fn parse(&self, today: NaiveDate) -> Result<Traveller, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let mut field = |name: &'static str, e: InputError| problems.push((name, e.message_key()));
        let name = match PersonName::parse(&self.given, &self.family) {
            Ok(n) => Some(n),
            Err((g, f)) => {
                if let Some(e) = g {
                    field("given", e);
                }
                if let Some(e) = f {
                    field("family", e);
                }
                None
            }
        };
        let mut parts = self.born.trim().splitn(3, '-');
        let (y, m, d) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        let birth = DateOfBirth::parse(d, m, y, today)
            .map_err(|e| field("born", e))
            .ok();
        let citizenship = Country::parse(&self.citizenship)
            .map_err(|e| field("citizenship", e))
            .ok();
        let a_number = if self.a_number.trim().is_empty() {
            Some(None)
        } else {
            ANumber::parse(&self.a_number)
                .map(Some)
                .map_err(|e| field("a_number", e))
                .ok()
        };
        let document = Document::parse(
            &self.document_kind,
            &self.document_country,
            &self.document_number,
        )
        .map_err(|e| field("document_number", e))
        .ok();
        match (name, birth, citizenship, a_number, document) {
            (Some(name), Some(birth), Some(citizenship), Some(a_number), Some(document))
                if problems.is_empty() =>
            {
                Ok(Traveller {
                    name,
                    birth,
                    citizenship,
                    a_number,
                    document,
                })
            }
            _ => Err(problems),
        }
    }
}

/// The travel a reviewer arranges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Travel {
    pub date: NaiveDate,
    pub carrier: String,
    pub from: String,
}

impl Travel {
    pub fn parse(
        date: &str,
        carrier: &str,
        from: &str,
        today: NaiveDate,
    ) -> Result<Travel, Vec<Problem>> {
        let mut problems = vec![];
        let date = match date.trim().parse::<NaiveDate>() {
            Ok(d) if d >= today => Some(d),
            Ok(_) => {
                problems.push(("date", "dep-travel-date-past"));
                None
            }
            Err(_) => {
                problems.push(("date", InputError::DateFormat.message_key()));
                None
            }
        };
        let carrier = bounded(carrier, 100, true)
            .map_err(|e| problems.push(("carrier", e.message_key())))
            .ok();
        let from = bounded(from, 100, true)
            .map_err(|e| problems.push(("from", e.message_key())))
            .ok();
        match (date, carrier, from) {
            (Some(date), Some(carrier), Some(from)) => Ok(Travel {
                date,
                carrier,
                from,
            }),
            _ => Err(problems),
        }
    }
}

/// What a land departure's position shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LandCheck {
    /// Far enough: the metres from the United States the claim stands on (after accuracy and
    /// margin are taken away).
    Left {
        metres: f64,
    },
    /// Not far enough yet: how far it is, at best for the person's claim.
    TooClose {
        metres: f64,
    },
    Inside,
    /// At sea or where the map cannot tell.
    Unknown,
}

/// Whether a position `from_us` with this reported accuracy counts as having left by land.
pub fn land_check(from_us: FromUs, accuracy_m: f64) -> LandCheck {
    match from_us {
        FromUs::Inside => LandCheck::Inside,
        FromUs::Unknown => LandCheck::Unknown,
        FromUs::Outside {
            metres,
            map_error_m,
        } => {
            // The phone may be anywhere within its accuracy, and the outline off by its own
            // error: the claim stands on the nearest.
            let claim = metres - accuracy_m.max(0.0) - map_error_m;
            if claim >= LAND_DEPARTURE_M {
                LandCheck::Left { metres: claim }
            } else {
                LandCheck::TooClose { metres }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-12-07".parse().unwrap()
    }

    fn ana() -> TravellerInput {
        TravellerInput {
            given: "Ana".into(),
            family: "Pérez".into(),
            born: "1990-03-04".into(),
            citizenship: "MX".into(),
            a_number: String::new(),
            document_kind: "passport".into(),
            document_country: "MX".into(),
            document_number: "G12345678".into(),
        }
    }

    #[test]
    fn an_intent_names_each_wrong_field_and_not_the_united_states() {
        let input = IntentInput {
            destination: "US".into(),
            understood: false,
            travellers: vec![
                ana(),
                TravellerInput {
                    born: "2030-01-01".into(),
                    ..ana()
                },
            ],
            ..IntentInput::default()
        };
        let problems = input.parse(today()).unwrap_err();
        assert!(problems.contains(&(None, ("destination", "dep-destination-us"))));
        assert!(problems.contains(&(None, ("understood", "dep-understood-needed"))));
        assert!(
            problems
                .iter()
                .any(|(i, (f, _))| *i == Some(1) && *f == "born")
        );
        let fine = IntentInput {
            destination: "MX".into(),
            understood: true,
            travellers: vec![ana()],
            ..IntentInput::default()
        };
        assert_eq!(fine.parse(today()).unwrap().travellers.len(), 1);
    }

    #[test]
    fn the_phones_accuracy_counts_against_the_claim() {
        let at = |metres| FromUs::Outside {
            metres,
            map_error_m: 100.0,
        };
        assert!(matches!(
            land_check(at(6_000.0), 20.0),
            LandCheck::Left { .. }
        ));
        assert!(matches!(
            land_check(at(2_000.0), 20.0),
            LandCheck::TooClose { .. }
        ));
        // 5 km away, but the phone is only sure within 1 km: not shown to be 3 miles out.
        assert!(matches!(
            land_check(at(5_000.0), 1_000.0),
            LandCheck::TooClose { .. }
        ));
        assert_eq!(land_check(FromUs::Inside, 5.0), LandCheck::Inside);
        // 12 km into Canada, measured on a map that may be 10 km off: not shown.
        let north = |metres| FromUs::Outside {
            metres,
            map_error_m: 10_000.0,
        };
        assert!(matches!(
            land_check(north(12_000.0), 20.0),
            LandCheck::TooClose { .. }
        ));
        assert!(matches!(
            land_check(north(16_000.0), 20.0),
            LandCheck::Left { .. }
        ));
    }
}
