//! The service's catalogs are complete and correct in every language, and load with the
//! platform's without a message defined twice.

use garita_i18n::{Catalogs, Locale, checks};

#[test]
fn the_appointments_catalogs_are_complete_and_correct_in_every_language() {
    let problems = checks::problems(garita_appointments::CATALOGS, &[]);
    assert!(problems.is_empty(), "{problems:#?}");
    let catalogs = Catalogs::load_with(&[garita_appointments::CATALOGS]).unwrap();
    assert!(catalogs.has("draws-title") && catalogs.has("home-title"));
    assert_ne!(
        catalogs.text(Locale::Ht, "draws-title"),
        catalogs.text(Locale::En, "draws-title")
    );
}
