//! Where a request may be made from: the Mexican ends of the 8 crossings are accepted, points in
//! the United States and Guatemala refused, the south of Mexico refused unless in Chiapas or
//! Tabasco or every traveller is Mexican, and the phone's accuracy counts for the person.

use garita_domain::geofence::{Geofence, Place, Policy, Position, Verdict};

fn check(lat: f64, lon: f64, accuracy: f64) -> Verdict {
    Geofence::shipped().check(
        &Policy::shipped(),
        Position::new(lat, lon, accuracy).unwrap(),
    )
}

/// The Mexican end of each crossing (pedestrian entrance or bridge foot on the Mexican side).
const CROSSINGS: [(&str, f64, f64); 8] = [
    ("SYS Tijuana, El Chaparral", 32.5412, -117.0293),
    ("CXL Mexicali", 32.6629, -115.4985),
    ("NOG Nogales, Sonora", 31.3316, -110.9418),
    ("ELP Ciudad Juárez, Paso del Norte", 31.7440, -106.4860),
    ("EGP Piedras Negras", 28.7045, -100.5110),
    ("LRD Nuevo Laredo", 27.4970, -99.5060),
    ("HID Reynosa", 26.0890, -98.2740),
    ("BRO Matamoros", 25.8870, -97.5020),
];

#[test]
fn the_mexican_end_of_every_crossing_is_accepted_with_a_precise_fix() {
    for (name, lat, lon) in CROSSINGS {
        match check(lat, lon, 5.0) {
            Verdict::Eligible { state } => assert!(state.starts_with("MX-"), "{name}: {state}"),
            other => panic!("{name} refused: {other:?}"),
        }
    }
}

#[test]
fn points_clearly_in_the_united_states_or_guatemala_are_refused() {
    let points = [
        ("San Diego", 32.7157, -117.1611),
        ("San Ysidro, 2 km north of the line", 32.5600, -117.0400),
        ("Calexico", 32.6790, -115.4980),
        ("Nogales, Arizona", 31.3450, -110.9350),
        ("El Paso", 31.7619, -106.4850),
        ("Eagle Pass", 28.7200, -100.4900),
        ("Laredo, Texas", 27.5306, -99.4803),
        ("McAllen", 26.2034, -98.2300),
        ("Brownsville", 25.9300, -97.4800),
        ("Phoenix", 33.4484, -112.0740),
        ("Guatemala City", 14.6349, -90.5069),
        ("Quetzaltenango", 14.8347, -91.5181),
        ("Flores, Petén", 16.9300, -89.8900),
        ("Tecún Umán", 14.6700, -92.1300),
    ];
    for (name, lat, lon) in points {
        match check(lat, lon, 20.0) {
            Verdict::Refused {
                place: Place::OutsideMexico { .. },
                distance_km,
                accepted_if_all_nationals: false,
            } => assert!(distance_km >= 1, "{name}"),
            other => panic!("{name} not refused as outside Mexico: {other:?}"),
        }
    }
}

#[test]
fn a_refusal_names_the_state_and_the_distance_to_the_area() {
    // Oaxaca city is about 1.9 degrees of latitude (about 210 km) south of the 19th parallel.
    match check(17.0732, -96.7266, 30.0) {
        Verdict::Refused {
            place: Place::State { code, name },
            distance_km,
            accepted_if_all_nationals,
        } => {
            assert_eq!(code, "MX-OAX");
            assert_eq!(name, "Oaxaca");
            assert!((190..=230).contains(&distance_km), "{distance_km}");
            assert!(accepted_if_all_nationals);
        }
        other => panic!("Oaxaca: {other:?}"),
    }
    // Near the border with the U.S., outside Mexico: the nearest state says where.
    match check(32.7157, -117.1611, 20.0) {
        Verdict::Refused {
            place: Place::OutsideMexico { near_code, .. },
            distance_km,
            ..
        } => {
            assert_eq!(near_code, "MX-BCN");
            assert!((15..=30).contains(&distance_km), "{distance_km}");
        }
        other => panic!("San Diego: {other:?}"),
    }
}

#[test]
fn chiapas_tabasco_and_the_north_count() {
    let points = [
        ("Tapachula, Chiapas", 14.9000, -92.2600, "MX-CHP"),
        ("Villahermosa, Tabasco", 17.9890, -92.9300, "MX-TAB"),
        ("Mexico City", 19.4326, -99.1332, "MX-CMX"),
        ("Monterrey", 25.6866, -100.3161, "MX-NLE"),
    ];
    for (name, lat, lon, expected) in points {
        assert_eq!(
            check(lat, lon, 50.0),
            Verdict::Eligible {
                state: expected.into()
            },
            "{name}"
        );
    }
}

#[test]
fn the_reported_accuracy_counts_for_the_person_up_to_a_cap() {
    // 600 m north of the line at San Ysidro: refused with a precise fix, accepted when the phone
    // says it may be 1 km off; a 50 km uncertainty does not stretch the area by 50 km.
    let (lat, lon) = (32.5480, -117.0290);
    assert!(matches!(check(lat, lon, 10.0), Verdict::Refused { .. }));
    assert!(matches!(check(lat, lon, 1000.0), Verdict::Eligible { .. }));
    assert!(matches!(
        check(32.70, -117.16, 50_000.0),
        Verdict::Refused { .. }
    ));
    // South of the parallel by 500 m, with a 900 m uncertainty: accepted.
    assert!(matches!(
        check(18.9955, -99.23, 900.0),
        Verdict::Eligible { .. }
    ));
    assert!(matches!(
        check(18.9955, -99.23, 10.0),
        Verdict::Refused { .. }
    ));
}

#[test]
fn impossible_positions_are_input_errors() {
    assert!(Position::new(91.0, 0.0, 1.0).is_err());
    assert!(Position::new(0.0, 0.0, -1.0).is_err());
    assert!(Position::new(f64::NAN, 0.0, 1.0).is_err());
}

#[test]
fn the_policy_is_data() {
    let mut policy = Policy::shipped();
    policy.also_states.clear();
    let tapachula = Position::new(14.9, -92.26, 50.0).unwrap();
    assert!(matches!(
        Geofence::shipped().check(&policy, tapachula),
        Verdict::Refused { .. }
    ));
    assert!(Policy::from_json("{\"version\": 1}").is_err());
}
