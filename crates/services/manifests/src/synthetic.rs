//! Made-up people on a bus, for the benchmark and the tests: every row right, each one a
//! different person, documents valid well past any arrival the tests use.

use crate::domain::PersonRow;

const FAMILY: [&str; 8] = [
    "García",
    "Hernández",
    "López",
    "Martínez",
    "Pérez",
    "Ramírez",
    "Flores",
    "Cruz",
];
const GIVEN: [&str; 8] = [
    "Ana",
    "Luis",
    "María José",
    "Carlos",
    "Guadalupe",
    "Jorge",
    "Sofía",
    "Miguel Ángel",
];

/// `n` people: the first is the driver (living in the United States), the others passengers
/// from Mexico and Guatemala with a U.S. address.
pub fn people(n: usize) -> Vec<PersonRow> {
    (0..n)
        .map(|i| {
            let driver = i == 0;
            PersonRow {
                role: if driver { "driver" } else { "passenger" }.into(),
                family_name: FAMILY[i % FAMILY.len()].into(),
                given_names: GIVEN[(i / FAMILY.len()) % GIVEN.len()].into(),
                birth_date: format!("19{:02}-{:02}-{:02}", 50 + i % 50, 1 + i % 12, 1 + i % 28),
                sex: ["F", "M", "X"][i % 3].into(),
                citizenship: if i % 4 == 3 { "GT" } else { "MX" }.into(),
                residence: if driver { "US" } else { "MX" }.into(),
                document_type: if driver { "passport-card" } else { "passport" }.into(),
                document_number: format!("G{:08}", 10_000_000 + i),
                document_country: if i % 4 == 3 { "GT" } else { "MX" }.into(),
                document_expiry: "2035-12-31".into(),
                us_address: if driver {
                    String::new()
                } else {
                    format!("{} Alameda Ave, El Paso, TX 79901", 100 + i)
                },
            }
        })
        .collect()
}

/// Rows as a CSV with its header line (row `i` is on line `i + 2`).
pub fn csv(rows: &[PersonRow]) -> String {
    let mut writer = csv::Writer::from_writer(vec![]);
    for row in rows {
        writer.serialize(row).expect("a row is written");
    }
    String::from_utf8(writer.into_inner().expect("written")).expect("UTF-8")
}
