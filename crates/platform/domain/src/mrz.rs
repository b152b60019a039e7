//! The machine-readable zone of a passport (ICAO Doc 9303, part 4: TD3, two lines of 44
//! characters), read from what a person typed or a camera scanned: each field with its check
//! digit, so a mistyped character is caught before anyone relies on the number.

use chrono::NaiveDate;

/// Why a machine-readable zone was refused; each has a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MrzError {
    /// Not two lines of 44 characters of `A`-`Z`, `0`-`9` and `<`, the first starting `P`.
    #[error("not a passport's machine-readable zone")]
    Shape,
    /// A check digit does not match its field: a character was misread or mistyped.
    #[error("a check digit does not match")]
    CheckDigit,
    /// A date field is not a date.
    #[error("a date that does not exist")]
    Date,
}

impl MrzError {
    pub fn message_key(self) -> &'static str {
        match self {
            MrzError::Shape => "field-mrz-shape",
            MrzError::CheckDigit => "field-mrz-check-digit",
            MrzError::Date => "field-mrz-date",
        }
    }
}

/// What a passport's zone says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passport {
    pub issuer: String,
    pub surname: String,
    pub given_names: String,
    pub number: String,
    pub nationality: String,
    pub birth: NaiveDate,
    /// `M`, `F` or `<` (unspecified), as printed.
    pub sex: char,
    pub expiry: NaiveDate,
}

/// The check digit of a field: characters weighted 7, 3, 1 in turn, digits as themselves,
/// letters `A`=10 to `Z`=35, the filler `<` as 0, summed modulo 10.
pub fn check_digit(field: &str) -> Option<u32> {
    let mut sum = 0;
    for (i, c) in field.chars().enumerate() {
        let value = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            '<' => 0,
            _ => return None,
        };
        sum += value * [7, 3, 1][i % 3];
    }
    Some(sum % 10)
}

fn checked(field: &str, digit: char) -> Result<(), MrzError> {
    // A field left all filler may carry `<` as its check digit (optional data).
    if digit == '<' && field.chars().all(|c| c == '<') {
        return Ok(());
    }
    match (check_digit(field), digit.to_digit(10)) {
        (Some(want), Some(got)) if want == got => Ok(()),
        _ => Err(MrzError::CheckDigit),
    }
}

/// A `YYMMDD` date; `past` picks the century for a birth date (not after `today`), otherwise
/// the expiry's (within 50 years of `today` either way).
fn date(text: &str, today: NaiveDate, past: bool) -> Result<NaiveDate, MrzError> {
    use chrono::Datelike;
    let n = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| MrzError::Date);
    let (yy, mm, dd) = (n(0..2)? as i32, n(2..4)?, n(4..6)?);
    let century = today.year() / 100 * 100;
    let mut year = century + yy;
    if past && year > today.year() {
        year -= 100;
    } else if !past && year < today.year() - 50 {
        year += 100;
    }
    NaiveDate::from_ymd_opt(year, mm, dd).ok_or(MrzError::Date)
}

/// Reads a TD3 zone (two lines, or one text of 88 characters; spaces and case forgiven).
pub fn parse_passport(text: &str, today: NaiveDate) -> Result<Passport, MrzError> {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if clean.len() != 88
        || !clean.starts_with('P')
        || !clean
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '<')
    {
        return Err(MrzError::Shape);
    }
    let (one, two) = clean.split_at(44);
    let at = |r: std::ops::Range<usize>| &two[r];
    let digit = |i: usize| two.as_bytes()[i] as char;
    checked(at(0..9), digit(9))?;
    checked(at(13..19), digit(19))?;
    checked(at(21..27), digit(27))?;
    checked(at(28..42), digit(42))?;
    let composite = format!("{}{}{}", at(0..10), at(13..20), at(21..43));
    checked(&composite, digit(43))?;
    let names = &one[5..44];
    let (surname, given) = names.split_once("<<").unwrap_or((names, ""));
    let words = |s: &str| {
        s.split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    Ok(Passport {
        issuer: one[2..5].trim_end_matches('<').to_string(),
        surname: words(surname),
        given_names: words(given),
        number: at(0..9).trim_end_matches('<').to_string(),
        nationality: at(10..13).trim_end_matches('<').to_string(),
        birth: date(at(13..19), today, true)?,
        sex: digit(20),
        expiry: date(at(21..27), today, false)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ICAO Doc 9303 part 4, appendix A: the specimen passport of Utopia.
    const SPECIMEN: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\
                            L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
    }

    #[test]
    fn the_icao_specimen_reads_and_each_changed_character_is_caught() {
        let p = parse_passport(SPECIMEN, today()).unwrap();
        assert_eq!(p.issuer, "UTO");
        assert_eq!(
            (p.surname.as_str(), p.given_names.as_str()),
            ("ERIKSSON", "ANNA MARIA")
        );
        assert_eq!(p.number, "L898902C3");
        assert_eq!(p.birth, NaiveDate::from_ymd_opt(1974, 8, 12).unwrap());
        assert_eq!(p.sex, 'F');
        assert_eq!(p.expiry, NaiveDate::from_ymd_opt(2012, 4, 15).unwrap());
        assert_eq!(check_digit("L898902C3"), Some(6));
        assert_eq!(check_digit("740812"), Some(2));
        // Lower case and line breaks are forgiven.
        let typed = format!("{}\n{}", &SPECIMEN[..44], &SPECIMEN[44..]).to_lowercase();
        assert_eq!(parse_passport(&typed, today()).unwrap(), p);
        // One character changed in the number, the birth date or the expiry: a check fails.
        for i in [44, 44 + 13, 44 + 21] {
            let mut wrong = SPECIMEN.to_string().into_bytes();
            wrong[i] = if wrong[i] == b'7' { b'1' } else { b'7' };
            let wrong = String::from_utf8(wrong).unwrap();
            assert_eq!(
                parse_passport(&wrong, today()),
                Err(MrzError::CheckDigit),
                "{i}"
            );
        }
        assert_eq!(parse_passport("P<UTO", today()), Err(MrzError::Shape));
    }
}
