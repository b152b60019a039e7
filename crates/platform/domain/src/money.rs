//! Money as integer minor units with its currency, and fees as dated configuration: a fee
//! changes on a day (a budget law, an inflation adjustment) by one more line, and the fee of a
//! day is the last line that began on or before it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An ISO 4217 code: three upper-case letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

impl Currency {
    pub const USD: Currency = Currency(*b"USD");

    pub fn parse(text: &str) -> Option<Currency> {
        let bytes: [u8; 3] = text.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_uppercase)
            .then_some(Currency(bytes))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("ASCII letters")
    }

    /// The currency as the providers' APIs write it (Stripe: lower case).
    pub fn lower(&self) -> String {
        self.as_str().to_ascii_lowercase()
    }
}

impl TryFrom<String> for Currency {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        Currency::parse(&text.to_ascii_uppercase())
            .ok_or_else(|| format!("{text:?} is not a three-letter currency code"))
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.as_str().to_string()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount in the currency's minor unit (cents). Never a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    /// `count` times this amount; `None` on overflow.
    pub fn times(self, count: i64) -> Option<Money> {
        Some(Money::new(self.minor.checked_mul(count)?, self.currency))
    }

    /// The amount as a decimal text with two places ("30.00"), for a formatter to localise.
    pub fn decimal(&self) -> String {
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// One line of a fee schedule: from `from` on, the fee is `amount` (until a later line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedFee {
    pub from: NaiveDate,
    pub amount: Money,
}

/// A fee that changes on dates. Lines in any order; one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeSchedule(Vec<DatedFee>);

impl FeeSchedule {
    /// The lines sorted by day; an error names what is wrong (empty, two lines on one day, or
    /// two currencies, or a negative fee).
    pub fn new(mut lines: Vec<DatedFee>) -> Result<FeeSchedule, String> {
        lines.sort_by_key(|l| l.from);
        let first = lines
            .first()
            .ok_or("a fee schedule needs at least one line")?;
        let currency = first.amount.currency;
        for pair in lines.windows(2) {
            if pair[0].from == pair[1].from {
                return Err(format!("two fees begin on {}", pair[0].from));
            }
        }
        if let Some(l) = lines.iter().find(|l| l.amount.currency != currency) {
            return Err(format!("fees in {currency} and {}", l.amount.currency));
        }
        if let Some(l) = lines.iter().find(|l| l.amount.minor < 0) {
            return Err(format!("a negative fee from {}", l.from));
        }
        Ok(FeeSchedule(lines))
    }

    /// The fee on `day`: the last line that began on or before it (`None` before the first).
    pub fn on(&self, day: NaiveDate) -> Option<Money> {
        self.0
            .iter()
            .rev()
            .find(|l| l.from <= day)
            .map(|l| l.amount)
    }

    pub fn lines(&self) -> &[DatedFee] {
        &self.0
    }

    /// A schedule as configuration writes it: one line per change, `DAY AMOUNT CURRENCY`,
    /// lines apart by newlines or `;`, e.g. `2000-01-01 6.00 USD; 2025-09-30 30.00 USD`. The
    /// amount is a decimal with at most two places (never a float).
    pub fn parse(text: &str) -> Result<FeeSchedule, String> {
        let mut lines = vec![];
        for line in text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let parts: Vec<&str> = line.split_whitespace().collect();
            let [day, amount, currency] = parts[..] else {
                return Err(format!(
                    "{line:?}: write DAY AMOUNT CURRENCY, e.g. 2025-09-30 30.00 USD"
                ));
            };
            let from = day
                .parse::<NaiveDate>()
                .map_err(|_| format!("{day:?} is not a day (YYYY-MM-DD)"))?;
            let currency = Currency::parse(currency)
                .ok_or_else(|| format!("{currency:?} is not a currency code (e.g. USD)"))?;
            let minor = minor_units(amount)
                .ok_or_else(|| format!("{amount:?} is not an amount (e.g. 30.00)"))?;
            lines.push(DatedFee {
                from,
                amount: Money::new(minor, currency),
            });
        }
        FeeSchedule::new(lines)
    }
}

/// `"30"`, `"30.5"` or `"30.00"` in cents; `None` for anything else (a sign, three places).
fn minor_units(text: &str) -> Option<i64> {
    let (whole, cents) = text.split_once('.').unwrap_or((text, "0"));
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(cents) || cents.len() > 2 {
        return None;
    }
    let cents: i64 = format!("{cents:0<2}").parse().ok()?;
    whole
        .parse::<i64>()
        .ok()?
        .checked_mul(100)?
        .checked_add(cents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_fee_of_a_day_is_the_last_line_begun_by_then() {
        let usd = |c| Money::new(c, Currency::USD);
        let fees = FeeSchedule::new(vec![
            DatedFee {
                from: day("2025-09-30"),
                amount: usd(3000),
            },
            DatedFee {
                from: day("2000-01-01"),
                amount: usd(600),
            },
        ])
        .unwrap();
        assert_eq!(fees.on(day("1999-12-31")), None);
        assert_eq!(fees.on(day("2025-09-29")), Some(usd(600)));
        assert_eq!(fees.on(day("2025-09-30")), Some(usd(3000)));
        assert_eq!(usd(3000).times(25).unwrap().decimal(), "750.00");
        assert_eq!(usd(-5).decimal(), "-0.05");
        let written = FeeSchedule::parse("2025-09-30 30.00 USD; 2000-01-01 6 USD\n").unwrap();
        assert_eq!(written, fees);
        assert_eq!(
            FeeSchedule::parse("2026-01-01 30.5 USD")
                .unwrap()
                .on(day("2026-02-01")),
            Some(usd(3050))
        );
        for wrong in [
            "",
            "2026-01-01 30.005 USD",
            "2026-01-01 -3 USD",
            "2026-13-01 3 USD",
            "2026-01-01 3",
            "2026-01-01 3 dollars",
            "2026-01-01 3,00 USD",
        ] {
            assert!(FeeSchedule::parse(wrong).is_err(), "{wrong}");
        }
        let twice = FeeSchedule::new(vec![
            DatedFee {
                from: day("2000-01-01"),
                amount: usd(600),
            },
            DatedFee {
                from: day("2000-01-01"),
                amount: usd(700),
            },
        ]);
        assert!(twice.is_err());
        let mixed = FeeSchedule::new(vec![
            DatedFee {
                from: day("2000-01-01"),
                amount: usd(600),
            },
            DatedFee {
                from: day("2001-01-01"),
                amount: Money::new(600, Currency::parse("MXN").unwrap()),
            },
        ]);
        assert!(mixed.is_err());
        assert!(Currency::parse("usd").is_none());
        assert_eq!(Currency::USD.lower(), "usd");
    }
}
