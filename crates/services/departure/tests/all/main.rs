//! Departure on both backends: an intent with two co-travellers, vetted and its travel arranged,
//! the person told each step; a land departure refused at 2 km from the border, accepted at 6 km
//! inside Mexico and in Guatemala City (each with the camera's movement check), another by air
//! recorded by staff; the stipend paid once although the payout is tried again; the ledger holds,
//! and fails after one change.

use garita_departure::app::{Departure, Filed, Land, Paid};
use garita_departure::domain::{IntentInput, TravellerInput};
use garita_domain::geofence::Position;
use garita_faces::samples::{face, frames_for};
use garita_kernel::Services;
use garita_security::Keys;
use std::sync::Arc;

struct Context(Services);

impl AsRef<Services> for Context {
    fn as_ref(&self) -> &Services {
        &self.0
    }
}

async fn departure(db: &garita_testkit::TestDb) -> Departure {
    let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
    let service = garita_departure::service::<Context>();
    let opened = garita_kernel::open_db(&db.url, &keys, &[&service])
        .await
        .unwrap();
    let store = opened.store();
    store.migrate().await.unwrap();
    let mut services = Services::new(store, keys, "http://garita.test", &[&service]);
    // 2027-01-15: the stipend is $1,000.
    services.clock = Arc::new(|| 1_800_000_000_000);
    Departure::on(&services)
}

fn traveller(given: &str, born: &str, number: &str) -> TravellerInput {
    TravellerInput {
        given: given.into(),
        family: "Pérez".into(),
        born: born.into(),
        citizenship: "MX".into(),
        a_number: String::new(),
        document_kind: "passport".into(),
        document_country: "MX".into(),
        document_number: number.into(),
    }
}

async fn by_land(d: &Departure, account: &str, id: &str, position: i64, at: (f64, f64)) -> Land {
    let challenge = d.challenge(account, id, position).await.unwrap().unwrap();
    let frames = frames_for(&challenge.steps, false);
    let here = Position::new(at.0, at.1, 20.0).unwrap();
    d.depart_by_land(
        account,
        id,
        position,
        here,
        &frames[0].clone(),
        Some((&challenge.token, frames)),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn an_intent_is_vetted_arranged_departed_with_proof_and_paid_once() {
    for db in garita_testkit::all_backends().await {
        let d = departure(&db).await;
        let account = d
            .services
            .synthetic_applicant(0, 1)
            .await
            .unwrap()
            .account_id;
        let input = IntentInput {
            destination: "MX".into(),
            travel_help: true,
            cost_help: true,
            understood: true,
            travellers: vec![
                traveller("Ana", "1990-03-04", "G10000001"),
                traveller("Luis", "1988-07-01", "G10000002"),
                traveller("Sofía", "2015-02-02", "G10000003"),
            ],
            ..IntentInput::default()
        };
        let Filed::Saved(id) = d.file(&account, &input).await.unwrap() else {
            panic!("filed");
        };

        // Vetted, then the travel arranged; the person is told each step.
        assert!(
            !d.arrange(
                "reviewer",
                &id,
                "2027-01-20",
                "Autobuses del Norte",
                "Houston"
            )
            .await
            .unwrap()
            .unwrap()
        );
        assert!(d.vet("reviewer", &id).await.unwrap());
        assert!(!d.vet("reviewer", &id).await.unwrap(), "once");
        let wrong = d
            .arrange("reviewer", &id, "2027-01-01", "", "Houston")
            .await
            .unwrap();
        assert!(wrong.is_err(), "a past day and no carrier are named");
        assert!(
            d.arrange(
                "reviewer",
                &id,
                "2027-01-20",
                "Autobuses del Norte",
                "Houston"
            )
            .await
            .unwrap()
            .unwrap()
        );
        let kinds: Vec<String> = d
            .services
            .store
            .messages_of(&account)
            .await
            .unwrap()
            .into_iter()
            .map(|m| m.kind)
            .collect();
        assert!(kinds.contains(&"dep-vetted".into()) && kinds.contains(&"dep-arranged".into()));

        // By land: 2 km from the border is not 3 miles; 6 km inside Mexico is; Guatemala City is.
        assert!(matches!(
            by_land(&d, &account, &id, 0, (32.522, -117.03)).await,
            Land::TooClose { km: 2 }
        ));
        assert_eq!(
            by_land(&d, &account, &id, 0, (32.7157, -117.1611)).await,
            Land::Inside
        );
        let still = d
            .depart_by_land(
                &account,
                &id,
                0,
                Position::new(32.49, -117.005, 20.0).unwrap(),
                &face("obama-1.jpg"),
                None,
            )
            .await
            .unwrap();
        assert_eq!(still, Land::NeedsCamera);
        assert_eq!(
            by_land(&d, &account, &id, 0, (32.49, -117.005)).await,
            Land::Recorded
        );
        assert_eq!(
            by_land(&d, &account, &id, 0, (32.49, -117.005)).await,
            Land::NotOpen,
            "once"
        );
        assert_eq!(
            by_land(&d, &account, &id, 1, (14.6349, -90.5069)).await,
            Land::Recorded
        );
        assert!(
            !d.record_by_carrier("officer", &id, 2, "rail", "AM123")
                .await
                .unwrap()
        );
        assert!(
            d.record_by_carrier("officer", &id, 2, "air", "Aeroméxico AM 441, boarded")
                .await
                .unwrap()
        );
        assert_eq!(
            d.store.intent(&id).await.unwrap().unwrap().status,
            "departed"
        );

        // Paid once, however often the payout is tried.
        let Paid::Now { payout_id } = d.pay("payments", &id, 0, "").await.unwrap() else {
            panic!("paid");
        };
        assert_eq!(d.pay("payments", &id, 0, "").await.unwrap(), Paid::Already);
        assert!(payout_id.ends_with(":0:departure-stipend"));
        let ledger = d.store.ledger(&id, 0, "departure-stipend").await.unwrap();
        let kinds: Vec<&str> = ledger.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["pending", "eligible", "paid"]);
        assert!(ledger.iter().all(|e| e.amount_minor == 100_000));
        assert!(d.ledger_holds(&id, 0).await.unwrap());

        // One change to one entry, and the ledger no longer holds.
        let change = "UPDATE dep_ledger SET amount_minor = 200000 WHERE kind = 'eligible' \
                      AND position = 0";
        match d.services.store.db() {
            garita_store::Db::Sqlite(s) => {
                sqlx::query(change).execute(s.pool()).await.unwrap();
            }
            garita_store::Db::Postgres(s) => {
                sqlx::query(change).execute(s.pool()).await.unwrap();
            }
        }
        assert!(!d.ledger_holds(&id, 0).await.unwrap());
        assert!(
            d.ledger_holds(&id, 1).await.unwrap(),
            "another person's ledger still holds"
        );
        let figures = d.store.figures(0, i64::MAX).await.unwrap();
        assert_eq!(
            (
                figures.intents,
                figures.travellers,
                figures.departures,
                figures.paid
            ),
            (1, 3, 3, 1)
        );
        // Nothing happened before the clock's first day.
        let before = d.store.figures(0, 1_700_000_000_000).await.unwrap();
        assert_eq!(before, Default::default());
    }
}

#[test]
fn the_catalogs_load_in_every_language() {
    garita_i18n::Catalogs::load_with(&[garita_departure::CATALOGS]).unwrap();
}

#[tokio::test]
async fn the_stipend_is_the_amount_configured_for_the_day() {
    let db = garita_testkit::sqlite();
    let d = departure(&db).await;
    // 1,000 dollars by default (the clock is in January 2027).
    let today = d.services.now_utc().date_naive();
    assert_eq!(d.stipend.on(today).map(|m| m.minor), Some(100_000));
    let mut services = d.services.clone();
    let schedule = "2025-05-05 1000.00 USD; 2027-01-01 1250.00 USD";
    services.set_amounts("departure.stipend", schedule).unwrap();
    let d = Departure::on(&services);
    assert_eq!(d.stipend.on(today).map(|m| m.minor), Some(125_000));
    let day_before = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    assert_eq!(d.stipend.on(day_before).map(|m| m.minor), Some(100_000));
    // A schedule that cannot be read, or an amount nobody declares, is refused with a message.
    let refused = services.set_amounts("departure.stipend", "soon 5 USD");
    assert!(
        refused
            .unwrap_err()
            .starts_with("amounts.departure.stipend:")
    );
    assert!(services.set_amounts("departure.bonus", schedule).is_err());
}

#[tokio::test]
async fn the_stipend_goes_through_the_provider_once_although_the_payout_is_retried() {
    use garita_kernel::payments::{PaidOut, Payout};
    use garita_testkit::stripe::{SECRET_KEY, StripeServer, WEBHOOK_SECRET};
    let server = StripeServer::start().await;
    let db = garita_testkit::sqlite();
    let mut services = departure(&db).await.services;
    let stripe = garita_payments::Stripe::new(garita_payments::StripeSettings {
        secret_key: SECRET_KEY.into(),
        webhook_secret: WEBHOOK_SECRET.into(),
        api_url: server.url(),
        timeout: std::time::Duration::from_millis(500),
    })
    .unwrap();
    services.payment_provider = Some(Arc::new(stripe));
    let d = Departure::on(&services);
    let account = services.synthetic_applicant(0, 1).await.unwrap().account_id;
    let input = IntentInput {
        destination: "GT".into(),
        understood: true,
        travellers: vec![
            traveller("Ana", "1990-03-04", "G10000001"),
            traveller("Luis", "1988-07-01", "G10000002"),
        ],
        ..IntentInput::default()
    };
    let Filed::Saved(id) = d.file(&account, &input).await.unwrap() else {
        panic!("filed");
    };
    for position in [0, 1] {
        let boarded = d.record_by_carrier("officer", &id, position, "air", "Avianca AV 981");
        assert!(boarded.await.unwrap());
    }
    // A first try reached the provider, but its answer was lost before the ledger was written.
    let payout_id = format!("stipend:{id}:0:departure-stipend");
    let lost = Payout {
        payout_id: payout_id.clone(),
        amount: garita_domain::money::Money::new(100_000, garita_domain::money::Currency::USD),
        destination: "acct_1AnaInGuatemala".into(),
        description: "Departure stipend".into(),
    };
    let PaidOut::Sent { provider_ref } = services.pay_out(&lost).await else {
        panic!("sent");
    };
    // Tried again: the provider answers the same transfer; paid once; then "already".
    let paid = d
        .pay("reviewer", &id, 0, " acct_1AnaInGuatemala ")
        .await
        .unwrap();
    assert_eq!(paid, Paid::Now { payout_id });
    assert_eq!(
        d.pay("reviewer", &id, 0, "acct_1AnaInGuatemala")
            .await
            .unwrap(),
        Paid::Already
    );
    assert_eq!(server.transfers().len(), 1);
    let audit = services.store.audit_entries(0, 1000).await.unwrap();
    let entry = audit
        .iter()
        .find(|e| e.action == "departure.stipend-paid")
        .unwrap();
    assert!(entry.detail.contains(&provider_ref), "{}", entry.detail);
    assert!(
        !entry.detail.contains("acct_"),
        "the person's account stays out of the audit"
    );
    // Refused (an account the provider does not know), and out of reach: nothing written.
    let refused = d.pay("reviewer", &id, 1, "luis@example.org").await.unwrap();
    assert!(matches!(refused, Paid::Refused(why) if why.contains("destination")));
    server.set_stall(true);
    assert_eq!(
        d.pay("reviewer", &id, 1, "acct_1LuisInGuatemala")
            .await
            .unwrap(),
        Paid::TryLater
    );
    let ledger = d.store.ledger(&id, 1, "departure-stipend").await.unwrap();
    assert!(ledger.iter().all(|e| e.kind != "paid"));
    assert_eq!(server.transfers().len(), 1);
}
