//! Bus passenger manifests on both backends: an organisation's API token made, found and
//! revoked; 60 people with 3 bad rows stored with 57 and the 3
//! named; the same sending again stored once; a correction; a wrong trip stores nothing; another
//! carrier's trip of the same id is its own; the port's board, an officer opening it (audited,
//! naming nobody), the bus arrived and the manifest closed; the retention job deletes the
//! people and nothing else; the people are sealed in the database.

use crate::common::World;
use garita_domain::{Grant, PortCode, Role};
use garita_manifests::app::{By, Change, Manifests, NotSent};
use garita_manifests::domain::{PersonRow, TripRow};
use garita_manifests::synthetic;

/// The clock starts at 2027-01-15 08:00 UTC; the bus is due the next morning at El Paso.
pub fn trip(id: &str) -> TripRow {
    TripRow {
        trip_id: id.into(),
        bus_plate: "TX 4821-B".into(),
        bus_number: "117".into(),
        origin: "Chihuahua".into(),
        port: "ELP".into(),
        arrives_at: "2027-01-16T09:30".into(),
    }
}

/// 60 people of whom rows 4, 19 and 40 (lines 5, 20 and 41 of a CSV) are wrong: a document
/// ending before the bus arrives, a country written out, no U.S. address.
pub fn sixty_with_three_bad() -> Vec<PersonRow> {
    let mut rows = synthetic::people(60);
    rows[3].document_expiry = "2027-01-10".into();
    rows[18].citizenship = "Mexico".into();
    rows[39].us_address = String::new();
    rows
}

fn lines(rows: &[PersonRow]) -> Vec<(usize, PersonRow)> {
    rows.iter()
        .cloned()
        .enumerate()
        .map(|(i, r)| (i + 2, r))
        .collect()
}

/// A bus carrier's organisation record, added by a programme admin.
pub async fn carrier(services: &garita_kernel::Services, name: &str) {
    crate::common::organization(services, name, "carrier").await;
}

#[tokio::test]
async fn a_manifest_is_stored_corrected_arrived_and_its_people_deleted_after_retention() {
    for w in World::on_every_backend().await {
        carrier(&w.services, "Autobuses del Norte").await;
        carrier(&w.services, "Transportes Chihuahuenses").await;
        let m = Manifests::on(&w.services.services);

        // The carrier's admin makes a token for its system; revoked, it no longer speaks for it.
        let lead = w
            .staff(
                "lead@adn.example",
                Grant::new(
                    Role::OrganizationAdmin,
                    None,
                    Some("Autobuses del Norte".into()),
                )
                .unwrap(),
            )
            .await;
        assert_eq!(w.services.make_own_token(&lead, " ").await.unwrap(), None);
        let token = w
            .services
            .make_own_token(&lead, "dispatch")
            .await
            .unwrap()
            .unwrap();
        let client = w
            .services
            .organization_client(&token)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(client.organization.kind, "carrier");
        let listed = w.services.own_tokens(&lead).await.unwrap();
        assert_eq!((listed.len(), listed[0].label.as_str()), (1, "dispatch"));
        assert!(!listed[0].token_hash.contains(&token[11..]));
        assert!(
            w.services
                .revoke_own_token(&lead, &client.token_id)
                .await
                .unwrap()
        );
        assert!(
            !w.services
                .revoke_own_token(&lead, &client.token_id)
                .await
                .unwrap()
        );
        assert!(
            w.services
                .organization_client(&token)
                .await
                .unwrap()
                .is_none()
        );

        let by = By::Token(&client.token_id);
        let carrier = "Autobuses del Norte";

        let rows = sixty_with_three_bad();
        let sent = m
            .send(carrier, by, &trip("ADN-0116-A"), &lines(&rows), vec![])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(sent.change, Change::Created);
        assert_eq!(sent.manifest.people, 57);
        assert_eq!(
            sent.problems,
            vec![
                (5, "document_expiry", "manifest-problem-expired"),
                (20, "citizenship", "manifest-problem-country"),
                (41, "us_address", "manifest-problem-address"),
            ]
        );
        // The same again: stored once, nothing written.
        let again = m
            .send(carrier, by, &trip("ADN-0116-A"), &lines(&rows), vec![])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(again.change, Change::Unchanged);
        assert_eq!(again.manifest.id, sent.manifest.id);
        assert_eq!(again.manifest.version, 1);
        assert_eq!(
            m.store
                .manifest_people(&sent.manifest.id)
                .await
                .unwrap()
                .len(),
            57
        );

        // Fixed, the trip sent again: the manifest is replaced.
        let fixed = synthetic::people(60);
        let corrected = m
            .send(carrier, by, &trip("ADN-0116-A"), &lines(&fixed), vec![])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(corrected.change, Change::Corrected);
        assert_eq!(
            (corrected.manifest.version, corrected.manifest.people),
            (2, 60)
        );
        assert!(corrected.problems.is_empty());
        assert_eq!(corrected.manifest.id, sent.manifest.id);

        // A trip whose own fields are wrong stores nothing.
        let mut wrong = trip("ADN-0116-B");
        wrong.port = "TIJ".into();
        wrong.arrives_at = "tomorrow".into();
        match m
            .send(carrier, by, &wrong, &lines(&fixed), vec![])
            .await
            .unwrap()
        {
            Err(NotSent::Trip(problems)) => {
                assert_eq!(problems, vec![(0, "port", "manifest-problem-port")]);
            }
            other => panic!("{other:?}"),
        }
        assert!(m.carriers(carrier, "ADN-0116-B").await.unwrap().is_none());
        // Another carrier's trip with the same id is its own.
        let other = m
            .send(
                "Transportes Chihuahuenses",
                by,
                &trip("ADN-0116-A"),
                &lines(&synthetic::people(3)),
                vec![],
            )
            .await
            .unwrap()
            .unwrap();
        assert_ne!(other.manifest.id, sent.manifest.id);
        // A bus without its driver is stored, and the driver is asked for.
        let no_driver = &synthetic::people(4)[1..];
        let held = m
            .send(carrier, by, &trip("ADN-0116-C"), &lines(no_driver), vec![])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(held.manifest.people, 3);
        assert_eq!(
            held.problems,
            vec![(0, "role", "manifest-problem-no-driver")]
        );
        assert!(m.cancel(carrier, by, "ADN-0116-C").await.unwrap());
        assert!(!m.cancel(carrier, by, "ADN-0116-C").await.unwrap());

        // The port's board, and an officer opening the manifest.
        let board = m.board("ELP").await.unwrap();
        assert_eq!(board.len(), 3);
        assert!(m.board("SYS").await.unwrap().is_empty());
        let officer = w
            .staff(
                "officer@cbp.example",
                Grant::new(Role::Officer, Some(PortCode::parse("ELP").unwrap()), None).unwrap(),
            )
            .await;
        let manifest = m.at_port("elp", &sent.manifest.id).await.unwrap().unwrap();
        assert!(m.at_port("SYS", &sent.manifest.id).await.unwrap().is_none());
        let people = m.open(&officer.id, &manifest).await.unwrap();
        assert_eq!(people.len(), 60);
        assert_eq!(people[0].1.role, "driver");
        assert_eq!(people[0].1.us_address, None);
        assert_eq!(people[5].0, 7);
        assert_eq!(people[5].1.family_name, fixed[5].family_name);
        let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
        let opened = audit
            .iter()
            .find(|e| e.action == "manifests.opened")
            .unwrap();
        assert_eq!(opened.actor.as_deref(), Some(officer.id.as_str()));
        assert!(!opened.detail.contains("García") && opened.detail.contains("60"));
        let sent_entries = audit
            .iter()
            .filter(|e| e.action == "manifests.sent")
            .count();
        assert_eq!(sent_entries, 4, "the unchanged sending writes nothing");

        // Arrived: the manifest no longer changes.
        assert!(m.arrived(&officer.id, &manifest).await.unwrap());
        assert!(!m.arrived(&officer.id, &manifest).await.unwrap());
        match m
            .send(carrier, by, &trip("ADN-0116-A"), &lines(&rows), vec![])
            .await
            .unwrap()
        {
            Err(NotSent::Ended(held)) => assert_eq!(held.status, "arrived"),
            other => panic!("{other:?}"),
        }
        assert!(!m.cancel(carrier, by, "ADN-0116-A").await.unwrap());

        // Sealed: no name and no document number in the database's bytes.
        if w.db.url.starts_with("sqlite") {
            let raw = w.raw_database();
            assert!(!raw.contains("Alameda Ave") && !raw.contains("G10000005"));
        }

        // The retention period (30 days by default) after arrival: the people are deleted,
        // the trips stay as counts.
        w.advance(29 * 86_400_000);
        assert_eq!(m.purge().await.unwrap(), (0, 0));
        w.advance(3 * 86_400_000);
        assert_eq!(m.purge().await.unwrap(), (3, 66));
        assert!(
            m.store
                .manifest_people(&sent.manifest.id)
                .await
                .unwrap()
                .is_empty()
        );
        let kept = m.carriers(carrier, "ADN-0116-A").await.unwrap().unwrap();
        assert_eq!((kept.people, kept.status.as_str()), (60, "arrived"));
        assert!(kept.purged_at.is_some());
        assert_eq!(m.purge().await.unwrap(), (0, 0));
    }
}
