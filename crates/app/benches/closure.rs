//! How long closing a port for a day takes: `cargo bench -p garita-app --bench closure
//! [-- APPOINTMENTS] [--postgres]`. APPOINTMENTS (default 300, San Ysidro's default seats)
//! groups of one to three win at San Ysidro on one day (on SQLite, or a throw-away PostgreSQL);
//! then the supervisor closes that day. Prints the time to plan and write every move with its
//! message (one transaction), and where the groups went.

use garita_appointments::app::port_days::{ClosureOutcome, ClosureReason};
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Seats};
use garita_store::records::Effects;
use std::sync::atomic::Ordering;
use std::time::Instant;

const HOUR: i64 = 3_600_000;

mod common;

#[tokio::main]
async fn main() {
    let common::Bench {
        services,
        time,
        count: groups,
        db: _db, // kept to the end: dropping it removes the database
    } = common::bench(300).await;

    let sys = PortCode::parse("SYS").unwrap();
    let port = services.store.port(&sys).await.unwrap().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
    let day = today + chrono::Days::new(services.draws.days_ahead);
    services
        .store
        .set_capacity(
            &sys,
            day.into(),
            Seats::new(10_000).unwrap(),
            Effects::none(),
        )
        .await
        .unwrap();
    let mut accounts = vec![];
    for i in 0..groups {
        accounts.push(
            services
                .synthetic_applicant(i, 1 + i % 3)
                .await
                .unwrap()
                .account_id,
        );
    }
    time.fetch_add(10 * HOUR, Ordering::SeqCst);
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    for (i, a) in accounts.iter().enumerate() {
        services
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
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    services.run_draw(today).await.unwrap();
    services.publish_day(today, None).await.unwrap();

    let started = Instant::now();
    let outcome = services
        .close_port("bench", &port, day, ClosureReason::Weather)
        .await
        .unwrap();
    let took = started.elapsed();
    let ClosureOutcome::Closed { moved, unplaced } = outcome else {
        panic!("{outcome:?}");
    };
    let dates: std::collections::BTreeSet<String> = services
        .store
        .held_seats(
            "SYS",
            &day.to_string(),
            &(day + chrono::Days::new(30)).to_string(),
        )
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.appointment_date)
        .collect();
    println!(
        "{}: {moved} appointments moved ({unplaced} unplaced) in {:.2} s, onto {}",
        services.store.backend().name(),
        took.as_secs_f64(),
        dates.into_iter().collect::<Vec<_>>().join(", ")
    );
}
