//! The draw store on every backend: one request per registration and day, nothing added after the
//! close, a draw written once with its appointments,
//! and a port's days.

use garita_appointments::store::AppointmentStore;
use garita_appointments::store::draws::{
    Added, AppointmentRow, CloseDigests, DrawResult, NewDay, RequestRow,
};
use garita_domain::ChainKey;
use garita_domain::Grant;
use garita_store::records::{AccountChange, Effects, NewAccount};
use garita_store::registrations::{IntegrityCase, RegistrationRow, SaveRegistration, VersionRow};
use std::sync::Arc;

const DAY: &str = "2026-11-22";

async fn with_registrations(store: &Arc<dyn AppointmentStore>, n: usize) {
    for i in 0..n {
        let (a, r) = (format!("a{i}"), format!("r{i}"));
        let account = NewAccount {
            id: a.clone(),
            email_lookup: a.clone(),
            email_sealed: vec![1],
            phone_sealed: None,
            password_hash: None,
            locale: "es".into(),
            grant: Grant::applicant(),
            consent: None,
            created_at: 1,
            assisted_by: None,
        };
        store
            .create_account(account, Effects::none())
            .await
            .unwrap();
        let save = SaveRegistration {
            registration: RegistrationRow {
                id: r.clone(),
                account_id: a.clone(),
                created_at: 1,
                updated_at: 1,
                version: 1,
                status: "active".into(),
                address_sealed: vec![7],
                address_key: r.clone(),
            },
            travellers: vec![],
            version: VersionRow {
                version: 1,
                at: 1,
                actor: a,
                changes_sealed: vec![],
            },
            address_threshold: 5,
            address_case: IntegrityCase {
                id: r.clone(),
                kind: "address-cluster".into(),
                dedup_key: r.clone(),
                subject: r,
                detail: "{}".into(),
                status: "open".into(),
                opened_at: 1,
            },
        };
        store
            .save_registration(save, Effects::none())
            .await
            .unwrap();
    }
}

/// `DAY` opening with this secret and commitment, closing at `closes_at` (reveals a ms later).
fn new_day(secret_sealed: Vec<u8>, commitment: &str, closes_at: i64) -> NewDay {
    NewDay {
        service_date: DAY.into(),
        secret_sealed,
        commitment: commitment.into(),
        closes_at,
        reveals_until: closes_at + 1,
    }
}

fn request(i: usize, client: &str) -> RequestRow {
    RequestRow {
        entry_id: format!("{i:032x}"),
        service_date: DAY.into(),
        registration_id: format!("r{i}"),
        client_request_id: client.into(),
        port_code: "SYS".into(),
        seats: 2,
        registered_on: "2025-01-01".into(),
        created_at: 10,
        channel: "web".into(),
        state: "MX-BCN".into(),
        time_zone: Some("America/Tijuana".into()),
    }
}

#[tokio::test]
async fn requests_and_draws() {
    for db in garita_testkit::all_backends().await {
        let store = garita_appointments::store::open(&db.url, ChainKey::new([3; 32]))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        with_registrations(&store, 3).await;

        // Before the day opens, nothing is added.
        assert_eq!(
            store.add_request(request(0, "c0")).await.unwrap(),
            Added::NotOpen
        );
        let day = store
            .open_day(new_day(vec![1, 2], "commit", 15), 5, Effects::none())
            .await
            .unwrap();
        // Opening again keeps the first secret.
        let again = store
            .open_day(new_day(vec![9], "other", 16), 6, Effects::none())
            .await
            .unwrap();
        assert_eq!(
            (again.commitment.as_str(), again.secret_sealed),
            ("commit", vec![1, 2])
        );
        assert_eq!(day.status, "open");

        assert!(matches!(
            store.add_request(request(0, "c0")).await.unwrap(),
            Added::Created(_)
        ));
        // A retry, or another request the same day, returns the stored one.
        let mut twin = request(0, "c1");
        twin.entry_id = format!("{:032x}", 99);
        match store.add_request(twin).await.unwrap() {
            Added::Existing(r) => assert_eq!(r.client_request_id, "c0"),
            other => panic!("{other:?}"),
        }
        // Requests written together: the second of a group sees the first of the same batch.
        let mut second = request(1, "c2");
        second.entry_id = format!("{:032x}", 98);
        match &store
            .add_requests(vec![request(1, "c"), second])
            .await
            .unwrap()[..]
        {
            [Added::Created(first), Added::Existing(existing)] => {
                assert_eq!(first.client_request_id, "c");
                assert_eq!(existing.client_request_id, "c");
            }
            other => panic!("{other:?}"),
        }

        assert!(store.close_day(DAY, 20, Effects::none()).await.unwrap());
        assert!(!store.close_day(DAY, 21, Effects::none()).await.unwrap());
        assert_eq!(
            store.add_request(request(2, "c")).await.unwrap(),
            Added::NotOpen
        );
        let entries = store.entries(DAY).await.unwrap();
        assert_eq!(
            entries
                .iter()
                .map(|e| e.registration_id.as_str())
                .collect::<Vec<_>>(),
            ["r0", "r1"]
        );
        let close = |digest: &str| CloseDigests {
            entry_count: 2,
            entries_digest: digest.into(),
            rules: "[]".into(),
            rules_digest: format!("rules of {digest}"),
        };
        store.set_digest(DAY, close("digest")).await.unwrap();
        // What was published at the close stays as it was.
        store.set_digest(DAY, close("later")).await.unwrap();
        let closed = store.day(DAY).await.unwrap().unwrap();
        assert_eq!(
            (
                closed.closes_at,
                closed.reveals_until,
                closed.entries_digest.as_deref(),
                closed.rules.as_deref(),
                closed.rules_digest.as_deref()
            ),
            (
                Some(15),
                Some(16),
                Some("digest"),
                Some("[]"),
                Some("rules of digest")
            )
        );

        let result = DrawResult {
            service_date: DAY.into(),
            record: "{}".into(),
            stats: "{}".into(),
            status: "drawn".into(),
            held_reason: None,
            drawn_at: 30,
            appointments: vec![AppointmentRow {
                id: "ap1".into(),
                entry_id: entries[0].entry_id.clone(),
                registration_id: "r0".into(),
                service_date: DAY.into(),
                port_code: "SYS".into(),
                appointment_date: "2026-12-06".into(),
                slot: "08:00:00".into(),
                seats: 2,
                pass: "random".into(),
                status: "offered".into(),
                created_at: 30,
                confirm_by: None,
                confirmed_at: None,
                confirm_from: None,
                deadline_told: None,
                confirmation_number: None,
                cancelled_at: None,
            }],
        };
        assert!(
            store
                .record_draw(result.clone(), Effects::none())
                .await
                .unwrap()
        );
        // Drawing again writes nothing.
        assert!(!store.record_draw(result, Effects::none()).await.unwrap());
        assert_eq!(store.appointments_on(DAY).await.unwrap().len(), 1);
        assert_eq!(
            store.appointments_of("r0").await.unwrap()[0].appointment_date,
            "2026-12-06"
        );
        // It is r0's live appointment, and nobody holds two.
        let live = store.live_appointment("r0").await.unwrap().unwrap();
        assert_eq!(live.status, "offered");
        assert!(store.live_appointment("r1").await.unwrap().is_none());
        assert!(store.several_live().await.unwrap().is_empty());
        // Of the two groups not chosen, only the one that asked hears of it.
        store
            .update_account(
                "a1",
                &[AccountChange::TellNotChosen { on: true }],
                Effects::none(),
            )
            .await
            .unwrap();
        let told: Vec<_> = store
            .not_chosen_to_tell(DAY)
            .await
            .unwrap()
            .into_iter()
            .map(|c| (c.registration_id, c.account_id))
            .collect();
        assert_eq!(told, [("r1".to_string(), "a1".to_string())]);
        let winners = store.winners_to_tell(DAY).await.unwrap();
        assert_eq!(winners.len(), 1);
        assert_eq!(winners[0].appointment.id, "ap1");
        assert_eq!(winners[0].time_zone.as_deref(), Some("America/Tijuana"));
        assert!(
            store
                .publish_day(DAY, &["drawn"], 40, 90, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .publish_day(DAY, &["drawn"], 41, 91, Effects::none())
                .await
                .unwrap()
        );
        assert_eq!(
            store.appointments_on(DAY).await.unwrap()[0].confirm_by,
            Some(90),
            "the deadline is set once, when the winners are told"
        );
        let day = store.day(DAY).await.unwrap().unwrap();
        assert_eq!(
            (
                day.status.as_str(),
                day.published_at,
                day.entries_digest.as_deref()
            ),
            ("published", Some(40), Some("digest"))
        );
        assert_eq!(
            store.day_record(DAY).await.unwrap(),
            Some(("{}".into(), "{}".into()))
        );

        // A reminder is recorded once of each kind, whichever node tries.
        use garita_appointments::store::reminders::Reminder;
        assert!(
            store
                .remind("ap1", Reminder::Confirm, 95, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .remind("ap1", Reminder::Confirm, 96, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            store
                .reminded(Reminder::Confirm, 90)
                .await
                .unwrap()
                .contains("ap1")
        );
        assert!(
            store
                .reminded(Reminder::Confirm, 100)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .reminded(Reminder::DayBefore, 0)
                .await
                .unwrap()
                .is_empty()
        );
        // Only confirmed appointments are reminded the day before (this one waits).
        assert!(
            store
                .confirmed_between("2026-12-01", "2026-12-31")
                .await
                .unwrap()
                .is_empty()
        );
    }
}

/// A port's days on every backend: seats per slot, a closure that moves an appointment (and only
/// if it is still where it was), wait times, and the overview's counts.
#[tokio::test]
async fn port_days_slots_closures_moves_and_wait_times() {
    use garita_appointments::store::desk::{OutcomeVersionRow, TravellerOutcome};
    use garita_appointments::store::port_days::{Closure, Move, WaitTime};
    for db in garita_testkit::all_backends().await {
        let store = garita_appointments::store::open(&db.url, ChainKey::new([3; 32]))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        with_registrations(&store, 1).await;
        store
            .open_day(new_day(vec![1], "commit", 15), 5, Effects::none())
            .await
            .unwrap();
        let entry = match store.add_request(request(0, "c0")).await.unwrap() {
            Added::Created(r) => r.entry_id,
            other => panic!("{other:?}"),
        };
        store.close_day(DAY, 20, Effects::none()).await.unwrap();
        let appointment = AppointmentRow {
            id: "ap1".into(),
            entry_id: entry,
            registration_id: "r0".into(),
            service_date: DAY.into(),
            port_code: "SYS".into(),
            appointment_date: "2026-12-06".into(),
            slot: "08:00:00".into(),
            seats: 2,
            pass: "random".into(),
            status: "won".into(),
            created_at: 30,
            confirm_by: None,
            confirmed_at: None,
            confirm_from: None,
            deadline_told: None,
            confirmation_number: None,
            cancelled_at: None,
        };
        let result = DrawResult {
            service_date: DAY.into(),
            record: "{}".into(),
            stats: "{}".into(),
            status: "drawn".into(),
            held_reason: None,
            drawn_at: 30,
            appointments: vec![appointment],
        };
        assert!(store.record_draw(result, Effects::none()).await.unwrap());

        // Seats per slot: their sum is the date's capacity; seats for the whole day clear them.
        let sys = garita_domain::PortCode::parse("SYS").unwrap();
        let day = garita_domain::ServiceDate::parse("2026-12-07").unwrap();
        let slots = vec![("07:00:00".to_string(), 10), ("08:00:00".to_string(), 5)];
        store
            .set_slot_seats("SYS", "2026-12-07", &slots, Effects::none())
            .await
            .unwrap();
        assert_eq!(store.slot_seats("SYS", "2026-12-07").await.unwrap(), slots);
        assert_eq!(store.capacity(&sys, day).await.unwrap().get(), 15);
        let held = store
            .held_seats("SYS", "2026-12-01", "2026-12-31")
            .await
            .unwrap();
        assert_eq!(
            held.iter()
                .map(|h| (h.appointment_date.as_str(), h.slot.as_str(), h.seats))
                .collect::<Vec<_>>(),
            [("2026-12-06", "08:00:00", 2)]
        );

        // A closure moves it, in one transaction, once.
        let closure = Closure {
            port_code: "SYS".into(),
            service_date: "2026-12-06".into(),
            reason: "weather".into(),
            closed_by: "sup".into(),
            closed_at: 50,
        };
        let moved = Move {
            appointment_id: "ap1".into(),
            from_port: "SYS".into(),
            from_date: "2026-12-06".into(),
            from_slot: "08:00:00".into(),
            to_port: "SYS".into(),
            to_date: "2026-12-07".into(),
            to_slot: "07:00:00".into(),
            reason: "closure".into(),
            moved_at: 50,
        };
        // A move that no longer matches the record undoes the whole closure.
        let mut stale = moved.clone();
        stale.from_slot = "09:00:00".into();
        assert!(
            !store
                .close_port(closure.clone(), &[stale], &[], Effects::none())
                .await
                .unwrap()
        );
        assert!(
            store
                .closures("SYS", "2026-12-01", "2026-12-31")
                .await
                .unwrap()
                .is_empty()
        );
        // Nor when the slot it fills would hold more than its room (someone took seats).
        let one_seat = [("2026-12-07".to_string(), "07:00:00".to_string(), 1)];
        assert!(
            !store
                .close_port(
                    closure.clone(),
                    std::slice::from_ref(&moved),
                    &one_seat,
                    Effects::none()
                )
                .await
                .unwrap()
        );
        assert!(
            store
                .close_port(
                    closure.clone(),
                    std::slice::from_ref(&moved),
                    &[("2026-12-07".into(), "07:00:00".into(), 2)],
                    Effects::none()
                )
                .await
                .unwrap()
        );
        assert!(
            !store
                .close_port(closure.clone(), &[], &[], Effects::none())
                .await
                .unwrap()
        );
        assert_eq!(
            store
                .closures("SYS", "2026-12-01", "2026-12-31")
                .await
                .unwrap(),
            [closure]
        );
        let closed = garita_domain::ServiceDate::parse("2026-12-06").unwrap();
        assert_eq!(store.capacity(&sys, closed).await.unwrap().get(), 0);
        let now = store.appointment("ap1").await.unwrap().unwrap();
        assert_eq!(
            (
                now.appointment_date.as_str(),
                now.slot.as_str(),
                now.status.as_str()
            ),
            ("2026-12-07", "07:00:00", "won")
        );
        assert_eq!(
            store.moves_of("ap1").await.unwrap(),
            std::slice::from_ref(&moved)
        );
        // Moving again from where it was changes nothing.
        assert!(
            !store
                .move_appointment(&moved, 100, Effects::none())
                .await
                .unwrap()
        );

        // The overview's counts.
        let counts = store.day_counts("2026-12-01", "2026-12-31").await.unwrap();
        assert_eq!(
            counts
                .iter()
                .map(|c| (
                    c.appointment_date.as_str(),
                    c.appointments,
                    c.confirmed,
                    c.no_shows
                ))
                .collect::<Vec<_>>(),
            [("2026-12-07", 1, 0, 0)]
        );
        assert!(
            store
                .outcome_counts("2026-12-01", "2026-12-31")
                .await
                .unwrap()
                .is_empty()
        );

        // Outcomes: each change of the facts a version, never written over another officer's.
        let arrived = TravellerOutcome::arrived("ap1", "t1", 100, "o1");
        assert!(
            store
                .record_outcome(arrived.clone(), 0, None, Effects::none())
                .await
                .unwrap()
        );
        let decided = TravellerOutcome {
            outcome: Some("paroled".into()),
            decided_at: Some(110),
            facts_sealed: Some(vec![1, 2, 3]),
            version: 1,
            paroled: 1,
            nta: 1,
            ..arrived.clone()
        };
        let first = OutcomeVersionRow {
            appointment_id: "ap1".into(),
            traveller_id: "t1".into(),
            version: 1,
            recorded_at: 110,
            officer: "o1".into(),
            facts_sealed: vec![1, 2, 3],
            reason_sealed: None,
        };
        assert!(
            store
                .record_outcome(decided.clone(), 0, Some(first.clone()), Effects::none())
                .await
                .unwrap()
        );
        let late = TravellerOutcome {
            officer: "o2".into(),
            referred: 1,
            ..decided.clone()
        };
        assert!(
            !store
                .record_outcome(late, 0, Some(first.clone()), Effects::none())
                .await
                .unwrap(),
            "read before the first decision: refused"
        );
        let amended = TravellerOutcome {
            version: 2,
            facts_sealed: Some(vec![4]),
            ..decided.clone()
        };
        let second = OutcomeVersionRow {
            version: 2,
            recorded_at: 120,
            facts_sealed: vec![4],
            reason_sealed: Some(vec![5]),
            ..first.clone()
        };
        assert!(
            store
                .record_outcome(amended.clone(), 1, Some(second.clone()), Effects::none())
                .await
                .unwrap()
        );
        assert_eq!(store.outcomes_of("ap1").await.unwrap(), [amended]);
        assert_eq!(
            store.outcome_versions_of("ap1").await.unwrap(),
            [first, second]
        );
        let counts = store
            .outcome_counts("2026-12-01", "2026-12-31")
            .await
            .unwrap();
        assert_eq!(
            counts
                .iter()
                .map(|c| (c.arrived, c.paroled, c.nta, c.referred, c.not_admitted))
                .collect::<Vec<_>>(),
            [(1, 1, 1, 0, 0)]
        );

        // Wait times: the latest per port and lane.
        let mut wait = WaitTime {
            port_code: "SYS".into(),
            lane: "pedestrian".into(),
            operational_status: "open".into(),
            delay_minutes: Some(30),
            lanes_open: 4,
            updated_at: 60,
            officer: "o1".into(),
        };
        store.set_wait_time(&wait, Effects::none()).await.unwrap();
        wait.delay_minutes = Some(45);
        wait.updated_at = 70;
        store.set_wait_time(&wait, Effects::none()).await.unwrap();
        assert_eq!(store.wait_times().await.unwrap(), [wait]);
    }
}

#[tokio::test]
async fn observers_commit_once_and_reveal_once() {
    for db in garita_testkit::all_backends().await {
        let store = garita_appointments::store::open(&db.url, ChainKey::new([3; 32]))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let observer = NewAccount {
            id: "obs-1".into(),
            email_lookup: "obs-1".into(),
            email_sealed: vec![1],
            phone_sealed: None,
            password_hash: None,
            locale: "en".into(),
            grant: Grant::new(
                garita_domain::Role::Observer,
                None,
                Some("Legal aid".into()),
            )
            .unwrap(),
            consent: None,
            created_at: 1,
            assisted_by: None,
        };
        store
            .create_account(observer, Effects::none())
            .await
            .unwrap();
        assert!(
            store
                .commit_observer(DAY, "obs-1", "c1", 5, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .commit_observer(DAY, "obs-1", "c2", 6, Effects::none())
                .await
                .unwrap(),
            "a commitment never changes"
        );
        assert!(
            !store
                .reveal_observer("2026-01-01", "obs-1", "r", 7, Effects::none())
                .await
                .unwrap(),
            "nothing committed that day"
        );
        assert!(
            store
                .reveal_observer(DAY, "obs-1", "r1", 8, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .reveal_observer(DAY, "obs-1", "r2", 9, Effects::none())
                .await
                .unwrap(),
            "revealed once"
        );
        let rows = store.observers_of(DAY).await.unwrap();
        assert_eq!(rows.len(), 1, "{}", db.backend);
        let o = &rows[0];
        assert_eq!(
            (
                o.name.as_deref(),
                o.commitment.as_str(),
                o.reveal.as_deref(),
                o.revealed_at
            ),
            (Some("Legal aid"), "c1", Some("r1"), Some(8))
        );
        assert_eq!(store.commitments_of("obs-1", 10).await.unwrap(), rows);
    }
}

#[test]
fn the_service_migrations_are_the_same_on_both_backends_and_numbered_apart() {
    use garita_appointments::store::MIGRATIONS;
    use garita_store::Migrations;
    let sqlite = Migrations::listed(MIGRATIONS.sqlite);
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, Migrations::listed(MIGRATIONS.postgres));
    // No version is also the platform's: one sequence over every crate.
    let platform = Migrations::listed(garita_store::MIGRATIONS.sqlite);
    for (version, name) in &sqlite {
        assert!(
            platform.iter().all(|(v, _)| v != version),
            "{version} {name} is also a platform migration"
        );
    }
}

#[tokio::test]
async fn the_service_migrations_run_with_the_platforms_in_version_order() {
    for db in garita_testkit::all_backends().await {
        let store = garita_appointments::store::open(&db.url, ChainKey::new([3; 32]))
            .await
            .unwrap();
        store.migrate().await.unwrap();
        assert_eq!(store.readiness().await.unwrap().pending_migrations, 0);
        // The service's own table exists (0013, from the service's folder) ...
        assert!(store.observers_of("2026-12-06").await.unwrap().is_empty());
        // ... and a store opened with the platform's migrations alone sees nothing pending of
        // its own: the merged history is a superset.
        let platform = garita_store::open(&db.url, ChainKey::new([3; 32]))
            .await
            .unwrap();
        assert_eq!(
            platform.readiness().await.unwrap().pending_migrations,
            0,
            "{}",
            db.backend
        );
    }
}
