//! The platform's catalogs are complete and correct in every language (`garita_i18n::checks`:
//! a missing key, a Fluent error, a placeable that differs from English, or a value left as a
//! copy of English fails here); each service checks its own the same way.

use garita_i18n::{Catalogs, Locale, checks};

/// Messages whose value is the same in every language: names and codes, and a line that only
/// lays out values (an e-mail, a role and a place).
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["site-name", "staff-accounts-row"];

#[test]
fn the_platform_catalogs_are_complete_and_correct_in_every_language() {
    let problems = checks::problems(Locale::catalog_sources, SAME_IN_EVERY_LANGUAGE);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_checks_catch_a_missing_key_a_changed_placeable_and_an_untranslated_value() {
    fn broken(locale: Locale) -> &'static [&'static str] {
        match locale {
            Locale::En => &["a = One { $n }\nb = Two\nc = Three\n"],
            Locale::Es => &["a = Uno { $m }\nc = Three\n"],
            _ => &["a = { $n }x\nb = y\nc = z\n"],
        }
    }
    let problems = checks::problems(broken, &[]);
    for expected in [
        "es is missing b",
        "es: a uses other variables than English",
        "es: c is still in English",
    ] {
        assert!(
            problems.iter().any(|p| p == expected),
            "{expected}: {problems:#?}"
        );
    }
}

#[test]
fn the_runtime_catalogs_load_and_fall_back_to_the_key() {
    let catalogs = Catalogs::load().expect("catalogs load");
    assert!(catalogs.has("home-title"));
    assert_eq!(catalogs.text(Locale::Es, "no-such-key"), "no-such-key");
    assert_ne!(
        catalogs.text(Locale::Es, "home-title"),
        catalogs.text(Locale::En, "home-title")
    );
}

#[test]
fn the_country_names_cover_exactly_the_codes_the_domain_accepts() {
    let named: Vec<&str> = garita_i18n::countries::codes().collect();
    assert_eq!(named, garita_domain::countries::COUNTRY_CODES.to_vec());
}
