//! Advance travel authorization on both backends: a supporter files for two beneficiaries; one
//! takes the invitation, confirms with a live photo and is authorized (a proof `/verify` reads,
//! then the parole at the port); the other never confirms and expires, and the supporter is
//! told; two reviewers deciding at once at the cap grant one; an extension once and not twice;
//! 50 filings from one network open one review case; a closed programme takes no filing.

use garita_domain::geofence::Position;
use garita_domain::outcome::{AdmissionClass, AdmissionNumber};
use garita_faces::samples::{face, frames_for};
use garita_i18n::Locale;
use garita_kernel::Services;
use garita_security::Keys;
use garita_travel_authorization::app::{
    Arrived, ConfirmOutcome, Decided, Filed, FiledFrom, Parole, Query, TravelAuthorization,
};
use garita_travel_authorization::domain::{
    BeneficiaryInput, ConfirmInput, Portrait, SupporterInput,
};
use garita_travel_authorization::proofs;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

const DAY: i64 = 86_400_000;
/// 2027-01-15 00:00 UTC.
const START: i64 = 1_800_000_000_000;
/// ICAO 9303's specimen zone with a Haitian passport, born 1990-05-04, expiring 2031-04-15.
const ZONE: &str = "P<HTIJOSEPH<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<\
                    HA12345677HTI9005042F3104150<<<<<<<<<<<<<<<8";

struct Context(Services);

impl AsRef<Services> for Context {
    fn as_ref(&self) -> &Services {
        &self.0
    }
}

struct World {
    ta: TravelAuthorization,
    time: Arc<AtomicI64>,
    _db: garita_testkit::TestDb,
}

impl World {
    async fn on(db: garita_testkit::TestDb) -> World {
        World::with(db, &[]).await
    }

    /// With these settings set, as configuration would.
    async fn with(db: garita_testkit::TestDb, settings: &[(&str, i64)]) -> World {
        let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
        let service = garita_travel_authorization::service::<Context>();
        let opened = garita_kernel::open_db(&db.url, &keys, &[&service])
            .await
            .unwrap();
        let store = opened.store();
        store.migrate().await.unwrap();
        let mut services = Services::new(store, keys, "http://garita.test", &[&service]);
        let time = Arc::new(AtomicI64::new(START));
        let clock = time.clone();
        services.clock = Arc::new(move || clock.load(Ordering::SeqCst));
        for (name, value) in settings {
            services.set_setting(name, *value).unwrap();
        }
        World {
            ta: TravelAuthorization::on(&services),
            time,
            _db: db,
        }
    }

    fn advance(&self, ms: i64) {
        self.time.fetch_add(ms, Ordering::SeqCst);
    }

    fn services(&self) -> &Services {
        &self.ta.services
    }

    async fn account(&self, n: usize) -> String {
        self.services()
            .synthetic_applicant(n, 1)
            .await
            .unwrap()
            .account_id
    }

    async fn kinds(&self, account: &str) -> Vec<String> {
        let messages = self.services().store.messages_of(account).await.unwrap();
        messages.into_iter().map(|m| m.kind).collect()
    }

    /// The codes of the invitations waiting in the outbox, by the address they go to.
    async fn invitations(&self) -> Vec<(String, String)> {
        let claimed = self
            .services()
            .store
            .claim_messages(self.services().now(), 60_000, 1000)
            .await
            .unwrap();
        claimed
            .iter()
            .filter(|m| m.kind == "ta-invited")
            .filter_map(|m| self.services().open_payload(&m.payload_sealed))
            .map(|p| (p.to, p.code.unwrap()))
            .collect()
    }

    /// Files for `people` under `programme` from `network`.
    async fn file(
        &self,
        supporter: &str,
        programme: &str,
        people: &[BeneficiaryInput],
        network: &str,
    ) -> String {
        let from = FiledFrom {
            network: Some(network.into()),
            device: None,
        };
        match self
            .ta
            .file(supporter, programme, &you(), people, &from)
            .await
            .unwrap()
        {
            Filed::Saved(id) => id,
            other => panic!("{other:?}"),
        }
    }

    /// A beneficiary takes their invitation and confirms with a still photo (a person looks).
    async fn confirmed(&self, account: &str, code: &str) -> String {
        let ids = self.ta.claim(account, code).await.unwrap();
        let id = ids[0].clone();
        let outcome = self
            .ta
            .confirm(
                account,
                &id,
                &confirmation(),
                port_au_prince(),
                &face("obama-1.jpg"),
                None,
                // Another person's passport: the comparison says so, and a person decides.
                Some(&face("biden-1.jpg")),
            )
            .await
            .unwrap();
        assert!(
            matches!(outcome, ConfirmOutcome::Confirmed { .. }),
            "{outcome:?}"
        );
        id
    }
}

fn port_au_prince() -> Option<Position> {
    Some(Position::new(18.5392, -72.3364, 30.0).unwrap())
}

fn you() -> SupporterInput {
    SupporterInput {
        given: "Jean".into(),
        family: "Baptiste".into(),
        status: "citizen".into(),
        state: "FL".into(),
        supports: true,
        consents: true,
    }
}

fn person(n: usize) -> BeneficiaryInput {
    BeneficiaryInput {
        given: "Marie".into(),
        family: format!("Joseph {}", ["Un", "De", "Twa", "Kat"][n % 4]),
        born_day: "4".into(),
        born_month: "5".into(),
        born_year: "1990".into(),
        nationality: "HT".into(),
        email: format!("marie{n}@example.com"),
        language: "ht".into(),
        relationship: "sibling".into(),
        guardian: String::new(),
    }
}

fn confirmation() -> ConfirmInput {
    ConfirmInput {
        attestations: vec![
            "truthful".into(),
            "vaccinations".into(),
            "own-travel".into(),
        ],
        mrz: ZONE.into(),
        ..ConfirmInput::default()
    }
}

#[tokio::test]
async fn two_beneficiaries_one_authorized_and_arrived_one_expired() {
    for db in garita_testkit::all_backends().await {
        let w = World::on(db).await;
        let supporter = w.account(1).await;
        let marie = w.account(2).await;
        let case = w
            .file(
                &supporter,
                "chnv",
                &[person(0), person(1)],
                "203.0.113.0/24",
            )
            .await;
        let invitations = w.invitations().await;
        assert_eq!(invitations.len(), 2, "each adult is invited");
        let code = &invitations
            .iter()
            .find(|(to, _)| to == "marie0@example.com")
            .unwrap()
            .1;

        // A wrong code gives nothing; the right one, typed loosely, gives Marie's part.
        assert!(
            w.ta.claim(&marie, "TAI-0000-0000")
                .await
                .unwrap()
                .is_empty()
        );
        let ids =
            w.ta.claim(&marie, &code.to_lowercase().replace('-', " "))
                .await
                .unwrap();
        assert_eq!(ids.len(), 1);
        let id = &ids[0];
        assert!(
            w.ta.claim(&w.account(3).await, code)
                .await
                .unwrap()
                .is_empty(),
            "an invitation is taken once"
        );

        // The passport must agree; then the live capture: the head turns as asked.
        let wrong = ConfirmInput {
            born_year: "1991".into(),
            born_month: "5".into(),
            born_day: "4".into(),
            ..confirmation()
        };
        let challenge = w.ta.challenge(&marie, id).await.unwrap().unwrap();
        let frames = frames_for(&challenge.steps, false);
        let outcome =
            w.ta.confirm(&marie, id, &wrong, port_au_prince(), &frames[0], None, None)
                .await
                .unwrap();
        assert_eq!(
            outcome,
            ConfirmOutcome::Refused(vec![("mrz", "ta-mrz-birth-differs")])
        );
        let outcome =
            w.ta.confirm(
                &marie,
                id,
                &confirmation(),
                port_au_prince(),
                &frames[0].clone(),
                Some((&challenge.token, frames)),
                Some(&face("obama-2.jpg")),
            )
            .await
            .unwrap();
        assert_eq!(outcome, ConfirmOutcome::Confirmed { review: None });

        // The reviewer sees the supporter side's figures and authorizes.
        let queue = w.ta.queue().await.unwrap();
        assert_eq!(queue.len(), 1);
        assert_eq!(queue[0].from_network, 1);
        assert_eq!(queue[0].opened.row.photo_check.as_deref(), Some("passed"));
        let confirmed = queue[0].opened.confirmed.as_ref().unwrap();
        assert_eq!(
            confirmed.country.as_deref(),
            Some("HT"),
            "only the country is kept"
        );
        let Decided::Authorized { .. } = w.ta.decide("reviewer", id, true).await.unwrap() else {
            panic!("authorized");
        };
        assert_eq!(
            w.ta.decide("reviewer", id, false).await.unwrap(),
            Decided::NotOpen
        );
        assert!(
            w.kinds(&supporter)
                .await
                .contains(&"ta-decided".to_string())
        );
        assert!(w.kinds(&marie).await.contains(&"ta-decided".to_string()));

        // Its proof: what an airline matches, and genuine at /verify.
        let row = w.ta.store.beneficiary(id).await.unwrap().unwrap();
        let token = proofs::token(&w.services().keys, &row).unwrap();
        let answer = w
            .services()
            .check_proof(&token, Locale::En)
            .await
            .unwrap()
            .unwrap();
        assert!(answer.genuine, "{}", answer.key);
        let claims: proofs::Authorization =
            garita_kernel::proofs::open(&w.services().keys, proofs::TOKEN_PREFIX, &token).unwrap();
        assert_eq!(
            (
                claims.initials.as_str(),
                claims.birth_year,
                claims.document_country.as_str()
            ),
            ("M.J.", 1990, "HTI")
        );

        // The other never confirms: on day 31 that part expires and the supporter is told.
        w.advance(31 * DAY);
        assert_eq!(w.ta.expire_due().await.unwrap(), 1);
        let (_, people) =
            w.ta.case_for_supporter(&supporter, &case)
                .await
                .unwrap()
                .unwrap();
        let states: Vec<_> = people.iter().map(|p| p.row.status.as_str()).collect();
        assert_eq!(states, ["authorized", "expired"]);
        assert!(
            w.kinds(&supporter)
                .await
                .contains(&"ta-expired".to_string())
        );

        // At the port: found by the QR code's text, and by name and date of birth; paroled.
        let officer = "officer";
        let found =
            w.ta.find(officer, Query::Number(token.clone()))
                .await
                .unwrap();
        assert_eq!(found.len(), 1);
        let by_name =
            w.ta.find(
                officer,
                Query::Person {
                    name: garita_domain::travellers::PersonName::parse("Marie", "Joseph Un")
                        .unwrap(),
                    birth: "1990-05-04".parse().unwrap(),
                },
            )
            .await
            .unwrap();
        assert_eq!(by_name.len(), 1);
        let parole = Parole {
            port: "MIA".into(),
            admission_number: AdmissionNumber::parse("12345678901").unwrap(),
            class: AdmissionClass::parse("DT").unwrap(),
            until: "2029-02-15".parse().unwrap(),
        };
        assert_eq!(
            w.ta.arrive(officer, id, &parole).await.unwrap(),
            Arrived::Recorded
        );
        assert_eq!(
            w.ta.arrive(officer, id, &parole).await.unwrap(),
            Arrived::NotValid
        );
        let mine = w.ta.mine(&marie).await.unwrap();
        assert_eq!(mine[0].parole.as_ref(), Some(&parole));
        // Her travel history, as every service recorded it: paroled until that day.
        let history = w.services().travel_history(&marie, 0).await.unwrap();
        assert_eq!(
            history[0].decided,
            garita_kernel::people::ArrivalDecision::Paroled {
                until: parole.until,
                admission_number: Some("12345678901".into()),
            }
        );
        let answer = w
            .services()
            .check_proof(&token, Locale::En)
            .await
            .unwrap()
            .unwrap();
        assert!(!answer.genuine, "used");
        assert_eq!(answer.key, "ta-check-used");
        // A notice about parole may reach her: she is among those paroled at Miami today.
        let today = w.services().now_utc().date_naive();
        for (port, people) in [("MIA", 1), ("", 1), ("SYS", 0)] {
            let audience = garita_kernel::notices::Audience {
                port: port.into(),
                from: today,
                to: today,
            };
            let reach = w.services().notice_reach(&audience, "status-notices");
            assert_eq!(reach.await.unwrap().people, people, "{port:?}");
        }
    }
}

#[tokio::test]
async fn the_cap_holds_under_two_reviewers_and_an_extension_is_granted_once() {
    for db in garita_testkit::all_backends().await {
        let w = World::on(db).await;
        // Ukrainians' programme, its cap made 1 a month for the test.
        let mut u4u = w.ta.store.programme("u4u").await.unwrap().unwrap();
        u4u.monthly_cap = Some(1);
        w.ta.store.define_programme(&u4u).await.unwrap();
        let supporter = w.account(1).await;
        let people: Vec<_> = (0..2)
            .map(|n| BeneficiaryInput {
                nationality: "UA".into(),
                language: "ru".into(),
                ..person(n)
            })
            .collect();
        w.file(&supporter, "u4u", &people, "198.51.100.0/24").await;
        let invitations = w.invitations().await;
        let mut ids = vec![];
        for (n, (_, code)) in invitations.iter().enumerate() {
            let account = w.account(10 + n).await;
            ids.push((account.clone(), w.confirmed(&account, code).await));
        }
        let (a, b) = (ids[0].1.clone(), ids[1].1.clone());
        let waiting = w.ta.awaiting(&a).await.unwrap().unwrap();
        assert!(matches!(
            waiting.opened.confirmed.unwrap().portrait,
            Some(Portrait::Compared { alike: false, .. })
        ));
        let (one, two) = tokio::join!(
            w.ta.decide("reviewer-1", &a, true),
            w.ta.decide("reviewer-2", &b, true)
        );
        let outcomes = [one.unwrap(), two.unwrap()];
        let granted = outcomes
            .iter()
            .filter(|d| matches!(d, Decided::Authorized { .. }))
            .count();
        assert_eq!(granted, 1, "{outcomes:?}");
        assert!(outcomes.contains(&Decided::CapReached));
        let month = w.services().now_utc().format("%Y-%m").to_string();
        assert_eq!(w.ta.store.granted("u4u", &month).await.unwrap(), 1);
        // The one left waits in the queue for next month.
        let waiting = if matches!(outcomes[0], Decided::CapReached) {
            &a
        } else {
            &b
        };
        assert_eq!(w.ta.queue().await.unwrap().len(), 1);
        w.advance(20 * DAY);
        assert!(matches!(
            w.ta.decide("reviewer-1", waiting, true).await.unwrap(),
            Decided::Authorized { .. }
        ));

        // Ukrainians' programme allows one extension of 90 days, asked by the supporter only.
        let authorized = if matches!(outcomes[0], Decided::CapReached) {
            &b
        } else {
            &a
        };
        let before = w.ta.store.beneficiary(authorized).await.unwrap().unwrap();
        assert!(!w.ta.extend("someone-else", authorized).await.unwrap());
        assert!(w.ta.extend(&supporter, authorized).await.unwrap());
        assert!(!w.ta.extend(&supporter, authorized).await.unwrap(), "once");
        let after = w.ta.store.beneficiary(authorized).await.unwrap().unwrap();
        assert_eq!(
            after.valid_until.unwrap() - before.valid_until.unwrap(),
            90 * DAY
        );
        assert!(
            w.kinds(&supporter)
                .await
                .contains(&"ta-extended".to_string())
        );

        // CHNV allows none.
        let chnv = w.ta.store.programme("chnv").await.unwrap().unwrap();
        assert_eq!(chnv.extensions, 0);
    }
}

#[tokio::test]
async fn fifty_filings_from_one_network_open_one_review_case_and_a_closed_programme_takes_none() {
    for db in garita_testkit::all_backends().await {
        let w = World::on(db).await;
        for n in 0..50 {
            let supporter = w.account(100 + n).await;
            w.file(&supporter, "chnv", &[person(n)], "192.0.2.0/24")
                .await;
        }
        let reviews = w.ta.reviews().await.unwrap();
        let network: Vec<_> = reviews.iter().filter(|r| r.signal == "network").collect();
        assert_eq!(network.len(), 1, "one case, however many filings follow");
        assert_eq!(network[0].count, w.ta.thresholds.network);
        // The same person named by several supporters opens one case too.
        assert_eq!(
            reviews.iter().filter(|r| r.signal == "named-twice").count(),
            4,
            "four people, each named again"
        );
        // Nothing was refused: every filing waits for its beneficiaries.
        assert_eq!(w.invitations().await.len(), 50);
        assert!(w.ta.close_review("reviewer", &network[0].id).await.unwrap());
        assert!(!w.ta.close_review("reviewer", &network[0].id).await.unwrap());

        // Closed: no new filing, and it says so.
        assert!(w.ta.set_open("admin", "chnv", false).await.unwrap());
        assert!(!w.ta.set_open("admin", "chnv", false).await.unwrap());
        let supporter = w.account(1).await;
        let closed =
            w.ta.file(
                &supporter,
                "chnv",
                &you(),
                &[person(0)],
                &FiledFrom::default(),
            )
            .await
            .unwrap();
        assert_eq!(closed, Filed::Closed);
    }
}

#[tokio::test]
async fn the_thresholds_are_the_operators() {
    // The threshold is the operator's: at 60, the same 50 filings open none.
    let calm = World::with(
        garita_testkit::sqlite(),
        &[("travel-authorization.network-filings", 60)],
    )
    .await;
    for n in 0..50 {
        let supporter = calm.account(100 + n).await;
        calm.file(&supporter, "chnv", &[person(n)], "192.0.2.0/24")
            .await;
    }
    assert!(
        !calm
            .ta
            .reviews()
            .await
            .unwrap()
            .iter()
            .any(|r| r.signal == "network")
    );
    let mut services = calm.ta.services.clone();
    assert!(
        services
            .set_setting("travel-authorization.network-filings", 1)
            .is_err()
    );
    assert!(
        services
            .set_setting("travel-authorization.unknown", 5)
            .is_err()
    );
}

#[test]
fn the_catalogs_load_in_every_language() {
    garita_i18n::Catalogs::load_with(&[garita_travel_authorization::CATALOGS]).unwrap();
}
