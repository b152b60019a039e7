//! How long a day's winner messages take to leave: `cargo bench -p garita-app --bench
//! winner_messages [-- WINNERS] [--postgres]`. A day with WINNERS (default 1,450)
//! single-traveller groups, every one of them chosen, is published on SQLite (or a throw-away
//! PostgreSQL); then one worker delivers every winner message through a real SMTP server on
//! this machine (the test sink). Prints the time to write
//! the messages (the publication's transaction) and the time until the last one is accepted.

use garita_domain::geofence::Position;
use garita_kernel::delivery::{DeliveryPolicy, Email, Mailer, Postman};
use garita_testkit::smtp::SmtpSink;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

const HOUR: i64 = 3_600_000;

mod common;

#[tokio::main]
async fn main() {
    let common::Bench {
        services,
        time,
        count: winners,
        db,
    } = common::bench(1_450).await;

    // Each port gets as many one-person groups as it has seats: everyone wins.
    let ports = services.store.list_ports().await.unwrap();
    let total: u32 = ports.iter().map(|p| p.default_daily_seats.get()).sum();
    let mut groups = vec![];
    for (i, port) in ports.iter().enumerate() {
        let share = port.default_daily_seats.get() as usize * winners / total as usize;
        let share = if i + 1 == ports.len() {
            winners - groups.len()
        } else {
            share
        };
        for _ in 0..share {
            let n = groups.len();
            groups.push((
                services.synthetic_applicant(n, 1).await.unwrap(),
                port.code.clone(),
            ));
        }
    }
    time.fetch_add(10 * HOUR, Ordering::SeqCst); // the window is open
    let tijuana = Position::new(32.5412, -117.0293, 15.0).unwrap();
    for (a, port) in &groups {
        services
            .request_appointment(
                &a.account_id,
                port,
                tijuana,
                "c",
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
    }
    time.fetch_add(12 * HOUR, Ordering::SeqCst);
    let date = "2027-01-15".parse().unwrap();
    services.run_draw(date).await.unwrap();
    let chosen = services
        .store
        .appointments_on("2027-01-15")
        .await
        .unwrap()
        .len();

    let sink = SmtpSink::start().await;
    let postman = Postman {
        services: services.services.clone(),
        i18n: Arc::new(garita_app::catalogs().unwrap()),
        email: Arc::new(Email {
            mailer: Mailer::smtp(&sink.url()).unwrap(),
            from: "Garita <no-reply@garita.example>".parse().unwrap(),
        }),
        sms: None,
        policy: DeliveryPolicy::default(),
    };
    let started = Instant::now();
    assert!(services.publish_day(date, None).await.unwrap());
    let written = started.elapsed();
    let mut sent = 0;
    while sent < chosen {
        sent += postman.deliver_due().await.unwrap();
    }
    let delivered = started.elapsed();
    assert_eq!(sink.received().len(), chosen, "every message arrived once");
    println!(
        "{} {chosen} winners: messages written with the publication in {:.2} s; all {} accepted by the SMTP server {:.2} s after the publication ({:.0} messages/s)",
        db.backend,
        written.as_secs_f64(),
        sink.received().len(),
        delivered.as_secs_f64(),
        chosen as f64 / (delivered - written).as_secs_f64(),
    );
}
