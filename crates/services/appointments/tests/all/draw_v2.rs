//! `garita-draw-v2` (docs/draw.md section 11): the rules, a recorded real drand `quicknet` round
//! and the observers' reveals enter the seed, and the record fails to verify after a change to any
//! of them; a v1 record made before v2 existed still verifies as v1.

use chrono::{NaiveDate, NaiveTime};
use garita_appointments::domain::beacon::{self, Drand, RelayRound};
use garita_appointments::domain::draw::{self, Entry, PortRule, Public, Published, hex};
use garita_appointments::domain::observers::{self, Observer, RevealStatus};
use garita_domain::PortCode;

/// Round 657413 of quicknet, as its relays serve it (recorded; also drand-verify's and
/// python-drand-verify's test vectors carry quicknet rounds).
pub const ROUND: u64 = 657_413;
pub const SIGNATURE: &str = "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b";
pub const RANDOMNESS: &str = "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587";
/// Round 123's signature (drand-verify's test vector): genuine, but for another round.
const ROUND_123_SIGNATURE: &str = "b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92";
/// 2023-09-15 07:00 in New York: the observers' reveals end then (the window closed 15 minutes
/// before), and round 657413 is the first after it.
const REVEALS_UNTIL: i64 = 1_694_775_600_000;
const CLOSES_AT: i64 = REVEALS_UNTIL - 15 * 60_000;

const SECRET: [u8; 32] = [7; 32];

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 9, 15).unwrap()
}

fn entries(n: u8) -> Vec<Entry> {
    (0..n)
        .map(|i| Entry {
            entry_id: [i.wrapping_mul(37).wrapping_add(11); 16],
            port: PortCode::parse(if i % 2 == 0 { "SYS" } else { "NOG" }).unwrap(),
            seats: u32::from(i % 4) + 1,
            registered_on: NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
                + chrono::Days::new(u64::from(i)),
        })
        .collect()
}

fn rules() -> Vec<PortRule> {
    let slots = vec![
        NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
    ];
    vec![
        PortRule {
            port: PortCode::parse("SYS").unwrap(),
            capacity: 12,
            reserved_bp: 5000,
            slots: slots.clone(),
            slot_seats: vec![],
        },
        PortRule {
            port: PortCode::parse("NOG").unwrap(),
            capacity: 3,
            reserved_bp: 5000,
            slots,
            slot_seats: vec![1, 2],
        },
    ]
}

fn observer(id: &str, secret: [u8; 32], reveal: Option<[u8; 32]>) -> Observer {
    let commitment = hex(&observers::commitment(day(), id, &secret));
    Observer::judge(
        day(),
        id,
        "Legal aid",
        &commitment,
        reveal.map(|r| hex(&r)).as_deref(),
    )
}

fn used_round() -> Drand {
    RelayRound {
        round: ROUND,
        signature: SIGNATURE.into(),
    }
    .checked(ROUND)
    .unwrap()
}

fn public(drand: Drand, observers: Vec<Observer>) -> Public {
    Public {
        window_closes_at: CLOSES_AT,
        reveals_until: REVEALS_UNTIL,
        drand,
        observers,
    }
}

#[test]
fn the_recorded_round_is_quicknets_and_the_first_after_the_close() {
    assert_eq!(beacon::round_after(REVEALS_UNTIL), ROUND);
    let sig = draw::unhex(SIGNATURE).unwrap();
    assert_eq!(hex(&beacon::check(ROUND, &sig).unwrap()), RANDOMNESS);
    // The same signature is not round 657414's, and round 123's is not this one's.
    assert!(beacon::check(ROUND + 1, &sig).is_err());
    let other = RelayRound {
        round: ROUND,
        signature: ROUND_123_SIGNATURE.into(),
    };
    assert!(other.checked(ROUND).is_err());
    // A relay answering with another round than asked is refused.
    let wrong_round = RelayRound {
        round: 123,
        signature: ROUND_123_SIGNATURE.into(),
    };
    assert!(wrong_round.checked(ROUND).is_err());
    assert!(wrong_round.checked(123).is_ok());
}

#[test]
fn a_draw_with_a_beacon_and_two_observers_verifies_and_each_input_counts() {
    let list = entries(40);
    let observers = vec![
        observer("obs-b", [2; 32], Some([2; 32])),
        observer("obs-a", [1; 32], Some([1; 32])),
    ];
    let record = draw::run_v2(
        day(),
        &SECRET,
        public(used_round(), observers),
        &rules(),
        &list,
    );
    assert_eq!(record.version, "garita-draw-v2");
    assert_eq!(record.beacon, RANDOMNESS);
    let ids: Vec<&str> = record
        .observers
        .as_ref()
        .unwrap()
        .iter()
        .map(|o| o.observer.as_str())
        .collect();
    assert_eq!(ids, ["obs-a", "obs-b"], "sorted by id");
    draw::verify(&record, &list).unwrap();
    let file = serde_json::to_string(&Published::new(record.clone(), &list)).unwrap();
    Published::verify_file(&file).unwrap();
    testkit_keep("domain-v2-beacon-observers", &file);

    // Each input changes the seed: without an observer, without the beacon, other rules.
    let without = draw::run_v2(
        day(),
        &SECRET,
        public(
            used_round(),
            vec![observer("obs-a", [1; 32], Some([1; 32]))],
        ),
        &rules(),
        &list,
    );
    assert_ne!(without.seed, record.seed);
    let missing = draw::run_v2(
        day(),
        &SECRET,
        public(Drand::missing(ROUND), vec![]),
        &rules(),
        &list,
    );
    assert_ne!(missing.seed, without.seed);

    let fails = |changed: &draw::DrawRecord, field: &str| {
        let error = draw::verify(changed, &list).unwrap_err();
        assert!(error.starts_with(field), "{field}: {error}");
    };
    let mut c = record.clone();
    c.drand.as_mut().unwrap().signature = Some(ROUND_123_SIGNATURE.into());
    fails(&c, "drand.signature");
    let mut c = record.clone();
    c.drand.as_mut().unwrap().round = ROUND + 1;
    fails(&c, "drand.round");
    let mut c = record.clone();
    c.drand.as_mut().unwrap().chain_hash = "00".repeat(32);
    fails(&c, "drand.chain_hash");
    let mut c = record.clone();
    c.drand = Some(Drand::missing(ROUND));
    fails(&c, "beacon");
    let mut c = record.clone();
    c.observers.as_mut().unwrap()[1].reveal = Some(hex(&[9; 32]));
    fails(&c, "observers[1].status");
    let mut c = record.clone();
    c.observers.as_mut().unwrap().remove(0);
    fails(&c, "seed");
    let mut c = record.clone();
    c.ports[0].rule.capacity += 1;
    fails(&c, "rules_digest");
    let mut c = record.clone();
    c.reveals_until = Some(REVEALS_UNTIL + 3_000);
    fails(&c, "drand.round");
    let mut c = record.clone();
    c.window_closes_at = Some(REVEALS_UNTIL + 1);
    fails(&c, "reveals_until");
}

#[test]
fn a_missing_beacon_and_a_missing_or_wrong_reveal_do_not_stop_the_draw() {
    let list = entries(30);
    let observers = vec![
        observer("obs-a", [1; 32], None),
        observer("obs-b", [2; 32], Some([3; 32])),
    ];
    let statuses: Vec<RevealStatus> = observers.iter().map(|o| o.status).collect();
    assert_eq!(statuses, [RevealStatus::Missing, RevealStatus::Wrong]);
    let record = draw::run_v2(
        day(),
        &SECRET,
        public(Drand::missing(ROUND), observers),
        &rules(),
        &list,
    );
    assert_eq!(record.beacon, "");
    assert!(record.ports.iter().all(|p| !p.winners.is_empty()));
    draw::verify(&record, &list).unwrap();
    let file = serde_json::to_string(&Published::new(record.clone(), &list)).unwrap();
    assert!(file.contains(r#""status":"missing""#), "the record says so");
    testkit_keep("domain-v2-nothing-revealed", &file);
    // Neither counts: the seed is the one without any observer.
    let alone = draw::run_v2(
        day(),
        &SECRET,
        public(Drand::missing(ROUND), vec![]),
        &rules(),
        &list,
    );
    assert_eq!(alone.seed, record.seed);
}

#[test]
fn a_redraw_with_a_new_secret_verifies_alone_but_not_against_the_commitment() {
    let list = entries(20);
    let first = draw::run_v2(
        day(),
        &SECRET,
        public(used_round(), vec![]),
        &rules(),
        &list,
    );
    let redraw = draw::run_v2(
        day(),
        &[8; 32],
        public(used_round(), vec![]),
        &rules(),
        &list,
    );
    let file = serde_json::to_string(&Published::new(redraw, &list)).unwrap();
    Published::verify_file(&file).unwrap();
    let kept = draw::Kept {
        commitment: Some(first.commitment.clone()),
        entries_digest: Some(first.entries_digest.clone()),
        rules_digest: first.rules_digest.clone(),
        beacon_round: Some(ROUND),
    };
    let error = kept.check(&file).unwrap_err();
    assert!(error.starts_with("commitment"), "{error}");
    let honest = serde_json::to_string(&Published::new(first, &list)).unwrap();
    kept.check(&honest).unwrap();
    // A re-draw with a later close (and so a later round) is caught by the round kept.
    let later = Public {
        window_closes_at: CLOSES_AT + 3_000,
        reveals_until: REVEALS_UNTIL + 3_000,
        drand: Drand::missing(ROUND + 1),
        observers: vec![],
    };
    let redraw = draw::run_v2(day(), &SECRET, later, &rules(), &list);
    let file = serde_json::to_string(&Published::new(redraw, &list)).unwrap();
    let kept = draw::Kept {
        beacon_round: Some(ROUND),
        ..draw::Kept::default()
    };
    let error = kept.check(&file).unwrap_err();
    assert!(error.starts_with("drand.round"), "{error}");
}

#[test]
fn the_rules_digest_is_the_documented_text() {
    assert_eq!(
        draw::canonical_rules(&rules()),
        "NOG,3,5000,07:00:00;08:00:00,1;2\nSYS,12,5000,07:00:00;08:00:00,\n"
    );
}

#[test]
fn a_v1_record_made_before_v2_still_verifies_as_v1() {
    let file = include_str!("../fixtures/v1-lapses-offers.json");
    assert!(file.contains(r#""version": "garita-draw-v1""#));
    Published::verify_file(file).unwrap();
    let changed = file.replacen(r#""capacity": "#, r#""capacity": 1"#, 1);
    assert!(Published::verify_file(&changed).is_err());
}

fn testkit_keep(name: &str, published: &str) {
    garita_testkit::keep_draw_record(name, published);
}

#[test]
fn seats_a_group_releases_are_offered_on_and_checked_in_v2_only() {
    use garita_appointments::domain::reoffer::{AfterDraw, Replay};
    let list = entries(40);
    let record = draw::run_v2(
        day(),
        &SECRET,
        public(used_round(), vec![]),
        &rules(),
        &list,
    );
    let port = record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "SYS")
        .unwrap();
    let big = port.winners.iter().find(|w| w.seats >= 2).unwrap().clone();
    let mut replay = Replay::new(&record, &list);
    // Keeping none is a cancellation, not a release.
    assert!(
        replay
            .release("SYS", &big.entry_id, big.seats, 5, true)
            .is_err()
    );
    let events = replay.release("SYS", &big.entry_id, 1, 5, true).unwrap();
    assert!(matches!(&events[0], AfterDraw::Released { seats: 1, .. }));
    assert!(
        events[1..]
            .iter()
            .all(|e| matches!(e, AfterDraw::Offered { seats: 1, slot, .. } if *slot == big.slot)),
        "only groups of one fit the freed seat, in the group's slot: {events:?}"
    );
    // It still holds the rest: a later lapse frees those.
    assert_eq!(
        replay.holding("SYS", &big.entry_id).unwrap().1,
        big.seats - 1
    );
    let mut file = Published::new(record.clone(), &list);
    file.after = events.clone();
    file.offers_until = Some(i64::MAX);
    Published::verify_file(&serde_json::to_string(&file).unwrap()).unwrap();
    let mut wrong = file.clone();
    if let AfterDraw::Released { seats, .. } = &mut wrong.after[0] {
        *seats = 2;
    }
    assert!(Published::verify_file(&serde_json::to_string(&wrong).unwrap()).is_err());

    // A v1 record has no released events.
    let v1 = draw::run(day(), &SECRET, b"", &rules(), &list);
    let mut file = Published::new(v1, &list);
    file.after = events;
    file.offers_until = Some(i64::MAX);
    let error = Published::verify_file(&serde_json::to_string(&file).unwrap()).unwrap_err();
    assert!(error.contains("only v2"), "{error}");
}
