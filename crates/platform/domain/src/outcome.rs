//! What happened to a traveller at a port, as the law has it: a set of facts, not one choice.
//! A traveller may be paroled until a date and also be served a Notice to Appear; the I-94
//! record adds an admission number and a class of admission. Each change of the facts is a
//! version kept with who made it, when and why, and the person sees every version.

use crate::InputError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The facts recorded for a traveller who arrived (none set: arrived, nothing decided yet).
/// Field names are published in the person's signed record: never renamed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcome {
    /// Paroled into the United States until this day.
    pub parole_until: Option<NaiveDate>,
    /// The Notice to Appear served, by the person's A-number that it carries.
    pub notice_to_appear: Option<ANumber>,
    /// Referred to another office or agency.
    pub referred: bool,
    pub not_admitted: bool,
    /// The I-94 record's admission number.
    pub admission_number: Option<AdmissionNumber>,
    pub class_of_admission: Option<AdmissionClass>,
}

/// One recorded fact, for showing a version fact by fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    Paroled { until: NaiveDate },
    NoticeToAppear(ANumber),
    Referred,
    NotAdmitted,
    AdmissionNumber(AdmissionNumber),
    ClassOfAdmission(AdmissionClass),
}

/// The facts as an officer types them; `parse` turns them into an `Outcome`.
#[derive(Debug, Clone, Default)]
pub struct OutcomeInput<'a> {
    pub paroled: bool,
    pub parole_until: &'a str,
    pub notice_to_appear: &'a str,
    pub referred: bool,
    pub not_admitted: bool,
    pub admission_number: &'a str,
    pub class_of_admission: &'a str,
}

/// Which typed field a problem is about (the form's field names).
pub type FieldProblem = (&'static str, InputError);

impl Outcome {
    /// The facts typed, checked together. A parole date typed means paroled; paroled with no
    /// date means `default_parole_until`. Every problem is returned, each with its field.
    pub fn parse(
        input: &OutcomeInput<'_>,
        arrival_day: NaiveDate,
        default_parole_until: NaiveDate,
    ) -> Result<Outcome, Vec<FieldProblem>> {
        let mut problems = vec![];
        let mut outcome = Outcome {
            referred: input.referred,
            not_admitted: input.not_admitted,
            ..Outcome::default()
        };
        let until = input.parole_until.trim();
        if !until.is_empty() {
            match NaiveDate::parse_from_str(until, "%Y-%m-%d") {
                Ok(d) if d > arrival_day => outcome.parole_until = Some(d),
                Ok(_) => problems.push(("parole_until", InputError::ParoleEndsTooSoon)),
                Err(_) => problems.push(("parole_until", InputError::DateFormat)),
            }
        } else if input.paroled {
            outcome.parole_until = Some(default_parole_until);
        }
        if !input.notice_to_appear.trim().is_empty() {
            match ANumber::parse(input.notice_to_appear) {
                Ok(n) => outcome.notice_to_appear = Some(n),
                Err(e) => problems.push(("notice_to_appear", e)),
            }
        }
        if !input.admission_number.trim().is_empty() {
            match AdmissionNumber::parse(input.admission_number) {
                Ok(n) => outcome.admission_number = Some(n),
                Err(e) => problems.push(("admission_number", e)),
            }
        }
        if !input.class_of_admission.trim().is_empty() {
            match AdmissionClass::parse(input.class_of_admission) {
                Ok(c) => outcome.class_of_admission = Some(c),
                Err(e) => problems.push(("class_of_admission", e)),
            }
        }
        let admitted = input.paroled || !until.is_empty() || outcome.admission_number.is_some();
        if input.not_admitted && admitted {
            problems.push(("not_admitted", InputError::OutcomeContradicts));
        }
        if problems.is_empty() {
            Ok(outcome)
        } else {
            Err(problems)
        }
    }

    /// Whether anything was decided beyond the arrival.
    pub fn decided(&self) -> bool {
        !self.facts().is_empty()
    }

    /// The facts, in the order a page shows them.
    pub fn facts(&self) -> Vec<Fact> {
        let mut facts = vec![];
        if let Some(until) = self.parole_until {
            facts.push(Fact::Paroled { until });
        }
        if let Some(n) = &self.notice_to_appear {
            facts.push(Fact::NoticeToAppear(n.clone()));
        }
        if self.referred {
            facts.push(Fact::Referred);
        }
        if self.not_admitted {
            facts.push(Fact::NotAdmitted);
        }
        if let Some(n) = &self.admission_number {
            facts.push(Fact::AdmissionNumber(n.clone()));
        }
        if let Some(c) = &self.class_of_admission {
            facts.push(Fact::ClassOfAdmission(c.clone()));
        }
        facts
    }

    /// Whether going from `self` to `next` changes a date or number already recorded (rather
    /// than only adding facts): such a change must say why, and the person is told of it.
    pub fn amended_by(&self, next: &Outcome) -> bool {
        fn changed<T: PartialEq>(before: &Option<T>, after: &Option<T>) -> bool {
            before.is_some() && before != after
        }
        changed(&self.parole_until, &next.parole_until)
            || changed(&self.notice_to_appear, &next.notice_to_appear)
            || changed(&self.admission_number, &next.admission_number)
            || changed(&self.class_of_admission, &next.class_of_admission)
            || (self.referred && !next.referred)
            || (self.not_admitted && !next.not_admitted)
    }
}

/// One version of a traveller's outcome: the facts as recorded then, by whom, when and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeVersion {
    /// 1 for the first decision, then one more for each change.
    pub version: i64,
    /// Unix milliseconds.
    pub at: i64,
    /// The staff account that recorded it.
    pub officer: String,
    pub outcome: Outcome,
    /// Why it changed (required when a date or number already recorded changes).
    pub reason: Option<String>,
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// Letters and digits only, upper case: what people type with spaces and dashes between.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

text_type!(
    /// An alien registration number, as a Notice to Appear carries it: `A` and nine digits
    /// (an eight-digit one gains its leading zero).
    ANumber
);

impl ANumber {
    pub fn parse(text: &str) -> Result<ANumber, InputError> {
        let text = compact(text);
        let digits = text.strip_prefix('A').unwrap_or(&text);
        if !(8..=9).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(InputError::ANumberFormat);
        }
        Ok(ANumber(format!("A{digits:0>9}")))
    }
}

text_type!(
    /// An I-94 admission number: eleven characters, either nine digits, a letter and a digit
    /// (the form used since 2019) or eleven digits (the earlier form).
    AdmissionNumber
);

impl AdmissionNumber {
    pub fn parse(text: &str) -> Result<AdmissionNumber, InputError> {
        let text = compact(text);
        let b = text.as_bytes();
        let valid = b.len() == 11
            && b[..9].iter().all(u8::is_ascii_digit)
            && b[9].is_ascii_alphanumeric()
            && b[10].is_ascii_digit();
        if valid {
            Ok(AdmissionNumber(text))
        } else {
            Err(InputError::AdmissionNumberFormat)
        }
    }
}

text_type!(
    /// A class of admission code, as the I-94 shows it (for example `DT` for a parolee at a
    /// port of entry): a letter, then one to three letters or digits.
    AdmissionClass
);

impl AdmissionClass {
    pub fn parse(text: &str) -> Result<AdmissionClass, InputError> {
        let text = compact(text);
        let b = text.as_bytes();
        let valid = (2..=4).contains(&b.len())
            && b[0].is_ascii_uppercase()
            && b.iter().all(u8::is_ascii_alphanumeric);
        if valid {
            Ok(AdmissionClass(text))
        } else {
            Err(InputError::AdmissionClassFormat)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn numbers_parse_in_the_forms_people_type() {
        assert_eq!(
            ANumber::parse("a 012-345-678").unwrap().as_str(),
            "A012345678"
        );
        assert_eq!(ANumber::parse("12345678").unwrap().as_str(), "A012345678");
        for bad in ["A1234567", "A1234567890", "B123456789", "A12345678X"] {
            assert_eq!(ANumber::parse(bad), Err(InputError::ANumberFormat), "{bad}");
        }
        assert_eq!(
            AdmissionNumber::parse("123456789 a1").unwrap().as_str(),
            "123456789A1"
        );
        assert!(AdmissionNumber::parse("12345678901").is_ok());
        for bad in ["123456789A", "12345678AA1", "123456789A1B", "1234567890A"] {
            assert_eq!(
                AdmissionNumber::parse(bad),
                Err(InputError::AdmissionNumberFormat),
                "{bad}"
            );
        }
        assert_eq!(AdmissionClass::parse(" dt ").unwrap().as_str(), "DT");
        for bad in ["D", "2T", "DTXYZ", "D-"] {
            assert!(AdmissionClass::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parole_and_a_notice_to_appear_go_together() {
        let input = OutcomeInput {
            paroled: true,
            notice_to_appear: "A123456789",
            admission_number: "123456789A1",
            class_of_admission: "DT",
            ..OutcomeInput::default()
        };
        let o = Outcome::parse(&input, day("2026-12-01"), day("2028-12-01")).unwrap();
        assert_eq!(o.parole_until, Some(day("2028-12-01")));
        assert_eq!(o.facts().len(), 4);
        let typed = OutcomeInput {
            parole_until: "2027-06-01",
            ..input
        };
        let later = Outcome::parse(&typed, day("2026-12-01"), day("2028-12-01")).unwrap();
        assert_eq!(later.parole_until, Some(day("2027-06-01")));
        assert!(
            o.amended_by(&later),
            "a parole date changed is an amendment"
        );
        assert!(
            !Outcome::default().amended_by(&o),
            "a first decision is not"
        );
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let input = OutcomeInput {
            parole_until: "2026-11-30",
            notice_to_appear: "A12",
            not_admitted: true,
            admission_number: "nope",
            class_of_admission: "9",
            ..OutcomeInput::default()
        };
        let problems = Outcome::parse(&input, day("2026-12-01"), day("2028-12-01")).unwrap_err();
        let fields: Vec<_> = problems.iter().map(|p| p.0).collect();
        assert_eq!(
            fields,
            [
                "parole_until",
                "notice_to_appear",
                "admission_number",
                "class_of_admission",
                "not_admitted"
            ]
        );
    }
}
