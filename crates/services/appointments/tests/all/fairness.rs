//! Over many simulated draws, winning the random pass does not depend on the hour of the request,
//! the device, or the group's size; and the same check does catch a draw that favours early
//! requests (the 2012 Diversity Visa failure).

use chrono::{NaiveDate, NaiveTime};
use garita_appointments::domain::draw::{self, Entry, Pass, PortRule, Winner};
use garita_appointments::domain::fairness::{self, Check};
use garita_domain::PortCode;
use std::collections::HashMap;

/// The hour each entry was made and its device.
type Labels = HashMap<[u8; 16], (u32, &'static str)>;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A day at one port: entries with the hour they were made and the device.
fn day(rng: &mut Rng, n: usize) -> (Vec<Entry>, Labels) {
    let mut labels = HashMap::new();
    let entries = (0..n)
        .map(|_| {
            let mut id = [0u8; 16];
            id[..8].copy_from_slice(&rng.next().to_le_bytes());
            id[8..].copy_from_slice(&rng.next().to_le_bytes());
            let hour = 12 + (rng.next() % 12) as u32;
            let device = ["web", "android", "ios"][(rng.next() % 3) as usize];
            labels.insert(id, (hour, device));
            Entry {
                entry_id: id,
                port: PortCode::parse("SYS").unwrap(),
                seats: [1, 1, 1, 2, 2, 3, 3, 4, 5, 8][(rng.next() % 10) as usize],
                registered_on: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                    + chrono::Days::new(rng.next() % 540),
            }
        })
        .collect();
    (entries, labels)
}

fn rule() -> PortRule {
    PortRule {
        port: PortCode::parse("SYS").unwrap(),
        capacity: 300,
        reserved_bp: 5000,
        slots: vec![NaiveTime::from_hms_opt(8, 0, 0).unwrap()],
        slot_seats: vec![],
    }
}

/// Sums the checks of many days, per dimension and label.
fn pooled(days: &[Vec<Check>]) -> HashMap<String, f64> {
    let mut sums: HashMap<String, std::collections::BTreeMap<String, (u64, u64)>> = HashMap::new();
    for checks in days {
        for c in checks {
            let d = sums.entry(c.dimension.clone()).or_default();
            for (label, (n, w)) in &c.counts {
                let e = d.entry(label.clone()).or_default();
                e.0 += n;
                e.1 += w;
            }
        }
    }
    sums.into_iter()
        .map(|(dim, rows)| {
            let rows: Vec<(u64, u64)> = rows.values().copied().collect();
            (dim, fairness::independence_p(&rows))
        })
        .collect()
}

fn checks(record: &draw::DrawRecord, entries: &[Entry], labels: &Labels) -> Vec<Check> {
    let mut all = fairness::random_pass_checks(record, entries, "hour", |e| {
        labels[&e.entry_id].0.to_string()
    });
    all.extend(fairness::random_pass_checks(
        record,
        entries,
        "device",
        |e| labels[&e.entry_id].1.to_string(),
    ));
    all.extend(fairness::random_pass_checks(
        record,
        entries,
        "size",
        fairness::size_band,
    ));
    all
}

#[test]
fn over_300_draws_the_random_pass_ignores_hour_device_and_group_size() {
    let mut rng = Rng(7);
    let mut days = vec![];
    for d in 0..300u64 {
        let (entries, labels) = day(&mut rng, 2000);
        let mut secret = [0u8; 32];
        secret[..8].copy_from_slice(&d.to_le_bytes());
        let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(d);
        let record = draw::run(date, &secret, b"", &[rule()], &entries);
        let day_checks = checks(&record, &entries, &labels);
        // The cheap check run on every real draw passes on each fair day.
        assert!(
            fairness::failures(&day_checks, fairness::FAMILY_ALPHA).is_empty(),
            "day {d} held"
        );
        days.push(day_checks);
    }
    let p = pooled(&days);
    for dim in ["hour", "device", "size"] {
        assert!(p[dim] > 0.001, "{dim}: p = {}", p[dim]);
    }
}

#[test]
fn the_check_catches_a_draw_that_favours_early_requests() {
    let mut rng = Rng(11);
    let (entries, labels) = day(&mut rng, 2000);
    let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut record = draw::run(date, &[9; 32], b"", &[rule()], &entries);
    // A faulty random pass: the earliest requests first, as in the voided 2012 draw.
    let port = &mut record.ports[0];
    let reserved: Vec<Winner> = port
        .winners
        .iter()
        .filter(|w| w.pass == Pass::Reserved)
        .cloned()
        .collect();
    let mut rest: Vec<&Entry> = entries
        .iter()
        .filter(|e| {
            !reserved
                .iter()
                .any(|w| w.entry_id == draw::entry_hex(&e.entry_id))
        })
        .collect();
    rest.sort_by_key(|e| labels[&e.entry_id].0);
    let mut left = 300 - reserved.iter().map(|w| w.seats).sum::<u32>();
    port.winners = reserved;
    port.alternates.clear();
    for e in rest {
        if e.seats <= left {
            left -= e.seats;
            port.winners.push(Winner {
                entry_id: draw::entry_hex(&e.entry_id),
                seats: e.seats,
                pass: Pass::Random,
                slot: NaiveTime::MIN,
            });
        } else {
            port.alternates.push(draw::EntryId(e.entry_id));
        }
    }
    let day_checks = checks(&record, &entries, &labels);
    let failed = fairness::failures(&day_checks, fairness::FAMILY_ALPHA);
    assert_eq!(failed.len(), 1, "{day_checks:?}");
    assert_eq!(failed[0].dimension, "hour");
}
