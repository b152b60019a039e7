//! A port's days: seats per slot, and a closure that moves every appointment of the day to the
//! earliest free seats at the same port, each group whole, everyone told, every confirmation
//! re-signed (and the old one checking as moved).

use crate::common;
use garita_appointments::messages::Facts;

use common::{World, today};
use garita_appointments::app::port_days::{ClosureOutcome, ClosureReason};
use garita_appointments::app::proofs::Verdict;
use garita_appointments::store::confirmations::TravellerCheck;
use garita_domain::{PortCode, Seats};
use garita_store::records::Effects;
use std::collections::{BTreeMap, HashMap};

const HOUR: i64 = 3_600_000;

/// `groups` groups (of 1 to 3) ask for SYS and all win; every fourth confirms. Returns the
/// appointment date.
async fn drawn_day(w: &World, groups: usize) -> chrono::NaiveDate {
    let sys = PortCode::parse("SYS").unwrap();
    let day = today() + chrono::Days::new(w.services.draws.days_ahead);
    // Room for every group on the day, so that all of them win.
    w.services
        .store
        .set_capacity(
            &sys,
            day.into(),
            Seats::new(1_000).unwrap(),
            Effects::none(),
        )
        .await
        .unwrap();
    let sizes: Vec<usize> = (0..groups).map(|i| 1 + i % 3).collect();
    let accounts = w.drawn(&sizes).await;
    for (i, a) in accounts.iter().enumerate().filter(|(i, _)| i % 4 == 0) {
        let c = w.services.confirmation(a).await.unwrap().unwrap();
        let t = &c.travellers[0];
        let check = TravellerCheck {
            appointment_id: c.appointment.id.clone(),
            traveller_id: t.id.clone(),
            status: "passed".into(),
            failed_attempts: 0,
            photo_sealed: None,
            problem: None,
            state: Some("BC".into()),
            updated_at: w.services.now(),
            face_distance_milli: None,
        };
        let number = format!("GRT-TEST-{i:04}");
        w.services
            .store
            .record_check(
                check,
                std::slice::from_ref(&t.id),
                &number,
                Effects::none(),
                Effects::none(),
            )
            .await
            .unwrap();
    }
    day
}

#[tokio::test]
async fn a_closure_moves_200_appointments_whole_and_every_group_is_told_and_re_signed() {
    let w = World::new().await;
    let day = drawn_day(&w, 200).await;
    let store = &w.services.store;
    let port = store
        .port(&PortCode::parse("SYS").unwrap())
        .await
        .unwrap()
        .unwrap();
    let before = store
        .appointments_at("SYS", &day.to_string())
        .await
        .unwrap();
    assert_eq!(before.len(), 200, "every group won");
    assert_eq!(
        before.iter().filter(|a| a.status == "confirmed").count(),
        50
    );
    let old_tokens: HashMap<String, String> = before
        .iter()
        .filter_map(|a| Some((a.id.clone(), w.services.proof_token(a, &port)?)))
        .collect();
    w.inbox().await; // the winner messages

    let outcome = w
        .services
        .close_port("supervisor", &port, day, ClosureReason::Weather)
        .await
        .unwrap();
    assert_eq!(
        outcome,
        ClosureOutcome::Closed {
            moved: 200,
            unplaced: 0
        }
    );

    // Every group moved whole (same row, same seats, same status) to a later date at SYS, and
    // no slot of any date holds more than its seats.
    let mut held: BTreeMap<(String, String), i64> = BTreeMap::new();
    let mut after = HashMap::new();
    for a in &before {
        let now = store.appointment(&a.id).await.unwrap().unwrap();
        assert_eq!(
            (&now.port_code, now.seats, &now.status, &now.registration_id),
            (&a.port_code, a.seats, &a.status, &a.registration_id)
        );
        assert!(
            now.appointment_date > a.appointment_date,
            "{}",
            now.appointment_date
        );
        *held
            .entry((now.appointment_date.clone(), now.slot.clone()))
            .or_default() += now.seats;
        let moves = store.moves_of(&a.id).await.unwrap();
        assert_eq!(moves.len(), 1);
        assert_eq!(
            (
                moves[0].from_date.as_str(),
                moves[0].to_date.as_str(),
                moves[0].reason.as_str()
            ),
            (
                a.appointment_date.as_str(),
                now.appointment_date.as_str(),
                "closure"
            )
        );
        after.insert(a.id.clone(), now);
    }
    for ((date, slot), seats) in &held {
        let plan = w
            .services
            .slot_plan(&port, date.parse().unwrap())
            .await
            .unwrap();
        let room = plan
            .iter()
            .find(|(s, _)| s.format("%H:%M:%S").to_string() == *slot)
            .unwrap()
            .1;
        assert!(*seats <= i64::from(room), "{date} {slot}: {seats} > {room}");
    }
    // The earliest dates: the next day is filled before the one after it is used.
    let dates: Vec<&String> = held.keys().map(|(d, _)| d).collect();
    assert_eq!(
        dates.first().unwrap().as_str(),
        (day + chrono::Days::new(1)).to_string()
    );
    assert!(
        store
            .appointments_at("SYS", &day.to_string())
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        w.services
            .slot_plan(&port, day)
            .await
            .unwrap()
            .iter()
            .map(|s| s.1)
            .sum::<u32>(),
        0
    );

    // Every group is told once, and the message says what the record says.
    let told: Vec<_> = w
        .inbox()
        .await
        .into_iter()
        .filter(|(kind, _)| kind == "moved")
        .collect();
    assert_eq!(told.len(), 200);
    let mut seen = std::collections::HashSet::new();
    for (_, p) in &told {
        let told = Facts::of(p);
        let facts = told.appointment.as_ref().unwrap();
        let now = &after[&facts.appointment_id];
        assert!(seen.insert(facts.appointment_id.clone()), "told twice");
        assert_eq!(
            (facts.date.as_str(), facts.time.as_str(), facts.seats),
            (now.appointment_date.as_str(), &now.slot[..5], now.seats)
        );
        let moved = told.moved.as_ref().unwrap();
        assert_eq!(
            (moved.from_date.as_str(), moved.reason.as_str()),
            (day.to_string().as_str(), "weather")
        );
    }

    // Confirmed groups: the confirmation is signed anew for the new date; the old one says moved.
    for (id, old) in &old_tokens {
        let now = &after[id];
        let new = w.services.proof_token(now, &port).unwrap();
        match w.services.verify_token(&new).await.unwrap() {
            Verdict::Genuine(p) => assert_eq!(p.date, now.appointment_date),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            w.services.verify_token(old).await.unwrap(),
            Verdict::Moved(_)
        ));
    }

    // Every group's signed record names the move.
    for a in before.iter().step_by(40) {
        let account_id = store.account_of_appointment(&a.id).await.unwrap().unwrap();
        let account = store.account(&account_id).await.unwrap().unwrap();
        let record = w.services.signed_record(&account).await.unwrap();
        let payload: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
        let held = &payload["appointments"][0];
        assert_eq!(held["date"], after[&a.id].appointment_date.as_str());
        assert_eq!(held["moves"][0]["from_date"], day.to_string().as_str());
        assert_eq!(held["moves"][0]["reason"], "closure");
    }

    // Moved groups that do not confirm lapse, but their seats (on another date than the draw
    // gave) are offered to none of the draw's alternates, and the published file still checks.
    w.advance(30 * HOUR);
    assert_eq!(w.services.lapse_overdue().await.unwrap(), 150);
    for a in &before {
        let now = store.appointment(&a.id).await.unwrap().unwrap();
        let expected = if a.status == "confirmed" {
            "confirmed"
        } else {
            "lapsed"
        };
        assert_eq!(now.status, expected);
    }
    assert!(
        store
            .appointments_on(&today().to_string())
            .await
            .unwrap()
            .iter()
            .all(|a| a.status != "offered")
    );
    let file = w.services.published_file(today()).await.unwrap().unwrap();
    garita_appointments::domain::draw::Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-closure-200-groups", &file);
    let published: garita_appointments::domain::draw::Published =
        serde_json::from_str(&file).unwrap();
    assert!(published.after.is_empty(), "the draw's record is unchanged");

    // Closing again changes nothing.
    assert_eq!(
        w.services
            .close_port("supervisor", &port, day, ClosureReason::Weather)
            .await
            .unwrap(),
        ClosureOutcome::AlreadyClosed
    );
}

#[tokio::test]
async fn seats_per_slot_shape_the_draw_and_moved_groups_may_choose_another_port() {
    let w = World::new().await;
    let day = drawn_day(&w, 6).await;
    let store = &w.services.store;
    let sys = store
        .port(&PortCode::parse("SYS").unwrap())
        .await
        .unwrap()
        .unwrap();
    // A supervisor gives the next day's seats to the last slot only.
    let next = day + chrono::Days::new(1);
    let mut seats = vec![0; sys.time_slots.len()];
    *seats.last_mut().unwrap() = 40;
    assert!(
        w.services
            .set_slot_seats("supervisor", &sys, next, &seats)
            .await
            .unwrap()
    );
    let plan = w.services.slot_plan(&sys, next).await.unwrap();
    assert_eq!(plan.iter().map(|s| s.1).collect::<Vec<_>>(), seats);
    assert_eq!(
        store.capacity(&sys.code, next.into()).await.unwrap().get(),
        40
    );

    // Someone of one group already checked in when the port closes: that group stays.
    let here = store
        .appointments_at("SYS", &day.to_string())
        .await
        .unwrap();
    let arrived = here.iter().find(|a| a.status == "confirmed").unwrap();
    let traveller = w
        .services
        .registration(
            &store
                .account_of_appointment(&arrived.id)
                .await
                .unwrap()
                .unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();
    let outcome = garita_appointments::store::desk::TravellerOutcome::arrived(
        &arrived.id,
        &traveller,
        w.services.now(),
        "officer",
    );
    assert!(
        store
            .record_outcome(outcome, 0, None, Effects::none())
            .await
            .unwrap()
    );
    // A day already over cannot be closed.
    assert_eq!(
        w.services
            .close_port(
                "supervisor",
                &sys,
                today() - chrono::Days::new(1),
                ClosureReason::Other
            )
            .await
            .unwrap(),
        ClosureOutcome::PastDate
    );

    assert_eq!(
        w.services
            .close_port("supervisor", &sys, day, ClosureReason::Security)
            .await
            .unwrap(),
        ClosureOutcome::Closed {
            moved: 5,
            unplaced: 0
        }
    );
    assert_eq!(
        store
            .appointment(&arrived.id)
            .await
            .unwrap()
            .unwrap()
            .appointment_date,
        day.to_string()
    );
    let moved = store
        .appointments_at("SYS", &next.to_string())
        .await
        .unwrap();
    assert_eq!(moved.len(), 5, "all fit in the next day's last slot");
    assert!(moved.iter().all(|a| {
        a.slot
            == sys
                .time_slots
                .last()
                .unwrap()
                .format("%H:%M:%S")
                .to_string()
    }));
    // A closed date takes no seats.
    assert!(
        !w.services
            .set_slot_seats("supervisor", &sys, day, &seats)
            .await
            .unwrap()
    );

    // One group prefers Nogales: it moves there, whole, once, and is told.
    let a = &moved[0];
    let account = store.account_of_appointment(&a.id).await.unwrap().unwrap();
    let nog = PortCode::parse("NOG").unwrap();
    assert!(
        w.services
            .choose_port("someone-else", &a.id, &nog)
            .await
            .unwrap()
            .is_none()
    );
    let m = w
        .services
        .choose_port(&account, &a.id, &nog)
        .await
        .unwrap()
        .unwrap();
    let now = store.appointment(&a.id).await.unwrap().unwrap();
    assert_eq!((now.port_code.as_str(), now.seats), ("NOG", a.seats));
    assert_eq!(
        (m.to_date.as_str(), m.reason.as_str()),
        (now.appointment_date.as_str(), "port-chosen")
    );
    assert!(now.appointment_date >= a.appointment_date);
    let told = w.inbox().await;
    assert!(
        told.iter()
            .map(|(kind, p)| (kind, Facts::of(p)))
            .any(|(kind, f)| kind == "moved"
                && f.moved.unwrap().reason == "port-chosen"
                && f.appointment.unwrap().port_code == "NOG")
    );
}

#[tokio::test]
async fn posted_wait_times_are_kept_a_week_for_the_ports_chart_then_deleted() {
    use garita_appointments::app::wait_times::{Lane, LaneStatus, Posted};
    for w in World::on_every_backend().await {
        let sys = w
            .services
            .store
            .list_ports()
            .await
            .unwrap()
            .into_iter()
            .find(|p| p.code.as_str() == "SYS")
            .unwrap();
        let post = |delay: i64| Posted {
            lane: Lane::PassengerSentri,
            status: LaneStatus::Open,
            delay_minutes: Some(delay),
            lanes_open: 2,
        };
        for delay in [20, 35] {
            w.services
                .post_wait_times("officer", &sys, &[post(delay)])
                .await
                .unwrap();
            w.advance(HOUR);
        }
        let weeks = w.services.wait_history(&sys).await.unwrap();
        assert_eq!(weeks.len(), 1);
        assert_eq!(weeks[0].lane, Lane::PassengerSentri);
        let today = weeks[0].days.last().unwrap();
        assert_eq!(
            (today.longest, today.average, today.posts),
            (Some(35), Some(28), 2)
        );
        assert_eq!(w.services.forget_old_wait_times().await.unwrap(), 0);
        // Nine days on, the week shown no longer reaches them, and they are deleted.
        w.advance(9 * 24 * HOUR);
        assert!(w.services.wait_history(&sys).await.unwrap().is_empty());
        assert_eq!(w.services.forget_old_wait_times().await.unwrap(), 2);
        // The latest figures stay posted for the feed.
        assert_eq!(w.services.store.wait_times().await.unwrap().len(), 1);
    }
}
