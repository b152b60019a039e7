//! The registration store on every backend.

use crate::open;
use garita_domain::Grant;
use garita_store::Store;
use garita_store::records::{Effects, NewAccount};
use garita_store::registrations::{
    IntegrityCase, RegistrationRow, SaveRegistration, Saved, TravellerRow, VersionRow,
};
use std::sync::Arc;

async fn each_backend<F, Fut>(check: F)
where
    F: Fn(Arc<dyn Store>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        for a in ["a1", "a2", "a3"] {
            let account = NewAccount {
                id: a.into(),
                email_lookup: a.into(),
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
        }
        check(store).await;
    }
}

fn save(
    account: &str,
    version: i64,
    at: i64,
    people: &[(&str, Option<&str>)],
    address: &str,
) -> SaveRegistration {
    let id = format!("r-{account}");
    SaveRegistration {
        registration: RegistrationRow {
            id: id.clone(),
            account_id: account.into(),
            created_at: at,
            updated_at: at,
            version,
            status: "active".into(),
            address_sealed: vec![7],
            address_key: address.into(),
        },
        travellers: people
            .iter()
            .enumerate()
            .map(|(i, (person, document))| TravellerRow {
                id: format!("{id}-t{i}"),
                registration_id: id.clone(),
                position: i as i64,
                name_sealed: vec![1],
                birth_date_sealed: vec![2],
                document_sealed: document.map(|_| vec![3]),
                contact_sealed: None,
                details_sealed: vec![4],
                person_key: person.to_string(),
                document_key: document.map(str::to_string),
                age_band: "photo".into(),
                created_at: at,
                updated_at: at,
            })
            .collect(),
        version: VersionRow {
            version,
            at,
            actor: account.into(),
            changes_sealed: vec![5],
        },
        address_threshold: 2,
        address_case: IntegrityCase {
            id: format!("case-{account}-{version}"),
            kind: "address-cluster".into(),
            dedup_key: format!("address-cluster:{address}"),
            subject: address.into(),
            detail: "{}".into(),
            status: "open".into(),
            opened_at: at,
        },
    }
}

#[tokio::test]
async fn corrections_keep_the_first_creation_date_and_every_version() {
    each_backend(|store| async move {
        let first = store
            .save_registration(
                save("a1", 1, 100, &[("p1", None), ("p2", Some("d2"))], "addr-1"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(
            first,
            Saved::Saved {
                version: 1,
                created_at: 100
            }
        );
        let second = store
            .save_registration(
                save("a1", 2, 500, &[("p1", None)], "addr-1"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(
            second,
            Saved::Saved {
                version: 2,
                created_at: 100
            }
        );
        let (r, travellers) = store.registration_of("a1").await.unwrap().unwrap();
        assert_eq!(
            (r.created_at, r.updated_at, r.version, travellers.len()),
            (100, 500, 2, 1)
        );
        let versions = store.registration_versions(&r.id).await.unwrap();
        assert_eq!(
            versions.iter().map(|v| v.version).collect::<Vec<_>>(),
            [1, 2]
        );
        // A save based on an old version writes nothing.
        assert_eq!(
            store
                .save_registration(save("a1", 2, 600, &[], "addr-1"), Effects::none())
                .await
                .unwrap(),
            Saved::Stale
        );
        assert_eq!(
            store
                .registration_of("a1")
                .await
                .unwrap()
                .unwrap()
                .0
                .updated_at,
            500
        );
        assert!(store.registration_of("a2").await.unwrap().is_none());
    })
    .await;
}

#[tokio::test]
async fn a_person_or_document_in_another_registration_is_refused() {
    each_backend(|store| async move {
        store
            .save_registration(
                save("a1", 1, 100, &[("p1", Some("d1"))], "x"),
                Effects::none(),
            )
            .await
            .unwrap();
        let same_person = store
            .save_registration(
                save("a2", 1, 200, &[("p9", None), ("p1", None)], "y"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(same_person, Saved::AlreadyRegistered { position: 1 });
        let same_document = store
            .save_registration(
                save("a2", 1, 200, &[("p9", Some("d1"))], "y"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(same_document, Saved::AlreadyRegistered { position: 0 });
        assert!(
            store.registration_of("a2").await.unwrap().is_none(),
            "nothing written"
        );
        // Editing one's own registration never collides with itself.
        let own = store
            .save_registration(
                save("a1", 2, 300, &[("p1", Some("d1"))], "x"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(
            own,
            Saved::Saved {
                version: 2,
                created_at: 100
            }
        );
    })
    .await;
}

#[tokio::test]
async fn many_registrations_at_one_address_open_one_case() {
    each_backend(|store| async move {
        for (i, a) in ["a1", "a2"].iter().enumerate() {
            store
                .save_registration(
                    save(a, 1, 100, &[(&format!("p{i}"), None)], "shared"),
                    Effects::none(),
                )
                .await
                .unwrap();
        }
        assert!(
            store.open_cases().await.unwrap().is_empty(),
            "two is not more than the threshold of two"
        );
        store
            .save_registration(
                save("a3", 1, 100, &[("p3", None)], "shared"),
                Effects::none(),
            )
            .await
            .unwrap();
        let cases = store.open_cases().await.unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(
            (cases[0].kind.as_str(), cases[0].subject.as_str()),
            ("address-cluster", "shared")
        );
        // Saving again at the same address does not open a second case.
        store
            .save_registration(
                save("a3", 2, 200, &[("p3", None)], "shared"),
                Effects::none(),
            )
            .await
            .unwrap();
        assert_eq!(store.open_cases().await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn a_case_is_decided_once_appealed_once_and_its_exceptions_let_both_register() {
    use garita_store::registrations::CaseVerdict;
    each_backend(|store| async move {
        store
            .save_registration(
                save("a1", 1, 100, &[("p1", Some("d1"))], "x"),
                Effects::none(),
            )
            .await
            .unwrap();
        let case = IntegrityCase {
            id: "c1".into(),
            kind: "already-registered".into(),
            dedup_key: "already-registered:a2:p1".into(),
            subject: "a2".into(),
            detail: r#"{"person_key":"p1","document_key":null}"#.into(),
            status: "open".into(),
            opened_at: 150,
        };
        store.open_case(case, Effects::none()).await.unwrap();
        let holders = store.holders("p1", None, "a2").await.unwrap();
        assert_eq!(
            holders
                .iter()
                .map(|h| (h.account_id.as_str(), h.registration_created_at))
                .collect::<Vec<_>>(),
            [("a1", 100)]
        );
        assert!(store.holders("p1", None, "a1").await.unwrap().is_empty());
        let verdict =
            |appeal: bool, by: &str, decision: &str, exceptions: Vec<(String, String)>| {
                CaseVerdict {
                    case_id: "c1".into(),
                    appeal,
                    decision: decision.into(),
                    by: by.into(),
                    reason_sealed: vec![9],
                    at: 200,
                    exceptions,
                    withdraw: None,
                }
            };
        assert!(
            !store
                .appeal_case("c1", "a2", vec![8], 180, Effects::none())
                .await
                .unwrap(),
            "not decided yet"
        );
        let first = verdict(false, "r1", "no-action", vec![]);
        assert!(
            store
                .decide_case(first.clone(), Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store.decide_case(first, Effects::none()).await.unwrap(),
            "once"
        );
        assert!(
            !store
                .appeal_case("c1", "a3", vec![8], 210, Effects::none())
                .await
                .unwrap(),
            "not theirs"
        );
        assert!(
            store
                .appeal_case("c1", "a2", vec![8], 210, Effects::none())
                .await
                .unwrap()
        );
        assert!(
            !store
                .appeal_case("c1", "a2", vec![8], 220, Effects::none())
                .await
                .unwrap(),
            "one appeal"
        );
        let both = vec![
            ("a2".to_string(), "p1".to_string()),
            ("a1".into(), "p1".into()),
        ];
        assert!(
            !store
                .decide_case(
                    verdict(true, "r1", "different-people", both.clone()),
                    Effects::none()
                )
                .await
                .unwrap(),
            "not by the first reviewer"
        );
        assert!(
            store
                .decide_case(
                    verdict(true, "r2", "different-people", both),
                    Effects::none()
                )
                .await
                .unwrap()
        );
        let c = store.case("c1").await.unwrap().unwrap();
        assert_eq!(
            (
                c.status.as_str(),
                c.decision.as_deref(),
                c.closed_at,
                c.appealed_at,
                c.appeal_decision.as_deref(),
                c.appeal_decided_by.as_deref()
            ),
            (
                "closed",
                Some("no-action"),
                Some(200),
                Some(210),
                Some("different-people"),
                Some("r2")
            )
        );
        assert_eq!(store.cases_about("a2").await.unwrap(), [c]);
        assert!(matches!(
            store
                .save_registration(save("a2", 1, 300, &[("p1", None)], "y"), Effects::none())
                .await
                .unwrap(),
            Saved::Saved { .. }
        ));
        assert!(
            matches!(
                store
                    .save_registration(
                        save("a1", 2, 300, &[("p1", Some("d1"))], "x"),
                        Effects::none()
                    )
                    .await
                    .unwrap(),
                Saved::Saved { .. }
            ),
            "the earlier group's edit is not refused either"
        );
        assert_eq!(store.registrations_at_address("x").await.unwrap(), 1);
    })
    .await;
}
