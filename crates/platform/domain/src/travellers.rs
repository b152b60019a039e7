//! The people in a registration and the values they give, each parsed from what a person types
//! (in the units they know) into a type that can only hold a valid value.

use crate::countries::COUNTRY_CODES;
use crate::input::InputError;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A registration holds 1 to 10 people who travel together.
pub const MAX_TRAVELLERS: usize = 10;
/// From this age a traveller confirms with their own photo and location.
pub const PHOTO_AGE: u32 = 14;

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Free text of bounded length (a city, a note): trimmed, inner spaces folded; no control or
/// invisible characters.
pub fn bounded(text: &str, max: usize, required: bool) -> Result<String, InputError> {
    let text = clean(text);
    if text.is_empty() && required {
        return Err(InputError::Required);
    }
    if text.chars().count() > max {
        return Err(InputError::TooLong);
    }
    if text.chars().any(char::is_control) {
        return Err(InputError::Characters);
    }
    invisible(&text)?;
    Ok(text)
}

/// Refuses the invisible characters that make stored text read other than it looks: the
/// bidirectional controls and the zero-width spaces. The zero-width joiner and non-joiner stay
/// allowed: Hindi, Persian and emoji need them to be written at all.
pub fn invisible(text: &str) -> Result<(), InputError> {
    for c in text.chars() {
        match c {
            '\u{200E}'
            | '\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => return Err(InputError::DirectionMark),
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' => return Err(InputError::InvisibleSpace),
            _ => {}
        }
    }
    Ok(())
}

/// A person's given names and family names, as on their documents. Letters of any script,
/// spaces, hyphens, apostrophes and dots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    pub given: String,
    pub family: String,
}

impl PersonName {
    pub fn parse(
        given: &str,
        family: &str,
    ) -> Result<PersonName, (Option<InputError>, Option<InputError>)> {
        let one = |text: &str| -> Result<String, InputError> {
            let text = bounded(text, 100, true)?;
            if text
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || "-'’.".contains(c))
            {
                Ok(text)
            } else {
                Err(InputError::Characters)
            }
        };
        match (one(given), one(family)) {
            (Ok(given), Ok(family)) => Ok(PersonName { given, family }),
            (g, f) => Err((g.err(), f.err())),
        }
    }

    /// The form used to recognise the same person: lower case, accents and punctuation removed,
    /// single spaces, given then family names.
    pub fn match_form(&self) -> String {
        let fold = |s: &str| -> String {
            s.chars()
                .flat_map(char::to_lowercase)
                .map(|c| match c {
                    'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
                    'é' | 'è' | 'ê' | 'ë' => 'e',
                    'í' | 'ì' | 'î' | 'ï' => 'i',
                    'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                    'ú' | 'ù' | 'û' | 'ü' => 'u',
                    'ñ' => 'n',
                    'ç' => 'c',
                    c => c,
                })
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .collect()
        };
        clean(&format!("{} {}", fold(&self.given), fold(&self.family)))
    }
}

/// A date of birth, typed as day, month and year (the order people know).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateOfBirth(NaiveDate);

impl DateOfBirth {
    pub fn parse(
        day: &str,
        month: &str,
        year: &str,
        today: NaiveDate,
    ) -> Result<DateOfBirth, InputError> {
        if [day, month, year].iter().any(|s| s.trim().is_empty()) {
            return Err(InputError::DateMissing);
        }
        let number = |s: &str| s.trim().parse::<u32>().map_err(|_| InputError::DateInvalid);
        let (d, m, y) = (number(day)?, number(month)?, number(year)?);
        let date = NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(InputError::DateInvalid)?;
        if date > today {
            return Err(InputError::DateInFuture);
        }
        if today.year() - date.year() > 120 {
            return Err(InputError::DateTooOld);
        }
        Ok(DateOfBirth(date))
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// Age in whole years on `day`.
    pub fn age_on(self, day: NaiveDate) -> u32 {
        day.years_since(self.0).unwrap_or(0)
    }
}

/// An ISO 3166-1 alpha-2 country code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Country(String);

impl Country {
    pub fn parse(code: &str) -> Result<Country, InputError> {
        let code = code.trim().to_ascii_uppercase();
        if COUNTRY_CODES.contains(&code.as_str()) {
            Ok(Country(code))
        } else {
            Err(InputError::CountryUnknown)
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

/// Height in whole centimetres, typed in centimetres or in feet and inches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Height(u16);

impl Height {
    const RANGE_CM: std::ops::RangeInclusive<u32> = 30..=250;

    pub fn from_cm(text: &str) -> Result<Height, InputError> {
        let cm = text
            .trim()
            .replace(',', ".")
            .parse::<f32>()
            .map_err(|_| InputError::HeightRange)?;
        Self::checked(cm.round() as i64)
    }

    pub fn from_feet_inches(feet: &str, inches: &str) -> Result<Height, InputError> {
        let feet = feet
            .trim()
            .parse::<u32>()
            .map_err(|_| InputError::HeightRange)?;
        let inches = if inches.trim().is_empty() {
            0.0
        } else {
            inches
                .trim()
                .replace(',', ".")
                .parse::<f32>()
                .map_err(|_| InputError::HeightRange)?
        };
        if !(0.0..12.0).contains(&inches) {
            return Err(InputError::HeightRange);
        }
        Self::checked(((feet as f32 * 12.0 + inches) * 2.54).round() as i64)
    }

    fn checked(cm: i64) -> Result<Height, InputError> {
        u32::try_from(cm)
            .ok()
            .filter(|cm| Self::RANGE_CM.contains(cm))
            .map(|cm| Height(cm as u16))
            .ok_or(InputError::HeightRange)
    }

    pub fn cm(self) -> u16 {
        self.0
    }
}

/// Weight in whole kilograms, typed in kilograms or pounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Weight(u16);

impl Weight {
    pub fn from_kg(text: &str) -> Result<Weight, InputError> {
        Self::checked(text, 1.0)
    }

    pub fn from_lb(text: &str) -> Result<Weight, InputError> {
        Self::checked(text, 0.453_592_37)
    }

    fn checked(text: &str, to_kg: f32) -> Result<Weight, InputError> {
        let value = text
            .trim()
            .replace(',', ".")
            .parse::<f32>()
            .map_err(|_| InputError::WeightRange)?;
        let kg = (value * to_kg).round();
        if (1.0..=350.0).contains(&kg) {
            Ok(Weight(kg as u16))
        } else {
            Err(InputError::WeightRange)
        }
    }

    pub fn kg(self) -> u16 {
        self.0
    }
}

/// A fixed choice, typed as its code.
macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Result<$name, InputError> {
                Self::ALL.iter().copied().find(|c| c.code() == code.trim()).ok_or(InputError::ChoiceUnknown)
            }
        }
    };
}

choice!(
    /// As on the person's documents; `another` where neither fits.
    Gender { Female = "female", Male = "male", Another = "another" }
);
choice!(EyeColour { Brown = "brown", Black = "black", Hazel = "hazel", Green = "green", Blue = "blue", Grey = "grey", Other = "other" });
choice!(MaritalStatus { Single = "single", Married = "married", Partner = "partner", Divorced = "divorced", Widowed = "widowed" });
choice!(DocumentKind { Passport = "passport", NationalId = "national-id", BirthCertificate = "birth-certificate", Other = "other" });

/// An identity document: its kind, the country that issued it, and its number (letters and
/// digits, spaces and dashes dropped, upper case).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocumentKind,
    pub country: Country,
    pub number: String,
}

impl Document {
    /// A document number as it is kept and compared: spaces and dashes aside, upper case.
    pub fn number_of(typed: &str) -> String {
        typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect()
    }

    pub fn parse(kind: &str, country: &str, number: &str) -> Result<Document, InputError> {
        let number = Self::number_of(number);
        if !(4..=20).contains(&number.chars().count())
            || !number.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Err(InputError::DocumentFormat);
        }
        Ok(Document {
            kind: DocumentKind::parse(kind)?,
            country: Country::parse(country)?,
            number,
        })
    }

    /// The form used to recognise the same document in two registrations.
    pub fn match_form(&self) -> String {
        format!("{}:{}", self.country.code(), self.number)
    }
}

/// The two-letter codes of U.S. states, the District of Columbia and the territories.
pub const US_STATES: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
];

/// The U.S. address a whole registration travels to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsAddress {
    pub street: String,
    pub city: String,
    pub state: String,
    pub zip: String,
}

/// Which fields of a U.S. address were refused, and why.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct UsAddressErrors {
    pub street: Option<InputError>,
    pub city: Option<InputError>,
    pub state: Option<InputError>,
    pub zip: Option<InputError>,
}

impl UsAddress {
    pub fn parse(
        street: &str,
        city: &str,
        state: &str,
        zip: &str,
    ) -> Result<UsAddress, UsAddressErrors> {
        let street = bounded(street, 200, true);
        let city = bounded(city, 100, true);
        let state_code = state.trim().to_ascii_uppercase();
        let state = US_STATES
            .contains(&state_code.as_str())
            .then_some(state_code)
            .ok_or(InputError::UsStateUnknown);
        let digits: String = zip.chars().filter(char::is_ascii_digit).collect();
        let zip_ok = zip
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ' ')
            && (digits.len() == 5 || digits.len() == 9);
        let zip = zip_ok
            .then(|| {
                if digits.len() == 9 {
                    format!("{}-{}", &digits[..5], &digits[5..])
                } else {
                    digits
                }
            })
            .ok_or(InputError::ZipFormat);
        match (street, city, state, zip) {
            (Ok(street), Ok(city), Ok(state), Ok(zip)) => Ok(UsAddress {
                street,
                city,
                state,
                zip,
            }),
            (street, city, state, zip) => Err(UsAddressErrors {
                street: street.err(),
                city: city.err(),
                state: state.err(),
                zip: zip.err(),
            }),
        }
    }

    /// The form used to notice many registrations going to one address: lower case, letters and
    /// digits only, plus the ZIP code's first five digits.
    pub fn match_form(&self) -> String {
        let fold = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        format!(
            "{}|{}|{}|{}",
            fold(&self.street),
            fold(&self.city),
            self.state,
            &self.zip[..5]
        )
    }
}

/// Free text a person writes about themselves (travel history, work, family): optional, bounded.
pub fn story(text: &str) -> Result<String, InputError> {
    bounded(text, 2000, false)
}

/// A city or town name.
pub fn place(text: &str) -> Result<String, InputError> {
    bounded(text, 100, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn free_text_refuses_invisible_direction_marks_and_spaces_but_not_joiners() {
        assert_eq!(
            place("Tiju\u{202E}ana"),
            Err(InputError::DirectionMark),
            "a right-to-left override"
        );
        assert_eq!(story("a\u{2066}b\u{2069}"), Err(InputError::DirectionMark));
        assert_eq!(place("Ti\u{200B}juana"), Err(InputError::InvisibleSpace));
        assert_eq!(place("\u{FEFF}Tijuana"), Err(InputError::InvisibleSpace));
        let street = UsAddress::parse("12\u{200F}00 Main St", "Houston", "TX", "77002");
        assert_eq!(street.unwrap_err().street, Some(InputError::DirectionMark));
        // Joiners are part of how some scripts are written.
        assert_eq!(place("क्\u{200D}ष").unwrap(), "क्\u{200D}ष");
        assert_eq!(story("می\u{200C}خواهم").unwrap(), "می\u{200C}خواهم");
        // Arabic and Hebrew text itself is welcome.
        assert_eq!(place("القاهرة").unwrap(), "القاهرة");
    }

    #[test]
    fn names_accept_every_script_and_refuse_symbols() {
        let n = PersonName::parse("  José   Ángel ", "Pierre-Louis").unwrap();
        assert_eq!(
            (n.given.as_str(), n.family.as_str()),
            ("José Ángel", "Pierre-Louis")
        );
        assert_eq!(n.match_form(), "jose angel pierrelouis");
        assert!(PersonName::parse("Мария", "Иванова").is_ok());
        assert!(PersonName::parse("محمد", "علي").is_ok());
        assert!(PersonName::parse("O'Neil", "N'Diaye").is_ok());
        assert_eq!(
            PersonName::parse("", "X1"),
            Err((Some(InputError::Required), Some(InputError::Characters)))
        );
        assert_eq!(
            PersonName::parse(&"a".repeat(101), "B").unwrap_err().0,
            Some(InputError::TooLong)
        );
    }

    #[test]
    fn dates_of_birth_are_real_past_and_believable() {
        let today = day(2026, 11, 22);
        let dob = DateOfBirth::parse("29", "2", "2012", today).unwrap();
        assert_eq!(dob.age_on(today), 14);
        assert_eq!(dob.age_on(day(2026, 2, 28)), 13);
        assert_eq!(
            DateOfBirth::parse("30", "2", "2012", today),
            Err(InputError::DateInvalid)
        );
        assert_eq!(
            DateOfBirth::parse("1", "1", "2027", today),
            Err(InputError::DateInFuture)
        );
        assert_eq!(
            DateOfBirth::parse("1", "1", "1890", today),
            Err(InputError::DateTooOld)
        );
        assert_eq!(
            DateOfBirth::parse("x", "1", "2000", today),
            Err(InputError::DateInvalid)
        );
    }

    #[test]
    fn heights_and_weights_come_in_the_units_people_know() {
        assert_eq!(Height::from_cm("172").unwrap().cm(), 172);
        assert_eq!(Height::from_cm("172,4").unwrap().cm(), 172);
        assert_eq!(Height::from_feet_inches("5", "8").unwrap().cm(), 173);
        assert_eq!(Height::from_feet_inches("5", "").unwrap().cm(), 152);
        assert_eq!(
            Height::from_feet_inches("5", "13"),
            Err(InputError::HeightRange)
        );
        assert_eq!(
            Height::from_cm("1.72"),
            Err(InputError::HeightRange),
            "metres typed as centimetres"
        );
        assert_eq!(Weight::from_kg("70").unwrap().kg(), 70);
        assert_eq!(Weight::from_lb("154").unwrap().kg(), 70);
        assert_eq!(Weight::from_lb("0"), Err(InputError::WeightRange));
        assert_eq!(Weight::from_kg("a lot"), Err(InputError::WeightRange));
    }

    #[test]
    fn countries_documents_and_choices_are_codes() {
        assert_eq!(Country::parse("ht").unwrap().code(), "HT");
        assert_eq!(Country::parse("XX"), Err(InputError::CountryUnknown));
        let doc = Document::parse("passport", "VE", " 12-345 678 ").unwrap();
        assert_eq!(doc.match_form(), "VE:12345678");
        assert_eq!(
            Document::parse("passport", "VE", "12"),
            Err(InputError::DocumentFormat)
        );
        assert_eq!(
            Document::parse("passport", "VE", "12#456"),
            Err(InputError::DocumentFormat)
        );
        assert_eq!(Gender::parse("female"), Ok(Gender::Female));
        assert_eq!(EyeColour::parse("purple"), Err(InputError::ChoiceUnknown));
    }

    #[test]
    fn us_addresses_need_a_real_state_and_zip() {
        let a = UsAddress::parse("1200 Main St, Apt 4", "Houston", "tx", "77002 1234").unwrap();
        assert_eq!((a.state.as_str(), a.zip.as_str()), ("TX", "77002-1234"));
        assert_eq!(a.match_form(), "1200mainstapt4|houston|TX|77002");
        let e = UsAddress::parse("", "Houston", "Texas", "7700").unwrap_err();
        assert_eq!(e.street, Some(InputError::Required));
        assert_eq!(e.state, Some(InputError::UsStateUnknown));
        assert_eq!(e.zip, Some(InputError::ZipFormat));
        assert_eq!(e.city, None);
    }
}
