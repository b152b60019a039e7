//! Nothing wasted: a slot not confirmed in time lapses and its seats go to the next alternates
//! in the published ranking, each with a shorter time to confirm, until the appointment day is
//! too close; the published record carries every lapse and offer, and the file check catches an
//! altered offer.

use crate::common;

use common::World;
use garita_appointments::domain::draw::Published;
use garita_appointments::domain::reoffer::AfterDraw;
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Seats, ServiceDate};

const HOUR: i64 = 3_600_000;
const DAY: &str = "2027-01-15";

/// In the day's window everyone asks for San Ysidro from Tijuana; then the day is drawn and
/// published. Returns the day.
async fn ask_and_draw(w: &World, people: &[String]) -> chrono::NaiveDate {
    let sys = PortCode::parse("SYS").unwrap();
    w.advance(10 * HOUR);
    let here = Position::new(32.5412, -117.0293, 15.0).unwrap();
    for a in people {
        w.services
            .request_appointment(
                a,
                &sys,
                here,
                "c",
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
    }
    w.advance(12 * HOUR);
    let date = DAY.parse().unwrap();
    w.services.run_draw(date).await.unwrap();
    assert!(w.services.publish_day(date, None).await.unwrap());
    date
}

#[tokio::test]
async fn a_lapsed_slot_is_offered_to_the_next_groups_and_the_record_shows_it() {
    let w = World::new().await;
    let sys = PortCode::parse("SYS").unwrap();
    let on = ServiceDate::parse("2027-01-29").unwrap();
    w.services
        .store
        .set_capacity(&sys, on, Seats::new(4).unwrap(), Default::default())
        .await
        .unwrap();
    let mut people = vec![];
    for n in 0..14 {
        people.push(
            w.services
                .synthetic_applicant(n, 1 + n % 2)
                .await
                .unwrap()
                .account_id,
        );
    }
    let date = ask_and_draw(&w, &people).await;
    let store = &w.services.store;
    let won = store.appointments_on(DAY).await.unwrap();
    let account_of = |registration: String| async move {
        store
            .account_of_registration(&registration)
            .await
            .unwrap()
            .unwrap()
    };

    // Nobody confirms; nothing lapses before the deadline, everything after it.
    w.advance(22 * HOUR);
    assert_eq!(w.services.lapse_overdue().await.unwrap(), 0);
    w.advance(2 * HOUR);
    assert_eq!(w.services.lapse_overdue().await.unwrap(), won.len());
    let all = store.appointments_on(DAY).await.unwrap();
    let offered: Vec<_> = all.iter().filter(|a| a.status == "offered").collect();
    assert!(!offered.is_empty(), "the freed seats went to alternates");
    let offered_seats: i64 = offered.iter().map(|a| a.seats).sum();
    assert!(offered_seats <= 4);
    for o in &offered {
        assert_eq!(
            o.confirm_by,
            Some(w.services.now() + 8 * HOUR),
            "a shorter window"
        );
        assert_eq!(
            w.inbox_kinds(&account_of(o.registration_id.clone()).await)
                .await,
            ["offered"]
        );
    }
    for l in &won {
        let k = w
            .inbox_kinds(&account_of(l.registration_id.clone()).await)
            .await;
        assert_eq!(k, ["lapsed", "won"]);
    }

    // The offered groups do not confirm either: their seats go further down the ranking.
    w.advance(9 * HOUR);
    assert_eq!(w.services.lapse_overdue().await.unwrap(), offered.len());
    let later = store.appointments_on(DAY).await.unwrap();
    assert!(later.iter().filter(|a| a.status == "offered").count() > 0);

    // The published file carries every lapse and offer, in order, and checks.
    let file = w.services.published_file(date).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-lapses-offers", &file);
    let published: Published = serde_json::from_str(&file).unwrap();
    let lapses = published
        .after
        .iter()
        .filter(|e| matches!(e, AfterDraw::Lapsed { .. }))
        .count();
    assert_eq!(lapses, won.len() + offered.len());

    // One offer given to another group: `garita draw verify` names it.
    let mut altered = published.clone();
    let (i, _) = altered
        .after
        .iter()
        .enumerate()
        .find(|(_, e)| matches!(e, AfterDraw::Offered { .. }))
        .unwrap();
    let sys_alternates = &published
        .record
        .ports
        .iter()
        .find(|p| p.rule.port.as_str() == "SYS")
        .unwrap()
        .alternates;
    if let AfterDraw::Offered { entry_id, .. } = &mut altered.after[i] {
        *entry_id = sys_alternates.last().unwrap().to_string();
    }
    let error = Published::verify_file(&serde_json::to_string(&altered).unwrap()).unwrap_err();
    assert!(error.starts_with(&format!("after[{i}]")), "{error}");

    // Too close to the appointment day: a lapse offers nothing more.
    let until = w.services.offers_until(date);
    w.advance(until - w.services.now() + 1);
    let before = store.appointments_on(DAY).await.unwrap().len();
    assert!(w.services.lapse_overdue().await.unwrap() > 0);
    let after = store.appointments_on(DAY).await.unwrap();
    assert_eq!(after.len(), before, "no new offers");
    assert!(after.iter().all(|a| a.status == "lapsed"));
    let file = w.services.published_file(date).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-lapses-too-late", &file);

    // A group whose slot lapsed may ask again the next day: nothing holds it back.
    let status = w
        .services
        .appointment_status(&account_of(won[0].registration_id.clone()).await)
        .await
        .unwrap();
    assert_eq!(
        status.latest.unwrap().2,
        garita_appointments::app::draws::RequestResult::Lapsed
    );
    assert!(status.appointment.is_none());
}

#[tokio::test]
async fn seats_a_group_no_longer_needs_go_to_the_next_groups_at_once() {
    let mut w = World::new().await;
    // Every seat goes to the oldest registrations first: a group of three registered two days
    // before six groups of one takes the port's three seats; the groups of one wait.
    w.services.draws.reserved_bp = 10_000;
    let sys = PortCode::parse("SYS").unwrap();
    let on = ServiceDate::parse("2027-01-29").unwrap();
    w.services
        .store
        .set_capacity(&sys, on, Seats::new(3).unwrap(), Default::default())
        .await
        .unwrap();
    let start = w.services.now();
    w.time
        .store(start - 48 * HOUR, std::sync::atomic::Ordering::SeqCst);
    let mut people = vec![
        w.services
            .synthetic_applicant(0, 3)
            .await
            .unwrap()
            .account_id,
    ];
    w.time.store(start, std::sync::atomic::Ordering::SeqCst);
    for n in 1..7 {
        people.push(
            w.services
                .synthetic_applicant(n, 1)
                .await
                .unwrap()
                .account_id,
        );
    }
    let date = ask_and_draw(&w, &people).await;
    let store = &w.services.store;
    let Some(three) = store
        .appointments_on(DAY)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.seats == 3)
    else {
        panic!("the group of three won (the oldest registration)");
    };
    let owner = store
        .account_of_registration(&three.registration_id)
        .await
        .unwrap()
        .unwrap();
    let account = store.account(&owner).await.unwrap().unwrap();

    // Two of the three will not travel: the group keeps one seat, two groups of one are offered.
    let group = w.services.registration(&owner).await.unwrap().unwrap();
    let saved = w
        .services
        .save_registration(
            &account,
            &owner,
            group.address.clone(),
            vec![group.travellers[0].as_input()],
            group.version,
        )
        .await
        .unwrap();
    assert!(matches!(
        saved,
        garita_kernel::registrations::SaveOutcome::Saved { .. }
    ));
    let after = store.appointments_on(DAY).await.unwrap();
    let kept = after.iter().find(|a| a.id == three.id).unwrap();
    assert_eq!(
        (kept.seats, kept.status.as_str()),
        (1, "won"),
        "it keeps its appointment"
    );
    let offered: Vec<_> = after.iter().filter(|a| a.status == "offered").collect();
    assert_eq!(offered.len(), 2, "{after:?}");
    assert!(offered.iter().all(|o| o.seats == 1 && o.slot == three.slot));
    // Again (the watch): nothing more to release.
    assert_eq!(w.services.release_unused_seats().await.unwrap(), 0);

    let file = w.services.published_file(date).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    garita_testkit::keep_draw_record("app-released-seats", &file);
    let published: Published = serde_json::from_str(&file).unwrap();
    assert!(matches!(
        &published.after[0],
        AfterDraw::Released { seats: 2, entry_id, .. } if *entry_id == three.entry_id
    ));
    // Later the group lapses: only its one remaining seat is freed.
    w.advance(24 * HOUR);
    w.services.lapse_overdue().await.unwrap();
    let file = w.services.published_file(date).await.unwrap().unwrap();
    Published::verify_file(&file).unwrap();
    let published: Published = serde_json::from_str(&file).unwrap();
    assert!(published.after.iter().any(|e| matches!(
        e,
        AfterDraw::Lapsed { seats: 1, entry_id, .. } if *entry_id == three.entry_id
    )));
}

#[tokio::test]
async fn offers_computed_from_events_that_changed_meanwhile_are_not_written() {
    use garita_appointments::store::confirmations::{Lapse, LapseWritten};
    let w = World::new().await;
    let people = {
        let mut people = vec![];
        for n in 0..3 {
            people.push(
                w.services
                    .synthetic_applicant(n, 1)
                    .await
                    .unwrap()
                    .account_id,
            );
        }
        people
    };
    ask_and_draw(&w, &people).await;
    let store = &w.services.store;
    let won = store.appointments_on(DAY).await.unwrap().remove(0);
    let lapse = |events_seen: i64| Lapse {
        appointment_id: won.id.clone(),
        status: "cancelled".into(),
        seats_from: won.seats,
        seats_to: won.seats,
        events_seen,
        at: w.services.now(),
        service_date: DAY.into(),
        events: vec![],
        offers: vec![],
        effects: Default::default(),
    };
    // Another lapse was written after these offers were computed: nothing is written.
    assert_eq!(store.lapse(lapse(1)).await.unwrap(), LapseWritten::Stale);
    let still = store.appointment(&won.id).await.unwrap().unwrap();
    assert_eq!(still.status, won.status);
    assert_eq!(store.lapse(lapse(0)).await.unwrap(), LapseWritten::Done);
    assert_eq!(store.lapse(lapse(0)).await.unwrap(), LapseWritten::Gone);
}
