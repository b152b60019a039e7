//! Scheduled draws are `garita-draw-v2` (`docs/draw.md` section 11) through the services: the
//! rules published at the close, a recorded real quicknet round fetched from a local relay and
//! checked, and two observers' reveals; a wrong signature or a dead relay, and an observer who
//! does not reveal, delay the draw and then let it run, saying so in the record.

use crate::common::World;
use chrono::NaiveDate;
use garita_appointments::app::draws::DrawOutcome;
use garita_appointments::app::observers::ObserverRefusal;
use garita_appointments::domain::beacon::BeaconStatus;
use garita_appointments::domain::draw::{DrawRecord, Published, hex};
use garita_appointments::domain::observers::{self, RevealStatus};
use garita_domain::geofence::Position;
use garita_domain::window::Window;
use garita_domain::{Grant, PortCode, Role};
use garita_testkit::drand::{DrandRelay, Relaying};

/// 2023-09-15: the window is 06:00 to 06:45 in New York and observers reveal until 07:00, so
/// quicknet round 657413 (recorded) is the first after the reveals.
fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 9, 15).unwrap()
}
const FIVE_AM: i64 = 1_694_768_400_000; // 05:00 in New York
const CLOSE: i64 = 1_694_774_700_000; // 06:45 in New York
const REVEALS_END: i64 = CLOSE + 15 * MINUTE; // 07:00
const MINUTE: i64 = 60_000;

/// A world on that morning with a relay, three groups that asked, and two observers who
/// committed before the window opened. Returns the observers' ids.
async fn morning(relay: &DrandRelay) -> (World, Vec<String>) {
    let mut w = World::new().await;
    w.time.store(FIVE_AM, std::sync::atomic::Ordering::SeqCst);
    w.services.draws.window = Window::parse("America/New_York", "06:00", "06:45").unwrap();
    w.services.draws.beacon.relays = vec![relay.url()];
    w.services.open_day(day()).await.unwrap();
    let mut ids = vec![];
    for (i, name) in ["Legal aid", "UN agency"].iter().enumerate() {
        let grant = Grant::new(Role::Observer, None, Some((*name).into())).unwrap();
        let observer = w.staff(&format!("observer{i}@example.org"), grant).await;
        let commitment = hex(&observers::commitment(
            day(),
            &observer.id,
            &[i as u8 + 1; 32],
        ));
        w.services
            .observer_commit(&observer.id, day(), &commitment)
            .await
            .unwrap()
            .unwrap();
        ids.push(observer.id);
    }
    let mut accounts = vec![];
    for n in 0..3 {
        accounts.push(
            w.services
                .synthetic_applicant(n, 2)
                .await
                .unwrap()
                .account_id,
        );
    }
    w.advance(90 * MINUTE); // 06:30, the window is open
    let sys = PortCode::parse("SYS").unwrap();
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    for (i, a) in accounts.iter().enumerate() {
        w.services
            .request_appointment(
                a,
                &sys,
                tijuana,
                &format!("c{i}"),
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
    }
    // Too late to commit now: the window has opened.
    let late = w
        .services
        .observer_commit(&ids[0], day(), &"ab".repeat(32))
        .await
        .unwrap();
    assert_eq!(late, Err(ObserverRefusal::TooLateToCommit));
    (w, ids)
}

fn published(file: &str) -> DrawRecord {
    serde_json::from_str::<Published>(file).unwrap().record
}

#[tokio::test]
async fn a_draw_takes_the_rules_the_beacon_and_both_observers_and_verifies() {
    let relay = DrandRelay::start(Relaying::Genuine).await;
    let (w, ids) = morning(&relay).await;
    // Before the close nobody may reveal: it would tell the secret too early.
    let early = w
        .services
        .observer_reveal(&ids[0], day(), &hex(&[1; 32]))
        .await
        .unwrap();
    assert_eq!(early, Err(ObserverRefusal::TooEarlyToReveal));

    w.time
        .store(CLOSE + 2 * MINUTE, std::sync::atomic::Ordering::SeqCst);
    // The close publishes the entries and the rules; the draw waits for the observers.
    assert_eq!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Waiting { until: REVEALS_END }
    );
    let closed = w
        .services
        .store
        .day(&day().to_string())
        .await
        .unwrap()
        .unwrap();
    assert!(closed.rules_digest.is_some() && closed.entries_digest.is_some());
    // The rules are published: the appointment date's seats cannot change now; a later one can.
    let on = day() + chrono::Days::new(14);
    assert_eq!(w.services.seats_frozen_by(on).await.unwrap(), Some(day()));
    let ports = w.services.store.list_ports().await.unwrap();
    let sys = ports.iter().find(|p| p.code.as_str() == "SYS").unwrap();
    let seats = vec![1; sys.time_slots.len()];
    assert!(
        !w.services
            .set_slot_seats("sup", sys, on, &seats)
            .await
            .unwrap()
    );
    let later = on + chrono::Days::new(1);
    assert_eq!(w.services.seats_frozen_by(later).await.unwrap(), None);
    assert!(
        w.services
            .set_slot_seats("sup", sys, later, &seats)
            .await
            .unwrap()
    );
    for (i, id) in ids.iter().enumerate() {
        let judged = w
            .services
            .observer_reveal(id, day(), &hex(&[i as u8 + 1; 32]))
            .await
            .unwrap();
        assert_eq!(
            judged,
            Ok(RevealStatus::Accepted),
            "the receipt says it counts"
        );
    }
    let again = w
        .services
        .observer_reveal(&ids[0], day(), &hex(&[1; 32]))
        .await
        .unwrap();
    assert_eq!(again, Err(ObserverRefusal::AlreadyRevealed));
    // Everyone revealed, but the round after the reveals' end is not out yet: the draw waits.
    assert!(matches!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Waiting { .. }
    ));
    w.time
        .store(REVEALS_END + MINUTE, std::sync::atomic::Ordering::SeqCst);
    assert_eq!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Drawn
    );
    assert_eq!(relay.asked(), [657_413]);
    assert!(w.services.publish_day(day(), None).await.unwrap());
    let file = w.services.published_file(day()).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-v2-beacon-two-observers", &file);
    let checkpoint = serde_json::from_str::<Published>(&file)
        .unwrap()
        .audit_checkpoint;
    let head = w.services.audit_checkpoints(1).await.unwrap();
    assert_eq!(
        checkpoint,
        Some(serde_json::to_value(&head[0]).unwrap()),
        "signed at the publication"
    );
    let record = published(&file);
    assert_eq!(record.version, "garita-draw-v2");
    assert_eq!(record.rules_digest, closed.rules_digest);
    assert_eq!(record.entries_digest, closed.entries_digest.unwrap());
    let drand = record.drand.clone().unwrap();
    assert_eq!((drand.round, drand.status), (657_413, BeaconStatus::Used));
    let statuses: Vec<RevealStatus> = record
        .observers
        .clone()
        .unwrap()
        .iter()
        .map(|o| o.status)
        .collect();
    assert_eq!(statuses, [RevealStatus::Accepted, RevealStatus::Accepted]);
    // Too late to reveal after the draw.
    let after = w
        .services
        .observer_reveal(&ids[0], day(), &hex(&[1; 32]))
        .await
        .unwrap();
    assert_eq!(after, Err(ObserverRefusal::TooLateToReveal));
}

#[tokio::test]
async fn a_wrong_signature_or_a_dead_relay_waits_then_the_draw_goes_on_and_says_so() {
    let relay = DrandRelay::start(Relaying::WrongSignature).await;
    let (w, ids) = morning(&relay).await;
    w.time
        .store(CLOSE + MINUTE, std::sync::atomic::Ordering::SeqCst);
    // One observer reveals a secret that is not the one it committed to; the other never does.
    let wrong = w
        .services
        .observer_reveal(&ids[0], day(), &hex(&[9; 32]))
        .await
        .unwrap();
    assert_eq!(
        wrong,
        Ok(RevealStatus::Wrong),
        "the receipt says it will not count"
    );
    w.time
        .store(REVEALS_END, std::sync::atomic::Ordering::SeqCst);
    // The reveals are over; the relay's answer is refused, so the draw waits for the round.
    assert!(matches!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Waiting { .. }
    ));
    relay.set(Relaying::Down);
    assert!(matches!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Waiting { .. }
    ));
    // After the grace period it goes on without the beacon.
    w.time.store(
        REVEALS_END + 31 * MINUTE,
        std::sync::atomic::Ordering::SeqCst,
    );
    assert_eq!(
        w.services.run_draw(day()).await.unwrap(),
        DrawOutcome::Drawn
    );
    assert!(w.services.publish_day(day(), None).await.unwrap());
    let file = w.services.published_file(day()).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-v2-beacon-missing", &file);
    let record = published(&file);
    assert_eq!(record.drand.unwrap().status, BeaconStatus::Missing);
    assert_eq!(record.beacon, "");
    let statuses: Vec<RevealStatus> = record.observers.unwrap().iter().map(|o| o.status).collect();
    let mut expected = [RevealStatus::Wrong, RevealStatus::Missing];
    if ids[0] > ids[1] {
        expected.reverse();
    }
    assert_eq!(statuses, expected);
}
