//! The provisional I-94 on both backends, paid through Stripe's API client against the testkit's
//! Stripe-shaped server: a group of 25 paid once although the notification arrives three times;
//! each traveller numbered; expiry on day 8 with its message; an officer admits one traveller and
//! refuses another of the same payment; what is wrong in an application is named and nothing is
//! saved; without a provider the fee is paid at the port.

use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_i94::app::{Applied, Decided, Decision, I94};
use garita_i94::domain::{TravellerInput, TripInput};
use garita_kernel::Services;
use garita_kernel::payments::{PaymentProvider, Settled, Started};
use garita_payments::{Stripe, StripeSettings};
use garita_security::Keys;
use garita_testkit::stripe::{SECRET_KEY, StripeServer, WEBHOOK_SECRET, sign};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

const DAY: i64 = 86_400_000;
/// 2027-01-15 00:00 UTC.
const START: i64 = 1_800_000_000_000;

/// The jobs' context of this test build: the kernel's services.
struct Context(Services);

impl AsRef<Services> for Context {
    fn as_ref(&self) -> &Services {
        &self.0
    }
}

struct World {
    i94: I94,
    time: Arc<AtomicI64>,
    _db: garita_testkit::TestDb,
}

impl World {
    async fn on(db: garita_testkit::TestDb, provider: Option<Arc<dyn PaymentProvider>>) -> World {
        let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
        let service = garita_i94::service::<Context>();
        let db_open = garita_kernel::open_db(&db.url, &keys, &[&service])
            .await
            .unwrap();
        let store = db_open.store();
        store.migrate().await.unwrap();
        let mut services = Services::new(store, keys, "http://garita.test", &[&service]);
        let time = Arc::new(AtomicI64::new(START));
        let clock = time.clone();
        services.clock = Arc::new(move || clock.load(Ordering::SeqCst));
        services.payment_provider = provider;
        World {
            i94: I94::on(&services),
            time,
            _db: db,
        }
    }

    fn advance(&self, ms: i64) {
        self.time.fetch_add(ms, Ordering::SeqCst);
    }

    fn services(&self) -> &Services {
        &self.i94.services
    }

    async fn kinds(&self, account: &str) -> Vec<String> {
        let messages = self.services().store.messages_of(account).await.unwrap();
        messages.into_iter().map(|m| m.kind).collect()
    }
}

fn trip() -> TripInput {
    TripInput {
        port: "SYS".into(),
        arrival: "2027-01-18".into(),
        purpose: "family".into(),
        street: "1 Main St".into(),
        city: "San Diego".into(),
        state: "CA".into(),
        zip: "92101".into(),
    }
}

fn traveller(n: usize) -> TravellerInput {
    TravellerInput {
        given: "Ana".into(),
        family: format!("Pérez {}", ["Uno", "Dos", "Tres"][n % 3]),
        born_day: format!("{}", 1 + n % 28),
        born_month: "3".into(),
        born_year: "1990".into(),
        sex: "F".into(),
        citizenship: "MX".into(),
        residence: "MX".into(),
        passport_number: format!("G{:08}", n),
        passport_country: "MX".into(),
        passport_issued: "2020-01-10".into(),
        passport_expires: "2030-01-09".into(),
        mrz: String::new(),
    }
}

fn stripe(server: &StripeServer) -> Arc<dyn PaymentProvider> {
    Arc::new(
        Stripe::new(StripeSettings {
            secret_key: SECRET_KEY.into(),
            webhook_secret: WEBHOOK_SECRET.into(),
            api_url: server.url(),
            timeout: Duration::from_secs(2),
        })
        .unwrap(),
    )
}

async fn applied(w: &World, account: &str, count: usize) -> String {
    let travellers: Vec<_> = (0..count).map(traveller).collect();
    match w.i94.apply(account, &trip(), &travellers).await.unwrap() {
        Applied::Saved(group) => group,
        Applied::Refused(problems) => panic!("{problems:?}"),
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn a_group_of_25_is_paid_once_then_each_traveller_is_decided_or_expires_on_its_own() {
    let server = StripeServer::start().await;
    for db in garita_testkit::all_backends().await {
        let w = World::on(db, Some(stripe(&server))).await;
        let account = w
            .services()
            .synthetic_applicant(0, 1)
            .await
            .unwrap()
            .account_id;
        let group = applied(&w, &account, 25).await;

        // Paid through the hosted page: the notification three times credits once.
        let Some(Started::Redirect { payment_id, .. }) =
            w.i94.pay(&account, &group, "/i94").await.unwrap()
        else {
            panic!("a page to pay on");
        };
        assert!(
            w.i94
                .pay("someone-else", &group, "/i94")
                .await
                .unwrap()
                .is_none()
        );
        let payment = w
            .services()
            .store
            .payment(&payment_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            payment.amount_minor,
            25 * 3000,
            "$30 a traveller since 2025-09-30"
        );
        let session = payment.provider_ref.unwrap();
        server.complete(&session);
        let body = server.event(&session).unwrap();
        let signature = sign(&body, unix_now(), WEBHOOK_SECRET);
        let mut answers = vec![];
        for _ in 0..3 {
            answers.push(
                w.services()
                    .payment_notice(&signature, body.as_bytes())
                    .await
                    .unwrap(),
            );
        }
        assert_eq!(answers, [Settled::Now, Settled::Already, Settled::Already]);
        assert_eq!(
            w.services()
                .store
                .ledger_of(&payment_id)
                .await
                .unwrap()
                .len(),
            1
        );
        let travellers = w.i94.store.travellers_of(&group).await.unwrap();
        assert_eq!(travellers.len(), 25);
        assert!(travellers.iter().all(|t| t.status == "provisional"));
        let mut numbers: Vec<_> = travellers
            .iter()
            .map(|t| t.number.clone().unwrap())
            .collect();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), 25, "each its own number");

        // The books agree: one receipt of 25 × $30, every traveller numbered.
        let books = w.i94.books().await.unwrap();
        assert_eq!((books.applications, books.paid), (1, 1));
        assert_eq!(books.received_minor, 25 * 3000);
        assert!(books.disagreements.is_empty(), "{books:?}");
        assert_eq!(w.kinds(&account).await, ["i94-paid"], "told once");
        assert!(
            w.i94.pay(&account, &group, "/i94").await.unwrap().is_none(),
            "paid"
        );

        // At the port: one admitted, one refused, each on its own; not twice; not elsewhere.
        let (first, second) = (
            travellers[0].number.clone().unwrap(),
            travellers[1].number.clone().unwrap(),
        );
        let admit = Decision::Admitted {
            admission_number: AdmissionNumber::parse("123456789A1").unwrap(),
            class: AdmissionClass::parse("B2").unwrap(),
            until: "2027-07-17".parse().unwrap(),
        };
        assert_eq!(
            w.i94
                .decide("officer-2", "ELP", &first, admit.clone())
                .await
                .unwrap(),
            Decided::OtherPort
        );
        assert_eq!(
            w.i94
                .decide("officer-1", "SYS", &first.to_lowercase(), admit.clone())
                .await
                .unwrap(),
            Decided::Recorded
        );
        assert_eq!(
            w.i94
                .decide("officer-1", "SYS", &second, Decision::Refused)
                .await
                .unwrap(),
            Decided::Recorded
        );
        assert_eq!(
            w.i94
                .decide("officer-1", "SYS", &first, Decision::Refused)
                .await
                .unwrap(),
            Decided::NotOpen,
            "decided once"
        );
        let now = w.i94.store.travellers_of(&group).await.unwrap();
        assert_eq!(
            now.iter().map(|t| t.status.as_str()).collect::<Vec<_>>()[..3],
            ["admitted", "refused", "provisional"]
        );
        let (_, decision) = w.i94.open(&now[0]).unwrap();
        assert_eq!(decision, Some(admit));

        // The third traveller's signed proof: genuine now, expired on day 8.
        let g = w.i94.store.group(&group).await.unwrap().unwrap();
        let proof = garita_i94::proofs::token(&w.services().keys, &g, &now[2]).unwrap();
        let world = &w;
        let said = |token: String| async move {
            world
                .services()
                .check_proof(&token, garita_i18n::Locale::En)
                .await
                .unwrap()
                .map(|a| (a.genuine, a.key))
        };
        assert_eq!(said(proof.clone()).await, Some((true, "i94-check-genuine")));
        assert!(garita_i94::proofs::token(&w.services().keys, &g, &now[0]).is_none());

        // Day 8: the 23 not presented expire, each told once; the decided stay as they are.
        w.advance(7 * DAY - 60_000);
        assert_eq!(w.i94.expire_due().await.unwrap(), 0);
        w.advance(120_000);
        assert_eq!(w.i94.expire_due().await.unwrap(), 23);
        assert_eq!(w.i94.expire_due().await.unwrap(), 0);
        assert_eq!(said(proof).await, Some((false, "i94-check-expired")));
        let kinds = w.kinds(&account).await;
        assert_eq!(kinds.iter().filter(|k| *k == "i94-expired").count(), 23);
        assert_eq!(kinds.iter().filter(|k| *k == "i94-decided").count(), 2);
        let now = w.i94.store.travellers_of(&group).await.unwrap();
        assert_eq!(now.iter().filter(|t| t.status == "expired").count(), 23);
        assert_eq!(
            (now[0].status.as_str(), now[1].status.as_str()),
            ("admitted", "refused")
        );

        // The signed record lists the application and each traveller's state.
        let holder = w.services().store.account(&account).await.unwrap().unwrap();
        let record = w.services().signed_record(&holder).await.unwrap();
        let payload: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
        let application = &payload["i94_applications"][0];
        assert_eq!(application["status"], "paid");
        assert_eq!(application["travellers"][0]["status"], "admitted");
        let decision = &application["travellers"][0]["decision"]["Admitted"];
        assert_eq!(decision["admission_number"], "123456789A1");
        assert_eq!(decision["class"], "B2");
        assert_eq!(application["travellers"][2]["status"], "expired");

        // An application marked paid with no money received is named by the books.
        let later = TripInput {
            arrival: w.services().now_utc().date_naive().to_string(),
            ..trip()
        };
        let Applied::Saved(unpaid) = w
            .i94
            .apply(&account, &later, &[traveller(0), traveller(1)])
            .await
            .unwrap()
        else {
            panic!("applied");
        };
        assert!(w.i94.books().await.unwrap().disagreements.is_empty());
        let numbers: Vec<(String, String)> = w
            .i94
            .store
            .travellers_of(&unpaid)
            .await
            .unwrap()
            .iter()
            .map(|t| (t.id.clone(), format!("I94-TEST-000{}", t.position)))
            .collect();
        let now = w.services().now();
        assert!(
            w.i94
                .store
                .settle(&unpaid, &numbers, now, now + DAY, Default::default())
                .await
                .unwrap()
        );
        assert_eq!(w.i94.books().await.unwrap().disagreements, [unpaid]);
    }
}

#[tokio::test]
async fn what_is_wrong_is_named_and_nothing_is_saved() {
    let w = World::on(garita_testkit::sqlite(), None).await;
    let account = w
        .services()
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let too_many: Vec<_> = (0..26).map(traveller).collect();
    let Applied::Refused(problems) = w.i94.apply(&account, &trip(), &too_many).await.unwrap()
    else {
        panic!("refused");
    };
    assert_eq!(problems, [(None, ("travellers", "i94-travellers-count"))]);
    let late = TripInput {
        arrival: "2027-01-30".into(),
        ..trip()
    };
    let wrong = TravellerInput {
        passport_expires: "2027-01-17".into(),
        ..traveller(1)
    };
    let Applied::Refused(problems) = w
        .i94
        .apply(&account, &late, &[traveller(0), wrong])
        .await
        .unwrap()
    else {
        panic!("refused");
    };
    assert_eq!(problems, [(None, ("arrival", "i94-arrival-window"))]);
    let Applied::Refused(problems) = w
        .i94
        .apply(
            &account,
            &trip(),
            &[
                traveller(0),
                TravellerInput {
                    passport_expires: "2027-01-17".into(),
                    ..traveller(1)
                },
            ],
        )
        .await
        .unwrap()
    else {
        panic!("refused");
    };
    assert_eq!(
        problems,
        [(Some(1), ("passport_expires", "i94-passport-expires"))]
    );
    assert!(w.i94.store.groups_of(&account).await.unwrap().is_empty());
}

#[tokio::test]
async fn without_a_provider_the_fee_is_paid_at_the_port_and_numbers_follow() {
    let w = World::on(garita_testkit::sqlite(), None).await;
    let account = w
        .services()
        .synthetic_applicant(0, 1)
        .await
        .unwrap()
        .account_id;
    let group = applied(&w, &account, 3).await;
    let Some(Started::AtThePort { payment_id }) =
        w.i94.pay(&account, &group, "/i94").await.unwrap()
    else {
        panic!("at the port");
    };
    assert_eq!(
        w.services()
            .record_receipt("officer-1", &payment_id)
            .await
            .unwrap(),
        Settled::Now
    );
    let travellers = w.i94.store.travellers_of(&group).await.unwrap();
    assert!(
        travellers
            .iter()
            .all(|t| t.status == "provisional" && t.number.is_some())
    );
    let ledger = w.services().store.ledger_of(&payment_id).await.unwrap();
    assert_eq!(
        (ledger[0].kind.as_str(), ledger[0].amount_minor),
        ("receipt", 9000)
    );
}

#[test]
fn the_catalogs_are_complete_and_correct_in_every_language() {
    use garita_i18n::{Catalogs, Locale, checks};
    let problems = checks::problems(garita_i94::CATALOGS, &[]);
    assert!(problems.is_empty(), "{problems:#?}");
    let catalogs = Catalogs::load_with(&[garita_i94::CATALOGS]).unwrap();
    assert_ne!(
        catalogs.text(Locale::Es, "i94-paid-v1-subject"),
        catalogs.text(Locale::En, "i94-paid-v1-subject")
    );
}
