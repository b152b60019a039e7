//! Country names in every language, for pickers and for showing a stored code.
//!
//! `data/countries.tsv`: one row per ISO 3166-1 country, one column per locale. Sources: the npm
//! package `i18n-iso-countries` 7.14.0 (MIT) for every language but Haitian Creole; the Creole
//! names were written for Garita (see `data/README.md`).

use crate::Locale;
use std::sync::OnceLock;

struct Table {
    columns: Vec<String>,
    rows: Vec<Vec<&'static str>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut lines = include_str!("../data/countries.tsv").lines();
        let columns = lines
            .next()
            .expect("a header")
            .split('\t')
            .map(str::to_string)
            .collect();
        let rows = lines.map(|l| l.split('\t').collect()).collect();
        Table { columns, rows }
    })
}

fn column(locale: Locale) -> usize {
    table()
        .columns
        .iter()
        .position(|c| c == locale.code())
        .expect("every locale has a column")
}

/// Every country code, in the table's order (alphabetical by code).
pub fn codes() -> impl Iterator<Item = &'static str> {
    table().rows.iter().map(|r| r[0])
}

/// A country's name in a language.
pub fn name(locale: Locale, code: &str) -> Option<&'static str> {
    let col = column(locale);
    table()
        .rows
        .iter()
        .find(|r| r[0].eq_ignore_ascii_case(code))
        .map(|r| r[col])
}

/// Every country as (code, name), sorted by name in that language, for a picker.
pub fn sorted(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let col = column(locale);
    let mut all: Vec<_> = table().rows.iter().map(|r| (r[0], r[col])).collect();
    all.sort_by_key(|(_, name)| name.to_lowercase());
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_name_in_every_language() {
        assert_eq!(table().columns.len(), 1 + Locale::ALL.len());
        for row in &table().rows {
            assert_eq!(row.len(), table().columns.len(), "{}", row[0]);
            assert!(row.iter().all(|cell| !cell.trim().is_empty()), "{}", row[0]);
        }
        assert_eq!(name(Locale::Ht, "mx"), Some("Meksik"));
        assert_eq!(name(Locale::Es, "HT"), Some("Haití"));
        assert_eq!(name(Locale::En, "XX"), None);
        assert_eq!(sorted(Locale::Fr).len(), 250);
    }
}
