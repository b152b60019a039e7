//! Dates, times and time zones as a person reads them in their language ("jueves, 17 de
//! diciembre de 2026"), from CLDR through ICU4X, never as ISO strings.
//!
//! One rule for zones, used by pages, e-mail and SMS alike: something that happens at a place is
//! shown in that place's own time, a deadline or any other moment in the reader's own zone, and
//! the zone is named.
//!
//! CLDR has no Haitian Creole data at the level ICU4X ships (its root would print "2026 M12 17,
//! Thu"), so Creole's twelve month and seven day names are kept here, in the order a Creole
//! calendar writes them: "jedi 17 desanm 2026, 7:00".

use crate::Locale;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;
use icu_calendar::Iso;
use icu_datetime::fieldsets;
use icu_datetime::fieldsets::enums::CompositeDateTimeFieldSet;
use icu_datetime::fieldsets::zone::ExemplarCity;
use icu_datetime::input::{Date, Time};
use icu_datetime::{DateTimeFormatter, NoCalendarFormatter};
use icu_time::zone::IanaParser;

/// A day in words, with its weekday: "Thursday, December 17, 2026".
pub fn date(locale: Locale, day: NaiveDate) -> String {
    if locale == Locale::Ht {
        return creole::date(day);
    }
    let Some(input) = icu_date(day) else {
        return day.to_string();
    };
    match DateTimeFormatter::try_new(icu_locale(locale).into(), fieldsets::YMDE::long()) {
        Ok(f) => f.format(&input).to_string(),
        Err(_) => day.to_string(),
    }
}

/// A day without its weekday, for a date of birth: "April 3, 1990", "3 avril 1990".
pub fn day(locale: Locale, day: NaiveDate) -> String {
    if locale == Locale::Ht {
        return creole::day(day);
    }
    let Some(input) = icu_date(day) else {
        return day.to_string();
    };
    match DateTimeFormatter::try_new(icu_locale(locale).into(), fieldsets::YMD::long()) {
        Ok(f) => f.format(&input).to_string(),
        Err(_) => day.to_string(),
    }
}

/// A day as short as the language writes it with the month still named, for an SMS about the
/// coming weeks, where the year goes without saying: "Dec 17", "17 дек.".
pub fn short_date(locale: Locale, day: NaiveDate) -> String {
    if locale == Locale::Ht {
        return creole::short_date(day);
    }
    let Some(input) = icu_date(day) else {
        return day.to_string();
    };
    match DateTimeFormatter::try_new(icu_locale(locale).into(), fieldsets::MD::medium()) {
        Ok(f) => f.format(&input).to_string(),
        Err(_) => day.to_string(),
    }
}

/// A time of day as the language writes it: "7:05 AM", "07:05", "7:05 ص".
pub fn time(locale: Locale, at: NaiveTime) -> String {
    if locale == Locale::Ht {
        return creole::time(at);
    }
    let Ok(input) = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0) else {
        return at.format("%H:%M").to_string();
    };
    match NoCalendarFormatter::try_new(icu_locale(locale).into(), fieldsets::T::hm()) {
        Ok(f) => f.format(&input).to_string(),
        Err(_) => at.format("%H:%M").to_string(),
    }
}

/// A zone named by its city in the language ("Mexico City", "Ciudad de México", "Тихуана"),
/// as the catalogs' "({ $zone } time)" expects.
pub fn zone(locale: Locale, zone: Tz) -> String {
    let id = IanaParser::new().parse(zone.name()).without_offset();
    match NoCalendarFormatter::try_new(icu_locale(locale).into(), ExemplarCity) {
        Ok(f) => f.format(&id).to_string(),
        Err(_) => zone.name().to_string(),
    }
}

/// A moment as the clock in `in_zone` shows it, in words: "Thursday, December 17, 2026 at
/// 9:00 AM". The caller names the zone with [`zone`]; the same instant and zone give the same
/// words on a page, in an e-mail and in an SMS.
pub fn moment(locale: Locale, at: DateTime<Utc>, in_zone: Tz) -> String {
    let local = at.with_timezone(&in_zone).naive_local();
    if locale == Locale::Ht {
        return format!(
            "{}, {}",
            creole::date(local.date()),
            creole::time(local.time())
        );
    }
    let f = DateTimeFormatter::try_new(
        icu_locale(locale).into(),
        fieldsets::YMDE::long().with_time_hm(),
    );
    moment_with(local, f.ok().map(|f| f.cast_into_fset()))
}

/// A moment as [`moment`] shows it, as short as [`short_date`], for an SMS.
pub fn short_moment(locale: Locale, at: DateTime<Utc>, in_zone: Tz) -> String {
    let local = at.with_timezone(&in_zone).naive_local();
    if locale == Locale::Ht {
        return format!(
            "{}, {}",
            creole::short_date(local.date()),
            creole::time(local.time())
        );
    }
    let f = DateTimeFormatter::try_new(
        icu_locale(locale).into(),
        fieldsets::MD::medium().with_time_hm(),
    );
    moment_with(local, f.ok().map(|f| f.cast_into_fset()))
}

fn moment_with(
    local: NaiveDateTime,
    formatter: Option<DateTimeFormatter<CompositeDateTimeFieldSet>>,
) -> String {
    let input = icu_date(local.date())
        .zip(Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0).ok())
        .map(|(date, time)| icu_datetime::input::DateTime { date, time });
    match (input, formatter) {
        (Some(input), Some(f)) => f.format(&input).to_string(),
        _ => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

fn icu_date(day: NaiveDate) -> Option<Date<Iso>> {
    Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()
}

/// A day as the record stores it ("2026-12-17"), in words; the stored text if it is not a day.
pub fn stored_date(locale: Locale, day: &str) -> String {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| date(locale, d))
        .unwrap_or_else(|_| day.to_string())
}

/// A time as the record stores it ("07:00" or "07:00:00"), as the language writes it.
pub fn stored_time(locale: Locale, at: &str) -> String {
    NaiveTime::parse_from_str(at, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(at, "%H:%M"))
        .map(|t| time(locale, t))
        .unwrap_or_else(|_| at.to_string())
}

/// A moment stored as Unix milliseconds, as [`moment`] shows it.
pub fn moment_ms(locale: Locale, ms: i64, in_zone: Tz) -> String {
    moment(
        locale,
        DateTime::<Utc>::from_timestamp_millis(ms).unwrap_or_default(),
        in_zone,
    )
}

/// A moment stored as Unix milliseconds, in words, as UTC's clock shows it, marked "UTC": for
/// staff pages, whose readers work in several zones.
pub fn moment_utc(locale: Locale, ms: i64) -> String {
    format!("{} UTC", moment_ms(locale, ms, chrono_tz::UTC))
}

/// The UTC day of a moment stored as Unix milliseconds, in words.
pub fn date_ms(locale: Locale, ms: i64) -> String {
    date(
        locale,
        DateTime::<Utc>::from_timestamp_millis(ms)
            .unwrap_or_default()
            .date_naive(),
    )
}

pub(crate) fn icu_locale(locale: Locale) -> icu_locale_core::Locale {
    locale
        .code()
        .parse()
        .unwrap_or(icu_locale_core::Locale::UNKNOWN)
}

mod creole {
    use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

    const MONTHS: [&str; 12] = [
        "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
        "novanm", "desanm",
    ];
    /// Monday first, as chrono counts.
    const DAYS: [&str; 7] = [
        "lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch",
    ];

    pub fn date(day: NaiveDate) -> String {
        format!(
            "{} {} {} {}",
            DAYS[day.weekday().num_days_from_monday() as usize],
            day.day(),
            MONTHS[day.month0() as usize],
            day.year()
        )
    }

    /// Without the weekday: "3 avril 1990".
    pub fn day(day: NaiveDate) -> String {
        format!(
            "{} {} {}",
            day.day(),
            MONTHS[day.month0() as usize],
            day.year()
        )
    }

    /// Without the weekday and the year, for an SMS: "17 desanm".
    pub fn short_date(day: NaiveDate) -> String {
        format!("{} {}", day.day(), MONTHS[day.month0() as usize])
    }

    pub fn time(at: NaiveTime) -> String {
        format!("{}:{:02}", at.hour(), at.minute())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 17).unwrap()
    }

    #[test]
    fn a_date_is_written_in_words_in_every_language() {
        let expected = [
            (Locale::En, "Thursday, December 17, 2026"),
            (Locale::Es, "jueves, 17 de diciembre de 2026"),
            (Locale::Ht, "jedi 17 desanm 2026"),
            (Locale::Fr, "jeudi 17 décembre 2026"),
            (Locale::Pt, "quinta-feira, 17 de dezembro de 2026"),
            (Locale::Ru, "четверг, 17 декабря 2026\u{202f}г."),
            (Locale::ZhHans, "2026年12月17日星期四"),
            (Locale::Ar, "الخميس، 17 ديسمبر 2026"),
            (Locale::Tr, "17 Aralık 2026 Perşembe"),
            (Locale::Hi, "गुरुवार, 17 दिसंबर, 2026"),
        ];
        for (locale, text) in expected {
            assert_eq!(date(locale, day()), text, "{locale}");
        }
    }

    #[test]
    fn a_moment_is_shown_on_the_clock_of_the_zone_asked_for() {
        // 15:00 UTC is 7:00 in Tijuana in December (UTC-8) and 9:00 in Mexico City (UTC-6).
        let at: DateTime<Utc> = "2026-12-17T15:00:00Z".parse().unwrap();
        let tijuana = chrono_tz::America::Tijuana;
        let mexico_city = chrono_tz::America::Mexico_City;
        assert_eq!(moment(Locale::Ht, at, tijuana), "jedi 17 desanm 2026, 7:00");
        assert_eq!(
            moment(Locale::Es, at, mexico_city),
            "jueves, 17 de diciembre de 2026 a las 09:00"
        );
        assert_eq!(
            moment(Locale::En, at, mexico_city),
            "Thursday, December 17, 2026 at 9:00\u{202f}AM"
        );
        assert_eq!(zone(Locale::Es, mexico_city), "Ciudad de México");
        assert_eq!(zone(Locale::Ru, tijuana), "Тихуана");
        assert_eq!(zone(Locale::En, mexico_city), "Mexico City");
    }

    #[test]
    fn every_weekday_and_month_has_a_creole_name() {
        let mut seen = std::collections::BTreeSet::new();
        for offset in 0..366 {
            let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(offset);
            seen.insert(date(Locale::Ht, d).split(' ').next().unwrap().to_string());
        }
        assert_eq!(seen.len(), 7);
        let birth = NaiveDate::from_ymd_opt(1990, 4, 3).unwrap();
        assert_eq!(super::day(Locale::Ht, birth), "3 avril 1990");
        assert_eq!(super::day(Locale::En, birth), "April 3, 1990");
        assert_eq!(short_date(Locale::Ht, day()), "17 desanm");
    }
}
