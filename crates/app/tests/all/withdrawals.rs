//! A programme decision cancels every standing appointment of a day at a port: each group is
//! told once, nothing is offered to the alternates, the published record says `withdrawn` for
//! each and still verifies (and a tampered copy does not), and proofs check as cancelled.

use crate::common;

use common::{World, today};
use garita_appointments::app::proofs::Verdict;
use garita_appointments::app::withdrawals::Scope;
use garita_appointments::domain::draw::Published;
use garita_appointments::store::confirmations::TravellerCheck;
use garita_domain::{PortCode, Seats};
use garita_store::records::Effects;

const GROUPS: usize = 230;
const SEATS: u32 = 200;

#[tokio::test]
async fn a_programme_decision_cancels_200_appointments_each_group_told_once_nothing_offered() {
    for w in World::on_every_backend().await {
        let sys = PortCode::parse("SYS").unwrap();
        let day = today() + chrono::Days::new(w.services.draws.days_ahead);
        // 230 groups of one ask for a day with 200 seats: 200 win, 30 are alternates.
        w.services
            .store
            .set_capacity(
                &sys,
                day.into(),
                Seats::new(SEATS).unwrap(),
                Effects::none(),
            )
            .await
            .unwrap();
        let accounts = w.drawn(&[1; GROUPS]).await;
        let store = &w.services.store;
        let won = store.appointments_on(&today().to_string()).await.unwrap();
        assert_eq!(won.len(), SEATS as usize);
        let port = store.port(&sys).await.unwrap().unwrap();
        // One group confirms: its proof checks as genuine until the decision.
        let mut confirming = None;
        for a in &accounts {
            if let Some(c) = w.services.confirmation(a).await.unwrap() {
                confirming = Some(c);
                break;
            }
        }
        let c = confirming.unwrap();
        let check = TravellerCheck {
            appointment_id: c.appointment.id.clone(),
            traveller_id: c.travellers[0].id.clone(),
            status: "passed".into(),
            failed_attempts: 0,
            photo_sealed: None,
            problem: None,
            state: Some("BC".into()),
            updated_at: w.services.now(),
            face_distance_milli: None,
        };
        store
            .record_check(
                check,
                std::slice::from_ref(&c.travellers[0].id),
                "GRT-TEST-0001",
                Effects::none(),
                Effects::none(),
            )
            .await
            .unwrap();
        let confirmed = store.appointment(&c.appointment.id).await.unwrap().unwrap();
        assert_eq!(confirmed.status, "confirmed");
        let token = w.services.proof_token(&confirmed, &port).unwrap();
        assert!(matches!(
            w.services.verify_token(&token).await.unwrap(),
            Verdict::Genuine(_)
        ));
        w.inbox().await; // the draw's messages

        let scope = Scope::new(Some("SYS".into()), day, day).unwrap();
        assert_eq!(w.services.standing_in(&scope).await.unwrap().len(), 200);
        let standing = w
            .services
            .withdraw_appointments("decision-1", "admin-1", scope.clone(), "programme ends")
            .await
            .unwrap();
        assert_eq!(standing, 200);
        // Confirmed twice (a double click): queued and audited once.
        w.services
            .withdraw_appointments("decision-1", "admin-1", scope.clone(), "programme ends")
            .await
            .unwrap();
        w.services.run_due_jobs("node").await.unwrap();
        assert!(w.services.standing_in(&scope).await.unwrap().is_empty());

        // Every winner cancelled, nobody offered anything.
        let after = store.appointments_on(&today().to_string()).await.unwrap();
        assert_eq!(after.len(), 200, "no offer made a new appointment");
        assert!(after.iter().all(|a| a.status == "cancelled"));
        assert!(matches!(
            w.services.verify_token(&token).await.unwrap(),
            Verdict::Cancelled(_)
        ));

        // Each winning group told once, in the outbox and in its inbox; the alternates not at all.
        let told = w.inbox().await;
        assert_eq!(told.len(), 200);
        assert!(told.iter().all(|(kind, _)| kind == "withdrawn"));
        let mut told_groups = 0;
        for a in &accounts {
            let kinds: Vec<String> = store
                .messages_of(a)
                .await
                .unwrap()
                .into_iter()
                .map(|m| m.kind)
                .filter(|k| k == "withdrawn")
                .collect();
            assert!(kinds.len() <= 1, "told once");
            told_groups += kinds.len();
        }
        assert_eq!(told_groups, 200);

        // The decision is audited once; each appointment has its own cancellation.
        let audit = store.audit_entries(0, 10_000).await.unwrap();
        let count = |action: &str| audit.iter().filter(|e| e.action == action).count();
        assert_eq!(count("programme.appointments-withdrawn"), 1);
        assert_eq!(count("appointment.cancelled"), 200);

        // The published record: 200 withdrawals and no offer, verifying; a withdrawal rewritten
        // as a lapse (which would have made offers) does not.
        let file = w.services.published_file(today()).await.unwrap().unwrap();
        Published::verify_file(&file).unwrap();
        let published: serde_json::Value = serde_json::from_str(&file).unwrap();
        let events = published["after"].as_array().unwrap();
        assert_eq!(events.len(), 200);
        assert!(events.iter().all(|e| e["event"] == "withdrawn"));
        garita_testkit::keep_draw_record("app-withdrawn-200", &file);
        let lapsed = file.replacen("\"event\": \"withdrawn\"", "\"event\": \"lapsed\"", 1);
        assert!(Published::verify_file(&lapsed).is_err());
    }
}
