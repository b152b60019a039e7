//! The draw: reproducible, verifiable, within capacity, groups whole, oldest first in the
//! reserved pass, everyone else an alternate in rank order.

use chrono::{NaiveDate, NaiveTime};
use garita_appointments::domain::draw::{self, Entry, Pass, PortRule};
use garita_domain::PortCode;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A small deterministic generator for test data (not for the draw itself).
fn entries(n: usize, ports: &[&str]) -> Vec<Entry> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    (0..n)
        .map(|_| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&next().to_le_bytes());
            id[8..].copy_from_slice(&next().to_le_bytes());
            Entry {
                entry_id: id,
                port: PortCode::parse(ports[(next() % ports.len() as u64) as usize]).unwrap(),
                seats: [1, 1, 1, 1, 2, 2, 3, 4, 6, 10][(next() % 10) as usize],
                registered_on: date(2025, 1, 1) + chrono::Days::new(next() % 540),
            }
        })
        .collect()
}

fn rules() -> Vec<PortRule> {
    let slots: Vec<NaiveTime> = (7..15)
        .map(|h| NaiveTime::from_hms_opt(h, 0, 0).unwrap())
        .collect();
    vec![
        PortRule {
            port: PortCode::parse("SYS").unwrap(),
            capacity: 300,
            reserved_bp: 5000,
            slots: slots.clone(),
            slot_seats: vec![],
        },
        PortRule {
            port: PortCode::parse("ELP").unwrap(),
            capacity: 250,
            reserved_bp: 5000,
            slots,
            slot_seats: vec![],
        },
    ]
}

const SECRET: [u8; 32] = [7; 32];

#[test]
fn the_record_verifies_and_any_change_names_the_first_difference() {
    let list = entries(2000, &["SYS", "ELP"]);
    let day = date(2026, 12, 1);
    let record = draw::run(day, &SECRET, b"", &rules(), &list);
    assert_eq!(
        draw::run(day, &SECRET, b"", &rules(), &list),
        record,
        "the same inputs give the same record"
    );
    draw::verify(&record, &list).unwrap();

    let mut changed = record.clone();
    changed.ports[0].winners[3].entry_id = changed.ports[0].alternates[0].to_string();
    let error = draw::verify(&changed, &list).unwrap_err();
    assert!(
        error.starts_with("ports[ELP].winners[3].entry_id: published ")
            && error.contains(&format!(
                ", computed {}",
                record.ports[0].winners[3].entry_id
            )),
        "a difference named in words: {error}"
    );
    // A port's result published under another port's place is named at its own port.
    let mut swapped = record.clone();
    swapped.ports.swap(0, 1);
    swapped.ports[0].alternates.push(draw::EntryId([0xff; 16]));
    let error = draw::verify(&swapped, &list).unwrap_err();
    let second = &record.ports[1].rule.port;
    assert!(
        error.starts_with(&format!("ports[{second}].alternates[")),
        "{error}"
    );
    assert!(!error.contains('{') && !error.contains("Winner"), "{error}");

    let mut other_secret = record.clone();
    other_secret.secret = "08".repeat(32);
    assert!(
        draw::verify(&other_secret, &list)
            .unwrap_err()
            .starts_with("commitment")
    );

    let mut fewer = list.clone();
    fewer.pop();
    assert!(
        draw::verify(&record, &fewer)
            .unwrap_err()
            .starts_with("entries_digest")
    );

    // A public beacon value changes the seed, so nobody could have chosen the result alone.
    let with_beacon = draw::run(day, &SECRET, &[1, 2, 3], &rules(), &list);
    assert_ne!(with_beacon.seed, record.seed);
    draw::verify(&with_beacon, &list).unwrap();
}

#[test]
fn capacity_is_respected_groups_are_whole_and_everyone_else_waits_in_rank_order() {
    let list = entries(2000, &["SYS", "ELP"]);
    let record = draw::run(date(2026, 12, 1), &SECRET, b"", &rules(), &list);
    for port in &record.ports {
        let at_port: Vec<&Entry> = list.iter().filter(|e| e.port == port.rule.port).collect();
        let seats: u32 = port.winners.iter().map(|w| w.seats).sum();
        assert!(seats <= port.rule.capacity);
        assert!(
            seats + 10 > port.rule.capacity,
            "{}: seats left that some group could fill",
            port.rule.port
        );
        assert_eq!(port.reserved_seats, port.rule.capacity / 2);
        let reserved: u32 = port
            .winners
            .iter()
            .filter(|w| w.pass == Pass::Reserved)
            .map(|w| w.seats)
            .sum();
        assert!(reserved <= port.reserved_seats);
        // Every entry of the port is drawn exactly once: as a winner or as an alternate.
        let mut drawn: Vec<String> = port
            .winners
            .iter()
            .map(|w| w.entry_id.clone())
            .chain(port.alternates.iter().map(ToString::to_string))
            .collect();
        drawn.sort_unstable();
        let mut entered: Vec<String> = at_port.iter().map(|e| hex(&e.entry_id)).collect();
        entered.sort_unstable();
        assert_eq!(drawn, entered, "every entry is drawn once");
        // Group sizes are the entries' own: allocated whole.
        for w in &port.winners {
            let e = at_port
                .iter()
                .find(|e| hex(&e.entry_id) == w.entry_id)
                .unwrap();
            assert_eq!(e.seats, w.seats);
        }
        // The reserved pass took the oldest registrations first.
        let oldest = at_port.iter().map(|e| e.registered_on).min().unwrap();
        let first = at_port
            .iter()
            .find(|e| hex(&e.entry_id) == port.winners[0].entry_id)
            .unwrap();
        assert_eq!(first.registered_on, oldest);
        // Alternates are in rank order.
        let seed: [u8; 32] = (0..32)
            .map(|i| u8::from_str_radix(&record.seed[2 * i..2 * i + 2], 16).unwrap())
            .collect::<Vec<_>>()
            .try_into()
            .unwrap();
        let ranks: Vec<[u8; 32]> = port
            .alternates
            .iter()
            .map(|id| {
                draw::rank_key(
                    &seed,
                    &at_port
                        .iter()
                        .find(|e| e.entry_id == id.0)
                        .unwrap()
                        .entry_id,
                )
            })
            .collect();
        assert!(ranks.is_sorted());
    }
}

#[test]
fn the_canonical_list_and_seed_follow_the_documented_bytes() {
    let e = Entry {
        entry_id: [0xAB; 16],
        port: PortCode::parse("NOG").unwrap(),
        seats: 3,
        registered_on: date(2025, 2, 3),
    };
    assert_eq!(
        draw::canonical_line(&e),
        "abababababababababababababababab,NOG,3,2025-02-03\n"
    );
    // The documented example in docs/draw.md.
    let record = draw::run(date(2026, 12, 1), &[0u8; 32], b"", &[], &[e]);
    assert_eq!(
        record.entries_digest,
        sha256_hex(b"abababababababababababababababab,NOG,3,2025-02-03\n")
    );
    let mut framed = vec![];
    for field in [
        b"garita-draw-v1".as_slice(),
        b"2026-12-01",
        &unhex(&record.entries_digest),
        &[0u8; 32],
        b"",
    ] {
        framed.extend_from_slice(&(field.len() as u32).to_be_bytes());
        framed.extend_from_slice(field);
    }
    assert_eq!(record.seed, sha256_hex(&framed));
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

#[test]
fn lapsed_seats_go_to_alternates_in_rank_order_and_the_file_checks_the_offers() {
    use garita_appointments::domain::reoffer::{AfterDraw, Replay};
    let list = entries(2000, &["SYS", "ELP"]);
    let record = draw::run(date(2026, 12, 1), &SECRET, b"", &rules(), &list);
    let sys = &record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "SYS")
        .unwrap();
    let lapsing = sys.winners[0].clone();
    let mut replay = Replay::new(&record, &list);
    let events = replay.lapse("SYS", &lapsing.entry_id, 1_000, true).unwrap();
    assert!(
        matches!(&events[0], AfterDraw::Lapsed { entry_id, .. } if *entry_id == lapsing.entry_id)
    );
    // The offers fill the freed seats from the top of the ranking, skipping groups too big.
    let offered: Vec<_> = events[1..]
        .iter()
        .map(|e| match e {
            AfterDraw::Offered {
                entry_id,
                seats,
                slot,
                ..
            } => {
                assert_eq!(*slot, lapsing.slot, "the lapsed group's time");
                (entry_id.clone(), *seats)
            }
            other => panic!("{other:?}"),
        })
        .collect();
    let total: u32 = offered.iter().map(|(_, s)| s).sum();
    assert!(!offered.is_empty() && total <= lapsing.seats);
    assert_eq!(
        offered[0].0,
        sys.alternates
            .iter()
            .find(|a| {
                list.iter()
                    .any(|e| e.entry_id == a.0 && e.seats <= lapsing.seats)
            })
            .unwrap()
            .to_string()
    );
    // An offered group that lapses in turn frees its seats for the next alternates.
    let more = replay.lapse("SYS", &offered[0].0, 2_000, true).unwrap();
    assert!(more.len() > 1);
    assert!(more[1..].iter().all(|e| matches!(e, AfterDraw::Offered { entry_id, .. } if !offered.iter().any(|(o, _)| o == entry_id))));
    // Too close to the appointment day: a lapse offers nothing.
    let late = replay
        .lapse("SYS", &sys.winners[1].entry_id, 9_000, false)
        .unwrap();
    assert_eq!(late.len(), 1);

    let mut published = draw::Published::new(record.clone(), &list);
    published.after = [events, more, late].concat();
    published.offers_until = Some(5_000);
    let file = serde_json::to_string(&published).unwrap();
    draw::Published::verify_file(&file).unwrap();

    // An offer given to someone else, or one too many, is named.
    let mut altered = published.clone();
    if let AfterDraw::Offered { entry_id, .. } = &mut altered.after[1] {
        *entry_id = sys.alternates.last().unwrap().to_string();
    }
    let error =
        draw::Published::verify_file(&serde_json::to_string(&altered).unwrap()).unwrap_err();
    assert!(error.starts_with("after[1]"), "{error}");
    let mut extra = published.clone();
    let last = extra.after.len() - 1;
    extra.after.insert(last + 1, extra.after[1].clone());
    let error = draw::Published::verify_file(&serde_json::to_string(&extra).unwrap()).unwrap_err();
    assert!(error.contains("no lapse made"), "{error}");
    // A lapse after the deadline for offers that nevertheless offered is refused too.
    let mut early = published.clone();
    early.offers_until = Some(1_500);
    assert!(draw::Published::verify_file(&serde_json::to_string(&early).unwrap()).is_err());
}

#[test]
fn a_withdrawn_appointment_frees_nothing_and_an_offer_after_it_is_refused() {
    use garita_appointments::domain::reoffer::{AfterDraw, Replay};
    let list = entries(2000, &["SYS", "ELP"]);
    let record = draw::run(date(2026, 12, 1), &SECRET, b"", &rules(), &list);
    let sys = record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "SYS")
        .unwrap();
    let (first, second) = (&sys.winners[0], &sys.winners[1]);
    let mut replay = Replay::new(&record, &list);
    let gone = replay.withdraw("SYS", &first.entry_id, 1_000).unwrap();
    assert_eq!(gone.len(), 1, "no offer follows");
    assert!(
        replay.withdraw("SYS", &first.entry_id, 1_100).is_err(),
        "once"
    );
    // A later lapse offers its own seats only, not the withdrawn group's.
    let lapse = replay.lapse("SYS", &second.entry_id, 2_000, true).unwrap();
    let offered: u32 = lapse[1..]
        .iter()
        .map(|e| match e {
            AfterDraw::Offered { seats, .. } => *seats,
            other => panic!("{other:?}"),
        })
        .sum();
    assert!(offered <= second.seats);

    let mut published = draw::Published::new(record.clone(), &list);
    published.after = [gone.clone(), lapse].concat();
    published.offers_until = Some(5_000);
    draw::Published::verify_file(&serde_json::to_string(&published).unwrap()).unwrap();
    // An offer written after a withdrawal, or a withdrawal of a group holding nothing, is named.
    let mut offer = published.clone();
    offer.after.insert(
        1,
        AfterDraw::Offered {
            port: "SYS".into(),
            entry_id: sys.alternates[0].to_string(),
            seats: 1,
            slot: first.slot,
            at: 1_000,
        },
    );
    let error = draw::Published::verify_file(&serde_json::to_string(&offer).unwrap()).unwrap_err();
    assert!(error.starts_with("after[1]"), "{error}");
    let mut nobody = published.clone();
    if let AfterDraw::Withdrawn { entry_id, .. } = &mut nobody.after[0] {
        *entry_id = sys.alternates[0].to_string();
    }
    let error = draw::Published::verify_file(&serde_json::to_string(&nobody).unwrap()).unwrap_err();
    assert!(error.contains("holds no seats"), "{error}");
}

#[test]
fn seats_per_slot_bound_each_slot_and_the_record_keeps_them() {
    let mut rules = rules();
    // SYS: 300 seats, all in the last two slots (a supervisor's plan, or seats held by groups a
    // closure moved in).
    let n = rules[0].slots.len();
    rules[0].slot_seats = vec![0; n];
    rules[0].slot_seats[n - 2] = 100;
    rules[0].slot_seats[n - 1] = 200;
    let list = entries(2000, &["SYS", "ELP"]);
    let record = draw::run(date(2026, 12, 1), &SECRET, b"", &rules, &list);
    let sys = record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "SYS")
        .unwrap();
    assert_eq!(sys.rule.slot_seats, rules[0].slot_seats);
    for (i, slot) in sys.rule.slots.iter().enumerate() {
        let seats: u32 = sys
            .winners
            .iter()
            .filter(|w| w.slot == *slot)
            .map(|w| w.seats)
            .sum();
        assert!(seats <= rules[0].slot_seats[i], "slot {slot}: {seats}");
    }
    let total = sys.winners.iter().map(|w| w.seats).sum::<u32>();
    assert!(total > 280, "{total} of {}", sys.rule.capacity);
    // A record without seats per slot (every record before them) reads and splits evenly.
    let elp = record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "ELP")
        .unwrap();
    let json = serde_json::to_string(&elp.rule).unwrap();
    assert!(!json.contains("slot_seats"));
    let published = draw::Published::new(record, &list);
    garita_testkit::keep_draw_record(
        "domain-seats-per-slot",
        &serde_json::to_string_pretty(&published).unwrap(),
    );
}

#[test]
fn a_group_that_fits_no_slot_goes_to_the_earliest_of_the_roomiest() {
    // Five slots of two seats (ten in all) and groups of three: none fits a slot whole.
    let slots: Vec<NaiveTime> = (7..12)
        .map(|h| NaiveTime::from_hms_opt(h, 0, 0).unwrap())
        .collect();
    let rules = vec![PortRule {
        port: PortCode::parse("SYS").unwrap(),
        capacity: 10,
        reserved_bp: 0,
        slots: slots.clone(),
        slot_seats: vec![],
    }];
    let list: Vec<Entry> = entries(4, &["SYS"])
        .into_iter()
        .map(|e| Entry { seats: 3, ..e })
        .collect();
    let record = draw::run(date(2026, 12, 2), &SECRET, b"", &rules, &list);
    let chosen: Vec<NaiveTime> = record.ports[0].winners.iter().map(|w| w.slot).collect();
    // Each into the slot with the most room left, the earliest of those (v1, as published).
    assert_eq!(chosen, slots[..3]);
    draw::verify(&record, &list).unwrap();
    let published = draw::Published::new(record, &list);
    garita_testkit::keep_draw_record(
        "domain-slot-ties",
        &serde_json::to_string_pretty(&published).unwrap(),
    );
}
