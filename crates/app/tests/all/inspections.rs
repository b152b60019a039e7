//! Cargo inspections on both backends: a supervisor opens two slots of one inspection each; a
//! broker's bookings take them first come, first served, and a third is told the day is full;
//! a wrong container check digit and a moment past book nothing; a specialist opens a
//! shipment (audited, naming nothing in it), a hold needs its treatment, the broker is told of
//! the hold and the release, and a decided request no longer changes; a cancellation frees its
//! place for the next broker; a slot that passes ends its request and the broker is told; the
//! shipment is sealed in the database. Airports are ports of their own kind; a traveller's
//! declaration of live animals at one is checked (an expired permit named), sealed with its
//! scan, opened and decided with its reasons (audited), told, and deleted after retention.

use crate::common::{World, organization};
use chrono::{NaiveDate, NaiveTime};
use garita_domain::{Grant, PortCode, PortKind, Role};
use garita_inspections::app::{By, Inspections, NotBooked, NotRecorded};
use garita_inspections::declarations::app::Declarations;
use garita_inspections::declarations::domain::{DeclarationRow, ItemRow, PermitRow};
use garita_inspections::domain::{CommodityRow, RequestRow};

pub const BROKER: &str = "Agencia Aduanal del Norte";

/// A shipment of tomatoes and avocados in one container, for El Paso on 16 January 2027.
pub fn request(wished_at: &str) -> RequestRow {
    RequestRow {
        port: "ELP".into(),
        wished_at: wished_at.into(),
        entry_number: "AAN-0012345-6".into(),
        transport_document: "bill-of-lading".into(),
        transport_number: "BOL778812".into(),
        importer_name: "Huerta Los Nogales SPR".into(),
        importer_number: "12-3456789".into(),
        conveyance: "TX 4KJ-221".into(),
        containers: vec!["CSQU3054383".into()],
        goods_location: "Dock 4, bay 2".into(),
        commodities: vec![
            CommodityRow {
                hts: "0702.00.2000".into(),
                description: "Fresh tomatoes".into(),
                quantity: "1200".into(),
                unit: "cartons".into(),
                packaging: "pallets".into(),
            },
            CommodityRow {
                hts: "0804.40.0010".into(),
                description: "Avocados".into(),
                quantity: "800".into(),
                unit: "kg".into(),
                packaging: "crates".into(),
            },
        ],
    }
}

/// El Paso with its slots 09:00 and 10:00 of 16 January 2027 open for one inspection each.
pub async fn open_two_slots(i: &Inspections) {
    let elp = i.port("elp").await.unwrap().unwrap();
    let at = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    let day = NaiveDate::from_ymd_opt(2027, 1, 16).unwrap();
    let set = i
        .set_capacity("supervisor", &elp, day, 1, (at(9), at(10)), 1)
        .await
        .unwrap();
    assert_eq!(set, 2);
}

#[tokio::test]
async fn a_cargo_inspection_is_booked_decided_told_and_its_slot_kept_first_come() {
    for w in World::on_every_backend().await {
        organization(&w.services, BROKER, "broker").await;
        let i = Inspections::on(&w.services.services);
        open_two_slots(&i).await;
        let broker = w
            .staff(
                "ana@aan.example",
                Grant::new(Role::Helper, None, Some(BROKER.into())).unwrap(),
            )
            .await;
        let by = By::Account(&broker.id);

        // First come, first served: 09:00, then 10:00, then nothing left that day.
        let first = i
            .request(BROKER, by, &request("2027-01-16T08:30"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (first.slot.as_str(), first.status.as_str()),
            ("09:00", "booked")
        );
        let second = i
            .request(BROKER, by, &request("2027-01-16T09:00"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(second.slot, "10:00");
        assert_eq!(
            i.request(BROKER, by, &request("2027-01-16T09:00"))
                .await
                .unwrap(),
            Err(NotBooked::Full(vec![]))
        );

        // Bad input books nothing: a container's check digit, a moment past.
        let mut wrong = request("2027-01-16T09:00");
        wrong.containers = vec!["CSQU3054384".into()];
        assert_eq!(
            i.request(BROKER, by, &wrong).await.unwrap(),
            Err(NotBooked::Fields(vec![(
                "containers[1]".into(),
                "inspections-problem-container"
            )]))
        );
        assert_eq!(
            i.request(BROKER, by, &request("2027-01-14T09:00"))
                .await
                .unwrap(),
            Err(NotBooked::Fields(vec![(
                "wished_at".into(),
                "inspections-problem-wished-past"
            )]))
        );
        assert_eq!(i.of_organization(BROKER).await.unwrap().len(), 2);

        // The specialist at El Paso: the day, the shipment (audited), a hold needs a treatment.
        let specialist = w
            .staff(
                "s@cbp.example",
                Grant::new(
                    Role::AgricultureSpecialist,
                    Some(PortCode::parse("ELP").unwrap()),
                    None,
                )
                .unwrap(),
            )
            .await;
        let day = i
            .day("ELP", NaiveDate::from_ymd_opt(2027, 1, 16).unwrap())
            .await
            .unwrap();
        assert_eq!(day.len(), 2);
        let shipment = i.open(&specialist.id, &first).await.unwrap();
        assert_eq!(shipment.commodities.len(), 2);
        assert_eq!(shipment.containers, ["CSQU3054383"]);
        assert_eq!(
            i.record(&specialist.id, &first, "hold", "", "")
                .await
                .unwrap(),
            Err(NotRecorded::Fields(vec![(
                "treatment".into(),
                "inspections-problem-treatment"
            )]))
        );
        let held = i
            .record(
                &specialist.id,
                &first,
                "hold",
                "fumigation",
                "Live insects in the avocados.",
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(held.treatment.as_deref(), Some("fumigation"));
        // Treated the next hour.
        w.advance(3_600_000);
        let released = i
            .record(&specialist.id, &held, "released", "", "Fumigated.")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(released.status, "released");
        assert_eq!(
            i.record(&specialist.id, &released, "destroy", "", "")
                .await
                .unwrap(),
            Err(NotRecorded::Ended)
        );
        // Recorded from a version read before the hold: refused, not applied twice.
        assert_eq!(
            i.record(&specialist.id, &first, "destroy", "", "")
                .await
                .unwrap(),
            Err(NotRecorded::Ended)
        );
        let changes = i.results(&first.id).await.unwrap();
        let said: Vec<(&str, Option<&str>, &str)> = changes
            .iter()
            .map(|c| (c.status.as_str(), c.treatment.as_deref(), c.note.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("hold", Some("fumigation"), "Live insects in the avocados."),
                ("released", None, "Fumigated."),
            ]
        );
        // The broker is told of each change, in their language, with the entry number.
        let told = w.inbox().await;
        let statuses: Vec<&str> = told
            .iter()
            .filter(|(kind, p)| kind == "inspection-changed" && p.to == "ana@aan.example")
            .map(|(_, p)| p.facts["inspection_status"].as_str().unwrap())
            .collect();
        assert_eq!(statuses, ["hold", "released"]);

        // A cancellation frees its place: the next broker gets 10:00.
        assert!(i.cancel(by, &second).await.unwrap());
        assert!(!i.cancel(by, &second).await.unwrap());
        let third = i
            .request(BROKER, by, &request("2027-01-16T09:00"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(third.slot, "10:00");

        // Nothing is missed before its slot has passed; then the request ends and is told.
        assert_eq!(i.end_missed().await.unwrap(), 0);
        // 10:00 in El Paso (UTC-7) is 17:00 UTC on the 16th; the clock shows 08:00 on the 15th.
        w.advance((24 + 9 + 1) * 3_600_000 + 60_000);
        assert_eq!(i.end_missed().await.unwrap(), 1);
        let missed = i.organizations(BROKER, &third.id).await.unwrap().unwrap();
        assert_eq!(missed.status, "missed");
        let told = w.inbox().await;
        assert!(
            told.iter().any(|(kind, p)| kind == "inspection-changed"
                && p.facts["inspection_status"] == "missed")
        );

        // Audited with ports and states; nothing of the shipment in an entry.
        let audit = w.services.store.audit_entries(0, 1000).await.unwrap();
        for action in [
            "inspections.capacity",
            "inspections.booked",
            "inspections.opened",
            "inspections.changed",
        ] {
            assert!(audit.iter().any(|e| e.action == action), "{action}");
        }
        for e in &audit {
            let detail = &e.detail;
            assert!(
                !detail.contains("Huerta") && !detail.contains("AAN-0012345"),
                "{detail}"
            );
        }
        if w.db.url.starts_with("sqlite") {
            let raw = w.raw_database();
            assert!(!raw.contains("Huerta Los Nogales"));
            assert!(!raw.contains("CSQU3054383"));
        }
    }
}

const PDF: &[u8] = b"%PDF-1.7\n% a permit's scan\n";

/// Two parrots from Mexico by air to Houston on 20 January 2027, with their permit.
fn parrots(expiry: &str) -> DeclarationRow {
    DeclarationRow {
        port: "IAH".into(),
        arrives_on: "2027-01-20".into(),
        travel: "AM 2070".into(),
        items: vec![ItemRow {
            kind: "live-animals".into(),
            description: "Two green parrots".into(),
            quantity: "2".into(),
            origin: "MX".into(),
        }],
        permits: vec![PermitRow {
            issuer: "USDA APHIS".into(),
            number: "DA-2027-0113".into(),
            expiry: expiry.into(),
        }],
    }
}

#[tokio::test]
async fn a_declaration_at_an_airport_is_checked_sealed_decided_told_and_deleted_after_retention() {
    for w in World::on_every_backend().await {
        // Airports are ports of their own kind: never offered for crossing appointments.
        let store = &w.services.store;
        let all = store.all_ports().await.unwrap();
        let iah = all.iter().find(|p| p.code.as_str() == "IAH").unwrap();
        assert_eq!(iah.kind, PortKind::Airport);
        assert_eq!(iah.time_slots.len(), 8);
        let land = store.list_ports().await.unwrap();
        assert_eq!(land.len(), 8);
        assert!(land.iter().all(|p| p.kind == PortKind::LandCrossing));
        assert!(
            store
                .port(&PortCode::parse("IAH").unwrap())
                .await
                .unwrap()
                .is_none()
        );

        let person = w
            .services
            .synthetic_applicant(0, 1)
            .await
            .unwrap()
            .account_id;
        let d = Declarations::on(&w.services.services);
        // An expired permit is named, and nothing is stored.
        assert_eq!(
            d.declare(&person, &parrots("2027-01-19"), &[PDF.to_vec()])
                .await
                .unwrap()
                .unwrap_err(),
            [(
                "permits[1].expiry".to_string(),
                "declarations-problem-permit-expired"
            )]
        );
        assert!(d.mine(&person).await.unwrap().is_empty());
        let declared = d
            .declare(&person, &parrots("2027-06-30"), &[PDF.to_vec()])
            .await
            .unwrap()
            .unwrap();
        assert_eq!((declared.items, declared.permits), (1, 1));

        // The specialist at Houston: the day, the declaration and its scan (both audited).
        let specialist = w
            .staff(
                "agro@cbp.example",
                Grant::new(
                    Role::AgricultureSpecialist,
                    Some(PortCode::parse("IAH").unwrap()),
                    None,
                )
                .unwrap(),
            )
            .await;
        let day = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap();
        assert_eq!(d.day("IAH", day).await.unwrap().len(), 1);
        assert!(d.at_port("ELP", &declared.id).await.unwrap().is_none());
        let opened = d.open(&specialist.id, &declared).await.unwrap();
        assert_eq!(opened.permits[0].number, "DA-2027-0113");
        let (media, bytes) = d.scan(&specialist.id, &declared, 1).await.unwrap().unwrap();
        assert_eq!((media.as_str(), bytes.as_slice()), ("application/pdf", PDF));
        assert_eq!(
            d.decide(&specialist.id, &declared, "secondary", &[])
                .await
                .unwrap(),
            Err(NotRecorded::Fields(vec![(
                "reasons".into(),
                "declarations-problem-reasons"
            )]))
        );
        let decided = d
            .decide(
                &specialist.id,
                &declared,
                "secondary",
                &["needs-examination".into()],
            )
            .await
            .unwrap()
            .unwrap();
        assert_eq!(decided.status, "secondary");
        assert_eq!(decided.reasons, r#"["needs-examination"]"#);
        assert_eq!(
            d.decide(&specialist.id, &decided, "refused", &["pest-risk".into()])
                .await
                .unwrap(),
            Err(NotRecorded::Ended)
        );
        assert!(!d.withdraw(&person, &decided).await.unwrap());
        let told = w.inbox().await;
        assert!(told.iter().any(|(kind, p)| kind == "declaration-decided"
            && p.facts["inspection_status"] == "secondary"));
        let audit = store.audit_entries(0, 1000).await.unwrap();
        let opened: Vec<_> = audit
            .iter()
            .filter(|e| e.action == "declarations.opened")
            .collect();
        assert_eq!(opened.len(), 2);
        assert!(audit.iter().all(|e| !e.detail.contains("parrot")));
        if w.db.url.starts_with("sqlite") {
            let raw = w.raw_database();
            assert!(!raw.contains("DA-2027-0113") && !raw.contains("green parrots"));
            assert!(!raw.contains("a permit's scan"));
        }

        // 90 days after the arrival it stays; the day after, it and its scan are deleted.
        w.advance((5 + 90) * 86_400_000);
        assert_eq!(d.purge().await.unwrap(), (0, 0));
        w.advance(86_400_000);
        assert_eq!(d.purge().await.unwrap(), (1, 1));
        assert!(d.mine(&person).await.unwrap().is_empty());
    }
}
