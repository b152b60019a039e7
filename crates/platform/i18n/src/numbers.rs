//! Numbers and amounts as a person reads them in their language ("30,00 USD", "30.00 USD"), from CLDR
//! through ICU4X: its decimal separator, its grouping and its digits.
//!
//! CLDR has no Haitian Creole number data at the level ICU4X ships; Creole is written as Haiti
//! writes French numbers: a decimal comma.

use crate::Locale;
use fixed_decimal::Decimal;
use icu_decimal::DecimalFormatter;

/// An amount in its currency's minor unit (cents: two places) with the currency's code.
pub fn money(locale: Locale, minor: i64, currency: &str) -> String {
    format!("{} {currency}", decimal(locale, minor, 2))
}

/// `units × 10^-places`, written with all its places ("0.41", "0,41").
pub fn decimal(locale: Locale, units: i64, places: i16) -> String {
    let mut amount = Decimal::from(units);
    amount.multiply_pow10(-places);
    let prefs = match locale {
        Locale::Ht => crate::when::icu_locale(Locale::Fr),
        other => crate::when::icu_locale(other),
    };
    match DecimalFormatter::try_new(prefs.into(), Default::default()) {
        Ok(f) => f.format(&amount).to_string(),
        Err(_) => amount.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_amounts_its_own_way() {
        assert_eq!(money(Locale::En, 3000, "USD"), "30.00 USD");
        assert_eq!(money(Locale::Es, 3000, "USD"), "30,00 USD");
        assert_eq!(
            money(Locale::Ht, 75_000, "USD"),
            money(Locale::Fr, 75_000, "USD")
        );
        assert!(money(Locale::Fr, 75_000, "USD").starts_with("750,00"));
        assert_eq!(money(Locale::En, 123_456_789, "USD"), "1,234,567.89 USD");
        assert_eq!(money(Locale::En, 5, "USD"), "0.05 USD");
        assert_eq!(money(Locale::En, -5, "USD"), "-0.05 USD");
        assert_eq!(decimal(Locale::En, 412, 3), "0.412");
        assert_eq!(decimal(Locale::Es, 600, 3), "0,600");
    }
}
