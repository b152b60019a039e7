//! Messages never contradict the record.
//!
//! - A property test injects failures (database errors, SMTP and SMS errors, process crashes
//!   before and after a send) at every step between the draw's publication and delivery, and
//!   checks every message ever delivered against the record.
//! - Running the draw and its publication twice, and on two nodes at once, tells no one twice.

use crate::common;

use async_trait::async_trait;
use common::World;
use garita_appointments::app::Appointments;
use garita_appointments::messages::{self as kinds, AppointmentFacts, Facts};
use garita_domain::geofence::Position;
use garita_domain::{PortCode, Seats, ServiceDate};
use garita_kernel::delivery::{Channel, DeliveryError, DeliveryPolicy, Outgoing, Postman};
use garita_kernel::messages::MessageKind;
use proptest::prelude::*;
use sqlx::SqlitePool;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

const HOUR: i64 = 3_600_000;
const TIJUANA: (f64, f64) = (32.5412, -117.0293);
/// The world's clock starts on this service day (03:00 Eastern).
const DAY: &str = "2027-01-15";

/// What can go wrong at one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    None,
    /// The database refuses the claim.
    ClaimFails,
    /// The channel fails, temporarily or for good.
    Temporary,
    Permanent,
    /// The process dies just before the send, or just after it (before recording it).
    CrashBefore,
    CrashAfter,
    /// The database refuses to record the attempt, after the send.
    RecordFails,
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        4 => Just(Fault::None),
        1 => Just(Fault::ClaimFails),
        2 => Just(Fault::Temporary),
        1 => Just(Fault::Permanent),
        1 => Just(Fault::CrashBefore),
        1 => Just(Fault::CrashAfter),
        1 => Just(Fault::RecordFails),
    ]
}

/// One delivery as its recipient saw it.
#[derive(Debug, Clone)]
struct Delivered {
    id: String,
    channel: &'static str,
    to: String,
    kind: &'static MessageKind,
    facts: Option<AppointmentFacts>,
}

/// Faults still to come, shared by the channels and the test loop.
#[derive(Default)]
struct Script {
    faults: Vec<Fault>,
    delivered: Vec<Delivered>,
}

/// A channel that delivers into the script's list, or fails as the script says.
struct ScriptedChannel {
    name: &'static str,
    script: Arc<Mutex<Script>>,
    db: SqlitePool,
}

#[async_trait]
impl Channel for ScriptedChannel {
    async fn send(&self, m: &Outgoing<'_>) -> Result<(), DeliveryError> {
        let fault = self
            .script
            .lock()
            .unwrap()
            .faults
            .pop()
            .unwrap_or(Fault::None);
        match fault {
            Fault::Temporary => return Err(DeliveryError::temporary("421 try later")),
            Fault::Permanent => return Err(DeliveryError::permanent("550 refused")),
            Fault::CrashBefore => panic!("injected crash before sending"),
            _ => {}
        }
        let to = if self.name == "sms" {
            m.payload.phone.clone().unwrap()
        } else {
            m.payload.to.clone()
        };
        self.script.lock().unwrap().delivered.push(Delivered {
            id: m.id.to_string(),
            channel: self.name,
            to,
            kind: m.kind,
            facts: Facts::of(m.payload).appointment,
        });
        match fault {
            Fault::CrashAfter => panic!("injected crash after sending"),
            Fault::RecordFails => inject(&self.db, "attempts").await,
            _ => {}
        }
        Ok(())
    }
}

/// Database faults are real: triggers that abort a statement while a step is listed.
async fn install_faults(db: &SqlitePool) {
    for sql in [
        "CREATE TABLE faults (step TEXT PRIMARY KEY)",
        "CREATE TRIGGER fault_outbox BEFORE UPDATE ON outbox \
         WHEN EXISTS (SELECT 1 FROM faults WHERE step = 'outbox') \
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END",
        "CREATE TRIGGER fault_attempts BEFORE INSERT ON message_attempts \
         WHEN EXISTS (SELECT 1 FROM faults WHERE step = 'attempts') \
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END",
        "CREATE TRIGGER fault_publish BEFORE UPDATE ON draw_days \
         WHEN EXISTS (SELECT 1 FROM faults WHERE step = 'publish') \
         BEGIN SELECT RAISE(ABORT, 'injected fault'); END",
    ] {
        sqlx::query(sql).execute(db).await.unwrap();
    }
}

async fn inject(db: &SqlitePool, step: &str) {
    sqlx::query("INSERT INTO faults (step) VALUES ($1) ON CONFLICT DO NOTHING")
        .bind(step)
        .execute(db)
        .await
        .unwrap();
}

async fn heal(db: &SqlitePool) {
    sqlx::query("DELETE FROM faults").execute(db).await.unwrap();
}

/// A day with `people` groups asking for San Ysidro, where only `seats` seats are open on the
/// appointment date, drawn (not yet published). Returns the applicants' account ids.
async fn drawn_day(w: &World, people: usize, seats: u32) -> Vec<String> {
    let sys = PortCode::parse("SYS").unwrap();
    let here = Position::new(TIJUANA.0, TIJUANA.1, 15.0).unwrap();
    let on = ServiceDate::parse("2027-01-29").unwrap();
    w.services
        .store
        .set_capacity(&sys, on, Seats::new(seats).unwrap(), Default::default())
        .await
        .unwrap();
    let mut accounts = vec![];
    for n in 0..people {
        accounts.push(
            w.services
                .synthetic_applicant(n, 1 + n % 2)
                .await
                .unwrap()
                .account_id,
        );
    }
    w.advance(10 * HOUR); // 13:00 Eastern: the window is open
    for a in &accounts {
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
    w.advance(12 * HOUR); // past the close
    let date = DAY.parse().unwrap();
    w.services.run_draw(date).await.unwrap();
    accounts
}

fn postman(services: &Appointments, script: &Arc<Mutex<Script>>, db: &SqlitePool) -> Postman {
    let channel = |name| {
        Arc::new(ScriptedChannel {
            name,
            script: script.clone(),
            db: db.clone(),
        }) as Arc<dyn Channel>
    };
    Postman {
        services: services.services.clone(),
        i18n: Arc::new(crate::common::BUILD.catalogs().unwrap()),
        email: channel("email"),
        sms: Some(channel("sms")),
        policy: DeliveryPolicy {
            channel_attempts: 2,
            last_channel_attempts: 3,
            backoff_ms: 1_000,
            max_backoff_ms: 30_000,
            batch: 4,
            ..DeliveryPolicy::default()
        },
    }
}

/// The account an address or phone number belongs to (synthetic addresses carry the account
/// id; phones, the applicant's number).
fn recipient(d: &Delivered, accounts: &[String]) -> String {
    if d.channel == "email" {
        accounts
            .iter()
            .find(|a| d.to.contains(a.as_str()))
            .cloned()
            .expect("a known address")
    } else {
        let n: usize = d.to["+5255".len()..].parse().unwrap();
        accounts[n].clone()
    }
}

async fn run_case(publish_fails: bool, mut faults: Vec<Fault>) -> Result<(), TestCaseError> {
    let w = World::new().await;
    let db = SqlitePool::connect(&w.db.url).await.unwrap();
    install_faults(&db).await;
    let accounts = drawn_day(&w, 12, 8).await;
    let date = DAY.parse().unwrap();
    let store = &w.services.store;

    if publish_fails {
        // The publication's transaction fails: nothing of it may be left, no message either.
        inject(&db, "publish").await;
        prop_assert!(w.services.publish_day(date, None).await.is_err());
        heal(&db).await;
        for a in &accounts {
            prop_assert!(store.inbox(a, 10).await.unwrap().is_empty());
        }
        prop_assert_eq!(store.day(DAY).await.unwrap().unwrap().status, "drawn");
    }
    prop_assert!(w.services.publish_day(date, None).await.unwrap());

    faults.reverse(); // popped from the end
    let script = Arc::new(Mutex::new(Script {
        faults,
        delivered: vec![],
    }));
    for _ in 0..400 {
        let next = script.lock().unwrap().faults.last().copied();
        if next == Some(Fault::ClaimFails) {
            script.lock().unwrap().faults.pop();
            inject(&db, "outbox").await;
        }
        // A fresh worker each round, as after a restart; a crash is a panic in its task.
        let p = postman(&w.services, &script, &db);
        let _ = tokio::spawn(async move { p.deliver_due().await }).await;
        heal(&db).await;
        let figures = store.outbox_figures(0).await.unwrap();
        if figures.pending.is_empty() && script.lock().unwrap().faults.is_empty() {
            break;
        }
        w.advance(61_000); // past every lease and back-off
    }
    let figures = store.outbox_figures(0).await.unwrap();
    prop_assert!(figures.pending.is_empty(), "all settled: {:?}", figures);

    // Every message ever delivered names a record that exists and says the same.
    let appointments = store.appointments_on(DAY).await.unwrap();
    let day = store.day(DAY).await.unwrap().unwrap();
    prop_assert_eq!(day.status.as_str(), "published");
    let delivered = script.lock().unwrap().delivered.clone();
    let mut ids_per_person: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in &delivered {
        prop_assert_eq!(d.kind, kinds::WON);
        let facts = d
            .facts
            .as_ref()
            .expect("a winner message names its appointment");
        let a = appointments
            .iter()
            .find(|a| a.id == facts.appointment_id)
            .expect("the appointment the message names exists");
        prop_assert_eq!(&a.port_code, &facts.port_code);
        prop_assert_eq!(&a.appointment_date, &facts.date);
        prop_assert_eq!(&a.slot[..5], facts.time.as_str());
        prop_assert_eq!(a.seats, facts.seats);
        prop_assert_eq!(a.confirm_by, Some(facts.confirm_by));
        prop_assert_eq!(&facts.service_date, DAY);
        let person = recipient(d, &accounts);
        let profile = store.request_profile(&person).await.unwrap().unwrap();
        prop_assert_eq!(
            &a.registration_id,
            &profile.id,
            "sent to the group that won"
        );
        ids_per_person
            .entry(person)
            .or_default()
            .insert(d.id.clone());
    }
    // Nobody saw two different messages; each winner has exactly one in their inbox, and it
    // was delivered or is listed for admins.
    let dead: BTreeSet<String> = store
        .dead_letters(100)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    for (person, ids) in &ids_per_person {
        prop_assert_eq!(ids.len(), 1, "{} saw {:?}", person, ids);
    }
    for a in &accounts {
        let profile = store.request_profile(a).await.unwrap().unwrap();
        let won = appointments.iter().any(|x| x.registration_id == profile.id);
        let inbox = store.inbox(a, 10).await.unwrap();
        prop_assert_eq!(inbox.len(), usize::from(won));
        if let Some(m) = inbox.first() {
            prop_assert!(
                ids_per_person.get(a).is_some_and(|ids| ids.contains(&m.id))
                    || dead.contains(&m.id),
                "a winner's message was delivered or is a dead letter"
            );
        } else {
            prop_assert!(
                !ids_per_person.contains_key(a),
                "a group that did not win heard nothing"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_delivered_message_matches_the_record(
        publish_fails in any::<bool>(),
        faults in proptest::collection::vec(fault(), 0..40),
    ) {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(run_case(publish_fails, faults))?;
    }
}

#[tokio::test]
async fn a_draw_run_and_published_twice_and_on_two_nodes_tells_each_winner_once() {
    let w = World::new().await;
    let accounts = drawn_day(&w, 12, 8).await;
    let date = DAY.parse().unwrap();
    // A second node: the same database and keys, its own connections.
    let mut other = w.services.clone();
    other.store = crate::common::BUILD
        .open_store(&w.db.url, &w.services.keys)
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        w.services.publish_day(date, None),
        other.publish_day(date, None)
    );
    assert!(a.unwrap() ^ b.unwrap(), "exactly one node published");
    // The draw run again, and the publication again (a scheduler retry, an admin by hand).
    assert_eq!(
        w.services.run_draw(date).await.unwrap(),
        garita_appointments::app::draws::DrawOutcome::AlreadyDrawn
    );
    assert!(!w.services.publish_day(date, None).await.unwrap());
    assert!(!w.services.publish_day(date, Some("admin")).await.unwrap());

    let script = Arc::new(Mutex::new(Script::default()));
    let db = SqlitePool::connect(&w.db.url).await.unwrap();
    let (p1, p2) = (
        postman(&w.services, &script, &db),
        postman(&other, &script, &db),
    );
    let (x, y) = tokio::join!(p1.deliver_due(), p2.deliver_due());
    x.unwrap();
    y.unwrap();
    let delivered = script.lock().unwrap().delivered.clone();
    let winners = w.services.store.appointments_on(DAY).await.unwrap().len();
    assert!(
        winners > 0 && winners < accounts.len(),
        "some won, some did not"
    );
    assert_eq!(delivered.len(), winners, "one message per winning group");
    let people: BTreeSet<_> = delivered.iter().map(|d| recipient(d, &accounts)).collect();
    assert_eq!(people.len(), winners, "no group twice");
}

/// The done-when test: a day's winner messages through a real SMTP server and a local SMS
/// gateway; the SMTP server stops mid-way, and the rest go out by SMS, none lost or twice.
#[tokio::test]
async fn when_smtp_stops_mid_way_the_rest_go_by_sms_and_none_is_lost_or_doubled() {
    use garita_kernel::delivery::{Email, Mailer, SmsGateway};
    use garita_testkit::{sms::SmsReceiver, smtp::SmtpSink};

    let w = World::new().await;
    let accounts = drawn_day(&w, 60, 400).await;
    let date = DAY.parse().unwrap();
    assert!(w.services.publish_day(date, None).await.unwrap());
    let winners = w.services.store.appointments_on(DAY).await.unwrap();
    assert_eq!(winners.len(), accounts.len(), "every group won");

    let sink = SmtpSink::start().await;
    sink.stop_after(20);
    let secret = b"shared with the gateway";
    let gateway = SmsReceiver::start(secret).await;
    let postman = Postman {
        services: w.services.services.clone(),
        i18n: Arc::new(crate::common::BUILD.catalogs().unwrap()),
        email: Arc::new(Email {
            mailer: Mailer::smtp(&sink.url()).unwrap(),
            from: "Garita <no-reply@garita.test>".parse().unwrap(),
        }),
        sms: Some(Arc::new(SmsGateway::new(&gateway.url(), secret))),
        policy: DeliveryPolicy {
            channel_attempts: 2,
            backoff_ms: 1_000,
            batch: 8,
            ..DeliveryPolicy::default()
        },
    };
    for _ in 0..20 {
        postman.deliver_due().await.unwrap();
        if w.services
            .store
            .outbox_figures(0)
            .await
            .unwrap()
            .pending
            .is_empty()
        {
            break;
        }
        w.advance(2_000); // past the back-off
    }
    let figures = w.services.store.outbox_figures(0).await.unwrap();
    assert!(
        figures.pending.is_empty() && figures.dead == 0,
        "{figures:?}"
    );

    let mails = sink.received();
    let texts = gateway.received();
    assert!(
        mails.len() >= 20 && mails.len() < winners.len(),
        "{} e-mails",
        mails.len()
    );
    assert_eq!(mails.len() + texts.len(), winners.len(), "each winner once");
    assert_eq!(gateway.refused(), 0, "every POST signed");
    // Each message id once, over both channels; each person once.
    let mut ids = BTreeSet::new();
    let mut people = BTreeSet::new();
    for m in &mails {
        let id = m.header("Message-ID").unwrap();
        assert!(
            ids.insert(
                id.trim_matches(['<', '>'])
                    .trim_end_matches("@garita")
                    .to_string()
            )
        );
        let to = &m.recipients[0];
        people.insert(
            accounts
                .iter()
                .find(|a| to.contains(a.as_str()))
                .unwrap()
                .clone(),
        );
        assert!(m.header("Subject").is_some());
    }
    for t in &texts {
        assert!(ids.insert(t.id.clone()), "not sent by e-mail and SMS both");
        let n: usize = t.to["+5255".len()..].parse().unwrap();
        people.insert(accounts[n].clone());
        assert!(
            t.text.contains("San Ysidro") && t.text.contains("29 ene"),
            "{}",
            t.text
        );
        assert_eq!(t.locale, "es");
    }
    assert_eq!(people.len(), winners.len());
}

#[tokio::test]
async fn only_groups_that_asked_hear_they_were_not_chosen() {
    let w = World::new().await;
    let accounts = drawn_day(&w, 12, 8).await;
    let store = &w.services.store;
    let winners: BTreeSet<String> = store
        .appointments_on(DAY)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.registration_id)
        .collect();
    let mut asked = BTreeSet::new();
    // Every other group asks, and at least one group that did not win does (the draw is
    // random; which groups lose is not known in advance).
    let mut losers = vec![];
    for a in &accounts {
        let registration = store.request_profile(a).await.unwrap().unwrap().id;
        if !winners.contains(&registration) {
            losers.push(a.clone());
        }
    }
    for a in accounts.iter().step_by(2).chain(losers.first()) {
        w.services.set_tell_not_chosen(a, true).await.unwrap();
        asked.insert(a.clone());
    }
    assert!(
        w.services
            .publish_day(DAY.parse().unwrap(), None)
            .await
            .unwrap()
    );
    for a in &accounts {
        let won = winners.contains(&store.request_profile(a).await.unwrap().unwrap().id);
        let kinds: Vec<String> = store
            .inbox(a, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.kind)
            .collect();
        let expected: &[&str] = match (won, asked.contains(a)) {
            (true, _) => &["won"],
            (false, true) => &["not-chosen"],
            (false, false) => &[],
        };
        assert_eq!(kinds, expected, "won {won}, asked {}", asked.contains(a));
    }
    // What the e-mail says, in the person's language, names the request.
    let script = Arc::new(Mutex::new(Script::default()));
    let db = SqlitePool::connect(&w.db.url).await.unwrap();
    postman(&w.services, &script, &db)
        .deliver_due()
        .await
        .unwrap();
    let delivered = script.lock().unwrap().delivered.clone();
    let told: Vec<_> = delivered
        .iter()
        .filter(|d| d.kind == kinds::NOT_CHOSEN)
        .collect();
    assert!(!told.is_empty());
    assert!(
        told.iter()
            .all(|d| d.channel == "email" && d.facts.is_none())
    );
}
