//! Parsing of small values that arrive as text (dates, numbers).

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// A reason a value typed by a person or a client was refused. Each variant names the Fluent
/// message that explains it and says what to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("not a date in the form YYYY-MM-DD")]
    DateFormat,
    #[error("not a port code")]
    PortCodeFormat,
    #[error("not a whole number of seats in range")]
    SeatsRange,
    #[error("required")]
    Required,
    #[error("not an e-mail address")]
    EmailFormat,
    #[error("not a phone number with a country code")]
    PhoneFormat,
    #[error("too long")]
    TooLong,
    #[error("characters that do not belong")]
    Characters,
    /// A bidirectional control (a direction mark, embedding, override or isolate): it can make
    /// text read differently from how it is stored.
    #[error("an invisible direction mark")]
    DirectionMark,
    /// A zero-width space, word joiner or byte-order mark: invisible, yet it makes two equal
    /// looking texts differ.
    #[error("an invisible space")]
    InvisibleSpace,
    /// A date with its day, month or year left empty.
    #[error("a date not given in full")]
    DateMissing,
    #[error("not a real date")]
    DateInvalid,
    #[error("a date in the future")]
    DateInFuture,
    #[error("a date more than 120 years ago")]
    DateTooOld,
    #[error("not a country code")]
    CountryUnknown,
    #[error("not a believable height")]
    HeightRange,
    #[error("not a believable weight")]
    WeightRange,
    #[error("not one of the choices")]
    ChoiceUnknown,
    #[error("not a document number")]
    DocumentFormat,
    #[error("not a U.S. state")]
    UsStateUnknown,
    #[error("not a ZIP code")]
    ZipFormat,
    #[error("not a position on Earth")]
    PositionInvalid,
    #[error("the same person twice in one group")]
    SamePersonTwice,
    #[error("the same document twice in one group")]
    SameDocumentTwice,
    #[error("not an A-number")]
    ANumberFormat,
    #[error("not an I-94 admission number")]
    AdmissionNumberFormat,
    #[error("not a class of admission")]
    AdmissionClassFormat,
    #[error("a parole that ends on or before the day of arrival")]
    ParoleEndsTooSoon,
    /// Not admitted, yet paroled or given an admission number.
    #[error("facts that contradict each other")]
    OutcomeContradicts,
}

impl InputError {
    /// The Fluent key of the message shown to the person.
    pub fn message_key(self) -> &'static str {
        match self {
            InputError::DateFormat => "input-date-format",
            InputError::PortCodeFormat => "input-port-code-format",
            InputError::SeatsRange => "input-seats-range",
            InputError::Required => "field-required",
            InputError::EmailFormat => "field-email-invalid",
            InputError::PhoneFormat => "field-phone-invalid",
            InputError::TooLong => "field-too-long",
            InputError::Characters => "field-characters",
            InputError::DirectionMark => "field-direction-mark",
            InputError::InvisibleSpace => "field-invisible-space",
            InputError::DateMissing => "field-date-missing",
            InputError::DateInvalid => "field-date-invalid",
            InputError::DateInFuture => "field-date-future",
            InputError::DateTooOld => "field-date-too-old",
            InputError::CountryUnknown => "field-country-unknown",
            InputError::HeightRange => "field-height-range",
            InputError::WeightRange => "field-weight-range",
            InputError::ChoiceUnknown => "field-choice-unknown",
            InputError::DocumentFormat => "field-document-format",
            InputError::UsStateUnknown => "field-us-state",
            InputError::PositionInvalid => "input-position-invalid",
            InputError::ZipFormat => "field-zip",
            InputError::SamePersonTwice => "field-same-person-twice",
            InputError::SameDocumentTwice => "field-same-document-twice",
            InputError::ANumberFormat => "field-a-number",
            InputError::AdmissionNumberFormat => "field-admission-number",
            InputError::AdmissionClassFormat => "field-admission-class",
            InputError::ParoleEndsTooSoon => "field-parole-ends-too-soon",
            InputError::OutcomeContradicts => "field-outcome-contradicts",
        }
    }
}

/// A calendar day on which something is scheduled or asked for (`YYYY-MM-DD`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ServiceDate(NaiveDate);

impl ServiceDate {
    pub fn parse(text: &str) -> Result<Self, InputError> {
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(ServiceDate)
            .map_err(|_| InputError::DateFormat)
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }
}

impl From<NaiveDate> for ServiceDate {
    fn from(date: NaiveDate) -> Self {
        ServiceDate(date)
    }
}

impl fmt::Display for ServiceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_only_in_iso_form() {
        assert_eq!(
            ServiceDate::parse(" 2026-12-01 ").unwrap().to_string(),
            "2026-12-01"
        );
        for bad in ["", "01/12/2026", "2026-13-01", "2026-02-30", "tomorrow"] {
            assert_eq!(
                ServiceDate::parse(bad),
                Err(InputError::DateFormat),
                "{bad}"
            );
        }
    }
}
