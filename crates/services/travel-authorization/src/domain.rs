//! The rules of advance travel authorization, with no I/O: a programme (who may be a
//! beneficiary, its monthly cap, validity and extension), the supporter's filing (their identity,
//! status and support attestation, and 1 to 10 beneficiaries, a minor under a parent or
//! guardian of the same filing), and the beneficiary's confirmation (the attestations, the
//! passport's machine-readable zone agreeing with the date of birth). Each refused field is named
//! with the key of a message that says what to do.

use chrono::NaiveDate;
use garita_domain::mrz;
use garita_domain::travellers::{Country, DateOfBirth, PersonName, bounded};
use garita_domain::{Email, InputError};
use serde::{Deserialize, Serialize};

/// At most this many beneficiaries in one filing.
pub const MAX_BENEFICIARIES: usize = 10;
/// Under this age a beneficiary goes under a parent's or guardian's case.
pub const ADULT_AGE: u32 = 18;
/// An invited beneficiary who has not confirmed within this many days lets the case expire.
pub const RESPOND_DAYS: i64 = 30;

/// A refused field and the key of its message.
pub type Problem = (&'static str, &'static str);

/// A programme, as data.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Programme {
    pub code: String,
    /// Programmes sharing one monthly cap name the same pool.
    pub pool: String,
    pub monthly_cap: Option<i64>,
    /// ISO 3166-1 alpha-2 codes, comma-separated.
    pub nationalities: String,
    pub valid_days: i64,
    pub extensions: i64,
    pub extension_days: i64,
    pub records_location: i64,
    /// Comma-separated codes; their words are `ta-attest-<code>`.
    pub attestations: String,
    /// `open` or `closed`.
    pub state: String,
    pub changed_by: Option<String>,
    pub changed_at: Option<i64>,
}

impl Programme {
    pub fn is_open(&self) -> bool {
        self.state == "open"
    }

    pub fn admits(&self, nationality: &Country) -> bool {
        self.nationalities
            .split(',')
            .any(|c| c.trim() == nationality.code())
    }

    pub fn attestations(&self) -> Vec<&str> {
        self.attestations
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect()
    }

    /// The key of its name in every language.
    pub fn name_key(&self) -> String {
        format!("ta-programme-{}", self.code)
    }
}

/// The supporter's immigration status in the United States.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Citizen,
    PermanentResident,
    Parolee,
    Tps,
    Asylee,
    OtherLawful,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Citizen,
        Status::PermanentResident,
        Status::Parolee,
        Status::Tps,
        Status::Asylee,
        Status::OtherLawful,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Citizen => "citizen",
            Status::PermanentResident => "permanent-resident",
            Status::Parolee => "parolee",
            Status::Tps => "tps",
            Status::Asylee => "asylee",
            Status::OtherLawful => "other-lawful",
        }
    }

    pub fn parse(code: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|s| s.code() == code.trim())
    }
}

/// How a beneficiary is related to the supporter.
pub const RELATIONSHIPS: [&str; 7] = [
    "spouse", "child", "parent", "sibling", "relative", "friend", "other",
];

/// What a supporter types about themselves.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SupporterInput {
    pub given: String,
    pub family: String,
    /// `citizen`, `permanent-resident`, `parolee`, `tps`, `asylee` or `other-lawful`.
    pub status: String,
    /// The U.S. state or territory they live in (two letters).
    pub state: String,
    /// They attest they will support the beneficiaries financially.
    pub supports: bool,
    /// They agree to what their data is used for (the filing page says it: `CONSENT`).
    pub consents: bool,
}

/// The version of what a supporter agrees to when filing (`ta-file-consent`); a new wording is a
/// new version.
pub const CONSENT: &str = "ta-supporter-1";

/// The supporter as kept (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supporter {
    pub name: PersonName,
    pub status: Status,
    pub state: String,
    pub supports: bool,
    /// The version of what they agreed to (`CONSENT`).
    #[serde(default)]
    pub consent: String,
}

/// What a supporter types about one beneficiary.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct BeneficiaryInput {
    pub given: String,
    pub family: String,
    pub born_day: String,
    pub born_month: String,
    pub born_year: String,
    /// ISO 3166-1 alpha-2.
    pub nationality: String,
    /// Where the invitation goes (adults; a minor's goes to their guardian).
    pub email: String,
    /// The language the invitation is written in.
    pub language: String,
    pub relationship: String,
    /// A minor's parent or guardian: the position (from 1) of another beneficiary of the filing.
    pub guardian: String,
}

/// A beneficiary as kept (sealed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Beneficiary {
    pub name: PersonName,
    pub birth: DateOfBirth,
    pub nationality: Country,
    /// Empty for a minor.
    pub email: String,
    pub language: String,
    pub relationship: String,
    /// A minor's guardian, by position in the filing (from 0).
    pub guardian: Option<usize>,
}

impl SupporterInput {
    pub fn parse(&self) -> Result<Supporter, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let name = names(&self.given, &self.family, &mut problems);
        let status = Status::parse(&self.status);
        if status.is_none() {
            problems.push(("status", InputError::ChoiceUnknown.message_key()));
        }
        let state = self.state.trim().to_ascii_uppercase();
        if !garita_domain::travellers::US_STATES.contains(&state.as_str()) {
            problems.push(("state", "ta-state-unknown"));
        }
        if !self.supports {
            problems.push(("supports", "ta-support-needed"));
        }
        if !self.consents {
            problems.push(("consents", "ta-consent-needed"));
        }
        match (name, status) {
            (Some(name), Some(status)) if problems.is_empty() => Ok(Supporter {
                name,
                status,
                state,
                supports: true,
                consent: CONSENT.to_string(),
            }),
            _ => Err(problems),
        }
    }
}

fn names(given: &str, family: &str, problems: &mut Vec<Problem>) -> Option<PersonName> {
    match PersonName::parse(given, family) {
        Ok(n) => Some(n),
        Err((g, f)) => {
            if let Some(e) = g {
                problems.push(("given", e.message_key()));
            }
            if let Some(e) = f {
                problems.push(("family", e.message_key()));
            }
            None
        }
    }
}

/// Parses a filing's beneficiaries for `programme`: each refused field with the beneficiary's
/// position (from 0).
pub fn beneficiaries(
    inputs: &[BeneficiaryInput],
    programme: &Programme,
    today: NaiveDate,
) -> Result<Vec<Beneficiary>, Vec<(Option<usize>, Problem)>> {
    let mut problems = vec![];
    if inputs.is_empty() || inputs.len() > MAX_BENEFICIARIES {
        problems.push((None, ("beneficiaries", "ta-beneficiaries-count")));
    }
    let mut parsed = vec![];
    for (i, b) in inputs.iter().enumerate() {
        let mut mine: Vec<Problem> = vec![];
        let name = names(&b.given, &b.family, &mut mine);
        let birth = DateOfBirth::parse(&b.born_day, &b.born_month, &b.born_year, today)
            .map_err(|e| mine.push(("born", e.message_key())))
            .ok();
        let nationality = match Country::parse(&b.nationality) {
            Ok(c) if programme.admits(&c) => Some(c),
            Ok(_) => {
                mine.push(("nationality", "ta-nationality-not-in-programme"));
                None
            }
            Err(e) => {
                mine.push(("nationality", e.message_key()));
                None
            }
        };
        let language = garita_i18n::Locale::from_code(b.language.trim())
            .map(|l| l.code().to_string())
            .unwrap_or_else(|| {
                mine.push(("language", InputError::ChoiceUnknown.message_key()));
                String::new()
            });
        let relationship = b.relationship.trim();
        if !RELATIONSHIPS.contains(&relationship) {
            mine.push(("relationship", InputError::ChoiceUnknown.message_key()));
        }
        let minor = birth.is_some_and(|d| d.age_on(today) < ADULT_AGE);
        let guardian = match (minor, b.guardian.trim()) {
            (false, _) => None,
            (true, g) => match g.parse::<usize>() {
                Ok(n) if n >= 1 && n <= inputs.len() && n - 1 != i => Some(n - 1),
                _ => {
                    mine.push(("guardian", "ta-guardian-needed"));
                    None
                }
            },
        };
        let email = if minor {
            String::new()
        } else {
            match Email::parse(&b.email) {
                Ok(e) => e.as_str().to_string(),
                Err(e) => {
                    mine.push(("email", e.message_key()));
                    String::new()
                }
            }
        };
        match (name, birth, nationality) {
            (Some(name), Some(birth), Some(nationality)) if mine.is_empty() => {
                parsed.push(Beneficiary {
                    name,
                    birth,
                    nationality,
                    email,
                    language,
                    relationship: relationship.to_string(),
                    guardian,
                })
            }
            _ => problems.extend(mine.into_iter().map(|p| (Some(i), p))),
        }
    }
    // A guardian is an adult of the same filing.
    for (i, b) in parsed.iter().enumerate() {
        if let Some(g) = b.guardian
            && parsed.get(g).is_none_or(|g| g.guardian.is_some())
        {
            problems.push((Some(i), ("guardian", "ta-guardian-needed")));
        }
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(problems)
    }
}

/// What the beneficiary confirms.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ConfirmInput {
    /// Corrections of the names and date of birth the supporter typed (empty: as typed).
    pub given: String,
    pub family: String,
    pub born_day: String,
    pub born_month: String,
    pub born_year: String,
    /// The codes of the attestations answered yes.
    pub attestations: Vec<String>,
    /// The two lines at the bottom of the passport's photo page.
    pub mrz: String,
}

/// What the beneficiary confirmed (sealed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confirmed {
    pub name: PersonName,
    pub birth: DateOfBirth,
    pub attestations: Vec<String>,
    pub passport_number: String,
    /// ICAO code of the issuing state, as in the zone (three letters).
    pub passport_issuer: String,
    pub passport_expires: NaiveDate,
    /// Where they were when they confirmed (ISO alpha-2), if the programme asks.
    pub country: Option<String>,
    /// The live photo compared with the passport's portrait, when a picture of the photo page
    /// was sent.
    #[serde(default)]
    pub portrait: Option<Portrait>,
}

/// What the comparison with the passport's portrait found (it only advises: a person decides).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "found")]
pub enum Portrait {
    /// Compared: the two faces' distance, and whether that is within the match distance.
    Compared { distance: f32, alike: bool },
    /// The picture had no one face the comparison could use.
    Unusable,
}

impl ConfirmInput {
    /// Checks the confirmation against what the supporter typed (`typed`) and the programme.
    pub fn parse(
        &self,
        typed: &Beneficiary,
        programme: &Programme,
        today: NaiveDate,
    ) -> Result<Confirmed, Vec<Problem>> {
        let mut problems: Vec<Problem> = vec![];
        let name = if self.given.trim().is_empty() && self.family.trim().is_empty() {
            Some(typed.name.clone())
        } else {
            names(&self.given, &self.family, &mut problems)
        };
        let birth = if [&self.born_day, &self.born_month, &self.born_year]
            .iter()
            .all(|s| s.trim().is_empty())
        {
            Some(typed.birth)
        } else {
            DateOfBirth::parse(&self.born_day, &self.born_month, &self.born_year, today)
                .map_err(|e| problems.push(("born", e.message_key())))
                .ok()
        };
        for asked in programme.attestations() {
            if !self.attestations.iter().any(|a| a == asked) {
                problems.push(("attestations", "ta-attestation-needed"));
                break;
            }
        }
        let passport = match mrz::parse_passport(&self.mrz, today) {
            Err(e) => {
                problems.push(("mrz", e.message_key()));
                None
            }
            Ok(p) if birth.is_some_and(|b| b.date() != p.birth) => {
                problems.push(("mrz", "ta-mrz-birth-differs"));
                None
            }
            Ok(p) if p.expiry <= today => {
                problems.push(("mrz", "ta-passport-expired"));
                None
            }
            Ok(p) => Some(p),
        };
        match (name, birth, passport) {
            (Some(name), Some(birth), Some(p)) if problems.is_empty() => Ok(Confirmed {
                name,
                birth,
                attestations: programme
                    .attestations()
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                passport_number: p.number,
                passport_issuer: p.issuer,
                passport_expires: p.expiry,
                country: None,
                portrait: None,
            }),
            _ => Err(problems),
        }
    }
}

/// Bounded free text (a reviewer's note).
pub fn note(text: &str) -> Result<String, InputError> {
    bounded(text, 500, false)
}

/// A typed code in the form `garita_security::codes::readable` makes: upper case, spaces and missing hyphens forgiven.
pub fn typed_code(prefix: &str, text: &str) -> Option<String> {
    let clean: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let rest = clean.strip_prefix(prefix)?;
    (rest.len() == 8).then(|| format!("{prefix}-{}-{}", &rest[..4], &rest[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        "2026-12-07".parse().unwrap()
    }

    fn chnv() -> Programme {
        Programme {
            code: "chnv".into(),
            pool: "chnv".into(),
            monthly_cap: Some(30_000),
            nationalities: "CU,HT,NI,VE".into(),
            valid_days: 90,
            extensions: 0,
            extension_days: 0,
            records_location: 1,
            attestations: "truthful,vaccinations".into(),
            state: "open".into(),
            changed_by: None,
            changed_at: None,
        }
    }

    fn adult() -> BeneficiaryInput {
        BeneficiaryInput {
            given: "Marie".into(),
            family: "Joseph".into(),
            born_day: "4".into(),
            born_month: "5".into(),
            born_year: "1990".into(),
            nationality: "HT".into(),
            email: "marie@example.com".into(),
            language: "ht".into(),
            relationship: "sibling".into(),
            guardian: String::new(),
        }
    }

    #[test]
    fn a_minor_needs_an_adult_of_the_same_filing() {
        let child = BeneficiaryInput {
            born_year: "2015".into(),
            email: String::new(),
            guardian: "1".into(),
            ..adult()
        };
        let parsed = beneficiaries(&[adult(), child.clone()], &chnv(), today()).unwrap();
        assert_eq!(parsed[1].guardian, Some(0));
        assert!(parsed[1].email.is_empty());
        let alone = BeneficiaryInput {
            guardian: String::new(),
            ..child
        };
        assert_eq!(
            beneficiaries(&[adult(), alone], &chnv(), today()).unwrap_err(),
            [(Some(1), ("guardian", "ta-guardian-needed"))]
        );
    }

    #[test]
    fn a_nationality_outside_the_programme_is_named() {
        let other = BeneficiaryInput {
            nationality: "MX".into(),
            ..adult()
        };
        assert_eq!(
            beneficiaries(&[other], &chnv(), today()).unwrap_err(),
            [(Some(0), ("nationality", "ta-nationality-not-in-programme"))]
        );
        assert_eq!(
            beneficiaries(&[], &chnv(), today()).unwrap_err(),
            [(None, ("beneficiaries", "ta-beneficiaries-count"))]
        );
    }

    #[test]
    fn the_passport_must_agree_with_the_date_of_birth_and_be_valid() {
        let typed = &beneficiaries(&[adult()], &chnv(), today()).unwrap()[0];
        // ICAO 9303's specimen, born 1974-08-12, expiring 2012: read on 2010-01-01.
        let zone = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\
                    L898902C36UTO7408122F1204159ZE184226B<<<<<10";
        let input = ConfirmInput {
            attestations: vec!["truthful".into(), "vaccinations".into()],
            mrz: zone.into(),
            ..ConfirmInput::default()
        };
        let day: NaiveDate = "2010-01-01".parse().unwrap();
        assert_eq!(
            input.parse(typed, &chnv(), day).unwrap_err(),
            [("mrz", "ta-mrz-birth-differs")]
        );
        let corrected = ConfirmInput {
            born_day: "12".into(),
            born_month: "8".into(),
            born_year: "1974".into(),
            ..input.clone()
        };
        let ok = corrected.parse(typed, &chnv(), day).unwrap();
        assert_eq!(ok.passport_number, "L898902C3");
        assert_eq!(
            corrected.parse(typed, &chnv(), today()).unwrap_err(),
            [("mrz", "ta-passport-expired")]
        );
        let unanswered = ConfirmInput {
            attestations: vec!["truthful".into()],
            ..corrected
        };
        assert_eq!(
            unanswered.parse(typed, &chnv(), day).unwrap_err(),
            [("attestations", "ta-attestation-needed")]
        );
    }

    #[test]
    fn typed_codes_forgive_case_and_spacing() {
        let c = garita_security::codes::readable("TAI");
        assert_eq!(
            typed_code("TAI", &c.to_lowercase().replace('-', " ")),
            Some(c)
        );
        assert_eq!(typed_code("TAI", "TAI-1234"), None);
    }
}
